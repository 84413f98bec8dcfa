"""The TikTok plugin: it keeps the plugin contract, and a profile with a TikTok account builds to HTML.

Run with ``pip install -e . && pytest`` in this folder. Only ``smkonzept`` and ``smkonzept.testing``
are imported: the tests need no internals of smkonzept.
"""

from __future__ import annotations

from pathlib import Path

import smkonzept
import smkonzept_tiktok
from smkonzept import testing

PROFILE = testing.minimal_profile(platform="tiktok", url="https://www.tiktok.com/@ihkmusterstadt")


def test_keeps_the_plugin_contract() -> None:
    [tiktok] = testing.check_plugin(smkonzept_tiktok)
    assert isinstance(tiktok, smkonzept.Platform)
    assert tiktok.id == "tiktok"
    assert tiktok.third_country is not None and "China" in tiktok.third_country.countries


def test_registry_knows_tiktok_next_to_the_builtins() -> None:
    registry = testing.registry_for(smkonzept_tiktok)
    assert registry.platform("tiktok") is smkonzept_tiktok.TIKTOK
    assert registry.platform("facebook") is not None


def test_profile_with_tiktok_account_builds(tmp_path: Path) -> None:
    document = testing.document_for(PROFILE, smkonzept_tiktok)
    assert [use.platform.id for use in document.account_uses] == ["tiktok"]
    [html] = testing.build_for(PROFILE, ["html"], tmp_path / "build", smkonzept_tiktok)
    text = " ".join(html.read_text(encoding="utf-8").split())
    assert 'id="plattform-tiktok"' in text
    assert "TikTok Technology Ltd." in text
    assert "IHK Musterstadt" in text
