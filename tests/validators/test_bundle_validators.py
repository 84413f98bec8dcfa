"""The bundle's documents pass the same checks as the concept: Nu Html Checker, axe, tagged PDFs with title and language."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from smkonzept.build import load_documents, workers
from smkonzept.bundle import write_bundles
from smkonzept.evaluation import previous_edition
from smkonzept.manager import load_registry

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VNU = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PROFILES = [
    ROOT / "profiles" / "ihk-ulm.yaml",
    ROOT / "profiles" / "ihk-region-stuttgart.yaml",
    ROOT / "profiles" / "ihk-muenchen-oberbayern.yaml",
    ROOT / "profiles" / "ihk-dresden.yaml",
    ROOT / "examples" / "profile-ohne-gemeinsame-verantwortung.yaml",
]


@pytest.fixture(scope="module")
def bundle_files(tmp_path_factory):
    """Every file of the five profiles' bundles, with the titles their documents carry."""
    registry = load_registry()
    output = tmp_path_factory.mktemp("bundles")
    write_bundles(load_documents(PROFILES, registry), registry, output, workers(), extra=previous_edition)
    return sorted(path for path in output.rglob("*") if path.is_file())


def test_nu_html_checker_reports_no_errors_in_any_bundle_page(bundle_files):
    pages = [str(path) for path in bundle_files if path.suffix == ".html"]
    assert len(pages) >= 5 * 4
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", *pages], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.strip() == ""


def test_axe_reports_no_violations_in_any_bundle_page(bundle_files):
    pages = [str(path) for path in bundle_files if path.suffix == ".html"]
    result = subprocess.run(["node", str(HERE / "axe.mjs"), *pages], capture_output=True, text=True, check=False, cwd=HERE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": 0 axe violations") == len(pages)


def test_every_bundle_pdf_is_tagged_with_title_and_language(bundle_files):
    pdfs = [path for path in bundle_files if path.suffix == ".pdf"]
    assert len(pdfs) >= 5 * 3
    for path in pdfs:
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"]), path.name
        assert str(root["/Lang"]) == "de-DE", path.name
        assert "/StructTreeRoot" in root, path.name
        xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
        assert re.search(r"pdfuaid:part(>|=\")1", xmp), path.name
        html = path.with_suffix(".html").read_text(encoding="utf-8")
        title = re.search(r'<h1 class="title">(.*?)</h1>', html, re.S)
        assert title and reader.metadata.title, path.name
        assert reader.metadata.title == re.sub(r"\s+", " ", title.group(1)).replace("&amp;", "&").strip(), path.name
