"""Compliance: ready-made checks for ``Requirement.check``, the core's own requirements, and ``evaluate``.

A check returns None when the element is met, or a German sentence naming what is missing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from smkonzept.german import interval
from smkonzept.models import Requirement
from smkonzept.profile.model import Profile, Slug

if TYPE_CHECKING:
    from smkonzept.document import Document, PlatformUse
    from smkonzept.models import Law, Platform, Ruling

__all__ = [
    "accounts_described",
    "alternative_channels",
    "chapter_present",
    "consultation_recorded",
    "controllership_stated",
    "embedding_recorded",
    "not_operable",
    "officer_mailbox_is_general",
    "platform_decisions_recorded",
    "shared_collection_decisions_recorded",
    "mirror_account_ready",
    "processor_agreements_recorded",
    "representatives_named",
    "retention_recorded",
    "data_protection_officer_named",
    "decision_recorded",
    "editorial_responsibility_named",
    "evaluate",
    "evaluate_core",
    "evaluation_at_least_every",
    "facts_current",
    "imprint_linked",
    "information_only",
    "joint_agreements_named",
    "legal_basis_named",
    "mandate_named",
    "measure_chosen",
    "publication_named",
]

GENERIC_MAILBOXES = ("info", "service", "post", "poststelle", "kontakt", "mail", "office", "zentrale", "presse")
"""Local parts of e-mail addresses that are a body's general mailbox, not a confidential channel."""

Check = Callable[["Document"], "str | None"]


def _ready(check: Check) -> Callable[[], Check]:
    """A check without parameters, offered like the others: a function that returns it."""

    def make() -> Check:
        return check

    make.__name__ = make.__qualname__ = check.__name__
    make.__doc__ = check.__doc__
    return make


def evaluation_at_least_every(months: int) -> Check:
    """Met when ``evaluation.interval_months`` is at most ``months``."""

    def check(document: Document) -> str | None:
        given = document.profile.evaluation.interval_months
        if given <= months:
            return None
        return (
            f"Die Richtlinie verlangt eine Evaluierung mindestens {interval(months)} "
            f"(höchstens alle {months} Monate); das Profil sieht {interval(given)} vor "
            f"(evaluation.interval_months: {given})."
        )

    return check


@_ready
def editorial_responsibility_named(document: Document) -> str | None:
    """Met when a unit and an e-mail address for editorial care are named."""
    editorial = document.profile.editorial
    if editorial.unit.strip() and editorial.email.strip():
        return None
    return "Es ist keine Stelle für die redaktionelle Betreuung benannt (editorial.unit, editorial.email)."


@_ready
def data_protection_officer_named(document: Document) -> str | None:
    """Met when the data protection officer has a name and an own e-mail address.

    An address that is the body's general or editorial mailbox, or a generic mailbox such as
    ``info@`` at the body's own domain, is not the officer's own contact (Art. 13 Abs. 1 Buchst. b, Art. 37 Abs. 7 DSGVO).
    """
    profile = document.profile
    officer = profile.data_protection_officer
    if not (officer.name.strip() and officer.email.strip()):
        return "Für die Rechte der Betroffenen ist niemand benannt (data_protection_officer)."
    if officer_mailbox_is_general(profile):
        return (
            f"Die Adresse der oder des Datenschutzbeauftragten ({officer.email}) ist ein allgemeines Postfach. "
            "Art. 13 Abs. 1 Buchst. b und Art. 37 Abs. 7 DSGVO verlangen die Kontaktdaten der oder des "
            "Datenschutzbeauftragten selbst (data_protection_officer.email)."
        )
    return None


def officer_mailbox_is_general(profile: Profile) -> bool:
    """Whether the data protection officer's e-mail address is the body's general or editorial
    mailbox, or a generic mailbox such as ``info@`` at the body's own domain."""
    address = profile.data_protection_officer.email.strip().lower()
    if not address:
        return False
    shared = {profile.chamber.email.strip().lower(), profile.editorial.email.strip().lower()}
    local, _, domain = address.partition("@")
    own_domains = {mail.partition("@")[2] for mail in shared}
    return address in shared or (local in GENERIC_MAILBOXES and domain in own_domains)


