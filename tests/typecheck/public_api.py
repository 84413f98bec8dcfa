"""Checked by ``tox -e typecheck`` (mypy --strict), not run by pytest: the public API has real types.

If ``import smkonzept`` gave ``Any`` again, every ``assert_type`` below would fail.
"""

from __future__ import annotations

from typing_extensions import assert_type

import smkonzept
from smkonzept import testing
from smkonzept.document import Document
from smkonzept.models import Platform


def platform_is_typed(platform: smkonzept.Platform) -> None:
    assert_type(platform, Platform)
    assert_type(platform.risk_factors, tuple[smkonzept.RiskFactor, ...])


def document_is_typed(document: smkonzept.Document) -> str | None:
    assert_type(document, Document)
    assert_type(smkonzept.checks.evaluate(document), list[tuple[smkonzept.Requirement, str | None]])
    return None if document.account_uses else "Das Konzept nennt kein Konto."


def testing_is_typed() -> None:
    assert_type(testing.document_for(testing.minimal_profile()), Document)
