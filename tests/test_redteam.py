"""Regression tests for the critical (c) and high (h) findings of the red-team review of 2026-11.

Numbering follows the review's table (row numbers in each docstring):
c1 #20 template cache unpickled · c2 #50/#51 extends reads and echoes any file · c3 #84 output
overwrites its profile · h1 #4 plugin SystemExit at import · h2 #5 hook sys.exit · h3 #17
SMKONZEPT_WORKERS=² · h4 #26 990 kB word hangs · h5 #36 escaped NUL · h6 #43 date after 2107 ·
h7 #47 FIFO as profile · h8 #56 1,500-level extends chain · h9 #65 C0 control characters ·
h10 #66 U+FDD0 · h11 #68 200 kB URL · h12 #69 20/100 kB word · h13 #71 emoji in the chamber name
· h14 #82 Ctrl-C leaves a temporary file. The signal tests run the real program and send real
signals; SIGTERM and SIGKILL (rows #80, #81) are covered too.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import MINIMAL_PROFILE, ROOT
from test_plugin_failures import OutsidePlugins

ENGLISH = re.compile(r"\b(expected|found|error|not allowed|while|Traceback|Internal)\b", re.IGNORECASE)
NAME = "name: Industrie- und Handelskammer Musterstadt"


def _profile(folder: Path, text: str = MINIMAL_PROFILE, name: str = "muster.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _line(text: str, start: str) -> int:
    """The number of the first line of ``text`` that starts (after indentation) with ``start``."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.strip().startswith(start))


def _with(old: str, new: str) -> str:
    assert old in MINIMAL_PROFILE
    return MINIMAL_PROFILE.replace(old, new, 1)


