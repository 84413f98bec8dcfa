"""Hostile text in a profile's free-text fields shows up as text and never runs or reads anything.

``tests/corpus/hostile.yaml`` is a valid profile whose names, purposes, audiences, contents,
paragraphs and chapter texts hold HTML, Markdown attributes, Jinja, raw pandoc blocks, typst
and TeX commands, an image of /etc/passwd, table cells starting with list markers and
``//``, and heading lines. It is built to HTML, DOCX and PDF once for all tests here.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from helpers import chapter_titles, html_text
from smkonzept.build import load_document
from smkonzept.render import render_bytes

HOSTILE = Path(__file__).parent / "corpus" / "hostile.yaml"

# Strings that must appear literally in every format's text.
LITERAL = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[klick](javascript:alert(1))",
    "[x]{onmouseover=alert(1)}",
    "{{ 7*7 }}",
    "{% for x in range(3) %}x{% endfor %}",
    '#read("/etc/passwd")',
    '#import "/etc/passwd"',
    "\\input{/etc/passwd}",
    "<w:r><w:t>OOXML-INJEKTION</w:t></w:r>",
    "`<b>`{=html}".replace("`", ""),
    "# Fake",
]
# Strings that only the Markdown fields hold; their markup stays text in HTML and DOCX.
MARKDOWN_LITERAL = [
    "::: {onclick=alert(1)}", "```{=html}", '-x//y]) #read("/etc/passwd")', '1.//z"); #import "/etc/passwd": *',
    # List items that typst would read as a term list or a heading (found by the Unicode property test).
    "/ Begriff: Erklärung", "= Keine Überschrift",
]


def _etc_passwd_lines() -> list[str]:
    try:
        return [line for line in Path("/etc/passwd").read_text().splitlines() if line.count(":") >= 5][:5]
    except OSError:
        return []


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    _, document = load_document(HOSTILE)
    return render_bytes(document, ["html", "docx", "pdf"])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def _tags(data: bytes) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(data.decode("utf-8"))
    return parser.tags


def test_html_has_no_active_content(outputs):
    html = outputs["html"]
    assert b"<script" not in html.lower()
    for tag, attrs in _tags(html):
        assert tag not in ("script", "iframe", "object", "embed", "form", "base")
        assert attrs.get("http-equiv", "").lower() != "refresh"
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert not value.strip().lower().startswith(("javascript:", "vbscript:")), (tag, name, value)
        if tag == "img":
            assert attrs["src"].startswith("data:image/svg+xml"), attrs["src"][:80]
        if tag == "a":
            assert attrs.get("href", "#").startswith(("#", "http://", "https://", "mailto:")), attrs


def test_html_shows_the_hostile_text_literally(outputs):
    text = html_text(outputs["html"])
    for literal in LITERAL + MARKDOWN_LITERAL:
        assert literal in text, literal
    assert "Konto <script>alert(1)</script> {{ 7*7 }}" in text
    assert "Konto <script>alert(1)</script> 49" not in text
    assert "Zweck: <img src=x onerror=alert(1)> klick" in text  # the javascript: link lost its target only


def test_html_gets_no_heading_from_free_text(outputs):
    titles = chapter_titles(outputs["html"])
    assert "Eigenes <script>alert(1)</script> {{ 7*7 }}" in titles
    assert not [title for title in titles if "Fake" in title]
    headings = re.findall(rb"<h[1-6][^>]*>(.*?)</h[1-6]>", outputs["html"], re.S)
    assert not [h for h in headings if b"Fake" in h]


def test_pdf_shows_the_text_and_reads_no_file(outputs):
    reader = PdfReader(io.BytesIO(outputs["pdf"]))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for literal in LITERAL + MARKDOWN_LITERAL:
        assert literal in text, literal
    assert "root:x:0:0" not in text
    for line in _etc_passwd_lines():
        assert line not in text
    assert not [item for item in reader.outline if not isinstance(item, list) and "Fake" in item.title]


def test_pdf_has_no_scripts_or_unsafe_links(outputs):
    data = outputs["pdf"]
    assert b"/JavaScript" not in data and b"/JS " not in data and b"/JS(" not in data
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            uri = str(action.get("/URI", ""))
            assert not uri or uri.startswith(("http://", "https://", "mailto:")), uri


def test_docx_shows_the_text_literally(outputs):
    document = docx.Document(io.BytesIO(outputs["docx"]))
    text = " ".join(" ".join(paragraph.text for paragraph in document.paragraphs).split())
    for literal in LITERAL + MARKDOWN_LITERAL[:2]:
        assert literal in text, literal
    headings = [p.text for p in document.paragraphs if p.style.name.lower().startswith(("heading", "überschrift"))]
    assert not [heading for heading in headings if "Fake" in heading]


def test_docx_xml_has_no_injected_markup(outputs):
    archive = zipfile.ZipFile(io.BytesIO(outputs["docx"]))
    xml = archive.read("word/document.xml").decode("utf-8")
    assert "OOXML-INJEKTION" in xml
    assert "<w:t>OOXML-INJEKTION</w:t>" not in xml
    assert all(xml[max(0, m.start() - 4) : m.start()] == "&gt;" for m in re.finditer("OOXML-INJEKTION", xml))
    relations = archive.read("word/_rels/document.xml.rels").decode("utf-8")
    assert "javascript:" not in relations.lower()
    assert "/etc/passwd" not in relations
    for name in archive.namelist():
        if name.startswith("word/media/"):  # only the risk matrix
            data = archive.read(name)
            assert name.endswith(".svg") and b"Risikomatrix" in data and b"root:" not in data, name
