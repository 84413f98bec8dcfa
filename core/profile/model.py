"""The profile: the models a chamber's YAML file is turned into (format version 1)."""

from __future__ import annotations

import datetime
from typing import Literal, NewType

import attrs

from smkonzept.design import Design
from smkonzept.markdown import Markdown

__all__ = [
    "Account",
    "AccountOperator",
    "Address",
    "Audience",
    "Chamber",
    "ChapterText",
    "Chapters",
    "Consultation",
    "Contact",
    "CustomChapter",
    "DataProtectionOfficer",
    "Decision",
    "DocumentInfo",
    "Evaluation",
    "Months",
    "Opinion",
    "Profile",
    "Risk",
    "SCHEMA_VERSION",
    "Slug",
    "Website",
    "Alternatives",
]

SCHEMA_VERSION = 1

Months = NewType("Months", int)
"""A whole number of months, at least 1."""

Age = NewType("Age", int)
"""An age in years, 0 to 120."""

Slug = NewType("Slug", str)
"""An identifier of lower-case letters, digits and hyphens."""

Url = NewType("Url", str)
"""An http or https address."""

Email = NewType("Email", str)
"""An e-mail address."""


@attrs.frozen(kw_only=True)
class Address:
    """A postal address.

    :param street: street and number
    :param postal_code: five-digit German postal code
    :param city: town
    :param po_box: post office box line, e.g. "Postfach 10 29 32, 70025 Stuttgart"
    """

    street: str
    postal_code: str
    city: str
    po_box: str = ""


@attrs.frozen(kw_only=True)
class Chamber:
    """The public body the concept is written for.

    :param name: full name
    :param short_name: the short name used in running text
    :param kind: the kind of body: ``ihk``, ``hwk``, ``kommune``, ``landkreis``, ``hochschule``,
        ``landesbehoerde``, ``bundesbehoerde`` or ``public-body``; selects the legal mandate, the
        wording (``smkonzept.bodykinds``) and which law may apply (federal bodies: ``bund``)
    :param address: the main address
    :param website: the body's website
    :param email: general e-mail address
    :param phone: switchboard number
    :param phone_hours: when the switchboard is staffed
    :param fax: fax number, if any
    :param mandate: own text for the legal mandate, replacing the default of ``kind``
    :param article: grammatical article of the short name: ``die`` (IHK, Stadt, Universität), ``der``
        (Landkreis) or ``das`` (Landesamt)
    :param genitive: the short name as it reads after „des“, when it changes, e.g. „Landkreises
        Musterland“ or „Landesamts für Musterverwaltung“; empty when it stays the same
    :param imprint_url: the address of the body's imprint (Impressum) on its website, to which
        every account links for the provider identification (§ 18 Abs. 1 MStV, § 5 DDG where it applies)
    :param representatives: who legally represents the body, each with the function, e.g.
        „Dr. Erika Muster (Präsidentin)“; the provider identification names them
    """

    name: str
    short_name: str
    kind: Literal["ihk", "hwk", "kommune", "landkreis", "hochschule", "landesbehoerde", "bundesbehoerde", "public-body"]
    address: Address
    website: Url
    email: Email
    phone: str
    phone_hours: str = ""
    fax: str = ""
    mandate: Markdown | None = None
    article: Literal["die", "der", "das"] = "die"
    genitive: str = ""
    imprint_url: Url | None = None
    representatives: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Contact:
    """The unit responsible for editorial and technical care of the accounts.

    :param unit: name of the unit, e.g. "Pressestelle"
    :param email: its e-mail address
    :param phone: its telephone number
    :param person: a named person, if the chamber wants one named
    :param technical: who is responsible for technical care, if not the same unit
    """

    unit: str
    email: Email
    phone: str = ""
    person: str = ""
    technical: str = ""


@attrs.frozen(kw_only=True)
class DataProtectionOfficer:
    """The chamber's data protection officer (Art. 37 DSGVO).

    :param name: name of the person or, for an external officer, of the firm
    :param email: contact e-mail address
    :param phone: telephone number
    :param organisation: firm of an external officer
    :param address: postal address, if it differs from the chamber's
    :param external: whether the officer is external to the chamber
    """

    name: str
    email: Email
    phone: str = ""
    organisation: str = ""
    address: Address | None = None
    external: bool = False


@attrs.frozen(kw_only=True)
class Evaluation:
    """How often the concept is reviewed.

    :param interval_months: months between two evaluations
    :param text: own paragraph on how the evaluation is done
    :param publication_url: where the results of the evaluation are published; without it the
        document does not claim that they are, and ``check`` reports the requirement as unmet
    :param previous: the previous edition's profile file, relative to the file naming it; the
        bundle then holds the evaluation report (``evaluierung``) with the changes since then
    :param result: what the body found when it went through the evaluation's questions since the
        previous edition; the evaluation report shows it, and without it the report says it is missing
    """

    interval_months: Months
    text: Markdown | None = None
    publication_url: Url | None = None
    previous: str | None = None
    result: Markdown | None = None


