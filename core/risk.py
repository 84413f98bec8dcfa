"""The risk assessment: platform risk factors scored on 4-step scales, before and after measures."""

from __future__ import annotations

import attrs

from smkonzept.markdown import Markdown
from smkonzept.models import Platform, RiskFactor

__all__ = ["LEVELS", "SCALE", "RiskAssessment", "RiskRow", "assess", "level"]

SCALE = ("geringfügig", "überschaubar", "substanziell", "groß")
LEVELS = ("gering", "mittel", "hoch", "sehr hoch")


def level(severity: int, likelihood: int) -> int:
    """Risk level 1–4 from severity and likelihood (each 1–4), by their product.

    Products 1–2 are „gering“, 3–4 „mittel“, 6–9 „hoch“ and 12–16 „sehr hoch“.
    """
    product = severity * likelihood
    return 1 if product <= 2 else 2 if product <= 4 else 3 if product <= 9 else 4


@attrs.frozen
class RiskRow:
    """One risk factor of one platform with its scores before and after the measures."""

    number: int
    platform: Platform
    factor: RiskFactor
    measures: tuple[Markdown, ...]
    severity: int
    likelihood: int
    residual_severity: int
    residual_likelihood: int

    @property
    def level(self) -> int:
        return level(self.severity, self.likelihood)

    @property
    def residual_level(self) -> int:
        return level(self.residual_severity, self.residual_likelihood)

    @property
    def label(self) -> str:
        return f"R{self.number}"


@attrs.frozen
class RiskAssessment:
    """All risk rows of a document, grouped by platform in document order."""

    rows: tuple[RiskRow, ...]
    general_measures: tuple[Markdown, ...]

    def for_platform(self, platform: Platform) -> tuple[RiskRow, ...]:
        return tuple(row for row in self.rows if row.platform.id == platform.id)

    @property
    def by_factor(self) -> tuple[tuple[RiskFactor, tuple[RiskRow, ...]], ...]:
        """Each distinct risk factor (by id, first wording wins) with the rows it appears in."""
        groups: dict[str, list[RiskRow]] = {}
        for row in self.rows:
            groups.setdefault(row.factor.id, []).append(row)
        return tuple((rows[0].factor, tuple(rows)) for rows in groups.values())

    @property
    def highest_before(self) -> int:
        return max((row.level for row in self.rows), default=1)

    @property
    def highest_after(self) -> int:
        return max((row.residual_level for row in self.rows), default=1)

    @property
    def high_after(self) -> tuple[RiskRow, ...]:
        """Rows still „hoch“ or „sehr hoch“ after the measures."""
        return tuple(row for row in self.rows if row.residual_level >= 3)


def assess(platforms: list[Platform], own_measures: tuple[Markdown, ...]) -> RiskAssessment:
    """Score every risk factor of ``platforms``; the chamber's own measures apply to all of them."""
    rows: list[RiskRow] = []
    for platform in platforms:
        for factor in platform.risk_factors:
            rows.append(
                RiskRow(
                    number=len(rows) + 1,
                    platform=platform,
                    factor=factor,
                    measures=factor.measures,
                    severity=factor.severity,
                    likelihood=factor.likelihood,
                    residual_severity=factor.residual_severity or factor.severity,
                    residual_likelihood=factor.residual_likelihood or factor.likelihood,
                )
            )
    return RiskAssessment(rows=tuple(rows), general_measures=own_measures)
