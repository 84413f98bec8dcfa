"""The build's progress display: shown on a terminal, absent in pipes, off with --quiet, itemised with --verbose."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest

from conftest import MINIMAL_PROFILE


@pytest.fixture
def two_profiles(tmp_path):
    paths = []
    for name in ("erste", "zweite"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(MINIMAL_PROFILE, encoding="utf-8")
        paths.append(str(path))
    return paths


def _build_with_terminal_stderr(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run a build whose stderr is a pseudo-terminal; returns (exit code, stdout, what the terminal received)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "smkonzept.cli", "build", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "COLUMNS": "100", **(env or {})},
    )
    os.close(follower)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    stdout = process.stdout.read().decode("utf-8") if process.stdout else ""
    code = process.wait()
    os.close(leader)
    return code, stdout, received.decode("utf-8", "replace")


def test_progress_appears_on_a_terminal(two_profiles, tmp_path):
    code, stdout, terminal = _build_with_terminal_stderr(*two_profiles, "-f", "html,md", "-o", str(tmp_path / "out"))
    assert code == 0, terminal
    assert "Erstelle 0/4" in terminal
    assert all(f"Erstelle {done}/4" in terminal for done in range(5)), terminal
    assert "Erstelle" not in stdout
    assert "erste.yaml →" in stdout


def test_quiet_hides_progress_on_a_terminal(two_profiles, tmp_path):
    code, stdout, terminal = _build_with_terminal_stderr(*two_profiles, "-f", "html,md", "-o", str(tmp_path / "out"), "--quiet")
    assert code == 0, terminal
    assert "Erstelle" not in terminal
    assert stdout == ""
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["erste.html", "erste.md", "zweite.html", "zweite.md"]


def test_no_progress_without_a_terminal(run_cli, two_profiles, tmp_path):
    result = run_cli("build", *two_profiles, "-f", "html,md", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "Erstelle" not in result.stderr
    assert "\r" not in result.stderr


def test_verbose_names_each_file_without_a_terminal(run_cli, two_profiles, tmp_path):
    result = run_cli("build", *two_profiles, "-f", "html,md", "-o", tmp_path / "out", "--verbose")
    assert result.returncode == 0, result.stderr
    finished = [line for line in result.stderr.splitlines() if line.startswith("fertig nach ")]
    assert sorted(line.rsplit(": ", 1)[1] for line in finished) == ["erste.html", "erste.md", "zweite.html", "zweite.md"]
    assert "Erstelle" not in result.stderr


def test_quiet_and_verbose_exclude_each_other(run_cli, two_profiles, tmp_path):
    result = run_cli("build", *two_profiles, "-o", tmp_path / "out", "--quiet", "--verbose")
    assert result.returncode == 2
    assert "nicht zusammen mit" in result.stderr


@pytest.mark.parametrize("no_color", [None, "1"], ids=["ohne-NO_COLOR", "NO_COLOR=1"])
def test_terminal_output_has_no_colour_or_escape_sequences(two_profiles, tmp_path, monkeypatch, no_color):
    """The command line prints no colour at all, so NO_COLOR has nothing to turn off: no ESC[ reaches the terminal."""
    env = {"NO_COLOR": no_color} if no_color else {}
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    code, stdout, terminal = _build_with_terminal_stderr(*two_profiles, "-f", "html,md", "-o", str(tmp_path / "out"), "--verbose", env=env)
    assert code == 0, terminal
    assert "Erstelle 4/4" in terminal and "fertig nach" in terminal
    assert "\x1b[" not in terminal and "\x1b[" not in stdout
    (tmp_path / "kaputt.yaml").write_text("schema: 1\nchamber: [\n", encoding="utf-8")
    code, stdout, terminal = _build_with_terminal_stderr(str(tmp_path / "kaputt.yaml"), "-o", str(tmp_path / "out2"), env=env)
    assert code == 2 and "kaputt.yaml" in terminal
    assert "\x1b[" not in terminal
