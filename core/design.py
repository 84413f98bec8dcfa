"""The body's house style (profile key ``design``): colours and header/footer texts for HTML, DOCX and PDF.

Every colour is checked against the white page the three formats print on: WCAG 2.1 AA asks for a contrast
of at least 4.5:1 for normal text, and headings, links and body text all use these colours as text.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from coloraide import Color

from smkonzept.logo import Logo

__all__ = ["BACKGROUND", "Colours", "Design", "MIN_CONTRAST", "css_variables", "design_problems", "docx_styles", "typst_colours"]

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
    :param logo: the logo on the title page (HTML and PDF), with its alternative text
    :param reference_docx: the body's own Word template, relative to the profile file that names it and
        inside the profile's folder; it must hold the styles the DOCX uses (Title, Heading 1–3, Body Text,
        Table, Caption, Hyperlink, TOC Heading). After loading, the absolute path.
    """

    colours: Colours = Colours()
    header: str = ""
    footer: str = ""
    reference_docx: str = ""
    logo: Logo | None = None


def _parsed(value: str) -> Color | None:
    try:
        colour = Color(value)
    except (ValueError, TypeError):
        return None
    return colour.convert("srgb")


def hex_colour(value: str) -> str:
    """``value`` as ``#rrggbb`` (the value must be a valid, opaque colour)."""
    colour = _parsed(value)
    if colour is None:
        raise ValueError(value)
    return colour.to_string(hex=True, fit=True)[:7]


def design_problems(design: Design | None) -> list[tuple[tuple[str, ...], str]]:
    """(field path, German message) for every colour that is not a colour or too pale on white."""
    if design is None:
        return []
    problems: list[tuple[tuple[str, ...], str]] = []
    if design.logo is not None and not design.logo.alt.strip():
        problems.append((("design", "logo", "alt"), "Das Logo braucht einen Alternativtext (z. B. „Logo der Stadt Musterhausen“) für Screenreader."))
    white = Color(BACKGROUND)
    for field in attrs.fields(Colours):
        value = getattr(design.colours, field.name)
        path = ("design", "colours", field.name)
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
    """The CSS custom properties the HTML style sheet reads (``--ink``, ``--accent``, ``--highlight``)."""
    colours = _colours(design)
    return f":root {{ --ink: {colours['text']}; --accent: {colours['primary']}; --highlight: {colours['accent']}; }}"


def typst_colours(design: Design | None) -> dict[str, Any]:
    """The colours as the PDF template's inputs (``meta.colours``)."""
    return _colours(design)


_DOCX_STYLE_COLOURS = {
    "Heading1": "primary", "Heading2": "primary", "Heading3": "primary", "Title": "primary",
    "TOCHeading": "primary", "Hyperlink": "primary", "SectionNumber": "accent", "Normal": "text",
}


def docx_styles(styles_xml: str, design: Design | None) -> str:
    """``styles_xml`` with the house colours set on the headings, title, links, section numbers and text."""
    colours = _colours(design)
    for style_id, role in _DOCX_STYLE_COLOURS.items():
        value = colours[role].lstrip("#").upper()
        styles_xml = _coloured(styles_xml, style_id, value)
    return styles_xml


_AFTER_COLOUR = re.compile(
    r"<w:(?:spacing|w|kern|position|sz|szCs|highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath)[ />]"
)
"""Run properties that come after ``w:color`` in the schema's sequence."""


def _coloured(styles_xml: str, style_id: str, value: str) -> str:
    start = styles_xml.find(f'w:styleId="{style_id}"')
    if start < 0:
        return styles_xml
    end = styles_xml.find("</w:style>", start)
    block = re.sub(r"<w:color [^>]*/>", "", styles_xml[start:end])
    colour = f'<w:color w:val="{value}" />'
    properties = re.search(r"<w:rPr>(.*?)</w:rPr>", block, re.S)
    if properties:
        inner = properties.group(1)
        later = _AFTER_COLOUR.search(inner)
        at = later.start() if later else len(inner)
        inner = inner[:at] + colour + inner[at:]
        block = block[: properties.start(1)] + inner + block[properties.end(1) :]
    elif "<w:rPr />" in block:
        block = block.replace("<w:rPr />", f"<w:rPr>{colour}</w:rPr>", 1)
    else:
        block += f"<w:rPr>{colour}</w:rPr>"
    return styles_xml[:start] + block + styles_xml[end:]
