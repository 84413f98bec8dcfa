"""The models plugins hand to the core: platforms, laws and optional chapters."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from smkonzept.markdown import Markdown

__all__ = [
    "Authority",
    "Guidance",
    "JointControllerAgreement",
    "Law",
    "Operator",
    "Platform",
    "Requirement",
    "RiskFactor",
    "SectionSpec",
    "ThirdCountryTransfer",
]


def _markdown(value: Any) -> Markdown:
    return value if isinstance(value, Markdown) else Markdown(value)


def _markdown_tuple(values: Any) -> tuple[Markdown, ...]:
    if isinstance(values, str):
        raise TypeError("expected a list of strings, not a single string")
    return tuple(_markdown(value) for value in values)


def _str_tuple(values: Any) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError("expected a list of strings, not a single string")
    return tuple(values)


_text = attrs.validators.instance_of(str)
_scale = attrs.validators.and_(attrs.validators.instance_of(int), attrs.validators.in_(range(1, 5)))
_optional_scale = attrs.validators.optional(_scale)


def _id_field() -> Any:
    return attrs.field(validator=attrs.validators.matches_re(r"[a-z0-9][a-z0-9-]*"))


@attrs.frozen(kw_only=True)
class Operator:
    """The company or body responsible for a platform towards users in the EU.

    :param name: legal name, e.g. "Meta Platforms Ireland Ltd."
    :param address: postal address on one line
    :param country: country of the address, in German
    :param privacy_url: URL of the operator's privacy policy
    """

    name: str = attrs.field(validator=_text)
    address: str = attrs.field(validator=_text)
    country: str = attrs.field(validator=_text)
    privacy_url: str = attrs.field(validator=_text)


@attrs.frozen(kw_only=True)
class JointControllerAgreement:
    """An agreement on joint controllership under Art. 26 DSGVO offered by the operator.

    :param name: the agreement's name, e.g. "Page Insights Controller Addendum"
    :param url: where the agreement is published
    :param scope: what it covers, as Markdown
    """

    name: str = attrs.field(validator=_text)
    url: str = attrs.field(validator=_text)
    scope: Markdown = attrs.field(default=Markdown(), converter=_markdown)


@attrs.frozen(kw_only=True)
class ThirdCountryTransfer:
    """Transfer of personal data to countries outside the EU/EEA.

    :param countries: the receiving countries, in German
    :param basis: the legal basis of the transfer as Markdown, e.g. the EU-US Data Privacy Framework
    """

    countries: tuple[str, ...] = attrs.field(converter=_str_tuple)
    basis: Markdown = attrs.field(converter=_markdown)


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
    """

    id: str = _id_field()
    title: str = attrs.field(validator=_text)
    description: Markdown = attrs.field(converter=_markdown)
    severity: int = attrs.field(validator=_scale)
    likelihood: int = attrs.field(validator=_scale)
    measures: tuple[Markdown, ...] = attrs.field(default=(), converter=_markdown_tuple)
    residual_severity: int | None = attrs.field(default=None, validator=_optional_scale)
    residual_likelihood: int | None = attrs.field(default=None, validator=_optional_scale)


def _risk_factors(values: Iterable[RiskFactor]) -> tuple[RiskFactor, ...]:
    return tuple(values)


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
    :param visible_without_login: whether public content can be read without an account
    :param interaction: what reading, commenting and messaging require, as Markdown
    :param joint_controller_agreement: the Art. 26 DSGVO agreement, or None if the operator offers none
    :param third_country: transfer to third countries, or None if there is none
    :param risk_factors: risks the risk chapter assesses for this platform
    :param known_operators: operators of known servers of a decentralised service, by host name
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
    joint_controller_agreement: JointControllerAgreement | None = None
    third_country: ThirdCountryTransfer | None = None
    risk_factors: tuple[RiskFactor, ...] = attrs.field(default=(), converter=_risk_factors)
    known_operators: Mapping[str, Operator] = attrs.field(factory=dict)
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
    """

    id: str = _id_field()
    text: str = attrs.field(validator=_text)
    check: Callable[[Any], str | None] = attrs.field(validator=attrs.validators.is_callable())


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
    sources: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    verified: datetime.date | None = None


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
