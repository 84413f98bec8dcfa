"""Every built-in law plugin meets the same contract: facts set or listed as omitted, sourced and dated."""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

import pytest

from conftest import MINIMAL_PROFILE
from smkonzept.build import load_document
from smkonzept.manager import load_registry

REGISTRY = load_registry()
STATES = {
    "baden-wuerttemberg": "DE-BW", "bayern": "DE-BY", "berlin": "DE-BE", "brandenburg": "DE-BB", "bremen": "DE-HB",
    "hamburg": "DE-HH", "hessen": "DE-HE", "mecklenburg-vorpommern": "DE-MV", "niedersachsen": "DE-NI",
    "nordrhein-westfalen": "DE-NW", "rheinland-pfalz": "DE-RP", "saarland": "DE-SL", "sachsen": "DE-SN",
    "sachsen-anhalt": "DE-ST", "schleswig-holstein": "DE-SH", "thueringen": "DE-TH", "bund": "DE",
}
LAWS = sorted(REGISTRY.laws.values(), key=lambda law: law.id)


def _https(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and "." in (parts.hostname or "") and " " not in url


def test_seventeen_laws_with_their_iso_codes_as_aliases():
    assert {law.id: law.iso_code for law in LAWS} == STATES
    for law_id, iso in STATES.items():
        assert REGISTRY.law(iso).id == law_id
        assert REGISTRY.law(iso.lower()).id == law_id


@pytest.mark.parametrize("law", LAWS, ids=lambda law: law.id)
def test_law_contract(law):
    assert law.state and law.name and law.abbreviation
    assert f"({law.abbreviation})" not in law.name, "the document adds the abbreviation after the name itself"
    assert law.citation or any("Fundstelle" in line for line in law.omitted)
    assert "Art. 6 Abs. 1 Buchst. e" in str(law.legal_basis) and law.abbreviation in str(law.legal_basis)
    assert law.authority is not None and law.authority.name
    for field, label in (("address", "Postanschrift"), ("email", "E-Mail"), ("website", "Website")):
        assert getattr(law.authority, field) or any(label in line for line in law.omitted), field
    if law.authority.website:
        assert _https(law.authority.website)
    if law.authority.email:
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", law.authority.email)
    assert law.sources and all(_https(url) for url in law.sources), [url for url in law.sources if not _https(url)]
    assert law.verified is not None and law.verified <= datetime.date.today()
    assert law.federal == (law.id == "bund")
    for ruling in law.rulings:
        assert ruling.sources and all(_https(url) for url in ruling.sources)
        assert ruling.date <= datetime.date.today() and ruling.verified is not None
    if law.guidance is not None:
        assert _https(law.guidance.url) and law.guidance.requirements
        ids = [requirement.id for requirement in law.guidance.requirements]
        assert len(ids) == len(set(ids))
    else:
        assert any("Leitfaden" in line for line in law.omitted) or law.id in ("sachsen",)


@pytest.mark.parametrize("law", [law for law in LAWS if law.guidance], ids=lambda law: law.id)
def test_guidance_requirements_have_working_checks(tmp_path, law):
    """Each check runs on a real document and returns None or a German sentence; some fail when their input is missing.

    The profile gives the officer only the body's general mailbox and records no decision on the impact
    assessment and no measures, so every guidance asks for something it lacks.
    """
    text = MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {law.id}").replace("email: datenschutz@ihk-musterstadt.example", "email: info@ihk-musterstadt.example")
    if law.federal:
        text = text.replace("kind: ihk", "kind: bundesbehoerde")
    path = tmp_path / "muster.yaml"
    path.write_text(text, encoding="utf-8")
    _, document = load_document(path, REGISTRY)
    results = [requirement.check(document) for requirement in law.guidance.requirements]
    assert all(result is None or (isinstance(result, str) and result.endswith(".")) for result in results)
    assert any(result is not None for result in results), "the profile lacks the officer's own address and a decision, so some check must fail"
