"""Assembling a profile and the plugins into the document: ordered chapters of Markdown."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import attrs

from smkonzept.bodykinds import body_kind
from smkonzept.catalogue import ADULT_AGE, IMAGES_RISK, MEASURES, MINORS_RISK, WEBSITE_MEASURE, addresses_minors, images_named_for, publishes_images
from smkonzept.checks import not_operable, officer_mailbox_is_general
from smkonzept.consultation import ACCOUNT_SENTENCES, group_sentences
from smkonzept.document import DRAFT_MARK, AccountUse, Document, PlatformUse, Section
from smkonzept.figures import risk_matrix_markdown
from smkonzept.german import ChamberName
from smkonzept.markdown import Markdown, escape
from smkonzept.models import Law, Measure, Operator, Platform, RiskFactor, Ruling, SectionSpec
from smkonzept.registry import Registry
from smkonzept.risk import LEVELS, SCALE, RiskAssessment, RiskRow, assess, chosen_measures
from smkonzept.profile.model import Account, CustomChapter, Profile, Slug
from smkonzept.skeleton import CORE_CHAPTERS, PLATFORMS_CHAPTER, core_sections
from smkonzept.templating import render_template

__all__ = ["DRAFT_MARK", "OPEN_POINTS_CHAPTER", "assemble", "chapter_order", "template_context"]

OPEN_POINTS_CHAPTER = "offene-punkte"

DEFAULT_MEASURES = (
    Markdown("Jedes Konto verweist auf die eigenen Datenschutzhinweise und die Anbieterkennzeichnung auf der Website."),
    Markdown("Die Konten sind datensparsam eingestellt; über die Konten wird keine bezahlte Werbung geschaltet."),
    Markdown("Die Redaktion betreut die Konten, wie im Kapitel zur redaktionellen Betreuung beschrieben, und geht gegen rechtsverletzende Beiträge vor, soweit die Plattform es zulässt."),
)


def chapter_order(profile: Profile, registry: Registry) -> list[str]:
    """The chapter ids in document order, from the profile's ``chapters`` and the defaults."""
    chapters = profile.chapters
    if chapters.order is not None:
        return list(chapters.order)
    merged = {chapter_id for ids in chapters.merge.values() for chapter_id in ids}
    ids = [c.id for c in CORE_CHAPTERS if (c.default or c.id in chapters.include) and c.id not in merged]
    after = {spec.id: spec.after for spec in registry.sections.values()}
    after.update({custom.id: custom.after or "evaluierung" for custom in chapters.custom})
    switched_on = [*chapters.include, *(spec.id for spec in registry.sections.values() if not spec.optional)]
    pending = [i for i in dict.fromkeys(switched_on) if i not in ids and i not in merged] + [c.id for c in chapters.custom]
    while pending:
        placeable = [i for i in pending if after.get(i) in ids]
        if not placeable:
            ids.extend(pending)
            break
        for chapter_id in placeable:
            ids.insert(ids.index(after[chapter_id]) + 1, chapter_id)
            pending.remove(chapter_id)
    return [i for i in ids if i not in chapters.exclude]


def _distinct(rulings: Any) -> tuple[Ruling, ...]:
    """The rulings without repeats (by reference), in order of first appearance."""
    seen: dict[str, Ruling] = {}
    for entry in rulings:
        seen.setdefault(entry.reference, entry)
    return tuple(seen.values())


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
    return known.get(_host(account.url))


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
        assert platform is not None, "load_profile checks the ids before assemble"
        platforms[platform.id] = platform
        grouped.setdefault(platform.id, []).append(_account_use(account, platform))
    return tuple(PlatformUse(platforms[key], tuple(uses)) for key, uses in grouped.items())


@cache
def _platform_template() -> str:
    return (resources.files("smkonzept") / "templates" / "chapters" / "platform.md.j2").read_text(encoding="utf-8")


def default_measures(profile: Profile) -> tuple[Markdown, ...]:
    """The measures every concept names; the first says so when the profile lacks the imprint's address."""
    if profile.chamber.imprint_url:
        return DEFAULT_MEASURES
    missing = Markdown(DEFAULT_MEASURES[0] + " Die genaue Adresse des Impressums hält das Profil noch nicht fest (`chamber.imprint_url`).")
    return (missing, *DEFAULT_MEASURES[1:])


