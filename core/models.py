"""The models plugins hand to the core: platforms, laws and optional chapters."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from smkonzept.markdown import Markdown

__all__ = [
    "Authority",
    "Controllership",
    "DocumentType",
    "Guidance",
    "JointControllerAgreement",
    "Law",
    "Measure",
    "Operator",
    "Platform",
    "Requirement",
    "RiskFactor",
    "Ruling",
    "SectionSpec",
    "ThirdCountryTransfer",
]


def _markdown(value: Any) -> Markdown:
    return value if isinstance(value, Markdown) else Markdown(value)


def _markdown_tuple(values: Any) -> tuple[Markdown, ...]:
    if isinstance(values, str):
        raise TypeError("expected a list of strings, not a single string")
    return tuple(_markdown(value) for value in values)


def _markdown_mapping(value: Any) -> dict[str, Markdown]:
    return {key: _markdown(text) for key, text in dict(value).items()}


def _str_tuple(values: Any) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError("expected a list of strings, not a single string")
    return tuple(values)


_text = attrs.validators.instance_of(str)
_scale = attrs.validators.and_(attrs.validators.instance_of(int), attrs.validators.in_(range(1, 5)))
_optional_scale = attrs.validators.optional(_scale)


def _optional_date(value: Any) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    raise TypeError("expected a datetime.date")


def _id_field() -> Any:
    return attrs.field(validator=attrs.validators.matches_re(r"[a-z0-9][a-z0-9-]*"))


@attrs.frozen(kw_only=True)
class Ruling:
    """A dated court decision, authority order or official position that bears on the assessment.

    :param date: the day of the decision or publication
    :param body: who decided or published it, in German, e.g. "Europäischer Gerichtshof"
    :param reference: case number or document title, e.g. "C-210/16"
    :param holding: what it decided or holds, one German sentence (Markdown)
    :param status: the state of the proceedings, e.g. "nicht rechtskräftig; Berufung anhängig"; empty if final
    :param sources: URLs the entry was checked against
    :param verified: the date it was last checked
    :param not_operable: ids of platforms on which, according to this position of the competent
        supervisory authority, an account cannot be run lawfully at present; a document using
        such a platform stays a draft until the profile records a decision on it
        (``risk.platform_decisions``)
    :param advises_against: ids of platforms on which the competent supervisory authority primarily
        advises public bodies not to run an account; like ``not_operable``, a document using such a
        platform stays a draft until the profile records a reasoned decision on it
    :param day_known: False when the sources give only the month; the document then names the month
        and year only (``date`` is then the first of the month)
    """

    date: datetime.date = attrs.field(validator=attrs.validators.instance_of(datetime.date))
    body: str = attrs.field(validator=_text)
    reference: str = attrs.field(validator=_text)
    holding: Markdown = attrs.field(converter=_markdown)
    status: str = attrs.field(default="", validator=_text)
    not_operable: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    advises_against: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    verified: datetime.date | None = attrs.field(default=None, converter=_optional_date)
    day_known: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))


CONTROLLERSHIP_MODELS = ("joint", "unsettled", "separate", "processor")



def _rulings(values: Iterable[Ruling]) -> tuple[Ruling, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Controllership:
    """Who is responsible under data protection law for an account on a platform or server.

    ``model`` is one of:

    - ``joint``: the body and the operator are joint controllers under Art. 26 DSGVO for the part
      named in ``scope``;
    - ``unsettled``: whether joint controllership exists has not been decided; the document says so;
    - ``separate``: the operator is a controller of its own for its processing; the body is controller
      only for what it does itself;
    - ``processor``: the body is the sole controller of its account and the operator processes data on
      its behalf under Art. 28 DSGVO (e.g. a public-sector Mastodon server).

    :param model: one of ``joint``, ``unsettled``, ``separate``, ``processor``
    :param scope: what the model covers and where it ends, one or two German sentences (Markdown)
    :param rulings: case law and positions the model rests on
    :param sources: URLs the model was checked against
    :param verified: the date it was last checked
    :param confirmed: False when a source for the model is missing (e.g. a server whose operator is
        presumed to act as processor but whose terms were not found); the document then says the role
        is not confirmed and must be settled with the operator before use
    """

    model: str = attrs.field(validator=attrs.validators.in_(CONTROLLERSHIP_MODELS))
    scope: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    rulings: tuple[Ruling, ...] = attrs.field(default=(), converter=_rulings)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    verified: datetime.date | None = attrs.field(default=None, converter=_optional_date)
    confirmed: bool = True

    @property
    def joint(self) -> bool:
        """True when the body shares responsibility with the operator under Art. 26 DSGVO."""
        return self.model == "joint"


@attrs.frozen(kw_only=True)
class Operator:
    """The company or body responsible for a platform towards users in the EU.

    :param name: legal name, e.g. "Meta Platforms Ireland Ltd."
    :param address: postal address on one line
    :param country: country of the address, in German
    :param privacy_url: URL of the operator's privacy policy
    :param controllership: the responsibility model for accounts on this operator's server; for a
        known server of a decentralised service it replaces the platform's model, otherwise None
    """

    name: str = attrs.field(validator=_text)
    address: str = attrs.field(validator=_text)
    country: str = attrs.field(validator=_text)
    privacy_url: str = attrs.field(validator=_text)
    controllership: Controllership | None = None


@attrs.frozen(kw_only=True)
class JointControllerAgreement:
    """An agreement on joint controllership under Art. 26 DSGVO offered by the operator.

    :param name: the agreement's name, e.g. "Page Insights Controller Addendum"
    :param url: where the agreement is published
    :param scope: what it covers, as Markdown
    :param covers_collection: whether it covers everything the platform's ``joint`` model calls
        jointly controlled, the collection of visitors' data included; when it does not, the document
        says which part no agreement under Art. 26 Abs. 1 DSGVO covers, and the body must record a
        reasoned decision on the platform (``risk.platform_decisions``)
    """

    name: str = attrs.field(validator=_text)
    url: str = attrs.field(validator=_text)
    scope: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    covers_collection: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


@attrs.frozen(kw_only=True)
class ThirdCountryTransfer:
    """Transfer of personal data to countries outside the EU/EEA.

    ``mechanism`` says how sure the basis is: ``adequacy`` (the receiving company is covered by an
    adequacy decision such as the EU-US Data Privacy Framework, checked), ``scc`` (standard contractual
    clauses, checked) or ``unverified`` (the operator names its bases in its privacy policy, but which
    applies was not confirmed; the document then says only that).

    :param countries: the receiving countries, in German
    :param basis: the legal basis of the transfer as Markdown, e.g. the EU-US Data Privacy Framework
    :param mechanism: ``adequacy``, ``scc`` or ``unverified``
    :param rulings: decisions on the basis, e.g. the adequacy decision and actions against it
    :param sources: URLs the basis was checked against
    :param verified: the date it was last checked
    """

    countries: tuple[str, ...] = attrs.field(converter=_str_tuple)
    basis: Markdown = attrs.field(converter=_markdown)
    mechanism: str = attrs.field(default="unverified", validator=attrs.validators.in_(("adequacy", "scc", "unverified")))
    rulings: tuple[Ruling, ...] = attrs.field(default=(), converter=_rulings)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    verified: datetime.date | None = attrs.field(default=None, converter=_optional_date)


@attrs.frozen(kw_only=True)
class RiskFactor:
    """One data protection risk of a platform, scored on the 4-step scales of the risk chapter.

    Severity and likelihood run from 1 (geringfügig / vernachlässigbar) to 4 (maximal / sehr hoch).

    :param id: slug, unique within the platform
    :param title: short name of the risk
    :param description: what happens and to whom, as Markdown
    :param severity: severity of the harm before measures (1–4)
    :param likelihood: likelihood of the harm before measures (1–4)
    :param measures: what the chamber does against it, as Markdown items
    :param residual_severity: severity after the measures; defaults to ``severity``
    :param residual_likelihood: likelihood after the measures; defaults to ``likelihood``
    :param processing: whose processing the risk comes from: ``body`` (what the body does itself,
        e.g. moderating comments, guarding its login), ``collection`` (collecting visitors' data when
        they open the account and producing the account's statistics: the step the body co-determines
        where it shares control) or ``operator`` (what the operator does afterwards for its own
        purposes, e.g. profiling for advertising, transfers to third countries). A ``collection`` risk
        is the body's own processing unless the operator is a separate controller; an ``operator``
        risk is the body's own only where the operator works on its behalf (processor), since joint
        control ends with collection and transmission (EuGH C-40/17). Other risks are context risks
        (see ``smkonzept.risk``)
    :param relies_on_consent: true when one of its measures publishes personal data of third persons
        only with their consent; the legal basis and rights chapters then name consent (Art. 6 Abs. 1
        Buchst. a DSGVO) and its withdrawal (Art. 7 Abs. 3 DSGVO)
    """

    id: str = _id_field()
    title: str = attrs.field(validator=_text)
    description: Markdown = attrs.field(converter=_markdown)
    severity: int = attrs.field(validator=_scale)
    likelihood: int = attrs.field(validator=_scale)
    measures: tuple[Markdown, ...] = attrs.field(default=(), converter=_markdown_tuple)
    residual_severity: int | None = attrs.field(default=None, validator=_optional_scale)
    residual_likelihood: int | None = attrs.field(default=None, validator=_optional_scale)
    processing: str = attrs.field(default="operator", validator=attrs.validators.in_(("body", "collection", "operator")))
    relies_on_consent: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


def _risk_factors(values: Iterable[RiskFactor]) -> tuple[RiskFactor, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Measure:
    """A measure a body can choose in its profile (``risk.chosen_measures``) to lower named risks.

    :param id: slug the profile names it by
    :param title: short name, shown in the tables
    :param description: what the body does, one German sentence (Markdown)
    :param reduces: risk factor id → (severity steps, likelihood steps) the measure lowers it by
    :param platforms: ids of the platforms it applies to; empty for all
    """

    id: str = _id_field()
    title: str = attrs.field(validator=_text)
    description: Markdown = attrs.field(converter=_markdown)
    reduces: Mapping[str, tuple[int, int]] = attrs.field(factory=dict)
    platforms: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    def applies_to(self, platform_id: str, factor_id: str) -> bool:
        """Whether the measure lowers the risk ``factor_id`` on the platform ``platform_id``."""
        return factor_id in self.reduces and (not self.platforms or platform_id in self.platforms)


@attrs.frozen(kw_only=True)
class Platform:
    """A social network a chamber can run accounts on.

    Only ``id``, ``name``, ``operator``, ``description`` and the three ``default_*`` fields are
    required; the others have defaults so that new fields never break existing plugins.

    :param id: slug used in profiles (``accounts[].platform``)
    :param name: name shown in the document
    :param operator: the EU controller of the platform
    :param description: what the service is, as Markdown
    :param default_purpose: purpose of an account, used when the profile gives none (Markdown)
    :param default_audience: who an account reaches, used when the profile gives none (Markdown)
    :param default_contents: typical contents of an account's posts (Markdown items)
    :param aliases: further ids a profile may use for this platform
    :param website: the service's public address
    :param advantages: why the service suits a chamber, as Markdown
    :param visible_without_login: whether public content can be read without an account (None: not
        confirmed); the "no disadvantage without an account" sentences derive from it
    :param interaction: what reading, commenting and messaging require, as Markdown
    :param comments: whether people can comment on or reply to the account's posts (False for a
        one-way channel); the sentences on moderation, the DPIA description and the rights chapter
        derive from it
    :param direct_messages: whether people can send the account private messages
    :param federated: whether the service copies public posts, replies and profile data to servers of
        other operators (federation), in and outside the EU/EEA, who process them as controllers of
        their own and from which they cannot be reliably deleted; the privacy notice's recipients,
        transfers and storage sections derive from it
    :param joint_controller_agreement: the Art. 26 DSGVO agreement, or None if the operator offers none
    :param third_country: transfer to third countries, or None if there is none
    :param risk_factors: risks the risk chapter assesses for this platform
    :param known_operators: operators of known servers of a decentralised service, by host name
    :param controllership: who is responsible for an account under data protection law; None when
        the plugin does not say (the document then says it is not settled and ``check`` warns)
    :param rulings: further case law and official action about the platform (e.g. fines)
    :param sources: URLs the facts above were checked against
    :param verified: the date the facts were last checked
    """

    id: str = _id_field()
    name: str = attrs.field(validator=_text)
    operator: Operator = attrs.field(validator=attrs.validators.instance_of(Operator))
    description: Markdown = attrs.field(converter=_markdown)
    default_purpose: Markdown = attrs.field(converter=_markdown)
    default_audience: Markdown = attrs.field(converter=_markdown)
    default_contents: tuple[Markdown, ...] = attrs.field(converter=_markdown_tuple)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    website: str = attrs.field(default="", validator=_text)
    advantages: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    visible_without_login: bool | None = None
    interaction: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    comments: bool = True
    direct_messages: bool = True
    federated: bool = False
    joint_controller_agreement: JointControllerAgreement | None = None
    third_country: ThirdCountryTransfer | None = None
    risk_factors: tuple[RiskFactor, ...] = attrs.field(default=(), converter=_risk_factors)
    known_operators: Mapping[str, Operator] = attrs.field(factory=dict)
    controllership: Controllership | None = None
    rulings: tuple[Ruling, ...] = attrs.field(default=(), converter=_rulings)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    verified: datetime.date | None = None


@attrs.frozen(kw_only=True)
class Authority:
    """A data protection supervisory authority.

    :param name: the authority's full name
    :param address: postal address lines
    :param email: contact e-mail address
    :param website: the authority's website
    :param phone: telephone number, if published
    """

    name: str = attrs.field(validator=_text)
    address: tuple[str, ...] = attrs.field(converter=_str_tuple)
    email: str = attrs.field(validator=_text)
    website: str = attrs.field(validator=_text)
    phone: str = attrs.field(default="", validator=_text)


@attrs.frozen(kw_only=True)
class Requirement:
    """One element a supervisory authority's guidance asks of a social media concept.

    :param id: slug, unique within the law
    :param text: the requirement in German, as shown by ``smkonzept check``
    :param check: callable taking the assembled ``smkonzept.Document`` and returning None when the
        element is met, or a German sentence saying what is missing; ``smkonzept.checks``
        holds ready-made ones
    :param before_signature: when true, an unmet requirement keeps the document a draft ("Offene
        Punkte vor der Unterschrift") unless the profile records a reason for departing from it
        (``guidance_departures``)
    """

    id: str = _id_field()
    text: str = attrs.field(validator=_text)
    check: Callable[[Any], str | None] = attrs.field(validator=attrs.validators.is_callable())
    before_signature: bool = False


def _requirements(values: Iterable[Requirement]) -> tuple[Requirement, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Guidance:
    """An authority's guidance on social media use by public bodies.

    :param title: the guidance's title
    :param year: year of the version cited
    :param url: where it is published
    :param requirements: the elements it asks of a concept
    """

    title: str = attrs.field(validator=_text)
    year: int = attrs.field(validator=attrs.validators.instance_of(int))
    url: str = attrs.field(validator=_text)
    requirements: tuple[Requirement, ...] = attrs.field(default=(), converter=_requirements)


@attrs.frozen(kw_only=True)
class Law:
    """A state data protection law for public bodies and its supervisory authority.

    :param id: slug used in profiles (``law:``)
    :param state: the German state, e.g. "Baden-Württemberg"
    :param name: the law's full name
    :param abbreviation: its usual abbreviation, e.g. "LDSG"
    :param citation: date and official gazette of the law
    :param iso_code: ISO 3166-2 code of the state, accepted as an alias, e.g. "DE-BW"
    :param aliases: further ids a profile may use
    :param legal_basis: the general legal basis for processing, as Markdown
    :param rights: provisions on data subject rights, as Markdown
    :param restrictions: state provisions restricting those rights, as Markdown
    :param impact_assessment: the provision on data protection impact assessments, as Markdown
    :param authority: the supervisory authority for the chamber
    :param guidance: the authority's guidance on social media, if any
    :param remarks: further facts a chamber in this state should know, as Markdown items
    :param rulings: the state authority's orders and positions and the court cases about them
    :param federal: True for the federal law (BDSG), which applies to federal bodies only; a state
        law applies to state and municipal bodies and to the chambers
    :param mandates: per kind of body (``chamber.kind``), the state's norm that grounds the body's
        public relations, as Markdown, e.g. ``{"kommune": "§ 23 GO NRW …"}``
    :param omitted: facts left out because no official source confirmed them, one German line each;
        ``smkonzept check`` lists them
    :param sources: URLs the facts above were checked against
    :param verified: the date the facts were last checked
    """

    id: str = _id_field()
    state: str = attrs.field(validator=_text)
    name: str = attrs.field(default="", validator=_text)
    abbreviation: str = attrs.field(default="", validator=_text)
    citation: str = attrs.field(default="", validator=_text)
    iso_code: str = attrs.field(default="", validator=_text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    legal_basis: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    rights: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    restrictions: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    impact_assessment: Markdown = attrs.field(default=Markdown(), converter=_markdown)
    authority: Authority | None = None
    guidance: Guidance | None = None
    remarks: tuple[Markdown, ...] = attrs.field(default=(), converter=_markdown_tuple)
    rulings: tuple[Ruling, ...] = attrs.field(default=(), converter=_rulings)
    federal: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    mandates: Mapping[str, Markdown] = attrs.field(factory=dict, converter=_markdown_mapping)
    omitted: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    verified: datetime.date | None = None

    @property
    def jurisdiction(self) -> str:
        """Whose law it is, for running text: „des Bundes“ or „des Landes Hessen“."""
        return "des Bundes" if self.federal else f"des Landes {self.state}"


@attrs.frozen(kw_only=True)
class SectionSpec:
    """A chapter of the concept: the core's own chapters and the optional ones of plugins.

    The template is Jinja2 source producing the chapter's Markdown body (without its heading).
    It sees the template values docs/plugins.md lists, among them ``profile``, ``chamber``,
    ``law``, ``platforms`` (the platforms in use, in document order) and ``accounts``. Values
    from profiles and plugins are escaped for Markdown unless they are Markdown fields.

    :param id: slug; profiles name chapters by it
    :param title: the chapter's heading
    :param template: Jinja2 source of the chapter's body
    :param after: id of the chapter this one follows when a profile gives no explicit order
    :param optional: True: the chapter appears only when a profile switches it on
        (``chapters.include``); False: it appears by default and a profile can leave it out
        (``chapters.exclude``)
    """

    id: str = _id_field()
    title: str = attrs.field(validator=_text)
    template: str = attrs.field(validator=_text)
    after: str = attrs.field(default="", validator=_text)
    optional: bool = True


BUNDLE_FORMATS = ("html", "docx", "pdf", "md")
"""The formats a document of the bundle can be written in."""


def _formats(values: Any) -> tuple[str, ...]:
    formats = _str_tuple(values)
    unknown = [fmt for fmt in formats if fmt not in BUNDLE_FORMATS]
    if unknown or not formats:
        raise ValueError(f"formats must be some of {', '.join(BUNDLE_FORMATS)}, not {formats!r}")
    return formats


def _one_source(instance: Any, attribute: Any, value: Any) -> None:
    if bool(instance.template) == (instance.chapters is not None):
        raise ValueError("a document type needs either a template or chapters, not both")


@attrs.frozen(kw_only=True)
class DocumentType:
    """A document of the bundle (``smkonzept build --bundle``), made from the same profile and model as the concept.

    The template is Jinja2 source producing the whole document as Markdown, headings included
    (``#`` for a chapter). It sees every value a chapter template sees (docs/plugins.md) and
    ``concept``, the assembled concept; a type with ``per_platform`` also sees ``use`` (the
    ``smkonzept.PlatformUse``) and ``platform``. A type with ``previous`` in its context sees the
    change report of the profile's previous edition there (``smkonzept diff``), or None.

    :param id: slug; the file is named ``<id>.<format>``, per platform ``<id>-<platform id>.<format>``
    :param title: the document's title; ``{platform}`` stands for the platform's name
    :param description: one German sentence on what the document is for, shown in the bundle's index
    :param template: Jinja2 source of the document (give this or ``chapters``)
    :param chapters: callable taking the assembled concept and returning its ``smkonzept.Section``
        items; the concept's own type uses it (give this or ``template``)
    :param per_platform: one document per platform the profile has accounts on
    :param formats: the formats written, some of ``html``, ``docx``, ``pdf``, ``md``
    :param table_of_contents: whether HTML, DOCX and PDF get a table of contents and a title page
    :param included: callable taking the assembled concept, true when the bundle holds the
        document (e.g. only when the profile switches a chapter on); None: always
    :param order: position in the bundle's index, smaller first
    """

    id: str = _id_field()
    title: str = attrs.field(validator=_text)
    description: str = attrs.field(validator=_text)
    template: str = attrs.field(default="", validator=_text)
    chapters: Callable[[Any], tuple[Any, ...]] | None = attrs.field(default=None, validator=_one_source)
    per_platform: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    formats: tuple[str, ...] = attrs.field(default=("html", "docx", "pdf"), converter=_formats)
    table_of_contents: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    included: Callable[[Any], bool] | None = None
    order: int = attrs.field(default=50, validator=attrs.validators.instance_of(int))
