"""The TikTok plugin: its facts, and a profile with a TikTok account built to HTML.

Run with ``pip install -e . && pytest`` in this folder.
"""

from __future__ import annotations

import datetime
import importlib
from pathlib import Path

import pluggy
import pytest

import smkonzept
import smkonzept_tiktok
from smkonzept import hookspecs
from smkonzept.build import build
from smkonzept.manager import DEFAULT_PLUGINS, ENTRY_POINT_GROUP, load_registry

PROFILE = """\
schema: 1
chamber:
  name: Industrie- und Handelskammer Musterstadt
  short_name: IHK Musterstadt
  kind: ihk
  address: {street: Marktplatz 1, postal_code: "12345", city: Musterstadt}
  website: https://www.ihk-musterstadt.example
  email: info@ihk-musterstadt.example
  phone: 01234 567-0
law: baden-wuerttemberg
editorial: {unit: Pressestelle, email: presse@ihk-musterstadt.example}
data_protection_officer: {name: Erika Mustermann, email: datenschutz@ihk-musterstadt.example}
evaluation: {interval_months: 12}
document: {date: 2026-11-01}
risk:
  consultation: {status: scheduled, date: 2027-01-31}
accounts:
  - platform: tiktok
    name: IHK Musterstadt Ausbildung
    url: https://www.tiktok.com/@ihkmusterstadt
"""


@pytest.fixture
def registry():
    """A registry from a fresh plugin manager: the built-ins and this plugin, nothing else installed."""
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    for dotted in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(dotted), name=dotted)
    pm.register(smkonzept_tiktok, name="tiktok")
    pm.check_pending()
    return load_registry(pm)


def test_registers_tiktok(registry):
    tiktok = registry.platform("tiktok")
    assert isinstance(tiktok, smkonzept.Platform)
    assert registry.origin[("platforms", "tiktok")] == "tiktok"
    assert tiktok.operator.name == "TikTok Technology Ltd."
    assert tiktok.operator.country == "Irland"
    assert tiktok.operator.privacy_url == "https://www.tiktok.com/legal/page/eea/privacy-policy/de"
    assert tiktok.joint_controller_agreement is None
    assert tiktok.third_country.countries == ("China", "Singapur", "USA")
    assert "530 Millionen Euro" in tiktok.third_country.basis
    assert "Mai 2025" in tiktok.third_country.basis
    assert tiktok.risk_factors and tiktok.sources
    assert tiktok.verified == datetime.date(2026, 11, 23)


def test_profile_with_tiktok_account_builds(registry, tmp_path: Path):
    profile = tmp_path / "muster.yaml"
    profile.write_text(PROFILE, encoding="utf-8")
    [html] = build(profile, ["html"], tmp_path / "build", registry=registry)
    text = " ".join(html.read_text(encoding="utf-8").split())
    assert 'id="plattform-tiktok"' in text
    assert "TikTok Technology Ltd." in text
    assert "IHK Musterstadt Ausbildung" in text
