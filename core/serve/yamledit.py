"""The profile file as the editor sees it: round-trip YAML that keeps comments, key order and quoting.

``form_data`` turns the file into the plain values the form shows; ``apply`` writes the form's
values back into the same YAML tree, changing only what the form changed.
"""

from __future__ import annotations

import copy
import datetime
import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from smkonzept.fields import Field

__all__ = ["KEY", "ORIGIN", "VALUE", "RoundTrip", "apply", "form_data", "unmanaged"]

ORIGIN = "__orig"
"""Key of a list item or map entry in the form data: its index or key in the file, or None when new."""
KEY = "__key"
"""Key of a map entry in the form data: the id as the form shows it."""
VALUE = "value"
"""Key of a map entry's value in the form data."""


class RoundTrip:
    """One YAML text parsed so that dumping it again gives the same text."""

    def __init__(self, text: str) -> None:
        _, indent, offset = load_yaml_guess_indent(text)
        self._yaml = YAML(typ="rt")
        self._yaml.preserve_quotes = True
        self._yaml.width = 4096
        self._yaml.indent(mapping=2, sequence=indent or 2, offset=offset or 0)
        self.text = text
        data = self._yaml.load(text)
        self.data: Any = data if data is not None else CommentedMap()

    def fresh(self) -> Any:
        """A new copy of the parsed tree, to change without touching this one."""
        return copy.deepcopy(self.data)

    def dump(self, data: Any) -> str:
        """``data`` as YAML text in the file's own style."""
        stream = io.StringIO()
        self._yaml.dump(data, stream)
        return stream.getvalue()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def form_data(data: Any, fields: tuple[Field, ...]) -> dict[str, Any]:
    """The values of ``data`` (a parsed profile) as the form holds them: text, true/false, lists and groups."""
    values: dict[str, Any] = {}
    mapping = data if isinstance(data, dict) else {}
    for field in fields:
        value = mapping.get(field.name)
        if field.kind == "map":
            entries = value if isinstance(value, dict) else {}
            values[field.name] = [{KEY: str(key), ORIGIN: str(key), VALUE: _entry_data(field, item)} for key, item in entries.items()]
        elif field.kind == "group":
            values[field.name] = form_data(value, field.children)
        elif field.kind == "list":
            items = value if isinstance(value, list) else []
            if field.item == "group":
                values[field.name] = [{**form_data(item, field.children), ORIGIN: index} for index, item in enumerate(items)]
            else:
                values[field.name] = [_text(item) for item in items]
        elif field.kind == "boolean":
            values[field.name] = value is True or (isinstance(value, str) and value.lower() in ("true", "ja"))
        else:
            values[field.name] = _text(value)
    return values


def _entry_data(field: Field, value: Any) -> Any:
    """A map entry's value as the form holds it."""
    if field.item == "group":
        return form_data(value, field.children)
    if field.item == "list":
        return [_text(item) for item in value] if isinstance(value, list) else []
    return _text(value)


def unmanaged(data: Any, fields: tuple[Field, ...], prefix: str = "") -> list[str]:
    """Paths the form leaves alone: mappings of free keys, and groups the file gives as something else (``design: datei.yaml``)."""
    found: list[str] = []
    mapping = data if isinstance(data, dict) else {}
    for field in fields:
        value = mapping.get(field.name)
        path = prefix + field.name
        if field.kind in ("group", "map") and value is not None and not isinstance(value, dict):
            found.append(path)
        elif field.kind == "group":
            found += unmanaged(value, field.children, path + ".")
    return found


def _scalar(field_kind: str, text: str) -> Any:
    """The YAML value for a form entry: numbers and dates typed when they are valid, otherwise the text as entered."""
    if field_kind == "integer" and re.fullmatch(r"[0-9]{1,9}", text.strip()):
        return int(text)
    if field_kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return datetime.date.fromisoformat(text.strip())
        except ValueError:
            return text
    if "\n" in text:
        return LiteralScalarString(text)
    return text


def _put(target: CommentedMap, key: str, value: Any, order: list[str]) -> None:
    """Set ``key``; a new key goes after the last key that comes before it in the model."""
    if key in target:
        target[key] = value
        return
    before = order[: order.index(key)] if key in order else order
    position = 0
    for index, existing in enumerate(target):
        if existing in before:
            position = index + 1
    target.insert(position, key, value)


