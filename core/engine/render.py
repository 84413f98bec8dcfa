"""Rendering many documents through the batch engine; the bytes equal ``smkonzept.render.render_bytes``.

Two stages, each with a thread per worker (with one worker, one stage after the other). A pandoc worker takes one of the engine's ``pandoc lua``
processes (started when the engine is made); a document's pandoc outputs
(typst source first, then DOCX, HTML, Markdown) come from one parse there. Its typst source goes
to a typst thread with a warm compiler, and the pandoc worker goes on with the next document, so
pandoc and typst keep both cores busy until the last document.
"""

from __future__ import annotations

import base64
import itertools
import queue
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from smkonzept.document import Document
from smkonzept.engine.chapters import Halves, halves
from smkonzept.engine.pandoc_batch import Job, PandocBatch
from smkonzept.engine.typst_warm import compile_pdf_warm, prepare_compiler
from smkonzept.errors import SmkonzeptError
from smkonzept.german import date_de
from smkonzept.markdown import escape
from smkonzept.render import (
    PDF_FONT, Source, _epoch, _finish_docx, _html_variables, _metadata, _numbering, _pdf_inputs, _reference_docx, _template,
    figure_uris,
)

__all__ = ["Engine", "joined_halves"]

_ORDER = ["pdf", "docx", "html", "md"]


def _jobs(source: Source, formats: list[str]) -> list[tuple[str, Job]]:
    document, figures = source.document, source.figures
    sanitize = _template("filters", "sanitize.lua")
    numbered = bool(_numbering(document))
    metadata = _metadata(document, figures)
    shared = _figure_files(source, formats) is not None
    jobs: list[tuple[str, Job]] = []
    for fmt in sorted(formats, key=_ORDER.index):
        if fmt == "pdf":
            jobs.append((fmt, _typst_job(list(figures), metadata if shared else None)))
        elif fmt == "docx":
            jobs.append((fmt, Job(
                to="docx", metadata=metadata, reference_doc=_reference_docx(document),
                toc=document.table_of_contents, toc_depth=2, number_sections=numbered, filters=(sanitize,),
            )))
        elif fmt == "html":
            jobs.append((fmt, Job(
                to="html5", metadata=metadata, standalone=True,
                template=_template("html", "smkonzept.html"), toc=document.table_of_contents, toc_depth=2, section_divs=True,
                number_sections=numbered, filters=(sanitize,), variables=_html_variables(document),
            )))
        elif fmt == "md":
            jobs.append((fmt, Job(
                to="markdown", metadata=_markdown_metadata(source), standalone=True, wrap="wrap-none",
                filters=(sanitize, _template("filters", "markdown.lua")),
            )))
    return jobs


def _globals(source: Source, formats: list[str]) -> dict[str, Any] | None:
    """The globals the filters of a request for ``formats`` see."""
    files = _figure_files(source, formats)
    return None if files is None else {"SMKONZEPT_FIGURE_FILES": files}


def _figure_files(source: Source, formats: list[str]) -> dict[str, str] | None:
    """Each figure's file name by its ``data:`` URI if the typst source shares DOCX's and HTML's
    sanitized document (``_typst_job``): a PDF comes with one of them, and no two figures have the same bytes."""
    if "pdf" not in formats or ("docx" not in formats and "html" not in formats):
        return None
    files = {uri: name for name, uri in figure_uris(source.figures).items()}
    return files if len(files) == len(source.figures) else None


def _typst_job(figures: list[str], metadata: dict[str, Any] | None = None) -> Job:
    """pandoc's part of the PDF: the typst source, with the document's figures.

    Given DOCX's and HTML's ``metadata``, the job starts from their document after sanitize.lua (one
    run for all three; the typst template reads no metadata), whose figures are ``data:`` URIs; the
    request's global SMKONZEPT_FIGURE_FILES tells typst.lua their file names (``_globals``).
    """
    return Job(
        to="typst", metadata={"smkonzept-figures": figures} if metadata is None else metadata,
        template=_template("typst", "pandoc-template.typst"),
        filters=(_template("filters", "sanitize.lua"), _template("filters", "typst.lua")),
    )


