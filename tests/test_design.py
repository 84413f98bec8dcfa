"""The body's house style: colours and header/footer texts reach HTML, DOCX and PDF; pale colours are refused."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pikepdf
import pytest

from helpers import modules_loaded_by_build
from smkonzept.design import BACKGROUND, Colours, Design, design_problems

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "profiles" / "ihk-ulm.yaml"
DESIGN = {"primary": "#6b1d2e", "accent": "#0b5d3b", "text": "#222222"}


def _designed(folder: Path, colours: dict[str, str], header: str = "", footer: str = "") -> Path:
    lines = ["design:", "  colours:", *(f'    {key}: "{value}"' for key, value in colours.items())]
    if header:
        lines.append(f"  header: {header}")
    if footer:
        lines.append(f"  footer: {footer}")
    profile = folder / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return profile


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    from smkonzept.build import build

    folder = tmp_path_factory.mktemp("design")
    profile = _designed(folder, DESIGN, header="Kammer Muster – Kopfzeile", footer="Nur für den Dienstgebrauch")
    return {path.suffix[1:]: path for path in build(profile, ["html", "docx", "pdf"], folder / "out")}


def test_html_sets_the_colours_as_css_variables(outputs):
    html = outputs["html"].read_text(encoding="utf-8")
    variables = dict(re.findall(r"--(ink|accent|highlight): (#[0-9a-f]{6})", html.split("<style>:root {", 2)[-1]))
    assert variables == {"ink": DESIGN["text"], "accent": DESIGN["primary"], "highlight": DESIGN["accent"]}


def test_docx_styles_carry_the_colours_and_the_texts(outputs):
    with zipfile.ZipFile(outputs["docx"]) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
        header = archive.read("word/header1.xml").decode("utf-8")
        footer = archive.read("word/footer1.xml").decode("utf-8")

    def colour_of(style_id: str) -> list[str]:
        block = styles[styles.index(f'w:styleId="{style_id}"'):]
        return re.findall(r'<w:color [^>]*w:val="([0-9A-F]{6})"', block[: block.index("</w:style>")])

    assert colour_of("Heading1") == [DESIGN["primary"][1:].upper()]
    assert colour_of("Title") == [DESIGN["primary"][1:].upper()]
    assert colour_of("SectionNumber") == [DESIGN["accent"][1:].upper()]
    assert colour_of("Normal") == [DESIGN["text"][1:].upper()]
    assert "Kammer Muster – Kopfzeile" in header
    assert "Nur für den Dienstgebrauch" in footer and " PAGE " in footer


def test_pdf_draws_in_the_colours_and_shows_the_texts(outputs):
    with pikepdf.open(outputs["pdf"]) as pdf:
        fills = set()
        for page in pdf.pages[:3]:
            for instruction in pikepdf.parse_content_stream(page):
                if str(instruction.operator) in {"sc", "scn", "rg"} and len(instruction.operands) == 3:
                    fills.add(tuple(round(float(value) * 255) for value in instruction.operands))
    for value in DESIGN.values():
        assert tuple(int(value[i : i + 2], 16) for i in (1, 3, 5)) in fills, value
    from pypdf import PdfReader

    second = PdfReader(outputs["pdf"]).pages[1].extract_text()
    assert "Kammer Muster – Kopfzeile" in second and "Nur für den Dienstgebrauch" in second


def test_low_contrast_pair_is_refused_with_both_colours_and_the_ratio(run_cli, tmp_path):
    profile = _designed(tmp_path, {"primary": "#7fa7c9"})
    result = run_cli("build", profile, "-o", tmp_path / "out")
    assert result.returncode == 2
    line = profile.read_text(encoding="utf-8").splitlines().index('    primary: "#7fa7c9"') + 1
    message = next(text for text in result.stderr.splitlines() if "design.colours.primary" in text)
    assert f"{profile}:{line} (Feld „design.colours.primary“)" in message
    assert "#7fa7c9" in message and BACKGROUND in message
    assert "2,54:1" in message and "4,5:1" in message
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("value", "fragment"), [("blau-ish", "ist keine Farbe"), ("#00000080", "durchscheinend")])
def test_unusable_colours_are_refused(value, fragment):
    problems = design_problems(Design(colours=Colours(text=value)))
    assert [path for path, _ in problems] == [("design", "colours", "text")]
    assert fragment in problems[0][1]


def test_default_colours_pass_aa():
    assert design_problems(Design()) == []
    assert design_problems(Design(colours=Colours(primary="#767676"))) == []
    assert design_problems(Design(colours=Colours(primary="#777777")))


def _template_copy(target: Path, replace: dict[str, str]) -> Path:
    shipped = ROOT / "core" / "templates" / "reference.docx"
    with zipfile.ZipFile(shipped) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                text = data.decode("utf-8")
                for old, new in replace.items():
                    assert old in text
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            copy.writestr(item, data)
    return target


def _with_template(folder: Path, name: str) -> Path:
    profile = folder / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign:\n  reference_docx: {name}\n", encoding="utf-8")
    return profile


def test_own_word_template_is_used(tmp_path):
    from smkonzept.build import build

    (tmp_path / "vorlagen").mkdir()
    _template_copy(tmp_path / "vorlagen" / "haus.docx", {'w:styleId="Compact"': 'w:styleId="Compact" w:customStyle="1" w:hausmarke="ja"'})
    profile = _with_template(tmp_path, "vorlagen/haus.docx")
    docx_path = build(profile, ["docx"], tmp_path / "out")[0]
    with zipfile.ZipFile(docx_path) as archive:
        assert 'w:hausmarke="ja"' in archive.read("word/styles.xml").decode("utf-8")


def test_word_template_without_needed_styles_is_refused_naming_them(run_cli, tmp_path):
    _template_copy(tmp_path / "haus.docx", {'w:val="heading 2"': 'w:val="Zwischentitel"', 'w:val="Caption"': 'w:val="Bildtext"'})
    profile = _with_template(tmp_path, "haus.docx")
    result = run_cli("check", profile)
    assert result.returncode == 2
    line = len(profile.read_text(encoding="utf-8").splitlines())
    assert f"{profile}:{line} (Feld „design.reference_docx“)" in result.stderr
    assert "fehlen Formatvorlagen" in result.stderr and "Heading 2, Caption." in result.stderr


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("../draussen.docx", "liegt außerhalb"), ("haus.dotx", "andere Endung"), ("fehlt.docx", "nicht gefunden"), ("kaputt.docx", "keine Word-Datei")],
)
def test_word_template_outside_or_unreadable_is_refused(run_cli, tmp_path, name, fragment):
    folder = tmp_path / "profil"
    folder.mkdir()
    _template_copy(tmp_path / "draussen.docx", {})
    (folder / "kaputt.docx").write_text("kein zip", encoding="utf-8")
    result = run_cli("check", _with_template(folder, name))
    assert result.returncode == 2
    assert "design.reference_docx" in result.stderr and fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_design_file_is_shared_by_a_profile_and_its_base(tmp_path):
    from smkonzept.build import load_document

    (tmp_path / "design").mkdir()
    (tmp_path / "design" / "haus.yaml").write_text('colours:\n  primary: "#6b1d2e"\nfooter: Hausfuß\n', encoding="utf-8")
    base = tmp_path / "basis.yaml"
    base.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + "\ndesign: design/haus.yaml\n", encoding="utf-8")
    child = tmp_path / "kind.yaml"
    child.write_text("schema: 1\nextends: basis.yaml\n", encoding="utf-8")
    for profile in (base, child):
        _, document = load_document(profile)
        assert document.profile.design is not None
        assert document.profile.design.colours.primary == "#6b1d2e"
        assert document.profile.design.footer == "Hausfuß"


def test_design_file_errors_name_the_design_file_and_its_line(run_cli, tmp_path):
    (tmp_path / "haus.yaml").write_text('footer: x\ncolours:\n  text: "#999999"\n', encoding="utf-8")
    profile = tmp_path / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + "\ndesign: haus.yaml\n", encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 2
    assert f"{tmp_path / 'haus.yaml'}:3 (Feld „design.colours.text“)" in result.stderr
    assert "#999999" in result.stderr


@pytest.mark.parametrize(("name", "fragment"), [("../aussen.yaml", "außerhalb"), ("haus.json", "andere Endung"), ("fehlt.yaml", "nicht gefunden")])
def test_design_file_follows_the_extends_rules(run_cli, tmp_path, name, fragment):
    folder = tmp_path / "profil"
    folder.mkdir()
    (tmp_path / "aussen.yaml").write_text("footer: x\n", encoding="utf-8")
    profile = folder / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign: {name}\n", encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 2
    assert "(Feld „design“)" in result.stderr and fragment in result.stderr


EXAMPLE_DESIGNS = sorted((ROOT / "examples" / "designs").glob("*.yaml"))


def test_two_example_designs_are_shipped_and_shown_in_the_gallery():
    assert len(EXAMPLE_DESIGNS) >= 2
    gallery = (ROOT / "docs" / "gallery.md").read_text(encoding="utf-8")
    for design in EXAMPLE_DESIGNS:
        assert f"examples/designs/{design.name}" in gallery
        for page in (1, 2):
            image = ROOT / "docs" / "gallery" / f"{design.stem}-seite{page}.png"
            assert f"(gallery/{image.name})" in gallery
            assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and image.stat().st_size < 100_000


@pytest.mark.parametrize("design", EXAMPLE_DESIGNS, ids=lambda path: path.stem)
def test_seed_profile_with_each_example_design_carries_its_colours_into_every_format(design, tmp_path):
    import yaml

    from smkonzept.build import build

    colours = yaml.safe_load(design.read_text(encoding="utf-8"))["colours"]
    shutil.copytree(design.parent, tmp_path, dirs_exist_ok=True)
    profile = tmp_path / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign: {design.name}\n", encoding="utf-8")
    built = {path.suffix[1:]: path for path in build(profile, ["html", "docx", "pdf"], tmp_path / "out")}
    page = built["html"].read_text(encoding="utf-8")
    assert f"--accent: {colours['primary']}" in page
    alt = yaml.safe_load(design.read_text(encoding="utf-8"))["logo"]["alt"]
    assert re.search(rf'<img class="logo" src="data:image/svg\+xml;base64,[^"]+" alt="{re.escape(alt)}">', page)
    with zipfile.ZipFile(built["docx"]) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    heading = styles[styles.index('w:styleId="Heading1"'):]
    assert f'<w:color w:val="{colours["primary"][1:].upper()}" />' in heading[: heading.index("</w:style>")]
    with pikepdf.open(built["pdf"]) as pdf:
        fills = {
            tuple(round(float(value) * 255) for value in instruction.operands)
            for page in pdf.pages[:2]
            for instruction in pikepdf.parse_content_stream(page)
            if str(instruction.operator) in {"sc", "scn", "rg"} and len(instruction.operands) == 3
        }
    for value in colours.values():
        assert tuple(int(value[i : i + 2], 16) for i in (1, 3, 5)) in fills, value


def _png(width: int = 8, height: int = 4) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x7a\x1f\x2b" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


LOGO_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#7a1f2b"/></svg>'


@pytest.mark.parametrize(("name", "data"), [("logo.svg", LOGO_SVG), ("logo.png", _png())])
def test_logo_with_alt_text_reaches_html_and_pdf(tmp_path, name, data):
    import base64

    from smkonzept.build import build

    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / name).write_bytes(data)
    alt = "Logo der Beispielkammer & Co"
    profile = tmp_path / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign:\n  logo:\n    file: bilder/{name}\n    alt: {alt}\n", encoding="utf-8")
    built = {path.suffix[1:]: path for path in build(profile, ["html", "pdf"], tmp_path / "out")}
    page = built["html"].read_text(encoding="utf-8")
    image = re.search(r'<img class="logo" src="data:image/(?:svg\+xml|png);base64,([^"]+)" alt="([^"]*)">', page)
    assert image is not None
    assert base64.b64decode(image.group(1)) == data
    assert image.group(2) == "Logo der Beispielkammer &amp; Co"
    with pikepdf.open(built["pdf"]) as pdf:
        alts = {str(obj.get("/Alt")) for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and "/Alt" in obj}
        images = [key for key in pdf.pages[0].Resources.get("/XObject", {}).keys()]
    assert alt in alts
    if name.endswith(".png"):
        assert images


@pytest.mark.parametrize(
    ("logo", "fragment"),
    [("    file: logo.gif\n    alt: Logo", "andere Endung"), ("    file: fehlt.svg\n    alt: Logo", "nicht gefunden"), ("    file: logo.svg\n    alt: ' '", "Alternativtext")],
)
def test_bad_logo_is_refused(run_cli, tmp_path, logo, fragment):
    (tmp_path / "logo.svg").write_bytes(LOGO_SVG)
    profile = tmp_path / SEED.name
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign:\n  logo:\n{logo}\n", encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 2
    assert "design.logo." in result.stderr and fragment in result.stderr


def test_a_build_without_design_does_not_load_the_colour_library(tmp_path):
    # coloraide takes about 70 ms to import; a profile without design colours needs none of it (issue 20).
    assert "coloraide" not in modules_loaded_by_build(ROOT / "profiles" / "ihk-ulm.yaml", tmp_path)
