"""Reading YAML safely while remembering the line of every value.

Only ``true``/``false``, ``null`` and ISO dates are recognised as non-text scalars: numbers
stay text until the schema asks for a number, so postal codes like 01067 keep their zero.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import yaml

__all__ = ["Located", "MAX_NODES", "YamlProblem", "load_yaml"]

MAX_NODES = 20_000
Path = tuple[str | int, ...]


@attrs.frozen
class YamlProblem(Exception):
    """A YAML file that cannot be read; ``line`` is 1-based, 0 when unknown."""

    message: str
    line: int = 0
    path: Path = ()


@attrs.frozen
class Located:
    """The data of one YAML file and the line each value starts on."""

    data: Any
    lines: dict[Path, int]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


_KEEP = {"tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp"}
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag in _KEEP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", yaml.resolver.re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(text: str) -> Located:
    """Parse one YAML document into plain Python data plus a map from field path to line."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlProblem(_syntax_message(exc), mark.line + 1 if mark else 0) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"Die Datei ist kein gültiges YAML: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        return Located(None, {})
    lines: dict[Path, int] = {}
    budget = [MAX_NODES]
    data = _convert(node, (), lines, budget, _Loader(""))
    return Located(data, lines)


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    problem = (exc.problem or exc.context or "unbekannter Fehler").strip()
    translations = {
        "mapping values are not allowed": "hier ist kein Doppelpunkt erlaubt (Text mit „: “ in Anführungszeichen setzen)",
        "could not find expected ':'": "ein Doppelpunkt nach dem Feldnamen fehlt",
        "cannot start any token": "ein Zeichen kann hier nicht stehen (Tabulatoren durch Leerzeichen ersetzen, Text mit @, `, % oder * in Anführungszeichen setzen)",
        "found undefined alias": "ein Verweis (*Alias) zeigt auf keinen Anker",
        "expected <block end>": "die Einrückung stimmt nicht",
        "did not find expected key": "die Einrückung stimmt nicht oder ein Doppelpunkt fehlt",
        "did not find expected '-' indicator": "die Einrückung einer Liste stimmt nicht",
        "unexpected end of stream": "die Datei endet mitten in einem Wert (fehlt ein Anführungszeichen?)",
        "found unknown escape character": "ein unbekanntes Escape-Zeichen mit \\ steht in doppelten Anführungszeichen",
        "expected a single document": "die Datei enthält mehrere Dokumente (---); erlaubt ist eines",
        "but found another document": "die Datei enthält mehrere Dokumente (---); erlaubt ist eines",
    }
    for english, german in translations.items():
        if english in problem:
            return f"YAML-Syntaxfehler: {german}."
    return f"YAML-Syntaxfehler: {problem}."


def _convert(node: yaml.Node, path: Path, lines: dict[Path, int], budget: list[int], loader: Any) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlProblem(
            f"Die Datei ist zu groß oder vervielfacht Inhalte über Anker und Aliase "
            f"(mehr als {MAX_NODES} Werte). Bitte Aliase (*name) sparsam verwenden.",
            node.start_mark.line + 1,
        )
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem("Feldnamen müssen einfache Wörter sein.", key_node.start_mark.line + 1, path)
            key = str(key_node.value)
            if key in result:
                raise YamlProblem(f"Das Feld „{key}“ steht doppelt.", key_node.start_mark.line + 1, (*path, key))
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _convert(value_node, (*path, key), lines, budget, loader)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, index), lines, budget, loader) for index, item in enumerate(node.value)]
    if node.tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"):
        return loader.construct_object(node, deep=True)
    if node.tag == "tag:yaml.org,2002:timestamp":
        try:
            value = loader.construct_object(node, deep=True)
        except ValueError:
            raise YamlProblem(f"„{node.value}“ ist kein gültiges Datum.", node.start_mark.line + 1, path) from None
        return value.date() if isinstance(value, datetime.datetime) else value
    raise YamlProblem(
        f"Der YAML-Typ „{node.tag}“ wird nicht unterstützt; bitte nur Text, Listen und Felder verwenden.",
        node.start_mark.line + 1,
        path,
    )