@_ready
def legal_basis_named(document: Document) -> str | None:
    """Met when the legal-basis chapter is in the document and the law names Art. 6 Abs. 1 Buchst. e DSGVO."""
    if "rechtsgrundlage" not in document.present_chapters:
        return "Das Kapitel „Rechtsgrundlagen“ (rechtsgrundlage) fehlt im Dokument."
    if "Art. 6 Abs. 1 Buchst. e" not in str(document.law.legal_basis):
        return f"Das Landesgesetz-Plugin „{document.law.id}“ nennt Art. 6 Abs. 1 Buchst. e DSGVO nicht als Rechtsgrundlage."
    return None


@_ready
def mandate_named(document: Document) -> str | None:
    """Met when the body's kind has a general mandate, or the profile names the body's own task norm (``chamber.mandate``)."""
    from smkonzept.bodykinds import body_kind

    chamber = document.profile.chamber
    kind = body_kind(chamber.kind)
    if not kind.own_mandate_needed or chamber.mandate:
        return None
    return (
        f"Für eine Stelle der Art „{kind.id}“ ({kind.label}) nennt kein allgemeines Gesetz die Aufgabe, auf die sich die "
        "Öffentlichkeitsarbeit stützt; bitte die eigene Aufgabennorm angeben (chamber.mandate)."
    )


@_ready
def information_only(document: Document) -> str | None:
    """Met when the profile does not invite contact through the accounts (``contact_via_accounts`` is false)."""
    if not document.profile.contact_via_accounts:
        return None
    return (
        "Das Profil lädt dazu ein, die Stelle über die Konten zu kontaktieren (contact_via_accounts: true); "
        "die Aufsichtsbehörde empfiehlt reine Informationsangebote."
    )


def measure_chosen(measure_id: str, what: str) -> Check:
    """Met when the profile chose the catalogue measure ``measure_id`` (``risk.chosen_measures``)."""

    def check(document: Document) -> str | None:
        if measure_id in document.profile.risk.chosen_measures:
            return None
        return f"Die Maßnahme „{what}“ ist nicht gewählt (risk.chosen_measures: {measure_id})."

    return check


@_ready
def consultation_recorded(document: Document) -> str | None:
    """Met when no risk of the body's own processing stays high, or the Art. 36 DSGVO consultation
    has been answered (``done`` with ``result``) or requested with an interim decision on the
    affected accounts (``requested`` with ``interim``)."""
    risk = document.risk
    if not risk.own_high_after:
        return None
    labels = ", ".join(row.label for row in risk.own_high_after)
    names = ", ".join(platform.name for platform in risk.platforms_own_high_after)
    consultation = document.profile.risk.consultation
    if consultation is None or consultation.status == "scheduled":
        planned = " Eine nur geplante Konsultation (status: scheduled) genügt nicht, solange die Konten weiter genutzt werden." if consultation is not None else ""
        return (
            f"Bei der eigenen Verarbeitung bleibt ein hohes Restrisiko ({labels}; {names}). Nach Art. 36 DSGVO ist vorher die "
            f"Aufsichtsbehörde zu konsultieren.{planned} Festzuhalten ist, wann die Anfrage gestellt wurde und ob die Konten bis zum "
            "Ergebnis deaktiviert (nicht öffentlich erreichbar) oder aufgegeben werden (risk.consultation: status: requested, date, interim: suspended oder dropped), "
            "oder das Ergebnis der Konsultation (status: done, date, result)."
        )
    if consultation.status == "requested" and consultation.interim is None:
        return f"Es fehlt, was bis zum Ergebnis der Konsultation mit den Konten auf {names} geschieht (risk.consultation.interim: suspended oder dropped)."
    if consultation.status == "done" and consultation.result is None:
        return "Es fehlt, was die Aufsichtsbehörde in der Konsultation geantwortet hat (risk.consultation.result)."
    return None


@_ready
def processor_agreements_recorded(document: Document) -> str | None:
    """Met when every account whose server works on the body's behalf (Art. 28 DSGVO) records the
    day the agreement was concluded (``accounts[].processor_agreement``)."""
    missing = [
        f"{use.platform.name} ({use.account.name}, accounts[{document.profile.accounts.index(use.account)}].processor_agreement)"
        for use in document.account_uses
        if use.controllership is not None and use.controllership.model == "processor" and use.account.processor_agreement is None
    ]
    if not missing:
        return None
    unconfirmed = any(
        use.controllership is not None and use.controllership.model == "processor" and not use.controllership.confirmed and use.account.processor_agreement is None
        for use in document.account_uses
    )
    note = " Wo die Rolle des Serverbetreibers nicht bestätigt ist, klärt die Stelle sie vor der Nutzung mit ihm." if unconfirmed else ""
    return f"Für diese Konten fehlt, wann der Vertrag nach Art. 28 DSGVO mit dem Serverbetreiber geschlossen wurde: {', '.join(missing)}.{note}"


