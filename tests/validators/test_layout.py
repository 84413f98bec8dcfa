"""Page layout of the PDFs, measured on rendered pages (pdftoppm) and extracted text (pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import SHIPPED
from smkonzept.build import build

DPI = 30
A4_HEIGHT_PT = 841.89
A4_WIDTH_PT = 595.28
# The body area of every page after the title page (smkonzept-style.typ: margins top 2.8 cm, bottom 2.6 cm).
BODY_TOP_PT = 2.8 / 2.54 * 72
BODY_BOTTOM_PT = A4_HEIGHT_PT - 2.6 / 2.54 * 72
# A chapter counts as starting a page when its heading lies within this distance of the body's top.
PAGE_START_PT = 1.5 / 2.54 * 72
MAX_EMPTY_SHARE = 1 / 3
INK = 200  # grey value below which a pixel counts as printed (0 black, 255 white)


def _pgm_rows(path: Path) -> list[bytes]:
    data = path.read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header, f"{path} ist kein binäres PGM"
    width, height, _ = map(int, header.groups())
    pixels = data[header.end():]
    return [pixels[row * width:(row + 1) * width] for row in range(height)]


def empty_shares(pdf: Path, folder: Path) -> list[float]:
    """For each page, the share of the body area below its last printed pixel row."""
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(folder / "page")], check=True)
    shares = []
    for image in sorted(folder.glob("page-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        rows = _pgm_rows(image)
        scale = len(rows) / A4_HEIGHT_PT
        top, bottom = round(BODY_TOP_PT * scale), round(BODY_BOTTOM_PT * scale)
        printed = [y for y in range(top, bottom) if min(rows[y]) < INK]
        end = printed[-1] + 1 if printed else top
        shares.append((bottom - end) / (bottom - top))
    return shares


def exempt_pages(pdf: Path) -> dict[int, str]:
    """Pages (1-based) that may be short, each with the reason.

    - page 1 is the title page; the table of contents fills the pages up to the first chapter;
    - a page whose next page starts with a top-level chapter heading (typst keeps a heading
      with the text after it, so the page before may end early);
    - the last page, where the document simply ends.
    """
    reader = PdfReader(pdf)
    count = len(reader.pages)
    chapters = [
        (reader.get_destination_page_number(item), float(item.top))
        for item in reader.outline
        if not isinstance(item, list)
    ]
    first_chapter_page = min(page for page, _ in chapters) + 1
    exempt = {1: "Titelseite"}
    exempt.update({page: "Inhaltsverzeichnis" for page in range(2, first_chapter_page)})
    for index, top in chapters:
        starts_on = index + 1
        if A4_HEIGHT_PT - top <= BODY_TOP_PT + PAGE_START_PT and starts_on > first_chapter_page:
            exempt.setdefault(starts_on - 1, "Seite vor einem Kapitel")
    exempt[count] = "letzte Seite"
    return exempt


@pytest.mark.parametrize("stem", [p.stem for p in SHIPPED])
def test_no_page_is_more_than_a_third_empty(shipped_builds, stem, tmp_path):
    pdf = shipped_builds[stem]["pdf"]
    shares = empty_shares(pdf, tmp_path)
    exempt = exempt_pages(pdf)
    assert len(shares) == len(PdfReader(pdf).pages)
    too_empty = {
        number: f"{share:.0%} leer"
        for number, share in enumerate(shares, start=1)
        if share > MAX_EMPTY_SHARE and number not in exempt
    }
    assert too_empty == {}, f"{stem}: {too_empty} (ausgenommen: {exempt})"


def test_empty_share_measures_a_half_page(tmp_path):
    """The measure itself: a page with text only in its upper half is about half empty."""
    source = tmp_path / "half.typ"
    source.write_text(
        '#set page(paper: "a4", margin: (top: 2.8cm, bottom: 2.6cm, x: 2.5cm))\n'
        "#block(height: 50%, width: 100%, fill: black)\n",
        encoding="utf-8",
    )
    import typst

    pdf = tmp_path / "half.pdf"
    pdf.write_bytes(typst.compile(str(source)))
    (tmp_path / "pages").mkdir()
    [share] = empty_shares(pdf, tmp_path / "pages")
    assert 0.45 < share < 0.55


LONG_NAME = "Industrie- und Handelskammer für die Region Musterstadt, den Beispielkreis und das Seeland"
LONG_SHORT_NAME = "IHK Musterstadt, Beispielkreis und Umland an der Musterach"
LONG_TITLE = "Konzept für die Nutzung sozialer Netzwerke durch die Pressestelle und die Onlineredaktion"


def _profile(name: str, short_name: str, title: str) -> str:
    return f"""\
