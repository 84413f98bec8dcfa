"""The DOCX of a seed profile as Word users expect it: page numbers, header and footer, a filled contents list."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from smkonzept.build import build, load_document

SEED = Path(__file__).resolve().parent.parent / "profiles" / "ihk-ulm.yaml"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> dict[str, str]:
    path = build(SEED, ["docx"], tmp_path_factory.mktemp("docx-layout"))[0]
    with zipfile.ZipFile(path) as opened:
        return {name: opened.read(name).decode("utf-8") for name in opened.namelist() if name.endswith((".xml", ".rels"))}


def _footers(archive: dict[str, str]) -> list[str]:
    rels = archive["word/_rels/document.xml.rels"]
    targets = re.findall(r'Type="[^"]+/footer" Id="([^"]+)" Target="([^"]+)"', rels)
    used = set(re.findall(r'<w:footerReference w:type="default" r:id="([^"]+)"', archive["word/document.xml"]))
    return [archive[f"word/{target}"] for rel_id, target in targets if rel_id in used]


def test_footer_holds_a_page_field(archive):
    footers = _footers(archive)
    assert footers, "the section refers to no footer"
    assert any(re.search(r'w:instr=" PAGE "|<w:instrText[^>]*> PAGE ', footer) for footer in footers)
    assert "Seite" in footers[0]


def test_opens_without_a_prompt_to_update_fields(archive):
    assert not re.search(r'<w:updateFields w:val="(true|1|on)"', archive["word/settings.xml"])
    assert 'w:dirty="true"' not in archive["word/document.xml"]


def test_contents_are_filled_with_the_headings(archive, tmp_path):
    document = archive["word/document.xml"]
    field = document[document.index("TOC \\o"):document.index('w:fldCharType="end"', document.index("TOC \\o"))]
    _, loaded = load_document(SEED)
    top_titles = [section.title for section in loaded.sections if section.level == 1]
    assert top_titles
    for title in top_titles:
        assert f">{title}<" in field.replace("&amp;", "&"), title
    anchors = re.findall(r'<w:hyperlink w:anchor="([^"]+)"', field)
    assert anchors and all(f'w:name="{anchor}"' in document for anchor in anchors)


def test_header_and_footer_name_the_document(tmp_path):
    path = build(SEED, ["docx"], tmp_path)[0]
    section = docx.Document(path).sections[0]
    _, loaded = load_document(SEED)
    assert loaded.title in section.header.paragraphs[0].text
    assert "Stand:" in section.footer.paragraphs[0].text
