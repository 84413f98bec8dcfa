"""The body's logo (``design.logo``): an SVG or PNG file next to the profile, with its alternative text."""

from __future__ import annotations

import base64
from pathlib import Path

import attrs

from smkonzept.designfiles import design_file_problem

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
    resolved, problem = design_file_problem(
        name, written_in, tree, field="design.logo.file", kinds="eine .svg- oder .png-Datei", suffixes=tuple(_TYPES), what="Das Logo",
        max_bytes=MAX_BYTES, smaller="bitte eine kleinere Fassung (SVG oder verkleinertes PNG) angeben.",
    )
    if resolved is None:
        return None, problem
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
