"""Testing plugins without smkonzept's internals: a fresh registry, a document, and the plugin contract.

A plugin's own tests need only ``smkonzept`` and this module::

    import smkonzept_bluesky
    from smkonzept import testing

    def test_contract():
        testing.check_plugin(smkonzept_bluesky)

    def test_builds(tmp_path):
        profile = testing.minimal_profile(platform="bluesky")
        [html] = testing.build_for(profile, ["html"], tmp_path, smkonzept_bluesky)
"""

from __future__ import annotations

import contextlib
import datetime
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import jinja2

from smkonzept.assemble import assemble
from smkonzept.build import build
from smkonzept.checks import evaluate
from smkonzept.document import Document
from smkonzept.hookspecs import HOOKS
from smkonzept.manager import load_registry, plugin_manager_with
from smkonzept.models import DocumentType, Law, Platform, SectionSpec
from smkonzept.profile import load_profile
from smkonzept.registry import Registry
from smkonzept.templating import template_environment

__all__ = [
    "OUTDATED_TERMS",
    "Registry",
    "build_for",
    "check_law",
    "check_platform",
    "check_plugin",
    "check_section",
    "document_for",
    "minimal_profile",
    "registry_for",
]

OUTDATED_TERMS = ("§ 5 TMG", "Telemediengesetz", "TTDSG", "Google Inc.", "Twitter Inc.", "Instagram LLC", "Meta Plattforms")
"""Names of laws and companies that no longer exist; plugin texts must not use them."""

Plugin = ModuleType | object


def minimal_profile(platform: str = "facebook", law: str = "baden-wuerttemberg", include: Iterable[str] = (), url: str | None = None, kind: str = "ihk") -> str:
    """The YAML text of a small valid profile: one account on ``platform`` under ``law``.

    It records a scheduled consultation of the authority (Art. 36 DSGVO), so that a platform
    with high residual risks builds too.
    """
    chapters = f"chapters: {{include: [{', '.join(include)}]}}\n" if include else ""
    account_url = f"    url: {url}\n" if url else ""
    return (
        "schema: 1\n"
        "chamber:\n"
        "  name: Industrie- und Handelskammer Musterstadt\n"
        "  short_name: IHK Musterstadt\n"
        f"  kind: {kind}\n"
        '  address: {street: Marktplatz 1, postal_code: "12345", city: Musterstadt}\n'
        "  website: https://www.ihk-musterstadt.example\n"
        "  email: info@ihk-musterstadt.example\n"
        "  phone: 01234 567-0\n"
        f"law: {law}\n"
        "editorial: {unit: Pressestelle, email: presse@ihk-musterstadt.example}\n"
        "data_protection_officer: {name: Erika Mustermann, email: datenschutz@ihk-musterstadt.example}\n"
        "evaluation: {interval_months: 12}\n"
        "document: {date: 2026-11-01}\n"
        "risk:\n"
        "  consultation: {status: scheduled, date: 2027-01-31}\n"
        f"{chapters}"
        "accounts:\n"
        f"  - platform: {platform}\n"
        "    name: IHK Musterstadt\n"
        f"{account_url}"
    )


def registry_for(*plugins: Plugin, builtins: bool = True) -> Registry:
    """What the built-ins (unless ``builtins`` is False) and ``plugins`` register; installed packages stay out."""
    pm = plugin_manager_with(((_name(plugin), plugin) for plugin in plugins), builtins=builtins)
    return load_registry(pm)


def document_for(profile: str | Path, *plugins: Plugin, builtins: bool = True) -> Document:
    """The assembled document for a profile file or YAML text, with ``plugins`` next to the built-ins."""
    registry = registry_for(*plugins, builtins=builtins)
    with _profile_file(profile) as path:
        return assemble(load_profile(path, registry).profile, registry)


def build_for(profile: str | Path, formats: Iterable[str], output: str | Path, *plugins: Plugin) -> list[Path]:
    """Build a profile file or YAML text into ``output`` (as ``profil.<format>`` for text); returns the files."""
    registry = registry_for(*plugins)
    with _profile_file(profile) as path:
        return build(path, formats, output, registry)


