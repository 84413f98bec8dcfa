"""Temporary files and folders named after the process that owns them, and their clean-up.

Every name holds ``smk<pid>``. A run that was killed (SIGKILL, power loss) cannot clean up
after itself; the next run removes what processes of the same user left behind that no
longer exist.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smkonzept.errors import Interrupted

__all__ = [
    "deferred_signals", "install_signal_handlers", "owned_prefix", "private_folder", "remove_own_folders", "sweep_folder", "sweep_temp",
]

_STALE = re.compile(r"^(?:smkonzept-[a-z]+-smk(\d+)-[^/]*|\..+\.smk(\d+)\.[0-9A-Za-z_]+\.(?:tmp|old))$")
_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def owned_prefix() -> str:
    """``smk<pid>``: the part of a temporary name that says which process owns it."""
    return f"smk{os.getpid()}"


@contextmanager
def private_folder(kind: str) -> Iterator[Path]:
    """A fresh folder ``smkonzept-<kind>-smk<pid>-…`` in the temporary folder, removed afterwards."""
    folder = tempfile.mkdtemp(prefix=f"smkonzept-{kind}-{owned_prefix()}-")
    try:
        yield Path(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _dead(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def sweep_folder(folder: Path) -> None:
    """Remove what dead smkonzept processes of this user left in ``folder``."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        match = _STALE.match(entry.name)
        if not match or not _dead(int(match.group(1) or match.group(2))):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if uid is not None and info.st_uid != uid:
                continue
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            continue


def sweep_temp() -> None:
    """Remove the temporary folders of dead smkonzept processes of this user."""
    sweep_folder(Path(tempfile.gettempdir()))


def _raise(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def install_signal_handlers() -> None:
    """Make SIGTERM and SIGHUP, like Ctrl-C, unwind the program so temporary files are removed."""
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in _SIGNALS:
        signal.signal(signum, _raise)


class _Deferred:
    def __init__(self) -> None:
        self.received: int | None = None

    def handler(self, signum: int, frame: object) -> None:
        if self.received is None:
            self.received = signum

    def checkpoint(self) -> None:
        """Raise Interrupted if a signal came in since the block began."""
        if self.received is not None:
            raise Interrupted(self.received)


@contextmanager
def deferred_signals() -> Iterator[_Deferred]:
    """Hold back Ctrl-C, SIGTERM and SIGHUP inside the block; ``checkpoint()`` acts on them.

    A signal not acted on inside the block is raised when the block ends.
    """
    state = _Deferred()
    if threading.current_thread() is not threading.main_thread():
        yield state
        return
    previous = {signum: signal.signal(signum, state.handler) for signum in _SIGNALS}
    try:
        yield state
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    state.checkpoint()


def remove_own_folders() -> None:
    """Remove this process's temporary folders (before it ends without unwinding)."""
    prefix = "smkonzept-"
    marker = f"-{owned_prefix()}-"
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and marker in entry.name:
            shutil.rmtree(entry.path, ignore_errors=True)
