"""Kinds of body: the table matches the profile schema, and which law may apply to which kind."""

from __future__ import annotations

import subprocess
import sys
import typing

import pytest

from conftest import MINIMAL_PROFILE
from smkonzept.bodykinds import BODY_KINDS
from smkonzept.build import load_document
from smkonzept.errors import ProfileError
from smkonzept.profile.model import Chamber


def test_every_kind_of_the_schema_has_its_words():
    kinds = typing.get_args(typing.get_type_hints(Chamber)["kind"])
    assert set(kinds) == set(BODY_KINDS) == {"ihk", "hwk", "kommune", "landkreis", "hochschule", "landesbehoerde", "bundesbehoerde", "public-body"}
    for kind in BODY_KINDS.values():
        assert kind.label and kind.publics and kind.target_groups
        assert kind.chamber == (kind.id in ("ihk", "hwk"))
        assert kind.federal == (kind.id == "bundesbehoerde")
        if not kind.chamber:
            assert "Kammer" not in kind.mandate + kind.publics + kind.target_groups + kind.legal_form


def _profile(tmp_path, law: str, kind: str):
    path = tmp_path / "stelle.yaml"
    path.write_text(MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {law}").replace("kind: ihk", f"kind: {kind}"), encoding="utf-8")
    return path


def test_federal_body_under_a_state_law_is_refused_with_file_line_and_field(tmp_path):
    path = _profile(tmp_path, "hessen", "bundesbehoerde")
    with pytest.raises(ProfileError) as caught:
        load_document(path)
    message = str(caught.value)
    assert f"{path}:5" in message and "chamber.kind" in message
    assert "Bundesdatenschutzgesetz" in message and "law: bund" in message


@pytest.mark.parametrize("kind", ["ihk", "kommune", "hochschule", "landesbehoerde"])
def test_state_body_under_the_federal_law_is_refused(tmp_path, kind):
    path = _profile(tmp_path, "bund", kind)
    with pytest.raises(ProfileError) as caught:
        load_document(path)
    message = str(caught.value)
    assert f"{path}:10" in message and "law: bund" in message
    assert "gilt nur für Stellen des Bundes" in message


def test_check_command_refuses_the_pairing_without_traceback(tmp_path):
    path = _profile(tmp_path, "DE", "kommune")
    result = subprocess.run([sys.executable, "-m", "smkonzept", "check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "gilt nur für Stellen des Bundes" in result.stderr and f"{path}:10" in result.stderr
    assert "Traceback" not in result.stderr


def test_matching_pairs_load(tmp_path):
    assert load_document(_profile(tmp_path, "bund", "bundesbehoerde"))[1].law.federal
    assert load_document(_profile(tmp_path, "DE-NW", "kommune"))[1].law.id == "nordrhein-westfalen"


def test_plugins_lists_17_laws_and_11_platforms():
    result = subprocess.run([sys.executable, "-m", "smkonzept", "plugins"], capture_output=True, text=True, check=True)
    laws = [line for line in result.stdout.splitlines() if ": Landesgesetz " in line or ": Bundesgesetz " in line]
    platforms = [line for line in result.stdout.splitlines() if ": Plattform " in line]
    assert len(laws) == 17 and len(platforms) == 11
    for name in ("tiktok", "bluesky", "threads", "whatsapp"):
        assert f"  {name}: Plattform {name}" in result.stdout
    assert "  bund: Bundesgesetz bund" in result.stdout
