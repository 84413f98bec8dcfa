"""The profile of the IHK Dresden (seed 001): its facts, its chapter order and no outdated references."""

from __future__ import annotations

import pytest

from helpers import PROFILES, chapter_titles, html_text, in_order, outdated_in, render_html

PROFILE = "ihk-dresden.yaml"

# Facts taken from seed 001 (IHK Dresden, July 2018); each must appear in the built concept.
FACTS = [
    "IHK Dresden",
    "dresden.ihk.de",
    "Facebook",
    "Moritz John",
    "Lars Fiehler",
    "Michael Matthes",
    "Matthias Hartmann",
    "https://www.dresden.ihk.de/D85734",
    "https://www.dresden.ihk.de/D88195",
    "3.600",
    "07/18",
    "halbjährlich",
    "Insights",
    "IHK-Zeitschrift",
    "Newsletter",
    "Einladungsschreiben",
    "Interessenvertretung",
    "hoheitlichen Aufgaben",
    "Öffnungszeiten",
    "Pressemitteilungen",
    "Fax",
    "breite Öffentlichkeit",
    "weitere Partner",
    "Direktnachricht",
    "Kommentieren, Teilen oder Bewerten",
    "Social-Media-Datenschutzerklärung",
]

# The seed's eight numbered chapters, in the seed's order, as the profile titles them.
CHAPTERS = [
    "Erforderlichkeit",
    "Beschreibung des Social-Media-Angebotes",
    "Alternative Informations- und Kommunikationsmöglichkeiten",
    "Redaktionelle und technische Betreuung",
    "Wahrnehmung der Rechte der Betroffenen",
    "Datensparsamkeit und Folgenabschätzung",
    "Sensibilisierung",
    "Veröffentlichung/Evaluierung",
]


@pytest.fixture(scope="module")
def html() -> bytes:
    return render_html(PROFILE)


@pytest.fixture(scope="module")
def text(html) -> str:
    return html_text(html)


def test_enough_facts():
    assert len(FACTS) >= 20
    assert len(set(FACTS)) == len(FACTS)


@pytest.mark.parametrize("fact", FACTS)
def test_fact_appears(text, fact):
    assert fact in text


def test_chapters_in_seed_order(html):
    titles = chapter_titles(html)
    missing = [title for title in CHAPTERS if title not in titles]
    assert not missing, f"fehlende Kapitel: {missing}; vorhanden: {titles}"
    assert in_order(CHAPTERS, titles), titles


def test_no_chapters_beyond_the_seed(html):
    assert chapter_titles(html) == CHAPTERS


def test_current_law_replaces_the_old_references(text):
    assert "§ 5 DDG" in text
    assert "Art. 12 bis 22 DSGVO" in text
    assert "§§ 7 bis 10 SächsDSDG" in text


def test_x_replaces_twitter(text):
    assert "X (vormals Twitter)" in text


def test_no_outdated_references(text):
    assert outdated_in(text) == []


def test_profile_file_has_no_outdated_references():
    assert outdated_in((PROFILES / PROFILE).read_text(encoding="utf-8")) == []
