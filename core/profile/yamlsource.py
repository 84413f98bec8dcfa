"""Reading YAML safely while remembering the line of every value.

Only ``true``/``false``, ``null`` and ISO dates are recognised as non-text scalars: numbers
stay text until the schema asks for a number, so postal codes like 01067 keep their zero.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs
import yaml

__all__ = ["FieldPath", "Located", "MAX_DEPTH", "MAX_NODES", "YamlProblem", "load_yaml"]

MAX_NODES = 20_000
MAX_DEPTH = 40
FieldPath = tuple[str | int, ...]
"""Where a value sits in a profile: keys and list indexes, e.g. ``("accounts", 0, "platform")``."""


@attrs.frozen
class YamlProblem(Exception):
    """A YAML file that cannot be read; ``line`` is 1-based, 0 when unknown."""

    message: str
    line: int = 0
    path: FieldPath = ()


@attrs.frozen
class Located:
    """The data of one YAML file and the line each value starts on."""

    data: Any
    lines: dict[FieldPath, int]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


_KEY_LINE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
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
    _scan(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlProblem(_syntax_message(exc), mark.line + 1 if mark else 0) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"Die Datei ist kein gültiges YAML (Meldung des YAML-Lesers: „{exc}“).") from None
    finally:
        loader.dispose()
    if node is None:
        return Located(None, {})
    walk = _Walk(_Loader(""))
    data = walk.convert(node, (), node.start_mark.line + 1)
    return Located(data, walk.lines)


def _scan(text: str) -> None:
    """Read the event stream once, so a syntax error or too deep nesting names the field being read.

    libyaml's composer recurses without a limit, so the depth is checked here before it runs.
    """
    loader = _Loader(text)
    frames: list[list[Any]] = []  # per open collection: [is_mapping, key or index, reading a value, flow style]
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.NodeEvent):
                if frames and not frames[-1][0]:
                    frames[-1][1] += 1
                elif frames and not frames[-1][2]:
                    frames[-1][1] = event.value if isinstance(event, yaml.ScalarEvent) else "?"
            if isinstance(event, yaml.CollectionStartEvent):
                is_mapping = isinstance(event, yaml.MappingStartEvent)
                frames.append([is_mapping, None if is_mapping else -1, False, event.flow_style])
                if len(frames) > MAX_DEPTH:
                    raise YamlProblem(f"Die Felder sind tiefer als {MAX_DEPTH} Ebenen verschachtelt.", event.start_mark.line + 1, _frames_path(frames)[:4])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                frames.pop()
            if isinstance(event, (yaml.NodeEvent, yaml.CollectionEndEvent)) and frames and frames[-1][0]:
                frames[-1][2] = not frames[-1][2]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        path = _frames_path(frames)
        if mark and frames and all(frame[2] or not frame[0] for frame in frames[:-1]):
            is_mapping, _, in_value, flow = frames[-1]
            path = (*path, *_key_on_line(text, mark.line)) if is_mapping and not in_value and not flow else path
        raise YamlProblem(_syntax_message(exc), mark.line + 1 if mark else 0, path) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        raise YamlProblem(f"Die Datei enthält ein unzulässiges Steuerzeichen ({code}).", line, _frames_path(frames)) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"Die Datei ist kein gültiges YAML (Meldung des YAML-Lesers: „{exc}“).") from None
    finally:
        loader.dispose()


def _key_on_line(text: str, index: int) -> FieldPath:
    """The field name a line starts with, if any: where a syntax error in a mapping was found."""
    lines = text.split("\n")
    match = _KEY_LINE.match(lines[index]) if index < len(lines) else None
    return (match.group(1),) if match else ()


def _frames_path(frames: list[list[Any]]) -> FieldPath:
    """The field path of the value being read, from the open collections of ``_scan``."""
    path: list[str | int] = []
    for is_mapping, step, in_value, _ in frames:
        if is_mapping and not in_value:
            break
        if step is not None and step != -1:
            path.append(step)
    return tuple(path)


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
        "tab character": "ein Tabulator steht in der Einrückung; bitte nur Leerzeichen verwenden",
        "expected ',' or ']'": "in einer Liste [ … ] fehlt ein Komma oder die schließende Klammer",
        "expected ',' or '}'": "in einer Gruppe { … } fehlt ein Komma oder die schließende Klammer",
        "expected node content": "hier fehlt ein Wert",
        "found duplicate anchor": "ein Anker (&name) ist doppelt vergeben",
        "undefined tag handle": "ein unbekanntes Kürzel (!…) steht vor einem Wert",
    }
    for english, german in translations.items():
        if english in problem:
            return f"YAML-Syntaxfehler: {german}."
    return f"YAML-Syntaxfehler (Meldung des YAML-Lesers: „{problem}“)."


@attrs.define
class _Walk:
    """Turns a composed node graph into data, guarding against alias bombs and self-references."""

    loader: Any
    lines: dict[FieldPath, int] = attrs.Factory(dict)
    budget: int = MAX_NODES
    seen: set[int] = attrs.Factory(set)
    active: set[int] = attrs.Factory(set)
    alias_use: tuple[int, FieldPath] | None = None

    def convert(self, node: yaml.Node, path: FieldPath, used_on: int) -> Any:
        """The data of ``node`` at ``path``; ``used_on`` is the line the node is referred to from."""
        line = node.start_mark.line + 1
        if id(node) in self.active:
            raise YamlProblem("Ein Verweis (*Alias) zeigt auf den Wert, in dem er selbst steht.", used_on, path)
        outermost_alias = self.alias_use is None and id(node) in self.seen
        if outermost_alias:
            self.alias_use = (used_on, path)
        self.budget -= 1
        if self.budget < 0 or len(path) > MAX_DEPTH:
            where, at = self.alias_use or (line, path)
            if self.budget >= 0:
                raise YamlProblem(f"Die Felder sind über Aliase tiefer als {MAX_DEPTH} Ebenen verschachtelt.", where, at)
            raise YamlProblem(
                f"Die Datei ist zu groß oder vervielfacht Inhalte über Anker und Aliase "
                f"(mehr als {MAX_NODES} Werte). Bitte Aliase (*name) sparsam verwenden.",
                where,
                at,
            )
        self.seen.add(id(node))
        self.active.add(id(node))
        try:
            self.lines.setdefault(path, line)
            return self._value(node, path)
        finally:
            self.active.discard(id(node))
            if outermost_alias:
                self.alias_use = None

    def _value(self, node: yaml.Node, path: FieldPath) -> Any:
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                    raise YamlProblem("Feldnamen müssen einfache Wörter sein.", key_line, path)
                key = str(key_node.value)
                if key in result:
                    raise YamlProblem(f"Das Feld „{key}“ steht doppelt.", key_line, (*path, key))
                self.lines[(*path, key)] = key_line
                result[key] = self.convert(value_node, (*path, key), key_line)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, index), line) for index, item in enumerate(node.value)]
        if node.tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"):
            return self.loader.construct_object(node, deep=True)
        if node.tag == "tag:yaml.org,2002:timestamp":
            try:
                value = self.loader.construct_object(node, deep=True)
            except ValueError:
                raise YamlProblem(f"„{node.value}“ ist kein gültiges Datum.", line, path) from None
            return value.date() if isinstance(value, datetime.datetime) else value
        raise YamlProblem(
            f"Der YAML-Typ „{node.tag}“ wird nicht unterstützt; bitte nur Text, Listen und Felder verwenden.", line, path
        )
