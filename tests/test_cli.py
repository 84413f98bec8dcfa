"""The command line as a user runs it: exit codes, messages and files."""

from __future__ import annotations

from conftest import MINIMAL_PROFILE, ROOT


def test_build_writes_the_requested_formats(run_cli, minimal_profile, tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", minimal_profile, "--format", "html,docx,pdf,md", "--output", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["muster.docx", "muster.html", "muster.md", "muster.pdf"]
    assert "muster.pdf" in result.stdout


def test_unknown_platform_is_reported_with_line_value_and_known_ids(run_cli, tmp_path):
    profile = tmp_path / "tippfehler.yaml"
    profile.write_text(MINIMAL_PROFILE.replace("platform: facebook", "platform: facebok"), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", profile, "--output", out)
    line = MINIMAL_PROFILE.splitlines().index("  - platform: facebook") + 1
    assert result.returncode == 2
    assert f"tippfehler.yaml:{line}" in result.stderr
    assert "accounts[0].platform" in result.stderr
    assert "Unbekannte Plattform „facebok“" in result.stderr
    for known in ("facebook", "instagram", "mastodon", "youtube", "linkedin", "xing", "twitter"):
        assert known in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_profile_file(run_cli, tmp_path):
    result = run_cli("build", tmp_path / "gibtsnicht.yaml", "--output", tmp_path / "out")
    assert result.returncode == 2
    assert "gibtsnicht.yaml: Die Profildatei wurde nicht gefunden." in result.stderr


def test_repeated_format_options_add_up(run_cli, minimal_profile, tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", minimal_profile, "-f", "md", "--format", "html,md", "--output", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["muster.html", "muster.md"]


def test_unknown_format_is_refused(run_cli, minimal_profile, tmp_path):
    result = run_cli("build", minimal_profile, "--format", "html,odt", "--output", tmp_path / "out")
    assert result.returncode == 2
    assert "odt" in result.stderr and "Fehler" in result.stderr


def test_several_profiles_in_one_call(run_cli, minimal_profile, tmp_path):
    second = tmp_path / "zweite.yaml"
    second.write_text(MINIMAL_PROFILE.replace("Musterstadt", "Beispielhausen"), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", minimal_profile, second, "--format", "html", "--output", out)
    assert result.returncode == 0, result.stderr
    assert "Beispielhausen" in (out / "zweite.html").read_text(encoding="utf-8")
    assert "Musterstadt" in (out / "muster.html").read_text(encoding="utf-8")


def test_one_bad_profile_stops_the_whole_batch(run_cli, minimal_profile, tmp_path):
    bad = tmp_path / "kaputt.yaml"
    bad.write_text(MINIMAL_PROFILE.replace("law: baden-wuerttemberg", "law: atlantis"), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", minimal_profile, bad, "--output", out)
    assert result.returncode == 2
    assert "Unbekanntes Landesgesetz „atlantis“" in result.stderr
    assert not out.exists()


def test_plugins_lists_each_builtin_and_what_it_registers(run_cli):
    result = run_cli("plugins")
    assert result.returncode == 0
    for name, registers in [
        ("facebook", "Plattform facebook"),
        ("twitter", "Plattform twitter"),
        ("baden_wuerttemberg", "Landesgesetz baden-wuerttemberg"),
        ("sachsen", "Landesgesetz sachsen"),
        ("bayern", "Landesgesetz bayern"),
        ("netiquette", "Kapitel netiquette"),
    ]:
        assert f"{name}: {registers}" in result.stdout


def test_plugins_all_shows_hooks_and_versions(run_cli):
    result = run_cli("plugins", "--all")
    assert "smkonzept.plugins.platforms.facebook (Paket smkonzept " in result.stdout
    assert "Hooks: register_platforms" in result.stdout


def test_help_is_german(run_cli):
    result = run_cli("--help")
    assert result.returncode == 0
    assert "Konzept" in result.stdout and "build" in result.stdout


def test_readme_starts_with_the_two_setup_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```sh") + 1 : lines.index("```sh") + 3]
    assert "smkonzept build profiles/ihk-ulm.yaml" in block[0]
    assert "tox" in block[1]
    assert block[1] in (ROOT / ".ci" / "run").read_text()


def test_empty_output_folder_is_refused_and_nothing_is_written(run_cli, minimal_profile, tmp_path):
    work = tmp_path / "arbeit"
    work.mkdir()
    for value in ("", "  "):
        result = run_cli("build", minimal_profile, "--format", "md", "--output", value, cwd=work)
        assert result.returncode == 2
        assert result.stderr.startswith("Fehler: Der Ausgabeordner ist leer")
        assert "--output ." in result.stderr
        assert list(work.iterdir()) == []
    dot = run_cli("build", minimal_profile, "--format", "md", "--output", ".", cwd=work)
    assert dot.returncode == 0, dot.stderr
    assert [p.name for p in work.iterdir()] == ["muster.md"]
