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
    """A chapter of the core: required chapters cannot be left out, others are on by default."""

    id: str
    title: str
    required: bool = False
    default: bool = True


CORE_CHAPTERS = (
    CoreChapter("einleitung", "Einleitung und gesetzlicher Auftrag"),
    CoreChapter("rechtsgrundlage", "Rechtsgrundlagen"),
    CoreChapter("erforderlichkeit", "Erforderlichkeit", required=True),
    CoreChapter(PLATFORMS_CHAPTER, "Beschreibung des Angebots", required=True),
    CoreChapter("schaltflaechen", "Social-Media-Schaltflächen auf der Website", default=False),
    CoreChapter("betreuung", "Redaktionelle und technische Betreuung", required=True),
    CoreChapter("betroffenenrechte", "Wahrnehmung der Rechte der Betroffenen", required=True),
    CoreChapter("alternativen", "Alternative Informations- und Kommunikationsmöglichkeiten", required=True),
    CoreChapter("datensparsamkeit", "Datensparsamkeit und Datenschutzerklärung"),
    CoreChapter("risiko", "Risikoabwägung und Datenschutz-Folgenabschätzung", required=True),
    CoreChapter("sensibilisierung", "Sensibilisierung"),
    CoreChapter("evaluierung", "Veröffentlichung, Evaluierung und Selbstverpflichtung", required=True),
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
