"""One long-lived ``pandoc lua`` process that converts many documents, each read once for all its formats."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import threading
from importlib import resources
from collections.abc import Callable
from typing import IO, Any, TypeVar

import attrs

from smkonzept.errors import SmkonzeptError
from smkonzept.pandoc import READER, pandoc_path

__all__ = ["PandocBatch", "Job"]

T = TypeVar("T")

_FIXED_EPOCH = "0"
"""pandoc reads SOURCE_DATE_EPOCH once per process; only DOCX uses it and ``finish_docx`` rewrites those dates."""
_GHCRTS = "-A64m"
"""A 64 MB allocation area for pandoc's garbage collector: 10–20 % less CPU per document, about 15 MB more memory.
Given as GHCRTS, which a pandoc built without RTS options ignores (with a warning) instead of failing."""


@attrs.frozen
class Job:
    """One output of a document: pandoc's writer ``to`` with the options the command line would pass."""

    to: str
    metadata: dict[str, Any] | None = None
    template: str | None = None
    standalone: bool = False
    toc: bool = False
    toc_depth: int = 3
    number_sections: bool = False
    section_divs: bool = False
    reference_doc: str | None = None
    wrap: str | None = None
    filters: tuple[str, ...] = ()
    variables: dict[str, str] = attrs.field(factory=dict)

    def request(self) -> dict[str, Any]:
        values = attrs.asdict(self)
        values["filters"] = list(self.filters)
        values["metadata"] = None if self.metadata is None else json.dumps(self.metadata, ensure_ascii=False)
        return {key: value for key, value in values.items() if value is not None}


def _script() -> str:
    return str(resources.files("smkonzept") / "engine" / "batch.lua")


class PandocBatch:
    """A ``pandoc lua`` process serving requests one at a time; thread-safe, restarted after a crash."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        env = {**os.environ, "SOURCE_DATE_EPOCH": _FIXED_EPOCH, "LANG": "C.UTF-8", "GHCRTS": _GHCRTS}
        return subprocess.Popen(
            [pandoc_path(), "lua", _script()],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )

    def start(self) -> None:
        """Start the process now (it loads while the caller prepares the first request)."""
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()

    def convert(
        self, markdown: str, jobs: list[Job], part: dict[str, Any] | None = None, globals_: dict[str, Any] | None = None,
    ) -> list[bytes]:
        """Every job's output from one parse of ``markdown``.

        With ``part``, ``markdown`` is one piece of a document (batch.lua says what ``part`` holds and
        what each job answers for it). ``globals_`` are variables every filter sees (not for a part).
        """
        request: dict[str, Any] = {"reader": READER, "markdown": markdown, "jobs": [job.request() for job in jobs]}
        if part is not None:
            request["part"] = part
        return self._converted(request, globals_)

    def convert_after_kept(self, key: str, parse: bytes, jobs: list[Job], globals_: dict[str, Any] | None = None) -> list[bytes]:
        """Every job's output for the document made of the piece this process kept in the request just
        before (its part's ``keep`` was ``key``) and the blocks of ``parse``, the next piece's parse
        (a part's ``send`` output): the same outputs as from the whole document's Markdown."""
        request: dict[str, Any] = {"reader": READER, "after_kept": {"key": key, "json": parse.decode("utf-8")}, "jobs": [job.request() for job in jobs]}
        return self._converted(request, globals_)

    def _converted(self, request: dict[str, Any], globals_: dict[str, Any] | None) -> list[bytes]:
        if globals_:
            request["globals"] = globals_
        return self.exchange(request, "pandoc (Stapelprozess)", lambda header, read: [read(size) for size in header["sizes"]])

    def exchange(self, request: dict[str, Any], name: str, answer: Callable[[dict[str, Any], Callable[[int], bytes]], T]) -> T:
        """Send ``request`` as one length-prefixed JSON message and read the reply with ``answer``
        (the reply's JSON header and a reader of its payload bytes); ``name`` names the process in errors."""
        message = json.dumps(request, ensure_ascii=False).encode("utf-8")
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            process = self._process
            assert process.stdin is not None and process.stdout is not None
            stdout = process.stdout
            try:
                process.stdin.write(struct.pack(">I", len(message)) + message)
                process.stdin.flush()
                header = json.loads(_read(stdout, struct.unpack(">I", _read(stdout, 4))[0]))
                if not header["ok"]:
                    raise SmkonzeptError(f"{name} meldet einen Fehler: {header['error']}")
                return answer(header, lambda size: _read(stdout, size))
            except (OSError, EOFError) as exc:
                self._stop()
                raise SmkonzeptError(f"{name} ist abgebrochen: {exc}") from exc

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            if process.stdin:
                process.stdin.close()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout:
                process.stdout.close()

    def hang_up(self) -> None:
        """Close the process's input: it ends once its current request is answered (``close`` then waits)."""
        with self._lock:
            if self._process is not None and self._process.stdin:
                self._process.stdin.close()

    def close(self) -> None:
        with self._lock:
            self._stop()

    def __enter__(self) -> PandocBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("pandoc hat die Verbindung beendet")
    return data
