"""The profile of the IHK Ulm (seed 000): its facts, its chapter order and no outdated references."""

from __future__ import annotations

from helpers import PROFILES, SeedProfileChecks, chapter_titles

PROFILE = "ihk-ulm.yaml"

# Facts taken from seed 000 (IHK Ulm); each must appear in the built concept.
FACTS = [
    "Industrie- und Handelskammer Ulm",
    "IHK Ulm",
    "Olgastraße 95–101",
    "89073 Ulm",
    "0731 173-0",
    "8 bis 17 Uhr",
    "8 bis 14 Uhr",
    "info@ulm.ihk.de",
    "onlineredaktion@ulm.ihk.de",
    "Pressestelle",
    "https://www.ihk.de/ulm",
    "25 und 65",
    "15 und 40",
    "25 und 44",
    "16 und 69",
    "20 und 65",
    "„Die Wirtschaft“",
    "DIHK",
    "Themenwochen",
    "bawü.social",
    "@LfDI@bawü.social",
    "https://bawü.social/@lfdi",
    "Premiumkonten",
    "Einmal im Jahr",
    "informationelle Selbstbestimmung",
    "Bundesamt für Sicherheit in der Informationstechnik",
    "Datenschutzerklärung zu den Social-Media-Angeboten der IHK Ulm",
]

# The seed's chapters in the seed's order, as the profile titles them: the unheaded opening
# part, one chapter per platform (1–6), then chapters 7–9 and the closing part on data economy.
CHAPTERS = [
    "Social-Media-Kanäle der IHK Ulm",
    "Facebook",
    "Instagram",
    "Mastodon",
    "YouTube",
    "LinkedIn",
    "XING",
    "Risikoabwägung und Datenschutzfolgenabschätzung",
    "Verantwortlichkeiten für die redaktionelle und technische Betreuung",
    "Alternative Kontaktmöglichkeiten",
    "Selbstverpflichtung",
    "Hinweise zur Sicherheit",
    "Datensparsamkeit und Datenschutzerklärung",
]

class TestSeedProfile(SeedProfileChecks):
    """The checks every seed profile gets: facts, chapter order, no outdated references."""

def test_no_invented_account_address():
    # The seed gives no address for any of the IHK Ulm's own accounts.
    from smkonzept.build import load_document

    _, document = load_document(PROFILES / PROFILE)
    assert [use.account.url for use in document.account_uses] == [None] * 6


def test_own_result_no_longer_understates_the_residual_risk(seed):
    assert "gering bis mittel" not in seed.text
    assert "Art. 36" in seed.text


def test_mandate_and_audience_claims_say_no_more_than_their_sources(seed):
    # Review 1, B18 and B10.
    assert "Öffentlichkeitsarbeit gehört zu den gesetzlichen Aufgaben" not in seed.text
    assert "Öffentlichkeitsarbeit nennt § 1 Abs. 1 IHKG nicht ausdrücklich" in seed.text
    assert "Untersuchungen zu Zielgruppen zeigen" not in seed.text
    assert "die obersten Bundesgerichte" not in seed.text
