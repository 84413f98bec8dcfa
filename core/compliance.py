"""Checking an assembled document: the core's own requirements and the state authority's guidance."""

from __future__ import annotations

from smkonzept import checks
from smkonzept.assemble import Document
from smkonzept.models import Requirement

__all__ = ["CORE_REQUIREMENTS", "evaluate", "evaluate_core"]

CORE_REQUIREMENTS = (
    Requirement(id="aufgabennorm", text="Gesetzliche Aufgabe genannt, auf die sich die Öffentlichkeitsarbeit stützt", check=checks.mandate_named()),
    Requirement(id="rechtsgrundlage", text="Rechtsgrundlage genannt (Art. 6 Abs. 1 Buchst. e DSGVO mit der Norm des Landes)", check=checks.legal_basis_named()),
    Requirement(id="datenschutzbeauftragte", text="Eigene Kontaktdaten der oder des Datenschutzbeauftragten (Art. 13 Abs. 1 Buchst. b DSGVO)", check=checks.data_protection_officer_named()),
    Requirement(id="verantwortlichkeit", text="Verantwortlichkeit für jedes Konto festgelegt", check=checks.controllership_stated()),
    Requirement(id="dsfa-entscheidung", text="Stellungnahme der oder des Datenschutzbeauftragten und Entscheidung zur Folgenabschätzung festgehalten", check=checks.decision_recorded()),
    Requirement(id="konsultation", text="Bei hohem Restrisiko: vorherige Konsultation nach Art. 36 DSGVO festgehalten", check=checks.consultation_recorded()),
    Requirement(id="aktualitaet", text="Alle Angaben zu Plattformen, Gesetz und Rechtsprechung in den letzten 12 Monaten geprüft", check=checks.facts_current(12)),
)
"""Requirements every concept must meet, whatever the state; ``check`` and ``build`` report them."""


def evaluate_core(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each core requirement with None (met) or what is missing."""
    return [(requirement, requirement.check(document)) for requirement in CORE_REQUIREMENTS]


def evaluate(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each requirement of the law's guidance with None (met) or what is missing."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    return [(requirement, requirement.check(document)) for requirement in guidance.requirements]