schema: 1
chamber:
  name: "{name}"
  short_name: "{short_name}"
  kind: ihk
  address: {{street: Marktplatz 1, postal_code: "12345", city: Musterstadt}}
  website: https://www.ihk-musterstadt.example
  email: info@ihk-musterstadt.example
  phone: 01234 567-0
  representatives: [Dr. Erika Muster (Präsidentin)]
law: baden-wuerttemberg
editorial: {{unit: Pressestelle, email: presse@ihk-musterstadt.example}}
data_protection_officer: {{name: Erika Mustermann, email: datenschutz@ihk-musterstadt.example}}
evaluation: {{interval_months: 12, publication_url: https://www.ihk-musterstadt.example/evaluierung}}
document: {{title: "{title}", date: 2026-11-01, publication_url: https://www.ihk-musterstadt.example/social-media}}
website: {{embeds: none}}
retention: Nachrichten löscht die Kammer drei Monate nach der Antwort.
risk:
  dpo_opinion: {{date: 2026-10-20, text: Die Nutzung ist mit den Maßnahmen vertretbar.}}
  decision: {{date: 2026-10-25, by: Hauptgeschäftsführung, text: Die Konten werden geführt.}}
  consultation: {{status: requested, date: 2026-10-28, interim: suspended}}
  platform_decisions: {{facebook: {{date: 2026-10-25, by: Hauptgeschäftsführung, text: Die Seite ruht bis zum Ergebnis der Konsultation.}}}}
accounts:
  - platform: facebook
    name: IHK Musterstadt
    url: https://www.facebook.com/ihkmusterstadt
"""


def _header_text(pdf: Path, page: int, left: float, width: float) -> str:
    """The text pdftotext finds in the top margin of ``page`` between ``left`` and ``left + width`` (points)."""
    result = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-x", str(round(left)), "-y", "0",
         "-W", str(round(width)), "-H", str(round(BODY_TOP_PT)), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    )
    return " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("short_name", "title", "left", "right"),
    [
        (LONG_SHORT_NAME, LONG_TITLE, LONG_SHORT_NAME, LONG_TITLE),
        ("IHK Musterstadt", "Nutzungskonzept Social Media", "IHK Musterstadt", "Nutzungskonzept Social Media"),
        ("IHK Musterstadt", "Social-Media-Konzept der IHK Musterstadt", "", "Social-Media-Konzept der IHK Musterstadt"),
    ],
    ids=["lange-namen", "kurze-namen", "titel-nennt-kammer"],
)
def test_running_header_keeps_name_and_title_apart(tmp_path, short_name, title, left, right):
    assert len(LONG_NAME) == 90
    profile = tmp_path / "lang.yaml"
    profile.write_text(_profile(LONG_NAME, short_name, title), encoding="utf-8")
    [pdf] = build(profile, ["pdf"], tmp_path / "out")
    middle = A4_WIDTH_PT / 2
    for page in (2, 3, len(PdfReader(pdf).pages)):
        assert _header_text(pdf, page, 0, middle) == left
        assert _header_text(pdf, page, middle, middle) == right
        assert LONG_NAME not in _header_text(pdf, page, 0, A4_WIDTH_PT)
