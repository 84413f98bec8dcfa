"""Compiled chapter templates kept beside smkonzept's own Python bytecode, under the same rules.

Compiling the templates costs a build about 100 ms. Their compiled code is kept where Python keeps
the compiled modules of this package (``__pycache__`` next to them, or below ``sys.pycache_prefix``),
never in a user cache folder: whoever can write there can already replace the package's own
bytecode, which Python runs. Like Python, nothing is written when ``sys.dont_write_bytecode`` is set
or the folder is not writable. Entries are named by the SHA-256 of the template source and the
environment's settings; an entry from another Python or Jinja2 version, or a damaged one, is
ignored and replaced. Nothing is unpickled.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import types
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

__all__ = ["PackageBytecodeCache", "package_cache_folder"]

_HEADER = b"smkonzept-jinja2\0" + jinja2.__version__.encode("ascii") + b"\0" + importlib.util.MAGIC_NUMBER


def package_cache_folder() -> Path:
    """Where compiled templates go: the folder Python uses for this module's bytecode, plus ``jinja2``."""
    return Path(importlib.util.cache_from_source(__file__)).parent / "jinja2"


class PackageBytecodeCache(BytecodeCache):
    """Jinja2's bytecode cache, stored as header + ``marshal`` data in ``folder`` (see the module's docstring)."""

    def __init__(self, folder: Path, settings: str) -> None:
        """``settings``: everything about the environment that changes the compiled code; part of each entry's name."""
        self.folder = folder
        self.settings = settings

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha256(f"{self.settings}\0{name}\0{filename or ''}".encode()).hexdigest()

    def get_source_checksum(self, source: str) -> str:
        return hashlib.sha256(source.encode("utf-8")).hexdigest()

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{hashlib.sha256(f'{bucket.key}{bucket.checksum}'.encode()).hexdigest()}.jinjac"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            data = self._path(bucket).read_bytes()
        except OSError:
            return
        if not data.startswith(_HEADER):
            return
        try:
            code = marshal.loads(data[len(_HEADER):])
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if sys.dont_write_bytecode or bucket.code is None:
            return
        target = self._path(bucket)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(_HEADER + marshal.dumps(bucket.code))
            os.replace(temporary, target)
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass
