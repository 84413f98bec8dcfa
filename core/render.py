"""Rendering a document to the bytes of HTML, DOCX, PDF and Markdown; it writes no files."""

from __future__ import annotations

import base64
import calendar
import html
from pathlib import Path
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from importlib import resources
from typing import Any

import attrs

from smkonzept.document import Document
from smkonzept.design import css_variables, docx_styles, house_faces, typst_colours
from smkonzept.docx_layout import DocxLogo, finish_docx
from smkonzept.logo import data_uri
from smkonzept.figures import figures_for
from smkonzept.pandoc import run_pandoc
from smkonzept.pdf import compile_pdf
from smkonzept.raster import svg_to_png
from smkonzept.markdown import escape
from smkonzept.german import date_de

__all__ = ["FORMATS", "Source", "render_bytes", "start_render"]

FORMATS = ("html", "docx", "pdf", "md")
PDF_FONT = "Lato"
PDF_FONTS = [PDF_FONT, "Noto Emoji", "Noto Sans Symbols 2"]
"""The PDF's fonts: text in Lato; emoji and symbols Lato lacks fall back to the Noto fonts."""


@attrs.frozen
class Source:
    """What every format of one document is converted from: the document, its Markdown and its figures."""

    document: Document
    markdown: str
    figures: dict[str, bytes]

    @classmethod
    def of(cls, document: Document) -> Source:
        """The Markdown and the figures of ``document``, each made once."""
        return cls(document, document.markdown(), figures_for(document))


@cache
def _template(*parts: str) -> str:
    return str(resources.files("smkonzept").joinpath("templates", *parts))


def _epoch(document: Document) -> int:
    return calendar.timegm(document.date.timetuple())


def _metadata(document: Document, figures: dict[str, bytes]) -> dict[str, Any]:
    info = document.profile.document
    values: dict[str, Any] = {
        "title": document.title,
        "subtitle": info.subtitle,
        "author": document.author,
        "subject": document.subject,
        "description": document.subject,
        "date": date_de(document.date),
        "version": info.version,
        "keywords": list(info.keywords),
        "toc-title": "Inhaltsverzeichnis",
    }
    metadata = {key: _escaped(value) for key, value in values.items() if value}
    metadata["lang"] = "de-DE"
    metadata["smkonzept-figures"] = list(figures)
    for name, uri in figure_uris(figures).items():
        metadata[f"smkonzept-figure-{name}"] = uri
    return metadata


def figure_uris(figures: dict[str, bytes]) -> dict[str, str]:
    """Each figure (an SVG) as the ``data:`` URI that DOCX and HTML embed."""
    return {name: "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii") for name, data in figures.items()}


def _escaped(value: Any) -> Any:
    return [escape(item) for item in value] if isinstance(value, list) else escape(value)


def _filter() -> str:
    return f"--lua-filter={_template('filters', 'sanitize.lua')}"


def _numbering(document: Document) -> list[str]:
    return ["--number-sections"] if document.numbered else []


def _toc(document: Document) -> list[str]:
    return ["--toc", "--toc-depth=2"] if document.table_of_contents else []


def _html(source: Source) -> bytes:
    document = source.document
    args = [
        "--to=html5",
        "--standalone",
        f"--template={_template('html', 'smkonzept.html')}",
        *_toc(document),
        "--section-divs",
        *_numbering(document),
        _filter(),
    ]
    return run_pandoc(source.markdown, args, _epoch(document), _metadata(document, source.figures), _html_variables(document))


def _docx(source: Source) -> bytes:
    document = source.document
    args = [
        "--to=docx",
        f"--reference-doc={_reference_docx(document)}",
        *_toc(document),
        *_numbering(document),
        _filter(),
    ]
    return _finish_docx(document, run_pandoc(source.markdown, args, _epoch(document), _metadata(document, source.figures)))


def _html_variables(document: Document) -> dict[str, str]:
    """The HTML template's variables for the body's house style (none without a design)."""
    design = document.profile.design
    variables: dict[str, str] = {}
    if design is not None:
        variables["house-css"] = css_variables(design)
    if design is not None and design.logo is not None:
        variables["house-logo"] = data_uri(design.logo.file)
        variables["house-logo-alt"] = html.escape(design.logo.alt, quote=True)
    if design is not None and design.title_lines:
        variables["house-title-lines"] = "\n".join(f'<p class="title-line">{html.escape(line, quote=False)}</p>' for line in design.title_lines)
    return variables


def _finish_docx(document: Document, data: bytes) -> bytes:
    """pandoc's DOCX with header, footer, page numbers, a filled table of contents, house styles and fixed dates."""
    design = document.profile.design
    header = (design.header if design else "") or " · ".join(part for part in (document.title, document.author) if part)
    footer = (design.footer if design else "") or f"Stand: {date_de(document.date)}"
    return finish_docx(
        data, header, footer, document.date, restyle=lambda styles: docx_styles(styles, design) if design else styles,
        logo=_docx_logo(document), title_lines=design.title_lines if design else (),
    )


LOGO_HEIGHT_CM = 1.8
"""The logo's height on the title page of DOCX and PDF."""


def _docx_logo(document: Document) -> DocxLogo | None:
    """The house logo as a PNG for Word (an SVG is drawn by typst at 300 ppi)."""
    design = document.profile.design
    if design is None or design.logo is None:
        return None
    data = Path(design.logo.file).read_bytes()
    if design.logo.file.lower().endswith(".svg"):
        data = svg_to_png(data, PDF_FONT, ppi=300, height=f"{LOGO_HEIGHT_CM}cm")
    return DocxLogo(data, design.logo.alt, LOGO_HEIGHT_CM)


