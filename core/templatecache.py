"""Compiled chapter templates kept beside smkonzept's own Python bytecode, under the same rules.

Compiling the templates costs a build about 100 ms. Their compiled code is kept where Python keeps
the compiled modules of this package (``__pycache__`` next to them, or below ``sys.pycache_prefix``),
never in a user cache folder: whoever can write there can already replace the package's own
bytecode, which Python runs. Like Python, nothing is written when ``sys.dont_write_bytecode`` is set
or the folder is not writable. An entry is named by the SHA-256 of the template source and of
everything about the environment that shapes compiled code (its class, sandboxing, syntax options,
and how ``finalize`` and each filter and test are called), so code compiled for another environment
is never found. Its header holds the Jinja2 version, Python's bytecode magic and the SHA-256 of the
code that follows; an entry that does not match, cannot be read as code, or is no regular file is
ignored and replaced. Nothing is unpickled.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import secrets
import sys
import types
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from smkonzept.regularfile import read_regular
from smkonzept.tempfiles import owned_prefix, sweep_folder

__all__ = ["PackageBytecodeCache", "environment_signature", "package_cache_folder"]

_MAGIC = b"smkonzept-jinja2\0" + jinja2.__version__.encode("ascii") + b"\0" + importlib.util.MAGIC_NUMBER
_DIGEST = hashlib.sha256().digest_size
_LARGEST = 8 * 1024 * 1024
"""No compiled template comes near this; a larger file is not read."""
KEPT = 256
"""At most this many entries stay; writing a new one removes the oldest beyond it."""


def package_cache_folder() -> Path:
    """Where compiled templates go: the folder Python uses for this module's bytecode, plus ``jinja2``."""
    return Path(importlib.util.cache_from_source(__file__)).parent / "jinja2"


def _calling(function: Any) -> str:
    """How Jinja2 calls ``function`` (with the context, the environment, eval context or only the value)."""
    if function is None:
        return "-"
    return repr(getattr(function, "jinja_pass_arg", None))


def environment_signature(environment: jinja2.Environment) -> str:
    """Everything about ``environment`` that changes the code Jinja2 compiles for it."""
    kind = type(environment)
    options = [
        f"{kind.__module__}.{kind.__qualname__}", f"sandboxed={environment.sandboxed}", f"async={environment.is_async}",
        environment.block_start_string, environment.block_end_string, environment.variable_start_string,
        environment.variable_end_string, environment.comment_start_string, environment.comment_end_string,
        repr(environment.line_statement_prefix), repr(environment.line_comment_prefix),
        f"trim={environment.trim_blocks}", f"lstrip={environment.lstrip_blocks}", repr(environment.newline_sequence),
        f"keep_newline={environment.keep_trailing_newline}", f"optimized={environment.optimized}",
        f"autoescape={environment.autoescape!r}", f"finalize={_calling(environment.finalize)}",
        "extensions=" + ",".join(sorted(environment.extensions)),
    ]
    options += [f"filter {name}={_calling(function)}" for name, function in sorted(environment.filters.items())]
    options += [f"test {name}={_calling(function)}" for name, function in sorted(environment.tests.items())]
    return "\n".join(options)


class PackageBytecodeCache(BytecodeCache):
    """Jinja2's bytecode cache, stored in ``folder`` as described in the module's docstring."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        identity = "\0".join((environment_signature(environment), name, filename or "", source))
        bucket = Bucket(environment, hashlib.sha256(identity.encode("utf-8")).hexdigest(), "")
        self.load_bytecode(bucket)
        return bucket

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.jinjac"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            data = read_regular(self._path(bucket), _LARGEST, follow_links=False)
        except OSError:
            return
        if data is None or len(data) > _LARGEST or not data.startswith(_MAGIC):
            return
        digest, payload = data[len(_MAGIC):len(_MAGIC) + _DIGEST], data[len(_MAGIC) + _DIGEST:]
        if hashlib.sha256(payload).digest() != digest:
            return
        try:
            code = marshal.loads(payload)
        except Exception:
            return
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if sys.dont_write_bytecode or bucket.code is None:
            return
        payload = marshal.dumps(bucket.code)
        target = self._path(bucket)
        temporary = target.with_name(f".{target.name}.{owned_prefix()}.{secrets.token_hex(4)}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            sweep_folder(self.folder)
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, target)
        except OSError:
            return
        finally:
            temporary.unlink(missing_ok=True)  # gone after the replace; left over only if writing failed
        self._prune()

    def _prune(self) -> None:
        try:
            entries = [(entry.stat().st_mtime_ns, entry) for entry in self.folder.glob("*.jinjac")]
        except OSError:
            return
        for _, entry in sorted(entries, reverse=True)[KEPT:]:
            entry.unlink(missing_ok=True)