@_ready
def mirror_account_ready(document: Document) -> str | None:
    """Met unless the profile chooses to mirror every post on Mastodon (``spiegelung-mastodon``) without a
    Mastodon account that can be used: its server named and, where the server's operator works on the
    body's behalf, the Art. 28 agreement recorded. Until then the measure lowers risks it cannot lower yet."""
    if "spiegelung-mastodon" not in document.profile.risk.chosen_measures:
        return None
    usable = [
        use
        for use in document.account_uses
        if use.platform.id == "mastodon"
        and use.controllership is not None
        and (use.controllership.model != "processor" or use.account.processor_agreement is not None)
    ]
    if usable:
        return None
    return (
        "Die gewählte Maßnahme „Alle Beiträge auch auf einem öffentlichen Mastodon-Server“ setzt ein nutzbares "
        "Mastodon-Konto voraus: mit angegebenem Server und, wo dessen Betreiber im Auftrag der Stelle handelt, mit "
        "geschlossenem Vertrag nach Art. 28 DSGVO. Bis dahin senkt sie kein Risiko; sonst gehört sie aus "
        "risk.chosen_measures gestrichen."
    )


@_ready
def embedding_recorded(document: Document) -> str | None:
    """Met when the profile says how the website embeds content of the networks (``website.embeds``)."""
    website = document.profile.website
    if website is None:
        return (
            "Es ist nicht festgehalten, ob und wie die Website Inhalte der Netzwerke einbindet, etwa Videos "
            "(website.embeds: none, consent oder self-hosted)."
        )
    if website.embeds == "self-hosted" and not website.embed_operator.strip():
        return "Für die selbst bereitgestellten Videos fehlt, wer den Server betreibt und auf welcher Grundlage (website.embed_operator)."
    if "spiegelung-peertube" in document.profile.risk.chosen_measures and website.embeds != "self-hosted":
        return (
            "Die gewählte Maßnahme „Videos auch auf einem PeerTube-Server“ sagt, dass die Website diese Fassung einbettet; "
            "dazu passt nur website.embeds: self-hosted mit dem Betreiber des Servers (website.embed_operator)."
        )
    return None


@_ready
def representatives_named(document: Document) -> str | None:
    """Met when the profile names who legally represents the body (``chamber.representatives``): the
    provider identification of a legal person names them (§ 18 Abs. 1 Nr. 2 MStV)."""
    if document.profile.chamber.representatives:
        return None
    return (
        "Es ist nicht angegeben, wer die Stelle gesetzlich vertritt; die Anbieterkennzeichnung einer juristischen Person "
        "nennt die Vertretungsberechtigten (§ 18 Abs. 1 Nr. 2 MStV) (chamber.representatives)."
    )


@_ready
def retention_recorded(document: Document) -> str | None:
    """Met when the profile says how long the body keeps what it processes itself (``retention``)."""
    if document.profile.retention is not None and str(document.profile.retention).strip():
        return None
    return "Es ist nicht festgelegt, wie lange selbst verarbeitete Nachrichten, Kommentare und Statistiken aufbewahrt werden (retention)."


@_ready
def platform_decisions_recorded(document: Document) -> str | None:
    """Met when the body recorded a decision on every platform in use that the competent
    authority holds cannot be run lawfully (``Ruling.not_operable``, ``risk.platform_decisions``)."""
    missing = [
        f"{platform.name}: {entry.body}, {entry.reference} (risk.platform_decisions.{platform.id})"
        for platform, entry in not_operable(document.law, document.platforms)
        if platform.id not in document.profile.risk.platform_decisions
    ]
    if not missing:
        return None
    return (
        "Die zuständige Aufsichtsbehörde hält den Betrieb eines Kontos auf diesen Netzwerken derzeit nicht für rechtmäßig "
        f"oder rät vorrangig davon ab; eine begründete eigene Entscheidung dazu fehlt: {'; '.join(missing)}."
    )


