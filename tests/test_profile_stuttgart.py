"""The profile of the IHK Region Stuttgart (seed 002): its facts, its chapter order and no outdated references."""

from __future__ import annotations

import pytest

from helpers import PROFILES, chapter_titles, html_text, in_order, outdated_in, render_html

PROFILE = "ihk-region-stuttgart.yaml"

# Facts taken from seed 002 (IHK Region Stuttgart); each must appear in the built concept.
FACTS = [
    "IHK Region Stuttgart",
    "IHK-Azubi-Guide",
    "IHK-Bezirkskammer Böblingen",
    "IHK-Bezirkskammer Göppingen",
    "Landkreis Böblingen",
    "Carina Lachnit",
    "kommunikation@stuttgart.ihk.de",
    "Bildungshaus",
    "SüdWest Datenschutz Rechtsanwaltsgesellschaft mbH",
    "Ludwig-Erhard-Allee 10",
    "76131 Karlsruhe",
    "+49 721 5099-8769",
    "info@suedwest-datenschutz.com",
    "30.000",
    "18 und 34",
    "25 und 54",
    "25 und 44",
    "viermal",
    "Social-Bookmarks",
    "Diesen Inhalt teilen",
    "Telefonhotline",
    "Außenwirtschaft Aktuell",
    "Magazin Wirtschaft",
    "Berufsbildungsverträge",
    "Firmenjubiläen",
    "Stories",
    "Ausbildungsmessen",
    "Newsletter Recht",
    "Instagram",
    "YouTube",
    "LinkedIn",
    "XING",
]

# The seed's chapters in the seed's order, as the profile titles them.
CHAPTERS = [
    "Erforderlichkeit",
    "Beschreibung des Social-Media-Angebots",
    "Social-Media-Buttons auf der Internetseite",
    "Redaktionelle und technische Betreuung/Impressum",
    "Wahrnehmung der Rechte der Betroffenen",
    "Alternative Informations- und Kommunikationsmöglichkeiten",
    "Sensibilisierung",
    "Veröffentlichung/Evaluierung",
    "Datensparsamkeit/Datenschutzerklärung",
]

# Several accounts per platform: each platform section names its accounts.
ACCOUNTS = {
    "facebook": ["IHK Region Stuttgart", "IHK-Bezirkskammer Böblingen"],
    "instagram": ["IHK-Azubi-Guide", "IHK Region Stuttgart", "IHK-Bezirkskammer Böblingen"],
    "twitter": ["IHK Region Stuttgart"],
    "youtube": ["IHK-Azubi-Guide", "IHK Region Stuttgart"],
    "linkedin": ["IHK Region Stuttgart", "IHK-Bezirkskammer Göppingen"],
    "xing": ["IHK Region Stuttgart"],
}


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


def test_accounts_per_platform():
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    found = {use.platform.id: [account.account.name for account in use.accounts] for use in document.platforms}
    assert found == ACCOUNTS


def test_social_bookmarks_chapter_is_switched_on():
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    assert "schaltflaechen" in document.chapter_ids


def test_external_officer_and_current_law(text):
    assert "externe Datenschutzbeauftragte" in text
    assert "§ 5 DDG" in text
    assert "X (vormals Twitter)" in text


def test_no_outdated_references(text):
    assert outdated_in(text) == []


def test_profile_file_has_no_outdated_references():
    assert outdated_in((PROFILES / PROFILE).read_text(encoding="utf-8")) == []
