"""The example profiles of bodies that are not chambers: a city, a district, a university, a state and a federal agency.

Each builds in all three formats, passes ``check --strict``, states its law's facts and never uses
chamber vocabulary.
"""

from __future__ import annotations

import re

from smkonzept.bodykinds import body_kind
import subprocess
import sys

import pytest

from conftest import ROOT
from helpers import html_text
from smkonzept.build import build, load_document

CHAMBER_WORDS = re.compile(r"Kammer|Mitglied|Gewerbetreib", re.IGNORECASE)
# Chamber vocabulary that platform default texts once carried (review 16, B1). A word is allowed
# only where the body's own kind uses it (a university's target groups name pupils).
PLATFORM_CHAMBER_WORDS = (
    "Schülerinnen und Schüler", "Auszubildende", "Gründerinnen und Gründer", "Außenwirtschaft",
    "Berufsorientierung", "Betriebe der Region", "Wirtschaftspolitik",
)

PROFILES = {
    "stadt-musterhausen": {
        "kind": "kommune", "law": "nordrhein-westfalen",
        "facts": ["§ 3 DSG NRW", "Datenschutzgesetz Nordrhein-Westfalen", "§ 23 GO NRW", "§ 11 DSG NRW", "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen"],
        "absent": ["§ 24 DSG NRW", "Kavalleriestraße"],
    },
    "landkreis-musterland": {
        "kind": "landkreis", "law": "niedersachsen",
        "facts": ["§ 3 NDSG", "Niedersächsisches Datenschutzgesetz", "Niedersächsisches Kommunalverfassungsgesetz (NKomVG)", "Prinzenstraße 5", "30159 Hannover", "poststelle@lfd.niedersachsen.de", "des Landkreises Musterland"],
        "absent": ["des Landkreis Musterland"],
    },
    "hochschule-musterstadt": {
        "kind": "hochschule", "law": "hessen",
        "facts": ["§ 3 HDSIG", "§ 2 Abs. 8 des Hochschulrahmengesetzes", "§ 3 HessHG", "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit", "https://datenschutz.hessen.de", "TikTok Technology Limited"],
        "absent": ["Gustav-Stresemann-Ring"],
    },
    "landesamt-musterverwaltung": {
        "kind": "landesbehoerde", "law": "rheinland-pfalz",
        "facts": ["§ 3 LDSG", "§ 9 LDSG", "Handlungsrahmen für die Nutzung von", "BVerfGE 44, 125", "des Landesamts für Musterverwaltung", "social.bund.de"],
        "absent": ["Hintere Bleiche"],
    },
    "bundesamt-musterwesen": {
        "kind": "bundesbehoerde", "law": "bund",
        "facts": ["§ 3 BDSG", "§ 3 Abs. 1 des E-Government-Gesetzes", "Graurheindorfer Straße 153", "poststelle@bfdi.bund.de", "Soziale Netzwerke rechtmäßig nutzen", "13 K 1419/23"],
        "absent": ["Datenschutzrecht des Landes", "§ 67 BDSG"],
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each profile built once to HTML and Markdown; two of them also to DOCX and PDF."""
    out = tmp_path_factory.mktemp("oeffentliche-stellen")
    results = {}
    for name in PROFILES:
        formats = ["html", "md", "docx", "pdf"] if name in ("stadt-musterhausen", "bundesamt-musterwesen") else ["html", "md"]
        results[name] = {path.suffix[1:]: path for path in build(ROOT / "profiles" / f"{name}.yaml", formats, out)}
    return results


@pytest.mark.parametrize("name", PROFILES)
def test_profile_states_its_law_and_kind(built, name):
    expected = PROFILES[name]
    _, document = load_document(ROOT / "profiles" / f"{name}.yaml")
    assert document.profile.chamber.kind == expected["kind"]
    assert document.law.id == expected["law"]
    text = " ".join(html_text(built[name]["html"].read_bytes()).split())
    for fact in expected["facts"]:
        assert fact in text, fact
    for wrong in expected["absent"]:
        assert wrong not in text, wrong


@pytest.mark.parametrize("name", PROFILES)
def test_no_chamber_vocabulary(built, name):
    for fmt in ("html", "md"):
        text = html_text(built[name]["html"].read_bytes()) if fmt == "html" else built[name]["md"].read_text(encoding="utf-8")
        found = sorted({match.group(0) for match in CHAMBER_WORDS.finditer(text)})
        assert not found, f"{name}.{fmt}: {found}"
        _, document = load_document(ROOT / "profiles" / f"{name}.yaml")
        kind = body_kind(document.profile.chamber.kind)
        own = " ".join((kind.target_groups, kind.publics, (ROOT / "profiles" / f"{name}.yaml").read_text(encoding="utf-8")))
        found = [word for word in PLATFORM_CHAMBER_WORDS if word in text and word not in own]
        assert not found, f"{name}.{fmt}: {found}"


@pytest.mark.parametrize("name", ["stadt-musterhausen", "bundesamt-musterwesen"])
def test_builds_docx_and_pdf(built, name):
    assert built[name]["docx"].stat().st_size > 10_000
    assert built[name]["pdf"].read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("name", [name for name in PROFILES if name != "bundesamt-musterwesen"])
def test_check_strict_passes(name):
    result = subprocess.run(
        [sys.executable, "-m", "smkonzept", "check", "--strict", str(ROOT / "profiles" / f"{name}.yaml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✗" not in result.stdout
    assert "Profil ist gültig" in result.stdout


def test_federal_agency_on_social_bund_de_stays_a_draft_until_the_role_is_settled():
    """Whether the BfDI processes on behalf of other bodies is not confirmed: the example says so."""
    path = ROOT / "profiles" / "bundesamt-musterwesen.yaml"
    relaxed = subprocess.run([sys.executable, "-m", "smkonzept", "check", str(path)], capture_output=True, text=True, check=False)
    strict = subprocess.run([sys.executable, "-m", "smkonzept", "check", "--strict", str(path)], capture_output=True, text=True, check=False)
    assert relaxed.returncode == 0 and "Profil ist gültig" in relaxed.stdout
    assert strict.returncode == 2
    unmet = [line for line in relaxed.stdout.splitlines() if "✗" in line]
    assert len(unmet) == 1 and "processor_agreement" in relaxed.stdout, relaxed.stdout


def test_chamber_profile_keeps_chamber_words(tmp_path):
    """The vocabulary test can fail: an IHK's concept does speak of its members."""
    [html] = build(ROOT / "profiles" / "ihk-ulm.yaml", ["html"], tmp_path)
    assert CHAMBER_WORDS.search(html_text(html.read_bytes()))
