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
