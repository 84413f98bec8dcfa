"""Compiled templates kept beside the package's bytecode (smkonzept.templatecache): reused, never trusted blindly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smkonzept import templating
from smkonzept.templatecache import package_cache_folder

SOURCE = "{% for item in items %}- {{ item }}\n{% endfor %}{{ heading(2, title) }}"
CONTEXT = {"items": ["eins", "zwei*"], "title": "Titel"}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """The environment's cache pointed at an empty folder, bytecode writing on, no template compiled yet."""
    target = tmp_path / "jinja2"
    monkeypatch.setattr(templating.template_environment().bytecode_cache, "folder", target)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    templating._compile.cache_clear()
    yield target
    templating._compile.cache_clear()


def _render() -> str:
    templating._compile.cache_clear()
    return templating.render_template(SOURCE, CONTEXT)


def _no_compiling(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compiled although a cached entry exists")

    monkeypatch.setattr(templating.template_environment(), "compile", refuse)


def test_second_compile_is_read_from_the_entry(folder, monkeypatch):
    first = _render()
    entries = list(folder.iterdir())
    assert [entry.suffix for entry in entries] == [".jinjac"]
    _no_compiling(monkeypatch)
    assert _render() == first == "- eins\n- zwei\\*\n## Titel\n"


def test_other_source_gets_its_own_entry(folder):
    _render()
    templating.render_template(SOURCE + " ", CONTEXT)
    assert len(list(folder.iterdir())) == 2


def _syserror_payload(code_bytes: bytes) -> bytes:
    """Flip single bits of marshalled code until ``marshal.loads`` raises something other than the usual errors."""
    import marshal

    for index in range(len(code_bytes)):
        for bit in range(8):
            changed = bytearray(code_bytes)
            changed[index] ^= 1 << bit
            try:
                marshal.loads(bytes(changed))
            except (EOFError, ValueError, TypeError):
                continue
            except Exception:
                return bytes(changed)
    pytest.skip("no bit flip of this entry makes marshal raise another error")


@pytest.mark.parametrize("damage", ["truncated", "other header", "empty", "not code", "bit flipped", "valid digest, bad code"])
def test_damaged_entry_is_ignored_and_replaced(folder, damage):
    import hashlib
    import marshal

    from smkonzept.templatecache import _MAGIC

    expected = _render()
    (entry,) = folder.iterdir()
    data = entry.read_bytes()
    header, payload = data[: len(_MAGIC) + 32], data[len(_MAGIC) + 32 :]
    flipped = bytearray(payload)
    flipped[len(flipped) // 2] ^= 0x10
    if damage == "valid digest, bad code":
        bad = _syserror_payload(payload)
        damaged = _MAGIC + hashlib.sha256(bad).digest() + bad
    else:
        damaged = {
            "truncated": data[: len(data) // 2],
            "other header": b"smkonzept-jinja2\0" + b"0.0\0" + data[len(_MAGIC) - 4 :],
            "empty": b"",
            "not code": _MAGIC + hashlib.sha256(marshal.dumps({"code": 1})).digest() + marshal.dumps({"code": 1}),
            "bit flipped": header + bytes(flipped),
        }[damage]
    entry.write_bytes(damaged)
    assert _render() == expected
    assert entry.read_bytes() == data


def test_an_entry_that_is_no_regular_file_is_passed_over(folder):
    """A FIFO where an entry belongs neither blocks the build nor is read (Python's own import would hang)."""
    expected = _render()
    (entry,) = folder.iterdir()
    entry.unlink()
    os.mkfifo(entry)
    assert _render() == expected
    assert entry.is_file() and not entry.is_fifo()


def test_leftovers_of_dead_writers_are_swept(folder):
    _render()
    dead = folder / ".x.jinjac.smk999999999.abcd.tmp"
    dead.write_bytes(b"half")
    templating.render_template(SOURCE + "  ", CONTEXT)
    assert not dead.exists()
    assert not list(folder.glob("*.tmp"))


def test_only_the_newest_entries_are_kept(folder, monkeypatch):
    from smkonzept import templatecache

    monkeypatch.setattr(templatecache, "KEPT", 2)
    for spaces in range(4):
        templating.render_template(SOURCE + " " * spaces, CONTEXT)
    assert len(list(folder.glob("*.jinjac"))) == 2


def test_another_environment_never_finds_the_sandbox_code(folder):
    """Code compiled outside the sandbox (or with other filters) has another name: nothing is shared."""
    import jinja2

    from smkonzept.templatecache import PackageBytecodeCache

    sandbox = templating.template_environment()
    plain = jinja2.Environment(bytecode_cache=PackageBytecodeCache(folder), trim_blocks=True, lstrip_blocks=True)
    plain.filters.update(sandbox.filters)
    cache = PackageBytecodeCache(folder)
    assert cache.get_bucket(plain, "<template>", None, SOURCE).key != cache.get_bucket(sandbox, "<template>", None, SOURCE).key
    other_filters = templating._Environment(**{key: getattr(sandbox, key) for key in ("trim_blocks", "lstrip_blocks", "finalize")})
    other_filters.filters.update(sandbox.filters)
    other_filters.filters["bullets"] = jinja2.pass_context(lambda context, items: "")
    assert cache.get_bucket(other_filters, "<template>", None, SOURCE).key != cache.get_bucket(sandbox, "<template>", None, SOURCE).key


def test_nothing_written_without_bytecode_writing(folder, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _render().startswith("- eins")
    assert not folder.exists()


def test_unwritable_folder_still_renders(tmp_path, monkeypatch):
    blocker = tmp_path / "datei"
    blocker.write_text("keine Ordner hier", encoding="utf-8")
    monkeypatch.setattr(templating.template_environment().bytecode_cache, "folder", blocker / "jinja2")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert _render().startswith("- eins")
    assert blocker.read_text(encoding="utf-8") == "keine Ordner hier"
    templating._compile.cache_clear()


def test_folder_follows_python_bytecode_location(tmp_path):
    code = "from smkonzept.templatecache import package_cache_folder; print(package_cache_folder())"
    shown = subprocess.run(
        [sys.executable, "-X", f"pycache_prefix={tmp_path}", "-c", code], capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert Path(shown).is_relative_to(tmp_path) and Path(shown).name == "jinja2"
    assert package_cache_folder().parent.name == "__pycache__" or sys.pycache_prefix


def test_a_build_uses_the_cache_in_a_fresh_process(tmp_path, minimal_profile):
    """Two CLI builds under a bytecode prefix: the first writes entries, the second reads them and writes nothing new."""
    env_prefix = tmp_path / "prefix"
    command = [sys.executable, "-X", f"pycache_prefix={env_prefix}", "-m", "smkonzept", "build", str(minimal_profile), "--format", "md", "-q"]
    import os

    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    first = subprocess.run([*command, "--output", str(tmp_path / "a")], capture_output=True, text=True, env=env, check=True)
    entries = sorted(env_prefix.rglob("*.jinjac"))
    assert entries, first.stderr
    stamps = [entry.stat().st_mtime_ns for entry in entries]
    subprocess.run([*command, "--output", str(tmp_path / "b")], capture_output=True, text=True, env=env, check=True)
    assert sorted(env_prefix.rglob("*.jinjac")) == entries
    assert [entry.stat().st_mtime_ns for entry in entries] == stamps
    assert (tmp_path / "a" / f"{minimal_profile.stem}.md").read_bytes() == (tmp_path / "b" / f"{minimal_profile.stem}.md").read_bytes()
