"""What the law plugins put into a built document, and the risk chapter in every format."""

from __future__ import annotations

import re

import docx
import pytest
from pypdf import PdfReader

from conftest import MINIMAL_PROFILE
from smkonzept.build import build, load_document
from smkonzept.figures import RISK_MATRIX

LAWS = {
    "baden-wuerttemberg": ("Landesdatenschutzgesetz Baden-Württemberg", "§ 4 LDSG", "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg", "70025 Stuttgart"),
    "sachsen": ("Sächsisches Datenschutzdurchführungsgesetz", "§ 3 SächsDSDG", "Sächsische Datenschutz- und Transparenzbeauftragte", "01067 Dresden"),
    "bayern": ("Bayerisches Datenschutzgesetz", "Art. 4 BayDSG", "Bayerische Landesbeauftragte für den Datenschutz", "80502 München"),
}


@pytest.mark.parametrize("law", sorted(LAWS))
def test_document_names_law_basis_authority_complaint_and_officer(tmp_path, law):
    name, basis, authority, city = LAWS[law]
    path = tmp_path / f"{law}.yaml"
    path.write_text(MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {law}"), encoding="utf-8")
    markdown = load_document(path)[1].markdown()
    assert name in markdown
    assert basis in markdown and "Art. 6 Abs. 1 Buchst. e DSGVO" in markdown
    assert authority in markdown and city in markdown
    assert "Art. 77 DSGVO" in markdown
    assert "Erika Mustermann" in markdown and "datenschutz@ihk-musterstadt.example" in markdown
    for outdated in ("§ 5 TMG", "Telemediengesetz", "TTDSG", "Sächsisches Datenschutzgesetz"):
        assert outdated not in markdown


THREE_PLATFORMS = MINIMAL_PROFILE + """\
  - platform: instagram
    name: IHK Musterstadt
  - platform: youtube
    name: IHK Musterstadt
"""


@pytest.fixture(scope="module")
def risk_outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("risk")
    profile = folder / "risiko.yaml"
    profile.write_text(THREE_PLATFORMS, encoding="utf-8")
    return {p.suffix[1:]: p for p in build(profile, ["html", "docx", "pdf"], folder / "out")}


def own_rows(profile_text: str, tmp_path) -> dict[str, int]:
    path = tmp_path / "r.yaml"
    path.write_text(profile_text, encoding="utf-8")
    document = load_document(path)[1]
    return {use.platform.name: len(document.risk.for_platform(use.platform)) for use in document.platforms}


def test_html_has_one_common_risk_table_and_one_per_platform_that_differs(risk_outputs, tmp_path):
    html = risk_outputs["html"].read_text(encoding="utf-8")
    assert len(re.findall(r"<caption>.*Gemeinsame Risiken aller Netzwerke", html)) == 1
    for platform, count in own_rows(THREE_PLATFORMS, tmp_path).items():
        assert bool(re.search(rf"<caption>.*Risiken bei {platform} vor und nach den Maßnahmen", html)) == (count > 0)
    image = re.search(r'<img\s+src="data:image/svg\+xml;base64,[^"]+"[^>]*alt="(Risikomatrix[^"]+)"', html)
    assert image and "Stufen" in image.group(1)


def test_docx_has_the_tables_and_the_described_matrix(risk_outputs, tmp_path):
    document = docx.Document(risk_outputs["docx"])
    risk_tables = [t for t in document.tables if t.rows[0].cells[0].text == "Nr."]
    assert len(risk_tables) == 1 + sum(1 for count in own_rows(THREE_PLATFORMS, tmp_path).values() if count)
    xml = document.element.xml
    assert re.search(r'<wp:docPr [^>]*descr="Risikomatrix aus Schwere', xml)
    assert any(part.partname.endswith(".svg") for part in document.part.package.parts)


def test_pdf_has_the_tables_and_the_matrix_with_alt_text(risk_outputs):
    reader = PdfReader(risk_outputs["pdf"])
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Risiken bei allen Netzwerken" in text
    raw = risk_outputs["pdf"].read_bytes()
    assert b"/Figure" in raw
    assert re.search(rb"/Alt\s*\(", raw) or re.search(rb"/Alt\s*<", raw)


def test_matrix_and_tables_use_the_same_rows(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(THREE_PLATFORMS, encoding="utf-8")
    document = load_document(path)[1]
    labels = [row.label for row in document.risk.rows]
    markdown = document.markdown()
    assert all(f"| {label} |" in markdown for label in labels)
    from smkonzept.figures import risk_matrix_svg

    svg = risk_matrix_svg(document.risk)
    assert all(f">{label}<" in svg for label in labels)
    assert RISK_MATRIX in markdown