@_ready
def shared_collection_decisions_recorded(document: Document) -> str | None:
    """Met when the body recorded a decision on every platform whose collection of visitors' data it
    controls jointly, or treats as jointly controlled (``PlatformUse.shares_collection``): a legal basis
    for that collection is not assured, and where no agreement under Art. 26 DSGVO covers it
    (``PlatformUse.agreement_gap``) that is missing too (``risk.platform_decisions``)."""
    missing = [
        f"{use.platform.name} (risk.platform_decisions.{use.platform.id})"
        for use in document.platforms
        if use.shares_collection and use.platform.id not in document.profile.risk.platform_decisions
    ]
    if not missing:
        return None
    return (
        "Bei diesen Netzwerken verantwortet die Stelle das Erheben der Daten beim Aufruf des Kontos mit oder behandelt es "
        "vorsorglich so; eine Rechtsgrundlage dafür ist nicht gesichert, und wo keine Vereinbarung nach Art. 26 DSGVO "
        "es abdeckt, fehlt auch sie. Festzuhalten ist, wie die Stelle damit umgeht: das Konto deaktivieren, bis die "
        "Rechtslage geklärt ist oder eine Vereinbarung vorliegt, es aufgeben, oder begründen, warum insoweit keine "
        f"gemeinsame Verantwortlichkeit besteht: {', '.join(missing)}."
    )


def not_operable(law: Law, platforms: Iterable[PlatformUse]) -> list[tuple[Platform, Ruling]]:
    """(platform, ruling) for each platform in use that a recorded ruling marks as not lawfully operable,
    or, failing that, that the competent authority primarily advises against (``Ruling.advises_against``)."""
    platforms = tuple(platforms)
    rulings = list(law.rulings)
    for use in platforms:
        rulings += list(use.platform.rulings)
        rulings += [entry for model in use.controllerships if model is not None for entry in model.rulings]
    found: dict[str, tuple[Platform, Ruling]] = {}
    names = {use.platform.id: (use.platform, {use.platform.id, *use.platform.aliases}) for use in platforms}
    for stance in ("not_operable", "advises_against"):
        for platform_id, (platform, ids) in names.items():
            for entry in rulings:
                if ids & set(getattr(entry, stance)):
                    found.setdefault(platform_id, (platform, entry))
    return [found[platform_id] for platform_id in names if platform_id in found]


@_ready
def decision_recorded(document: Document) -> str | None:
    """Met when the officer's opinion and the body's decision on the impact assessment are recorded."""
    risk = document.profile.risk
    missing = [name for name, value in (("Stellungnahme der oder des Datenschutzbeauftragten (risk.dpo_opinion)", risk.dpo_opinion), ("Entscheidung der Stelle (risk.decision)", risk.decision)) if value is None]
    return f"Zur Folgenabschätzung fehlt: {', '.join(missing)}." if missing else None


@_ready
def joint_agreements_named(document: Document) -> str | None:
    """Met when every platform under joint controllership, or where it is unsettled and treated as joint as a
    precaution, has an agreement under Art. 26 DSGVO (``joint_controller_agreement``)."""
    missing = [
        use.platform.name
        for use in document.platforms
        if (use.joint or use.has_model("unsettled")) and use.platform.joint_controller_agreement is None
    ]
    if not missing:
        return None
    return (
        "Für diese Plattformen besteht gemeinsame Verantwortlichkeit oder wird sie vorsorglich angenommen, "
        f"aber keine Vereinbarung nach Art. 26 DSGVO ist benannt: {', '.join(missing)}."
    )


@_ready
def controllership_stated(document: Document) -> str | None:
    """Met when every account has a stated responsibility model (platform or known server)."""
    unknown = [f"{use.platform.name} ({use.account.name})" for use in document.account_uses if use.controllership is None]
    if not unknown:
        return None
    return f"Für diese Konten ist nicht festgelegt, wer verantwortlich ist (bei dezentralen Diensten: Adresse des Kontos angeben): {', '.join(unknown)}."


