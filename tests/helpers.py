"""Helpers for the profile tests: the visible text and the chapter headings of a built HTML file."""

from __future__ import annotations

import re
import subprocess
import sys

from html.parser import HTMLParser
from pathlib import Path

__all__ = [
    "OUTDATED", "PROFILES", "SeedProfileChecks", "chapter_titles", "html_text", "in_order", "modules_loaded_by_build",
    "outdated_in", "render_html",
]

PROFILES = Path(__file__).resolve().parent.parent / "profiles"

OUTDATED = (
    "Telemediengesetz",
    "§ 5 TMG",
    "TTDSG",
    "Sächsisches Datenschutzgesetz",
    "Sächsischen Datenschutzgesetz",
    "§§ 18-22",
    "§§ 18–22",
    "§§ 18-20",
    "§§ 18–20",
    "Google Inc",
    "Twitter Inc",
    "Meta Plattforms",
    "Instagram LLC",
    "Menlo Park",
)
"""References the seeds make that are outdated today; no built concept may contain them."""

_SKIPPED = {"head", "script", "style", "template"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "section", "table", "td", "th", "tr", "ul",
}


def _normalise(text: str) -> str:
    return " ".join(text.split())


class _TextParser(HTMLParser):
    """Collects the text of the body; entities are resolved by the parser (convert_charrefs)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        if tag in _BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip:
            self._skip -= 1
        if tag in _BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


class _HeadingParser(HTMLParser):
    """Collects the text of every ``<h1>`` except the document title, without section numbers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.titles: list[str] = []
        self._current: list[str] | None = None
        self._number_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "h1" and "title" not in classes:
            self._current = []
        elif tag == "span" and self._current is not None:
            if self._number_depth or "header-section-number" in classes:
                self._number_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._number_depth:
            self._number_depth -= 1
        elif tag == "h1" and self._current is not None:
            self.titles.append(_normalise("".join(self._current)))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None and not self._number_depth:
            self._current.append(data)


def html_text(data: bytes) -> str:
    """The visible text of an HTML document: tags removed, entities resolved, whitespace collapsed."""
    parser = _TextParser()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return _normalise("".join(parser.parts))


def chapter_titles(data: bytes) -> list[str]:
    """The chapter headings (``<h1>``) of a built HTML document in document order, without numbers."""
    parser = _HeadingParser()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return parser.titles


def in_order(expected: list[str], actual: list[str]) -> bool:
    """Whether every title of ``expected`` occurs in ``actual``, in the same order."""
    remaining = iter(actual)
    return all(any(title == candidate for candidate in remaining) for title in expected)


def outdated_in(text: str) -> list[str]:
    """The outdated references of :data:`OUTDATED` found in ``text``, plus a bare "TMG"."""
    found = [old for old in OUTDATED if old in text]
    if re.search(r"\bTMG\b", text):
        found.append("TMG")
    return found


def render_html(profile: str) -> bytes:
    """Load ``profiles/<profile>`` and render it to HTML in memory (nothing is written)."""
    from smkonzept.build import load_document
    from smkonzept.render import render_bytes

    _, document = load_document(PROFILES / profile)
    return render_bytes(document, ["html"])["html"]


class SeedProfileChecks:
    """Tests every seed profile module shares. The module defines ``PROFILE`` (file name in
    ``profiles/``), ``FACTS`` (at least 20 facts from its seed) and ``CHAPTERS`` (the seed's chapter
    titles in order) and subclasses this as ``TestSeedProfile``; the ``seed`` fixture builds it."""

    def test_enough_facts(self, seed):
        assert len(seed.facts) >= 20
        assert len(set(seed.facts)) == len(seed.facts)

    def test_fact_appears(self, seed, fact):
        assert fact in seed.text

    def test_chapters_in_seed_order(self, seed):
        titles = chapter_titles(seed.html)
        missing = [title for title in seed.chapters if title not in titles]
        assert not missing, f"fehlende Kapitel: {missing}; vorhanden: {titles}"
        assert in_order(seed.chapters, titles), titles

    def test_no_outdated_references(self, seed):
        assert outdated_in(seed.text) == []

    def test_profile_file_has_no_outdated_references(self, seed):
        assert outdated_in((PROFILES / seed.profile).read_text(encoding="utf-8")) == []



def modules_loaded_by_build(profile: Path, output: Path) -> set[str]:
    """The top-level modules a fresh process has loaded after ``smkonzept build PROFILE --format html``."""
    code = (
        "import sys\n"
        "from smkonzept.cli import main\n"
        f"assert main(['build', {str(profile)!r}, '--format', 'html', '--output', {str(output)!r}, '--quiet']) == 0\n"
        "print('\\n'.join(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())