_WARM_UP = "# Titel\n\nText mit *Betonung* und [Verweis](https://example.org).\n\n- eins\n- zwei\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
"""A small document each pandoc process writes as typst source while the profiles are still read: the PDF
chain's filters and template are then loaded when the first document comes (about 18 ms sooner for one build)."""


def _markdown_metadata(source: Source) -> dict[str, Any]:
    from smkonzept.raster import svg_to_png

    document, figures = source.document, source.figures
    values = {"title": document.title, "subtitle": document.profile.document.subtitle, "author": document.author, "date": date_de(document.date)}
    metadata: dict[str, Any] = {key: escape(value) for key, value in values.items() if value}
    metadata["lang"] = "de-DE"
    metadata["smkonzept-figures"] = list(figures)
    for name, data in figures.items():
        png = svg_to_png(data, PDF_FONT)
        metadata[f"smkonzept-figure-{name}"] = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return metadata


class Engine:
    """A pool of workers, each with its own pandoc process and typst compiler; close it when done.

    The pandoc processes start at once, so they load while the caller still reads its profiles.
    """

    def __init__(self, workers: int = 2, pdf: bool = False) -> None:
        """``pdf``: PDFs are to come; meanwhile a typst compiler reads its fonts and each pandoc process writes a small document's typst source."""
        count = max(1, workers)
        self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="smkonzept-engine")
        self._typst = ThreadPoolExecutor(max_workers=count, thread_name_prefix="smkonzept-typst") if count > 1 else None
        self._pandocs = [PandocBatch() for _ in range(count)]
        self._free: queue.SimpleQueue[PandocBatch] = queue.SimpleQueue()
        for pandoc in self._pandocs:
            pandoc.start()
            self._free.put(pandoc)
        if pdf and self._typst is not None:
            self._typst.submit(prepare_compiler)
            for _ in self._pandocs:
                self._pool.submit(self._warm_up)
        self._prefetched: dict[int, tuple[Document, list[str], bool, dict[str, Future[bytes]]]] = {}
        self._keys = itertools.count()

    def _warm_up(self) -> None:
        try:
            self._convert(_WARM_UP, [_typst_job([])])
        except SmkonzeptError:
            pass  # the first document's conversion reports it

    def prefetch(self, document: Document, formats: Iterable[str], split: bool = False) -> None:
        """Start converting ``document`` now; a later ``start`` with the same arguments returns these futures."""
        wanted = list(dict.fromkeys(formats))
        self._prefetched[id(document)] = (document, wanted, split, self.start(document, wanted, split))

    def _convert(self, markdown: str, jobs: list[Job], part: dict[str, Any] | None = None, globals_: dict[str, Any] | None = None) -> list[bytes]:
        return self._convert_in(markdown, jobs, part, globals_)[0]

    def _convert_in(
        self, markdown: str, jobs: list[Job], part: dict[str, Any] | None = None, globals_: dict[str, Any] | None = None,
    ) -> tuple[list[bytes], PandocBatch]:
        """The outputs, and the pandoc process that wrote them."""
        pandoc = self._free.get()
        try:
            return pandoc.convert(markdown, jobs, part, globals_), pandoc
        finally:
            self._free.put(pandoc)

    def _convert_stage(self, document: Document, formats: list[str], source: Source | None = None) -> dict[str, bytes | Future[bytes]]:
        """pandoc's outputs of one parse; the PDF is handed to a typst thread (its future stands in), so this
        worker's pandoc process goes on with the next document while typst compiles."""
        source = source or Source.of(document)
        jobs = _jobs(source, formats)
        converted = self._convert(source.markdown, [job for _, job in jobs], globals_=_globals(source, formats))
        return self._finished(document, source, [fmt for fmt, _ in jobs], converted)

    def _finished(self, document: Document, source: Source, formats: list[str], converted: list[bytes]) -> dict[str, bytes | Future[bytes]]:
        """pandoc's outputs made final: the typst source sent to be compiled, the DOCX stamped."""
        outputs: dict[str, bytes | Future[bytes]] = dict(zip(formats, converted))
        typst_source = outputs.get("pdf")
        if isinstance(typst_source, bytes):
            outputs["pdf"] = self._compile(document, source, typst_source)
        docx = outputs.get("docx")
        if isinstance(docx, bytes):
            outputs["docx"] = _finish_docx(document, docx)
        return outputs

    def _compile(self, document: Document, source: Source, typst_source: bytes) -> Future[bytes]:
        """The PDF from its typst source, compiled in a typst thread (with one worker, here and now)."""
        meta, files, fonts = _pdf_inputs(document, source.figures)
        if self._typst is not None:
            return self._typst.submit(compile_pdf_warm, typst_source, meta, files, _epoch(document), fonts)
        return _completed(compile_pdf_warm(typst_source, meta, files, _epoch(document), fonts))

    def _convert_piece(self, cut: Halves, job: Job, first: bool, along: str | None = None) -> tuple[list[bytes], PandocBatch]:
        """The first half's typst body, or the second half's whole page and the page's text before the body;
        and the process that wrote it. With ``along`` (a key), the first half's process keeps its parse
        under that key and the second half's answer ends in its parse, for ``_rest_from_halves``."""
        if first:
            part = {"headings": cut.headings, "offset": 0, "count": cut.first_count, "last": False}
            return self._convert_in(cut.first, [job], {**part, "keep": along} if along else part)
        part = {"headings": cut.headings, "offset": cut.first_count, "count": cut.second_count, "last": True}
        return self._convert_in(cut.second, [job], {**part, "send": True} if along else part)

    def _pdf_from_halves(self, document: Document, source: Source, pieces: list[Future[tuple[list[bytes], PandocBatch]]]) -> dict[str, bytes | Future[bytes]]:
        """The PDF of a document whose two halves pandoc wrote in two processes at once (the same typst
        source as from the whole: tests/test_engine.py); if pandoc refused to write it in halves, from the whole."""
        try:
            first = pieces[0].result()[0][0]
            page, start = pieces[1].result()[0][:2]
        except SmkonzeptError:
            return self._convert_stage(document, ["pdf"], source)
        if not first.strip():
            return self._convert_stage(document, ["pdf"], source)
        return {"pdf": self._compile(document, source, joined_halves(first, page, start))}

    def _rest_from_halves(
        self, document: Document, formats: list[str], source: Source, key: str, pieces: list[Future[tuple[list[bytes], PandocBatch]]],
    ) -> dict[str, bytes | Future[bytes]]:
        """``formats`` (not the PDF) from the halves' parses, in the process that kept the first (the same
        outputs as from the whole: tests/test_engine.py); from the whole if a half was refused or its parse is
        gone (a process keeps it until its next request, which another conversion may have sent meanwhile)."""
        try:
            kept_in = pieces[0].result()[1]
            parse = pieces[1].result()[0][2]
            jobs = _jobs(source, formats)
            converted = kept_in.convert_after_kept(key, parse, [job for _, job in jobs], _globals(source, formats))
        except SmkonzeptError:
            return self._convert_stage(document, formats, source)
        return self._finished(document, source, [fmt for fmt, _ in jobs], converted)

    def submit(self, document: Document, formats: Iterable[str]) -> Future[dict[str, bytes]]:
        """Render ``document`` to each format (one parse); the future yields each format's bytes."""
        return _gathered(self.start(document, formats))

    def start(self, document: Document, formats: Iterable[str], split: bool = False) -> dict[str, Future[bytes]]:
        """One future per format. ``split`` spreads one document over the workers: right for a single
        document; a batch keeps every document on one worker.

        Split, two pandoc processes read the two halves of the Markdown and write the PDF's typst source
        from them at once (``smkonzept.engine.chapters.halves``), and typst compiles it. If other formats
        come too, the process that read the first half keeps its parse, the second half's parse comes
        along with its typst source, and that process writes the other formats from both parses: the
        document is read once, in two halves at once.
        """
        wanted = list(dict.fromkeys(formats))
        earlier = self._prefetched.pop(id(document), None)
        if earlier is not None and earlier[0] is document and earlier[1:3] == (wanted, split):
            return earlier[3]
        source = Source.of(document) if split and "pdf" in wanted and len(self._pandocs) > 1 else None
        rest = [fmt for fmt in wanted if fmt != "pdf"]
        cut = halves(source.markdown) if source is not None else None
        if source is None or cut is None:
            groups = [self._pool.submit(self._convert_stage, document, wanted, source)]
        else:
            (_, job), = _jobs(source, ["pdf"])
            key = str(next(self._keys)) if rest else None
            pieces = [self._pool.submit(self._convert_piece, cut, job, first, key) for first in (True, False)]
            groups = [self._pool.submit(self._rest_from_halves, document, rest, source, key, pieces)] if key else []
            groups.append(self._pool.submit(self._pdf_from_halves, document, source, pieces))
        return {fmt: _pick(groups, fmt) for fmt in wanted}

    def render(self, document: Document, formats: Iterable[str], split: bool = False) -> dict[str, bytes]:
        return {fmt: future.result() for fmt, future in self.start(document, formats, split).items()}

    def close(self) -> None:
        """Finish or cancel every conversion and hang up the pandoc processes.

        They end on their own; a thread reaps them (killing one still busy after a few seconds), so
        closing does not wait while the system frees their memory.
        """
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._typst is not None:
            self._typst.shutdown(wait=True, cancel_futures=True)
        for pandoc in self._pandocs:
            pandoc.hang_up()
        threading.Thread(target=_reap, args=(self._pandocs,), name="smkonzept-reaper", daemon=True).start()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def joined_halves(first: bytes, page: bytes, start: bytes) -> bytes:
    """The typst source of the whole document: the first half's body put at the start of the second half's page."""
    return start + first + page[len(start):]