def _refused(result, *words: str, line: str | None = None) -> None:
    """Exit 2, a German message naming file and line or field, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    message = result.stderr[result.stderr.find("Fehler"):]  # after any warnings on unmet requirements
    assert "Fehler" in result.stderr and len(message) < 2_000, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not ENGLISH.search(re.sub(r"\S+\.(yaml|md)", "", message)), result.stderr
    if line:
        assert line in message, result.stderr
    for word in words:
        assert word in message, result.stderr


def _build_refused(run_cli, tmp_path: Path, text: str, *words: str, line: str | None = None, timeout_check: float = 20.0):
    profile = _profile(tmp_path / "in", text)
    out = tmp_path / "out"
    started = time.monotonic()
    result = run_cli("build", profile, "--output", out)
    assert time.monotonic() - started < timeout_check
    _refused(result, *words, line=line)
    assert not out.exists()
    return result


# --- critical ---------------------------------------------------------------------------------


def test_c1_template_cache_not_unpickled(tmp_path, monkeypatch, minimal_profile):
    """#20: no compiled template is read from or written to a user cache folder, nothing is unpickled;
    compiled templates live only beside the package's own bytecode (smkonzept.templatecache)."""
    import pickle

    from smkonzept import templating
    from smkonzept.build import build

    templating._compile.cache_clear()
    cache = tmp_path / "cache"
    planted = cache / "smkonzept" / "templates"
    planted.mkdir(parents=True)
    (planted / "x.jinja").write_bytes(b"j2" + pickle.dumps(2) + b"planted")
    before = sorted(str(path) for path in cache.rglob("*"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("HOME", str(tmp_path))
    beside = tmp_path / "package-bytecode"
    monkeypatch.setattr(templating.template_environment().bytecode_cache, "folder", beside)

    def forbidden(*args, **kwargs):
        raise AssertionError("pickle used while building")

    monkeypatch.setattr(pickle, "load", forbidden)
    monkeypatch.setattr(pickle, "loads", forbidden)
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    written = build(minimal_profile, ["md", "html"], tmp_path / "out")
    assert [path.suffix for path in written] == [".md", ".html"]
    assert sorted(str(path) for path in cache.rglob("*")) == before
    assert not (tmp_path / ".cache").exists()
    assert sorted(path.suffix for path in beside.iterdir()) and {path.suffix for path in beside.iterdir()} == {".jinjac"}
    templating._compile.cache_clear()


def test_c2_extends_outside_tree_refused_without_echo(run_cli, tmp_path):
    """#50/#51: extends reads only .yaml/.yml files in the profile's own folder tree; nothing leaks."""
    secret = tmp_path / "geheim.yaml"
    secret.write_text('schema: "sk_live_SECRET_TOKEN_123"\naws_key: GEHEIM\n', encoding="utf-8")
    (tmp_path / "geheim.txt").write_text("db_password: GEHEIM\n", encoding="utf-8")
    folder = tmp_path / "profile"
    (folder / "unter").mkdir(parents=True)
    os.symlink(secret, folder / "verweis.yaml")
    for target, word in [
        ("../geheim.yaml", "außerhalb"),
        (str(secret), "außerhalb"),
        ("verweis.yaml", "außerhalb"),
        ("../geheim.txt", "andere Endung"),
        ("/etc/passwd", "andere Endung"),
        ("/proc/self/environ", "andere Endung"),
        ("../../../../../../../../etc/hostname", "andere Endung"),
        ("https://example.com/basis.yaml", "Webadressen"),
    ]:
        profile = _profile(folder, f"extends: {target}\n" + MINIMAL_PROFILE, "kind.yaml")
        result = run_cli("check", profile)
        _refused(result, word, line=f"{profile}:1 (Feld „extends“)")
        assert "SECRET" not in result.stderr and "GEHEIM" not in result.stderr and "root:" not in result.stderr
    _profile(folder / "unter", MINIMAL_PROFILE, "basis.yaml")
    profile = _profile(folder, "extends: unter/basis.yaml\n", "kind.yaml")
    assert run_cli("check", profile).returncode == 0


def test_c3_output_never_overwrites_input(run_cli, tmp_path):
    """#84: a profile named like an output, built into its own folder, is refused and kept."""
    profile = _profile(tmp_path, MINIMAL_PROFILE, "konzept.md")
    original = profile.read_bytes()
    result = run_cli("build", profile, "-f", "md", "-o", tmp_path)
    _refused(result, "Eingabedatei", "konzept.md")
    assert profile.read_bytes() == original
    assert sorted(os.listdir(tmp_path)) == ["konzept.md"]
    from smkonzept.build import build
    from smkonzept.errors import InputError

    with pytest.raises(InputError):
        build(profile, ["md"], tmp_path)
    assert profile.read_bytes() == original


# --- high: plugins and environment --------------------------------------------------------------


@pytest.fixture
def plugin_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    return OutsidePlugins(site)


def _with_plugin(run_cli, site: OutsidePlugins, *args: str, env: dict[str, str] | None = None):
    path = os.pathsep.join([str(site.site), os.environ.get("PYTHONPATH", "")])
    return run_cli(*args, env={"PYTHONPATH": path, **(env or {})})


def _plugin_fault(result, entry: str, dist: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert entry in result.stderr and dist in result.stderr and f"SMKONZEPT_DISABLE_PLUGINS={entry}" in result.stderr, result.stderr


def test_h1_plugin_exit_at_import(run_cli, plugin_site, tmp_path, minimal_profile):
    """#4: a plugin module raising SystemExit(0) at import: exit 1, plugin and package named."""
    plugin_site.install("endet", "raise SystemExit(0)\n", dist="smkonzept-endet")
    out = tmp_path / "out"
    result = _with_plugin(run_cli, plugin_site, "build", minimal_profile, "-o", out)
    _plugin_fault(result, "endet", "smkonzept-endet")
    assert not out.exists()
    result = _with_plugin(run_cli, plugin_site, "build", minimal_profile, "-o", out, "-f", "md", env={"SMKONZEPT_DISABLE_PLUGINS": "endet"})
    assert result.returncode == 0 and (out / "muster.md").exists(), result.stderr


def test_h2_plugin_exit_in_hook(run_cli, plugin_site, tmp_path, minimal_profile):
    """#5: a hook calling sys.exit(0): exit 1, plugin, hook and package named, nothing written."""
    plugin_site.install("beendet", """
        import sys

        @smkonzept.hookimpl
        def register_platforms(register):
            sys.exit(0)
    """, dist="smkonzept-beendet")
    out = tmp_path / "out"
    result = _with_plugin(run_cli, plugin_site, "build", minimal_profile, "-o", out)
    _plugin_fault(result, "beendet", "smkonzept-beendet")
    assert "register_platforms" in result.stderr and not out.exists()


def test_plugin_hanging_in_hook_is_named(run_cli, plugin_site, tmp_path, minimal_profile):
    """#12: a hook that never returns is stopped after SMKONZEPT_PLUGIN_TIMEOUT and named."""
    plugin_site.install("haengt", """
        import time

        @smkonzept.hookimpl
        def register_laws(register):
            time.sleep(60)
    """, dist="smkonzept-haengt")
    out = tmp_path / "out"
    started = time.monotonic()
    result = _with_plugin(run_cli, plugin_site, "build", minimal_profile, "-o", out, env={"SMKONZEPT_PLUGIN_TIMEOUT": "1"})
    assert time.monotonic() - started < 30
    _plugin_fault(result, "haengt", "smkonzept-haengt")
    assert "antwortet nicht" in result.stderr and not out.exists()


def test_plugin_chapter_failing_or_hanging_is_named(run_cli, plugin_site, tmp_path):
    """#7-#9: a plugin chapter whose template fails or loops names the plugin and its package."""
    plugin_site.install("kapitel", """
        @smkonzept.hookimpl
        def register_sections(register):
            register(smkonzept.SectionSpec(id="kaputt", title="Kaputt", template="{{ 1/0 }}"))
            register(smkonzept.SectionSpec(id="endlos", title="Endlos",
                template="{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"))
    """, dist="smkonzept-kapitel")
    out = tmp_path / "out"
    for chapter, env, words in [("kaputt", {}, "ZeroDivisionError"), ("endlos", {"SMKONZEPT_PLUGIN_TIMEOUT": "1"}, "antwortet nicht")]:
        profile = _profile(tmp_path / chapter, MINIMAL_PROFILE + f"chapters: {{include: [{chapter}]}}\n")
        result = _with_plugin(run_cli, plugin_site, "build", profile, "-o", out, env=env)
        _plugin_fault(result, "kapitel", "smkonzept-kapitel")
        assert chapter in result.stderr and words in result.stderr and not out.exists(), result.stderr


@pytest.mark.parametrize("value", ["²", "abc", "0", "-1", "1.5", "١٢"])
def test_h3_workers_not_a_number(run_cli, tmp_path, minimal_profile, value):
    """#17: SMKONZEPT_WORKERS=² (isdigit() but not int()) is bad input, exit 2, not an internal error."""
    out = tmp_path / "out"
    result = run_cli("build", minimal_profile, "-o", out, env={"SMKONZEPT_WORKERS": value})
    _refused(result, "SMKONZEPT_WORKERS")
    assert not out.exists()


# --- high: text the PDF step could not carry -----------------------------------------------------


def test_h4_huge_word_fails_fast(run_cli, tmp_path):
    """#26: a 990 kB word in chamber.name is refused at load time instead of hanging typst."""
    _build_refused(run_cli, tmp_path, _with(NAME, "name: " + "a" * 990_000), "höchstens", line=f"muster.yaml:{_line(MINIMAL_PROFILE, 'name: Industrie')} (Feld „chamber.name“)", timeout_check=15)


def test_h5_escaped_nul(run_cli, tmp_path):
    """#36: "IHK\\0Minimal" is refused with file, line and field, before any conversion."""
    _build_refused(run_cli, tmp_path, _with(NAME, 'name: "IHK\\0Minimal"'), "U+0000", line=f"muster.yaml:{_line(MINIMAL_PROFILE, 'name: Industrie')} (Feld „chamber.name“)")


@pytest.mark.parametrize("date", ["9999-12-31", "2108-01-01", "2100-01-01"])
def test_h6_date_after_2099(run_cli, tmp_path, date):
    """#43: dates DOCX cannot store are refused at load time (they crashed the zip writer)."""
    _build_refused(run_cli, tmp_path, _with("date: 2026-11-01", f"date: {date}"), "2099", line=f"muster.yaml:{_line(MINIMAL_PROFILE, 'document:')} (Feld „document.date“)")


def test_last_allowed_date_builds(tmp_path):
    from smkonzept.build import build

    profile = _profile(tmp_path, _with("date: 2026-11-01", "date: 2099-12-31"))
    written = build(profile, ["docx"], tmp_path / "out")
    with zipfile.ZipFile(written[0]) as archive:
        assert archive.infolist()[0].date_time[0] == 2099


def test_h7_fifo_profile(run_cli, tmp_path):
    """#47: a named pipe as profile (or as base) is refused at once instead of blocking in open()."""
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = run_cli("build", fifo, "-o", tmp_path / "out")
    _refused(result, "keine gewöhnliche Datei", str(fifo))
    child = _profile(tmp_path, "extends: fifo.yaml\n" + MINIMAL_PROFILE, "kind.yaml")
    result = run_cli("check", child)
    _refused(result, "keine gewöhnliche Datei", line=f"{child}:1 (Feld „extends“)")
    assert time.monotonic() - started < 20
    assert not (tmp_path / "out").exists()


def test_h8_extends_chain_of_1500(run_cli, tmp_path):
    """#56: a 1,500-level extends chain is a clean German error, not a RecursionError."""
    _profile(tmp_path, MINIMAL_PROFILE, "b0.yaml")
    for level in range(1, 1501):
        (tmp_path / f"b{level}.yaml").write_text(f"extends: b{level - 1}.yaml\n", encoding="utf-8")
    result = run_cli("build", tmp_path / "b1500.yaml", "-o", tmp_path / "out")
    _refused(result, "länger als 20", "(Feld „extends“)")
    assert "RecursionError" not in result.stderr and not (tmp_path / "out").exists()


def test_h9_control_characters(run_cli, tmp_path):
    """#65: C0 control characters and DEL are refused naming the field, not by pandoc."""
    result = _build_refused(run_cli, tmp_path, _with(NAME, 'name: "\\x01 \\x7f"'), "U+0001", line=f"muster.yaml:{_line(MINIMAL_PROFILE, 'name: Industrie')} (Feld „chamber.name“)")
    assert "pandoc" not in result.stderr and "smkonzept-" not in result.stderr


def test_h10_noncharacter(run_cli, tmp_path):
    """#66: U+FDD0 is refused at load time instead of failing in typst."""
    result = _build_refused(run_cli, tmp_path, _with(NAME, 'name: "IHK \\uFDD0"'), "U+FDD0", line=f"muster.yaml:{_line(MINIMAL_PROFILE, 'name: Industrie')} (Feld „chamber.name“)")
    assert "typst" not in result.stderr


def test_h11_long_url(run_cli, tmp_path):
    """#68: a 200 kB account URL is refused at load time (typst: "URL is too long")."""
    text = _with("url: https://www.facebook.com/ihkmusterstadt", "url: https://www.facebook.com/" + "x" * 200_000)
    _build_refused(run_cli, tmp_path, text, "Webadresse", "2.000", line=f"muster.yaml:{_line(text, 'url: https://www.facebook')} (Feld „accounts[0].url“)")


@pytest.mark.parametrize(("length", "limit"), [(20_000, "Wort"), (100_000, "50.000")])
def test_h12_long_word(run_cli, tmp_path, length, limit):
    """#69: an unbroken word of 20 or 100 kB in purpose is refused (PDF string limit in typst)."""
    text = MINIMAL_PROFILE + "    purpose: " + "W" * length + "\n"
    _build_refused(run_cli, tmp_path, text, limit, "höchstens", line=f"muster.yaml:{_line(text, 'purpose:')} (Feld „accounts[0].purpose“)")


NAMES = {
    "chamber_name": "IHK Çanakkale-Łódź 👩‍👩‍👧‍👦🏳️‍🌈",
    "short_name": "IHK Ağrı ✓",
    "person": "Zbigniew Brzęczyszczykiewicz",
    "officer": "Şule Yılmaz-Öztürk",
    "account": "IHK auf Facebook 📣 Ελληνικά",
    "chapter": "Grüße aus Gdańsk 😀 und İzmir",
}


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _docx_text(data: bytes) -> str:
    import html

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))


def test_h13_emoji_turkish_polish_greek_in_all_formats(tmp_path):
    """#71: emoji and Turkish, Polish and Greek names in several fields build HTML, DOCX and PDF."""
    from helpers import html_text

    from smkonzept.build import build

    text = (
        _with(NAME, f"name: \"{NAMES['chamber_name']}\"")
        .replace("short_name: IHK Musterstadt", f"short_name: \"{NAMES['short_name']}\"")
        .replace("editorial: {unit: Pressestelle,", f"editorial: {{unit: Pressestelle, person: \"{NAMES['person']}\",")
        .replace("name: Erika Mustermann", f"name: \"{NAMES['officer']}\"")
        .replace("    name: IHK Musterstadt", f"    name: \"{NAMES['account']}\"")
    ) + f"chapters:\n  custom:\n    - {{id: gruss, title: \"{NAMES['chapter']}\", paragraphs: [\"Merhaba, dzień dobry, καλημέρα 👋\"]}}\n"
    profile = _profile(tmp_path, text)
    written = {path.suffix: path.read_bytes() for path in build(profile, ["html", "docx", "pdf"], tmp_path / "out")}
    squeeze = lambda value: "".join(value.split())  # noqa: E731 - line breaks differ per format
    texts = {
        ".html": squeeze(html_text(written[".html"])),
        ".docx": squeeze(_docx_text(written[".docx"])),
        ".pdf": squeeze(_pdf_text(written[".pdf"])),
    }
    for suffix, content in texts.items():
        for value in [*NAMES.values(), "Merhaba, dzień dobry, καλημέρα 👋"]:
            assert squeeze(value) in content, (suffix, value)


def test_h13_emoji_font_is_embedded(tmp_path):
    """The PDF carries the fallback font for emoji, so the emoji are drawn, not dropped."""
    from smkonzept.build import build

    profile = _profile(tmp_path, _with(NAME, 'name: "IHK 👍 Ağrı"'))
    pdf = build(profile, ["pdf"], tmp_path / "out")[0].read_bytes()
    assert b"NotoEmoji" in pdf and b"Lato" in pdf


# --- high: interrupts ------------------------------------------------------------------------


def _start(profile: Path, out: Path, temp: Path) -> subprocess.Popen:
    env = {**os.environ, "TMPDIR": str(temp), "SMKONZEPT_WORKERS": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "smkonzept.cli", "build", str(profile), "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


@pytest.fixture
def long_build(tmp_path):
    """A profile that takes a while to build, an output folder with an earlier build, a private TMPDIR."""
    profile = tmp_path / "ulm.yaml"
    profile.write_bytes((ROOT / "profiles" / "ihk-ulm.yaml").read_bytes())
    out, temp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    temp.mkdir()
    earlier = {out / f"ulm.{fmt}": f"alt {fmt}".encode() for fmt in ("html", "docx", "pdf")}
    for path, data in earlier.items():
        path.write_bytes(data)
    return profile, out, temp, earlier


def _consistent(out: Path, earlier: dict[Path, bytes]) -> str:
    """"old" or "new": the folder holds exactly the three files, all earlier or all rebuilt."""
    assert sorted(os.listdir(out)) == sorted(path.name for path in earlier), os.listdir(out)
    same = [path.read_bytes() == data for path, data in earlier.items()]
    assert all(same) or not any(same), same
    return "old" if all(same) else "new"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=["INT", "TERM", "HUP"])
def test_h14_interrupt_leaves_nothing_behind(long_build, signum):
    """#82 (#81): Ctrl-C, SIGTERM and SIGHUP at several moments: no temporary file or folder remains,
    the output folder holds the earlier files or the complete new set."""
    profile, out, temp, earlier = long_build
    outcomes = []
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6):
        process = _start(profile, out, temp)
        time.sleep(delay)
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=60)
        assert "Traceback" not in stderr, stderr
        outcomes.append(_consistent(out, earlier))
        if process.returncode == -signum:
            # Arrived before Python installed the handlers (a slow start on a loaded machine) or while the
            # finished program was shutting down: either nothing was written or everything was.
            assert outcomes[-1] == "old" or "→" in stdout, stderr
        else:
            assert process.returncode in (0, 128 + signum), (process.returncode, stderr)
        assert os.listdir(temp) == [], os.listdir(temp)
        if outcomes[-1] == "new":
            for path, data in earlier.items():
                path.write_bytes(data)
    assert "old" in outcomes


