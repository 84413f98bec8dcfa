"""Every output format end to end: the files exist, open in their readers and hold the content."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from pypdf import PdfReader

from conftest import MINIMAL_PROFILE
from smkonzept.build import build, load_document

CHAMBER = "Industrie- und Handelskammer Musterstadt"


def normalise(text: str) -> str:
    text = re.sub(r"[-‐]\s*\n\s*", "", text)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("render")
    profile = folder / "muster.yaml"
    profile.write_text(MINIMAL_PROFILE, encoding="utf-8")
    paths = build(profile, ["html", "docx", "pdf", "md"], folder / "out")
    return {path.suffix[1:]: path for path in paths}


@pytest.fixture(scope="module")
def chapter_titles(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("titles")
    profile = folder / "muster.yaml"
    profile.write_text(MINIMAL_PROFILE, encoding="utf-8")
    _, document = load_document(profile)
    return [section.title for section in document.sections if section.level == 1]


def test_four_files_named_after_the_profile(built):
    assert sorted(built) == ["docx", "html", "md", "pdf"]
    assert all(path.name.startswith("muster.") for path in built.values())


def test_pdf_opens_and_holds_chamber_and_chapters(built, chapter_titles):
    reader = PdfReader(built["pdf"])
    text = normalise("\n".join(page.extract_text() for page in reader.pages))
    assert reader.metadata.title == "Nutzungskonzept Social Media (Entwurf – nicht zur Unterschrift)"
    assert reader.metadata.author == CHAMBER
    assert CHAMBER in text
    for title in chapter_titles:
        assert title in text, title
    assert len(reader.outline) >= len(chapter_titles)


def test_docx_opens_and_holds_chamber_and_chapters(built, chapter_titles):
    document = docx.Document(built["docx"])
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    headings = [p.text.split("\t")[-1] for p in document.paragraphs if p.style.name == "Heading 1"]
    assert CHAMBER in text
    assert headings == chapter_titles
    assert document.core_properties.title == "Nutzungskonzept Social Media (Entwurf – nicht zur Unterschrift)"
    assert document.core_properties.author == CHAMBER
    assert document.core_properties.language == "de-DE"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_html_is_standalone_german_and_complete(built, chapter_titles):
    html = built["html"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="de">' in html
    assert "Content-Security-Policy" in html
    assert not re.search(r"<(script|link)\b", html)
    assert not re.search(r"""(src|href)=["']https?://[^"']*\.(css|js)""", html)
    assert CHAMBER in html
    flowing = " ".join(html.split())
    for title in chapter_titles:
        assert title in flowing, title


def test_markdown_is_the_assembled_source(built, chapter_titles):
    markdown = built["md"].read_text(encoding="utf-8")
    front = yaml.safe_load(markdown.split("---\n")[1])
    assert front["title"] == "Nutzungskonzept Social Media (Entwurf -- nicht zur Unterschrift)"
    assert front["author"] == CHAMBER
    assert front["lang"] == "de-DE"
    headings = re.findall(r"^# (.+?)(?: \{#[^}]*\})?$", markdown, re.MULTILINE)
    assert len(headings) == len(chapter_titles)


def test_two_builds_are_byte_identical(tmp_path):
    profile = tmp_path / "muster.yaml"
    profile.write_text(MINIMAL_PROFILE, encoding="utf-8")
    first = build(profile, ["html", "docx", "pdf"], tmp_path / "a")
    second = build(profile, ["html", "docx", "pdf"], tmp_path / "b")
    for one, two in zip(first, second):
        assert hashlib.sha256(one.read_bytes()).hexdigest() == hashlib.sha256(two.read_bytes()).hexdigest(), one.name


def test_docx_timestamps_follow_the_document_date(built):
    with zipfile.ZipFile(built["docx"]) as archive:
        core = archive.read("docProps/core.xml").decode()
        assert all(info.date_time[:3] == (2026, 11, 1) for info in archive.infolist())
    assert "<dcterms:created" in core and "2026-11-01T00:00:00Z" in core


def test_pdf_is_tagged_and_declares_pdf_ua(built):
    data = built["pdf"].read_bytes()
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert str(root["/Lang"]).lower().startswith("de")
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
    assert "pdfuaid:part" in xmp and re.search(r"pdfuaid:part[^0-9]*1", xmp)
    assert "pdfaid:part" in xmp


def test_a_word_longer_than_a_line_is_hyphenated_in_the_pdf(tmp_path):
    """Body text is set without hyphenation, except a word without a break of its own: it would run past the margin."""
    word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft" * 2
    data = yaml.safe_load(MINIMAL_PROFILE)
    data["necessity"] = [f"Ein sehr langes Wort: {word} und danach gewöhnlicher Text, der weitergeht."]
    profile = tmp_path / "lang.yaml"
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (pdf,) = build(profile, ["pdf"], tmp_path / "out")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Donaudampfschifffahrts" in text and "gewöhnlicher Text" in text
    assert word not in text  # split across two lines, not one line running off the page

