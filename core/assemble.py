"""Assembling a profile and the plugins into the document: ordered chapters of Markdown."""

from __future__ import annotations

import datetime
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import attrs

from smkonzept.figures import risk_matrix_markdown
from smkonzept.markdown import Markdown, escape
from smkonzept.models import Law, Operator, Platform, SectionSpec
from smkonzept.registry import Registry
from smkonzept.risk import LEVELS, SCALE, RiskAssessment, assess
from smkonzept.profile.model import Account, Profile
from smkonzept.skeleton import CORE_CHAPTERS, PLATFORMS_CHAPTER, core_sections
from smkonzept.templating import render_template

__all__ = ["AccountUse", "Document", "PlatformUse", "Section", "assemble", "chapter_order"]

DEFAULT_MEASURES = (
    Markdown("Jedes Konto verweist auf die Datenschutzerklärung und das Impressum der Kammer."),
    Markdown("Die Konten sind datensparsam eingestellt; Werbeanzeigen mit Zielgruppenauswahl nach persönlichen Merkmalen werden nicht geschaltet."),
    Markdown("Die Redaktion betreut die Konten fortlaufend und entfernt rechtsverletzende Beiträge."),
)


@attrs.frozen
class AccountUse:
    """An account of the profile with the platform's defaults filled in."""

    account: Account
    platform: Platform
    operator: Operator | None
    purpose: Markdown
    audience: Markdown
    age_min: int | None
    age_max: int | None
    contents: tuple[Markdown, ...]


@attrs.frozen
class PlatformUse:
    """A platform the profile uses, with its accounts in profile order."""

    platform: Platform
    accounts: tuple[AccountUse, ...]

    @property
    def operators(self) -> tuple[Operator, ...]:
        """The distinct known operators of this platform's accounts."""
        seen: dict[str, Operator] = {}
        for use in self.accounts:
            if use.operator is not None:
                seen.setdefault(use.operator.name, use.operator)
        return tuple(seen.values())

    @property
    def operator_unknown(self) -> bool:
        """True when an account sits on a server of a decentralised service nobody named."""
        return any(use.operator is None for use in self.accounts)


@attrs.frozen
class ChamberName:
    """The chamber's name declined for running text: ``the_chamber.gen`` gives „der IHK Ulm“."""

    article: str
    short_name: str
    name: str

    _CASES = {"die": ("die", "der", "der", "die"), "der": ("der", "des", "dem", "den"), "das": ("das", "des", "dem", "das")}

    @property
    def nom(self) -> str:
        return f"{self._CASES[self.article][0]} {self.short_name}"

    @property
    def Nom(self) -> str:  # noqa: N802 - capitalised for the start of a sentence
        return self.nom[0].upper() + self.nom[1:]

    @property
    def gen(self) -> str:
        return f"{self._CASES[self.article][1]} {self.short_name}"

    @property
    def dat(self) -> str:
        return f"{self._CASES[self.article][2]} {self.short_name}"

    @property
    def acc(self) -> str:
        return f"{self._CASES[self.article][3]} {self.short_name}"

    @property
    def Full(self) -> str:  # noqa: N802 - capitalised for the start of a sentence
        return f"{self._CASES[self.article][0].capitalize()} {self.name}"


@attrs.frozen
class Section:
    """One heading of the document with the Markdown that follows it."""

    id: str
    title: str
    level: int
    body: str


@attrs.frozen
class Document:
    """The assembled concept: what the renderers turn into HTML, DOCX and PDF."""

    profile: Profile
    law: Law
    platforms: tuple[PlatformUse, ...]
    sections: tuple[Section, ...]
    risk: RiskAssessment

    @property
    def chapter_ids(self) -> tuple[str, ...]:
        return tuple(section.id for section in self.sections)

    @property
    def account_uses(self) -> tuple[AccountUse, ...]:
        return tuple(use for platform_use in self.platforms for use in platform_use.accounts)

    @property
    def title(self) -> str:
        return self.profile.document.title

    @property
    def author(self) -> str:
        return self.profile.chamber.name

    @property
    def subject(self) -> str:
        return f"Konzept zur Nutzung sozialer Medien der {self.profile.chamber.name}"

    @property
    def date(self) -> datetime.date:
        return self.profile.document.date

    def markdown(self) -> str:
        """The whole document body as Markdown (without title block)."""
        parts = []
        for section in self.sections:
            heading = "#" * section.level + " " + escape(section.title) + f" {{#{section.id}}}"
            parts.append(heading + "\n\n" + section.body.strip() + "\n")
        return "\n".join(parts)


def chapter_order(profile: Profile, registry: Registry) -> list[str]:
    """The chapter ids in document order, from the profile's ``chapters`` and the defaults."""
    chapters = profile.chapters
    if chapters.order is not None:
        return list(chapters.order)
    ids = [c.id for c in CORE_CHAPTERS if c.default or c.id in chapters.include]
    after = {spec.id: spec.after for spec in registry.sections.values()}
    after.update({custom.id: custom.after or "evaluierung" for custom in chapters.custom})
    pending = [i for i in chapters.include if i not in ids] + [c.id for c in chapters.custom]
    while pending:
        placeable = [i for i in pending if after.get(i) in ids]
        if not placeable:
            ids.extend(pending)
            break
        for chapter_id in placeable:
            ids.insert(ids.index(after[chapter_id]) + 1, chapter_id)
            pending.remove(chapter_id)
    return [i for i in ids if i not in chapters.exclude]


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return host.lower()


