"""The key tree used by ``init`` and ``serve``: every model key has a German label and the help text of docs/profile.md."""

from __future__ import annotations

import importlib.util

from smkonzept import fieldhelp
from smkonzept.fields import LABELS, fields_by_pattern

from conftest import ROOT


def _tool():
    spec = importlib.util.spec_from_file_location("make_field_help", ROOT / "tools" / "make_field_help.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_help_module_matches_the_docs():
    tool = _tool()
    expected = tool.module((ROOT / "docs" / "profile.md").read_text(encoding="utf-8"))
    assert (ROOT / "core" / "fieldhelp.py").read_text(encoding="utf-8") == expected, "python tools/make_field_help.py ausführen"


def test_every_key_has_label_and_help():
    fields = fields_by_pattern()
    assert len(fields) > 100
    for pattern, field in fields.items():
        assert field.help, f"docs/profile.md erklärt {pattern} nicht"
        assert field.help == fieldhelp.HELP[pattern][1]
        assert field.label != field.name and field.label[0].isupper(), pattern


def test_labels_are_used():
    names = {pattern.rsplit(".", 1)[-1].removesuffix("[]") for pattern in fields_by_pattern()}
    assert set(LABELS) <= names
