"""Reading a file only if it is a regular one: a named pipe or a device never makes the program wait."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["read_regular"]


def read_regular(path: Path, limit: int, follow_links: bool = True) -> bytes | None:
    """The first ``limit + 1`` bytes of ``path``; None if it is not a regular file.

    The file is opened without blocking. A folder raises IsADirectoryError; other OSErrors pass
    through. With ``follow_links`` false, a symbolic link is not followed (OSError).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            return None
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return stream.read(limit + 1)
    finally:
        os.close(descriptor)
