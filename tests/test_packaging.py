"""The declared dependency bounds and the `min` test environment agree."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

tomllib = pytest.importorskip("tomllib")


def _lower_bounds() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    bounds = {}
    for requirement in requirements:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9.]*)(?:\s*,.*)?", requirement)
        assert match, f"{requirement!r} has no lower bound"
        bounds[_normal(match.group(1))] = match.group(2)
    return bounds


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "tests" / "constraints-min.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[_normal(name)] = version
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _same_version(a: str, b: str) -> bool:
    def parts(version: str) -> list[int]:
        numbers = [int(part) for part in version.split(".")]
        while numbers and numbers[-1] == 0:
            numbers.pop()
        return numbers

    return parts(a) == parts(b)


def test_every_lower_bound_is_pinned_for_the_min_environment():
    bounds, pins = _lower_bounds(), _pins()
    assert set(bounds) == set(pins)
    for name, version in bounds.items():
        assert _same_version(pins[name], version), (name, pins[name], version)


def test_tox_runs_the_min_environment_by_default():
    tox = (ROOT / "tox.ini").read_text(encoding="utf-8")
    env_list = re.search(r"^env_list\s*=\s*(.+)$", tox, re.M).group(1).replace(",", " ").split()
    assert {"py", "min", "validate"} <= set(env_list)
    assert "bench" not in env_list
    assert "PIP_CONSTRAINT = {tox_root}/tests/constraints-min.txt" in tox
