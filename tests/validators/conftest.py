"""Builds every shipped profile, and the seed profile in each example design, once for the validator tests."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

from smkonzept.build import build, load_document

ROOT = Path(__file__).resolve().parents[2]


def _example_designs() -> list[Path]:
    """The seed profile with each design of examples/designs/ (logo, fonts, title lines), in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="smkonzept-validate-designs-"))
    atexit.register(shutil.rmtree, folder, True)
    designs = ROOT / "examples" / "designs"
    shutil.copytree(designs, folder, dirs_exist_ok=True)
    seed = (ROOT / "profiles" / "ihk-ulm.yaml").read_text(encoding="utf-8").rstrip("\n")
    profiles = []
    for design in sorted(designs.glob("*.yaml")):
        profile = folder / f"ihk-ulm-design-{design.stem}.yaml"
        profile.write_text(f"{seed}\ndesign: {design.name}\n", encoding="utf-8")
        profiles.append(profile)
    return profiles


SHIPPED = sorted(p for p in (ROOT / "profiles").glob("*.yaml") if not (p.stem.endswith("-base") or p.stem.startswith("_"))) + _example_designs()
"""Every profile the validators check: the shipped ones and the seed profile in each example design."""


@pytest.fixture(scope="session")
def shipped_builds(tmp_path_factory):
    """Profile stem → {"document": Document, "html"/"docx"/"pdf": Path} for every shipped profile."""
    out = tmp_path_factory.mktemp("validate")
    result = {}
    for profile in SHIPPED:
        paths = build(profile, ["html", "docx", "pdf"], out)
        result[profile.stem] = {"document": load_document(profile)[1], **{p.suffix[1:]: p for p in paths}}
    return result
