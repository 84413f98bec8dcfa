"""Writing output files atomically: all of a build's files appear together, or none changes."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from smkonzept.errors import InputError, SmkonzeptError
from smkonzept.tempfiles import deferred_signals, owned_prefix, sweep_folder

__all__ = ["refuse_overwriting_inputs", "write_all"]


def refuse_overwriting_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Raise InputError if an output path is one of the input files (profile or base)."""
    known: dict[object, Path] = {}
    for source in inputs:
        known[os.path.realpath(source)] = source
        try:
            info = os.stat(source)
            known[(info.st_dev, info.st_ino)] = source
        except OSError:
            pass
    for path in outputs:
        keys: list[object] = [os.path.realpath(path)]
        try:
            info = os.stat(path)
            keys.append((info.st_dev, info.st_ino))
        except OSError:
            pass
        for key in keys:
            if key in known:
                raise InputError(
                    f"Die Ausgabedatei {path} wäre die Eingabedatei {known[key]} selbst und würde sie überschreiben. "
                    "Bitte einen anderen Ausgabeordner (--output) oder ein anderes Format wählen oder die Profildatei umbenennen "
                    "(Endung .yaml). Es wurde nichts geschrieben."
                )


def write_all(files: dict[Path, bytes], mode: int = 0o644) -> None:
    """Write every file to a temporary name in its folder, then rename them all into place.

    The files get the permissions ``mode`` (the editor keeps a profile's own, e.g. 0o600).

    If a rename fails, the files already renamed are put back as they were, so the folder
    holds either all new files or only the old ones; temporary files never remain. Ctrl-C,
    SIGTERM and SIGHUP are held back while files are staged and renamed: they undo the
    write like a failure. Leftovers of killed runs (``.<name>.smk<pid>.….tmp``) are removed.
    """
    for folder in {path.parent for path in files}:
        sweep_folder(folder)
    staged: list[tuple[str, Path]] = []
    renamed: list[tuple[str | None, Path]] = []  # (second name of the file replaced, target)
    with deferred_signals() as signals:
        try:
            for path, data in files.items():
                _stage(path, data, staged, mode)
                signals.checkpoint()
            for temporary, path in staged:
                old = _backup(path)
                try:
                    os.replace(temporary, path)
                except OSError as exc:
                    _remove(old)
                    raise SmkonzeptError(f"Die Ausgabedatei {path} kann nicht geschrieben werden ({exc.strerror}); keine Ausgabe wurde geändert.") from None
                renamed.append((old, path))
            signals.checkpoint()
        except BaseException:
            for old, path in reversed(renamed):
                _restore(old, path)
            renamed.clear()
            raise
        finally:
            for name in [temporary for temporary, _ in staged] + [old for old, _ in renamed]:
                _remove(name)


def _stage(path: Path, data: bytes, staged: list[tuple[str, Path]], mode: int = 0o644) -> None:
    """``data`` written and synced to a hidden temporary file next to ``path``, listed in ``staged``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{owned_prefix()}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"Der Ausgabeordner {path.parent} ist nicht beschreibbar ({exc.strerror}).") from None
    staged.append((temporary, path))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
    except OSError as exc:
        raise SmkonzeptError(f"Die Ausgabedatei {path} kann nicht geschrieben werden ({exc.strerror}).") from None


def _backup(path: Path) -> str | None:
    """A second name for the file now at ``path`` (None if nothing is there), to restore it on failure."""
    if not os.path.lexists(path) or path.is_dir():
        return None
    name = str(path.parent / f".{path.name}.{owned_prefix()}.{secrets.token_hex(6)}.old")
    try:
        os.link(path, name, follow_symlinks=False)
    except OSError:
        try:
            shutil.copyfile(path, name)
        except OSError as exc:
            raise SmkonzeptError(f"Die bisherige Ausgabedatei {path} lässt sich nicht sichern ({exc.strerror}); keine Ausgabe wurde geändert.") from None
    return name


def _restore(old: str | None, path: Path) -> None:
    """Put the old file back at ``path``, or remove the new one if there was none."""
    try:
        if old:
            os.replace(old, path)
        elif not path.is_dir():
            os.unlink(path)
    except OSError:
        pass


def _remove(name: str | None) -> None:
    """Delete a temporary or backup file if it is still there."""
    if not name:
        return
    try:
        os.unlink(name)
    except OSError:
        pass
