"""Checking every text of a profile once, at load time, against what all output formats can carry.

Refused are characters no format can hold (control characters other than line break and tab,
noncharacters such as U+FDD0, lone surrogates), private-use characters (PDF/A forbids them),
characters the PDF's shipped fonts cannot show,
and texts, words and web addresses longer than the limits below (see docs/profile.md).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from smkonzept.profile.structure import FieldProblem

__all__ = ["MAX_FIELD_CHARS", "MAX_PROBLEMS", "MAX_URL_CHARS", "MAX_WORD_CHARS", "URL_FIELDS", "text_problems"]

MAX_FIELD_CHARS = 50_000
"""Characters in one text field (one list item counts as one field)."""

MAX_WORD_CHARS = 500
"""Characters in one word: a run without spaces or line breaks (no-break spaces join words)."""

MAX_URL_CHARS = 2_000
"""Characters in a web address field; these are not held to the word limit."""

MAX_PROBLEMS = 10
"""Text problems listed at most; the rest are counted."""

URL_FIELDS = frozenset({"url", "website", "privacy_url", "publication_url"})
VISIBLE_FIELDS = frozenset({"title", "name", "short_name"})
"""Fields that become headings, link texts or the PDF's title: they need visible text (PDF/UA)."""
_ALLOWED_CONTROLS = frozenset("\n\t")
_JOINED = re.compile(r"(?:[^\s]|[\u00a0\u2007\u202f])+")
Path = tuple[str | int, ...]


@cache
def _coverage() -> tuple[tuple[list[int], list[int]], ...]:
    """Per shipped font, the starts and ends of its ranges in templates/fonts/coverage.txt."""
    text = (resources.files("smkonzept") / "templates" / "fonts" / "coverage.txt").read_text(encoding="ascii")
    fonts: list[tuple[list[int], list[int]]] = []
    for line in text.splitlines():
        if line.startswith("["):
            fonts.append(([], []))
        elif line and not line.startswith("#"):
            first, last = line.split("-")
            fonts[-1][0].append(int(first, 16))
            fonts[-1][1].append(int(last, 16))
    return tuple(fonts)


def _in(font: tuple[list[int], list[int]], point: int) -> bool:
    starts, ends = font
    index = bisect_right(starts, point) - 1
    return index >= 0 and point <= ends[index]


def _shown(point: int) -> bool:
    return any(_in(font, point) for font in _coverage())


def _cluster_shown(cluster: str) -> bool:
    """Whether one font holds every character of ``cluster``: typst draws a cluster with one font."""
    return len(cluster) < 2 or any(all(_in(font, ord(char)) for char in cluster) for font in _coverage())


def _extends_cluster(char: str) -> bool:
    point = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or point in (0x200C, 0x200D)
        or 0xFE00 <= point <= 0xFE0F
        or 0xE0100 <= point <= 0xE01EF
        or 0x1F3FB <= point <= 0x1F3FF
        or 0xE0020 <= point <= 0xE007F
    )


def _clusters(text: str) -> Iterator[tuple[int, str]]:
    """A base character with the marks, joiners and selectors that follow it: (position, cluster)."""
    start, joined = 0, False
    for index in range(1, len(text) + 1):
        if index < len(text) and (joined or _extends_cluster(text[index])):
            joined = text[index] == "\u200d"
            continue
        yield start + 1, text[start:index]
        start, joined = index, False


def _noncharacter(point: int) -> bool:
    return 0xFDD0 <= point <= 0xFDEF or (point & 0xFFFE) == 0xFFFE


def _printable(char: str) -> bool:
    return unicodedata.category(char)[0] not in "CMZ"


_HARMLESS: set[str] = set()
"""Characters found in a text without problems that never join a cluster: a text of only these has none."""


def character_problem(text: str) -> str | None:
    """The German sentence on the first character of ``text`` no output can carry, or None."""
    unseen = set(text) - _HARMLESS
    if not unseen:
        return None
    problem = _first_problem(text, unseen)
    if problem is None:
        _HARMLESS.update(char for char in unseen if not _extends_cluster(char))
    return problem


