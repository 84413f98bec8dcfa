"""Facts every built-in law states beyond the plugin contract (tests/test_plugin_contract.py checks that)."""

from __future__ import annotations

import pytest

import smkonzept
from smkonzept.plugins.laws import baden_wuerttemberg, bayern, sachsen

GENERAL_BASIS = "Art. 6 Abs. 1 Buchst. e DSGVO"


def registered(module) -> smkonzept.Law:
    laws: list[smkonzept.Law] = []
    module.register_laws(register=laws.append)
    assert len(laws) == 1
    return laws[0]


@pytest.mark.parametrize("module", [baden_wuerttemberg, sachsen, bayern], ids=lambda module: module.__name__.rpartition(".")[2])
def test_legal_basis_names_the_gdpr_basis_and_the_states_own_provision(module):
    law = registered(module)
    assert GENERAL_BASIS in law.legal_basis
    assert law.abbreviation in law.legal_basis


def test_baylfd_guidance_is_stated_with_its_primary_recommendation():
    # Review 1, A13: first no fan page at all; only as a fallback an information-only page, ideally links.
    # Review 5, B7: the primary recommendation is a dated position that needs the body's decision.
    remarks = " ".join(bayern.BAYERN.remarks)
    [primary] = [ruling for ruling in bayern.BAYERN.rulings if ruling.advises_against]
    assert "grundsätzlich keine Fanpage" in primary.holding and primary.advises_against == ("facebook",)
    assert "dennoch" in remarks and "reines Informationsangebot" in remarks
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
