"""``evaluation.previous``: the profile of the previous edition, found next to the profile and read like it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smkonzept.errors import ProfileError
from smkonzept.profile.load import LoadedProfile, _base_refusal, _tree, read_profile
from smkonzept.profile.yamlsource import FieldPath

__all__ = ["FIELD", "load_previous", "previous_path", "previous_problems"]

FIELD: FieldPath = ("evaluation", "previous")

Checks = Callable[[LoadedProfile], list[str]]


def previous_path(loaded: LoadedProfile) -> Path | None:
    """The previous edition's file, relative to the file that names it, or None when none is named."""
    name = loaded.profile.evaluation.previous
    if name is None:
        return None
    return loaded.lines.get(FIELD, (loaded.path, 0))[0].parent / name


def _refusal(loaded: LoadedProfile) -> str | None:
    name = loaded.profile.evaluation.previous or ""
    if not name.strip() or "\x00" in name:
        return "„evaluation.previous“ muss den Dateinamen des Profils der vorigen Ausgabe nennen."
    path = previous_path(loaded)
    assert path is not None
    return _base_refusal(name, path, _tree(loaded.path), key="evaluation.previous", what="Das Profil der vorigen Ausgabe")


def load_previous(loaded: LoadedProfile, checks: Checks) -> LoadedProfile | None:
    """The previous edition read and checked with ``checks`` (not its own previous edition), or None.

    Raise ProfileError located at ``evaluation.previous`` when the file is missing or not a valid profile.
    """
    path = previous_path(loaded)
    if path is None:
        return None
    refusal = _refusal(loaded)
    if refusal:
        raise ProfileError([loaded.problem(FIELD, refusal)])
    try:
        return read_profile(path, checks)
    except ProfileError as error:
        reasons = "\n".join(f"  {problem}" for problem in error.problems)
        raise ProfileError([loaded.problem(FIELD, f"Das Profil der vorigen Ausgabe „{loaded.profile.evaluation.previous}“ ist nicht gültig:\n{reasons}")]) from error


def previous_problems(loaded: LoadedProfile, checks: Checks) -> list[str]:
    """Why ``evaluation.previous`` cannot be read, as located German errors; empty when it can."""
    try:
        load_previous(loaded, checks)
    except ProfileError as error:
        return list(error.problems)
    return []
