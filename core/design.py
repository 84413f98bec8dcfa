"""The body's house style (profile key ``design``): colours, fonts, title lines and header/footer texts for HTML, DOCX and PDF.

Every colour is checked against the white page the three formats print on: WCAG 2.1 AA asks for a contrast
of at least 4.5:1 for normal text, and headings, links and body text all use these colours as text.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

import attrs

from smkonzept.housefonts import FontFace, Fonts, face
from smkonzept.logo import Logo

if TYPE_CHECKING:
    from coloraide import Color

__all__ = [
    "BACKGROUND", "Colours", "Design", "MAX_TITLE_LINES", "MIN_CONTRAST", "css_variables", "design_problems", "docx_styles",
    "house_faces", "typst_colours",
]

MAX_TITLE_LINES = 6
"""Lines the title page has room for below the title."""

MIN_CONTRAST = 4.5
"""WCAG 2.1 success criterion 1.4.3 (AA): contrast ratio for normal text."""

BACKGROUND = "#ffffff"
"""The page colour of every format."""


@attrs.frozen(kw_only=True)
class Colours:
    """The house colours, as CSS colours (``#004f8c``, ``rgb(0 79 140)``, ``darkblue``).

    :param primary: headings, links and the title page's rule
    :param accent: section numbers and the title page's body name
    :param text: running text
    """

    primary: str = "#004f8c"
    accent: str = "#004f8c"
    text: str = "#1d2733"


@attrs.frozen(kw_only=True)
class Design:
    """A body's corporate design as far as the outputs use it.

    :param colours: house colours; each must reach 4.5:1 against white
    :param header: text of the running header (DOCX and PDF); empty: the document title and the body
    :param footer: text before the page number in the footer (DOCX and PDF); empty: the date
    :param logo: the logo on the title page (HTML, DOCX and PDF), with its alternative text
    :param fonts: the body's font files for running text and headings (after loading, absolute paths)
    :param title_lines: lines printed on the title page below the title (e.g. the department, a resolution)
    :param reference_docx: the body's own Word template, relative to the profile file that names it and
        inside the profile's folder; it must hold the styles the DOCX uses (Title, Heading 1–3, Body Text,
        Table, Caption, Hyperlink, TOC Heading). After loading, the absolute path.
    """

    colours: Colours = Colours()
    header: str = ""
    footer: str = ""
    reference_docx: str = ""
    logo: Logo | None = None
    fonts: Fonts = Fonts()
    title_lines: tuple[str, ...] = ()


_HEX = re.compile(r"#[0-9a-fA-F]{6}")
"""An opaque colour already in the form the outputs use; it needs no colour library (a build without a
design loads none: coloraide takes about 70 ms to import)."""


def _parsed(value: str) -> Color | None:
    from coloraide import Color

    try:
        colour = Color(value)
    except (ValueError, TypeError):
        return None
    return colour.convert("srgb")


def hex_colour(value: str) -> str:
    """``value`` as ``#rrggbb`` (the value must be a valid, opaque colour)."""
    if _HEX.fullmatch(value):
        return value.lower()
    colour = _parsed(value)
    if colour is None:
        raise ValueError(value)
    return colour.to_string(hex=True, fit=True)[:7]


def design_problems(design: Design | None) -> list[tuple[tuple[str | int, ...], str]]:
    """(field path, German message) for every colour that is not a colour or too pale on white."""
    if design is None:
        return []
    problems: list[tuple[tuple[str | int, ...], str]] = []
    if design.logo is not None and not design.logo.alt.strip():
        problems.append((("design", "logo", "alt"), "Das Logo braucht einen Alternativtext (z. B. „Logo der Stadt Musterhausen“) für Screenreader."))
    if len(design.title_lines) > MAX_TITLE_LINES:
        problems.append((("design", "title_lines"), f"Das Titelblatt hat Platz für höchstens {MAX_TITLE_LINES} Zeilen; angegeben sind {len(design.title_lines)}."))
    for index, line in enumerate(design.title_lines):
        if not line.strip():
            problems.append((("design", "title_lines", index), "Eine Zeile des Titelblatts ist leer; bitte Text angeben oder die Zeile löschen."))
    white = _parsed(BACKGROUND)
    assert white is not None
    for field in attrs.fields(Colours):
        value = getattr(design.colours, field.name)
        path: tuple[str | int, ...] = ("design", "colours", field.name)
        colour = _parsed(value)
        if colour is None:
            problems.append((path, f"„{value}“ ist keine Farbe; erwartet wird etwa #004f8c."))
            continue
        if colour.alpha() < 1:
            problems.append((path, f"Die Farbe {value} ist durchscheinend; bitte eine deckende Farbe angeben (etwa #004f8c)."))
            continue
        ratio = colour.contrast(white, method="wcag21")
        if ratio < MIN_CONTRAST:
            shown = f"{ratio:.2f}".replace(".", ",")
            problems.append((
                path,
                f"Die Farbe {hex_colour(value)} hat auf dem weißen Hintergrund {BACKGROUND} nur ein Kontrastverhältnis "
                f"von {shown}:1; WCAG 2.1 AA verlangt für Text mindestens 4,5:1. Bitte eine dunklere Farbe wählen.",
            ))
    return problems


