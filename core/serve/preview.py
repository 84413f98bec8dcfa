"""The editor's preview HTML, the same bytes as ``build`` writes, with pandoc reading, filtering and writing only the chapters an edit changed.

A long-lived ``pandoc lua`` process (``preview.lua``) keeps the parse, the filtered blocks and the
HTML of every chapter of the last preview, and the page around them. Whatever it cannot take apart safely (``smkonzept.engine.chapters``: footnotes, link definitions or
references that may reach across chapters) and any error it reports are rendered whole through the build's engine instead.
"""

from __future__ import annotations

import json
import os
import subprocess
from importlib import resources

from smkonzept.document import Document
from smkonzept.engine.chapters import chapters
from smkonzept.engine.pandoc_batch import PandocBatch
from smkonzept.engine.render import Engine, _jobs
from smkonzept.errors import SmkonzeptError
from smkonzept.pandoc import READER, pandoc_path
from smkonzept.render import Source

__all__ = ["Preview", "chapters"]


class _PreviewProcess(PandocBatch):
    def _start(self) -> subprocess.Popen[bytes]:
        script = str(resources.files("smkonzept.serve") / "preview.lua")
        return subprocess.Popen(
            [pandoc_path(), "lua", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env={**os.environ, "SOURCE_DATE_EPOCH": "0", "LANG": "C.UTF-8"},
        )

    def html(self, chunks: list[str], headings: str, job: dict[str, object]) -> bytes:
        job_key = json.dumps(job, ensure_ascii=False, sort_keys=True)
        request = {"reader": READER, "chunks": chunks, "headings": headings, "job": job, "job_key": job_key}
        return self.exchange(request, "Vorschau (pandoc)", lambda header, read: read(header["size"]))


class Preview:
    """HTML previews of one document after another; close it when done."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._process = _PreviewProcess()
        self.whole = 0
        """How many previews were rendered whole through the engine instead of chapter by chapter."""

    def html(self, document: Document) -> bytes:
        """The document's HTML, byte for byte what ``build`` writes."""
        source = Source.of(document)
        parts = chapters(source.markdown)
        if parts is not None:
            (_, job), = _jobs(source, ["html"])
            try:
                return self._process.html(parts[0], parts[1], job.request())
            except SmkonzeptError:
                pass
        self.whole += 1
        return self._engine.render(document, ["html"])["html"]

    def close(self) -> None:
        self._process.close()