def _reap(pandocs: list[PandocBatch]) -> None:
    for pandoc in pandocs:
        pandoc.close()


def _pick(groups: list[Future[dict[str, bytes | Future[bytes]]]], fmt: str) -> Future[bytes]:
    """A future of one format's bytes out of the group futures (a group holds several formats; a PDF is
    itself a future of the typst thread)."""
    result: Future[bytes] = Future()
    lock = threading.RLock()

    def settle(value: Future[bytes]) -> None:
        with lock:
            _settle(value)

    def _settle(value: Future[bytes]) -> None:
        if result.done():
            return
        if value.cancelled():
            result.cancel()
        elif value.exception() is not None:
            result.set_exception(value.exception())
        else:
            result.set_result(value.result())

    def done(group: Future[dict[str, bytes | Future[bytes]]]) -> None:
        with lock:
            _done(group)

    def _done(group: Future[dict[str, bytes | Future[bytes]]]) -> None:
        if result.done():
            return
        if group.cancelled():
            result.cancel()
            return
        error = group.exception()
        if error is not None:
            result.set_exception(error)
        elif fmt in group.result():
            value = group.result()[fmt]
            if isinstance(value, Future):
                value.add_done_callback(settle)
            else:
                result.set_result(value)

    for group in groups:
        group.add_done_callback(done)
    return result


def _completed(value: bytes) -> Future[bytes]:
    future: Future[bytes] = Future()
    future.set_result(value)
    return future


def _gathered(futures: dict[str, Future[bytes]]) -> Future[dict[str, bytes]]:
    """One future of every format's bytes: the first failure, or all results once each is there."""
    result: Future[dict[str, bytes]] = Future()
    lock = threading.RLock()

    def done(_: Future[bytes]) -> None:
        with lock:
            _done()

    def _done() -> None:
        if result.done():
            return
        for future in futures.values():
            if future.done() and (future.cancelled() or future.exception() is not None):
                if future.cancelled():
                    result.cancel()
                else:
                    error = future.exception()
                    assert error is not None
                    result.set_exception(error)
                return
        if all(future.done() for future in futures.values()):
            result.set_result({fmt: future.result() for fmt, future in futures.items()})

    for future in futures.values():
        future.add_done_callback(done)
    return result
