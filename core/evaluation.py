"""The previous edition of a profile and the change report the evaluation document reads."""

from __future__ import annotations

from typing import Any

from smkonzept.assemble import assemble
from smkonzept.changes import ChangeReport, compare
from smkonzept.document import Document
from smkonzept.profile import LoadedProfile
from smkonzept.profile.previous import load_previous
from smkonzept.profile.resolve import plugin_problems, validate_document
from smkonzept.registry import Registry

__all__ = ["load_report", "previous_edition"]


def load_report(loaded: LoadedProfile, concept: Document, registry: Registry) -> ChangeReport | None:
    """The changes since the edition ``evaluation.previous`` names, or None when it names none.

    The previous edition is read, checked and assembled with ``registry``, like the profile itself;
    raise ProfileError, located at ``evaluation.previous``, when it cannot be.
    """
    previous = load_previous(loaded, lambda edition: plugin_problems(edition, registry))
    if previous is None:
        return None
    old = assemble(previous.profile, registry)
    validate_document(previous, old)
    return compare(old, concept, str(loaded.profile.evaluation.previous), loaded.path.name)


def previous_edition(loaded: LoadedProfile, concept: Document, registry: Registry) -> dict[str, Any]:
    """Template values for the bundle of ``loaded``: ``previous``, the change report, or None."""
    return {"previous": load_report(loaded, concept, registry)}
