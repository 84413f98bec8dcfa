"""The profile of the IHK Dresden (seed 001): its facts, its chapter order and no outdated references."""

from __future__ import annotations

from helpers import PROFILES, SeedProfileChecks, chapter_titles

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

class TestSeedProfile(SeedProfileChecks):
    """The checks every seed profile gets: facts, chapter order, no outdated references."""

def test_no_chapters_beyond_the_seed_but_the_required_legal_basis(seed):
    titles = chapter_titles(seed.html)
    assert titles[0] == "Offene Punkte vor der Unterschrift"
    titles = titles[1:]
    assert [title for title in titles if title != "Rechtsgrundlagen"] == CHAPTERS
    assert titles.index("Rechtsgrundlagen") == 1


def test_no_disclaimer_shifting_responsibility_to_users(seed):
    assert "eigener Verantwortung" not in seed.text

def test_current_law_replaces_the_old_references(seed):
    assert "§ 5 DDG" in seed.text
    assert "Art. 12 bis 22 DSGVO" in seed.text
    assert "§§ 7 bis 9 SächsDSDG" in seed.text and "§§ 7 bis 10" not in seed.text

def test_x_replaces_twitter(seed):
    assert "X (vormals Twitter)" in seed.text


def test_no_2018_reach_figure_and_no_conclusion_against_the_assessment(seed):
    # The 2018 reach figure does not carry necessity in a 2026 concept (review 1, B9), and the
    # free-text conclusion "no noteworthy additional disadvantages" contradicted the assessment (A11).
    assert "3.600" not in seed.text and "07/18" not in seed.text
    assert "nennenswerten" not in seed.text
    assert "speichert die IHK Dresden deshalb nicht" not in seed.text


def test_social_sachsen_is_run_by_the_authority(seed):
    assert "social.sachsen.de betreibt die Sächsische Datenschutz- und Transparenzbeauftragte" in seed.text
    assert "nur Ministerien und ihren Behörden offensteht" not in seed.text
    assert "im August 2023" in seed.text
