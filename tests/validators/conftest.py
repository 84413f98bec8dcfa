"""Builds every shipped profile once for the validator tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from smkonzept.build import build, load_document

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(p for p in (ROOT / "profiles").glob("*.yaml") if not (p.stem.endswith("-base") or p.stem.startswith("_")))


@pytest.fixture(scope="session")
def shipped_builds(tmp_path_factory):
    """Profile stem → {"document": Document, "html"/"docx"/"pdf": Path} for every shipped profile."""
    out = tmp_path_factory.mktemp("validate")
    result = {}
    for profile in SHIPPED:
        paths = build(profile, ["html", "docx", "pdf"], out)
        result[profile.stem] = {"document": load_document(profile)[1], **{p.suffix[1:]: p for p in paths}}
    return result
