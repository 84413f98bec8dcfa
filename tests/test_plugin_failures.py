"""Broken plugins fail with a German message that names the plugin, never with a traceback.

Outside plugins are installed for real, as a module plus a ``*.dist-info`` folder on ``sys.path``,
so that ``importlib.metadata`` finds their entry points the way it finds an installed package.
"""

from __future__ import annotations

import datetime
import importlib
import os
import sys
import textwrap
from pathlib import Path

import pytest

import smkonzept
from smkonzept import manager
from smkonzept.build import build
from smkonzept.errors import PluginError
from smkonzept.manager import get_plugin_manager, load_registry, plugin_infos

from conftest import MINIMAL_PROFILE

PLATFORM = """\
import smkonzept

OPERATOR = smkonzept.Operator(name="Beispiel GmbH", address="Hauptstraße 1, 10115 Berlin", country="Deutschland", privacy_url="https://example.org/datenschutz")

def platform(id, **fields):
    return smkonzept.Platform(
        id=id, name=id.title(), operator=OPERATOR, description="Ein Dienst.",
        default_purpose="Information.", default_audience="Alle.", default_contents=["Meldungen"], **fields)
"""


class OutsidePlugins:
    """Writes fake installed distributions into one folder on ``sys.path``."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.modules: list[str] = []

    def install(self, entry_name: str, source: str, *, dist: str = "smkonzept-beispiel", version: str = "1.0") -> str:
        module = f"smkonzept_test_{entry_name.replace('-', '_')}"
        (self.site / f"{module}.py").write_text(PLATFORM + textwrap.dedent(source), encoding="utf-8")
        info = self.site / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir(exist_ok=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
        entry_points = info / "entry_points.txt"
        existing = entry_points.read_text(encoding="utf-8") if entry_points.exists() else "[smkonzept]\n"
        entry_points.write_text(existing + f"{entry_name} = {module}\n", encoding="utf-8")
        self.modules.append(module)
        importlib.invalidate_caches()
        return module


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install outside plugins for this test; the plugin manager is rebuilt before and after."""
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv("SMKONZEPT_DISABLE_PLUGINS", raising=False)
    plugins = OutsidePlugins(site)
    manager.reset()
    try:
        yield plugins
    finally:
        manager.reset()
        for module in plugins.modules:
            sys.modules.pop(module, None)


def plugin_error() -> str:
    """Load the plugins and the registry; return the message of the PluginError that must follow."""
    with pytest.raises(PluginError) as caught:
        load_registry(get_plugin_manager())
    return str(caught.value)


def test_a_working_outside_plugin_is_loaded_with_its_distribution(outside):
    outside.install("pixelfed", """
        @smkonzept.hookimpl
        def register_platforms(register):
            register(platform("pixelfed"))
    """, dist="smkonzept-pixelfed", version="2.3")
    registry = load_registry()
    assert registry.origin[("platforms", "pixelfed")] == "pixelfed"
    [info] = [info for info in plugin_infos() if info.name == "pixelfed"]
    assert (info.builtin, info.distribution, info.version) == (False, "smkonzept-pixelfed", "2.3")
    assert info.hooks == ("register_platforms",) and info.registers == ("Plattform pixelfed",)


def test_plugin_that_fails_to_import_names_entry_point_and_distribution(outside):
    outside.install("kaputt", "import smkonzept_gibt_es_nicht\n", dist="smkonzept-kaputt")
    message = plugin_error()
    assert "„kaputt“" in message and "„smkonzept-kaputt“" in message
    assert "smkonzept_gibt_es_nicht" in message
    assert "SMKONZEPT_DISABLE_PLUGINS=kaputt" in message


def test_plugin_whose_model_is_invalid_fails_on_import_naming_it(outside):
    outside.install("ohne-name", "BROKEN = smkonzept.Operator(name='X')\n", dist="smkonzept-ohne-name")
    message = plugin_error()
    assert "„ohne-name“" in message and "„smkonzept-ohne-name“" in message and "TypeError" in message


def test_duplicate_id_names_both_plugins(outside):
    outside.install("fb-kopie", """
        @smkonzept.hookimpl
        def register_platforms(register):
            register(platform("facebook"))
    """)
    message = plugin_error()
    assert "„facebook“ ist doppelt registriert" in message
    assert "„smkonzept.plugins.platforms.facebook“" in message and "„fb-kopie“" in message