@attrs.frozen(kw_only=True)
class DocumentInfo:
    """Title page data of the concept.

    :param title: the document's title
    :param date: date of this version; it also drives every timestamp in the outputs
    :param subtitle: a line under the title
    :param version: version label
    :param keywords: keywords for the PDF and DOCX metadata
    :param publication_url: where the chamber publishes the concept
    """

    date: datetime.date
    title: str = "Nutzungskonzept Social Media"
    subtitle: str = ""
    version: str = "1.0"
    keywords: tuple[str, ...] = ("Social Media", "Nutzungskonzept", "Datenschutz")
    publication_url: Url | None = None


@attrs.frozen(kw_only=True)
class Audience:
    """Who an account reaches.

    :param age_min: youngest age mainly reached
    :param age_max: oldest age mainly reached
    :param text: description of the audience, replacing the platform's default
    """

    age_min: Age | None = None
    age_max: Age | None = None
    text: Markdown | None = None


@attrs.frozen(kw_only=True)
class AccountOperator:
    """The operator of a decentralised service's server, when the platform cannot know it.

    :param name: operator's name
    :param address: postal address on one line
    :param country: country
    :param privacy_url: the server's privacy policy
    """

    name: str
    address: str
    country: str = "Deutschland"
    privacy_url: Url | None = None


@attrs.frozen(kw_only=True)
class Account:
    """One account of the chamber on a platform.

    :param platform: id of a platform plugin
    :param name: the account's display name
    :param url: the account's address (needed to find the server of a decentralised service)
    :param purpose: why the account exists; replaces the platform's default
    :param audience: who it reaches; replaces the platform's default
    :param contents: what is posted; replaces the platform's default list
    :param paragraphs: further paragraphs about the account
    :param operator: server operator, for decentralised services
    :param processor_agreement: the day the agreement under Art. 28 DSGVO with the server's operator
        was concluded, for an account whose server works on the body's behalf; without it the
        document is a draft
    """

    platform: Slug
    name: str
    url: Url | None = None
    purpose: Markdown | None = None
    audience: Audience | None = None
    contents: tuple[Markdown, ...] | None = None
    paragraphs: tuple[Markdown, ...] = ()
    operator: AccountOperator | None = None
    processor_agreement: datetime.date | None = None


@attrs.frozen(kw_only=True)
class ChapterText:
    """A chamber's own text for one chapter.

    :param title: replaces the chapter's heading
    :param before: paragraphs placed before the generated text
    :param after: paragraphs placed after the generated text
    :param replace: paragraphs replacing the generated text entirely
    """

    title: str | None = None
    before: tuple[Markdown, ...] = ()
    after: tuple[Markdown, ...] = ()
    replace: tuple[Markdown, ...] | None = None


@attrs.frozen(kw_only=True)
class CustomChapter:
    """A chapter of the chamber's own.

    :param id: slug to name it in ``chapters.order``
    :param title: its heading
    :param paragraphs: its text
    :param after: id of the chapter it follows when no explicit order is given
    """

    id: Slug
    title: str
    paragraphs: tuple[Markdown, ...]
    after: Slug | None = None


@attrs.frozen(kw_only=True)
class Chapters:
    """Which chapters appear, in which order, and the chamber's own text for them.

    :param order: complete order of chapter ids; optional chapters not named are left out
    :param include: optional chapters to switch on (when no ``order`` is given)
    :param exclude: optional chapters to switch off
    :param numbered: whether headings are numbered
    :param platforms_as_chapters: give each platform a top-level chapter instead of a section
        of "Beschreibung des Angebots"
    :param texts: own title and paragraphs per chapter id; platform sections are named
        ``plattform-<platform id>``, e.g. ``plattform-facebook``
    :param custom: chapters of the chamber's own
    :param merge: chapter id → ids of chapters whose text is appended to it instead of standing
        as chapters of their own, e.g. ``{betreuung: [rechtsgrundlage]}``; merged chapters count as
        present
    """

    order: tuple[Slug, ...] | None = None
    include: tuple[Slug, ...] = ()
    exclude: tuple[Slug, ...] = ()
    numbered: bool = True
    platforms_as_chapters: bool = False
    texts: dict[Slug, ChapterText] = attrs.field(factory=dict)
    custom: tuple[CustomChapter, ...] = ()
    merge: dict[Slug, tuple[Slug, ...]] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class Opinion:
    """The data protection officer's opinion on the impact assessment (Art. 35 Abs. 2 DSGVO).

    :param date: when the officer gave it
    :param text: its gist, in one or two sentences
    """

    date: datetime.date
    text: Markdown


@attrs.frozen(kw_only=True)
class Decision:
    """The body's decision on the accounts after the impact assessment.

    :param date: when it was taken
    :param by: who took it, e.g. "Hauptgeschäftsführung"
    :param text: what was decided and why, in one or two sentences
    """

    date: datetime.date
    by: str
    text: Markdown


