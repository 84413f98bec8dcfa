"""Compliance with the authority's guidance: ready-made checks for ``Requirement.check`` and ``evaluate``.

A check returns None when the element is met, or a German sentence naming what is missing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from smkonzept.german import interval

if TYPE_CHECKING:
    from smkonzept.document import Document
    from smkonzept.models import Requirement

__all__ = [
    "accounts_described",
    "alternative_channels",
    "chapter_present",
    "data_protection_officer_named",
    "editorial_responsibility_named",
    "evaluate",
    "evaluation_at_least_every",
    "imprint_linked",
    "publication_named",
]

Check = Callable[["Document"], "str | None"]


def _ready(check: Check) -> Callable[[], Check]:
    """A check without parameters, offered like the others: a function that returns it."""

    def make() -> Check:
        return check

    make.__name__ = make.__qualname__ = check.__name__
    make.__doc__ = check.__doc__
    return make


def _filled(missing: str, *fields: str) -> Check:
    """Met when every profile field (dotted path, e.g. ``chamber.website``) holds more than blanks."""

    def check(document: Document) -> str | None:
        values = [functools.reduce(getattr, field.split("."), document.profile) for field in fields]
        return None if all(str(value or "").strip() for value in values) else missing

    return check


def evaluate(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each requirement of the law's guidance with None (met) or what is missing."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    return [(requirement, requirement.check(document)) for requirement in guidance.requirements]


def evaluation_at_least_every(months: int) -> Check:
    """Met when ``evaluation.interval_months`` is at most ``months``."""

    def check(document: Document) -> str | None:
        given = document.profile.evaluation.interval_months
        if given <= months:
            return None
        return (
            f"Die Richtlinie verlangt eine Evaluierung mindestens {interval(months)} "
            f"(höchstens alle {months} Monate); das Profil sieht {interval(given)} vor "
            f"(evaluation.interval_months: {given})."
        )

    return check


def editorial_responsibility_named() -> Check:
    """Met when a unit and an e-mail address for editorial care are named."""
    return _filled("Es ist keine Stelle für die redaktionelle Betreuung benannt (editorial.unit, editorial.email).", "editorial.unit", "editorial.email")


def data_protection_officer_named() -> Check:
    """Met when the data protection officer has a name and an e-mail address."""
    return _filled("Für die Rechte der Betroffenen ist niemand benannt (data_protection_officer).", "data_protection_officer.name", "data_protection_officer.email")


def chapter_present(chapter_id: str, what: str) -> Check:
    """Met when the document contains the chapter ``chapter_id``; ``what`` names it in messages."""

    def check(document: Document) -> str | None:
        if chapter_id in document.chapter_ids:
            return None
        return f"Das Kapitel „{what}“ ({chapter_id}) fehlt im Dokument."

    return check


@_ready
def alternative_channels(document: Document) -> str | None:
    """Met when the alternatives chapter is present and the chamber gives phone, e-mail and address."""
    chamber = document.profile.chamber
    missing = [name for name, value in (("Telefon", chamber.phone), ("E-Mail", chamber.email), ("Anschrift", chamber.address.street)) if not value.strip()]
    if "alternativen" not in document.chapter_ids:
        missing.insert(0, "Kapitel „alternativen“")
    return f"Für alternative Kontaktwege fehlt: {', '.join(missing)}." if missing else None


def imprint_linked() -> Check:
    """Met when the chamber's website (with its imprint under § 5 DDG) is given."""
    return _filled("Es fehlt die Website mit der Anbieterkennzeichnung nach § 5 DDG (chamber.website).", "chamber.website")


@_ready
def accounts_described(document: Document) -> str | None:
    """Met when every account has a purpose, an audience and contents (own or the platform's)."""
    empty = [use.account.name for use in document.account_uses if not (use.purpose and use.audience and use.contents)]
    return f"Ohne Zweck, Zielgruppe oder Inhalte beschrieben: {', '.join(empty)}." if empty else None


def publication_named() -> Check:
    """Met when the profile says where the concept is published (``document.publication_url``)."""
    return _filled("Es ist nicht angegeben, wo das Konzept veröffentlicht wird (document.publication_url).", "document.publication_url")