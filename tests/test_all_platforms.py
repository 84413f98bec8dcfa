"""A profile with one account on each built-in platform, built under each built-in law."""

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
}
URLS = {"mastodon": "https://social.bund.de/@ihkmusterstadt"}


def profile_text(law: str) -> str:
    accounts = "".join(
        f"  - platform: {platform}\n    name: IHK Musterstadt auf {platform}\n"
        + (f"    url: {URLS[platform]}\n" if platform in URLS else "")
        for platform in PLATFORMS
    )
    base = MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {law}")
    return base[: base.index("accounts:")] + "accounts:\n" + accounts


@pytest.mark.parametrize("law", ["baden-wuerttemberg", "sachsen", "bayern"])
def test_seven_platforms_build_under_each_law(tmp_path, law):
    path = tmp_path / f"alle-{law}.yaml"
    path.write_text(profile_text(law), encoding="utf-8")
    outputs = {p.suffix[1:]: p for p in build(path, ["html", "docx", "pdf"], tmp_path / "out")}
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
