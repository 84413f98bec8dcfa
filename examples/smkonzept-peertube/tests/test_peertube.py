"""The PeerTube plugin: its facts, and a profile with a PeerTube account built to HTML.

Run with ``pip install -e . && pytest`` in this folder.
"""

from __future__ import annotations

import datetime
import importlib
from pathlib import Path

import pluggy
import pytest

import smkonzept
import smkonzept_peertube
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
  - platform: peertube
    name: IHK Musterstadt Videos
    url: https://video.ihk-musterstadt.example/c/ihk
    operator: {name: Muster-IT GmbH, address: "Hafenstraße 2, 12345 Musterstadt", country: Deutschland}
"""


@pytest.fixture
def registry():
    """A registry from a fresh plugin manager: the built-ins and this plugin, nothing else installed."""
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    for dotted in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(dotted), name=dotted)
    pm.register(smkonzept_peertube, name="peertube")
    pm.check_pending()
    return load_registry(pm)


def test_registers_peertube(registry):
    peertube = registry.platform("peertube")
    assert isinstance(peertube, smkonzept.Platform)
    assert registry.origin[("platforms", "peertube")] == "peertube"
    assert peertube.controllership.model == "processor"
    assert peertube.third_country is None
    assert peertube.risk_factors and peertube.sources
    assert peertube.verified == datetime.date(2026, 11, 25)


def test_profile_with_peertube_account_builds(registry, tmp_path: Path):
    profile = tmp_path / "muster.yaml"
    profile.write_text(PROFILE, encoding="utf-8")
    [html] = build(profile, ["html"], tmp_path / "build", registry=registry)
    text = " ".join(html.read_text(encoding="utf-8").split())
    assert 'id="plattform-peertube"' in text
    assert "Muster-IT GmbH" in text
    assert "IHK Musterstadt Videos" in text
