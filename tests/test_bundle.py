"""The bundle (``smkonzept build --bundle``): every file is there, listed with its hash, zipped, reproducible, all or nothing."""

from __future__ import annotations

import hashlib
import re
import types
import zipfile
from pathlib import Path

import pytest

import smkonzept
from conftest import BUNDLE_PROFILES, MINIMAL_PROFILE
from smkonzept.bundle import bundle_documents
from smkonzept.errors import PluginError
from smkonzept.testing import document_for, registry_for

STEMS = [path.stem for path in BUNDLE_PROFILES]


def expected_files(stem: str, concept) -> set[str]:
    """The files issue 17 asks of a bundle, from the concept's platforms and chapters."""
    names = {f"konzept.{fmt}" for fmt in ("html", "docx", "pdf")}
    names |= {f"datenschutzhinweise-{use.platform.id}.{fmt}" for use in concept.platforms for fmt in ("html", "docx", "pdf")}
    names |= {f"verarbeitungsverzeichnis.{fmt}" for fmt in ("html", "docx", "pdf")}
    names |= {"anbieterkennzeichnung.md", "index.html", f"{stem}.zip"}
    if "netiquette" in concept.present_chapters:
        names |= {f"netiquette.{fmt}" for fmt in ("html", "docx", "pdf")}
    if concept.profile.evaluation.previous is not None:
        names |= {f"evaluierung.{fmt}" for fmt in ("html", "docx", "pdf")}
    return names


@pytest.mark.parametrize("stem", STEMS)
def test_the_bundle_holds_every_file_issue_17_names(bundles, stem):
    folder, concept = bundles[stem]
    assert {path.name for path in folder.iterdir()} == expected_files(stem, concept)


@pytest.mark.parametrize("stem", STEMS)
def test_the_index_lists_every_other_file_with_its_sha256(bundles, stem):
    folder, _ = bundles[stem]
    index = (folder / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="([^"]+)">[^<]+</a></td>.*?<code>([0-9a-f]{64})</code></td></tr>', index)
    listed = dict(rows)
    assert set(listed) == {path.name for path in folder.iterdir()} - {"index.html", f"{stem}.zip"}
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert '<html lang="de">' in index and f"{stem}.zip" in index


@pytest.mark.parametrize("stem", STEMS)
def test_the_zip_holds_every_file_with_equal_content(bundles, stem):
    folder, concept = bundles[stem]
    with zipfile.ZipFile(folder / f"{stem}.zip") as archive:
        names = archive.namelist()
        assert names == sorted(path.name for path in folder.iterdir() if path.name != f"{stem}.zip")
        for info in archive.infolist():
            assert archive.read(info) == (folder / info.filename).read_bytes(), info.filename
            assert info.date_time[:3] == (concept.date.year, concept.date.month, concept.date.day)


def test_the_bundles_concept_is_the_plain_builds_concept(bundles, tmp_path):
    from smkonzept.build import build

    folder, _ = bundles["ihk-ulm"]
    for path in build(BUNDLE_PROFILES[0], ("html", "docx", "pdf"), tmp_path):
        assert path.read_bytes() == (folder / f"konzept{path.suffix}").read_bytes(), path.name


def test_two_builds_of_a_bundle_are_byte_identical(bundles, run_cli, tmp_path):
    folder, _ = bundles["ihk-ulm"]
    result = run_cli("build", BUNDLE_PROFILES[0], "--bundle", "--output", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    again = tmp_path / "ihk-ulm"
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in folder.iterdir())
    for path in folder.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_every_document_of_a_draft_says_so_in_its_title(bundles, registry):
    _, concept = bundles["ihk-ulm"]
    assert concept.draft
    for entry in bundle_documents(concept, registry):
        assert entry.document.title.endswith("(Entwurf – nicht zur Unterschrift)"), entry.stem


def test_format_and_bundle_together_are_refused(run_cli, minimal_profile, tmp_path):
    result = run_cli("build", minimal_profile, "--bundle", "--format", "pdf", "--output", tmp_path / "out")
    assert result.returncode == 2
    assert "--format gilt nicht zusammen mit --bundle" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_bundle_folder_that_is_a_file_is_refused_and_nothing_is_written(run_cli, minimal_profile, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "muster").write_text("keine Mappe", encoding="utf-8")
    result = run_cli("build", minimal_profile, "--bundle", "--output", out)
    assert result.returncode == 2
    assert "Der Ordner des Pakets" in result.stderr and "ist eine Datei" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["muster"]


def test_a_rebuilt_bundle_drops_files_of_documents_it_no_longer_holds(run_cli, minimal_profile, tmp_path):
    out = tmp_path / "out"
    folder = out / "muster"
    folder.mkdir(parents=True)
    (folder / "datenschutzhinweise-tiktok.pdf").write_bytes(b"alt")
    (folder / "notizen.txt").write_text("bleibt", encoding="utf-8")
    result = run_cli("build", minimal_profile, "--bundle", "--output", out, "--quiet")
    assert result.returncode == 0, result.stderr
    names = {p.name for p in folder.iterdir()}
    assert "datenschutzhinweise-tiktok.pdf" not in names
    assert {"notizen.txt", "datenschutzhinweise-facebook.pdf", "index.html", "muster.zip"} <= names


def _plugin(kind):
    return types.SimpleNamespace(__name__="aushang_plugin", register_document_types=smkonzept.hookimpl(lambda register: register(kind)))


def test_an_outside_document_type_joins_the_bundle_like_a_builtin(tmp_path):
    kind = smkonzept.DocumentType(
        id="aushang",
        title="Aushang zu {platform}",
        description="Ein Aushang für das schwarze Brett.",
        template="# Konten\n\n{{ the_chamber.Nom }} ist auf {{ platform.name }} mit {{ use.accounts | length }} Konto vertreten.",
        per_platform=True,
        formats=("md",),
    )
    registry = registry_for(_plugin(kind))
    concept = document_for(MINIMAL_PROFILE, _plugin(kind))
    entry = next(entry for entry in bundle_documents(concept, registry) if entry.type.id == "aushang")
    assert entry.stem == "aushang-facebook" and entry.formats == ("md",)
    assert entry.document.title.startswith("Aushang zu Facebook")
    assert "Die IHK Musterstadt ist auf Facebook mit 1 Konto vertreten." in entry.document.markdown()


def test_a_failing_outside_document_type_is_named_with_its_plugin():
    kind = smkonzept.DocumentType(id="aushang", title="Aushang", description="Ein Aushang.", template="{{ nicht_da.feld }}")
    registry = registry_for(_plugin(kind))
    concept = document_for(MINIMAL_PROFILE, _plugin(kind))
    with pytest.raises(PluginError, match="aushang_plugin.*Dokuments „aushang“"):
        bundle_documents(concept, registry)


def test_a_document_type_needs_a_template_or_chapters():
    with pytest.raises(ValueError, match="either a template or chapters"):
        smkonzept.DocumentType(id="leer", title="Leer", description="Nichts.")
    with pytest.raises(ValueError, match="formats"):
        smkonzept.DocumentType(id="odt", title="ODT", description="ODT.", template="x", formats=("odt",))


def test_a_document_type_id_registered_twice_is_refused():
    kind = smkonzept.DocumentType(id="konzept", title="Doppelt", description="Doppelt.", template="x")
    with pytest.raises(PluginError, match="Dokumenttyp „konzept“ ist doppelt registriert"):
        registry_for(_plugin(kind))