def apply(target: CommentedMap, fields: tuple[Field, ...], values: dict[str, Any]) -> None:
    """Write the form's ``values`` into ``target`` in place; keys the form does not manage stay as they are."""
    order = [field.name for field in fields]
    for field in fields:
        key = field.name
        if key not in values:
            continue
        new = values[key]
        old = target.get(key)
        if field.kind == "map":
            if old is not None and not isinstance(old, dict):
                continue
            mapping = old if isinstance(old, CommentedMap) else CommentedMap()
            _map(field, mapping, new if isinstance(new, list) else [])
            if mapping:
                _put(target, key, mapping, order)
            elif key in target:
                del target[key]
        elif field.kind == "group":
            if old is not None and not isinstance(old, dict):
                continue
            group = old if isinstance(old, CommentedMap) else CommentedMap()
            apply(group, field.children, new if isinstance(new, dict) else {})
            if group:
                _put(target, key, group, order)
            elif key in target:
                del target[key]
        elif field.kind == "list":
            items = _list(field, old, new if isinstance(new, list) else [])
            if items:
                _put(target, key, items, order)
            elif key in target:
                del target[key]
        elif field.kind == "boolean":
            if new is True or new is False:
                if key in target or new:
                    _put(target, key, bool(new), order)
        else:
            text = "" if new is None else str(new)
            if not text.strip():
                if key in target:
                    del target[key]
            elif old is None or _text(old) != text:
                _put(target, key, _scalar(field.kind, text), order)


def _list(field: Field, old: Any, new: list[Any]) -> CommentedSeq:
    """The list's new items in a sequence that keeps the file's style (``[a, b]`` or one item a line)."""
    previous = old if isinstance(old, CommentedSeq) else CommentedSeq()
    items: list[Any] = []
    if field.item == "group":
        used: set[int] = set()
        for entry in new:
            if not isinstance(entry, dict):
                continue
            origin = entry.get(ORIGIN)
            base = CommentedMap()
            if isinstance(origin, int) and origin not in used and 0 <= origin < len(previous) and isinstance(previous[origin], CommentedMap):
                base = previous[origin]
                used.add(origin)
            apply(base, field.children, entry)
            items.append(base)
    else:
        for index, entry in enumerate(new):
            text = "" if entry is None else str(entry)
            if not text.strip():
                continue
            same = index < len(previous) and _text(previous[index]) == text
            items.append(previous[index] if same else _scalar(field.item, text))
    _replace(previous, items)
    return previous


def _replace(sequence: CommentedSeq, items: list[Any]) -> None:
    """Make ``sequence`` hold ``items``, touching only changed positions so comments stay where they were.

    The comment after the last item (often the one above the next key) stays after the new last item.
    """
    trailing = sequence.ca.items.get(len(sequence) - 1) if sequence else None
    for index, item in enumerate(items[: len(sequence)]):
        if sequence[index] is not item:
            sequence[index] = item
    while len(sequence) > len(items):
        del sequence[len(sequence) - 1]
    for item in items[len(sequence):]:
        sequence.append(item)
    if trailing is not None and sequence and len(sequence) - 1 not in sequence.ca.items:
        sequence.ca.items[len(sequence) - 1] = trailing


def _map(field: Field, mapping: CommentedMap, entries: list[Any]) -> None:
    """Make ``mapping`` hold the form's entries (id → value); entries keep their values' comments when their id changes."""
    wanted: list[tuple[str, Any]] = []
    for entry in entries:
        if not isinstance(entry, dict) or not str(entry.get(KEY) or "").strip():
            continue
        key, origin, value = str(entry[KEY]).strip(), entry.get(ORIGIN), entry.get(VALUE)
        old = mapping.get(origin) if isinstance(origin, str) else None
        if field.item == "group":
            group = old if isinstance(old, CommentedMap) else CommentedMap()
            apply(group, field.children, value if isinstance(value, dict) else {})
            wanted.append((key, group))
        elif field.item == "list":
            items = Field(name=key, pattern=field.pattern, kind="list", label="", help="", default="", required=False, item=field.inner)
            wanted.append((key, _list(items, old, value if isinstance(value, list) else [])))
        else:
            text = "" if value is None else str(value)
            if text.strip():
                wanted.append((key, old if old is not None and _text(old) == text else _scalar(field.item, text)))
    keys = [key for key, _ in wanted]
    for key in [key for key in mapping if key not in keys]:
        del mapping[key]
    for key, value in wanted:
        if key not in mapping or mapping[key] is not value:
            mapping[key] = value