@attrs.frozen(kw_only=True)
class Consultation:
    """The prior consultation of the supervisory authority under Art. 36 DSGVO.

    :param status: ``done`` (the authority has answered; ``result`` says what it said) or
        ``requested`` (the request was sent on ``date``; ``interim`` says what happens to the
        affected accounts until the answer). ``scheduled`` (a request only planned) is accepted
        but leaves the document a draft: processing with a high residual risk may not continue
        while the consultation is merely planned.
    :param date: when the authority answered (``done``) or the request was sent (``requested``)
    :param reference: the authority's file number, if any
    :param result: the authority's answer in one or two sentences (``done``)
    :param interim: until the answer, the accounts with a high residual risk of the body's own
        processing are ``suspended`` (deactivated and not publicly reachable, not merely without
        new posts; deleted where the network cannot deactivate an account without deleting it) or
        ``dropped`` (not opened; existing accounts deleted)
    """

    status: Literal["done", "requested", "scheduled"]
    date: datetime.date
    reference: str = ""
    result: Markdown | None = None
    interim: Literal["suspended", "dropped"] | None = None


@attrs.frozen(kw_only=True)
class Website:
    """How the body's own website uses content of the networks.

    :param embeds: ``none`` (only ordinary links to the accounts), ``consent`` (embedded players or
        posts load only after a click with consent under § 25 TDDDG) or ``self-hosted`` (videos are
        served from a server the body names in ``embed_operator``, not from the network)
    :param embed_operator: who runs the server of ``self-hosted`` videos, and on what basis, e.g.
        "PeerTube-Server des Landes, Auftragsverarbeitung nach Art. 28 DSGVO"
    """

    embeds: Literal["none", "consent", "self-hosted"]
    embed_operator: str = ""


@attrs.frozen(kw_only=True)
class Alternatives:
    """What is available without the networks.

    :param all_content_on_website: true only when every post is also on the website; "in der
        Regel" is false. Only then do the risk tables credit the website as a measure.
    """

    all_content_on_website: bool = False


@attrs.frozen(kw_only=True)
class Risk:
    """The chamber's own input to the risk assessment.

    :param measures: measures taken in addition to the defaults (free text, not scored)
    :param chosen_measures: ids of measures from the catalogue (``smkonzept.catalogue.MEASURES``);
        each lowers the residual level of the risks it addresses
    :param result: the body's own reasoning, placed after the generated result; it must not name a
        lower overall level than the tables show
    :param dpo_opinion: the data protection officer's opinion (Art. 35 Abs. 2 DSGVO)
    :param decision: the body's decision on the accounts
    :param consultation: the prior consultation under Art. 36 DSGVO; required when a risk of the
        body's own processing stays „hoch“ or „sehr hoch“ after the measures
    :param platform_decisions: platform id → the body's reasoned decision on a platform against
        which the competent authority has a recorded position that it cannot be run lawfully
    """

    measures: tuple[Markdown, ...] = ()
    chosen_measures: tuple[Slug, ...] = ()
    result: Markdown | None = None
    dpo_opinion: Opinion | None = None
    decision: Decision | None = None
    consultation: Consultation | None = None
    platform_decisions: dict[Slug, Decision] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class Profile:
    """A chamber's profile: everything chamber-specific in its concept.

    :param schema: format version of the file; must be 1
    :param chamber: the body itself
    :param law: id, alias or ISO 3166-2 code of a state law plugin, e.g. ``DE-BW``
    :param editorial: responsibility for editorial and technical care
    :param data_protection_officer: the data protection officer
    :param evaluation: the review interval
    :param document: title page data
    :param accounts: the accounts, in the order their platforms appear in the document
    :param chapters: chapter selection, order and own text
    :param risk: own input to the risk assessment
    :param necessity: own paragraphs on why the chamber needs social media
    :param target_groups: the chamber's target groups, as a list
    :param contact_via_accounts: whether people may contact the chamber through the accounts'
        messages and comments (otherwise they are referred to phone, e-mail and post)
    :param website: how the website embeds content of the networks; without it the document
        makes no claim about embedding and lists it as an open point
    :param alternatives: what is available without the networks
    :param retention: how long the body keeps what it processes itself (messages, comments,
        statistics), in one or two sentences; without it the document lists it as an open point
    :param guidance_departures: id of a requirement of the authority's guidance → the body's
        reason for departing from it; a departure without a reason leaves the document a draft
    :param design: the body's house style (colours, header and footer texts); without it the shipped one
    """

    schema: int
    chamber: Chamber
    law: str
    editorial: Contact
    data_protection_officer: DataProtectionOfficer
    evaluation: Evaluation
    document: DocumentInfo
    accounts: tuple[Account, ...]
    chapters: Chapters = Chapters()
    risk: Risk = Risk()
    necessity: tuple[Markdown, ...] = ()
    target_groups: tuple[str, ...] = ()
    contact_via_accounts: bool = False
    website: Website | None = None
    alternatives: Alternatives = Alternatives()
    retention: Markdown | None = None
    guidance_departures: dict[Slug, Markdown] = attrs.field(factory=dict)
    design: Design | None = None
