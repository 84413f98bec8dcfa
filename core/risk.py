"""The risk assessment: platform risk factors scored on 4-step scales, before and after measures.

The scales for severity and likelihood follow DSK Kurzpapier Nr. 18; the four risk levels built
from their product are the tool's own refinement of the Kurzpapier's three (see ``level``).
Risks that every platform of a document shares with the same scores become one common row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from smkonzept.markdown import Markdown
from smkonzept.models import Measure, Platform, RiskFactor

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
    """One risk factor with its scores before and after the measures, for one or all platforms.

    ``platforms`` holds every platform the row stands for; ``common`` rows stand for all
    platforms of the document. ``chosen`` are the profile's measures that lowered it. ``own`` is
    true when the risk comes from the body's own processing (including processing it controls
    jointly with the operator or has done by a processor); false for a context risk, which comes
    from the processing of an operator that is a separate controller.
    """

    number: int
    platforms: tuple[Platform, ...]
    factor: RiskFactor
    measures: tuple[Markdown, ...]
    chosen: tuple[Measure, ...]
    severity: int
    likelihood: int
    residual_severity: int
    residual_likelihood: int
    common: bool = False
    own: bool = True
    precautionary: bool = False

    @property
    def processing_label(self) -> str:
        """Whose processing the row assesses, as the tables name it."""
        if not self.own:
            return "Betreiber (Kontextrisiko)"
        if self.factor.processing != "collection":
            return "eigene"
        if self.precautionary:
            return "vorsorglich wie gemeinsam"
        agreement = self.platform.joint_controller_agreement
        if not self.common and agreement is not None and agreement.covers_collection:
            return "gemeinsam, soweit vereinbart"
        return "gemeinsam mit dem Betreiber"

    @property
    def platform(self) -> Platform:
        """The first platform of the row (the only one unless the row is common)."""
        return self.platforms[0]

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
    """All risk rows of a document: common rows first, then each platform's own rows."""

    rows: tuple[RiskRow, ...]
    general_measures: tuple[Markdown, ...]
    chosen_measures: tuple[Measure, ...] = ()

    def for_platform(self, platform: Platform) -> tuple[RiskRow, ...]:
        """The rows that concern ``platform`` alone (not the common ones)."""
        return tuple(row for row in self.rows if not row.common and row.platform.id == platform.id)

    @property
    def common_rows(self) -> tuple[RiskRow, ...]:
        return tuple(row for row in self.rows if row.common)

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

    @property
    def own_high_after(self) -> tuple[RiskRow, ...]:
        """High residual risks of the body's own processing: they trigger Art. 36 DSGVO."""
        return tuple(row for row in self.high_after if row.own)

    @property
    def context_high_after(self) -> tuple[RiskRow, ...]:
        """High residual risks of operators' own processing: they weigh on whether to use a platform."""
        return tuple(row for row in self.high_after if not row.own)

    @property
    def platforms_high_after(self) -> tuple[Platform, ...]:
        """The platforms with at least one risk still „hoch“ or higher, in document order."""
        return _platforms(self.high_after)

    @property
    def platforms_own_high_after(self) -> tuple[Platform, ...]:
        """The platforms with a high residual risk of the body's own processing, in document order."""
        return _platforms(self.own_high_after)

    @property
    def platforms_context_high_after(self) -> tuple[Platform, ...]:
        """The platforms with a high residual context risk, in document order."""
        return _platforms(self.context_high_after)


def _platforms(rows: tuple[RiskRow, ...]) -> tuple[Platform, ...]:
    seen: dict[str, Platform] = {}
    for row in rows:
        for platform in row.platforms:
            seen.setdefault(platform.id, platform)
    return tuple(seen.values())


