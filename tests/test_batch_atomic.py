"""A batch build writes all profiles' files together, or none of them."""

from __future__ import annotations

from conftest import MINIMAL_PROFILE
from smkonzept.engine.render import Engine
from smkonzept.cli import main


def _two_profiles(folder):
    """Two valid profiles; the second one's author is „Zweitstadt“."""
    first = folder / "erste.yaml"
    first.write_text(MINIMAL_PROFILE, encoding="utf-8")
    second = folder / "zweite.yaml"
    second.write_text(MINIMAL_PROFILE.replace("Musterstadt", "Zweitstadt"), encoding="utf-8")
    return first, second


def test_failing_second_profile_leaves_the_first_profiles_outputs_alone(tmp_path, monkeypatch, capsys):
    first, second = _two_profiles(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "erste.html").write_bytes(b"alt")
    original = Engine._convert_stage

    def failing(self, document, formats, source=None):
        if "Zweitstadt" in document.author:
            raise RuntimeError("Konvertierung kaputt")
        return original(self, document, formats, source)

    monkeypatch.setattr(Engine, "_convert_stage", failing)
    assert main(["build", str(first), str(second), "--format", "html", "--output", str(out)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["erste.html"]
    assert (out / "erste.html").read_bytes() == b"alt"


def test_failing_pdf_of_the_second_profile_writes_nothing(tmp_path, monkeypatch, capsys):
    """The PDF is compiled on a typst thread after pandoc is done; its failure still stops every file."""
    from smkonzept.engine import render

    first, second = _two_profiles(tmp_path)
    out = tmp_path / "out"
    original = render.compile_pdf_warm
    compiled = []

    def failing(typst_source, meta, *args, **kwargs):
        compiled.append(meta.get("author"))
        if "Zweitstadt" in str(meta.get("author")):
            raise RuntimeError("typst kaputt")
        return original(typst_source, meta, *args, **kwargs)

    monkeypatch.setattr(render, "compile_pdf_warm", failing)
    assert main(["build", str(first), str(second), "--format", "html,pdf", "--output", str(out)]) == 1
    error = capsys.readouterr().err
    assert "typst kaputt" in error and "Traceback" not in error
    assert any("Zweitstadt" in str(author) for author in compiled)
    assert not out.exists() or not any(out.iterdir())
