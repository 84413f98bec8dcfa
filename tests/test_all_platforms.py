"""A profile with one account on each of the eleven built-in platforms, built under each of the 17 laws.

All 17 laws build HTML and Markdown (fast: pandoc only); three of them, a state with guidance, a
state without and the federal law, build all three formats including DOCX and PDF.
"""

from __future__ import annotations

import pytest

from conftest import MINIMAL_PROFILE
from helpers import html_text
from smkonzept.build import build, load_document
from smkonzept.testing import OUTDATED_TERMS

PLATFORMS = {
    "facebook": ("Meta Platforms Ireland Ltd.", "https://www.facebook.com/privacy/policy"),
    "instagram": ("Meta Platforms Ireland Ltd.", "https://privacycenter.instagram.com/policy"),
    "mastodon": ("Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", "https://social.bund.de/privacy-policy"),
    "youtube": ("Google Ireland Ltd.", "https://policies.google.com/privacy"),
    "linkedin": ("LinkedIn Ireland Unlimited Company", "https://www.linkedin.com/legal/privacy-policy"),
    "xing": ("New Work SE", "https://privacy.xing.com"),
    "twitter": ("X Internet Unlimited Company", "https://x.com/privacy"),
    "tiktok": ("TikTok Technology Limited", "https://www.tiktok.com/legal/privacy-policy-eea?lang=de"),
    "bluesky": ("Bluesky Social, PBC", "https://bsky.social/about/support/privacy-policy"),
    "threads": ("Meta Platforms Ireland Limited", "https://www.threads.net"),
    "whatsapp": ("WhatsApp Ireland Limited", "https://www.whatsapp.com/legal/privacy-policy-eea"),
}
LAWS = (
    "baden-wuerttemberg", "bayern", "berlin", "brandenburg", "bremen", "hamburg", "hessen", "mecklenburg-vorpommern",
    "niedersachsen", "nordrhein-westfalen", "rheinland-pfalz", "saarland", "sachsen", "sachsen-anhalt",
    "schleswig-holstein", "thueringen", "bund",
)
ALL_FORMATS = ("rheinland-pfalz", "nordrhein-westfalen", "bund")
URLS = {"mastodon": "https://social.bund.de/@ihkmusterstadt"}


def profile_text(law: str) -> str:
    accounts = "".join(
        f"  - platform: {platform}\n    name: IHK Musterstadt auf {platform}\n"
        + (f"    url: {URLS[platform]}\n" if platform in URLS else "")
        for platform in PLATFORMS
    )
    base = MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {law}")
    if law == "bund":
        base = base.replace("kind: ihk", "kind: bundesbehoerde").replace("IHK Musterstadt", "Bundesamt für Musterwesen").replace("  short_name:", "  article: das\n  short_name:")
    return base[: base.index("accounts:")] + "accounts:\n" + accounts


def test_the_laws_are_every_built_in_law():
    from smkonzept.manager import load_registry

    assert sorted(load_registry().laws) == sorted(LAWS)


@pytest.mark.parametrize("law", LAWS)
def test_eleven_platforms_build_under_each_law(tmp_path, law):
    path = tmp_path / f"alle-{law}.yaml"
    path.write_text(profile_text(law), encoding="utf-8")
    formats = ["html", "md", "docx", "pdf"] if law in ALL_FORMATS else ["html", "md"]
    outputs = {p.suffix[1:]: p for p in build(path, formats, tmp_path / "out")}
    assert sorted(outputs) == sorted(formats)
    assert all(p.stat().st_size > 10_000 for p in outputs.values())
    text = html_text(outputs["html"].read_bytes())
    for outdated in OUTDATED_TERMS:
        assert outdated not in text
    _, document = load_document(path)
    sections = {s.id: s.body for s in document.sections}
    for platform, (operator, privacy_url) in PLATFORMS.items():
        body = sections[f"plattform-{platform}"]
        assert operator in body, platform
        assert privacy_url in body, platform
    assert document.law.id == law and document.law.name in sections["rechtsgrundlage"]


CHAMBER_WORDS = (
    "Kammer", "Mitglied", "Gewerbetreib",
    # chamber vocabulary platform default texts once carried (review 16, B1)
    "Schülerinnen und Schüler", "Auszubildende", "Gründerinnen und Gründer", "Außenwirtschaft",
    "Berufsorientierung", "Betriebe der Region", "Wirtschaftspolitik",
)


@pytest.mark.parametrize("law", LAWS)
def test_a_city_or_federal_agency_with_eleven_platforms_speaks_no_chamber_vocabulary(tmp_path, law):
    """Under every law, a body that is not a chamber gets no chamber words from the core, the law or any platform."""
    text = profile_text(law).replace("Industrie- und Handelskammer Musterstadt", "Stadt Musterstadt").replace("IHK Musterstadt", "Stadt Musterstadt")
    if law != "bund":
        text = text.replace("kind: ihk", "kind: kommune")
    text = text.replace("Bundesamt für Musterwesen\n", "Bundesamt für Musterwesen\n  mandate: Das Bundesamt prüft Muster.\n", 1)
    path = tmp_path / f"stadt-{law}.yaml"
    path.write_text(text, encoding="utf-8")
    [html] = build(path, ["html"], tmp_path / "out")
    content = html_text(html.read_bytes())
    assert not [word for word in CHAMBER_WORDS if word.lower() in content.lower()], law