def _colours(design: Design | None) -> dict[str, str]:
    colours = design.colours if design is not None else Colours()
    return {field.name: hex_colour(getattr(colours, field.name)) for field in attrs.fields(Colours)}


def css_variables(design: Design | None) -> str:
    """The house CSS: custom properties the style sheet reads (``--ink``, ``--accent``, ``--highlight``) and the fonts.

    Each house font arrives as an ``@font-face`` with a ``data:`` address; body text and headings name its
    family first and the shipped style sheet's fonts after it.
    """
    colours = _colours(design)
    css = f":root {{ --ink: {colours['text']}; --accent: {colours['primary']}; --highlight: {colours['accent']}; }}"
    body, heading = house_faces(design)
    faces = list(dict.fromkeys(face for face in (body, heading) if face is not None))
    for font in faces:
        style = "italic" if font.italic else "normal"
        css += (
            f' @font-face {{ font-family: "{_css_name(font.family)}"; src: url("{font.data_uri()}") format("{_css_format(font.path)}");'
            f" font-weight: {font.weight}; font-style: {style}; font-display: swap; }}"
        )
    if body is not None:
        css += f' body {{ font-family: "{_css_name(body.family)}", {_FALLBACK}; }}'
    if heading is not None:
        css += f' h1, h2, h3, h4, .title, .subtitle, .chamber {{ font-family: "{_css_name(heading.family)}", {_FALLBACK}; }}'
    return css


_FALLBACK = '"Source Sans 3", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'


def _css_name(family: str) -> str:
    return re.sub(r'["\\<>\x00-\x1f]', "", family)


def _css_format(path: str) -> str:
    return "opentype" if path.lower().endswith(".otf") else "truetype"


def house_faces(design: Design | None) -> tuple[FontFace | None, FontFace | None]:
    """The body and heading fonts of ``design`` (None where the shipped fonts apply)."""
    if design is None:
        return None, None
    fonts = design.fonts
    return (face(fonts.body) if fonts.body else None, face(fonts.heading) if fonts.heading else None)


def typst_colours(design: Design | None) -> dict[str, Any]:
    """The colours as the PDF template's inputs (``meta.colours``)."""
    return _colours(design)


_DOCX_STYLE_COLOURS = {
    "Heading1": "primary", "Heading2": "primary", "Heading3": "primary", "Title": "primary",
    "TOCHeading": "primary", "Hyperlink": "primary", "SectionNumber": "accent", "Normal": "text",
}


_DOCX_HEADING_STYLES = (
    "Title", "TitleChar", "Subtitle", "SubtitleChar", "TOCHeading",
    *(f"Heading{level}{char}" for level in range(1, 10) for char in ("", "Char")),
)
"""The heading styles and the character styles Word links to them."""


def docx_styles(styles_xml: str, design: Design | None) -> str:
    """``styles_xml`` with the house colours set on the headings, title, links, section numbers and text,
    and the house fonts (by family name) on Normal and the headings."""
    colours = _colours(design)
    for style_id, role in _DOCX_STYLE_COLOURS.items():
        value = colours[role].lstrip("#").upper()
        styles_xml = _with_run_property(styles_xml, style_id, "color", f'<w:color w:val="{value}" />', _AFTER_COLOUR)
    body, heading = house_faces(design)
    for font, style_ids in ((body, ("Normal",)), (heading, _DOCX_HEADING_STYLES)):
        if font is None:
            continue
        name = html.escape(font.word_family, quote=True)
        element = f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}" />'
        for style_id in style_ids:
            styles_xml = _with_run_property(styles_xml, style_id, "rFonts", element, _AFTER_FONTS)
    return styles_xml


_AFTER_COLOUR = re.compile(
    r"<w:(?:spacing|w|kern|position|sz|szCs|highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)[ />]"
)
"""Run properties that come after ``w:color`` in the schema's sequence."""
_AFTER_FONTS = re.compile(r"<w:(?!rStyle[ />])[A-Za-z]+[ />]")
"""Run properties that come after ``w:rFonts`` (all but ``w:rStyle``)."""


def _with_run_property(styles_xml: str, style_id: str, tag: str, element: str, later_pattern: re.Pattern[str]) -> str:
    """``element`` (a ``w:tag``) in the run properties of the style ``style_id``, replacing any ``w:tag`` there."""
    start = styles_xml.find(f'w:styleId="{style_id}"')
    if start < 0:
        return styles_xml
    end = styles_xml.find("</w:style>", start)
    block = re.sub(rf"<w:{tag} [^>]*/>", "", styles_xml[start:end])
    properties = re.search(r"<w:rPr>(.*?)</w:rPr>", block, re.S)
    if properties:
        inner = properties.group(1)
        later = later_pattern.search(inner)
        at = later.start() if later else len(inner)
        inner = inner[:at] + element + inner[at:]
        block = block[: properties.start(1)] + inner + block[properties.end(1) :]
    elif "<w:rPr />" in block:
        block = block.replace("<w:rPr />", f"<w:rPr>{element}</w:rPr>", 1)
    else:
        block += f"<w:rPr>{element}</w:rPr>"
    return styles_xml[:start] + block + styles_xml[end:]
