"""Checking an assembled document: the core's own requirements and the state authority's guidance."""

from __future__ import annotations

from smkonzept import checks
from smkonzept.assemble import Document
from smkonzept.models import Requirement

__all__ = ["CORE_REQUIREMENTS", "departures", "evaluate", "evaluate_core", "open_points"]

CORE_REQUIREMENTS = (
    Requirement(id="aufgabennorm", text="Gesetzliche Aufgabe genannt, auf die sich die Öffentlichkeitsarbeit stützt", check=checks.mandate_named()),
    Requirement(id="rechtsgrundlage", text="Rechtsgrundlage genannt (Art. 6 Abs. 1 Buchst. e DSGVO mit der Norm des Landes)", check=checks.legal_basis_named()),
    Requirement(id="datenschutzbeauftragte", text="Eigene Kontaktdaten der oder des Datenschutzbeauftragten (Art. 13 Abs. 1 Buchst. b DSGVO)", check=checks.data_protection_officer_named(), before_signature=True),
    Requirement(id="verantwortlichkeit", text="Verantwortlichkeit für jedes Konto festgelegt", check=checks.controllership_stated(), before_signature=True),
    Requirement(id="auftragsverarbeitung", text="Vertrag nach Art. 28 DSGVO für Konten auf Servern eines Auftragsverarbeiters", check=checks.processor_agreements_recorded(), before_signature=True),
    Requirement(id="dsfa-entscheidung", text="Stellungnahme der oder des Datenschutzbeauftragten und Entscheidung zur Folgenabschätzung festgehalten", check=checks.decision_recorded(), before_signature=True),
    Requirement(id="konsultation", text="Bei hohem Restrisiko der eigenen Verarbeitung: Konsultation nach Art. 36 DSGVO beantwortet oder beantragt, mit Entscheidung über die Konten bis zum Ergebnis", check=checks.consultation_recorded(), before_signature=True),
    Requirement(id="plattform-entscheidung", text="Entscheidung zu Netzwerken, die die Aufsichtsbehörde derzeit nicht für rechtmäßig betreibbar hält", check=checks.platform_decisions_recorded(), before_signature=True),
    Requirement(id="einbindung", text="Festgehalten, ob und wie die Website Inhalte der Netzwerke einbindet", check=checks.embedding_recorded(), before_signature=True),
    Requirement(id="aufbewahrung", text="Aufbewahrungsdauer für selbst verarbeitete Daten festgelegt", check=checks.retention_recorded(), before_signature=True),
    Requirement(id="aktualitaet", text="Alle Angaben zu Plattformen, Gesetz und Rechtsprechung in den letzten 12 Monaten geprüft", check=checks.facts_current(12)),
)
"""Requirements every concept must meet, whatever the state; ``check`` and ``build`` report them.
Those marked ``before_signature`` keep the document a draft while unmet."""


def evaluate_core(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each core requirement with None (met) or what is missing."""
    return [(requirement, requirement.check(document)) for requirement in CORE_REQUIREMENTS]


def evaluate(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each requirement of the law's guidance with None (met, or departed from with a recorded
    reason in ``guidance_departures``) or what is missing."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    departures = document.profile.guidance_departures
    return [(requirement, None if requirement.id in departures else requirement.check(document)) for requirement in guidance.requirements]


def departures(document: Document) -> list[tuple[Requirement, str]]:
    """Each unmet guidance requirement the profile departs from, with the recorded reason."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    reasons = document.profile.guidance_departures
    return [(requirement, str(reasons[requirement.id])) for requirement in guidance.requirements if requirement.id in reasons and requirement.check(document) is not None]


def open_points(document: Document) -> tuple[str, ...]:
    """What must be decided or filled in before the document can be signed: every unmet
    requirement marked ``before_signature``, each as a German sentence naming the profile key."""
    points = [problem for requirement, problem in evaluate_core(document) if requirement.before_signature and problem is not None]
    points += [
        f"{problem} Wird bewusst von der Vorgabe der Aufsichtsbehörde abgewichen, gehört der Grund in guidance_departures.{requirement.id}."
        for requirement, problem in evaluate(document)
        if requirement.before_signature and problem is not None
    ]
    return tuple(dict.fromkeys(points))
