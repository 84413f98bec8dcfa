"""``smkonzept init``: a starter profile for every kind of body and every law that fits it."""

from __future__ import annotations

import datetime
import re

import pytest

from smkonzept.bodykinds import BODY_KINDS
from smkonzept.build import build, load_document
from smkonzept.init import fitting_laws, starter_profile
from smkonzept.manager import load_registry
from smkonzept.render import Source

REGISTRY = load_registry()
PAIRS = [(kind, law) for kind in BODY_KINDS for law in fitting_laws(BODY_KINDS[kind], REGISTRY)]
DAY = datetime.date(2026, 11, 1)


def test_every_registered_kind_and_law_is_offered():
    assert {law for _, law in PAIRS} == set(REGISTRY.laws)
    assert len(REGISTRY.laws) >= 17
    assert {kind for kind, _ in PAIRS} == set(BODY_KINDS)


@pytest.mark.parametrize(("kind", "law"), PAIRS, ids=[f"{kind}-{law}" for kind, law in PAIRS])
def test_starter_passes_check_and_assembles(tmp_path, kind, law):
    path = tmp_path / "stelle.yaml"
    path.write_text(starter_profile(kind, law, "Landkreis Testland" if kind == "landkreis" else "Stelle für Tests", REGISTRY, DAY), encoding="utf-8")
    loaded, document = load_document(path, REGISTRY)
    assert loaded.profile.chamber.kind == kind
    assert REGISTRY.law(loaded.profile.law) is REGISTRY.law(law)
    assert "Stelle für Tests" in Source.of(document).markdown or kind == "landkreis"


@pytest.mark.parametrize("kind", list(BODY_KINDS))
def test_starter_builds_every_format(tmp_path, kind):
    laws = fitting_laws(BODY_KINDS[kind], REGISTRY)
    law = laws[list(BODY_KINDS).index(kind) % len(laws)]
    path = tmp_path / f"{kind}.yaml"
    path.write_text(starter_profile(kind, law, f"Testbehörde {kind}", REGISTRY, DAY), encoding="utf-8")
    written = build(path, ["html", "docx", "pdf"], tmp_path / "out", REGISTRY)
    assert [p.suffix for p in written] == [".html", ".docx", ".pdf"]
    assert f"Testbehörde {kind}".encode() in written[0].read_bytes()
    assert written[2].read_bytes().startswith(b"%PDF")


def test_every_key_has_a_german_comment_above_it():
    text = starter_profile("kommune", "bayern", "Stadt Musterhausen", REGISTRY, DAY)
    lines = text.splitlines()
    keys = [index for index, line in enumerate(lines) if re.match(r"^\s*(- )?[a-z_]+:", line)]
    assert len(keys) > 20
    for index in keys:
        assert lines[index - 1].lstrip().startswith("# "), lines[index]
    assert "# Postleitzahl" in text and "Bitte ersetzen" in text


def test_cli_writes_a_profile_that_check_accepts(run_cli, tmp_path):
    path = tmp_path / "neu.yaml"
    result = run_cli("init", path, "--kind", "hochschule", "--law", "hessen", "--name", "Hochschule Testheim")
    assert result.returncode == 0, result.stderr
    assert "Beispielwerte ersetzen" in result.stderr and "chamber.address.street" in result.stderr
    checked = run_cli("check", path)
    assert checked.returncode == 0, checked.stderr
    assert "Profil ist gültig (Hessen" in checked.stdout


def test_cli_refuses_to_overwrite_and_wrong_law(run_cli, tmp_path):
    path = tmp_path / "da.yaml"
    path.write_text("# meine Datei\n", encoding="utf-8")
    result = run_cli("init", path, "--kind", "kommune", "--law", "bayern", "--name", "Stadt A")
    assert result.returncode == 2 and "überschreibt keine Datei" in result.stderr
    assert path.read_text(encoding="utf-8") == "# meine Datei\n"
    other = tmp_path / "neu.yaml"
    result = run_cli("init", other, "--kind", "kommune", "--law", "bund", "--name", "Stadt A")
    assert result.returncode == 2 and "passt nicht zur Art" in result.stderr and "Traceback" not in result.stderr
    assert not other.exists()


def test_cli_without_terminal_names_the_missing_options(run_cli, tmp_path):
    result = run_cli("init", tmp_path / "neu.yaml", "--kind", "ihk")
    assert result.returncode == 2
    assert "--law, --name" in result.stderr
    assert not (tmp_path / "neu.yaml").exists()


def test_cli_asks_on_a_terminal(tmp_path):
    import os
    import subprocess
    import sys

    master, slave = os.openpty()
    path = tmp_path / "gefragt.yaml"
    try:
        process = subprocess.Popen([sys.executable, "-m", "smkonzept.cli", "init", str(path)], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        os.write(master, "Stadt Testheim\nkeine\n3\n2\n".encode())
        stdout, stderr = process.communicate(timeout=60)
    finally:
        os.close(master)
        os.close(slave)
    assert process.returncode == 0, stderr
    assert "Bitte eine Nummer von 1 bis 8" in stdout
    laws = fitting_laws(BODY_KINDS["kommune"], REGISTRY)
    text = path.read_text(encoding="utf-8")
    assert 'kind: "kommune"' in text and f'law: "{laws[1]}"' in text and 'name: "Stadt Testheim"' in text
