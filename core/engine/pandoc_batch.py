"""One long-lived ``pandoc lua`` process that converts many documents, each read once for all its formats."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import threading
from importlib import resources
from typing import IO, Any

import attrs

from smkonzept.errors import SmkonzeptError
from smkonzept.pandoc import READER, pandoc_path

__all__ = ["PandocBatch", "Job"]

_FIXED_EPOCH = "0"
"""pandoc reads SOURCE_DATE_EPOCH once per process; only DOCX uses it and ``stamp_docx`` rewrites those dates."""


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
        env = {**os.environ, "SOURCE_DATE_EPOCH": _FIXED_EPOCH, "LANG": "C.UTF-8"}
        return subprocess.Popen(
            [pandoc_path(), "lua", _script()],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )

    def convert(self, markdown: str, jobs: list[Job]) -> list[bytes]:
        """Every job's output from one parse of ``markdown``."""
        request = json.dumps(
            {"reader": READER, "markdown": markdown, "jobs": [job.request() for job in jobs]}, ensure_ascii=False
        ).encode("utf-8")
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            process = self._process
            assert process.stdin is not None and process.stdout is not None
            try:
                process.stdin.write(struct.pack(">I", len(request)) + request)
                process.stdin.flush()
                header = json.loads(_read(process.stdout, struct.unpack(">I", _read(process.stdout, 4))[0]))
                if not header["ok"]:
                    raise SmkonzeptError(f"pandoc ist abgebrochen: {header['error']}")
                return [_read(process.stdout, size) for size in header["sizes"]]
            except (OSError, EOFError) as exc:
                self._stop()
                raise SmkonzeptError(f"pandoc (Stapelprozess) ist abgebrochen: {exc}") from exc

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
