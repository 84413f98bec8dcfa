"""The assembled document and its parts: what renderers turn into files and checks read."""

from __future__ import annotations

import datetime

import attrs

from smkonzept.markdown import Markdown, escape
from smkonzept.models import Controllership, Law, Operator, Platform
from smkonzept.profile.model import Account, Profile, Slug
from smkonzept.risk import RiskAssessment

__all__ = ["AccountUse", "Document", "PlatformUse", "Section"]

DRAFT_MARK = "Entwurf – nicht zur Unterschrift"
"""Added to the title while points remain open before the document can be signed."""


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

    @property
    def controllership(self) -> Controllership | None:
        """The responsibility model for this account: its server's, else the platform's."""
        if self.operator is not None and self.operator.controllership is not None:
            return self.operator.controllership
        return self.platform.controllership


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

    @property
    def controllerships(self) -> tuple[Controllership | None, ...]:
        """The distinct responsibility models of this platform's accounts, in account order."""
        seen: list[Controllership | None] = []
        for use in self.accounts:
            if use.controllership not in seen:
                seen.append(use.controllership)
        return tuple(seen)

    @property
    def joint(self) -> bool:
        """True when any account of the platform is under joint controllership (Art. 26 DSGVO)."""
        return any(model is not None and model.joint for model in self.controllerships)

    def has_model(self, model: str) -> bool:
        """True when any account of the platform has the responsibility model ``model``."""
        return any(c is not None and c.model == model for c in self.controllerships)

    @property
    def responsibility(self) -> str:
        """One word: ``undetermined``, ``joint``, ``unsettled``, ``processor`` or ``separate``.

        ``undetermined`` when the responsibility for an account is not known (a decentralised
        service's server nobody named): nobody is named responsible then, and the document is a
        draft. ``processor`` only when every account's server works on the body's behalf.
        """
        if self.model_unknown:
            return "undetermined"
        models = [c.model for c in self.controllerships if c is not None]
        for model in ("joint", "unsettled"):
            if model in models:
                return model
        return "processor" if set(models) == {"processor"} else "separate"

    @property
    def shares_collection(self) -> bool:
        """True when the body controls the collection of visitors' data jointly with the operator, or
        treats it so as a precaution (``joint`` or ``unsettled``): a legal basis for it is not assured,
        so the body records a decision on the platform (``risk.platform_decisions``)."""
        return self.responsibility in ("joint", "unsettled")

    @property
    def agreement_gap(self) -> bool:
        """True when the body shares, or may share, control of the collection (``joint`` or
        ``unsettled``) and no agreement under Art. 26 DSGVO covers that collection."""
        if not self.shares_collection:
            return False
        agreement = self.platform.joint_controller_agreement
        return agreement is None or not agreement.covers_collection

    @property
    def operator_is_separate(self) -> bool:
        """True when the operator is a separate controller for every account of the platform;
        only then are the operator's risks context risks rather than the body's own."""
        return all(c is not None and c.model == "separate" for c in self.controllerships)

    @property
    def operator_is_processor(self) -> bool:
        """True when the operator processes on the body's behalf (Art. 28 DSGVO) for every account;
        only then are the operator's own later processing risks the body's own."""
        return all(c is not None and c.model == "processor" for c in self.controllerships)

    @property
    def processor_confirmed(self) -> bool:
        """True when the operator's role as processor (Art. 28 DSGVO) may be stated as a fact for every
        account: the plugin confirms it (``Controllership.confirmed``) or the body recorded the
        agreement (``accounts[].processor_agreement``)."""
        return self.operator_is_processor and all(
            use.controllership is not None and (use.controllership.confirmed or use.account.processor_agreement is not None)
            for use in self.accounts
        )

    @property
    def model_unknown(self) -> bool:
        """True when the plugin states no responsibility model for an account of the platform."""
        return any(c is None for c in self.controllerships)


@attrs.frozen
class Section:
    """One heading of the document with the Markdown that follows it; level 0: Markdown without a heading of its own."""

    id: str
    title: str
    level: int
    body: str


@attrs.frozen
class Document:
    """The assembled concept, or another document of the bundle: what the renderers turn into HTML, DOCX and PDF.

    ``kind`` is the document type's id (``konzept`` for the concept); ``kind_title`` the title of
    a document other than the concept (the concept's comes from the profile).
    """

    profile: Profile
    law: Law
    platforms: tuple[PlatformUse, ...]
    sections: tuple[Section, ...]
    risk: RiskAssessment
    open_points: tuple[str, ...] = ()
    kind: str = "konzept"
    kind_title: str = ""
    table_of_contents: bool = True

    @property
    def draft(self) -> bool:
        """True while something must be decided or filled in before the document can be signed."""
        return bool(self.open_points)

    @property
    def chapter_ids(self) -> tuple[str, ...]:
        return tuple(section.id for section in self.sections)

    @property
    def present_chapters(self) -> tuple[str, ...]:
        """The chapter ids in the document, including chapters merged into another one."""
        merged = tuple(chapter_id for host in self.chapter_ids for chapter_id in self.profile.chapters.merge.get(Slug(host), ()))
        return self.chapter_ids + merged

    @property
    def account_uses(self) -> tuple[AccountUse, ...]:
        return tuple(use for platform_use in self.platforms for use in platform_use.accounts)

    @property
    def title(self) -> str:
        """The title; a draft says on its title page and running header that it is not for signature."""
        title = self.kind_title or self.profile.document.title
        return f"{title} ({DRAFT_MARK})" if self.draft else title

    @property
    def numbered(self) -> bool:
        """Whether headings are numbered: the profile decides for the concept; other documents are not."""
        return self.profile.chapters.numbered and not self.kind_title

    @property
    def author(self) -> str:
        return self.profile.chamber.name

    @property
    def subject(self) -> str:
        if self.kind_title:
            return f"{self.kind_title}: {self.profile.chamber.name}"
        return f"Konzept zur Nutzung sozialer Medien: {self.profile.chamber.name}"

    @property
    def date(self) -> datetime.date:
        return self.profile.document.date

    def markdown(self) -> str:
        """The whole document body as Markdown (without title block)."""
        parts = []
        for section in self.sections:
            if section.level == 0:
                parts.append(section.body.strip() + "\n")
                continue
            heading = "#" * section.level + " " + escape(section.title) + f" {{#{section.id}}}"
            parts.append(heading + "\n\n" + section.body.strip() + "\n")
        return "\n".join(parts)
