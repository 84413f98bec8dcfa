"""The privacy notices of the bundle (``datenschutzhinweise-<platform>``): each states every item of
Art. 13 DSGVO from the model, and says the same as the concept where both speak of the same fact.

Each profile's bundle documents are made once per module; every notice is read as pandoc renders
it to plain text, so a missing item or a broken sentence fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import MINIMAL_PROFILE, ROOT, completed
from smkonzept.build import load_document
from smkonzept.bundle import bundle_documents
from smkonzept.document import Document, PlatformUse
from smkonzept.manager import load_registry
from smkonzept.pandoc import run_pandoc
from smkonzept.templating import date_de
from test_legal_model import with_accounts

SEEDS = ("ihk-ulm", "ihk-region-stuttgart", "ihk-muenchen-oberbayern", "ihk-dresden")
WRITTEN = {
    "youtube-xing-bawue": with_accounts(("youtube", "xing", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"}),
    "facebook-complete": completed(MINIMAL_PROFILE),
}

CONTROLLERSHIP = {
    "joint": "gemeinsame Verantwortlichkeit nach Art. 26 DSGVO",
    "unsettled": "ob eine gemeinsame Verantwortlichkeit nach Art. 26 DSGVO besteht, ist nicht geklärt",
    "separate": "keine gemeinsame Verantwortlichkeit; der Betreiber ist für seine Verarbeitung selbst verantwortlich",
    "processor": "im Auftrag",
    "undetermined": "Für ein Konto ist der Server nicht angegeben",
}
"""The wording of each responsibility model (smkonzept.PlatformUse.responsibility) in the notice."""


@dataclass
class Notice:
    use: PlatformUse
    markdown: str
    text: str

    def section(self, title: str) -> str:
        """The Markdown of the chapter ``title`` (up to the next chapter)."""
        match = re.search(rf"^# {re.escape(title)}\n(.*?)(?=^# |\Z)", self.markdown, re.MULTILINE | re.DOTALL)
        assert match, f"Kapitel „{title}“ fehlt"
        return match.group(1)


@dataclass
class Bundle:
    concept: Document
    concept_markdown: str
    notices: dict[str, Notice]


def plain(markdown: str) -> str:
    """``markdown`` as pandoc renders it to plain text, whitespace collapsed."""
    return " ".join(run_pandoc(markdown, ["--to=plain", "--wrap=none"], 0).decode("utf-8").split())


def replaced(concept: Document, chapter_id: str) -> bool:
    """Whether the profile replaces the text of the concept's chapter ``chapter_id`` with its own."""
    text = concept.profile.chapters.texts.get(chapter_id)
    return bool(text and text.replace)


def unescaped(markdown: str) -> str:
    return markdown.replace("\\", "")


def flat(text: str) -> str:
    return " ".join(str(text).split())


@pytest.fixture(scope="module", params=[*SEEDS, *WRITTEN])
def bundle(request, tmp_path_factory) -> Bundle:
    if request.param in WRITTEN:
        path = tmp_path_factory.mktemp("profile") / f"{request.param}.yaml"
        path.write_text(WRITTEN[request.param], encoding="utf-8")
    else:
        path = ROOT / "profiles" / f"{request.param}.yaml"
    concept = load_document(path)[1]
    files = bundle_documents(concept, load_registry())
    notices = {}
    for entry in files:
        if entry.type.id == "datenschutzhinweise":
            assert entry.platform is not None
            markdown = entry.document.markdown()
            notices[entry.platform.platform.id] = Notice(entry.platform, unescaped(markdown), plain(markdown))
    return Bundle(concept, unescaped(concept.markdown()), notices)


def test_one_notice_per_platform_with_accounts(bundle: Bundle):
    assert list(bundle.notices) == [use.platform.id for use in bundle.concept.platforms]


def test_title_names_the_platform_and_carries_the_draft_mark(bundle: Bundle):
    for platform_id, notice in bundle.notices.items():
        entry = next(e for e in bundle_documents(bundle.concept, load_registry()) if e.stem == f"datenschutzhinweise-{platform_id}")
        assert entry.document.title.startswith(f"Datenschutzhinweise für {notice.use.platform.name}")
        assert ("Entwurf" in entry.document.title) == bundle.concept.draft


def test_headings_are_in_order(bundle: Bundle):
    for notice in bundle.notices.values():
        levels = [len(match) for match in re.findall(r"^(#+) ", notice.markdown, re.MULTILINE)]
        assert levels and levels[0] == 1
        assert all(after - before <= 1 for before, after in zip(levels, levels[1:]))


