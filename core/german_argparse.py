"""argparse in German: its own texts ("usage:", "options:", error messages) from a small catalogue.

argparse looks its texts up through ``gettext`` at the moment it needs them (building a parser, printing help,
reporting an error). :func:`german` swaps in this catalogue for exactly that time, so nothing else in the
process (pytest, other libraries) changes language.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

__all__ = ["CATALOGUE", "german"]

CATALOGUE: dict[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Angaben",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "diese Hilfe anzeigen und beenden",
    "show program's version number and exit": "Version anzeigen und beenden",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "Es fehlen Angaben: %s",
    "unrecognized arguments: %s": "Unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Auswahl: %(value)r (möglich sind: %(choices)s)",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "expected one argument": "Hier fehlt ein Wert",
    "expected at most one argument": "Hier ist höchstens ein Wert erlaubt",
    "expected at least one argument": "Hier fehlt mindestens ein Wert",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "ignored explicit argument %r": "Wert %r wird hier nicht erwartet",
    "one of the arguments %s is required": "Eine dieser Angaben ist nötig: %s",
    "unexpected option string: %s": "unerwartete Option: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
}
_PLURALS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("Hier wird %s Wert erwartet", "Hier werden %s Werte erwartet"),
}


def _gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    german_forms = _PLURALS.get(singular)
    if german_forms is None:
        return singular if count == 1 else plural
    return german_forms[0] if count == 1 else german_forms[1]


@contextlib.contextmanager
def german() -> Iterator[None]:
    """Within the block argparse builds parsers, prints help and reports errors in German."""
    previous = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = previous  # type: ignore[attr-defined]
