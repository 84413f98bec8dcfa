"""Generated figures: the risk matrix as SVG, drawn from the same rows as the risk tables."""

from __future__ import annotations

from html import escape as xml_escape
from typing import TYPE_CHECKING

from smkonzept.markdown import Markdown
from smkonzept.risk import LEVELS, SCALE, RiskAssessment, level

if TYPE_CHECKING:
    from smkonzept.document import Document

__all__ = ["RISK_MATRIX", "figures_for", "risk_matrix_alt", "risk_matrix_markdown", "risk_matrix_svg"]

RISK_MATRIX = "risikomatrix.svg"
_COLOURS = ("#cfe8cf", "#fbe7a1", "#f6c08a", "#e99a95")
_CELL, _LEFT, _TOP = 110, 150, 30


def figures_for(document: Document) -> dict[str, bytes]:
    """File name → content of every figure the document refers to."""
    if not document.risk.rows or "risiko" not in document.chapter_ids:
        return {}
    return {RISK_MATRIX: risk_matrix_svg(document.risk).encode("utf-8")}


def risk_matrix_markdown(risk: RiskAssessment) -> Markdown:
    """The figure as Markdown: a short caption and the full alt text as attribute."""
    alt = risk_matrix_alt(risk).replace("\\", "\\\\").replace('"', '\\"')
    return Markdown.trusted(f'![Risikomatrix: Lage der Risiken nach den Maßnahmen]({RISK_MATRIX}){{alt="{alt}"}}')


def risk_matrix_alt(risk: RiskAssessment) -> str:
    """Alt text: which risks end up in which level after the measures; the tables give details."""
    by_level: dict[int, list[str]] = {}
    for row in risk.rows:
        by_level.setdefault(row.residual_level, []).append(row.label)
    parts = [f"{LEVELS[index - 1]}: {', '.join(labels)}" for index, labels in sorted(by_level.items())]
    placed = "liegt das eine Risiko in dieser Stufe" if len(risk.rows) == 1 else f"liegen die {len(risk.rows)} Risiken in diesen Stufen"
    return (
        "Risikomatrix aus Schwere des Schadens und Eintrittswahrscheinlichkeit, je vier Stufen. "
        f"Nach den Maßnahmen {placed}: "
        + "; ".join(parts)
        + ". Die Einzelwerte stehen in den Tabellen."
    )


def risk_matrix_svg(risk: RiskAssessment) -> str:
    """A 4×4 matrix, severity across and likelihood up, each risk placed by its residual scores."""
    cells: dict[tuple[int, int], list[str]] = {}
    for row in risk.rows:
        cells.setdefault((row.residual_severity, row.residual_likelihood), []).append(row.label)
    width, height = _LEFT + 4 * _CELL + 20, _TOP + 4 * _CELL + 90
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{xml_escape(risk_matrix_alt(risk))}" font-family="sans-serif">',
        "<title>Risikomatrix</title>",
    ]
    for severity in range(1, 5):
        for likelihood in range(1, 5):
            x = _LEFT + (severity - 1) * _CELL
            y = _TOP + (4 - likelihood) * _CELL
            colour = _COLOURS[level(severity, likelihood) - 1]
            out.append(f'<rect x="{x}" y="{y}" width="{_CELL}" height="{_CELL}" fill="{colour}" stroke="#ffffff" stroke-width="2"/>')
            labels = cells.get((severity, likelihood), [])
            shown = labels if len(labels) <= 8 else [*labels[:7], f"+{len(labels) - 7}"]
            for index, label in enumerate(shown):
                column, line = index % 2, index // 2
                out.append(
                    f'<text x="{x + 14 + column * 50}" y="{y + 26 + line * 24}" font-size="15" font-weight="bold" fill="#1d2733">{xml_escape(label)}</text>'
                )
    for index, name in enumerate(SCALE):
        centre = _LEFT + index * _CELL + _CELL / 2
        out.append(f'<text x="{centre}" y="{_TOP + 4 * _CELL + 22}" font-size="13" text-anchor="middle" fill="#1d2733">{name}</text>')
        middle = _TOP + (3 - index) * _CELL + _CELL / 2 + 5
        out.append(f'<text x="{_LEFT - 10}" y="{middle}" font-size="13" text-anchor="end" fill="#1d2733">{name}</text>')
    out.append(f'<text x="{_LEFT + 2 * _CELL}" y="{_TOP + 4 * _CELL + 50}" font-size="14" text-anchor="middle" font-weight="bold" fill="#1d2733">Schwere des Schadens</text>')
    out.append(f'<text x="20" y="{_TOP + 2 * _CELL}" font-size="14" text-anchor="middle" font-weight="bold" fill="#1d2733" transform="rotate(-90 20 {_TOP + 2 * _CELL})">Eintrittswahrscheinlichkeit</text>')
    legend_y = _TOP + 4 * _CELL + 75
    for index, name in enumerate(LEVELS):
        x = _LEFT + index * _CELL
        out.append(f'<rect x="{x}" y="{legend_y - 12}" width="14" height="14" fill="{_COLOURS[index]}"/>')
        out.append(f'<text x="{x + 20}" y="{legend_y}" font-size="13" fill="#1d2733">{name}</text>')
    out.append("</svg>")
    return "\n".join(out)
