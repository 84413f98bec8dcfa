"""A document's Markdown cut before its headings, for pandoc to read the pieces apart.

The editor's preview reads each chapter (cut before top-level headings) alone; a single build
reads the two halves of the document (cut before a heading of level 1 or 2) in two pandoc
processes at once, each between the other's heading lines. pandoc then numbers the headings'
automatic identifiers as it does when it reads the whole document. Markdown with footnotes, link
definitions, code blocks, fenced divs, lines of dashes or definition lists is never cut; pandoc refuses pieces that
hold numbered examples (engine/batch.lua, serve/preview.lua) and, in the preview, chapters that
name a heading in brackets, and the caller converts the whole.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Halves", "chapters", "halves"]

_ACROSS = re.compile(r"\[\^|\]:|```|~~~|:::|^[ \t]*-[ \t-]*-[ \t-]*-[ \t-]*$|^[ \t]*[:~][ \t]", re.MULTILINE)
"""Markdown whose meaning may depend on another chapter, or that a heading line may stand in without
being a heading: footnotes, link definitions, code blocks, fenced divs, lines of three or more
dashes (rules, and the lines that frame tables: a multiline table's row may begin with "#"), and
definitions (``:`` or ``~`` and a space: the line before one, a heading line too, is a term).
(Numbered examples, and in the preview references to headings, are found by pandoc: batch.lua and
preview.lua refuse them.)"""
_HEADING = re.compile(r"^#{1,6}[ \t]")


@attrs.frozen
class _Chapter:
    text: str
    headings: list[str]


def _cut(markdown: str, levels: int = 1) -> list[_Chapter] | None:
    """The Markdown cut before each heading of level ``levels`` or above."""
    if _ACROSS.search(markdown):
        return None
    lines = markdown.split("\n")
    cut: list[tuple[list[str], list[str]]] = [([], [])]
    for index, line in enumerate(lines):
        after_blank = index == 0 or not lines[index - 1].strip(" \t")
        if after_blank and _HEADING.match(line):
            if len(line) - len(line.lstrip("#")) <= levels and "".join(cut[-1][0]).strip(" \t"):
                cut.append(([], []))
            cut[-1][1].append(line)
        cut[-1][0].append(line)
    return [_Chapter("\n".join(text), headings) for text, headings in cut]


def chapters(markdown: str) -> tuple[list[str], str] | None:
    """The Markdown cut before each top-level heading, and all heading lines; None if it cannot be cut safely."""
    cut = _cut(markdown)
    if cut is None:
        return None
    return [chapter.text for chapter in cut], "\n\n".join(line for chapter in cut for line in chapter.headings)


@attrs.frozen
class Halves:
    """A document's Markdown in two pieces, cut before a heading of level 1 or 2."""

    first: str
    second: str
    headings: str
    """Every heading line of the document, a blank line between them."""
    first_count: int
    """How many of those headings are in the first piece."""
    second_count: int


def halves(markdown: str, share: float = 0.5) -> Halves | None:
    """The Markdown cut before the heading of level 1 or 2 nearest ``share`` of its length (the middle by
    default); None if it has no such heading or cannot be cut safely."""
    cut = _cut(markdown, levels=2)
    if cut is None or len(cut) < 2:
        return None
    sizes = [len(chapter.text) + 1 for chapter in cut]
    total, before, at = sum(sizes), 0, 1
    best = float(total)
    for index in range(1, len(cut)):
        before += sizes[index - 1]
        if abs(total * share - before) < best:
            best, at = abs(total * share - before), index
    first, second = cut[:at], cut[at:]
    return Halves(
        first="\n".join(chapter.text for chapter in first),
        second="\n".join(chapter.text for chapter in second),
        headings="\n\n".join(line for chapter in cut for line in chapter.headings),
        first_count=sum(len(chapter.headings) for chapter in first),
        second_count=sum(len(chapter.headings) for chapter in second),
    )
