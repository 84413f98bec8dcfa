"""The plugin contract of ``smkonzept.testing``: every built-in keeps it, and it catches breaches."""

from __future__ import annotations

import datetime
import importlib
import types

import pytest

import smkonzept
from smkonzept import testing
from smkonzept.manager import DEFAULT_PLUGINS

SAXON_OUTDATED = ("§§ 18-22 Sächsisches Datenschutzgesetz", "§§ 18–22 Sächsisches Datenschutzgesetz")


@pytest.mark.parametrize("dotted", DEFAULT_PLUGINS, ids=lambda dotted: dotted.rpartition(".")[2])
def test_every_builtin_keeps_the_contract(dotted):
    items = testing.check_plugin(importlib.import_module(dotted), outdated=SAXON_OUTDATED)
    assert len(items) == 1


def _platform(**changes) -> smkonzept.Platform:
    fields = dict(
        id="beispiel",
        name="Beispiel",
        operator=smkonzept.Operator(name="Beispiel Ltd.", address="Dublin", country="Irland", privacy_url="https://beispiel.example/privacy"),
        description="Ein Dienst.",
        default_purpose="Informieren.",
        default_audience="Alle.",
        default_contents=["Meldungen"],
        sources=["https://beispiel.example"],
        verified=datetime.date(2026, 11, 1),
    )
    return smkonzept.Platform(**{**fields, **changes})


def _plugin(hook: str, *items) -> types.ModuleType:
    module = types.ModuleType("beispiel_plugin")

    def register_items(register):
        for item in items:
            register(item)

    register_items.__name__ = hook
    setattr(module, hook, smkonzept.hookimpl(register_items))
    return module


def test_a_sound_outside_platform_keeps_the_contract():
    [platform] = testing.check_plugin(_plugin("register_platforms", _platform()))
    assert platform.id == "beispiel"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"sources": ["http://beispiel.example"]}, "beginnt nicht mit https://"),
        ({"sources": []}, "sources ist leer"),
        ({"verified": None}, "verified fehlt"),
        ({"verified": datetime.date.today() + datetime.timedelta(days=2)}, "in der Zukunft"),
        ({"description": "Impressum nach § 5 TMG."}, "veralteter Begriff „§ 5 TMG“"),
        ({"known_operators": {"Bawü.social": smkonzept.Operator(name="x", address="y", country="z", privacy_url="https://a")}}, "Punycode"),
        (
            {"risk_factors": [smkonzept.RiskFactor(id="r", title="R", description="d", severity=1, likelihood=1)] * 2},
            "doppelte Kennungen r",
        ),
    ],
)
def test_the_platform_contract_names_each_breach(changes, expected):
    with pytest.raises(AssertionError, match=expected):
        testing.check_platform(_platform(**changes))


def test_the_law_contract_names_each_breach():
    law = smkonzept.Law(id="beispiel", state="Beispielland", iso_code="BW", sources=["http://x.example"])
    with pytest.raises(AssertionError) as caught:
        testing.check_law(law)
    message = str(caught.value)
    for expected in ("name ist leer", "legal_basis ist leer", "DE-XX", "authority fehlt", "verified fehlt", "https://"):
        assert expected in message


def test_the_section_contract_catches_a_broken_template_and_a_core_id():
    with pytest.raises(AssertionError, match="kein gültiges Jinja2"):
        testing.check_section(smkonzept.SectionSpec(id="kaputt", title="Kaputt", template="{% if %}"))
    with pytest.raises(AssertionError, match="gehört dem Kern"):
        testing.check_section(smkonzept.SectionSpec(id="risiko", title="Risiko", template="Text"))


def test_a_section_with_a_top_level_heading_breaks_the_contract():
    spec = smkonzept.SectionSpec(id="laut", title="Laut", template="# Neue Gliederung\n\nText", after="betreuung")
    with pytest.raises(AssertionError, match="obersten Ebene"):
        testing.check_plugin(_plugin("register_sections", spec))


def test_a_plugin_that_registers_nothing_breaks_the_contract():
    with pytest.raises(AssertionError, match="registriert nichts"):
        testing.check_plugin(_plugin("register_platforms"))