def check_plugin(plugin: Plugin, outdated: Iterable[str] = ()) -> list[Platform | Law | SectionSpec | DocumentType]:
    """Register ``plugin`` next to the built-ins, check everything it registers, and use each in a document.

    Raises AssertionError listing every breach of the contract; returns what the plugin registered.
    """
    name = _name(plugin)
    registry = registry_for(plugin)
    items = [
        item
        for hook in HOOKS
        for item_id, item in getattr(registry, hook.store).items()
        if registry.origin[(hook.store, item_id)] == name
    ]
    assert items, f"Das Plugin „{name}“ registriert nichts."
    for item in items:
        if isinstance(item, Platform):
            check_platform(item, outdated)
            url = f"https://{next(iter(item.known_operators))}/@muster" if item.known_operators else None
            document = document_for(minimal_profile(platform=item.id, url=url), plugin)
            assert f"plattform-{item.id}" in document.chapter_ids, f"Die Plattform {item.id} fehlt im Dokument."
        elif isinstance(item, Law):
            check_law(item, outdated)
            document = document_for(minimal_profile(law=item.id, kind="bundesbehoerde" if item.federal else "ihk"), plugin)
            for requirement, problem in evaluate(document):
                assert problem is None or (isinstance(problem, str) and problem.strip()), (
                    f"Die Prüfung {requirement.id} von {item.id} gibt weder None noch einen Satz zurück: {problem!r}"
                )
        elif isinstance(item, DocumentType):
            check_document_type(item)
            _check_bundle_document(item, plugin, registry)
        else:
            check_section(item)
            include = [item.id] if item.optional else []
            document = document_for(minimal_profile(include=include), plugin)
            body = next((section.body for section in document.sections if section.id == item.id), None)
            assert body is not None and body.strip(), f"Das Kapitel {item.id} erscheint nicht oder ist leer."
            assert not any(line.startswith("# ") for line in body.splitlines()), (
                f"Das Kapitel {item.id} enthält eine Überschrift der obersten Ebene; Unterabschnitte beginnen mit ##."
            )
    return items


def check_platform(platform: Platform, outdated: Iterable[str] = ()) -> None:
    """The contract of a platform: operator with name and country, https sources, a verified date, unique risk ids, current terms.

    Facts that could not be confirmed may stay empty (an address, a website): say less, never guess.
    """
    problems = [
        *_sourced(platform),
        *_outdated(platform, outdated),
        *_https("website", platform.website, optional=True),
        *_https("operator.privacy_url", platform.operator.privacy_url),
    ]
    for field in ("name", "description", "default_purpose", "default_audience"):
        if not getattr(platform, field).strip():
            problems.append(f"{field} ist leer")
    if not (platform.operator.name.strip() and platform.operator.country.strip()):
        problems.append("der Betreiber hat keinen Namen oder kein Land")
    if not platform.default_contents:
        problems.append("default_contents ist leer")
    if platform.joint_controller_agreement is not None:
        problems += _https("joint_controller_agreement.url", platform.joint_controller_agreement.url)
    problems += _unique("risk_factors", [factor.id for factor in platform.risk_factors])
    for host, operator in platform.known_operators.items():
        if host != host.encode("idna").decode("ascii").lower():
            problems.append(f"known_operators: „{host}“ ist nicht in Kleinbuchstaben und Punycode geschrieben")
        problems += _https(f"known_operators[{host}].privacy_url", operator.privacy_url)
    _report(f"Plattform {platform.id}", problems)


def check_law(law: Law, outdated: Iterable[str] = ()) -> None:
    """The contract of a law: its name, https sources, a verified date, the authority, unique requirement ids."""
    problems = [*_sourced(law), *_outdated(law, outdated)]
    for field in ("name", "abbreviation", "legal_basis"):
        if not getattr(law, field).strip():
            problems.append(f"{field} ist leer")
    if law.iso_code and not (law.iso_code == "DE" or (law.iso_code.startswith("DE-") and len(law.iso_code) == 5)):
        problems.append(f"iso_code „{law.iso_code}“ hat nicht die Form DE-XX (oder DE für den Bund)")
    if law.authority is None:
        problems.append("authority fehlt")
    else:
        problems += _https("authority.website", law.authority.website, optional=True)
    if law.guidance is not None:
        problems += _https("guidance.url", law.guidance.url)
        problems += _unique("guidance.requirements", [requirement.id for requirement in law.guidance.requirements])
    _report(f"Gesetz {law.id}", problems)


