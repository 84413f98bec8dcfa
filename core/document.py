"""The assembled document and its parts: what renderers turn into files and checks read."""

from __future__ import annotations

import datetime

import attrs

from smkonzept.markdown import Markdown, escape
from smkonzept.models import Controllership, Law, Operator, Platform
from smkonzept.profile.model import Account, Profile, Slug
from smkonzept.risk import RiskAssessment

__all__ = ["AccountUse", "Document", "PlatformUse", "Section"]


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
        """One word for the rights chapter: ``joint``, ``unsettled``, ``processor`` or ``separate``.

        ``processor`` only when every account's server works on the body's behalf; an account
        without a known model counts as ``separate`` (no joint controllership is claimed).
        """
        models = [c.model if c is not None else "separate" for c in self.controllerships]
        for model in ("joint", "unsettled"):
            if model in models:
                return model
        return "processor" if set(models) == {"processor"} else "separate"

    @property
    def model_unknown(self) -> bool:
        """True when the plugin states no responsibility model for an account of the platform."""
        return any(c is None for c in self.controllerships)


@attrs.frozen
class Section:
    """One heading of the document with the Markdown that follows it."""

    id: str
    title: str
    level: int
    body: str


@attrs.frozen
class Document:
    """The assembled concept: what the renderers turn into HTML, DOCX and PDF."""

    profile: Profile
    law: Law
    platforms: tuple[PlatformUse, ...]
    sections: tuple[Section, ...]
    risk: RiskAssessment

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
        return self.profile.document.title

    @property
    def author(self) -> str:
        return self.profile.chamber.name

    @property
    def subject(self) -> str:
        return f"Konzept zur Nutzung sozialer Medien: {self.profile.chamber.name}"

    @property
    def date(self) -> datetime.date:
        return self.profile.document.date

    def markdown(self) -> str:
        """The whole document body as Markdown (without title block)."""
        parts = []
        for section in self.sections:
            heading = "#" * section.level + " " + escape(section.title) + f" {{#{section.id}}}"
            parts.append(heading + "\n\n" + section.body.strip() + "\n")
        return "\n".join(parts)
