"""Where a design's files (logo, fonts) may lie: regular files inside the profile's folder, of a known kind and size."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["design_file_problem"]


def design_file_problem(
    name: str, written_in: Path, tree: Path, *, field: str, kinds: str, suffixes: tuple[str, ...], what: str, max_bytes: int, smaller: str,
) -> tuple[Path | None, str | None]:
    """The file's resolved path, or None and a German message why it cannot be used.

    ``name`` is relative to ``written_in`` (the file that names it) and must lie in ``tree``;
    ``field`` and ``kinds`` (e.g. "eine .svg- oder .png-Datei") phrase the rule, ``what`` names the file
    ("Das Logo"), ``smaller`` says how to make it smaller.
    """
    rule = f"„{field}“ muss {kinds} im Ordner des Profils ({tree}) oder darunter nennen, als Pfad relativ zur Profildatei"
    if "://" in name or "\x00" in name:
        return None, f"{rule}; „{name}“ ist kein solcher Pfad."
    if Path(name).suffix.lower() not in suffixes:
        return None, f"{rule}; „{Path(name).name}“ hat eine andere Endung."
    path = written_in.parent / name
    try:
        resolved = Path(os.path.realpath(path))
        info = os.stat(resolved)
    except FileNotFoundError:
        return None, f"{what} „{name}“ wurde nicht gefunden (gesucht: {path})."
    except (OSError, ValueError, RuntimeError) as exc:
        return None, f"{what} „{name}“ kann nicht gelesen werden ({exc.__class__.__name__})."
    if resolved != tree and tree not in resolved.parents:
        return None, f"{rule}; „{name}“ liegt außerhalb dieses Ordners."
    if not stat.S_ISREG(info.st_mode):
        return None, f"{what} „{name}“ ist keine gewöhnliche Datei."
    if info.st_size > max_bytes:
        limit = f"{max_bytes // (1024 * 1024)} MiB" if max_bytes % (1024 * 1024) == 0 else f"{max_bytes // 1024} KiB"
        return None, f"{what} „{name}“ ist größer als {limit}; {smaller}"
    return resolved, None
