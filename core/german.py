"""German wording shared by the documents and the command line: dates, intervals, counts, declined names."""

from __future__ import annotations

import datetime

import attrs

__all__ = ["ChamberName", "counted", "date_de", "interval", "month_de"]

_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)


def date_de(value: datetime.date) -> str:
    """„1. November 2026“."""
    return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"


def month_de(value: datetime.date) -> str:
    """„November 2026“, for dates whose day is not known."""
    return f"{_MONTHS[value.month - 1]} {value.year}"


def interval(months: int) -> str:
    """German adverb for an interval in months: „jährlich“, „alle zwei Jahre“, „alle 18 Monate“."""
    names = {1: "monatlich", 3: "vierteljährlich", 6: "halbjährlich", 12: "jährlich", 24: "alle zwei Jahre"}
    return names.get(months, f"alle {months} Monate")


def counted(number: int, one: str, many: str) -> str:
    """A number with its noun in the right form: „1 Konto“, „0 Konten“, „3 Konten“."""
    return f"{number} {one if number == 1 else many}"


@attrs.frozen
class ChamberName:
    """The chamber's name declined for running text: ``the_chamber.gen`` gives „der IHK Ulm“."""

    article: str
    short_name: str
    name: str
    genitive: str = ""

    _CASES = {"die": ("die", "der", "der", "die"), "der": ("der", "des", "dem", "den"), "das": ("das", "des", "dem", "das")}
    _PRONOUNS = {"die": ("sie", "ihr", "sie", "ihr"), "der": ("er", "ihm", "ihn", "sein"), "das": ("es", "ihm", "es", "sein")}

    @property
    def pron(self) -> str:
        """The personal pronoun for the body in the nominative: „sie“, „er“ or „es“."""
        return self._PRONOUNS[self.article][0]

    @property
    def Pron(self) -> str:  # noqa: N802 - capitalised for the start of a sentence
        return self.pron.capitalize()

    @property
    def pron_dat(self) -> str:
        return self._PRONOUNS[self.article][1]

    @property
    def pron_acc(self) -> str:
        return self._PRONOUNS[self.article][2]

    @property
    def poss(self) -> str:
        """The stem of the possessive, to be inflected in the template: „ihr“ or „sein“."""
        return self._PRONOUNS[self.article][3]

    @property
    def nom(self) -> str:
        return f"{self._CASES[self.article][0]} {self.short_name}"

    @property
    def Nom(self) -> str:  # noqa: N802 - capitalised for the start of a sentence
        return self.nom[0].upper() + self.nom[1:]

    @property
    def gen(self) -> str:
        return f"{self._CASES[self.article][1]} {self.genitive or self.short_name}"

    @property
    def dat(self) -> str:
        return f"{self._CASES[self.article][2]} {self.short_name}"

    @property
    def acc(self) -> str:
        return f"{self._CASES[self.article][3]} {self.short_name}"

    @property
    def Full(self) -> str:  # noqa: N802 - capitalised for the start of a sentence
        return f"{self._CASES[self.article][0].capitalize()} {self.name}"