def test_duplicate_alias_between_two_outside_plugins_names_both(outside):
    outside.install("erstes", """
        @smkonzept.hookimpl
        def register_platforms(register):
            register(platform("pixelfed"))
    """, dist="smkonzept-erstes")
    outside.install("zweites", """
        @smkonzept.hookimpl
        def register_platforms(register):
            register(platform("pixelfed-neu", aliases=["pixelfed"]))
    """, dist="smkonzept-zweites")
    message = plugin_error()
    assert "„pixelfed“ ist doppelt registriert" in message
    assert "„erstes“" in message and "„zweites“ (Paket smkonzept-zweites" in message


def test_same_plugin_name_from_two_distributions_names_both_packages(outside):
    for dist in ("smkonzept-pixelfed", "smkonzept-pixelfed-fork"):
        outside.install("pixelfed", "", dist=dist)
    message = plugin_error()
    assert "„pixelfed“" in message and "„smkonzept-pixelfed“" in message and "„smkonzept-pixelfed-fork“" in message


def test_misspelled_hook_is_refused_naming_plugin_and_hook(outside):
    outside.install("vertippt", """
        @smkonzept.hookimpl
        def register_platfroms(register):
            register(platform("vertippt"))
    """, dist="smkonzept-vertippt", version="0.2")
    message = plugin_error()
    assert "„vertippt“ (Paket smkonzept-vertippt 0.2)" in message
    assert "„register_platfroms“" in message and "Gemeint ist wohl „register_platforms“" in message


def test_misspelled_hook_parameter_is_refused_naming_plugin(outside):
    outside.install("parameter", """
        @smkonzept.hookimpl
        def register_platforms(registrieren):
            registrieren(platform("parameter"))
    """)
    message = plugin_error()
    assert "„parameter“" in message and "„registrieren“" in message
    assert "register_platforms(register)" in message


def test_registering_the_wrong_type_names_plugin_and_type(outside):
    outside.install("woerterbuch", """
        @smkonzept.hookimpl
        def register_platforms(register):
            register({"id": "woerterbuch", "name": "Wörterbuch"})
    """)
    message = plugin_error()
    assert "„woerterbuch“" in message and "„dict“" in message and "smkonzept.Platform" in message


def test_returning_instead_of_registering_names_plugin(outside):
    outside.install("rueckgabe", """
        @smkonzept.hookimpl
        def register_platforms(register):
            return [platform("rueckgabe")]
    """)
    message = plugin_error()
    assert "„rueckgabe“" in message and "register_platforms" in message and "register(...)" in message


def test_exception_inside_the_hook_names_plugin_hook_and_cause(outside):
    outside.install("absturz", """
        @smkonzept.hookimpl
        def register_laws(register):
            raise RuntimeError("Tabelle fehlt")
    """, dist="smkonzept-absturz", version="1.4")
    message = plugin_error()
    assert "„absturz“ (Paket smkonzept-absturz 1.4)" in message
    assert "register_laws" in message and "RuntimeError: Tabelle fehlt" in message


def test_invalid_model_inside_the_hook_names_plugin(outside):
    outside.install("falsche-stufe", """
        @smkonzept.hookimpl
        def register_platforms(register):
            risk = smkonzept.RiskFactor(id="r", title="R", description="D", severity=7, likelihood=1)
            register(platform("falsche-stufe", risk_factors=[risk]))
    """)
    message = plugin_error()
    assert "„falsche-stufe“" in message and "register_platforms" in message and "severity" in message


def test_disabling_skips_outside_plugins_by_entry_point_or_distribution(outside, monkeypatch):
    outside.install("kaputt", "raise ImportError('kaputt')\n", dist="smkonzept-kaputt")
    outside.install("anderes", "raise ImportError('auch kaputt')\n", dist="smkonzept-anderes")
    monkeypatch.setenv("SMKONZEPT_DISABLE_PLUGINS", "kaputt, smkonzept-anderes")
    registry = load_registry()
    assert "facebook" in registry.platforms
    names = {name for name, _ in get_plugin_manager().list_name_plugin()}
    assert not {"kaputt", "anderes"} & names


