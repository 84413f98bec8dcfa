"""The assembled document and its parts: what renderers turn into files and checks read."""

from __future__ import annotations

import datetime

import attrs

from smkonzept.markdown import Markdown, escape
from smkonzept.models import Law, Operator, Platform
from smkonzept.profile.model import Account, Profile
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
        return f"Konzept zur Nutzung sozialer Medien der {self.profile.chamber.name}"

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
