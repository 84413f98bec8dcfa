"""Warm typst compilers (fonts loaded once), one per concurrent compile, each compile in a fresh sandbox folder."""

from __future__ import annotations

import contextlib
import json
import queue
from collections.abc import Iterator
from typing import Any

from smkonzept.errors import SmkonzeptError
from smkonzept.pdf import PDF_STANDARDS, compile_pdf, font_paths, prepare_root, without_default_suspects
from smkonzept.tempfiles import private_folder

__all__ = ["compile_pdf_warm", "prepare_compiler"]

_free: queue.SimpleQueue[Any] = queue.SimpleQueue()
"""Idle compilers, oldest first; each keeps its fonts and typst's memoized results for the next document."""


def _new_compiler() -> Any:
    import typst

    return typst.Compiler(font_paths=font_paths(), ignore_system_fonts=True)


def prepare_compiler() -> None:
    """Make a compiler (its fonts read) for the next PDF, unless one is idle: run it while the document is still being written."""
    if _free.empty():
        _free.put(_new_compiler())


@contextlib.contextmanager
def _compiler() -> Iterator[Any]:
    try:
        compiler = _free.get_nowait()
    except queue.Empty:
        compiler = _new_compiler()
    try:
        yield compiler
    finally:
        _free.put(compiler)


def compile_pdf_warm(
    typst_source: bytes, meta: dict[str, Any], figures: dict[str, bytes], timestamp: int, fonts: dict[str, bytes] | None = None,
) -> bytes:
    """Like ``smkonzept.pdf.compile_pdf`` (same root contents, inputs, standards and timestamp) with a reused compiler.

    A compiler knows its fonts from the start; a document with house fonts is compiled by ``compile_pdf``.
    """
    if fonts:
        return compile_pdf(typst_source, meta, figures, timestamp, fonts)
    with private_folder("typst") as root:
        main = prepare_root(root, typst_source, figures, {})
        try:
            with _compiler() as compiler:
                pdf = compiler.compile(
                    str(main),
                    root=str(root),
                    sys_inputs={"smkonzept-meta": json.dumps(meta, ensure_ascii=False)},
                    pdf_standards=[*PDF_STANDARDS],
                    timestamp=timestamp,
                )
        except Exception as exc:
            raise SmkonzeptError(f"typst konnte das PDF nicht erzeugen: {exc}") from exc
    return without_default_suspects(pdf)