def facts_current(months: int = 12, today: datetime.date | None = None) -> Check:
    """Met when every platform, law, responsibility, transfer and ruling fact was checked within ``months``."""

    def check(document: Document) -> str | None:
        now = today or datetime.date.today()
        limit = now.replace(year=now.year - months // 12) if months % 12 == 0 else now - datetime.timedelta(days=30 * months)
        stale = [f"{name} ({'ohne Prüfdatum' if verified is None else verified.isoformat()})" for name, verified in _dated_facts(document) if verified is None or verified < limit]
        if not stale:
            return None
        return f"Seit mehr als {months} Monaten nicht geprüft: {'; '.join(stale)}."

    return check


def _dated_facts(document: Document) -> list[tuple[str, datetime.date | None]]:
    facts: list[tuple[str, datetime.date | None]] = [(f"Landesgesetz {document.law.state}", document.law.verified)]
    facts += [(f"{entry.body}, {entry.reference}", entry.verified) for entry in document.law.rulings]
    for use in document.platforms:
        platform = use.platform
        facts.append((platform.name, platform.verified))
        for model in use.controllerships:
            if model is not None:
                facts.append((f"Verantwortlichkeit {platform.name}", model.verified))
                facts += [(f"{entry.body}, {entry.reference}", entry.verified) for entry in model.rulings]
        if platform.third_country is not None:
            facts.append((f"Drittlandübermittlung {platform.name}", platform.third_country.verified))
            facts += [(f"{entry.body}, {entry.reference}", entry.verified) for entry in platform.third_country.rulings]
        facts += [(f"{entry.body}, {entry.reference}", entry.verified) for entry in platform.rulings]
    return list(dict.fromkeys(facts))


def chapter_present(chapter_id: str, what: str) -> Check:
    """Met when the document contains the chapter ``chapter_id`` (or merged into another); ``what`` names it in messages."""

    def check(document: Document) -> str | None:
        if chapter_id in document.present_chapters:
            return None
        return f"Das Kapitel „{what}“ ({chapter_id}) fehlt im Dokument."

    return check


@_ready
def alternative_channels(document: Document) -> str | None:
    """Met when the alternatives chapter is present and the chamber gives phone, e-mail and address."""
    chamber = document.profile.chamber
    missing = [name for name, value in (("Telefon", chamber.phone), ("E-Mail", chamber.email), ("Anschrift", chamber.address.street)) if not value.strip()]
    if "alternativen" not in document.present_chapters:
        missing.insert(0, "Kapitel „alternativen“")
    return f"Für alternative Kontaktwege fehlt: {', '.join(missing)}." if missing else None


@_ready
def imprint_linked(document: Document) -> str | None:
    """Met when the provider-identification chapter is present and the website with the imprint is given."""
    if "betreuung" not in document.present_chapters:
        return "Das Kapitel mit der Anbieterkennzeichnung (betreuung) fehlt im Dokument."
    if document.profile.chamber.website:
        return None
    return "Es fehlt die Website mit der Anbieterkennzeichnung nach § 18 Abs. 1 MStV (chamber.website)."


@_ready
def accounts_described(document: Document) -> str | None:
    """Met when every account has a purpose, an audience and contents (own or the platform's)."""
    empty = [use.account.name for use in document.account_uses if not (use.purpose and use.audience and use.contents)]
    return f"Ohne Zweck, Zielgruppe oder Inhalte beschrieben: {', '.join(empty)}." if empty else None


def publication_named(evaluation: bool = False) -> Check:
    """Met when the profile says where the concept (and, with ``evaluation``, the evaluation result) is published."""

    def check(document: Document) -> str | None:
        missing = []
        if not document.profile.document.publication_url:
            missing.append("wo das Konzept veröffentlicht wird (document.publication_url)")
        if evaluation and not document.profile.evaluation.publication_url:
            missing.append("wo das Ergebnis der Evaluierung veröffentlicht wird (evaluation.publication_url)")
        return f"Es ist nicht angegeben, {' und '.join(missing)}." if missing else None

    return check


CORE_REQUIREMENTS = (
    Requirement(id="aufgabennorm", text="Gesetzliche Aufgabe genannt, auf die sich die Öffentlichkeitsarbeit stützt", check=mandate_named()),
    Requirement(id="rechtsgrundlage", text="Rechtsgrundlage genannt (Art. 6 Abs. 1 Buchst. e DSGVO mit der Norm des Landes)", check=legal_basis_named()),
    Requirement(id="datenschutzbeauftragte", text="Eigene Kontaktdaten der oder des Datenschutzbeauftragten (Art. 13 Abs. 1 Buchst. b DSGVO)", check=data_protection_officer_named(), before_signature=True),
    Requirement(id="verantwortlichkeit", text="Verantwortlichkeit für jedes Konto festgelegt", check=controllership_stated(), before_signature=True),
    Requirement(id="auftragsverarbeitung", text="Vertrag nach Art. 28 DSGVO mit dem Serverbetreiber, wo er als Auftragsverarbeiter vorgesehen ist", check=processor_agreements_recorded(), before_signature=True),
    Requirement(id="dsfa-entscheidung", text="Stellungnahme der oder des Datenschutzbeauftragten und Entscheidung zur Folgenabschätzung festgehalten", check=decision_recorded(), before_signature=True),
    Requirement(id="konsultation", text="Bei hohem Restrisiko der eigenen Verarbeitung: Konsultation nach Art. 36 DSGVO beantwortet oder beantragt, mit Entscheidung über die Konten bis zum Ergebnis", check=consultation_recorded(), before_signature=True),
    Requirement(id="plattform-entscheidung", text="Entscheidung zu Netzwerken, die die Aufsichtsbehörde derzeit nicht für rechtmäßig betreibbar hält oder von denen sie vorrangig abrät", check=platform_decisions_recorded(), before_signature=True),
    Requirement(id="erhebung-entscheidung", text="Entscheidung zu Netzwerken, bei denen die Stelle das Erheben der Daten mitverantwortet oder vorsorglich so behandelt (Rechtsgrundlage nicht gesichert; Vereinbarung nach Art. 26 DSGVO, wo keine besteht)", check=shared_collection_decisions_recorded(), before_signature=True),
    Requirement(id="spiegelung", text="Gewählte Spiegelung auf Mastodon mit einem nutzbaren Mastodon-Konto", check=mirror_account_ready(), before_signature=True),
    Requirement(id="einbindung", text="Festgehalten, ob und wie die Website Inhalte der Netzwerke einbindet", check=embedding_recorded(), before_signature=True),
    Requirement(id="aufbewahrung", text="Aufbewahrungsdauer für selbst verarbeitete Daten festgelegt", check=retention_recorded(), before_signature=True),
    Requirement(id="vertretung", text="Vertretungsberechtigte für die Anbieterkennzeichnung genannt (§ 18 Abs. 1 Nr. 2 MStV)", check=representatives_named(), before_signature=True),
    Requirement(id="aktualitaet", text="Alle Angaben zu Plattformen, Gesetz und Rechtsprechung in den letzten 12 Monaten geprüft", check=facts_current(12)),
)
"""Requirements every concept must meet, whatever the state; ``check`` and ``build`` report them.
Those marked ``before_signature`` keep the document a draft while unmet."""


def evaluate_core(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each core requirement with None (met) or what is missing."""
    return [(requirement, requirement.check(document)) for requirement in CORE_REQUIREMENTS]


def evaluate(document: Document) -> list[tuple[Requirement, str | None]]:
    """Each requirement of the law's guidance with None (met, or departed from with a recorded
    reason in ``guidance_departures``) or what is missing."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    departures = document.profile.guidance_departures
    return [(requirement, None if requirement.id in departures else requirement.check(document)) for requirement in guidance.requirements]


def departures(document: Document) -> list[tuple[Requirement, str]]:
    """Each unmet guidance requirement the profile departs from, with the recorded reason."""
    guidance = document.law.guidance
    if guidance is None:
        return []
    reasons = document.profile.guidance_departures
    return [(requirement, str(reasons[Slug(requirement.id)])) for requirement in guidance.requirements if requirement.id in reasons and requirement.check(document) is not None]


def open_points(document: Document) -> tuple[str, ...]:
    """What must be decided or filled in before the document can be signed: every unmet
    requirement marked ``before_signature``, each as a German sentence naming the profile key."""
    points = [problem for requirement, problem in evaluate_core(document) if requirement.before_signature and problem is not None]
    points += [
        f"{problem} Wird bewusst von der Vorgabe der Aufsichtsbehörde abgewichen, gehört der Grund in guidance_departures.{requirement.id}."
        for requirement, problem in evaluate(document)
        if requirement.before_signature and problem is not None
    ]
    return tuple(dict.fromkeys(points))
