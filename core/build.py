"""The library entry points: load profiles into documents, and build documents into files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from smkonzept.assemble import Document, assemble
from smkonzept.errors import ProfileError
from smkonzept.manager import load_registry
from smkonzept.profile import LoadedProfile, read_profile
from smkonzept.registry import Registry
from smkonzept.render import FORMATS, render
from smkonzept.profile.resolve import validate_against_plugins

__all__ = ["build", "load_document", "load_profiles"]


def load_document(path: str | Path, registry: Registry | None = None) -> tuple[LoadedProfile, Document]:
    """Read, validate and assemble one profile; raises ProfileError with every problem found."""
    registry = registry or load_registry()
    loaded = read_profile(path)
    validate_against_plugins(loaded, registry)
    return loaded, assemble(loaded.profile, registry)


def load_profiles(paths: Iterable[str | Path], registry: Registry) -> list[tuple[LoadedProfile, Document]]:
    """Load every profile; if any is invalid, raise one ProfileError listing all their problems."""
    documents, problems = [], []
    for path in paths:
        try:
            documents.append(load_document(path, registry))
        except ProfileError as error:
            problems.extend(error.problems)
    if problems:
        raise ProfileError(problems)
    return documents


def build(path: str | Path, formats: Iterable[str] = FORMATS, output: str | Path = "build", registry: Registry | None = None) -> list[Path]:
    """Build ``<output>/<profile-stem>.<format>`` for each format; returns the written paths."""
    loaded, document = load_document(path, registry)
    return render(document, formats, Path(output), loaded.path.stem)
