"""The built-in optional chapters in a document: placed after their neighbours, off by default, filled in."""

from __future__ import annotations

import datetime
import types

import smkonzept
from smkonzept import testing
from smkonzept.assemble import assemble
from smkonzept.profile.model import (
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
from smkonzept.plugins.laws import baden_wuerttemberg
from smkonzept.plugins.platforms import facebook, mastodon
from smkonzept.plugins.sections import account_security, crisis_plan, netiquette

SECTIONS = (account_security, netiquette, crisis_plan)
SECTION_IDS = ["kontosicherheit", "netiquette", "krisenplan"]


def registry():
    return testing.registry_for(facebook, mastodon, baden_wuerttemberg, *SECTIONS, builtins=False)


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


def test_a_chapter_with_optional_false_is_on_by_default_and_can_be_left_out():
    spec = smkonzept.SectionSpec(id="standard", title="Standardkapitel", template="Text von {{ chamber.short_name }}.", after="betreuung", optional=False)
    plugin = types.SimpleNamespace(__name__="standard_plugin", register_sections=smkonzept.hookimpl(lambda register: register(spec)))
    registry = testing.registry_for(facebook, mastodon, baden_wuerttemberg, plugin, builtins=False)
    ids = list(assemble(profile(Chapters()), registry).chapter_ids)
    assert ids.index("standard") == ids.index("betreuung") + 1
    assert "standard" not in assemble(profile(Chapters(exclude=("standard",))), registry).chapter_ids


def test_counted_takes_singular_only_for_one():
    from smkonzept.german import counted

    assert [counted(n, "Konto", "Konten") for n in (0, 1, 2, 11)] == ["0 Konten", "1 Konto", "2 Konten", "11 Konten"]


def test_risk_matrix_alt_text_counts_one_risk_in_the_singular(registry):
    import attrs

    from conftest import ROOT
    from smkonzept.build import load_document
    from smkonzept.figures import risk_matrix_alt

    _, document = load_document(ROOT / "profiles" / "ihk-ulm.yaml", registry)
    many = risk_matrix_alt(document.risk)
    assert f"liegen die {len(document.risk.rows)} Risiken in diesen Stufen" in many
    one = risk_matrix_alt(attrs.evolve(document.risk, rows=document.risk.rows[:1]))
    assert "liegt das eine Risiko in dieser Stufe" in one and "1 Risiken" not in one