def test_after_sigkill_the_next_run_removes_stale_temporary_files(long_build, run_cli):
    """#80: a killed run cannot clean up; the next run removes what the dead process left."""
    profile, out, temp, earlier = long_build
    process = _start(profile, out, temp)
    deadline = time.monotonic() + 30
    while not any(name.startswith("smkonzept-") for name in os.listdir(temp)) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.kill()
    process.communicate(timeout=30)
    dead = process.pid
    left = [name for name in os.listdir(temp) if f"smk{dead}" in name]
    assert left, "the killed run left no temporary folder to clean up"
    stale_output = out / f".ulm.html.smk{dead}.abc123.tmp"
    stale_output.write_bytes(b"halb")
    foreign = temp / "smkonzept-pandoc-smk1-fremd"  # PID 1 is alive: not ours to remove
    foreign.mkdir()
    result = run_cli("build", profile, "-o", out, "-f", "md", env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    assert [name for name in os.listdir(temp) if f"smk{dead}" in name] == []
    assert not stale_output.exists() and foreign.exists()
    assert sorted(os.listdir(out)) == sorted([*(path.name for path in earlier), "ulm.md"])


@pytest.mark.parametrize("moment", ["staging", "renaming"])
def test_h14_signal_while_writing_undoes_the_write(tmp_path, monkeypatch, moment):
    """#82: a signal arriving between creating a temporary file and recording it (or between two
    renames) is held back until the write can be undone cleanly: no temporary file, old files kept."""
    from smkonzept import atomic as output
    from smkonzept.errors import Interrupted

    folder = tmp_path / "out"
    folder.mkdir()
    old = {folder / "a.html": b"alt a", folder / "a.pdf": b"alt pdf"}
    for path, data in old.items():
        path.write_bytes(data)
    real = output.os.fsync if moment == "staging" else output.os.replace
    calls = []

    def interrupted(*args):
        calls.append(args)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGINT)
        return real(*args)

    monkeypatch.setattr(output.os, "fsync" if moment == "staging" else "replace", interrupted)
    with pytest.raises(Interrupted):
        output.write_all({folder / "a.html": b"neu a", folder / "a.pdf": b"neu pdf", folder / "a.md": b"neu md"})
    assert sorted(os.listdir(folder)) == ["a.html", "a.pdf"]
    assert all(path.read_bytes() == data for path, data in old.items())
