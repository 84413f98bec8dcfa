"""The profile checked against the plugins (known law, platforms, chapters) and against its assembled document."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from smkonzept.bodykinds import body_kind
from smkonzept.catalogue import MEASURES
from smkonzept.errors import ProfileError
from smkonzept.models import Law
from smkonzept.profile.load import LoadedProfile, read_profile
from smkonzept.profile.previous import previous_problems
from smkonzept.profile.yamlsource import FieldPath
from smkonzept.registry import Registry
from smkonzept.risk import LEVELS
from smkonzept.skeleton import CORE_CHAPTERS

if TYPE_CHECKING:
    from smkonzept.document import Document

__all__ = ["load_profile", "plugin_problems", "validate_document"]

_REQUIRED = {chapter.id: chapter for chapter in CORE_CHAPTERS if chapter.required}


def _missing_required(chapter_id: str) -> str:
    chapter = _REQUIRED[chapter_id]
    return (
        f"Das Pflichtkapitel „{chapter_id}“ ({chapter.title}) fehlt: {chapter.reason}. "
        f"Bitte in „chapters.order“ aufnehmen oder mit „chapters.merge“ einem anderen Kapitel anfügen; "
        "Reihenfolge und Überschrift sind frei."
    )


def load_profile(path: str | Path, registry: Registry, text: str | None = None) -> LoadedProfile:
    """Read a profile and check it against the plugins; raise ProfileError with every problem found.

    ``text``, if given, is read in place of the file's content (see ``read_profile``).
    """
    def checks(loaded: LoadedProfile) -> list[str]:
        return plugin_problems(loaded, registry)

    return read_profile(path, lambda loaded: checks(loaded) + previous_problems(loaded, checks), text)


def _known(ids: list[str]) -> str:
    return ", ".join(sorted(ids)) or "keine"


def _law_mismatch(loaded: LoadedProfile, law: Law) -> list[str]:
    """The problem when the law cannot apply to the kind of body: the BDSG only to federal bodies."""
    kind = body_kind(loaded.profile.chamber.kind)
    if kind.federal and not law.federal:
        return [loaded.problem(("chamber", "kind"), (
            f"Für eine Bundesbehörde (chamber.kind: {kind.id}) gilt das Bundesdatenschutzgesetz, nicht das "
            f"{law.name or law.state} (law: {loaded.profile.law}). Bitte „law: bund“ angeben oder die Art der Stelle berichtigen."
        ))]
    if law.federal and not kind.federal:
        return [loaded.problem(("law",), (
            f"Das {law.name or law.state} (law: {loaded.profile.law}) gilt nur für Stellen des Bundes; für eine Stelle der Art "
            f"„{kind.id}“ ({kind.label}) gilt das Datenschutzgesetz des Landes, in dem sie ihren Sitz hat. "
            "Bitte das Landesgesetz angeben, z. B. „law: nordrhein-westfalen“, oder „chamber.kind: bundesbehoerde“."
        ))]
    return []


def plugin_problems(loaded: LoadedProfile, registry: Registry) -> list[str]:
    """Every law, platform or chapter id of the profile the plugins do not know, located."""
    profile = loaded.profile
    problems = []
    law = registry.law(profile.law)
    if law is None:
        problems.append(loaded.problem(("law",), f"Unbekanntes Landesgesetz „{profile.law}“. Bekannt sind: {_known(list(registry.laws))}."))
    else:
        problems.extend(_law_mismatch(loaded, law))
    for index, account in enumerate(profile.accounts):
        if registry.platform(account.platform) is None:
            problems.append(loaded.problem(("accounts", index, "platform"), f"Unbekannte Plattform „{account.platform}“. Bekannt sind: {_known(list(registry.platforms))}."))
    chapters = profile.chapters
    required = set(_REQUIRED)
    custom_ids = [chapter.id for chapter in chapters.custom]
    known = {chapter.id for chapter in CORE_CHAPTERS} | set(registry.sections)
    for index, chapter_id in enumerate(custom_ids):
        if chapter_id in known or chapter_id in custom_ids[:index]:
            problems.append(loaded.problem(("chapters", "custom", index, "id"), f"Die Kapitelkennung „{chapter_id}“ ist schon vergeben; bitte eine andere wählen."))
    all_ids = known | set(custom_ids)
    optional = sorted(all_ids - required)

    def unknown(field: FieldPath, chapter_id: str) -> None:
        problems.append(loaded.problem(field, f"Unbekanntes Kapitel „{chapter_id}“. Bekannt sind: {_known(list(all_ids))}."))

    merged = {chapter_id: host for host, ids in chapters.merge.items() for chapter_id in ids}
    for host, ids in chapters.merge.items():
        if host not in all_ids:
            unknown(("chapters", "merge", host), host)
        for index, chapter_id in enumerate(ids):
            if chapter_id not in all_ids:
                unknown(("chapters", "merge", host, index), chapter_id)
            elif chapter_id == host or chapter_id in chapters.merge or (chapters.order is not None and chapter_id in chapters.order):
                problems.append(loaded.problem(("chapters", "merge", host, index), f"Das Kapitel „{chapter_id}“ kann nicht zugleich eigenständig stehen und „{host}“ angefügt werden."))
        if chapters.order is not None and host in all_ids and host not in chapters.order:
            problems.append(loaded.problem(("chapters", "merge", host), f"Das Kapitel „{host}“, dem andere angefügt werden, steht nicht in „chapters.order“."))
    if chapters.order is not None:
        for index, chapter_id in enumerate(chapters.order):
            if chapter_id not in all_ids:
                unknown(("chapters", "order", index), chapter_id)
            elif chapter_id in chapters.order[:index]:
                problems.append(loaded.problem(("chapters", "order", index), f"Das Kapitel „{chapter_id}“ steht doppelt in der Reihenfolge."))
        for missing_id in sorted(required - set(chapters.order) - set(merged)):
            problems.append(loaded.problem(("chapters", "order"), _missing_required(missing_id)))
    for key in ("include", "exclude"):
        for index, chapter_id in enumerate(getattr(chapters, key)):
            if chapter_id not in all_ids:
                unknown(("chapters", key, index), chapter_id)
            elif key == "exclude" and chapter_id in required:
                problems.append(loaded.problem(("chapters", key, index), _missing_required(chapter_id) + f" Weglassen lassen sich nur: {', '.join(optional)}."))
    for index, measure_id in enumerate(profile.risk.chosen_measures):
        if measure_id not in MEASURES:
            problems.append(loaded.problem(("risk", "chosen_measures", index), f"Unbekannte Maßnahme „{measure_id}“. Bekannt sind: {_known(list(MEASURES))}."))
    platform_sections = {f"plattform-{p.id}" for a in profile.accounts if (p := registry.platform(a.platform))}
    for chapter_id in chapters.texts:
        if chapter_id not in all_ids | platform_sections:
            unknown(("chapters", "texts", chapter_id), chapter_id)
    for index, custom in enumerate(chapters.custom):
        if custom.after is not None and custom.after not in all_ids:
            unknown(("chapters", "custom", index, "after"), custom.after)
    return problems


_LEVEL_WORDS = re.compile(r"\b(sehr ho(?:ch|he[nmrs]?)|gering\w*|mittel|mittler\w*|ho(?:ch|he[nmrs]?))\b", re.IGNORECASE)


def _level_word(word: str) -> str:
    word = word.lower()
    for stem, name in (("sehr ho", "sehr hoch"), ("gering", "gering"), ("mittel", "mittel"), ("mittler", "mittel"), ("ho", "hoch")):
        if word.startswith(stem):
            return name
    return word


def validate_document(loaded: LoadedProfile, document: Document) -> None:
    """Raise ProfileError when the profile's risk decisions do not fit the assessed risks.

    The profile's ``risk.result`` may not name a lower overall level than the tables show. A
    missing Art. 36 consultation is not an input error but an open point: the document is built
    as a draft (``Document.open_points``).
    """
    risk = document.risk
    profile_risk = loaded.profile.risk
    problems = []
    if profile_risk.result:
        named = {_level_word(match) for match in _LEVEL_WORDS.findall(str(profile_risk.result))}
        highest = LEVELS[risk.highest_after - 1]
        lower = sorted(word for word in named if word in LEVELS and LEVELS.index(word) < risk.highest_after - 1)
        if lower and highest not in named:
            problems.append(
                loaded.problem(
                    ("risk", "result"),
                    f"Der Text nennt die Stufe „{' bis '.join(lower)}“, die Tabellen zeigen nach den Maßnahmen aber "
                    f"höchstens „{highest}“. Bitte den Text an die Tabellen anpassen oder die Bewertung ändern.",
                )
            )
    if problems:
        raise ProfileError(problems)
