"""The built-in optional chapters: registration, template syntax and rendering in a document."""

from __future__ import annotations

import datetime

import pytest
from jinja2.sandbox import SandboxedEnvironment

import smkonzept
from smkonzept.plugins.laws import baden_wuerttemberg
from smkonzept.plugins.platforms import facebook, mastodon
from smkonzept.plugins.sections import account_security, crisis_plan, netiquette

EXPECTED = {
    account_security: ("kontosicherheit", "Sicherheit der Konten", "sensibilisierung"),
    netiquette: ("netiquette", "Netiquette und Moderation", "betreuung"),
    crisis_plan: ("krisenplan", "Krisenplan bei Empörungswellen", "netiquette"),
}

OUTDATED = ("§ 5 TMG", "Telemediengesetz", "TTDSG")

modules = pytest.mark.parametrize("module", list(EXPECTED), ids=lambda module: module.__name__.rpartition(".")[2])


def registered(module) -> smkonzept.SectionSpec:
    sections: list[smkonzept.SectionSpec] = []
    module.register_sections(register=sections.append)
    assert len(sections) == 1
    return sections[0]


@modules
def test_spec(module):
    spec = registered(module)
    assert isinstance(spec, smkonzept.SectionSpec)
    assert (spec.id, spec.title, spec.after) == EXPECTED[module]
    assert spec.optional


@modules
def test_template_compiles(module):
    template = registered(module).template
    SandboxedEnvironment().parse(template)
    assert not any(line.startswith("# ") for line in template.splitlines())
    assert not any(old in template for old in OUTDATED)


# End to end: a small profile assembled with the chapters switched on and off.

from smkonzept.assemble import assemble  # noqa: E402
from smkonzept.registry import Registry  # noqa: E402
from smkonzept.profile.model import (  # noqa: E402
    Account,
    Address,
    Chamber,
    Chapters,
    Contact,
    DataProtectionOfficer,
    DocumentInfo,
    Evaluation,
    Profile,
)

SECTION_IDS = [spec_id for spec_id, _, _ in EXPECTED.values()]


def registry() -> Registry:
    result = Registry()
    plugins = [
        ("register_platforms", facebook),
        ("register_platforms", mastodon),
        ("register_laws", baden_wuerttemberg),
        *(("register_sections", module) for module in EXPECTED),
    ]
    for hook_name, module in plugins:
        getattr(module, hook_name)(result.register_callback(hook_name, module.__name__))
    return result


def profile(chapters: Chapters) -> Profile:
    return Profile(
        schema=1,
        chamber=Chamber(
            name="Industrie- und Handelskammer Musterstadt",
            short_name="IHK Musterstadt",
            kind="ihk",
            address=Address(street="Musterstraße 1", postal_code="12345", city="Musterstadt"),
            website="https://www.ihk-musterstadt.example",
            email="info@ihk-musterstadt.example",
            phone="0123 4567-0",
            phone_hours="Montag bis Freitag, 8 bis 17 Uhr",
        ),
        law="baden-wuerttemberg",
        editorial=Contact(unit="Pressestelle", email="presse@ihk-musterstadt.example"),
        data_protection_officer=DataProtectionOfficer(name="Erika Muster", email="datenschutz@ihk-musterstadt.example"),
        evaluation=Evaluation(interval_months=12),
        document=DocumentInfo(date=datetime.date(2026, 11, 23)),
        accounts=(
            Account(platform="facebook", name="IHK Musterstadt", url="https://www.facebook.com/ihkmusterstadt"),
            Account(platform="mastodon", name="@ihk", url="https://bawü.social/@ihk"),
        ),
        chapters=chapters,
    )


def test_chapters_on():
    document = assemble(profile(Chapters(include=tuple(SECTION_IDS))), registry())
    ids = list(document.chapter_ids)
    assert ids.index("kontosicherheit") == ids.index("sensibilisierung") + 1
    assert ids.index("netiquette") == ids.index("betreuung") + 1
    assert ids.index("krisenplan") == ids.index("netiquette") + 1
    bodies = {section.id: section.body for section in document.sections}
    assert "IHK Musterstadt" in bodies["kontosicherheit"]
    assert "Facebook und Mastodon" in bodies["kontosicherheit"]
    assert "Pressestelle" in bodies["netiquette"]
    assert "0123 4567-0" in bodies["krisenplan"]
    assert "mailto:info@ihk-musterstadt.example" in bodies["krisenplan"]
    for spec_id in SECTION_IDS:
        assert "{{" not in bodies[spec_id] and "{%" not in bodies[spec_id]
        assert not any(line.startswith("# ") for line in bodies[spec_id].splitlines())


def test_chapters_off_by_default():
    document = assemble(profile(Chapters()), registry())
    assert not set(SECTION_IDS) & set(document.chapter_ids)


def test_mastodon_operator_by_host():
    document = assemble(profile(Chapters()), registry())
    uses = {use.platform.id: use for use in document.account_uses}
    assert uses["mastodon"].operator.name.startswith("Der Landesbeauftragte für den Datenschutz")
    assert uses["facebook"].operator.name == "Meta Platforms Ireland Ltd."
