"""The design's fonts, logo and title lines reach HTML, DOCX and PDF; unusable fonts are refused with file, line and reason."""

from __future__ import annotations

import base64
import re
import shutil
import struct
import zipfile
from pathlib import Path

import pikepdf
import pytest
import yaml
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "profiles" / "ihk-ulm.yaml"
DESIGNS = ROOT / "examples" / "designs"
EXAMPLES = sorted(DESIGNS.glob("*.yaml"))


def _family(path: Path) -> str:
    with TTFont(path) as font:
        return str(font["name"].getDebugName(1))


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda path: path.stem)
def example(request, tmp_path_factory):
    """(design data, design folder copy, {format: path}) for the seed profile in one example design."""
    from smkonzept.build import build

    design = request.param
    folder = tmp_path_factory.mktemp(design.stem)
    shutil.copytree(DESIGNS, folder, dirs_exist_ok=True)
    profile = folder / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign: {design.name}\n", encoding="utf-8")
    built = {path.suffix[1:]: path for path in build(profile, ["html", "docx", "pdf"], folder / "out")}
    return yaml.safe_load(design.read_text(encoding="utf-8")), folder, built


def test_example_designs_ship_fonts_title_lines_and_an_ofl_licence():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for design in EXAMPLES:
        data = yaml.safe_load(design.read_text(encoding="utf-8"))
        assert data["title_lines"]
        for role in ("body", "heading"):
            font = DESIGNS / data["fonts"][role]
            assert font.is_file() and font.stat().st_size < 100_000
            licence = font.parent / "LICENSE-Noto-OFL.txt"
            assert "SIL OPEN FONT LICENSE Version 1.1" in licence.read_text(encoding="utf-8")
            assert f'"{licence.relative_to(ROOT).as_posix()}"' in pyproject


def test_html_embeds_the_fonts_and_names_them_first(example):
    data, folder, built = example
    page = built["html"].read_text(encoding="utf-8")
    faces = re.findall(r'@font-face \{ font-family: "([^"]+)"; src: url\("data:font/ttf;base64,([^"]+)"\) format\("truetype"\); font-weight: (\d+);', page)
    embedded = {base64.b64decode(encoded): (family, int(weight)) for family, encoded, weight in faces}
    for role in ("body", "heading"):
        font = folder / data["fonts"][role]
        assert font.read_bytes() in embedded, role
        assert embedded[font.read_bytes()][0] == _family(font)
    body = _family(folder / data["fonts"]["body"])
    heading = _family(folder / data["fonts"]["heading"])
    assert re.search(rf'body \{{ font-family: "{re.escape(body)}", ', page)
    assert re.search(rf'h1, h2, h3, h4, \.title, \.subtitle, \.chamber \{{ font-family: "{re.escape(heading)}", ', page)
    assert "font-src data:" in page


def test_html_title_page_shows_the_title_lines(example):
    data, _, built = example
    page = built["html"].read_text(encoding="utf-8")
    title_block = page[page.index('<header class="title-block">') : page.index("</header>")]
    assert re.findall(r'<p class="title-line">([^<]*)</p>', title_block) == data["title_lines"]


def _docx_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _style(styles: str, style_id: str) -> str:
    block = styles[styles.index(f'w:styleId="{style_id}"') :]
    return block[: block.index("</w:style>")]


def test_docx_styles_name_the_fonts(example):
    data, folder, built = example
    styles = _docx_parts(built["docx"])["word/styles.xml"].decode("utf-8")
    body = _family(folder / data["fonts"]["body"])
    heading = _family(folder / data["fonts"]["heading"])
    for style_id, family in (("Normal", body), ("Heading1", heading), ("Heading2", heading), ("Title", heading)):
        fonts = re.findall(r"<w:rFonts ([^>]*)/>", _style(styles, style_id))
        assert len(fonts) == 1, style_id
        assert dict(re.findall(r'w:(\w+)="([^"]*)"', fonts[0])) == {"ascii": family, "hAnsi": family, "eastAsia": family, "cs": family}


