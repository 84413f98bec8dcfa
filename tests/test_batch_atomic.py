"""A batch build writes all profiles' files together, or none of them."""

from __future__ import annotations

from conftest import MINIMAL_PROFILE
from smkonzept.engine.render import Engine
from smkonzept.cli import main


def test_failing_second_profile_leaves_the_first_profiles_outputs_alone(tmp_path, monkeypatch, capsys):
    first = tmp_path / "erste.yaml"
    first.write_text(MINIMAL_PROFILE, encoding="utf-8")
    second = tmp_path / "zweite.yaml"
    second.write_text(MINIMAL_PROFILE.replace("Musterstadt", "Zweitstadt"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "erste.html").write_bytes(b"alt")
    original = Engine._render

    def failing(self, document, formats, source=None):
        if "Zweitstadt" in document.author:
            raise RuntimeError("Konvertierung kaputt")
        return original(self, document, formats, source)

    monkeypatch.setattr(Engine, "_render", failing)
    assert main(["build", str(first), str(second), "--format", "html", "--output", str(out)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["erste.html"]
    assert (out / "erste.html").read_bytes() == b"alt"