def test_disabling_a_builtin_removes_its_platform(outside, monkeypatch, minimal_profile, run_cli):
    monkeypatch.setenv("SMKONZEPT_DISABLE_PLUGINS", "facebook,smkonzept.plugins.laws.bayern")
    registry = load_registry()
    assert registry.platform("facebook") is None and registry.law("bayern") is None
    assert registry.platform("instagram") is not None
    result = run_cli("build", minimal_profile, "--format", "html", "--output", minimal_profile.parent / "build", env={"SMKONZEPT_DISABLE_PLUGINS": "facebook"})
    assert result.returncode == 2, result.stderr
    assert "Unbekannte Plattform „facebook“" in result.stderr and "muster.yaml:" in result.stderr
    assert not (minimal_profile.parent / "build").exists()


def test_cli_with_a_broken_outside_plugin_exits_1_without_traceback(outside, minimal_profile, run_cli):
    outside.install("kaputt", "raise ImportError('Modul defekt')\n", dist="smkonzept-kaputt", version="0.9")
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(outside.site), os.environ.get("PYTHONPATH")]))}
    result = run_cli("build", minimal_profile, "--format", "html", "--output", minimal_profile.parent / "build", env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("Fehler: Das Plugin „kaputt“ aus dem Paket „smkonzept-kaputt“ lässt sich nicht laden")
    assert "Modul defekt" in result.stderr and "Traceback" not in result.stderr
    assert not (minimal_profile.parent / "build").exists()
    result = run_cli("build", minimal_profile, "--format", "html", "--output", minimal_profile.parent / "build", env={**env, "SMKONZEPT_DISABLE_PLUGINS": "kaputt"})
    assert result.returncode == 0, result.stderr


def test_cli_plugins_lists_an_outside_plugin_with_package_and_version(outside, run_cli):
    outside.install("pixelfed", """
        @smkonzept.hookimpl
        def register_platforms(register):
            register(platform("pixelfed"))
    """, dist="smkonzept-pixelfed", version="2.3")
    result = run_cli("plugins", env={"PYTHONPATH": str(outside.site)})
    assert result.returncode == 0, result.stderr
    assert "  pixelfed (Paket smkonzept-pixelfed 2.3)" in result.stdout
    assert "Registriert: Plattform pixelfed" in result.stdout
    assert "(Einzelheiten mit --all)" in result.stdout
    detailed = run_cli("plugins", "--all", env={"PYTHONPATH": str(outside.site)}).stdout
    assert "smkonzept.plugins.platforms.facebook (Paket smkonzept " in detailed


class OneOff:
    """A plugin registered directly into the default plugin manager, as a test or script would."""

    @smkonzept.hookimpl
    def register_platforms(self, register):
        register(
            smkonzept.Platform(
                id="einmalig",
                name="Einmal-Netz",
                operator=smkonzept.Operator(name="Einmal GmbH", address="Hauptstraße 1, 10115 Berlin", country="Deutschland", privacy_url="https://example.org/datenschutz"),
                description="Ein Netzwerk nur für diesen Test.",
                default_purpose="Der Test prüft, dass ein Plugin ohne Paket funktioniert.",
                default_audience="Testerinnen und Tester.",
                default_contents=["Testmeldungen"],
                verified=datetime.date(2026, 11, 23),
            )
        )


def test_one_off_plugin_in_the_default_manager_builds(tmp_path: Path):
    pm = get_plugin_manager()
    pm.register(OneOff(), name="einmalig")
    try:
        registry = load_registry(pm)
        assert registry.origin[("platforms", "einmalig")] == "einmalig"
        profile = tmp_path / "einmal.yaml"
        profile.write_text(MINIMAL_PROFILE.replace("platform: facebook", "platform: einmalig"), encoding="utf-8")
        [html] = build(profile, ["html"], tmp_path / "build", registry=registry)
        text = " ".join(html.read_text(encoding="utf-8").split())
        assert 'id="plattform-einmalig"' in text and "Einmal GmbH" in text
    finally:
        pm.unregister(name="einmalig")
    assert "einmalig" not in load_registry(pm).platforms