def _reference_docx(document: Document) -> str:
    design = document.profile.design
    return design.reference_docx if design is not None and design.reference_docx else str(_template("reference.docx"))


def _pdf(source: Source) -> bytes:
    document, figures = source.document, source.figures
    args = [
        "--to=typst",
        f"--template={_template('typst', 'pandoc-template.typst')}",
        _filter(),
        f"--lua-filter={_template('filters', 'typst.lua')}",
    ]
    metadata = {"smkonzept-figures": list(figures)}
    typst_source = run_pandoc(source.markdown, args, _epoch(document), metadata)
    meta, files, fonts = _pdf_inputs(document, figures)
    return compile_pdf(typst_source, meta, files, _epoch(document), fonts)


def _pdf_meta(document: Document) -> dict[str, Any]:
    """The PDF's metadata, given to the typst template as data (``sys.inputs``)."""
    chamber = document.profile.chamber
    return {
        "title": document.title,
        "subtitle": document.profile.document.subtitle,
        "author": document.author,
        "subject": document.subject,
        "keywords": list(document.profile.document.keywords),
        "date": {"year": document.date.year, "month": document.date.month, "day": document.date.day},
        "date_text": date_de(document.date),
        "version": document.profile.document.version,
        "numbered": document.numbered,
        "toc": document.table_of_contents,
        "address": f"{chamber.name} · {chamber.address.street} · {chamber.address.postal_code} {chamber.address.city}",
        "header_body": (document.profile.design.header if document.profile.design else "") or _header_body(document),
        "footer_text": document.profile.design.footer if document.profile.design else "",
        "colours": typst_colours(document.profile.design),
        "font": PDF_FONTS,
        "heading_font": PDF_FONTS,
        "title_lines": list(document.profile.design.title_lines) if document.profile.design else [],
        "logo": None,
    }


def _pdf_inputs(document: Document, figures: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, bytes], dict[str, bytes]]:
    """The typst template's data, the files beside it (figures and the house logo) and the house fonts.

    The house fonts come first in the font lists; a glyph they lack falls back to the shipped fonts.
    """
    meta = _pdf_meta(document)
    design = document.profile.design
    logo = design.logo if design else None
    if logo is not None:
        logo_name = f"house-logo{Path(logo.file).suffix.lower()}"
        figures = {**figures, logo_name: Path(logo.file).read_bytes()}
        meta["logo"] = {"file": logo_name, "alt": logo.alt, "height_cm": LOGO_HEIGHT_CM}
    fonts: dict[str, bytes] = {}
    body, heading = house_faces(design)
    for key, face in (("font", body), ("heading_font", heading)):
        if face is not None:
            fonts[f"house-{key}{Path(face.path).suffix.lower()}"] = Path(face.path).read_bytes()
            meta[key] = [face.family, *PDF_FONTS]
    if heading is None and body is not None:
        meta["heading_font"] = meta["font"]
    return meta, figures, fonts


def _header_body(document: Document) -> str:
    """The body's short name for the running header; empty when the title already names the body."""
    chamber = document.profile.chamber
    title = " ".join(document.title.split())
    return "" if chamber.short_name in title or chamber.name in title else chamber.short_name


def _markdown_file(source: Source) -> bytes:
    """Pandoc's own Markdown of the document, readable by plain pandoc with all its extensions.

    The source goes through the same reader and sanitising filter as the other formats, and
    pandoc's Markdown writer escapes whatever its default reader would take as markup (e-mail
    handles as citations, dollar signs, raw HTML). Figures are embedded as PNG, at the end of
    the file, so the file stands on its own and converts to DOCX without an SVG converter.
    """
    document, figures = source.document, source.figures
    values = {"title": document.title, "subtitle": document.profile.document.subtitle, "author": document.author, "date": date_de(document.date)}
    metadata: dict[str, Any] = {key: escape(value) for key, value in values.items() if value}
    metadata["lang"] = "de-DE"
    metadata["smkonzept-figures"] = list(figures)
    for name, data in figures.items():
        png = svg_to_png(data, PDF_FONT)
        metadata[f"smkonzept-figure-{name}"] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    args = [
        "--to=markdown", "--standalone", "--wrap=none",
        _filter(), f"--lua-filter={_template('filters', 'markdown.lua')}",
    ]
    return run_pandoc(source.markdown, args, _epoch(document), metadata)


_SUBMIT_ORDER = ["pdf", "docx", "html", "md"]
_WRITERS: dict[str, Callable[[Source], bytes]] = {
    "html": _html,
    "docx": _docx,
    "pdf": _pdf,
    "md": _markdown_file,
}


def start_render(document: Document, formats: Iterable[str], pool: ThreadPoolExecutor) -> dict[str, Future[bytes]]:
    """Submit one conversion per format to ``pool``; the futures yield each format's bytes.

    The PDF goes first: its chain (pandoc, then typst) is the longest of a build.
    """
    source = Source.of(document)
    wanted = list(dict.fromkeys(formats))
    futures = {fmt: pool.submit(_WRITERS[fmt], source) for fmt in sorted(wanted, key=_SUBMIT_ORDER.index)}
    return {fmt: futures[fmt] for fmt in wanted}


def render_bytes(document: Document, formats: Iterable[str]) -> dict[str, bytes]:
    """Each requested format's bytes; the conversions run in parallel threads."""
    formats = list(dict.fromkeys(formats))
    with ThreadPoolExecutor(max_workers=max(1, len(formats))) as pool:
        futures = start_render(document, formats, pool)
        return {fmt: future.result() for fmt, future in futures.items()}

