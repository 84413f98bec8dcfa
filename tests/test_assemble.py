"""Assembling documents: chapter order, optional and own chapters, accounts and operators."""

from __future__ import annotations

import re

import pytest

from conftest import MINIMAL_PROFILE
from smkonzept.build import load_document
from smkonzept.errors import ProfileError
from smkonzept.skeleton import CORE_CHAPTERS

ACCOUNTS = """\
accounts:
  - platform: mastodon
    name: IHK auf bawü.social
    url: https://bawü.social/@ihk
  - platform: facebook
    name: IHK Hauptseite
    url: https://www.facebook.com/ihk
  - platform: x
    name: IHK News
    url: https://x.com/ihk
  - platform: facebook
    name: IHK Azubi-Seite
    url: https://www.facebook.com/ihkazubi
    audience: {age_min: 14, age_max: 24}
    contents: [Ausbildungsplätze, Prüfungstermine]
"""


def document_for(tmp_path, extra: str = "", accounts: str | None = None):
    text = MINIMAL_PROFILE
    if accounts is not None:
        text = text[: text.index("accounts:")] + accounts
    path = tmp_path / "p.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return load_document(path)[1]


def test_default_chapters_in_skeleton_order(tmp_path):
    document = document_for(tmp_path)
    expected = [c.id for c in CORE_CHAPTERS if c.default]
    top = [s.id for s in document.sections if s.level == 1]
    assert top == ["offene-punkte", *expected]


def test_platform_chapters_follow_first_appearance_and_group_accounts(tmp_path):
    document = document_for(tmp_path, accounts=ACCOUNTS)
    platform_sections = [s for s in document.sections if s.id.startswith("plattform-")]
    assert [s.id for s in platform_sections] == ["plattform-mastodon", "plattform-facebook", "plattform-twitter"]
    assert all(s.level == 2 for s in platform_sections)
    facebook = platform_sections[1].body
    assert "### IHK Hauptseite" in facebook and "### IHK Azubi-Seite" in facebook
    assert "zwischen 14 und 24 Jahren" in facebook
    assert "- Prüfungstermine" in facebook
    assert platform_sections[2].title == "X (vormals Twitter)"


def test_mastodon_operator_comes_from_the_server(tmp_path):
    document = document_for(tmp_path, accounts=ACCOUNTS)
    mastodon = document.platforms[0]
    assert "Baden-Württemberg" in mastodon.accounts[0].operator.name


def test_profile_order_titles_and_own_text(tmp_path):
    extra = """\
chapters:
  numbered: false
  platforms_as_chapters: true
  order: [erforderlichkeit, rechtsgrundlage, angebot, risiko, betreuung, betroffenenrechte, alternativen, selbstverpflichtung, evaluierung]
  texts:
    alternativen: {title: Andere Wege zu uns, before: ["Vorweg ein eigener Satz."], after: ["Zum Schluss noch einer."]}
    betreuung: {replace: ["Nur dieser Text."]}
  custom:
    - id: selbstverpflichtung
      title: Selbstverpflichtung
      paragraphs: ["Wir prüfen uns selbst."]
"""
    document = document_for(tmp_path, extra)
    top = [(s.id, s.level) for s in document.sections if s.level == 1]
    assert [i for i, _ in top] == ["offene-punkte", "erforderlichkeit", "rechtsgrundlage", "plattform-facebook", "risiko", "betreuung", "betroffenenrechte", "alternativen", "selbstverpflichtung", "evaluierung"]
    sections = {s.id: s for s in document.sections}
    assert sections["alternativen"].title == "Andere Wege zu uns"
    body = sections["alternativen"].body
    assert body.startswith("Vorweg ein eigener Satz.") and body.rstrip().endswith("Zum Schluss noch einer.")
    assert sections["betreuung"].body.strip() == "Nur dieser Text."
    assert sections["selbstverpflichtung"].body.strip() == "Wir prüfen uns selbst."


def test_include_and_exclude_optional_chapters(tmp_path):
    document = document_for(tmp_path, "chapters:\n  include: [schaltflaechen, netiquette]\n  exclude: [sensibilisierung]\n")
    ids = [s.id for s in document.sections if s.level == 1]
    assert ids.index("schaltflaechen") == ids.index("angebot") + 1
    assert ids.index("netiquette") == ids.index("betreuung") + 1
    assert "sensibilisierung" not in ids


@pytest.mark.parametrize(
    ("chapters", "message"),
    [
        ("chapters:\n  exclude: [risiko]\n", "Das Pflichtkapitel „risiko“ (Risikoabwägung und Datenschutz-Folgenabschätzung) fehlt: Art. 35 DSGVO"),
        ("chapters:\n  exclude: [rechtsgrundlage]\n", "Das Pflichtkapitel „rechtsgrundlage“ (Rechtsgrundlagen) fehlt: Art. 13 Abs. 1 Buchst. c DSGVO"),
        ("chapters:\n  include: [gibtsnicht]\n", "Unbekanntes Kapitel „gibtsnicht“"),
        ("chapters:\n  order: [erforderlichkeit, angebot]\n", "Das Pflichtkapitel „betreuung“ (Redaktionelle und technische Betreuung) fehlt: es trägt die Anbieterkennzeichnung nach § 18 Abs. 1 MStV"),
        ("chapters:\n  merge: {betreuung: [betreuung]}\n", "kann nicht zugleich eigenständig stehen"),
        ("chapters:\n  custom: [{id: risiko, title: X, paragraphs: [y]}]\n", "Die Kapitelkennung „risiko“ ist schon vergeben"),
    ],
)
def test_chapter_mistakes_are_profile_errors(tmp_path, chapters, message):
    with pytest.raises(ProfileError, match=re.escape(message)):
        document_for(tmp_path, chapters)


def test_law_aliases_and_iso_codes(tmp_path):
    for key in ("DE-BW", "bw", "baden-wuerttemberg"):
        path = tmp_path / f"{key}.yaml"
        path.write_text(MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {key}"), encoding="utf-8")
        assert load_document(path)[1].law.id == "baden-wuerttemberg"