def test_controller_and_officer(bundle: Bundle):
    """Art. 13 Abs. 1 Buchst. a and b DSGVO."""
    profile = bundle.concept.profile
    chamber, officer = profile.chamber, profile.data_protection_officer
    for notice in bundle.notices.values():
        controller = notice.section("Verantwortliche Stelle")
        for value in (chamber.name, chamber.address.street, f"{chamber.address.postal_code} {chamber.address.city}", chamber.email, chamber.phone):
            assert value in controller
        officer_part = notice.section("Kontakt zum Datenschutz")
        assert officer.email in officer_part
        if officer.phone:
            assert officer.phone in officer_part
        general = any("data_protection_officer.email" in point for point in bundle.concept.open_points)
        flagged = "keine eigene Adresse der oder des Datenschutzbeauftragten"
        assert (flagged in officer_part) == general, "Die Hinweise nennen den offenen Punkt zum Postfach anders als das Konzept (review r11c A3)"
        assert (flagged in bundle.concept_markdown) == general
        if general:
            assert "Solange das so ist, sind diese Hinweise ein Entwurf." in officer_part and bundle.concept.draft


def test_purposes_and_legal_basis(bundle: Bundle):
    """Art. 13 Abs. 1 Buchst. c DSGVO: each account's purpose, Art. 6 Abs. 1 Buchst. e with the law's norm."""
    law = bundle.concept.law
    for notice in bundle.notices.values():
        purposes = notice.section("Zwecke und Rechtsgrundlage")
        for account in notice.use.accounts:
            assert flat(unescaped(account.purpose)) in flat(purposes)
        assert "Art. 6 Abs. 1 Buchst. e DSGVO" in notice.text
        assert flat(unescaped(law.legal_basis)) in flat(purposes) if law.legal_basis else law.name in purposes
        assert not re.search(r"Buchst\. f\b|berechtigte[nr]? Interesse", notice.text)


def test_consent_wherever_the_concept_states_it(bundle: Bundle):
    """The concept states consent for images once for all accounts; every notice says it, with the
    withdrawal (Art. 7 Abs. 3 DSGVO) and the "soweit" form of Art. 20 (review r11a A4)."""
    consent = "Art. 6 Abs. 1 Buchst. a" in bundle.concept_markdown
    assert consent == any(row.factor.relies_on_consent for row in bundle.concept.risk.rows)
    for notice in bundle.notices.values():
        assert ("Art. 6 Abs. 1 Buchst. a" in notice.text) == consent
        rights = notice.section("Rechte der Betroffenen")
        assert ("Art. 7 Abs. 3 DSGVO" in rights) == consent
        assert ("besteht nicht, soweit" in rights) == consent


def test_messages_only_where_the_platform_has_them(bundle: Bundle):
    """No "Nachrichten" the body reads or answers on a platform without direct messages (review r11a A5)."""
    for notice in bundle.notices.values():
        if not notice.use.platform.direct_messages:
            assert "Nachricht" not in notice.text


def test_unsettled_collection_has_the_concepts_caveat(bundle: Bundle):
    for notice in bundle.notices.values():
        caveat = re.search(r"Für das Erheben der Daten beim Aufruf der Konten[^\n]*?nicht gesichert\.", notice.markdown)
        assert bool(caveat) == notice.use.shares_collection
        if caveat:
            assert f"bei {notice.use.platform.name} mitverantwortet" in caveat.group(0)
            rest = caveat.group(0).split(" mitverantwortet", 1)[1]
            assert rest in bundle.concept_markdown


def test_unsettled_collection_is_tied_to_the_recorded_decision(bundle: Bundle):
    """The missing legal basis is not published as settled: the notice names the body's decision as
    the concept does, or the open point and the draft (reviews r11a B1, r11c B8)."""
    decisions = bundle.concept.profile.risk.platform_decisions
    for notice in bundle.notices.values():
        if not notice.use.shares_collection:
            continue
        part = flat(notice.section("Zwecke und Rechtsgrundlage"))
        decision = decisions.get(notice.use.platform.id)
        if decision is None:
            assert "fehlt noch (offener Punkt vor der Unterschrift). Solange das so ist, sind diese Hinweise ein Entwurf." in part
            assert bundle.concept.draft
        else:
            sentence = f"({decision.by}, {date_de(decision.date)}): {flat(unescaped(decision.text))}"
            assert sentence in part and sentence in flat(bundle.concept_markdown)


def test_decision_in_the_notice(tmp_path: Path):
    """A recorded decision on the platform replaces the open point in the notice."""
    text = with_accounts(("linkedin",)).replace("risk:\n", (
        "risk:\n  platform_decisions:\n    linkedin:\n      date: 2026-11-19\n      by: Präsidium\n"
        "      text: Das Konto bleibt; die Statistiken sind abgeschaltet.\n"
    ), 1)
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    concept = load_document(path)[1]
    notice = next(plain(e.document.markdown()) for e in bundle_documents(concept, load_registry()) if e.platform)
    assert "(Präsidium, 19. November 2026): Das Konto bleibt; die Statistiken sind abgeschaltet." in notice
    assert "Eine Entscheidung der" not in notice


