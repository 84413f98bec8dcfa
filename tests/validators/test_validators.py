"""External validators and format checks for every shipped profile (tox -e validate)."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pikepdf
import pytest
from pypdf import PdfReader

from conftest import SHIPPED
from smkonzept.build import build

HERE = Path(__file__).resolve().parent
VNU = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_there_are_shipped_profiles():
    assert len(SHIPPED) >= 1


def test_nu_html_checker_reports_no_errors(shipped_builds):
    files = [str(build["html"]) for build in shipped_builds.values()]
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", *files], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.strip() == ""


def test_axe_reports_no_wcag_or_best_practice_violations(shipped_builds):
    files = [str(build["html"]) for build in shipped_builds.values()]
    result = subprocess.run(["node", str(HERE / "axe.mjs"), *files], capture_output=True, text=True, check=False, cwd=HERE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": 0 axe violations") == len(files)


@pytest.mark.parametrize("stem", [p.stem for p in SHIPPED])
def test_pdf_is_accessible_and_described(shipped_builds, stem):
    built = shipped_builds[stem]
    reader = PdfReader(built["pdf"])
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert str(root["/Lang"]) == "de-DE"
    assert "/StructTreeRoot" in root
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
    assert re.search(r"pdfuaid:part(>|=\")1", xmp)
    assert reader.metadata.title == built["document"].title
    assert reader.metadata.author == built["document"].author
    chapters = [s.title for s in built["document"].sections if s.level == 1]
    top_level = [item for item in reader.outline if not isinstance(item, list)]
    assert len(top_level) == len(chapters)
    assert [re.sub(r"^[\d.]+\s+", "", item.title) for item in top_level] == chapters


@pytest.mark.parametrize("stem", [p.stem for p in SHIPPED])
def test_docx_headings_language_and_properties(shipped_builds, stem):
    built = shipped_builds[stem]
    document = docx.Document(built["docx"])
    chapters = [s.title for s in built["document"].sections if s.level == 1]
    headings = [p.text.split("\t")[-1] for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == chapters
    assert document.core_properties.title == built["document"].title
    assert document.core_properties.author == built["document"].author
    assert document.core_properties.language == "de-DE"
    with zipfile.ZipFile(built["docx"]) as archive:
        styles = archive.read("word/styles.xml").decode()
        settings = archive.read("word/settings.xml").decode()
        footer = archive.read("word/footer1.xml").decode()
        body = archive.read("word/document.xml").decode()
    assert re.search(r'<w:lang [^>]*w:val="de-DE"', styles)
    assert "<w:updateFields" not in settings, "Word would ask to update fields on opening"
    assert " PAGE " in footer
    start = body.index("TOC \\o")
    field = body[start : body.index('w:fldCharType="end"', start)]
    assert all(f">{html.escape(title, quote=False)}<" in field for title in chapters), "the table of contents is not filled in"


@pytest.mark.parametrize("profile", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_two_builds_are_byte_identical(profile, tmp_path):
    first = build(profile, ["html", "docx", "pdf"], tmp_path / "a")
    second = build(profile, ["html", "docx", "pdf"], tmp_path / "b")
    for one, two in zip(first, second):
        assert hashlib.sha256(one.read_bytes()).digest() == hashlib.sha256(two.read_bytes()).digest(), one.name


@pytest.mark.parametrize("stem", [p.stem for p in SHIPPED])
def test_pdf_is_clean_under_qpdf_pdfinfo_and_pikepdf(shipped_builds, stem):
    pdf = shipped_builds[stem]["pdf"]
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors found" in check.stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False)
    assert info.returncode == 0
    assert info.stderr == ""
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.MULTILINE)
    with pikepdf.open(pdf) as document:
        assert document.check_pdf_syntax() == []
        assert dict(document.Root.MarkInfo) == {"/Marked": True}