def template_context(profile: Profile, law: Law, platforms: tuple[PlatformUse, ...], risk: RiskAssessment) -> dict[str, Any]:
    """The values every chapter template sees (docs/plugins.md, „Die Werte“, describes each)."""
    the_chamber = ChamberName(profile.chamber.article, profile.chamber.short_name, profile.chamber.name, profile.chamber.genitive)
    return {
        "profile": profile,
        "chamber": profile.chamber,
        "the_chamber": the_chamber,
        "kind": body_kind(profile.chamber.kind),
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
        "default_measures": default_measures(profile),
        "figure": risk_matrix_markdown(risk),
        "joint_platforms": tuple(use for use in platforms if use.joint),
        "controllership_rulings": _distinct(r for use in platforms for c in use.controllerships if c is not None for r in c.rulings),
        "assessment_rulings": _distinct(
            [r for use in platforms for r in use.platform.rulings]
            + [r for use in platforms if use.platform.third_country for r in use.platform.third_country.rulings]
            + list(law.rulings)
        ),
        "hidden_without_login": tuple(use for use in platforms if use.platform.visible_without_login is not True),
        "officer_is_role": "beauftragt" in profile.data_protection_officer.name.lower(),
        "officer_general_mailbox": officer_mailbox_is_general(profile),
        "insights_off": "insights-aus" in profile.risk.chosen_measures,
        "unchosen_measures": unchosen_measures(risk, MEASURES),
        "insights_platforms": tuple(
            use for use in platforms
            if use.responsibility in ("joint", "unsettled") and use.platform.id in MEASURES["insights-aus"].platforms
        ),
        "not_operable": not_operable(law, platforms),
        "interim_text": group_sentences(the_chamber),
        "interim_note": _interim_note(profile, risk),
    }


def _interim_note(profile: Profile, risk: RiskAssessment) -> dict[str, str]:
    """Platform id → the note on its accounts while a requested consultation runs (Art. 36 DSGVO)."""
    consultation = profile.risk.consultation
    if consultation is None or consultation.status != "requested" or consultation.interim is None:
        return {}
    return {platform.id: ACCOUNT_SENTENCES[consultation.interim] for platform in risk.platforms_own_high_after}


def unchosen_measures(risk: RiskAssessment, catalogue: dict[str, Measure]) -> tuple[tuple[Measure, tuple[RiskRow, ...]], ...]:
    """Catalogue measures the body did not choose that act on a risk still high after the measures,
    each with those rows: the assessment records that they were considered (Art. 35 Abs. 7 Buchst. d DSGVO)."""
    chosen = {measure.id for measure in risk.chosen_measures}
    high = [row for row in risk.rows if row.residual_level >= LEVELS.index("hoch") + 1]
    found = []
    for measure in catalogue.values():
        if measure.id in chosen:
            continue
        rows = tuple(
            row for row in high
            if row.factor.id in measure.reduces
            and (not measure.platforms or any(platform.id in measure.platforms for platform in row.platforms))
        )
        if rows:
            found.append((measure, rows))
    return tuple(found)


def _profile_risks(platforms: tuple[PlatformUse, ...]) -> dict[str, tuple[RiskFactor, ...]]:
    """Platform id → the risk factors the profile adds: images of third persons where the accounts publish
    photos or videos (also where another account's text says its photos or videos appear there), minors where an
    account's audience starts below 18 and the platform has no risk for them."""
    extra: dict[str, tuple[RiskFactor, ...]] = {}
    every_text = [text for use in platforms for account in use.accounts for text in (account.purpose, *account.contents)]
    for use in platforms:
        factors: list[RiskFactor] = []
        own_texts = [text for account in use.accounts for text in (account.purpose, *account.contents)]
        if publishes_images(use.platform.id, own_texts) or images_named_for(use.platform.name, every_text):
            factors.append(IMAGES_RISK)
        young = any(
            (account.age_min is not None and account.age_min < ADULT_AGE) or addresses_minors(f"{account.audience} {account.purpose}")
            for account in use.accounts
        )
        if young and not any(factor.id == "junge-nutzende" for factor in use.platform.risk_factors):
            factors.append(MINORS_RISK)
        if factors:
            extra[use.platform.id] = tuple(factors)
    return extra


