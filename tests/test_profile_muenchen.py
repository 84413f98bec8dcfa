"""The profile of the IHK für München und Oberbayern (seed 003): facts, chapter order, no outdated references."""

from __future__ import annotations

import pytest

from helpers import PROFILES, chapter_titles, html_text, in_order, outdated_in, render_html

PROFILE = "ihk-muenchen-oberbayern.yaml"

# Facts taken from seed 003 (IHK für München und Oberbayern); each must appear in the built concept.
FACTS = [
    "IHK für München und Oberbayern",
    "§ 1",
    "IHKG",
    "regionaler, nationaler, europäischer und internationaler Ebene",
    "nachhaltiger Entwicklung",
    "ehrbaren Kaufleute",
    "§ 17 IHK-Satzung",
    "§ 24 Abs. 1 Satz 1 Wahlordnung",
    "Meine IHK",
    "Online-Magazin",
    "IHK-Magazin",
    "amtliche Publikationsmedien",
    "25 und 54",
    "Schülerinnen und Schüler",
    "Executives",
    "Management",
    "Inhaber",
    "Webinar",
    "Außenwirtschaft",
    "Firmenjubiläen",
    "Ehrenamt",
    "Kooperationspartner",
    "Stellenangebote",
    "Einladungsschreiben",
    "Fax",
    "Facebook",
    "YouTube",
    "LinkedIn",
    "XING",
]

# The seed's chapters in the seed's order, as the profile titles them. The seed's opening part
# has no heading; the profile splits it into the mandate and the necessity.
CHAPTERS = [
    "Gesetzlicher Auftrag",
    "Ziele und Erforderlichkeit",
    "Beschreibung des Social Media-Angebots",
    "Alternative Informations- und Kommunikationsmöglichkeiten",
    "Sensibilisierung",
    "Datensparsamkeit",
]

# The seed's platform order (its headings were lost; the order of the blocks is known).
PLATFORMS = ["facebook", "twitter", "youtube", "linkedin", "xing"]


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


def test_platforms_in_seed_order():
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    assert [use.platform.id for use in document.platforms] == PLATFORMS


def test_mandate_is_a_paraphrase_not_the_quote(text):
    # § 1 IHKG is paraphrased through chamber.mandate; the seed's numbered quotation is not repeated.
    assert "das Gesamtinteresse der ihnen zugehörigen Gewerbetreibenden" not in text
    assert "für die Wahrung von Anstand und Sitte" not in text


def test_accounts_may_be_used_for_contact(text):
    assert "direkte Kontaktaufnahme" in text
    assert "Anliegen im Einzelfall bearbeitet die Kammer nicht öffentlich" not in text


def test_current_law(text):
    assert "Art. 10 BayDSG" in text
    assert "Der Bayerische Landesbeauftragte für den Datenschutz" in text
    assert "X (vormals Twitter)" in text


def test_no_outdated_references(text):
    assert outdated_in(text) == []


def test_profile_file_has_no_outdated_references():
    assert outdated_in((PROFILES / PROFILE).read_text(encoding="utf-8")) == []
