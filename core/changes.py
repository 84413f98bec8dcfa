"""The change report between two editions of a concept (``smkonzept diff``, the evaluation document).

Both editions are assembled with the same plugins, so a change in the report is a change of the
profile; what the plugins know about platforms and the law enters as the facts verified and the
case law dated between the two editions' dates.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import cache
from importlib import resources

import attrs

from smkonzept.catalogue import MEASURES
from smkonzept.document import AccountUse, Document
from smkonzept.markdown import Markdown, escape
from smkonzept.models import Ruling
from smkonzept.profile.model import Decision

__all__ = ["AccountChange", "AccountRef", "Change", "ChangeReport", "DatedRuling", "Edition", "Verified", "compare"]

NONE = Markdown("keine Angabe")


@attrs.frozen
class Edition:
    """One edition of the concept: title, date, version and the profile file it came from."""

    title: str
    date: datetime.date
    version: str
    source: str


@attrs.frozen
class Change:
    """One value that differs: what it is (German), its old and its new text (empty for an item added or dropped)."""

    what: str
    old: Markdown
    new: Markdown


@attrs.frozen
class AccountRef:
    """An account named by platform and name, linked to its address when it has one."""

    platform: str
    name: str
    url: str | None


@attrs.frozen
class AccountChange:
    """The changed values of an account present in both editions."""

    account: AccountRef
    changes: tuple[Change, ...]


@attrs.frozen
class Verified:
    """Facts of a platform or law plugin checked between the two editions: whose, when, against what."""

    subject: str
    date: datetime.date
    sources: tuple[str, ...]


@attrs.frozen
class DatedRuling:
    """A ruling dated between the two editions and what it is about (a platform or the law)."""

    subject: str
    ruling: Ruling


@attrs.frozen
class ChangeReport:
    """What changed from ``old`` to ``new``: the profile's changes and the plugins' facts dated in between."""

    old: Edition
    new: Edition
    added: tuple[AccountRef, ...] = ()
    closed: tuple[AccountRef, ...] = ()
    changed: tuple[AccountChange, ...] = ()
    measures: tuple[Change, ...] = ()
    decisions: tuple[Change, ...] = ()
    retention: Change | None = None
    law: Change | None = None
    verified: tuple[Verified, ...] = ()
    rulings: tuple[DatedRuling, ...] = ()

    @property
    def profile_changed(self) -> bool:
        """True when the profile differs in anything the report covers."""
        return bool(self.added or self.closed or self.changed or self.measures or self.decisions or self.retention or self.law)

    @property
    def empty(self) -> bool:
        """True when nothing changed and no fact or ruling falls between the two dates."""
        return not (self.profile_changed or self.verified or self.rulings)

    def markdown(self, level: int = 2, full: bool = False) -> Markdown:
        """The report as German Markdown, its sections at heading ``level``; ``full`` adds a title and the editions."""
        from smkonzept.templating import render_template

        return Markdown.trusted(render_template(_template(), {"report": self, "level": level, "full": full}))


@cache
def _template() -> str:
    return (resources.files("smkonzept") / "templates" / "changes.md.j2").read_text(encoding="utf-8")


def _text(value: object) -> Markdown:
    if value is None or value == "" or value == ():
        return NONE
    if isinstance(value, tuple):
        return Markdown.trusted("; ".join(escape(item) for item in value))
    return value if isinstance(value, Markdown) else Markdown.trusted(escape(value))


def _change(what: str, old: object, new: object) -> list[Change]:
    return [] if old == new else [Change(what, _text(old), _text(new))]


def _ref(use: AccountUse) -> AccountRef:
    return AccountRef(use.platform.name, use.account.name, use.account.url)


def _by_url(use: AccountUse) -> tuple[str, str] | None:
    return (use.platform.id, use.account.url) if use.account.url else None


def _by_name(use: AccountUse) -> tuple[str, str] | None:
    return (use.platform.id, use.account.name)


def _pairs(old: tuple[AccountUse, ...], new: tuple[AccountUse, ...]) -> tuple[list[tuple[AccountUse, AccountUse]], list[AccountUse], list[AccountUse]]:
    """Accounts matched by platform and address, then by platform and name; the rest closed or added."""
    pairs: list[tuple[AccountUse, AccountUse]] = []
    left, right = list(old), list(new)
    for key in (_by_url, _by_name):
        for use in list(right):
            match = next((other for other in left if key(other) is not None and key(other) == key(use)), None)
            if match is not None:
                pairs.append((match, use))
                left.remove(match)
                right.remove(use)
    order = {id(use): index for index, use in enumerate(new)}
    return sorted(pairs, key=lambda pair: order[id(pair[1])]), left, right


def _account_changes(old: AccountUse, new: AccountUse) -> list[Change]:
    return [
        *_change("Name", old.account.name, new.account.name),
        *_change("Adresse", old.account.url, new.account.url),
        *_change("Zweck", old.purpose, new.purpose),
        *_change("Zielgruppe", old.audience, new.audience),
        *_change("Mindestalter der Zielgruppe", old.age_min, new.age_min),
        *_change("Höchstalter der Zielgruppe", old.age_max, new.age_max),
        *_change("Inhalte", old.contents, new.contents),
    ]


def _listed(what: str, old: Iterable[str], new: Iterable[str]) -> list[Change]:
    before, after = list(old), list(new)
    changes = [Change(f"{what} hinzugekommen", Markdown(), _text(item)) for item in after if item not in before]
    return changes + [Change(f"{what} entfallen", _text(item), Markdown()) for item in before if item not in after]


def _decision(decision: Decision | None) -> object:
    if decision is None:
        return None
    from smkonzept.german import date_de

    return Markdown.trusted(f"{escape(decision.by)}, {date_de(decision.date)}: {escape(decision.text)}")


def _decisions(old: Document, new: Document) -> list[Change]:
    changes = _change("Entscheidung über die Konten", _decision(old.profile.risk.decision), _decision(new.profile.risk.decision))
    names = {use.platform.id: use.platform.name for document in (old, new) for use in document.platforms}
    before, after = old.profile.risk.platform_decisions, new.profile.risk.platform_decisions
    for platform_id in sorted({*before, *after}):
        changes += _change(f"Entscheidung zu {names.get(platform_id, platform_id)}", _decision(before.get(platform_id)), _decision(after.get(platform_id)))
    return changes


def _measure_names(ids: Iterable[str]) -> list[str]:
    return [MEASURES[measure_id].title if measure_id in MEASURES else measure_id for measure_id in ids]


def _within(date: datetime.date | None, start: datetime.date, end: datetime.date) -> bool:
    return date is not None and start < date <= end


def _facts(old: Document, new: Document) -> tuple[list[Verified], list[DatedRuling]]:
    start, end = old.date, new.date
    platforms = {use.platform.id: use.platform for document in (old, new) for use in document.platforms}
    laws = {law.id: law for law in (old.law, new.law)}
    verified = [Verified(p.name, p.verified, p.sources) for p in platforms.values() if p.verified is not None and _within(p.verified, start, end)]
    verified += [Verified(law.name or law.state, law.verified, law.sources) for law in laws.values() if law.verified is not None and _within(law.verified, start, end)]
    rulings: list[DatedRuling] = []
    seen: set[tuple[datetime.date, str, str]] = set()
    sources = [(p.name, r) for p in platforms.values() for r in (
        *p.rulings,
        *(p.controllership.rulings if p.controllership else ()),
        *(p.third_country.rulings if p.third_country else ()),
    )] + [(law.name or law.state, r) for law in laws.values() for r in law.rulings]
    for subject, ruling in sources:
        key = (ruling.date, ruling.body, ruling.reference)
        if _within(ruling.date, start, end) and key not in seen:
            seen.add(key)
            rulings.append(DatedRuling(subject, ruling))
    return sorted(verified, key=lambda fact: (fact.date, fact.subject)), sorted(rulings, key=lambda entry: (entry.ruling.date, entry.subject))


def _edition(document: Document, source: str) -> Edition:
    info = document.profile.document
    return Edition(info.title, info.date, info.version, source)


def compare(old: Document, new: Document, old_source: str = "", new_source: str = "") -> ChangeReport:
    """The change report from the edition ``old`` to ``new`` (both assembled with the same plugins)."""
    pairs, closed, added = _pairs(old.account_uses, new.account_uses)
    changed = [AccountChange(_ref(after), tuple(changes)) for before, after in pairs if (changes := _account_changes(before, after))]
    risk_old, risk_new = old.profile.risk, new.profile.risk
    measures = _listed("Eigene Maßnahme", risk_old.measures, risk_new.measures)
    measures += _listed("Maßnahme aus dem Katalog", _measure_names(risk_old.chosen_measures), _measure_names(risk_new.chosen_measures))
    retention = _change("Speicherdauer", old.profile.retention, new.profile.retention)
    law = _change("Datenschutzgesetz", old.law.name or old.law.state, new.law.name or new.law.state) if old.law.id != new.law.id else []
    verified, rulings = _facts(old, new)
    return ChangeReport(
        old=_edition(old, old_source),
        new=_edition(new, new_source),
        added=tuple(_ref(use) for use in added),
        closed=tuple(_ref(use) for use in closed),
        changed=tuple(changed),
        measures=tuple(measures),
        decisions=tuple(_decisions(old, new)),
        retention=retention[0] if retention else None,
        law=law[0] if law else None,
        verified=tuple(verified),
        rulings=tuple(rulings),
    )