def check_section(section: SectionSpec) -> None:
    """The contract of a chapter: a title, a template that parses, current terms, an id the core does not use."""
    from smkonzept.skeleton import CORE_CHAPTER_IDS

    problems = [*_outdated(section, ())]
    if not section.title.strip() or not section.template.strip():
        problems.append("title oder template ist leer")
    problems += _unparsable(section.template)
    if section.id in CORE_CHAPTER_IDS or section.id.startswith("plattform-"):
        problems.append(f"die Kennung „{section.id}“ gehört dem Kern")
    _report(f"Kapitel {section.id}", problems)


def check_document_type(kind: DocumentType) -> None:
    """The contract of a document type: a title and a description, a template that parses, current terms."""
    problems = [*_outdated(kind, ())]
    if not kind.title.strip() or not kind.description.strip():
        problems.append("title oder description ist leer")
    problems += _unparsable(kind.template)
    _report(f"Dokumenttyp {kind.id}", problems)


def _unparsable(template: str) -> list[str]:
    """Why ``template`` is no valid Jinja2 for the core's environment; empty when it parses."""
    try:
        template_environment().parse(template)
    except jinja2.TemplateSyntaxError as exc:
        return [f"die Vorlage ist kein gültiges Jinja2 (Zeile {exc.lineno}: {exc.message})"]
    return []


def _check_bundle_document(kind: DocumentType, plugin: Plugin, registry: Registry) -> None:
    """The type's documents for a small profile (with every optional chapter on) are there and not empty."""
    from smkonzept.bundle import bundle_documents

    optional = [spec.id for spec in registry.sections.values() if spec.optional]
    concept = document_for(minimal_profile(include=optional), plugin)
    files = [entry for entry in bundle_documents(concept, registry) if entry.type.id == kind.id]
    if kind.included is None or kind.included(concept):
        assert files, f"Der Dokumenttyp {kind.id} fehlt im Paket."
    for entry in files:
        assert entry.document.markdown().strip(), f"Das Dokument {entry.stem} ist leer."


def _name(plugin: Plugin) -> str:
    return str(getattr(plugin, "__name__", None) or type(plugin).__name__)


@contextlib.contextmanager
def _profile_file(profile: str | Path) -> Iterator[Path]:
    """A profile path as given, or YAML text (anything with a line break) written to a temporary ``profil.yaml``."""
    if isinstance(profile, Path) or "\n" not in profile:
        yield Path(profile)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "profil.yaml"
        path.write_text(profile, encoding="utf-8")
        yield path


def _sourced(item: Platform | Law) -> list[str]:
    problems = [] if item.sources else ["sources ist leer"]
    problems += [problem for source in item.sources for problem in _https("sources", source)]
    if item.verified is None:
        problems.append("verified fehlt")
    elif item.verified > datetime.date.today():
        problems.append(f"verified ({item.verified}) liegt in der Zukunft")
    return problems


def _https(field: str, url: str, optional: bool = False) -> list[str]:
    if optional and not url or url.startswith("https://"):
        return []
    return [f"{field}: „{url}“ beginnt nicht mit https://"]


def _unique(field: str, ids: list[str]) -> list[str]:
    doubled = sorted({item for item in ids if ids.count(item) > 1})
    return [f"{field}: doppelte Kennungen {', '.join(doubled)}"] if doubled else []


def _outdated(item: Any, extra: Iterable[str]) -> list[str]:
    terms = (*OUTDATED_TERMS, *extra)
    return [f"veralteter Begriff „{term}“ in: {text[:80]}" for text in _texts(item) for term in terms if term in text]


def _texts(value: Any) -> Iterator[str]:
    """Every string inside ``value``: attrs models, tuples, lists and dicts are walked."""
    if isinstance(value, str):
        yield value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for pair in value.items():
            yield from _texts(pair)


def _report(what: str, problems: list[str]) -> None:
    if problems:
        raise AssertionError(f"{what} hält den Plugin-Vertrag nicht ein:\n- " + "\n- ".join(problems))
