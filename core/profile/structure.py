"""Turning plain profile data into the profile models, with German messages per field."""

from __future__ import annotations

import datetime
import re
import typing
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from smkonzept.markdown import Markdown
from smkonzept.profile.yamlsource import FieldPath
from smkonzept.profile.model import Age, Email, Months, Profile, Slug, Url

__all__ = ["FieldProblem", "structure_profile"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@attrs.frozen
class FieldProblem:
    """One thing wrong with a profile, at a field path."""

    path: FieldPath
    message: str


class _Invalid(ValueError):
    """A value of the right kind but not acceptable; the message is German and final."""


def _quoted(text: Any, limit: int = 80) -> str:
    """„text“ for a message, cut after ``limit`` characters."""
    text = str(text)
    return f"„{text[:limit]}…“" if len(text) > limit else f"„{text}“"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "ein Wahrheitswert (true/false)"
    if isinstance(value, dict):
        return "eine Gruppe von Feldern"
    if isinstance(value, list):
        return "eine Liste"
    if value is None:
        return "leer"
    if isinstance(value, datetime.date):
        return "ein Datum"
    return "ein Text"


MAX_PLAIN_CHARS = 1_000
"""Characters in a one-line text field (names, titles, phone numbers); paragraphs may be longer."""


def _plain(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise _Invalid(f"Hier wird ein Text erwartet, gefunden wurde {_type_name(value)}.")


def _text(value: Any, _: Any) -> str:
    text = _plain(value, None)
    if len(text) > MAX_PLAIN_CHARS:
        raise _Invalid(f"Der Text ist {len(text):,} Zeichen lang; erlaubt sind in diesem Feld höchstens {MAX_PLAIN_CHARS:,} Zeichen.".replace(",", "."))
    return text


def _markdown(value: Any, _: Any) -> Markdown:
    return Markdown(_plain(value, None))


def _integer(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
        return int(value)
    shown = _quoted(value) if isinstance(value, str) else _type_name(value)
    raise _Invalid(f"Hier wird eine ganze Zahl erwartet, gefunden wurde {shown}.")


def _months(value: Any, _: Any) -> int:
    number = _integer(value, None)
    if number < 1:
        raise _Invalid(f"Der Abstand muss mindestens 1 Monat betragen, angegeben ist {number}.")
    return number


def _age(value: Any, _: Any) -> int:
    number = _integer(value, None)
    if not 0 <= number <= 120:
        raise _Invalid(f"Ein Alter muss zwischen 0 und 120 Jahren liegen, angegeben ist {number}.")
    return number


def _slug(value: Any, _: Any) -> str:
    text = _plain(value, None)
    if not _SLUG.match(text):
        raise _Invalid(f"{_quoted(text)} ist keine gültige Kennung (nur Kleinbuchstaben, Ziffern und Bindestriche).")
    return text


def _url(value: Any, _: Any) -> str:
    text = _plain(value, None).strip()
    if not re.match(r"^https?://[^\s/]+", text):
        raise _Invalid(f"{_quoted(text)} ist keine Webadresse; sie muss mit https:// oder http:// beginnen.")
    try:
        parts = urlsplit(text)
        valid = bool(parts.hostname) and (parts.port is None or parts.port > 0) and not re.search(r"[\s<>\"\\^`{|}]", text)
    except ValueError:
        valid = False
    if not valid:
        raise _Invalid(f"{_quoted(text)} ist keine gültige Webadresse (Rechnername, Port oder Zeichen stimmen nicht).")
    return text


def _email(value: Any, _: Any) -> str:
    text = _plain(value, None).strip()
    if not _EMAIL.match(text):
        raise _Invalid(f"{_quoted(text)} ist keine gültige E-Mail-Adresse.")
    return text


def _boolean(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("ja", "nein"):
        return value.lower() == "ja"
    raise _Invalid(f"Hier wird true oder false erwartet, gefunden wurde {_type_name(value)}.")


LAST_DATE = datetime.date(2099, 12, 31)
"""The latest date a profile may give: DOCX archives cannot store timestamps after 2107."""


def _date(value: Any, _: Any) -> datetime.date:
    date = None
    if isinstance(value, datetime.date):
        date = value
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            date = datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    if date is not None:
        if date > LAST_DATE:
            raise _Invalid(f"Das Datum {date.isoformat()} liegt nach dem {LAST_DATE.day}.{LAST_DATE.month}.{LAST_DATE.year}; so späte Daten können die Ausgabeformate nicht speichern.")
        return date
    shown = _quoted(value) if isinstance(value, str) else _type_name(value)
    raise _Invalid(f"Hier wird ein Datum im Format JJJJ-MM-TT erwartet (z. B. 2026-11-01), gefunden wurde {shown}.")


def _expect(kind: type, label: str, hook: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def checked(value: Any, target: Any) -> Any:
        if not isinstance(value, kind):
            raise _Invalid(f"Hier wird {label} erwartet, gefunden wurde {_type_name(value)}.")
        return hook(value, target)

    return checked


def _literal(value: Any, target: Any) -> Any:
    allowed = typing.get_args(target)
    if value not in allowed:
        raise _Invalid(f"{_quoted(value)} ist hier nicht erlaubt; möglich sind: {', '.join(map(str, allowed))}.")
    return value


def _is(origin: Any) -> Callable[[Any], bool]:
    """A predicate: whether a type is ``origin[...]``, e.g. ``tuple[str, ...]`` for ``tuple``."""
    return lambda target: typing.get_origin(target) is origin


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    simple = {
        str: _text,
        Markdown: _markdown,
        int: _integer,
        bool: _boolean,
        datetime.date: _date,
        Months: _months,
        Age: _age,
        Slug: _slug,
        Url: _url,
        Email: _email,
    }
    for target, hook in simple.items():
        converter.register_structure_hook(target, hook)
    converter.register_structure_hook_func(_is(Literal), _literal)
    converter.register_structure_hook_factory(
        attrs.has,
        lambda cl: _expect(dict, "eine Gruppe von Feldern", make_dict_structure_fn(cl, converter, _cattrs_forbid_extra_keys=True)),
    )
    converter.register_structure_hook_factory(
        _is(tuple),
        lambda t: _expect(list, "eine Liste (Zeilen mit „- “)", homogenous_tuple_structure_factory(t, converter)),
    )
    converter.register_structure_hook_factory(
        _is(dict),
        lambda t: _expect(dict, "eine Gruppe von Feldern", converter.gen_structure_mapping(t)),
    )
    return converter


_converter: cattrs.Converter | None = None


def structure_profile(data: dict[str, Any]) -> tuple[Profile | None, list[FieldProblem]]:
    """The profile model for ``data``, or None and every problem found."""
    global _converter
    if _converter is None:
        _converter = _make_converter()
    try:
        return _converter.structure(data, Profile), []
    except (ClassValidationError, IterableValidationError, _Invalid) as exc:
        return None, list(_problems(exc, ()))


def _problems(exc: BaseException, path: FieldPath) -> typing.Iterator[FieldProblem]:
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            step = note.name if hasattr(note, "name") else note.index
            yield from _problems(sub, (*path, step))
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        allowed = ", ".join(field.name for field in attrs.fields(exc.cl))
        for key in sorted(exc.extra_fields):
            yield FieldProblem((*path, key), f"Unbekanntes Feld „{key}“. Erlaubt sind hier: {allowed}.")
    elif isinstance(exc, KeyError):
        yield FieldProblem(path, "Dieses Pflichtfeld fehlt.")
    elif isinstance(exc, _Invalid):
        yield FieldProblem(path, str(exc))
    else:
        yield FieldProblem(path, f"Ungültiger Wert ({type(exc).__name__}: {exc}).")
