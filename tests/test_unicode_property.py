"""Property: any Unicode in any text field is built into all three formats intact, or refused (exit 2).

Every text field of a full profile gets generated text: arbitrary code points (most are refused
at load time: controls, noncharacters, characters the PDF fonts lack) and text drawn from the
characters the fonts do carry (which must then build). On exit 0 every text must be found in the
HTML, the DOCX and the PDF. Building all three formats is slow, so the example budget is small,
smaller still under CI.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from helpers import html_text
from smkonzept.cli import main

FONTS = Path(__file__).resolve().parent.parent / "core" / "templates" / "fonts"

PLAIN = [
    ("chamber", "name"), ("chamber", "short_name"), ("chamber", "address", "street"), ("chamber", "address", "postal_code"),
    ("chamber", "address", "city"), ("chamber", "address", "po_box"), ("chamber", "phone"), ("chamber", "phone_hours"),
    ("chamber", "fax"), ("editorial", "unit"), ("editorial", "phone"), ("editorial", "person"), ("editorial", "technical"),
    ("data_protection_officer", "name"), ("data_protection_officer", "organisation"), ("document", "title"),
    ("document", "subtitle"), ("document", "version"), ("accounts", 0, "name"), ("accounts", 1, "name"),
    ("accounts", 1, "operator", "name"), ("accounts", 1, "operator", "address"), ("accounts", 1, "operator", "country"),
    ("chapters", "texts", "einleitung", "title"), ("chapters", "custom", 0, "title"), ("target_groups", 0),
]
"""One-line text fields: their text is escaped, so it must come out exactly."""

MARKDOWN = [
    ("chamber", "mandate"), ("evaluation", "text"), ("accounts", 0, "purpose"), ("accounts", 0, "audience", "text"),
    ("accounts", 0, "contents", 0), ("accounts", 0, "paragraphs", 0), ("chapters", "texts", "einleitung", "before", 0),
    ("chapters", "texts", "einleitung", "after", 0), ("chapters", "custom", 0, "paragraphs", 0), ("risk", "measures", 0),
    ("risk", "result"), ("necessity", 0),
]
"""Paragraph fields: Markdown, so only text without Markdown punctuation must come out as written."""

PROFILE = {
    "schema": 1,
    "chamber": {
        "name": "", "short_name": "", "kind": "ihk", "address": {"street": "", "postal_code": "", "city": "", "po_box": ""},
        "website": "https://www.ihk-muster.example", "email": "info@ihk-muster.example", "phone": "", "phone_hours": "",
        "fax": "", "mandate": "",
    },
    "law": "baden-wuerttemberg",
    "editorial": {"unit": "", "email": "presse@ihk-muster.example", "phone": "", "person": "", "technical": ""},
    "data_protection_officer": {"name": "", "email": "dsb@ihk-muster.example", "organisation": ""},
    "evaluation": {"interval_months": 12, "text": ""},
    "document": {"date": "2026-11-01", "title": "", "subtitle": "", "version": "", "keywords": ["a"]},
    "accounts": [
        {"platform": "facebook", "name": "", "url": "https://www.facebook.com/muster", "purpose": "", "audience": {"text": ""},
         "contents": [""], "paragraphs": [""]},
        {"platform": "mastodon", "name": "", "url": "https://social.example/@muster", "operator": {"name": "", "address": "", "country": ""}},
    ],
    "chapters": {"texts": {"einleitung": {"title": "", "before": [""], "after": [""]}}, "custom": [{"id": "eigenes", "title": "", "paragraphs": [""]}]},
    "risk": {"measures": [""], "result": ""},
    "necessity": [""],
    "target_groups": [""],
}


def _covered() -> list[str]:
    chars: set[str] = set()
    for line in (FONTS / "coverage.txt").read_text(encoding="ascii").splitlines():
        if line and line[0] not in "#[":
            first, last = (int(part, 16) for part in line.split("-"))
            chars |= {chr(point) for point in range(first, last + 1) if unicodedata.category(chr(point)) not in ("Cc", "Cs", "Co")}
    return sorted(chars)


COVERED = _covered()
MARKDOWN_PUNCTUATION = set("\\`*_{}[]()#+-.!|<>&:~^\"'$@=/%;,?")
carried = st.text(st.sampled_from(COVERED) | st.sampled_from(list("👩‍👧🏳️‍🌈 ğşıİłąężΩ-–—…„“\"'*_#<>&\\")), min_size=1, max_size=16)
anything = st.text(min_size=1, max_size=8)
FIELDS = PLAIN + MARKDOWN
profiles = st.one_of(
    st.fixed_dictionaries({path: carried for path in FIELDS}),
    st.fixed_dictionaries({path: carried | anything for path in FIELDS}),
)
BUDGET = 4 if os.environ.get("CI") else 12


def _set(data: dict, path: tuple, value: str) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


IGNORABLE = re.compile(
    "[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
"""Unicode's default-ignorable code points: invisible, so text extraction may drop them."""


def _comparable(text: str) -> str:
    """Text with what formats may change removed: white space, hyphens at breaks, invisible characters."""
    text = IGNORABLE.sub("", unicodedata.normalize("NFC", text))
    # typst sets a hyphen before a digit as a minus sign (-2 → −2) and may hyphenate at line ends
    return "".join(char for char in text if not char.isspace() and char not in "-\u2212" and unicodedata.category(char) != "Cf")


def _pdf_text(path: Path) -> str:
    """The PDF's text by poppler's pdftotext where installed (pypdf repeats the text of a letter
    with combining marks once per glyph), else by pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _outputs(folder: Path) -> dict[str, str]:
    import html

    with zipfile.ZipFile(folder / "p.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return {
        "html": _comparable(html_text((folder / "p.html").read_bytes())),
        "docx": _comparable(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))),
        "pdf": _comparable(_pdf_text(folder / "p.pdf")),
    }


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("unicode")


@settings(max_examples=BUDGET, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(values=profiles)
def test_any_unicode_builds_intact_or_is_refused(folder, values):
    import copy

    data = copy.deepcopy(PROFILE)
    for path, value in values.items():
        _set(data, path, value)
    profile = folder / "p.yaml"
    profile.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = folder / "out"
    for old in out.glob("*") if out.exists() else ():
        old.unlink()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["build", str(profile), "--output", str(out)])
    assert code in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue() and "Interner Fehler" not in err.getvalue()
    event(f"exit {code}")
    if code == 2:
        assert "p.yaml" in err.getvalue() and not out.exists() or not list(out.iterdir())
        return
    outputs = _outputs(out)
    for path, value in values.items():
        if path in MARKDOWN and MARKDOWN_PUNCTUATION & set(value):
            continue
        expected = _comparable(value)
        for fmt, text in outputs.items():
            assert expected in text, (fmt, path, value)
