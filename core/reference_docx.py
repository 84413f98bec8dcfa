"""The body's own Word template (``design.reference_docx``): where it may lie and which styles it must hold."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from smkonzept.designfiles import design_file_problem

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
    resolved, problem = design_file_problem(
        name, written_in, tree, field="design.reference_docx", kinds="eine .docx-Datei", suffixes=(".docx",), what="Die Word-Vorlage",
        max_bytes=MAX_BYTES, smaller="bitte Bilder darin verkleinern oder entfernen.",
    )
    if resolved is None:
        return None, problem
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
