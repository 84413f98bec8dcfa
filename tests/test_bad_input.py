"""Broken profiles: a clear German message naming file, line and field; exit code 2; nothing written.

Each file of ``tests/corpus/bad/`` is built into a folder that already holds an earlier output
of the same name, which must come out unchanged. A failing conversion and a failing rename
must leave the output folder as it was, too.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import MINIMAL_PROFILE
from smkonzept.cli import main

BAD = Path(__file__).parent / "corpus" / "bad"
EARLIER = b"<!doctype html><title>fruehere Ausgabe</title>\n"
ENGLISH = re.compile(r"\b(expected|found|error|not allowed|while|Traceback)\b", re.IGNORECASE)

# file → (file the message names, line, field path as in the message or None, German keyword)
CASES = {
    "syntax-error.yaml": (None, 5, "chamber.kind", "Doppelpunkt"),
    "empty.yaml": (None, 1, None, "leer"),
    "top-level-list.yaml": (None, 1, None, "aus Feldern bestehen"),
    "latin1.yaml": (None, 6, "chamber.address.street", "UTF-8"),
    "alias-bomb.yaml": (None, 24, "x_bombs.bomb4", "Aliase"),
    "cycle-a.yaml": ("cycle-b.yaml", 1, "extends", "im Kreis"),
    "cycle-b.yaml": ("cycle-a.yaml", 1, "extends", "im Kreis"),
    "missing-base.yaml": (None, 1, "extends", "nicht gefunden"),
    "unknown-key-top.yaml": (None, 19, "colour", "Unbekanntes Feld"),
    "unknown-key-nested.yaml": (None, 10, "chamber.fax_number", "Unbekanntes Feld"),
    "unknown-platform.yaml": (None, 16, "accounts[0].platform", "Unbekannte Plattform"),
    "unknown-law.yaml": (None, 10, "law", "Unbekanntes Landesgesetz"),
    "missing-field.yaml": (None, 2, "chamber.name", "Pflichtfeld"),
    "missing-accounts.yaml": (None, 1, "accounts", "Pflichtfeld"),
    "list-for-text.yaml": (None, 4, "chamber.short_name", "Text erwartet"),
    "text-for-number.yaml": (None, 13, "evaluation.interval_months", "ganze Zahl"),
    "impossible-date.yaml": (None, 14, "document.date", "kein gültiges Datum"),
    "interval-negative.yaml": (None, 13, "evaluation.interval_months", "mindestens 1 Monat"),
    "interval-zero.yaml": (None, 13, "evaluation.interval_months", "mindestens 1 Monat"),
    "age-reversed.yaml": (None, 19, "accounts[0].audience.age_min", "Mindestalter"),
    "schema-future.yaml": (None, 1, "schema", "Schema-Version"),
    "duplicate-key.yaml": (None, 11, "law", "doppelt"),
    "tab-indented.yaml": (None, 7, "chamber.website", "Tabulator"),
    "control-char.yaml": (None, 4, "chamber.name", "U+0001"),
    "nul-escaped.yaml": (None, 4, "chamber.name", "U+0000"),
    "noncharacter.yaml": (None, 4, "chamber.name", "U+FDD0"),
    "c1-control.yaml": (None, 7, "chamber.address.city", "U+009B"),
    "terminal-escape.yaml": (None, 8, "chamber.website", "U+001B"),
    "bidi-override.yaml": (None, 18, "accounts[0].name", "U+202E"),
    "uncovered-character.yaml": (None, 12, "editorial.unit", "nicht dargestellt"),
    "long-word.yaml": (None, 20, "accounts[0].purpose", "höchstens 500 Zeichen"),
    "long-url.yaml": (None, 19, "accounts[0].url", "höchstens 2.000 Zeichen"),
    "long-field.yaml": (None, 17, "necessity[0]", "höchstens 50.000 Zeichen"),
    "long-name.yaml": (None, 4, "chamber.name", "höchstens 1.000 Zeichen"),
    "date-after-2099.yaml": (None, 15, "document.date", "2099"),
    "date-week.yaml": (None, 15, "document.date", "JJJJ-MM-TT"),
    "too-many-accounts.yaml": (None, 16, "accounts", "höchstens 100"),
    "extends-outside.yaml": (None, 1, "extends", "außerhalb"),
    "extends-absolute.yaml": (None, 1, "extends", "andere Endung"),
    "extends-not-yaml.yaml": (None, 1, "extends", "andere Endung"),
    "extends-url.yaml": (None, 1, "extends", "Webadressen"),
    "extends-folder.yaml": (None, 1, "extends", "keine gewöhnliche Datei"),
    "extends-too-deep.yaml": ("kette.yml/k3.yaml", 1, "extends", "länger als 20"),
}
OUTPUT_IS_INPUT = "output-is-input.md"
MAX_MESSAGE = 2_000


def test_every_corpus_file_has_a_case():
    assert sorted(path.name for path in BAD.iterdir() if path.is_file()) == sorted([*CASES, OUTPUT_IS_INPUT])


def _earlier_output(folder: Path, stem: str) -> Path:
    folder.mkdir()
    earlier = folder / f"{stem}.html"
    earlier.write_bytes(EARLIER)
    return earlier


def _assert_unchanged(folder: Path, earlier: Path) -> None:
    assert sorted(os.listdir(folder)) == [earlier.name], "neue oder temporäre Dateien im Ausgabeordner"
    assert earlier.read_bytes() == EARLIER


def _assert_message(stderr: str, name: str, case: tuple) -> None:
    named, line, field, keyword = case
    assert stderr.startswith("Fehler"), stderr
    assert len(stderr) < MAX_MESSAGE, len(stderr)
    assert f"{named or name}:{line}" in stderr, stderr
    if field is not None:
        assert f"Feld „{field}" in stderr, stderr
    assert keyword in stderr, stderr
    assert not ENGLISH.search(re.sub(r"\S+\.yaml", "", stderr)), stderr


@pytest.mark.parametrize("name", sorted(CASES))
def test_build_refuses_bad_profile_and_keeps_earlier_output(name, run_cli, tmp_path):
    out = tmp_path / "out"
    earlier = _earlier_output(out, Path(name).stem)
    result = run_cli("build", BAD / name, "--output", out)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    _assert_message(result.stderr, name, CASES[name])
    _assert_unchanged(out, earlier)


def test_output_is_input_refused_and_profile_untouched(run_cli, tmp_path):
    """A profile whose name ends like an output, built into its own folder (red-team #84)."""
    profile = tmp_path / OUTPUT_IS_INPUT
    original = (BAD / OUTPUT_IS_INPUT).read_bytes()
    profile.write_bytes(original)
    result = run_cli("build", profile, "--format", "html,md", "--output", tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout and len(result.stderr) < MAX_MESSAGE
    assert f"{profile}" in result.stderr and "Eingabedatei" in result.stderr, result.stderr
    assert not ENGLISH.search(result.stderr.replace(str(profile), "")), result.stderr
    assert sorted(os.listdir(tmp_path)) == [OUTPUT_IS_INPUT]
    assert profile.read_bytes() == original


CHAIN = sorted((BAD / "kette.yml").glob("*.yaml"))


@pytest.mark.parametrize("base", CHAIN, ids=[path.name for path in CHAIN])
def test_every_file_of_the_too_deep_chain_is_refused(base, run_cli, tmp_path):
    out = tmp_path / "out"
    earlier = _earlier_output(out, base.stem)
    result = run_cli("check", base)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert re.search(r"k\d+\.yaml:1 \(Feld „extends“\): ", result.stderr), result.stderr
    assert len(result.stderr) < MAX_MESSAGE and not ENGLISH.search(re.sub(r"\S+\.yaml", "", result.stderr))
    result = run_cli("build", base, "--output", out)
    assert result.returncode == 2, result.stderr
    _assert_unchanged(out, earlier)


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_refuses_bad_profile(name, capsys):
    assert main(["check", str(BAD / name)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    _assert_message(captured.err, name, CASES[name])


def test_non_utf8_bytes_written_by_the_test(tmp_path, capsys):
    path = tmp_path / "bytes.yaml"
    path.write_bytes(MINIMAL_PROFILE.replace("Musterstadt\n  short_name", "M\xfcnster\n  short_name").encode("cp1252"))
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:3 (Feld „chamber.name“)" in err and "UTF-8" in err


@pytest.mark.parametrize(
    ("text", "line", "field", "keyword"),
    [
        ("a: &x [*x]\n", 1, "a[0]", "Verweis"),
        ("chamber:\n  name: " + "[" * 5000 + "]" * 5000 + "\n", 2, "chamber.name", "verschachtelt"),
        ("schema: 1\nchamber: \x07\n", 2, None, "Steuerzeichen"),
        ("schema: 1\n---\nschema: 1\n", 2, None, "mehrere Dokumente"),
        ("schema: 1\nlaw: !!python/object:os.system x\n", 2, "law", "nicht unterstützt"),
    ],
)
def test_hostile_yaml_constructs(tmp_path, capsys, text, line, field, keyword):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line}" in err and keyword in err, err
    if field:
        assert f"Feld „{field}" in err, err


@pytest.fixture
def good_build(tmp_path, minimal_profile):
    """An output folder holding an earlier html and docx of ``muster``."""
    out = tmp_path / "out"
    out.mkdir()
    earlier = {out / "muster.html": b"<p>alt</p>\n", out / "muster.docx": b"alt-docx"}
    for path, data in earlier.items():
        path.write_bytes(data)
    return minimal_profile, out, earlier


def _unchanged(out: Path, earlier: dict[Path, bytes]) -> None:
    assert sorted(os.listdir(out)) == sorted(path.name for path in earlier)
    for path, data in earlier.items():
        assert path.read_bytes() == data


def test_failing_conversion_changes_nothing(good_build, monkeypatch, capsys):
    import smkonzept.engine.render

    def broken(*args):
        raise RuntimeError("pdf kaputt")

    monkeypatch.setattr(smkonzept.engine.render, "compile_pdf_warm", broken)
    profile, out, earlier = good_build
    assert main(["build", str(profile), "--format", "html,docx,pdf,md", "--output", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "Interner Fehler" in captured.err
    _unchanged(out, earlier)


def test_failing_rename_restores_earlier_files(good_build, capsys):
    profile, out, earlier = good_build
    (out / "muster.pdf").mkdir()  # a folder where the PDF should go: its rename fails
    assert main(["build", str(profile), "--format", "html,docx,pdf", "--output", str(out)]) != 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "muster.pdf" in captured.err
    assert sorted(os.listdir(out)) == ["muster.docx", "muster.html", "muster.pdf"]
    for path, data in earlier.items():
        assert path.read_bytes() == data
