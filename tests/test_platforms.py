"""The built-in platform plugins: each registers one platform with current, sourced facts."""

from __future__ import annotations

import datetime

import pytest


import smkonzept
from smkonzept.plugins.platforms import facebook, instagram, linkedin, mastodon, twitter, xing, youtube
from helpers import texts

EXPECTED = {
    facebook: {
        "id": "facebook",
        "operator": "Meta Platforms Ireland Ltd.",
        "privacy_url": "https://www.facebook.com/privacy/policy",
        "agreement": "Page Insights Controller Addendum",
    },
    instagram: {
        "id": "instagram",
        "operator": "Meta Platforms Ireland Ltd.",
        "privacy_url": "https://privacycenter.instagram.com/policy",
        "agreement": None,
    },
    mastodon: {
        "id": "mastodon",
        "operator": "Mastodon gGmbH",
        "privacy_url": "https://mastodon.social/terms",
        "agreement": None,
    },
    youtube: {
        "id": "youtube",
        "operator": "Google Ireland Ltd.",
        "privacy_url": "https://policies.google.com/privacy",
        "agreement": None,
    },
    linkedin: {
        "id": "linkedin",
        "operator": "LinkedIn Ireland Unlimited Company",
        "privacy_url": "https://www.linkedin.com/legal/privacy-policy",
        "agreement": "Page Insights Joint Controller Addendum",
    },
    xing: {
        "id": "xing",
        "operator": "New Work SE",
        "privacy_url": "https://privacy.xing.com",
        "agreement": None,
    },
    twitter: {
        "id": "twitter",
        "operator": "X Internet Unlimited Company",
        "privacy_url": "https://x.com/privacy",
        "agreement": None,
    },
}

OUTDATED = (
    "Meta Plattforms",
    "Google Inc.",
    "Twitter Inc.",
    "Instagram LLC",
    "§ 5 TMG",
    "Telemediengesetz",
    "TTDSG",
)

PUBLIC_MASTODON_HOSTS = ("social.bund.de", "xn--baw-joa.social", "social.sachsen.de")

modules = pytest.mark.parametrize("module", list(EXPECTED), ids=lambda module: module.__name__.rpartition(".")[2])


def registered(module) -> smkonzept.Platform:
    platforms: list[smkonzept.Platform] = []
    module.register_platforms(register=platforms.append)
    assert len(platforms) == 1
    return platforms[0]


@modules
def test_identity(module):
    platform = registered(module)
    assert isinstance(platform, smkonzept.Platform)
    assert platform.id == EXPECTED[module]["id"]
    assert platform.name
    assert platform.website.startswith("https://")


@modules
def test_operator(module):
    operator = registered(module).operator
    assert operator.name == EXPECTED[module]["operator"]
    assert operator.privacy_url == EXPECTED[module]["privacy_url"]
    assert operator.address and operator.country


@modules
def test_joint_controller_agreement(module):
    agreement = registered(module).joint_controller_agreement
    expected = EXPECTED[module]["agreement"]
    if expected is None:
        assert agreement is None
    else:
        assert agreement is not None
        assert agreement.name == expected
        assert agreement.url.startswith("https://")


@modules
def test_texts_present(module):
    platform = registered(module)
    assert platform.description.strip()
    assert platform.advantages.strip()
    assert platform.interaction.strip()
    assert platform.default_purpose.strip()
    assert platform.default_audience.strip()
    assert 3 <= len(platform.default_contents) <= 5


@modules
def test_sources_and_date(module):
    platform = registered(module)
    assert platform.sources
    assert all(source.startswith("https://") for source in platform.sources)
    assert isinstance(platform.verified, datetime.date)


@modules
def test_no_outdated_references(module):
    found = [(old, text) for text in texts(registered(module)) for old in OUTDATED if old in text]
    assert not found


@modules
def test_risk_factors(module):
    factors = registered(module).risk_factors
    assert factors
    ids = [factor.id for factor in factors]
    assert len(ids) == len(set(ids))
    for factor in factors:
        scores = [factor.severity, factor.likelihood, factor.residual_severity, factor.residual_likelihood]
        assert all(score is None or 1 <= score <= 4 for score in scores)


def test_twitter_is_x():
    platform = registered(twitter)
    assert platform.name == "X (vormals Twitter)"
    assert platform.aliases == ("x",)


def test_third_countries():
    for module in (facebook, instagram, youtube, linkedin, twitter):
        transfer = registered(module).third_country
        assert transfer is not None and transfer.countries == ("USA",)
    assert registered(mastodon).third_country is None
    assert registered(xing).third_country is None


def test_mastodon_has_no_tracking_or_third_country_risk():
    ids = {factor.id for factor in registered(mastodon).risk_factors}
    assert "profilbildung" not in ids
    assert "drittland" not in ids


def test_mastodon_known_operators():
    known = registered(mastodon).known_operators
    for host in PUBLIC_MASTODON_HOSTS:
        assert host in known
        assert known[host].privacy_url.startswith("https://")
    assert known["mastodon.social"].name == "Mastodon gGmbH"
    assert known["social.bund.de"].name.startswith("Die Bundesbeauftragte für den Datenschutz")
    assert known["xn--baw-joa.social"].name.endswith("Baden-Württemberg")
    assert known["social.sachsen.de"].name == "Die Sächsische Datenschutz- und Transparenzbeauftragte"


def test_mastodon_hosts_are_normalised():
    for host in registered(mastodon).known_operators:
        assert host == host.encode("idna").decode("ascii").lower()
    assert "bawü.social".encode("idna").decode("ascii") in registered(mastodon).known_operators


def test_linkedin_transfer_rests_on_its_dpf_certification():
    # Review 1, B1: LinkedIn states that LinkedIn Corporation is certified under the EU-US DPF.
    transfer = registered(linkedin).third_country
    assert transfer.mechanism == "adequacy"
    assert "https://www.linkedin.com/help/linkedin/answer/62533" in transfer.sources
    assert "Standardvertragsklauseln" in transfer.basis
    assert transfer.verified == datetime.date(2026, 11, 25)
    # Google's listing could not be confirmed on an official page: YouTube stays unverified.
    assert registered(youtube).third_country.mechanism == "unverified"


def test_operator_addresses_only_as_confirmed():
    # Review 1, B2: New Work SE's street address is in XING's privacy policy; X's was not confirmed.
    assert registered(xing).operator.address == "Am Strandkai 1, 20457 Hamburg"
    assert "https://privacy.xing.com/en/privacy-policy/printable-version" in registered(xing).sources
    assert registered(twitter).operator.address == "Dublin"


def test_dsa_decision_is_not_sourced_to_a_dollar_figure():
    # Review 1, B4: the former source gave the fine as "140 million" (US dollars) in its address.
    decision = next(r for r in registered(twitter).rulings if r.body == "Europäische Kommission")
    assert "120 Millionen Euro" in decision.holding
    assert not any("140-million" in source for source in decision.sources)


def test_full_titles_of_the_authorities_running_servers():
    # Review 1, C12: the BfDI's title in full.
    assert "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (social.bund.de)" in registered(mastodon).description


def test_dsk_opinion_links_the_list_with_version_1_1_and_the_faq():
    from smkonzept import catalogue

    # Review 1, B3: the first (linked) source is the page listing V1.1 and the FAQ of 22 June 2022.
    assert catalogue.DSK_FANPAGE_OPINION.sources[0] == catalogue.DSK_FANPAGE_PAGE
    assert "Fassung 1.1 vom 10. November 2022" in catalogue.DSK_FANPAGE_OPINION.reference
