"""Loading profiles: extends, schema, line numbers in German messages."""

from __future__ import annotations

import pytest

from conftest import MINIMAL_PROFILE
from smkonzept.errors import ProfileError
from smkonzept.manager import load_registry
from smkonzept.profile import load_profile, read_profile

BASE = MINIMAL_PROFILE.replace("schema: 1\n", "schema: 1\n# Basis\n")


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_profile_loads(minimal_profile):
    profile = read_profile(minimal_profile).profile
    assert profile.chamber.short_name == "IHK Musterstadt"
    assert profile.chamber.address.postal_code == "12345"
    assert profile.evaluation.interval_months == 12
    assert profile.accounts[0].platform == "facebook"


def test_numbers_stay_text_where_text_is_expected(tmp_path):
    path = write(tmp_path, "plz.yaml", MINIMAL_PROFILE.replace('postal_code: "12345"', "postal_code: 01067"))
    assert read_profile(path).profile.chamber.address.postal_code == "01067"


def test_extends_merges_and_overrides(tmp_path):
    write(tmp_path, "basis.yaml", BASE)
    child = write(tmp_path, "kind.yaml", "schema: 1\nextends: basis.yaml\nchamber:\n  short_name: IHK Kind\nevaluation: {interval_months: 6}\n")
    profile = read_profile(child).profile
    assert profile.chamber.short_name == "IHK Kind"
    assert profile.chamber.name == "Industrie- und Handelskammer Musterstadt"
    assert profile.evaluation.interval_months == 6


def test_errors_in_a_base_name_the_base_file_and_line(tmp_path):
    write(tmp_path, "basis.yaml", BASE.replace("interval_months: 12", "interval_months: null"))
    child = write(tmp_path, "kind.yaml", "schema: 1\nextends: basis.yaml\n")
    with pytest.raises(ProfileError) as caught:
        read_profile(child)
    line = BASE.splitlines().index("evaluation: {interval_months: 12}") + 1
    assert f"basis.yaml:{line} (Feld „evaluation.interval_months“)" in str(caught.value)


def test_extends_cycle_is_detected(tmp_path):
    write(tmp_path, "a.yaml", "schema: 1\nextends: b.yaml\n")
    write(tmp_path, "b.yaml", "schema: 1\nextends: a.yaml\n")
    with pytest.raises(ProfileError, match="im Kreis"):
        read_profile(tmp_path / "a.yaml")


def test_missing_base(tmp_path):
    child = write(tmp_path, "kind.yaml", "schema: 1\nextends: fehlt.yaml\n")
    with pytest.raises(ProfileError, match=r"kind\.yaml:2 \(Feld „extends“\): Das Basisprofil „fehlt\.yaml“ wurde nicht gefunden"):
        read_profile(child)


def test_future_schema(tmp_path):
    path = write(tmp_path, "neu.yaml", MINIMAL_PROFILE.replace("schema: 1", "schema: 2"))
    with pytest.raises(ProfileError, match=r"neu\.yaml:1 \(Feld „schema“\): Schema-Version „2“"):
        read_profile(path)


def test_unknown_key_names_allowed_keys(tmp_path):
    path = write(tmp_path, "x.yaml", MINIMAL_PROFILE.replace("  short_name: IHK Musterstadt\n", "  short_name: IHK Musterstadt\n  shortname: IHK\n"))
    with pytest.raises(ProfileError) as caught:
        read_profile(path)
    message = str(caught.value)
    assert "x.yaml:5 (Feld „chamber.shortname“): Unbekanntes Feld „shortname“" in message
    assert "short_name" in message


def test_all_problems_are_reported_at_once(tmp_path):
    text = MINIMAL_PROFILE.replace("interval_months: 12", "interval_months: 0").replace("email: info@ihk-musterstadt.example", "email: keine-adresse")
    with pytest.raises(ProfileError) as caught:
        read_profile(write(tmp_path, "zwei.yaml", text))
    assert len(caught.value.problems) == 2


def test_rules_across_fields_and_against_the_plugins_are_one_pass(tmp_path):
    profile = tmp_path / "beides.yaml"
    profile.write_text(
        MINIMAL_PROFILE.replace("  - platform: facebook\n", "  - platform: myspace\n    audience: {age_min: 60, age_max: 20}\n"),
        encoding="utf-8",
    )
    with pytest.raises(ProfileError) as caught:
        load_profile(profile, load_registry())
    problems = caught.value.problems
    assert len(problems) == 2
    assert any("beides.yaml:" in problem and "accounts[0].audience.age_min" in problem and "Mindestalter" in problem for problem in problems)
    assert any("beides.yaml:" in problem and "accounts[0].platform" in problem and "myspace" in problem for problem in problems)
