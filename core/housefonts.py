"""The body's own fonts (``design.fonts``): TrueType/OpenType files next to the profile, checked to embed.

A font is used only if it loads, allows embedding (OS/2 ``fsType`` neither "restricted licence" nor
"no subsetting": the PDF embeds a subset) and shows German text. Glyphs it lacks fall back to the
shipped fonts, as the PDF does without a design.
"""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path

import attrs

from smkonzept.designfiles import design_file_problem

__all__ = ["FontFace", "Fonts", "GERMAN", "MAX_BYTES", "face", "font_problem"]

MAX_BYTES = 2 * 1024 * 1024
"""A font file larger than this is refused (the HTML carries every font it uses)."""

GERMAN = "äöüÄÖÜß„“–"
"""Characters every house font must show: umlauts, sharp s, German quotes and the dash."""

_RESTRICTED = 0x0002
_NO_SUBSETTING = 0x0100
_MIME = {".ttf": "font/ttf", ".otf": "font/otf"}


@attrs.frozen(kw_only=True)
class Fonts:
    """The house fonts, each one file (.ttf or .otf) relative to the profile file that names it.

    :param body: running text; a bold face of the same family as ``heading`` also serves bold text
    :param heading: headings and the title
    """

    body: str = ""
    heading: str = ""


@attrs.frozen
class FontFace:
    """What the outputs need to know of one font file."""

    path: str
    family: str
    """The typographic family (name ID 16, else 1), as typst and CSS select it."""
    word_family: str
    """The family as Word lists it (name ID 1)."""
    weight: int
    italic: bool

    def data_uri(self) -> str:
        data = Path(self.path).read_bytes()
        return f"data:{_MIME[Path(self.path).suffix.lower()]};base64,{base64.b64encode(data).decode('ascii')}"


@cache
def face(path: str) -> FontFace:
    """The family, weight and style of the (already checked) font file at ``path``."""
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        names = font["name"]
        word_family = str(names.getDebugName(1) or "")
        family = str(names.getDebugName(16) or word_family)
        os2 = font["OS/2"]
        return FontFace(path, family, word_family, int(os2.usWeightClass), bool(os2.fsSelection & 1))


def font_problem(name: str, written_in: Path, tree: Path, field: str) -> tuple[Path | None, str | None]:
    """The font's resolved path, or None and a German message naming the file and the reason."""
    resolved, problem = design_file_problem(
        name, written_in, tree, field=field, kinds="eine Schriftdatei (.ttf oder .otf)", suffixes=tuple(_MIME), what="Die Schrift",
        max_bytes=MAX_BYTES, smaller="bitte eine Teilmenge (z. B. nur lateinische Zeichen) oder eine einzelne Schnittdatei angeben.",
    )
    if resolved is None:
        return None, problem
    reason = _unusable(resolved)
    return (None, f"Die Schrift „{name}“ {reason}") if reason else (resolved, None)


def _unusable(path: Path) -> str | None:
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path) as font:
            cmap = font.getBestCmap() or {}
            fs_type = int(font["OS/2"].fsType)
            family = font["name"].getDebugName(1)
    except (TTLibError, KeyError, OSError, ValueError, AssertionError, IndexError, TypeError, AttributeError):
        return "lässt sich nicht lesen; erwartet wird eine TrueType- oder OpenType-Datei."
    if not family:
        return "nennt keinen Familiennamen (Tabelle „name“); bitte eine vollständige Schriftdatei angeben."
    if fs_type & 0x000F == _RESTRICTED:
        return (
            "darf laut ihrer Lizenzangabe nicht eingebettet werden (OS/2 fsType 0x0002, „Restricted License“); "
            "bitte eine Schrift wählen, deren Lizenz das Einbetten erlaubt (etwa eine unter der SIL Open Font License)."
        )
    if fs_type & _NO_SUBSETTING:
        return (
            "darf laut ihrer Lizenzangabe nur vollständig eingebettet werden (OS/2 fsType 0x0100, „No subsetting“); "
            "das PDF bettet nur die benutzten Zeichen ein. Bitte eine andere Schrift wählen."
        )
    missing = [char for char in GERMAN if ord(char) not in cmap]
    if missing:
        return f"kann diese Zeichen deutscher Texte nicht darstellen: {' '.join(missing)}. Bitte eine Schrift mit deutschen Umlauten, ß, „“ und – angeben."
    return None
