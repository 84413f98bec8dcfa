"""The last step of loading a profile: its law, platform and chapter ids checked against the plugins."""

from __future__ import annotations

from pathlib import Path

from smkonzept.profile.load import LoadedProfile, read_profile
from smkonzept.profile.yamlsource import FieldPath
from smkonzept.registry import Registry
from smkonzept.skeleton import CORE_CHAPTERS

__all__ = ["load_profile", "plugin_problems"]


def load_profile(path: str | Path, registry: Registry) -> LoadedProfile:
    """Read a profile and check it against the plugins; raise ProfileError with every problem found."""
    return read_profile(path, lambda loaded: plugin_problems(loaded, registry))


def _known(ids: list[str]) -> str:
    return ", ".join(sorted(ids)) or "keine"


def plugin_problems(loaded: LoadedProfile, registry: Registry) -> list[str]:
    """Every law, platform or chapter id of the profile the plugins do not know, located."""
    profile = loaded.profile
    problems = []
    if registry.law(profile.law) is None:
        problems.append(loaded.problem(("law",), f"Unbekanntes Landesgesetz „{profile.law}“. Bekannt sind: {_known(list(registry.laws))}."))
    for index, account in enumerate(profile.accounts):
        if registry.platform(account.platform) is None:
            problems.append(loaded.problem(("accounts", index, "platform"), f"Unbekannte Plattform „{account.platform}“. Bekannt sind: {_known(list(registry.platforms))}."))
    chapters = profile.chapters
    required = {chapter.id for chapter in CORE_CHAPTERS if chapter.required}
    custom_ids = [chapter.id for chapter in chapters.custom]
    known = {chapter.id for chapter in CORE_CHAPTERS} | set(registry.sections)
    for index, chapter_id in enumerate(custom_ids):
        if chapter_id in known or chapter_id in custom_ids[:index]:
            problems.append(loaded.problem(("chapters", "custom", index, "id"), f"Die Kapitelkennung „{chapter_id}“ ist schon vergeben; bitte eine andere wählen."))
    all_ids = known | set(custom_ids)
    optional = sorted(all_ids - required)

    def unknown(field: FieldPath, chapter_id: str) -> None:
        problems.append(loaded.problem(field, f"Unbekanntes Kapitel „{chapter_id}“. Bekannt sind: {_known(list(all_ids))}."))

    if chapters.order is not None:
        for index, chapter_id in enumerate(chapters.order):
            if chapter_id not in all_ids:
                unknown(("chapters", "order", index), chapter_id)
            elif chapter_id in chapters.order[:index]:
                problems.append(loaded.problem(("chapters", "order", index), f"Das Kapitel „{chapter_id}“ steht doppelt in der Reihenfolge."))
        missing = sorted(required - set(chapters.order))
        if missing:
            problems.append(loaded.problem(("chapters", "order"), f"In der Reihenfolge fehlen Pflichtkapitel: {', '.join(missing)}."))
    for key in ("include", "exclude"):
        for index, chapter_id in enumerate(getattr(chapters, key)):
            if chapter_id not in all_ids:
                unknown(("chapters", key, index), chapter_id)
            elif key == "exclude" and chapter_id in required:
                problems.append(loaded.problem(("chapters", key, index), f"Das Kapitel „{chapter_id}“ ist Pflicht und kann nicht weggelassen werden. Weglassen lassen sich: {', '.join(optional)}."))
    platform_sections = {f"plattform-{p.id}" for a in profile.accounts if (p := registry.platform(a.platform))}
    for chapter_id in chapters.texts:
        if chapter_id not in all_ids | platform_sections:
            unknown(("chapters", "texts", chapter_id), chapter_id)
    for index, custom in enumerate(chapters.custom):
        if custom.after is not None and custom.after not in all_ids:
            unknown(("chapters", "custom", index, "after"), custom.after)
    return problems
