"""Checking an assembled document against what the state authority's guidance requires."""

from __future__ import annotations

from smkonzept.assemble import Document
from smkonzept.models import Requirement

__all__ = ["evaluate"]


def evaluate(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each requirement of the law's guidance with None (met) or what is missing."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    return [(requirement, requirement.check(document)) for requirement in guidance.requirements]