def test_platform_role_and_controllership(bundle: Bundle):
    """The operator, its privacy policy and the responsibility model, worded as in the concept."""
    for notice in bundle.notices.values():
        use, role = notice.use, notice.section("Verantwortlichkeit")
        for operator in use.operators:
            assert operator.name in role and operator.country in role and operator.privacy_url in notice.text
        wording = CONTROLLERSHIP[use.responsibility]
        assert wording in role
        lines = re.findall(rf"^\*\*{re.escape(use.platform.name)}:\*\* (.+)$", role, re.MULTILINE)
        assert lines, "die Einordnung der Verantwortlichkeit fehlt"
        for line in lines:
            assert f"- **{use.platform.name}:** {line}" in bundle.concept_markdown, "Hinweise und Konzept ordnen verschieden ein"


def test_joint_controller_agreement_or_none(bundle: Bundle):
    """Art. 26 Abs. 2 Satz 2 DSGVO: the essentials of the arrangement and where to read them."""
    for notice in bundle.notices.values():
        use, agreement = notice.use, notice.use.platform.joint_controller_agreement
        role = notice.section("Verantwortlichkeit")
        if agreement is not None and use.shares_collection:
            assert agreement.name in role and agreement.url in notice.text
            assert flat(unescaped(agreement.scope)) in flat(role)
            assert "Art. 26 Abs. 2 Satz 2 DSGVO" in role
        elif use.shares_collection:
            assert f"nach Art. 26 DSGVO, die {use.platform.name} sicher abdeckt, liegt nicht vor" in role
            assert "bietet der Betreiber" not in role
        elif use.responsibility == "separate":
            assert f"bietet der Betreiber für {use.platform.name} nicht an" in role
        if use.responsibility == "joint":
            assert "Art. 26 Abs. 3 DSGVO" in notice.section("Rechte der Betroffenen")


def test_recipients_and_transfers(bundle: Bundle):
    """Art. 13 Abs. 1 Buchst. e and f DSGVO."""
    for notice in bundle.notices.values():
        part = notice.section("Empfänger und Übermittlung in Drittländer")
        for operator in notice.use.operators:
            assert operator.name.removeprefix("Der ").removeprefix("Die ") in part
        transfer = notice.use.platform.third_country
        if transfer is not None:
            assert all(country in part for country in transfer.countries)
            assert flat(unescaped(transfer.basis)) in flat(part)
        else:
            assert "Übermittlung in Drittländer (" not in part


def test_federation_is_a_recipient_and_a_transfer(bundle: Bundle):
    """A federated service (Platform.federated) copies public posts to other servers, also outside the
    EU/EEA, which cannot be made to delete them (review r11a A1, A2)."""
    for notice in bundle.notices.values():
        part = flat(notice.section("Empfänger und Übermittlung in Drittländer"))
        storage = flat(notice.section("Speicherdauer"))
        federated = notice.use.platform.federated
        assert ("als eigene Verantwortliche" in part) == federated
        assert ("auf Server in Ländern außerhalb der Europäischen Union" in part) == federated
        assert ("ob sie dem nachkommen, können weder" in storage) == federated
        if federated:
            assert "nicht bekannt" not in part


def test_a_processor_does_not_evaluate_for_own_purposes(bundle: Bundle):
    """For a confirmed processor the notice says it works on instructions only (review r11a A3)."""
    for notice in bundle.notices.values():
        part = notice.section("Automatisierte Entscheidungen und Profilbildung")
        if notice.use.responsibility == "processor":
            assert "für eigene Zwecke auswertet" not in part
            if notice.use.processor_confirmed:
                assert "nur im Auftrag und nach Weisung" in part and "nicht für eigene Zwecke" in part
                purposes = flat(notice.section("Zwecke und Rechtsgrundlage"))
                assert "selbst nur" not in purposes, "review r11a B5: the body answers for all the server processes"
                assert "für alles verantwortlich, was der Server für das Konto verarbeitet" in purposes
        else:
            assert "Wie der Betreiber Daten für eigene Zwecke auswertet" in part


def test_embedding_left_open_as_in_the_concept(bundle: Bundle):
    """Until the profile records how the website embeds content, the notice says it is open (review r11a B4)."""
    open_point = "Ob und wie die Website Inhalte der Netzwerke einbindet, etwa Videos, ist noch nicht festgehalten (offener Punkt vor der Unterschrift)."
    undecided = bundle.concept.profile.website is None
    assert (open_point in flat(bundle.concept_markdown)) == undecided
    for notice in bundle.notices.values():
        assert (open_point in flat(notice.section("Zwecke und Rechtsgrundlage"))) == undecided


