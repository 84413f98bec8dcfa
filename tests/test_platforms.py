"""Facts of single built-in platforms beyond the plugin contract (tests/test_plugin_contract.py checks that)."""

from __future__ import annotations

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
    assert "Sachsen" in known["social.sachsen.de"].name


def test_mastodon_hosts_are_normalised():
    for host in registered(mastodon).known_operators:
        assert host == host.encode("idna").decode("ascii").lower()
    assert "bawü.social".encode("idna").decode("ascii") in registered(mastodon).known_operators
