"""The PeerTube plugin: it keeps the plugin contract, and a profile with a PeerTube account builds to HTML.

Run with ``pip install -e . && pytest`` in this folder. Only ``smkonzept`` and ``smkonzept.testing``
are imported: the tests need no internals of smkonzept.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import smkonzept
import smkonzept_peertube
from smkonzept import testing

PROFILE = (
    testing.minimal_profile(platform="peertube", url="https://video.ihk-musterstadt.example/c/ihk")
    + '    operator: {name: Muster-IT GmbH, address: "Hafenstraße 2, 12345 Musterstadt", country: Deutschland}\n'
)


def test_keeps_the_plugin_contract() -> None:
    [peertube] = testing.check_plugin(smkonzept_peertube)
    assert isinstance(peertube, smkonzept.Platform)
    assert peertube.controllership is not None and peertube.controllership.model == "processor"
    assert peertube.third_country is None
    assert peertube.verified == datetime.date(2026, 11, 25)


def test_registry_knows_peertube_next_to_the_builtins() -> None:
    registry = testing.registry_for(smkonzept_peertube)
    assert registry.platform("peertube") is smkonzept_peertube.PEERTUBE
    assert registry.platform("facebook") is not None


def test_profile_with_peertube_account_builds(tmp_path: Path) -> None:
    document = testing.document_for(PROFILE, smkonzept_peertube)
    assert [use.platform.id for use in document.account_uses] == ["peertube"]
    [html] = testing.build_for(PROFILE, ["html"], tmp_path / "build", smkonzept_peertube)
    text = " ".join(html.read_text(encoding="utf-8").split())
    assert 'id="plattform-peertube"' in text
    assert "Muster-IT GmbH" in text
    assert "IHK Musterstadt" in text