def assemble(profile: Profile, registry: Registry) -> Document:
    """Build the document for a validated ``profile`` from the registered plugins."""
    law = registry.law(profile.law)
    assert law is not None, "load_profile checks the ids before assemble"
    platforms = _platform_uses(profile, registry)
    chosen = chosen_measures(profile.risk.chosen_measures, MEASURES)
    if profile.alternatives.all_content_on_website:
        chosen = (*chosen, WEBSITE_MEASURE)
    separate = frozenset(use.platform.id for use in platforms if use.operator_is_separate)
    processor = frozenset(use.platform.id for use in platforms if use.operator_is_processor)
    unsettled = frozenset(use.platform.id for use in platforms if use.responsibility == "unsettled")
    risk = assess([use.platform for use in platforms], profile.risk.measures, chosen, separate, processor, unsettled, _profile_risks(platforms))
    context = template_context(profile, law, platforms, risk)
    specs: dict[str, SectionSpec] = {**core_sections(), **registry.sections}
    custom: dict[str, CustomChapter] = {chapter.id: chapter for chapter in profile.chapters.custom}

    def chapter_body(chapter_id: str) -> tuple[str, str]:
        if chapter_id in custom:
            title, generated = custom[chapter_id].title, "\n\n".join(custom[chapter_id].paragraphs) + "\n"
        else:
            spec = specs[chapter_id]
            plugin = registry.origin.get(("sections", chapter_id)) if chapter_id in registry.sections else None
            title, generated = spec.title, _render_section(spec.template, context, chapter_id, plugin)
        return title, _with_own_text(profile, chapter_id, generated)

    sections: list[Section] = []
    for chapter_id in chapter_order(profile, registry):
        if chapter_id == PLATFORMS_CHAPTER and profile.chapters.platforms_as_chapters:
            sections.extend(_platform_sections(platforms, context, level=1))
            continue
        title, body = chapter_body(chapter_id)
        for merged_id in profile.chapters.merge.get(Slug(chapter_id), ()):
            body = body.rstrip() + "\n\n" + chapter_body(merged_id)[1].strip() + "\n"
        sections.append(Section(chapter_id, _own_title(profile, chapter_id) or title, 1, body))
        if chapter_id == PLATFORMS_CHAPTER:
            sections.extend(_platform_sections(platforms, context, level=2))
    document = Document(profile=profile, law=law, platforms=platforms, sections=tuple(sections), risk=risk)
    return _with_open_points(document, context)


def _with_open_points(document: Document, context: dict[str, Any]) -> Document:
    """The document with its open points; a draft gets the chapter listing them first."""
    from smkonzept.checks import departures, open_points

    points = open_points(document)
    context = {**context, "departures": departures(document)}
    sections = document.sections
    host = next((section.id for section in sections if section.id in ("einleitung", "rechtsgrundlage", "risiko")), None)
    if context["departures"] and host is not None:
        text = render_template(_chapter_source("departures"), context)
        sections = tuple(attrs.evolve(section, body=section.body.rstrip() + "\n\n" + text) if section.id == host else section for section in sections)
    if points:
        body = render_template(_chapter_source("offene-punkte"), {**context, "open_points": points})
        sections = (Section(OPEN_POINTS_CHAPTER, "Offene Punkte vor der Unterschrift", 1, body), *sections)
    return attrs.evolve(document, sections=sections, open_points=points)


@cache
def _chapter_source(name: str) -> str:
    return (resources.files("smkonzept") / "templates" / "chapters" / f"{name}.md.j2").read_text(encoding="utf-8")


def _render_section(template: str, context: dict[str, Any], chapter_id: str, plugin: str | None) -> str:
    """The chapter's text; a plugin's template that fails or hangs is named with its package."""
    if plugin is None:
        return render_template(template, context)
    from smkonzept.manager import plugin_failure, plugin_label, watching_plugin

    try:
        with watching_plugin(f"Das Plugin {plugin_label(plugin)} erstellt das Kapitel „{chapter_id}“ seit", plugin):
            return render_template(template, context)
    except (Exception, SystemExit) as exc:
        raise plugin_failure(plugin, f"beim Erstellen des Kapitels „{chapter_id}“", exc) from exc


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
    text = profile.chapters.texts.get(Slug(chapter_id))
    return text.title if text else None


def _with_own_text(profile: Profile, chapter_id: str, generated: str) -> str:
    text = profile.chapters.texts.get(Slug(chapter_id))
    if text is None:
        return generated
    middle = "\n\n".join(text.replace) if text.replace is not None else generated
    return "\n\n".join([*text.before, middle, *text.after])
