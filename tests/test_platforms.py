"""Facts of single built-in platforms beyond the plugin contract (tests/test_plugin_contract.py checks that)."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept.plugins.platforms import facebook, instagram, linkedin, mastodon, twitter, xing, youtube

PUBLIC_MASTODON_HOSTS = ("social.bund.de", "xn--baw-joa.social", "social.sachsen.de")


def registered(module) -> smkonzept.Platform:
    platforms: list[smkonzept.Platform] = []
    module.register_platforms(register=platforms.append)
    assert len(platforms) == 1
    return platforms[0]


def test_twitter_is_x():
    platform = registered(twitter)
    assert platform.name == "X (vormals Twitter)"
    assert platform.aliases == ("x",)


def test_only_facebook_and_linkedin_offer_a_page_insights_agreement():
    for module in (facebook, linkedin):
        agreement = registered(module).joint_controller_agreement
        assert agreement is not None and "Page Insights" in agreement.name
    for module in (instagram, mastodon, youtube, xing, twitter):
        assert registered(module).joint_controller_agreement is None


def test_third_countries():
    for module in (facebook, instagram, youtube, linkedin, twitter):
        transfer = registered(module).third_country
        assert transfer is not None and transfer.countries == ("USA",)
    assert registered(mastodon).third_country is None
    transfer = registered(xing).third_country
    assert transfer is not None and transfer.mechanism == "unverified"
    assert "Standardvertragsklauseln" in transfer.basis and "Art. 46 DSGVO" in transfer.basis
    assert transfer.sources and transfer.sources[0].startswith("https://privacy.xing.com/")
    assert "drittland" in {factor.id for factor in registered(xing).risk_factors}


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
    # Review 5, B3: Google relies on the EU-US DPF since 1 September 2023 (its frameworks page); X is unconfirmed.
    assert registered(youtube).third_country.mechanism == "adequacy"
    assert "https://policies.google.com/privacy/frameworks" in registered(youtube).sources
    assert registered(twitter).third_country.mechanism == "unverified"


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
