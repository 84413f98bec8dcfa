"""Rendering a document to HTML, DOCX, PDF and Markdown; the conversions run concurrently."""

from __future__ import annotations

import base64
import calendar
import json
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from smkonzept.assemble import Document
from smkonzept.docx import stamp_docx
from smkonzept.figures import figures_for
from smkonzept.atomic import write_all
from smkonzept.pandoc import run_pandoc
from smkonzept.pdf import compile_pdf
from smkonzept.markdown import escape
from smkonzept.templating import date_de

__all__ = ["FORMATS", "render", "render_bytes", "start_render"]

FORMATS = ("html", "docx", "pdf", "md")
PDF_FONT = "Lato"


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
    for name, data in figures.items():
        metadata[f"smkonzept-figure-{name}"] = "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")
    return metadata


def _escaped(value: Any) -> Any:
    return [escape(item) for item in value] if isinstance(value, list) else escape(value)


def _filter() -> str:
    return f"--lua-filter={_template('filters', 'sanitize.lua')}"


def _numbering(document: Document) -> list[str]:
    return ["--number-sections"] if document.profile.chapters.numbered else []


def _html(document: Document, markdown: str) -> bytes:
    args = [
        "--to=html5",
        "--standalone",
        f"--template={_template('html', 'smkonzept.html')}",
        "--toc",
        "--toc-depth=2",
        "--section-divs",
        *_numbering(document),
        _filter(),
    ]
    return run_pandoc(markdown, args, _epoch(document), _metadata(document, figures_for(document)))


def _docx(document: Document, markdown: str) -> bytes:
    args = [
        "--to=docx",
        f"--reference-doc={_template('reference.docx')}",
        "--toc",
        "--toc-depth=2",
        *_numbering(document),
        _filter(),
    ]
    data = run_pandoc(markdown, args, _epoch(document), _metadata(document, figures_for(document)))
    return stamp_docx(data, document.date)


def _pdf(document: Document, markdown: str) -> bytes:
    figures = figures_for(document)
    args = [
        "--to=typst",
        f"--template={_template('typst', 'pandoc-template.typst')}",
        _filter(),
        f"--lua-filter={_template('filters', 'typst.lua')}",
    ]
    metadata = {"smkonzept-figures": list(figures)}
    source = run_pandoc(markdown, args, _epoch(document), metadata)
    chamber = document.profile.chamber
    meta = {
        "title": document.title,
        "subtitle": document.profile.document.subtitle,
        "author": document.author,
        "subject": document.subject,
        "keywords": list(document.profile.document.keywords),
        "date": {"year": document.date.year, "month": document.date.month, "day": document.date.day},
        "date_text": date_de(document.date),
        "version": document.profile.document.version,
        "numbered": document.profile.chapters.numbered,
        "address": f"{chamber.name} · {chamber.address.street} · {chamber.address.postal_code} {chamber.address.city}",
        "font": PDF_FONT,
    }
    return compile_pdf(source, meta, figures, _epoch(document))


def _markdown_file(document: Document, markdown: str) -> bytes:
    front = {"title": document.title, "author": document.author, "date": document.date.isoformat(), "lang": "de-DE"}
    header = "---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in front.items()) + "---\n\n"
    return (header + markdown).encode("utf-8")


_SUBMIT_ORDER = ["pdf", "docx", "html", "md"]
_WRITERS: dict[str, Callable[[Document, str], bytes]] = {
    "html": _html,
    "docx": _docx,
    "pdf": _pdf,
    "md": _markdown_file,
}


def start_render(document: Document, formats: Iterable[str], pool: ThreadPoolExecutor) -> dict[str, Future[bytes]]:
    """Submit one conversion per format to ``pool``; the futures yield each format's bytes.

    The PDF goes first: its chain (pandoc, then typst) is the longest of a build.
    """
    markdown = document.markdown()
    wanted = list(dict.fromkeys(formats))
    futures = {fmt: pool.submit(_WRITERS[fmt], document, markdown) for fmt in sorted(wanted, key=_SUBMIT_ORDER.index)}
    return {fmt: futures[fmt] for fmt in wanted}


def render_bytes(document: Document, formats: Iterable[str]) -> dict[str, bytes]:
    """Each requested format's bytes; the conversions run in parallel threads."""
    formats = list(dict.fromkeys(formats))
    with ThreadPoolExecutor(max_workers=max(1, len(formats))) as pool:
        futures = start_render(document, formats, pool)
        return {fmt: future.result() for fmt, future in futures.items()}


def render(document: Document, formats: Iterable[str], outdir: Path, stem: str) -> list[Path]:
    """Render and write ``<outdir>/<stem>.<format>`` for each format, all or nothing."""
    outputs = render_bytes(document, formats)
    files = {outdir / f"{stem}.{fmt}": data for fmt, data in outputs.items()}
    write_all(files)
    return list(files)
