"""``build --format md`` writes a file that stands on its own: plain pandoc converts it without a warning.

"Plain pandoc" is the binary pypandoc-binary ships, called with its default Markdown reader (all
extensions on: citations, raw HTML, TeX math, …) and no options of ours. For PDF, pandoc runs
``typst compile IN OUT``; PyPI has no typst command, so a three-line ``typst`` script on PATH calls
the same compiler through the typst package and prints its warnings to stderr.
"""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from smkonzept.build import build
from smkonzept.pandoc import pandoc_path

ROOT = Path(__file__).resolve().parent.parent
CASES = {"ihk-ulm": ROOT / "profiles" / "ihk-ulm.yaml", "hostile": ROOT / "tests" / "corpus" / "hostile.yaml"}

TYPST_COMMAND = """#!{python}
import sys, typst
assert sys.argv[1] == "compile", sys.argv
if hasattr(typst, "compile_with_warnings"):
    _, warnings = typst.compile_with_warnings(sys.argv[2], output=sys.argv[3])
    for warning in warnings:
        print("typst warning:", warning.message, file=sys.stderr)
else:  # typst-py before 0.14 reports errors only
    typst.compile(sys.argv[2], output=sys.argv[3])
"""


@pytest.fixture(scope="module")
def markdown_files(tmp_path_factory):
    """Name → the Markdown file built for it, each alone in its own folder."""
    out = tmp_path_factory.mktemp("md")
    return {name: build(profile, ["md"], out / name)[0] for name, profile in CASES.items()}


@pytest.fixture(scope="module")
def typst_on_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bin")
    command = folder / "typst"
    command.write_text(TYPST_COMMAND.format(python=sys.executable), encoding="utf-8")
    command.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def plain_pandoc(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([pandoc_path(), *map(str, args)], capture_output=True, cwd=cwd, env=env, check=False)


def _tags(html: str) -> list[tuple[str, list[str]]]:
    """Every start tag of ``html`` with its attribute names."""
    found: list[tuple[str, list[str]]] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, [name for name, _ in attrs]))

    Parser().feed(html)
    return found


def _nodes(tree: object) -> list[str]:
    """Every node type in pandoc's JSON tree."""
    if isinstance(tree, dict):
        found = [tree["t"]] if isinstance(tree.get("t"), str) else []
        return found + [node for value in tree.values() for node in _nodes(value)]
    if isinstance(tree, list):
        return [node for item in tree for node in _nodes(item)]
    return []


@pytest.mark.parametrize("name", list(CASES))
def test_plain_pandoc_converts_markdown_to_html_docx_and_pdf_without_warnings(markdown_files, typst_on_path, name, tmp_path):
    source = markdown_files[name]
    # Run elsewhere than the Markdown's folder: nothing may depend on files beside it.
    for target, extra in (("out.html", ["--standalone"]), ("out.docx", []), ("out.pdf", ["--pdf-engine=typst"])):
        result = plain_pandoc(source, *extra, "-o", tmp_path / target, cwd=tmp_path, env=typst_on_path)
        assert result.returncode == 0, (target, result.stderr.decode())
        assert result.stderr.decode() == "", target
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        media = [item for item in archive.namelist() if item.startswith("word/media/")]
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    if name == "ihk-ulm":
        assert len(re.findall(r'<img\s+src="data:image/png;base64,', html)) == 1
        assert [Path(item).suffix for item in media] == [".png"]
        assert "Risikomatrix: Lage der Risiken" in pdf_text
        assert "@LfDI@bawü.social" in " ".join(pdf_text.split())
    else:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        tags = _tags(html)
        assert "script" not in {tag for tag, _ in tags}
        assert not [name for _, names in tags for name in names if name.startswith("on")]
        assert "OOXML-INJEKTION" in pdf_text


@pytest.mark.parametrize("name", list(CASES))
def test_plain_pandoc_reads_no_markup_the_document_does_not_mean(markdown_files, name, tmp_path):
    result = plain_pandoc(markdown_files[name], "--to=json", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == b""
    tree = json.loads(result.stdout)
    nodes = set(_nodes(tree["blocks"]))
    assert nodes & {"Cite", "RawInline", "RawBlock", "Math", "Div", "Span"} == set()
    assert set(tree["meta"]) >= {"title", "author", "date", "lang"}
    assert not any(key.startswith("smkonzept") for key in tree["meta"])


def test_markdown_output_is_reproducible(tmp_path):
    first = build(CASES["ihk-ulm"], ["md"], tmp_path / "a")[0].read_bytes()
    second = build(CASES["ihk-ulm"], ["md"], tmp_path / "b")[0].read_bytes()
    assert first == second
