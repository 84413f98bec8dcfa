"""Markdown as data: the marker type for trusted Markdown and escaping of everything else."""

from __future__ import annotations

import re

__all__ = ["Markdown", "escape", "markdown_text"]

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]#!<>|~^$@&])")
_LINE_START = re.compile(r"^(\s*)([-+=:]|\d+[.)])")
# Indentation plus any block quote, list or definition markers a line may start with.
_CONTAINERS = r"(?:[ \t]*(?:>[ \t]?|[-+*:~][ \t]+|\(?(?:\d{1,9}|[a-zA-Z]{1,9}|#|@[\w-]*)[.)][ \t]+))*[ \t]*"
_HEADING_LINE = re.compile(rf"^({_CONTAINERS})(#)", re.MULTILINE)
_RULE_LINE = re.compile(r"^([ \t>]*)([-=_*])(?=[-=_* \t]*$)", re.MULTILINE)
_FENCE_LINE = re.compile(rf"^({_CONTAINERS})(:::|---|```|~~~)", re.MULTILINE)


class Markdown(str):
    """Text that may use basic Markdown (emphasis, links, lists, paragraphs).

    Free-text fields of profiles and plugins are of this type. Headings (also inside lists,
    quotes and definitions), setext underlines, rules, fences and metadata blocks are defused
    so that such text cannot change the document's structure or its table of contents;
    raw HTML, TeX and typst are turned into text later by the pandoc reader and filter.
    """

    __slots__ = ()

    def __new__(cls, value: object = "") -> Markdown:
        if isinstance(value, Markdown):
            return value
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {type(value).__name__}")
        return super().__new__(cls, markdown_text(value))

    @classmethod
    def trusted(cls, text: str) -> Markdown:
        """Markdown the core composed itself from escaped parts; its structure is kept."""
        return str.__new__(cls, text)


def markdown_text(text: str) -> str:
    """Normalise line ends and defuse block structure that only the core may create."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    text = _FENCE_LINE.sub(r"\1\\\2", text)
    text = _HEADING_LINE.sub(r"\1\\\2", text)
    return _RULE_LINE.sub(r"\1\\\2", text)


def escape(value: object) -> str:
    """Render any value as literal Markdown text; Markdown values pass unchanged."""
    if isinstance(value, Markdown):
        return value
    if value is None:
        return ""
    text = _PUNCTUATION.sub(r"\\\1", " ".join(str(value).split()))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2)[0].isdigit() else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)
