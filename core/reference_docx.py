"""The body's own Word template (``design.reference_docx``): where it may lie and which styles it must hold."""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

__all__ = ["MAX_BYTES", "REQUIRED_STYLES", "reference_docx_problem"]

MAX_BYTES = 20 * 1024 * 1024
"""A Word template larger than this is refused (logos included, 20 MiB is generous)."""

REQUIRED_STYLES = {
    "title": "Title",
    "heading 1": "Heading 1",
    "heading 2": "Heading 2",
    "heading 3": "Heading 3",
    "body text": "Body Text",
    "table": "Table",
    "caption": "Caption",
    "hyperlink": "Hyperlink",
    "toc heading": "TOC Heading",
}
"""Style names (as Word stores them, lower-case) that pandoc's DOCX uses → the name shown in messages."""


def reference_docx_problem(name: str, written_in: Path, tree: Path) -> tuple[Path | None, str | None]:
    """The template's resolved path, or None and a German message why it cannot be used.

    ``name`` is relative to ``written_in`` (the profile file that names it) and must lie in ``tree``.
    """
    rule = f"„design.reference_docx“ muss eine .docx-Datei im Ordner des Profils ({tree}) oder darunter nennen, als Pfad relativ zur Profildatei"
    if "://" in name or "\x00" in name:
        return None, f"{rule}; „{name}“ ist kein solcher Pfad."
    if Path(name).suffix.lower() != ".docx":
        return None, f"{rule}; „{Path(name).name}“ hat eine andere Endung."
    path = written_in.parent / name
    try:
        resolved = Path(os.path.realpath(path))
        info = os.stat(resolved)
    except FileNotFoundError:
        return None, f"Die Word-Vorlage „{name}“ wurde nicht gefunden (gesucht: {path})."
    except (OSError, ValueError, RuntimeError) as exc:
        return None, f"Die Word-Vorlage „{name}“ kann nicht gelesen werden ({exc.__class__.__name__})."
    if resolved != tree and tree not in resolved.parents:
        return None, f"{rule}; „{name}“ liegt außerhalb dieses Ordners."
    if not stat.S_ISREG(info.st_mode):
        return None, f"Die Word-Vorlage „{name}“ ist keine gewöhnliche Datei."
    if info.st_size > MAX_BYTES:
        return None, f"Die Word-Vorlage „{name}“ ist größer als {MAX_BYTES // (1024 * 1024)} MiB."
    try:
        with zipfile.ZipFile(resolved) as archive:
            styles = archive.read("word/styles.xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return None, f"„{name}“ ist keine Word-Datei (DOCX) mit Formatvorlagen; bitte in Word als .docx speichern."
    present = {value.lower() for value in re.findall(r'<w:name w:val="([^"]*)"', styles)}
    missing = [shown for stored, shown in REQUIRED_STYLES.items() if stored not in present]
    if missing:
        return None, (
            f"In der Word-Vorlage „{name}“ fehlen Formatvorlagen, die das Konzept braucht: {', '.join(missing)}. "
            "Bitte in Word anlegen (Start → Formatvorlagen) oder die mitgelieferte Vorlage als Ausgangspunkt nehmen."
        )
    return resolved, None
