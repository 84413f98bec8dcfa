"""Writing output files atomically: all of a build's files appear together, or none changes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from smkonzept.errors import InputError

__all__ = ["write_all"]


def write_all(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary name in its folder, then rename them all into place."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            except OSError as exc:
                raise InputError(f"Der Ausgabeordner {path.parent} ist nicht beschreibbar ({exc.strerror}).") from None
            staged.append((temporary, path))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, 0o644)
        for temporary, path in staged:
            os.replace(temporary, path)
        staged.clear()
    finally:
        for temporary, _ in staged:
            try:
                os.unlink(temporary)
            except FileNotFoundError:
                pass
