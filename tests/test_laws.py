"""The built-in law plugins: each registers one law with current, sourced facts."""

from __future__ import annotations

import datetime

import pytest


import smkonzept
from smkonzept.plugins.laws import baden_wuerttemberg, bayern, sachsen
from helpers import texts

EXPECTED = {
    baden_wuerttemberg: {
        "id": "baden-wuerttemberg",
        "iso_code": "DE-BW",
        "abbreviation": "LDSG",
        "provision": "§ 4 LDSG",
        "authority": "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
        "email": "poststelle@lfdi.bwl.de",
        "guidance": True,
    },
    sachsen: {
        "id": "sachsen",
        "iso_code": "DE-SN",
        "abbreviation": "SächsDSDG",
        "provision": "§ 3 SächsDSDG",
        "authority": "Die Sächsische Datenschutz- und Transparenzbeauftragte",
        "email": "post@sdtb.sachsen.de",
        "guidance": False,
    },
    bayern: {
        "id": "bayern",
        "iso_code": "DE-BY",
        "abbreviation": "BayDSG",
        "provision": "Art. 4 BayDSG",
        "authority": "Der Bayerische Landesbeauftragte für den Datenschutz",
        "email": "poststelle@datenschutz-bayern.de",
        "guidance": True,
    },
}

OUTDATED = (
    "§ 5 TMG",
    "Telemediengesetz",
    "TTDSG",
    "§§ 18-22 Sächsisches Datenschutzgesetz",
    "§§ 18–22 Sächsisches Datenschutzgesetz",
)

modules = pytest.mark.parametrize("module", list(EXPECTED), ids=lambda module: module.__name__.rpartition(".")[2])


def registered(module) -> smkonzept.Law:
    laws: list[smkonzept.Law] = []
    module.register_laws(register=laws.append)
    assert len(laws) == 1
    return laws[0]


@modules
def test_identity(module):
    law, expected = registered(module), EXPECTED[module]
    assert isinstance(law, smkonzept.Law)
    assert (law.id, law.iso_code, law.abbreviation) == (expected["id"], expected["iso_code"], expected["abbreviation"])


@modules
def test_legal_basis(module):
    law = registered(module)
    assert EXPECTED[module]["provision"] in law.legal_basis
    assert "Art. 6 Abs. 1 Buchst. e DSGVO" in law.legal_basis


@modules
def test_authority(module):
    law, expected = registered(module), EXPECTED[module]
    assert law.authority is not None
    assert law.authority.name == expected["authority"]
    assert law.authority.email == expected["email"]


@modules
def test_sources_and_date(module):
    law = registered(module)
    assert law.sources
    assert all(source.startswith("https://") for source in law.sources)
    assert isinstance(law.verified, datetime.date)


@modules
def test_no_outdated_references(module):
    found = [(old, text) for text in texts(registered(module)) for old in OUTDATED if old in text]
    assert not found


@modules
def test_guidance_requirements(module):
    guidance = registered(module).guidance
    assert (guidance is not None) == EXPECTED[module]["guidance"]
    if guidance is None:
        return
    assert guidance.requirements
    assert all(callable(requirement.check) for requirement in guidance.requirements)
    ids = [requirement.id for requirement in guidance.requirements]
    assert len(ids) == len(set(ids))


def test_baylfd_guidance_is_stated_with_its_primary_recommendation():
    # Review 1, A13: first no fan page at all; only as a fallback an information-only page, ideally links.
    remarks = " ".join(bayern.BAYERN.remarks)
    assert "grundsätzlich keine Fanpage" in remarks
    assert remarks.index("grundsätzlich keine Fanpage") < remarks.index("reines Informationsangebot")
    assert "Verlinkung" in remarks and "(4.4)" in remarks
    assert bayern.BAYLFD_FAQ in bayern.BAYERN.sources


def test_saxon_facts_as_corrected():
    # Review 1, A12 and section 7: the SDTB runs social.sachsen.de; the action was filed in August 2023.
    remarks = " ".join(sachsen.SACHSEN.remarks)
    assert "social.sachsen.de betreibt die Sächsische Datenschutz- und Transparenzbeauftragte" in remarks
    assert "auf Antrag" in remarks and "nicht Kammern" not in remarks
    assert "August 2023" in sachsen.SDTB_ORDER.status
    assert "https://www.datenschutz.sachsen.de" not in sachsen.SDTB_ORDER.sources
    assert sachsen.SOCIAL_SACHSEN_PRIVACY in sachsen.SACHSEN.sources
