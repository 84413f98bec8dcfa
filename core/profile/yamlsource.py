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

__all__ = ["FieldPath", "Located", "MAX_DEPTH", "MAX_NODES", "SYNTAX_MESSAGES", "YamlProblem", "load_yaml"]

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


_KEY_LINE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
_KEEP = {"tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp"}


def _restricted(base: Any) -> Any:
    """A loader class on ``base`` that types only booleans, null and ISO dates."""
    loader: Any = type(f"_Restricted{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag in _KEEP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return loader


_PureLoader = _restricted(yaml.SafeLoader)
_FastLoader = _restricted(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_yaml(text: str) -> Located:
    """Parse one YAML document into plain Python data plus a map from field path to line.

    Valid files are read with libyaml where it is installed. A file libyaml rejects is read
    again with PyYAML's own reader, whose messages are all translated: libyaml's limits and
    wording change between releases, so the project's checks and texts decide what the user
    is told, whatever version of the parser is installed.
    """
    try:
        return _load_with(_FastLoader, text)
    except YamlProblem:
        if _FastLoader is _PureLoader:
            raise
        return _load_with(_PureLoader, text)


def _load_with(loader_class: type, text: str) -> Located:
    _scan(loader_class, text)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlProblem(_syntax_message(exc), mark.line + 1 if mark else 0) from None
    except yaml.YAMLError:
        raise YamlProblem("Die Datei ist kein gültiges YAML.") from None
    finally:
        loader.dispose()
    if node is None:
        return Located(None, {})
    walk = _Walk(loader_class(""))
    data = walk.convert(node, (), node.start_mark.line + 1)
    return Located(data, walk.lines)


def _scan(loader_class: type, text: str) -> None:
    """Read the event stream once, so a syntax error or too deep nesting names the field being read.

    Composers recurse without a limit, so the depth is checked here before one runs.
    """
    frames: list[list[Any]] = []  # per open collection: [is_mapping, key or index, reading a value, flow style]
    loader = None
    try:
        loader = loader_class(text)
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
                    raise YamlProblem(f"Die Felder sind tiefer als {MAX_DEPTH} Ebenen verschachtelt.", _line(event.start_mark), _frames_path(frames)[:4])
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
    except yaml.YAMLError:
        raise YamlProblem("Die Datei ist kein gültiges YAML.") from None
    finally:
        if loader is not None:
            loader.dispose()


def _line(mark: Any) -> int:
    """The 1-based line of a YAML mark, 0 when there is none."""
    return mark.line + 1 if mark is not None else 0


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


SYNTAX_MESSAGES: dict[str, str] = {
    "mapping values are not allowed": "hier ist kein Doppelpunkt erlaubt (Text mit „: “ in Anführungszeichen setzen)",
    "mapping keys are not allowed": "hier darf kein Feldname mit „?“ stehen",
    "sequence entries are not allowed": "hier darf kein Listeneintrag mit „-“ stehen (Einrückung prüfen)",
    "could not find expected ':'": "ein Doppelpunkt nach dem Feldnamen fehlt",
    "cannot start any token": "ein Zeichen kann hier nicht stehen (Tabulatoren durch Leerzeichen ersetzen, Text mit @, `, % oder * in Anführungszeichen setzen)",
    "found undefined alias": "ein Verweis (*Alias) zeigt auf keinen Anker",
    "second occurrence": "ein Anker (&name) ist doppelt vergeben",
    "found duplicate anchor": "ein Anker (&name) ist doppelt vergeben",
    "expected <block end>": "die Einrückung stimmt nicht",
    "invalid indentation or unclosed": "die Einrückung stimmt nicht oder eine Klammer [ oder { ist nicht geschlossen",
    "did not find expected key": "die Einrückung stimmt nicht oder ein Doppelpunkt fehlt",
    "did not find expected '-' indicator": "die Einrückung einer Liste stimmt nicht",
    "unexpected end of stream": "die Datei endet mitten in einem Wert (fehlt ein Anführungszeichen?)",
    "unexpected document separator": "mitten in einem Text in Anführungszeichen steht eine Dokumentgrenze (--- oder ...)",
    "found unknown escape character": "ein unbekanntes Escape-Zeichen mit \\ steht in doppelten Anführungszeichen",
    "expected escape sequence of": "eine Angabe \\x, \\u oder \\U in doppelten Anführungszeichen ist unvollständig",
    "expected a single document": "die Datei enthält mehrere Dokumente (---); erlaubt ist eines",
    "but found another document": "die Datei enthält mehrere Dokumente (---); erlaubt ist eines",
    "expected '<document start>'": "nach einer Direktive (%…) fehlt die Zeile „---“",
    "tab character": "ein Tabulator steht in der Einrückung; bitte nur Leerzeichen verwenden",
    "expected ',' or ']'": "in einer Liste [ … ] fehlt ein Komma oder die schließende Klammer",
    "expected ',' or '}'": "in einer Gruppe { … } fehlt ein Komma oder die schließende Klammer",
    "expected the node content": "hier fehlt ein Wert",
    "expected node content": "hier fehlt ein Wert",
    "found duplicate key": "ein Feld steht doppelt",
    "undefined tag handle": "ein unbekanntes Kürzel (!…) steht vor einem Wert",
    "duplicate tag handle": "eine Direktive %TAG legt dasselbe Kürzel zweimal fest",
    "found non-specific tag": "vor einem Wert steht ein „!“ ohne Namen",
    "expected '!', but found": "ein Kürzel (!…) vor einem Wert ist unvollständig",
    "expected '>', but found": "ein Kürzel !<…> ist nicht geschlossen",
    "expected URI": "ein Kürzel (!…) vor einem Wert ist unvollständig oder falsch kodiert",
    "expected ' ', but found": "nach einer Direktive (%…) fehlt ein Leerzeichen",
    "expected a digit": "die Direktive %YAML nennt keine gültige Versionsnummer",
    "found duplicate YAML directive": "die Direktive %YAML steht doppelt",
    "found incompatible YAML document": "die Datei verlangt eine YAML-Version, die nicht unterstützt wird",
    "expected alphabetic or numeric character": "ein Anker oder Verweis (&name, *name) braucht einen Namen aus Buchstaben und Ziffern",
    "expected a comment or a line break": "hinter dem Wert darf in dieser Zeile nur noch ein Kommentar (#) stehen",
    "expected chomping or indentation indicators": "nach | oder > dürfen in derselben Zeile nur +, - oder eine Ziffer stehen",
    "expected indentation indicator in the range 1-9": "die Einrückungsangabe nach | oder > muss zwischen 1 und 9 liegen",
    "special characters are not allowed": "die Datei enthält ein unzulässiges Steuerzeichen",
}


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    """The German text for a syntax error of PyYAML's reader; never the reader's English words."""
    for text in (exc.problem, exc.context):
        for english, german in SYNTAX_MESSAGES.items():
            if text and english in text:
                return f"YAML-Syntaxfehler: {german}."
    return "YAML-Syntaxfehler: diese Stelle kann nicht gelesen werden (Einrückung, Doppelpunkte und Anführungszeichen prüfen)."


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
                field = (*path, key)
                self.lines[field] = key_line
                result[key] = self.convert(value_node, field, key_line)
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
