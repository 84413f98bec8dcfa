"""The load-time text checks: font coverage file, characters, clusters and limits."""

from __future__ import annotations

import pytest

from fontcoverage import COVERAGE, text
from smkonzept.profile.textcheck import MAX_WORD_CHARS, character_problem, text_problems


def test_coverage_file_matches_the_shipped_fonts():
    assert COVERAGE.read_text(encoding="ascii") == text(), "python tests/fontcoverage.py ausführen"


@pytest.mark.parametrize(
    "sample",
    ["Industrie- und Handelskammer", "Ağrı İzmir Şule", "Łódź Żółć", "Ελληνικά", "Москва", "👩‍👩‍👧‍👦🏳️‍🌈👍🏽", "✓ ★ → € § „“ – …", "e\u0301", "Zeile\nZeile\tTab"],
)
def test_text_every_format_carries_is_accepted(sample):
    assert character_problem(sample) is None


@pytest.mark.parametrize(
    ("sample", "words"),
    [
        ("a\x00b", "U+0000"), ("a\x1bb", "U+001B"), ("a\x7fb", "U+007F"), ("a\x85b", "U+0085"), ("a\rb", "U+000D"),
        ("a\ufdd0", "U+FDD0"), ("a\uffff", "U+FFFF"), ("a\U0010fffe", "U+10FFFE"), ("a\ud800", "U+D800"),
        ("a\ue000", "privaten Bereich"), ("a\ufeff", "U+FEFF"), ("字", "„字“ (U+5B57)"), ("\u202e", "U+202E"),
        ("¡\U000101fd", "U+00A1 U+101FD"),
    ],
)
def test_text_some_format_cannot_carry_is_named(sample, words):
    problem = character_problem(sample)
    assert problem is not None and words in problem, problem


def test_characters_seen_before_do_not_hide_a_problem(monkeypatch):
    """Harmless characters are remembered; a text of remembered characters plus a mark, joiner or bad character is still refused."""
    from smkonzept.profile import textcheck

    monkeypatch.setattr(textcheck, "_HARMLESS", set())
    samples = ["Industrie", "e\u0301", "a\x00b", "¡\U000101fd", "a\ue000", "字", "👩‍👩‍👧", "a\u200db"]
    fresh = [character_problem(sample) for sample in samples]
    for sample in samples:
        for char in sample:
            character_problem(char)
    assert "¡" in textcheck._HARMLESS and "\u0301" not in textcheck._HARMLESS and "\U000101fd" not in textcheck._HARMLESS
    assert [character_problem(sample) for sample in samples] == fresh
    assert fresh[3] is not None and "U+00A1 U+101FD" in fresh[3]


def test_problems_are_capped_and_name_each_field():
    data = {"necessity": ["\x01"] * 30, "chamber": {"name": "x" * 10, "short_name": "W" * (MAX_WORD_CHARS + 1)}}
    problems = text_problems(data)
    assert len(problems) == 11 and "21 weitere" in problems[-1].message
    assert problems[0].path == ("necessity", 0)


def test_field_names_are_checked_without_echoing_them():
    problems = text_problems({"chamber": {"na\x1bme": "x"}})
    assert problems[0].path == ("chamber",) and "U+001B" in problems[0].message and "\x1b" not in problems[0].message