def _first_problem(text: str, unseen: set[str]) -> str | None:
    """The problem at the first position of ``text`` whose character (one of ``unseen``, every character
    not known to be harmless) or cluster no output can carry."""
    refused = [char for char in unseen if _character_refused(char, 0) is not None]
    if refused:
        position = min(text.index(char) for char in refused)
        return _character_refused(text[position], position + 1)
    if not any(_extends_cluster(char) for char in unseen):
        return None
    for position, cluster in _clusters(text):
        if "\n" not in cluster and "\t" not in cluster and not _cluster_shown(cluster):
            codes = " ".join(f"U+{ord(char):04X}" for char in cluster)
            return (
                f"Die Zeichenfolge {codes} an Stelle {position} kann im PDF nicht dargestellt werden: keine der "
                "mitgelieferten Schriften enthält alle ihre Zeichen (Buchstabe mit Akzent- oder Verbindungszeichen). "
                "Bitte ersetzen oder entfernen."
            )
    return None


def _character_refused(char: str, position: int) -> str | None:
    """Why ``char``, at ``position``, is refused, or None."""
    if char in _ALLOWED_CONTROLS:
        return None
    point = ord(char)
    code = f"U+{point:04X}"
    category = unicodedata.category(char)
    if category == "Cc":
        return f"Das Steuerzeichen {code} an Stelle {position} ist in keinem Ausgabeformat erlaubt. Bitte entfernen."
    if category == "Cs" or _noncharacter(point):
        return f"Das Zeichen {code} an Stelle {position} ist kein gültiges Schriftzeichen und in keinem Ausgabeformat erlaubt. Bitte entfernen."
    if point == 0xFEFF:
        return f"Das unsichtbare Zeichen U+FEFF (Byte-Order-Mark) an Stelle {position} darf ein barrierefreies PDF nicht enthalten. Bitte entfernen."
    if category == "Co":
        return (
            f"Das Zeichen {code} an Stelle {position} stammt aus dem privaten Bereich von Unicode; ein "
            "barrierefreies PDF darf es nicht enthalten. Bitte ersetzen oder entfernen."
        )
    if not _shown(point):
        name = f"„{char}“ ({code})" if _printable(char) else code
        return (
            f"Das Zeichen {name} an Stelle {position} kann im PDF nicht dargestellt werden: die mitgelieferten "
            "Schriften enthalten es nicht. Bitte ersetzen oder entfernen."
        )
    return None


def _length_problem(text: str, field: str) -> str | None:
    if field in VISIBLE_FIELDS and not any(unicodedata.category(char)[0] in "LNPS" for char in text):
        return "Hier ist sichtbarer Text nötig (Buchstaben, Ziffern oder Zeichen); Leerzeichen oder unsichtbare Zeichen allein genügen nicht."
    if field in URL_FIELDS:
        if len(text.strip()) > MAX_URL_CHARS:
            return f"Die Webadresse ist {len(text.strip()):,} Zeichen lang; erlaubt sind höchstens {MAX_URL_CHARS:,} Zeichen.".replace(",", ".")
        return None
    if len(text) > MAX_FIELD_CHARS:
        return f"Der Text ist {len(text):,} Zeichen lang; erlaubt sind je Feld höchstens {MAX_FIELD_CHARS:,} Zeichen.".replace(",", ".")
    for match in _JOINED.finditer(text):
        word = match.group()
        if len(word) > MAX_WORD_CHARS:
            start = word[:20]
            return (
                f"Ein Wort ist {len(word):,} Zeichen lang (es beginnt mit „{start}…“); erlaubt sind höchstens "
                f"{MAX_WORD_CHARS} Zeichen ohne Leerzeichen. Bitte Leerzeichen einfügen oder kürzen."
            ).replace(",", ".")
    return None


def _texts(data: Any, path: Path) -> Iterator[tuple[Path, str, bool]]:
    """Every text in plain profile data: (field path, text, whether it is a field name)."""
    if isinstance(data, str):
        yield path, data, False
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str):
                yield path, key, True
            yield from _texts(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, (*path, index))


def text_problems(data: Any) -> list[FieldProblem]:
    """Every text of the plain profile ``data`` that some output format cannot carry."""
    problems: list[FieldProblem] = []
    extra = 0
    for path, text, is_key in _texts(data, ()):
        message = character_problem(text)
        if message is not None and is_key:
            message = "Der Feldname enthält ein unzulässiges Zeichen. " + message
        if message is None and not is_key:
            names = [step for step in path if isinstance(step, str)]
            message = _length_problem(text, names[-1] if names else "")
        if message is None:
            continue
        if len(problems) < MAX_PROBLEMS:
            problems.append(FieldProblem(path, message))
        else:
            extra += 1
    if extra:
        problems.append(FieldProblem((), f"… und {extra} weitere Texte mit unzulässigen Zeichen oder zu lang."))
    return problems
