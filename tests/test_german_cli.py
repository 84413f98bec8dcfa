"""The command line speaks German only: argparse's own texts included, errors on stderr, results on stdout."""

from __future__ import annotations

import argparse

import pytest

from smkonzept import cli

ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "optional arguments",
    "show this help message",
    "show program's version",
    "invalid choice",
    "choose from",
    "the following arguments are required",
    "unrecognized arguments",
    "expected one argument",
    "error:",
    "argument ",
)


def _subcommands() -> list[str]:
    parser = cli._parser()
    actions = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def _english_in(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text.lower()]


def test_every_subcommand_is_checked():
    assert {"build", "check", "plugins"} <= set(_subcommands())


@pytest.mark.parametrize("command", [[], *([name] for name in _subcommands())], ids=lambda c: " ".join(c) or "smkonzept")
def test_help_has_no_english_argparse_phrases(run_cli, command):
    result = run_cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Aufruf: smkonzept" in result.stdout
    assert "diese Hilfe anzeigen und beenden" in result.stdout
    assert _english_in(result.stdout) == []
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "german"),
    [
        (["unbekannt"], "ungültige Auswahl: 'unbekannt' (möglich sind:"),
        (["build"], "Es fehlen Angaben: PROFIL"),
        (["check", "a.yaml", "--gibtsnicht"], "Unbekannte Angaben: --gibtsnicht"),
        (["build", "a.yaml", "--output"], "Hier fehlt ein Wert"),
    ],
)
def test_usage_errors_are_german_on_stderr(run_cli, args, german):
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert german in result.stderr
    assert "Aufruf: smkonzept" in result.stderr
    assert _english_in(result.stderr) == []


def test_german_texts_do_not_leak_into_other_parsers():
    cli._parser()
    other = argparse.ArgumentParser(prog="anderes")
    assert "usage:" in other.format_usage()
