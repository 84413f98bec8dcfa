"""The assembled Markdown keeps its structure: every heading and every bold label starts a block.

pandoc reads a heading or a bold label that follows a line of text without a blank line as part of
that paragraph. A template block that ends a paragraph with a Jinja tag eats the blank line, and the
heading then prints as literal ``##`` inside the text and drops out of the table of contents
(review R7, C1).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from smkonzept.build import load_document

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "profiles").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml"))

BLOCK_START = re.compile(r"^(#{1,6} \S|\*\*[A-ZÄÖÜ][^*]{0,80}:\*\* )")


def glued_blocks(markdown: str) -> list[str]:
    """Lines that start a heading or a labelled paragraph right after a line of text."""
    lines = markdown.splitlines()
    return [line for before, line in zip(lines, lines[1:]) if BLOCK_START.match(line) and before.strip()]


def test_the_check_finds_a_glued_heading():
    assert glued_blocks("Text.\n## Titel\n") == ["## Titel"]
    assert glued_blocks("Text.\n\n## Titel\n\n**Verantwortlichkeit:** offen\n") == []


@pytest.mark.parametrize("profile", SHIPPED, ids=lambda path: path.stem)
def test_no_heading_or_label_inside_a_paragraph(profile):
    _, document = load_document(profile)
    assert glued_blocks(document.markdown()) == []