def _operator(account: Account, platform: Platform) -> Operator | None:
    own = account.operator
    if own is not None:
        return Operator(
            name=own.name,
            address=own.address,
            country=own.country,
            privacy_url=own.privacy_url or platform.operator.privacy_url,
        )
    if not platform.known_operators:
        return platform.operator
    if account.url is None:
        return None
    known = {_host(f"https://{host}"): operator for host, operator in platform.known_operators.items()}
    return known.get(_host(account.url), platform.operator)


def _account_use(account: Account, platform: Platform) -> AccountUse:
    audience = account.audience
    return AccountUse(
        account=account,
        platform=platform,
        operator=_operator(account, platform),
        purpose=account.purpose or platform.default_purpose,
        audience=(audience.text if audience and audience.text else platform.default_audience),
        age_min=audience.age_min if audience else None,
        age_max=audience.age_max if audience else None,
        contents=account.contents if account.contents is not None else platform.default_contents,
    )


def _platform_uses(profile: Profile, registry: Registry) -> tuple[PlatformUse, ...]:
    grouped: dict[str, list[AccountUse]] = {}
    platforms: dict[str, Platform] = {}
    for account in profile.accounts:
        platform = registry.platform(account.platform)
        assert platform is not None, "validate_against_plugins runs before assemble"
        platforms[platform.id] = platform
        grouped.setdefault(platform.id, []).append(_account_use(account, platform))
    return tuple(PlatformUse(platforms[key], tuple(uses)) for key, uses in grouped.items())


@cache
def _platform_template() -> str:
    return (resources.files("smkonzept") / "templates" / "chapters" / "platform.md.j2").read_text(encoding="utf-8")


def assemble(profile: Profile, registry: Registry) -> Document:
    """Build the document for a validated ``profile`` from the registered plugins."""
    law = registry.law(profile.law)
    assert law is not None, "validate_against_plugins runs before assemble"
    platforms = _platform_uses(profile, registry)
    risk = assess([use.platform for use in platforms], profile.risk.measures)
    context: dict[str, Any] = {
        "profile": profile,
        "chamber": profile.chamber,
        "the_chamber": ChamberName(profile.chamber.article, profile.chamber.short_name, profile.chamber.name),
        "editorial": profile.editorial,
        "officer": profile.data_protection_officer,
        "evaluation": profile.evaluation,
        "document": profile.document,
        "law": law,
        "platforms": platforms,
        "accounts": tuple(use for p in platforms for use in p.accounts),
        "risk": risk,
        "scale": SCALE,
        "levels": LEVELS,
        "default_measures": DEFAULT_MEASURES,
        "figure": risk_matrix_markdown(risk),
        "body": Markdown.trusted(""),
    }
    specs: dict[str, SectionSpec] = {**core_sections(), **registry.sections}
    custom = {chapter.id: chapter for chapter in profile.chapters.custom}
    sections: list[Section] = []
    for chapter_id in chapter_order(profile, registry):
        if chapter_id == PLATFORMS_CHAPTER and profile.chapters.platforms_as_chapters:
            sections.extend(_platform_sections(platforms, context, level=1))
            continue
        if chapter_id in custom:
            title, generated = custom[chapter_id].title, "\n\n".join(custom[chapter_id].paragraphs) + "\n"
        else:
            spec = specs[chapter_id]
            title, generated = spec.title, render_template(spec.template, context)
        body = _with_own_text(profile, chapter_id, generated)
        sections.append(Section(chapter_id, _own_title(profile, chapter_id) or title, 1, body))
        if chapter_id == PLATFORMS_CHAPTER:
            sections.extend(_platform_sections(platforms, context, level=2))
    return Document(profile=profile, law=law, platforms=platforms, sections=tuple(sections), risk=risk)


def _platform_sections(platforms: tuple[PlatformUse, ...], context: dict[str, Any], level: int) -> list[Section]:
    sections = []
    for use in platforms:
        section_id = f"plattform-{use.platform.id}"
        local = {**context, "use": use, "platform": use.platform, "level": level}
        body = _with_own_text(context["profile"], section_id, render_template(_platform_template(), local))
        title = _own_title(context["profile"], section_id) or use.platform.name
        sections.append(Section(section_id, title, level, body))
    return sections


def _own_title(profile: Profile, chapter_id: str) -> str | None:
    text = profile.chapters.texts.get(chapter_id)
    return text.title if text else None


def _with_own_text(profile: Profile, chapter_id: str, generated: str) -> str:
    text = profile.chapters.texts.get(chapter_id)
    if text is None:
        return generated
    middle = "\n\n".join(text.replace) if text.replace is not None else generated
    return "\n\n".join([*text.before, middle, *text.after])
