"""``smkonzept serve``: the round-trip YAML, the server's token, checking, saving and conflicts.

The server runs as a separate process on a free loopback port, as a user starts it; each test
stops it by itself. The browser test is in tests/validators/test_editor.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time

import pytest

from smkonzept.fields import field_tree
from smkonzept.serve.yamledit import RoundTrip, apply, form_data

from conftest import PROFILES
from helpers import modules_loaded_by_build
from editor_process import Editor

SEEDS = sorted(p for p in PROFILES.glob("*.yaml") if not p.stem.endswith("-base"))


def _round_trip(text: str, edit=lambda values: None) -> str:
    source = RoundTrip(text)
    values = json.loads(json.dumps(form_data(source.data, field_tree())))
    edit(values)
    data = source.fresh()
    apply(data, field_tree(), values)
    return source.dump(data)


@pytest.mark.parametrize("profile", SEEDS, ids=lambda p: p.stem)
def test_unchanged_form_gives_the_file_back_byte_for_byte(profile):
    text = profile.read_text(encoding="utf-8")
    assert _round_trip(text) == text


def test_edit_changes_only_its_line_and_keeps_comments():
    text = (PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8")

    def rename(values):
        values["chamber"]["short_name"] = "IHK Ulm (geändert)"

    out = _round_trip(text, rename)
    assert [line for line in out.splitlines() if line not in text.splitlines()] == ["  short_name: IHK Ulm (geändert)"]
    assert len(out.splitlines()) == len(text.splitlines())

    def reorder(values):
        values["accounts"].reverse()

    out = _round_trip(text, reorder)
    comments = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    assert comments and all(comment in out for comment in comments)
    assert out.index("platform: whatsapp") < out.index("platform: facebook") if "platform: whatsapp" in text else out != text


def test_new_keys_follow_the_model_order_and_empty_ones_vanish():
    text = "schema: 1\nchamber:\n  name: A  # Name\n  kind: ihk\nlaw: bayern\n"

    def edit(values):
        values["chamber"]["short_name"] = "B"
        values["chamber"]["name"] = ""
        values["evaluation"]["interval_months"] = "12"

    out = _round_trip(text, edit)
    assert out.index("short_name: B") < out.index("kind: ihk")
    assert "name: A" not in out
    assert "interval_months: 12\n" in out


def test_maps_of_ids_are_edited_in_the_form():
    text = (PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8")

    def edit(values):
        texts = values["chapters"]["texts"]
        assert texts and all(set(entry) == {"__key", "__orig", "value"} for entry in texts)
        texts[0]["__key"] = "umbenannt"
        values["guidance_departures"].append({"__key": "veroeffentlichung", "__orig": None, "value": "Weil es so ist."})
        values["chapters"]["merge"] = [{"__key": "betreuung", "__orig": None, "value": ["rechtsgrundlage", ""]}]

    out = _round_trip(text, edit)
    first = RoundTrip(text).data["chapters"]["texts"]
    old_key = next(iter(first))
    assert f"    {old_key}:" not in out and "    umbenannt:" in out
    assert "veroeffentlichung: Weil es so ist." in out
    data = RoundTrip(out).data
    assert list(data["chapters"]["merge"]["betreuung"]) == ["rechtsgrundlage"]
    assert data["chapters"]["texts"]["umbenannt"] == first[old_key]


def _running(folder):
    profile = folder / "ulm.yaml"
    shutil.copy(PROFILES / "ihk-ulm.yaml", profile)
    running = Editor(profile)
    try:
        yield running, profile
    finally:
        running.stop()


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """One server for the tests that leave the file as they found it or come last (saving)."""
    yield from _running(tmp_path_factory.mktemp("editor"))


@pytest.fixture
def own_editor(tmp_path):
    yield from _running(tmp_path)


def test_requests_without_the_token_are_refused(editor):
    server, profile = editor
    status, body = server.call("/api/state", token="")
    assert status == 403 and "Schlüssel" in body.decode()
    assert server.call("/", token="falsch")[0] == 403
    assert server.call(f"/?token={server.token}", token="")[0] == 200
    status, body = server.call("/api/state", headers={"Host": f"boese.example:{server.port}"})
    assert status == 403 and "127.0.0.1" in body.decode()
    before = profile.read_bytes()
    assert server.call("/api/save", {"data": {}, "base": ""}, token="")[0] == 403
    assert profile.read_bytes() == before


def test_download_docx_of_the_last_valid_state(editor):
    server, profile = editor
    status, data = server.call(f"/download/docx?token={server.token}", token="")
    assert status == 200 and data.startswith(b"PK")
    assert server.call("/download/exe")[0] == 404


def test_the_page_loads_nothing_from_elsewhere(editor):
    server, _ = editor
    status, page = server.call(f"/?token={server.token}", token="")
    assert status == 200
    references = re.findall(r'(?:src|href)="([^"]*)"', page.decode())
    assert references and all(reference.startswith(("/", "#")) and not reference.startswith("//") for reference in references)
    for reference in references:
        if reference.startswith("/static/"):
            assert server.call(reference)[0] == 200
            assert b"http" not in server.call(reference)[1].replace(b"http://127.0.0.1", b"")


def test_edit_check_save_and_conflict(editor):
    server, profile = editor
    status, state = server.json("/api/state")
    assert status == 200 and state["data"]["chamber"]["short_name"] == "IHK Ulm"
    data = state["data"]
    data["chamber"]["short_name"] = "IHK Ulm Vorschau"
    status, result = server.json("/api/preview", {"data": data})
    assert result["valid"] and "IHK Ulm Vorschau" in result["html"]
    assert {item["state"] for item in result["requirements"]} <= {"erfüllt", "fehlt", "abweichend"}
    data["evaluation"]["interval_months"] = "zwölf"
    status, result = server.json("/api/preview", {"data": data})
    assert not result["valid"]
    assert result["errors"] == [{
        "field": "evaluation.interval_months",
        "message": "Hier wird eine ganze Zahl erwartet, gefunden wurde „zwölf“.",
        "text": f"{profile}:28 (Feld „evaluation.interval_months“): Hier wird eine ganze Zahl erwartet, gefunden wurde „zwölf“.",
    }]
    status, result = server.json("/api/save", {"data": data, "base": state["hash"]})
    assert status == 422 and not result["saved"]
    data["evaluation"]["interval_months"] = "6"
    profile.chmod(0o600)
    status, result = server.json("/api/save", {"data": data, "base": state["hash"]})
    assert status == 200 and result["saved"]
    assert profile.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in profile.parent.iterdir()] == [profile.name]
    text = profile.read_text(encoding="utf-8")
    assert "short_name: IHK Ulm Vorschau" in text and "interval_months: 6" in text
    assert text.count("#") == (PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8").count("#")
    profile.write_text(text.replace("IHK Ulm Vorschau", "IHK Ulm von Hand"), encoding="utf-8")
    status, result = server.json("/api/save", {"data": data, "base": result["hash"]})
    assert status == 409 and result["conflict"]
    assert "IHK Ulm von Hand" in profile.read_text(encoding="utf-8")
    assert server.json("/api/disk")[1]["hash"] == result["hash"]
    status, state = server.json("/api/state?reload=1")
    assert state["data"]["chamber"]["short_name"] == "IHK Ulm von Hand"


def test_server_stops_cleanly_on_sigterm(own_editor):
    server, _ = own_editor
    code, stderr = server.stop()
    assert code == 0 and "Editor beendet" in stderr and "Traceback" not in stderr


def test_server_refuses_a_broken_profile(tmp_path):
    broken = tmp_path / "kaputt.yaml"
    broken.write_text("schema: 1\nchamber: [\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "smkonzept.cli", "serve", str(broken), "--no-browser"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and str(broken) in result.stderr and "Traceback" not in result.stderr


def test_build_does_not_load_the_web_server(tmp_path):
    assert modules_loaded_by_build(PROFILES / "ihk-ulm.yaml", tmp_path) & {"starlette", "uvicorn", "ruamel", "anyio"} == set()
    assert (tmp_path / "ihk-ulm.html").exists()


def test_form_offers_every_registered_kind_law_and_platform(registry):
    from smkonzept.bodykinds import BODY_KINDS
    from smkonzept.serve.form import schema

    nodes = {}

    def walk(items):
        for node in items:
            nodes[node["pattern"]] = node
            walk(node.get("children", []))

    walk(schema(field_tree(), registry)["fields"])
    assert [value for value, _ in nodes["law"]["choices"]] and {value for value, _ in nodes["law"]["choices"]} == set(registry.laws)
    assert len(nodes["law"]["choices"]) >= 17
    assert [value for value, _ in nodes["chamber.kind"]["choices"]] == list(BODY_KINDS)
    assert {value for value, _ in nodes["accounts[].platform"]["choices"]} == set(registry.platforms)
    assert all(node["label"] and node["help"] for node in nodes.values())


def test_a_port_in_use_is_refused_in_german(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "smkonzept.cli", "serve", str(PROFILES / "ihk-ulm.yaml"), "--no-browser", "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"Der Port {port} auf 127.0.0.1 ist nicht frei (schon belegt)" in result.stderr


def test_without_no_browser_the_address_is_opened(tmp_path):
    opened = tmp_path / "geoeffnet.txt"
    opener = tmp_path / "browser.py"
    opener.write_text(f"import os, sys\nopen({str(opened)!r} + '.tmp', 'w').write(sys.argv[1])\nos.replace({str(opened)!r} + '.tmp', {str(opened)!r})\n", encoding="utf-8")
    profile = tmp_path / "ulm.yaml"
    shutil.copy(PROFILES / "ihk-ulm.yaml", profile)
    process = subprocess.Popen(
        [sys.executable, "-m", "smkonzept.cli", "serve", str(profile)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BROWSER": f"{sys.executable} {opener} %s", "DISPLAY": ""},
    )
    try:
        address = process.stdout.readline().split(": ", 1)[1].strip()
        deadline = time.monotonic() + 20
        while not opened.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert opened.read_text(encoding="utf-8") == address
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{40,}", address)
    finally:
        process.terminate()
        process.communicate(timeout=10)


@pytest.mark.parametrize("stem", ["ihk-ulm", "landkreis-musterland"])
def test_preview_reading_only_changed_chapters_equals_the_build(registry, stem, tmp_path):
    from smkonzept.build import load_document
    from smkonzept.engine.render import Engine
    from smkonzept.serve.preview import Preview, chapters
    from smkonzept.render import Source

    text = (PROFILES / f"{stem}.yaml").read_text(encoding="utf-8")
    with Engine(workers=1) as engine:
        preview = Preview(engine)
        try:
            for version in (text, text.replace("interval_months: 12", "interval_months: 6")):
                _, document = load_document(PROFILES / f"{stem}.yaml", registry, version)
                assert chapters(Source.of(document).markdown) is not None
                assert preview.html(document) == engine.render(document, ["html"])["html"]
        finally:
            preview.close()


def test_preview_sees_a_reference_to_a_heading_inside_a_note(registry):
    """A note's text counts too: "[Rechtsgrundlagen]" in a note links to that chapter, as in the build."""
    from smkonzept.build import load_document
    from smkonzept.engine.render import Engine
    from smkonzept.serve.preview import Preview

    text = (PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8")
    noted = text.replace("um sie zu erhalten.\n", "um sie zu erhalten.^[Siehe auch [Rechtsgrundlagen].]\n", 1)
    assert noted != text
    _, document = load_document(PROFILES / "ihk-ulm.yaml", registry, noted)
    with Engine(workers=1) as engine:
        preview = Preview(engine)
        try:
            html = preview.html(document)
        finally:
            preview.close()
        assert html == engine.render(document, ["html"])["html"]
    assert b'href="#rechtsgrundlage">Rechtsgrundlagen</a>' in html


def test_preview_falls_back_when_chapters_may_depend_on_each_other():
    from smkonzept.serve.preview import chapters

    assert chapters("# A\n\nText[^1]\n\n# B\n\n[^1]: Fußnote\n") is None
    assert chapters("# A\n\n[x]\n\n# B\n\n[x]: https://example.org\n") is None
    parts = chapters("# A\n\n## Zweck\n\nText\n\n# B\n\n## Zweck\n")
    assert parts == (["# A\n\n## Zweck\n\nText\n", "# B\n\n## Zweck\n"], "# A\n\n## Zweck\n\n# B\n\n## Zweck")


def _ulm_states():
    """Profile texts in the order an editing session might produce them: one chapter, every chapter, headings, numbering."""
    text = (PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8")
    interval = text.replace("interval_months: 12", "interval_months: 6")
    renamed = interval.replace("short_name: IHK Ulm", "short_name: IHK Ulm Neu")
    retitled = renamed.replace("title: Alternative Kontaktmöglichkeiten", "title: Andere Wege zur IHK")
    unnumbered = retitled.replace("chapters:\n  platforms_as_chapters: true", "chapters:\n  numbered: false\n  platforms_as_chapters: true")
    assert len({text, interval, renamed, retitled, unnumbered}) == 5
    return [text, interval, renamed, retitled, unnumbered, retitled, text, interval, text]


def test_preview_written_chapter_by_chapter_equals_the_build_after_each_edit(registry):
    """Every state equals the build, and none of them needed the whole-document fallback."""
    from smkonzept.build import load_document
    from smkonzept.engine.render import Engine
    from smkonzept.serve.preview import Preview

    with Engine(workers=1) as engine:
        preview = Preview(engine)
        try:
            for version in _ulm_states():
                _, document = load_document(PROFILES / "ihk-ulm.yaml", registry, version)
                assert preview.html(document) == engine.render(document, ["html"])["html"]
            assert preview.whole == 0
        finally:
            preview.close()


def test_preview_process_refuses_what_it_cannot_write_chapter_by_chapter(registry):
    """A heading inside a quote, or headings that do not match the heading lines, go to the whole document."""
    from smkonzept.build import load_document
    from smkonzept.engine.render import _jobs
    from smkonzept.errors import SmkonzeptError
    from smkonzept.render import Source
    from smkonzept.serve.preview import _PreviewProcess, chapters

    _, document = load_document(PROFILES / "ihk-ulm.yaml", registry)
    source = Source.of(document)
    (_, job), = _jobs(source, ["html"])
    process = _PreviewProcess()
    try:
        assert process.html(*chapters("# A\n\nText\n\n# B\n\nMehr\n"), job.request()).count(b"<section") == 2
        with pytest.raises(SmkonzeptError, match="below the top level"):
            process.html(["# A\n\n> ## Zitat\n", "# B\n"], "# A\n\n## Zitat\n\n# B", job.request())
        with pytest.raises(SmkonzeptError, match="headings differ"):
            process.html(["# A\n", "# B\n"], "# A\n\n# C", job.request())
        # pandoc links [B] to the heading only when it reads the whole document; it numbers examples across chapters
        with pytest.raises(SmkonzeptError, match="reference to a heading"):
            process.html(*chapters("# A\n\nSiehe [B].\n\n# B\n\nMehr\n"), job.request())
        with pytest.raises(SmkonzeptError, match="numbered examples"):
            process.html(*chapters("# A\n\n> (@) eins\n\n# B\n\n> (@) zwei\n"), job.request())
    finally:
        process.close()


def test_preview_after_edits_equals_the_build_of_the_saved_profile(own_editor, tmp_path):
    """Edits of one chapter, of every chapter, and back again: each saved state builds to the preview's bytes."""
    server, profile = own_editor
    status, state = server.json("/api/state")
    data, base = state["data"], state["hash"]
    edits = [
        ("evaluation", "interval_months", "6"),
        ("chamber", "short_name", "IHK Ulm Gespeichert"),
        ("chamber", "phone", "0731 173-99"),
        ("chamber", "short_name", "IHK Ulm"),
    ]
    for number, (group, key, value) in enumerate(edits):
        data[group][key] = value
        status, result = server.json("/api/preview", {"data": data})
        assert status == 200 and result["valid"]
        status, saved = server.json("/api/save", {"data": data, "base": base})
        assert status == 200 and saved["saved"]
        base = saved["hash"]
        out = tmp_path / f"build-{number}"
        built = subprocess.run(
            [sys.executable, "-m", "smkonzept.cli", "build", str(profile), "--format", "html", "--output", str(out), "--quiet"],
            capture_output=True, text=True, timeout=120,
        )
        assert built.returncode == 0, built.stderr
        assert result["html"].encode("utf-8") == (out / f"{profile.stem}.html").read_bytes()
