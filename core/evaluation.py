"""The previous edition of a profile and the change report the evaluation document reads."""

from __future__ import annotations

from typing import Any

from smkonzept.document import Document
from smkonzept.profile import LoadedProfile

__all__ = ["previous_edition"]


def previous_edition(loaded: LoadedProfile, concept: Document) -> dict[str, Any]:
    """Template values for the bundle of ``loaded``: ``previous``, the change report, or None."""
    return {"previous": None}