def test_separate_control_is_the_bodys_assessment(bundle: Bundle):
    """The rights section does not turn the concept's assessment into a fact (review r11a B3)."""
    for notice in bundle.notices.values():
        rights = flat(notice.section("Rechte der Betroffenen"))
        if notice.use.responsibility == "separate":
            sentence = f"Für {notice.use.platform.name} besteht nach Einschätzung"
            assert sentence in rights
            assert "besteht keine gemeinsame Verantwortlichkeit" not in rights


def test_storage_period(bundle: Bundle):
    """Art. 13 Abs. 2 Buchst. a DSGVO: the profile's retention, or the open point."""
    retention = bundle.concept.profile.retention
    for notice in bundle.notices.values():
        part = notice.section("Speicherdauer")
        if retention:
            assert flat(unescaped(retention)) in flat(part)
        else:
            assert "noch nicht festgelegt (offener Punkt vor der Unterschrift)" in part
            assert "Entwurf" in part and bundle.concept.draft
        assert ("Aufbewahrung: " in bundle.concept_markdown) == bool(retention)


def test_rights_objection_and_complaint(bundle: Bundle):
    """Art. 13 Abs. 2 Buchst. b to d DSGVO; the objection stands apart (Art. 21 Abs. 4 DSGVO)."""
    authority = bundle.concept.law.authority
    assert authority is not None
    for notice in bundle.notices.values():
        rights = notice.section("Rechte der Betroffenen")
        for article in ("Art. 15 DSGVO", "Art. 16 DSGVO", "Art. 17 DSGVO", "Art. 18 DSGVO", "Art. 20 Abs. 3 Satz 2 DSGVO"):
            assert article in rights
        for line in re.findall(r"^- (Auskunft|Berichtigung|Löschung)[^\n]*", rights, re.MULTILINE):
            assert line in bundle.concept_markdown
        objection = notice.section("Widerspruchsrecht")
        assert "Art. 21 Abs. 1 DSGVO" in objection and "Art. 21" not in rights
        complaint = notice.section("Beschwerde bei der Aufsichtsbehörde")
        assert "Art. 77 DSGVO" in complaint and authority.name in complaint
        for value in (*authority.address, authority.email, authority.website):
            assert value in complaint
        assert complaint.strip() in bundle.concept_markdown


def test_no_obligation_and_other_channels(bundle: Bundle):
    """Art. 13 Abs. 2 Buchst. e DSGVO: nobody must use the platform; the other ways to the body."""
    chamber = bundle.concept.profile.chamber
    for notice in bundle.notices.values():
        part = notice.section("Keine Pflicht zur Nutzung")
        assert f"Niemand ist verpflichtet, {notice.use.platform.name} zu nutzen" in part
        for value in (chamber.website, chamber.email, chamber.phone, chamber.address.street):
            assert value in part
        channels = "\n".join(re.findall(r"^- .*$", part, re.MULTILINE))
        assert channels
        if not replaced(bundle.concept, "alternativen"):
            assert channels in bundle.concept_markdown


def test_profiling(bundle: Bundle):
    """Art. 13 Abs. 2 Buchst. f DSGVO: none by the body; the operator's as the platform plugin describes it."""
    for notice in bundle.notices.values():
        part = notice.section("Automatisierte Entscheidungen und Profilbildung")
        assert "keine automatisierten Entscheidungen im Sinne von Art. 22 DSGVO" in part
        for factor in notice.use.platform.risk_factors:
            if factor.id == "profilbildung":
                assert flat(unescaped(factor.description)) in flat(part)


def test_date_and_where_the_concept_is(bundle: Bundle):
    document = bundle.concept.profile.document
    for notice in bundle.notices.values():
        part = notice.section("Stand")
        assert date_de(document.date) in part
        if document.publication_url:
            assert document.publication_url in part


def test_both_kinds_of_agreement_are_covered():
    """The cases above include a platform with an Art. 26 agreement and one without."""
    registry = load_registry()
    assert registry.platforms["facebook"].joint_controller_agreement is not None
    assert registry.platforms["xing"].joint_controller_agreement is None


def test_facebook_notice_shows_the_addendum_and_xing_says_there_is_none(tmp_path: Path):
    text = with_accounts(("facebook", "xing"))
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    concept = load_document(path)[1]
    notices = {entry.platform.platform.id: plain(entry.document.markdown()) for entry in bundle_documents(concept, load_registry()) if entry.platform}
    agreement = concept.platforms[0].platform.joint_controller_agreement
    assert agreement is not None
    assert agreement.name in notices["facebook"] and agreement.url in notices["facebook"]
    assert "Vereinbarung über eine gemeinsame Verantwortlichkeit nach Art. 26 DSGVO bietet der Betreiber für XING nicht an" in notices["xing"]
    assert agreement.url not in notices["xing"]
