"""The profile of the IHK für München und Oberbayern (seed 003): facts, chapter order, no outdated references."""

from __future__ import annotations

from helpers import PROFILES, SeedProfileChecks, chapter_titles

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

class TestSeedProfile(SeedProfileChecks):
    """The checks every seed profile gets: facts, chapter order, no outdated references."""

def test_platforms_in_seed_order():
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    assert [use.platform.id for use in document.platforms] == PLATFORMS

def test_mandate_is_a_paraphrase_not_the_quote(seed):
    # § 1 IHKG is paraphrased through chamber.mandate; the seed's numbered quotation is not repeated.
    assert "das Gesamtinteresse der ihnen zugehörigen Gewerbetreibenden" not in seed.text
    assert "für die Wahrung von Anstand und Sitte" not in seed.text

def test_accounts_may_be_used_for_contact(seed):
    assert "direkte Kontaktaufnahme" in seed.text
    assert "Anliegen im Einzelfall bearbeitet die Kammer nicht öffentlich" not in seed.text

def test_current_law(seed):
    assert "Art. 10 BayDSG" in seed.text
    assert "Der Bayerische Landesbeauftragte für den Datenschutz" in seed.text
    assert "X (vormals Twitter)" in seed.text


def test_guidance_is_not_claimed_as_followed(seed):
    # Review 1, A13 and C1: the sentence names the guidance as a publication it takes into account.
    assert "Es folgt der" not in seed.text
    assert "Es berücksichtigt die Veröffentlichung der zuständigen Aufsichtsbehörde „Fanpages bayerischer" in seed.text
    assert "grundsätzlich keine Fanpage" in seed.text
    assert "die die Plattformen der IHK bereitstellen" not in seed.text
    assert "Fachleute etabliert" not in seed.text