def test_docx_title_page_has_the_logo_with_alt_text_and_the_title_lines(example):
    data, _, built = example
    parts = _docx_parts(built["docx"])
    document = parts["word/document.xml"].decode("utf-8")
    first = document[document.index("<w:body>") :]
    first = first[: first.index("</w:p>")]
    assert re.search(rf'<wp:docPr id="\d+" name="Logo" descr="{re.escape(data["logo"]["alt"])}" />', first)
    target = re.search(r'Id="rIdSmkLogo" Target="([^"]+)"', parts["word/_rels/document.xml.rels"].decode("utf-8"))
    assert target is not None and 'r:embed="rIdSmkLogo"' in first
    png = parts[f"word/{target.group(1)}"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    cx, cy = map(int, re.search(r'<wp:extent cx="(\d+)" cy="(\d+)" />', first).groups())
    assert cy == 648000 and abs(cx / cy - width / height) < 0.01
    assert 'Extension="png"' in parts["[Content_Types].xml"].decode("utf-8")
    ids = re.findall(r'<wp:docPr id="(\d+)"', document)
    assert len(ids) == len(set(ids))
    before_toc = document[: document.index('w:val="Table of Contents"')]
    lines = [
        "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph))
        for paragraph in re.findall(r'<w:p><w:pPr><w:pStyle w:val="Author" /></w:pPr>(.*?)</w:p>', before_toc)
    ]
    assert lines[-len(data["title_lines"]) :] == data["title_lines"]


def test_pdf_embeds_the_fonts_and_shows_logo_and_title_lines(example):
    data, folder, built = example
    with pikepdf.open(built["pdf"]) as pdf:
        fonts = {
            str(font.get("/BaseFont")).split("+", 1)[-1]
            for page in pdf.pages[:3]
            for _, font in page.Resources.get("/Font", {}).items()
        }
        alts = {str(obj.get("/Alt")) for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and "/Alt" in obj}
    for role in ("body", "heading"):
        with TTFont(folder / data["fonts"][role]) as font:
            postscript = str(font["name"].getDebugName(6))
        assert postscript in fonts, (role, fonts)
    assert data["logo"]["alt"] in alts
    from pypdf import PdfReader

    first_page = " ".join(PdfReader(built["pdf"]).pages[0].extract_text().split())
    for line in data["title_lines"]:
        assert " ".join(line.split()) in first_page


def test_without_fonts_the_pdf_keeps_the_shipped_fonts(tmp_path):
    from smkonzept.build import build

    profile = tmp_path / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + '\ndesign:\n  title_lines: ["Nur eine Zeile"]\n', encoding="utf-8")
    built = {path.suffix[1:]: path for path in build(profile, ["html", "pdf"], tmp_path / "out")}
    with pikepdf.open(built["pdf"]) as pdf:
        fonts = {str(font.get("/BaseFont")).split("+", 1)[-1] for _, font in pdf.pages[2].Resources.get("/Font", {}).items()}
    assert "Lato-Regular" in fonts
    assert "@font-face" not in built["html"].read_text(encoding="utf-8")


def _with_fsType(source: Path, target: Path, fs_type: int) -> None:
    with TTFont(source) as font:
        font["OS/2"].fsType = fs_type
        font.save(target)


def _without_umlauts(source: Path, target: Path) -> None:
    from fontTools import subset

    options = subset.Options()
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=range(0x20, 0x7F))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


REGULAR = DESIGNS / "schriften" / "NotoSans-Regular.ttf"


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda target: _with_fsType(REGULAR, target, 0x0002), "fsType 0x0002"),
        (lambda target: _with_fsType(REGULAR, target, 0x0100), "fsType 0x0100"),
        (lambda target: _without_umlauts(REGULAR, target), "nicht darstellen: ä ö ü Ä Ö Ü ß „ “ –"),
        (lambda target: target.write_bytes(b"kein Font" * 20), "lässt sich nicht lesen"),
    ],
    ids=["restricted", "no-subsetting", "no-umlauts", "not-a-font"],
)
def test_unusable_font_is_refused_with_file_line_field_and_reason(run_cli, tmp_path, make, fragment):
    make(tmp_path / "haus.ttf")
    profile = tmp_path / SEED.name
    text = SEED.read_text(encoding="utf-8").rstrip("\n") + "\ndesign:\n  fonts:\n    body: haus.ttf\n"
    profile.write_text(text, encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 2, result.stderr
    line = text.count("\n")
    assert f"{profile}:{line} (Feld „design.fonts.body“): Die Schrift „haus.ttf“ " in result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("../draussen.ttf", "außerhalb dieses Ordners"), ("haus.woff2", "andere Endung"), ("fehlt.ttf", "nicht gefunden")],
)
def test_font_file_rules_are_those_of_the_logo(run_cli, tmp_path, name, fragment):
    inner = tmp_path / "profil"
    inner.mkdir()
    shutil.copy(REGULAR, tmp_path / "draussen.ttf")
    profile = inner / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign:\n  fonts:\n    heading: {name}\n", encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 2
    assert "(Feld „design.fonts.heading“)" in result.stderr and fragment in result.stderr


def test_too_many_title_lines_are_refused(run_cli, tmp_path):
    profile = tmp_path / SEED.name
    lines = "".join(f"    - Zeile {n}\n" for n in range(7))
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign:\n  title_lines:\n{lines}", encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 2
    assert "(Feld „design.title_lines“)" in result.stderr and "höchstens 6 Zeilen" in result.stderr
