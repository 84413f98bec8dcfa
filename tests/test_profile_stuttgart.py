"""The profile of the IHK Region Stuttgart (seed 002): its facts, its chapter order and no outdated references."""

from __future__ import annotations

from helpers import PROFILES, SeedProfileChecks, chapter_titles

PROFILE = "ihk-region-stuttgart.yaml"

# Facts taken from seed 002 (IHK Region Stuttgart); each must appear in the built concept.
# "Bildungshaus" left the list after review R6 (A4): the seed names its presences but no accounts, so the
# profile no longer mentions them.
FACTS = [
    "IHK Region Stuttgart",
    "IHK-Azubi-Guide",
    "IHK-Bezirkskammer Böblingen",
    "IHK-Bezirkskammer Göppingen",
    "Landkreis Böblingen",
    "Carina Lachnit",
    "kommunikation@stuttgart.ihk.de",
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

class TestSeedProfile(SeedProfileChecks):
    """The checks every seed profile gets: facts, chapter order, no outdated references."""

def test_accounts_per_platform():
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    found = {use.platform.id: [account.account.name for account in use.accounts] for use in document.platforms}
    assert found == ACCOUNTS

def test_social_bookmarks_chapter_is_switched_on():
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    assert "schaltflaechen" in document.chapter_ids

def test_external_officer_and_current_law(seed):
    assert "externe Datenschutzbeauftragte" in seed.text
    assert "§ 5 DDG" in seed.text
    assert "X (vormals Twitter)" in seed.text


def test_review_wording(seed):
    # Review 1: B17, B19, C3, C8, C9.
    assert "grundsätzlich nicht erbracht" not in seed.text and "Verwaltungsleistungen im eigentlichen Sinn werden dort nicht erbracht" in seed.text
    assert "verantwortlich für sie ist die Organisationseinheit Kommunikation" in seed.text
    assert "setzt dafür" not in seed.text
    assert "behördlichen Datenschutzbeauftragten" not in seed.text
    for phrase in ("lohnt sich", "Gefühlen", "Kundinnen und Kunden an sich"):
        assert phrase not in seed.text
    assert "Fachleute etabliert" not in seed.text