def _scored(platform: Platform, factor: RiskFactor, chosen: tuple[Measure, ...]) -> tuple[tuple[Measure, ...], int, int]:
    severity = factor.residual_severity or factor.severity
    likelihood = factor.residual_likelihood or factor.likelihood
    applied = tuple(measure for measure in chosen if measure.applies_to(platform.id, factor.id))
    for measure in applied:
        less_severe, less_likely = measure.reduces[factor.id]
        severity, likelihood = severity - less_severe, likelihood - less_likely
    return applied, max(1, severity), max(1, likelihood)


def assess(
    platforms: list[Platform],
    own_measures: tuple[Markdown, ...],
    chosen: tuple[Measure, ...] = (),
    separate: frozenset[str] = frozenset(),
    processor: frozenset[str] = frozenset(),
    unsettled: frozenset[str] = frozenset(),
    extra: Mapping[str, tuple[RiskFactor, ...]] | None = None,
) -> RiskAssessment:
    """Score every risk factor of ``platforms`` after their own and the ``chosen`` measures.

    ``separate`` holds the ids of platforms whose operator is a separate controller for every
    account, ``processor`` those whose operator processes on the body's behalf for every account.
    A ``collection`` risk is the body's own unless its platform is in ``separate``; an ``operator``
    risk is the body's own only where its platform is in ``processor`` (``RiskRow.own``). Platforms in
    ``unsettled`` share control only as a precaution (``RiskRow.precautionary``). ``extra`` adds
    factors that come from the profile rather than the plugin (platform id → factors), e.g. the
    risk of publishing images of third persons where the accounts' contents include them.
    A factor that every platform has with the same scores, measures and processing becomes one
    common row (only when there are at least two platforms).
    """

    def own(platform: Platform, factor: RiskFactor) -> bool:
        if factor.processing == "body":
            return True
        if factor.processing == "collection":
            return platform.id not in separate
        return platform.id in processor

    scored: dict[str, list[tuple[Platform, RiskFactor, tuple[Measure, ...], int, int]]] = {}
    for platform in platforms:
        for factor in (*platform.risk_factors, *(extra or {}).get(platform.id, ())):
            applied, severity, likelihood = _scored(platform, factor, chosen)
            scored.setdefault(factor.id, []).append((platform, factor, applied, severity, likelihood))

    def signature(entry: tuple[Any, ...]) -> tuple[Any, ...]:
        platform, factor, applied, severity, likelihood = entry
        return (factor.title, factor.severity, factor.likelihood, factor.measures, tuple(m.id for m in applied), severity, likelihood, own(platform, factor))

    common_ids = {
        factor_id
        for factor_id, entries in scored.items()
        if len(platforms) > 1 and len(entries) == len(platforms) and len({signature(e) for e in entries}) == 1
    }
    rows: list[RiskRow] = []

    def add(entries: list[Any], common: bool) -> None:
        platform, factor, applied, severity, likelihood = entries[0]
        rows.append(
            RiskRow(
                number=len(rows) + 1,
                platforms=tuple(entry[0] for entry in entries),
                factor=factor,
                measures=factor.measures,
                chosen=applied,
                severity=factor.severity,
                likelihood=factor.likelihood,
                residual_severity=severity,
                residual_likelihood=likelihood,
                common=common,
                own=own(platform, factor),
                precautionary=platform.id in unsettled,
            )
        )

    for factor_id in scored:
        if factor_id in common_ids:
            add(scored[factor_id], common=True)
    for platform in platforms:
        for factor_id, entries in scored.items():
            if factor_id in common_ids:
                continue
            for entry in entries:
                if entry[0].id == platform.id:
                    add([entry], common=False)
    return RiskAssessment(rows=tuple(rows), general_measures=own_measures, chosen_measures=chosen)


def chosen_measures(ids: tuple[str, ...], catalogue: Mapping[str, Measure]) -> tuple[Measure, ...]:
    """The measures named by ``ids``, in catalogue order; unknown ids are the validator's job."""
    return tuple(measure for key, measure in catalogue.items() if key in ids)
