"""The concept's chapters as the core defines them: ids, titles, order and which are required."""

from __future__ import annotations

from functools import cache
from importlib import resources

import attrs

from smkonzept.models import SectionSpec

__all__ = ["CORE_CHAPTERS", "CORE_CHAPTER_IDS", "CoreChapter", "PLATFORMS_CHAPTER", "core_sections"]

PLATFORMS_CHAPTER = "angebot"


@attrs.frozen
class CoreChapter:
    """A chapter of the core: required chapters cannot be left out, others are on by default.

    ``reason`` says in German why a required chapter must be there; error messages quote it.
    """

    id: str
    title: str
    required: bool = False
    default: bool = True
    reason: str = ""


CORE_CHAPTERS = (
    CoreChapter("einleitung", "Einleitung und gesetzlicher Auftrag"),
    CoreChapter("rechtsgrundlage", "Rechtsgrundlagen", required=True, reason="Art. 13 Abs. 1 Buchst. c DSGVO verlangt, die Rechtsgrundlage der Verarbeitung zu nennen (Art. 6 Abs. 1 Buchst. e DSGVO mit der Norm des Landesgesetzes)"),
    CoreChapter("erforderlichkeit", "Erforderlichkeit", required=True, reason="eine öffentliche Stelle darf nur verarbeiten, was für ihre Aufgabe erforderlich ist (Art. 6 Abs. 1 Buchst. e DSGVO)"),
    CoreChapter(PLATFORMS_CHAPTER, "Beschreibung des Angebots", required=True, reason="Zweck, Art und Umfang jedes Kontos müssen beschrieben sein"),
    CoreChapter("schaltflaechen", "Social-Media-Schaltflächen auf der Website", default=False),
    CoreChapter("betreuung", "Redaktionelle und technische Betreuung", required=True, reason="es trägt die Anbieterkennzeichnung nach § 18 Abs. 1 MStV (soweit anwendbar auch § 5 DDG) und die Angabe der Verantwortlichen nach § 18 Abs. 2 MStV"),
    CoreChapter("betroffenenrechte", "Wahrnehmung der Rechte der Betroffenen", required=True, reason="Art. 12 bis 21 DSGVO und Art. 13 Abs. 1 Buchst. b DSGVO (Kontakt der oder des Datenschutzbeauftragten)"),
    CoreChapter("alternativen", "Alternative Informations- und Kommunikationsmöglichkeiten", required=True, reason="niemand darf gezwungen sein, ein Netzwerk zu nutzen, um die Stelle zu erreichen"),
    CoreChapter("datensparsamkeit", "Datensparsamkeit und Datenschutzerklärung"),
    CoreChapter("risiko", "Risikoabwägung und Datenschutz-Folgenabschätzung", required=True, reason="Art. 35 DSGVO verlangt die Datenschutz-Folgenabschätzung"),
    CoreChapter("sensibilisierung", "Sensibilisierung"),
    CoreChapter("evaluierung", "Veröffentlichung, Evaluierung und Selbstverpflichtung", required=True, reason="die Aufsichtsbehörden verlangen eine regelmäßige Evaluierung und die Veröffentlichung von Konzept und Ergebnis"),
)
CORE_CHAPTER_IDS = tuple(chapter.id for chapter in CORE_CHAPTERS)


@cache
def core_sections() -> dict[str, SectionSpec]:
    """The core chapters as section specs, their templates read from ``templates/chapters``."""
    folder = resources.files("smkonzept") / "templates" / "chapters"
    sections = {}
    previous = ""
    for chapter in CORE_CHAPTERS:
        template = (folder / f"{chapter.id}.md.j2").read_text(encoding="utf-8")
        sections[chapter.id] = SectionSpec(
            id=chapter.id, title=chapter.title, template=template, after=previous, optional=not chapter.default
        )
        previous = chapter.id
    return sections
