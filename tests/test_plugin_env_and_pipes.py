"""Misspelled names in SMKONZEPT_DISABLE_PLUGINS are reported; a reader that goes away ends the run quietly."""

from __future__ import annotations

import os
import subprocess
import sys


def test_unknown_disabled_name_is_warned_with_the_known_names(run_cli):
    result = run_cli("plugins", env={"SMKONZEPT_DISABLE_PLUGINS": "facebok,twitter"})
    assert result.returncode == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warnung:")]
    assert len(warnings) == 1, result.stderr
    assert "SMKONZEPT_DISABLE_PLUGINS nennt „facebok“" in warnings[0]
    assert "Meinten Sie „facebook“?" in warnings[0]
    assert "Bekannt sind: " in warnings[0] and "instagram" in warnings[0] and "mastodon" in warnings[0]
    assert "twitter:" not in result.stdout
    assert "facebook:" in result.stdout


def test_known_disabled_names_give_no_warning(run_cli):
    result = run_cli("plugins", env={"SMKONZEPT_DISABLE_PLUGINS": "twitter, smkonzept.plugins.platforms.xing"})
    assert result.returncode == 0
    assert result.stderr == ""
    assert "twitter:" not in result.stdout and "xing:" not in result.stdout


def test_closed_pipe_ends_quietly():
    reader, writer = os.pipe()
    os.close(reader)
    process = subprocess.run(
        [sys.executable, "-m", "smkonzept.cli", "plugins", "--all"],
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    os.close(writer)
    assert process.stderr == ""
    assert process.returncode == 141
