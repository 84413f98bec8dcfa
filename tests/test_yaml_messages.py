"""Every error the YAML reader can raise reaches the user in German, whatever parser is installed."""

from __future__ import annotations

import ast
import inspect

import pytest
import yaml.composer
import yaml.parser
import yaml.scanner

from smkonzept.profile import yamlsource
from smkonzept.profile.yamlsource import SYNTAX_MESSAGES, YamlProblem, load_yaml


def _problems_pyyaml_can_raise() -> set[str]:
    """The problem texts PyYAML's scanner, parser and composer pass to their errors, read from their source.

    Contexts ("while scanning …", "… first occurrence") only accompany a problem and are left out.
    """
    texts = set()
    for module in (yaml.scanner, yaml.parser, yaml.composer):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith("Error"):
                for argument in node.args:
                    for part in ast.walk(argument):
                        if isinstance(part, ast.Constant) and isinstance(part.value, str) and " " in part.value:
                            if not part.value.startswith("while ") and not part.value.endswith("first occurrence"):
                                texts.add(part.value)
    return texts


def test_the_source_of_pyyaml_names_its_errors():
    assert len(_problems_pyyaml_can_raise()) > 25


@pytest.mark.parametrize("problem", sorted(_problems_pyyaml_can_raise()))
def test_every_problem_text_of_pyyaml_has_a_german_translation(problem):
    assert any(english in problem for english in SYNTAX_MESSAGES), problem


BROKEN = [
    ("a: [1, 2\n", "Klammer"),
    ("a: {b: 1\n", "Klammer"),
    ("a: b: c\n", "Doppelpunkt"),
    ("a:\n  - 1\n b: 2\n", "Einrückung"),
    ('a: "x\\q"\n', "Escape"),
    ("a: *nirgends\n", "Verweis"),
    ("a: &x 1\nb: &x 2\nc: [*x]\n", None),
    ("a: 'offen\n", "Datei endet"),
    ("a: @x\n", "Zeichen"),
    ("a: !<tag 1\n", "Kürzel"),
    ("a: |0\n  x\n", "Einrückungsangabe"),
    ("a: |x\n  x\n", "nach | oder >"),
    ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "%YAML"),
    ("%YAML 2.0\n---\na: 1\n", "YAML-Version"),
    ("a: &\n", "Anker"),
    ("a: 1 # ok\n? b\n", None),
    ("a:\n\t- 1\n", None),
    ("a: b\n- c\n", None),
    ("a: 1\n---\nb: 2\n", "mehrere Dokumente"),
    ("a: \"x\n---\ny\"\n", "Dokumentgrenze"),
    ("a: \"\\x4\"\n", "unvollständig"),
]


@pytest.mark.parametrize(("text", "keyword"), BROKEN)
def test_broken_yaml_gives_a_german_message_with_a_line(text, keyword):
    try:
        load_yaml(text)
    except YamlProblem as problem:
        assert problem.line >= 1, problem
        assert "Meldung des YAML-Lesers" not in problem.message
        for english in ("found", "expected", "while ", "not allowed", "could not"):
            assert english not in problem.message, problem.message
        if keyword:
            assert keyword in problem.message, problem.message
    else:
        assert keyword is None, f"{text!r} was read without an error"


@pytest.mark.parametrize("text", [text for text, _ in BROKEN] + ["chamber:\n  name: " + "[" * 5000 + "]" * 5000 + "\n"])
def test_the_message_does_not_depend_on_libyaml(text):
    def message(reader):
        try:
            reader(text)
        except YamlProblem as problem:
            return problem.message, problem.line, problem.path
        return None

    assert message(load_yaml) == message(lambda text: yamlsource._load_with(yamlsource._PureLoader, text))


def test_deep_nesting_is_stopped_by_the_projects_own_limit():
    text = "chamber:\n  name: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(YamlProblem) as caught:
        load_yaml(text)
    assert caught.value.line == 2 and caught.value.path[:2] == ("chamber", "name")
    assert f"tiefer als {yamlsource.MAX_DEPTH} Ebenen" in caught.value.message
