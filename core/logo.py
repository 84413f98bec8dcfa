"""The body's logo (``design.logo``): an SVG or PNG file next to the profile, with its alternative text."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import attrs

__all__ = ["Logo", "MAX_BYTES", "data_uri", "logo_problem"]

MAX_BYTES = 64 * 1024
"""Logos are embedded in every output; 64 KiB is ample for an SVG or a title-page PNG."""

_TYPES = {".svg": "image/svg+xml", ".png": "image/png"}


@attrs.frozen(kw_only=True)
class Logo:
    """The logo on the title page.

    :param file: SVG or PNG file, relative to the profile file that names it, inside the profile's folder
    :param alt: alternative text for screen readers, e.g. "Logo der Stadt Musterhausen"
    """

    file: str
    alt: str


def logo_problem(name: str, written_in: Path, tree: Path) -> tuple[Path | None, str | None]:
    """The logo's resolved path, or None and a German message why it cannot be used."""
    rule = f"„design.logo.file“ muss eine .svg- oder .png-Datei im Ordner des Profils ({tree}) oder darunter nennen, als Pfad relativ zur Profildatei"
    if "://" in name or "\x00" in name:
        return None, f"{rule}; „{name}“ ist kein solcher Pfad."
    if Path(name).suffix.lower() not in _TYPES:
        return None, f"{rule}; „{Path(name).name}“ hat eine andere Endung."
    path = written_in.parent / name
    try:
        resolved = Path(os.path.realpath(path))
        info = os.stat(resolved)
    except FileNotFoundError:
        return None, f"Das Logo „{name}“ wurde nicht gefunden (gesucht: {path})."
    except (OSError, ValueError, RuntimeError) as exc:
        return None, f"Das Logo „{name}“ kann nicht gelesen werden ({exc.__class__.__name__})."
    if resolved != tree and tree not in resolved.parents:
        return None, f"{rule}; „{name}“ liegt außerhalb dieses Ordners."
    if not stat.S_ISREG(info.st_mode):
        return None, f"Das Logo „{name}“ ist keine gewöhnliche Datei."
    if info.st_size > MAX_BYTES:
        return None, f"Das Logo „{name}“ ist größer als {MAX_BYTES // 1024} KiB; bitte eine kleinere Fassung (SVG oder verkleinertes PNG) angeben."
    head = resolved.read_bytes()[:512]
    if resolved.suffix.lower() == ".png" and not head.startswith(b"\x89PNG\r\n\x1a\n"):
        return None, f"„{name}“ ist keine PNG-Datei."
    if resolved.suffix.lower() == ".svg" and b"<svg" not in head:
        return None, f"„{name}“ ist keine SVG-Datei."
    return resolved, None


def data_uri(path: str) -> str:
    """The logo as a ``data:`` address for HTML."""
    data = Path(path).read_bytes()
    return f"data:{_TYPES[Path(path).suffix.lower()]};base64,{base64.b64encode(data).decode('ascii')}"
