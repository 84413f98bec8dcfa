"""Shared fixtures: the plugin registry, the shipped profiles and a runner for the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from smkonzept.manager import load_registry

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ROOT / "profiles"

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="module")
def seed(request):
    """The seed profile a ``test_profile_*`` module names, built to HTML once."""
    from types import SimpleNamespace

    from helpers import html_text, render_html

    module = request.module
    html = render_html(module.PROFILE)
    return SimpleNamespace(profile=module.PROFILE, facts=module.FACTS, chapters=module.CHAPTERS, html=html, text=html_text(html))


def pytest_generate_tests(metafunc):
    if "fact" in metafunc.fixturenames and hasattr(metafunc.module, "FACTS"):
        metafunc.parametrize("fact", metafunc.module.FACTS)


@pytest.fixture(scope="session")
def registry():
    return load_registry()


@pytest.fixture
def run_cli():
    """Run ``smkonzept`` as a separate process, as a user would; returns the CompletedProcess."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "smkonzept.cli", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            check=False,
        )

    return run


MINIMAL_PROFILE = """\
schema: 1
chamber:
  name: Industrie- und Handelskammer Musterstadt
  short_name: IHK Musterstadt
  kind: ihk
  address: {street: Marktplatz 1, postal_code: "12345", city: Musterstadt}
  website: https://www.ihk-musterstadt.example
  email: info@ihk-musterstadt.example
  phone: 01234 567-0
law: baden-wuerttemberg
editorial: {unit: Pressestelle, email: presse@ihk-musterstadt.example}
data_protection_officer: {name: Erika Mustermann, email: datenschutz@ihk-musterstadt.example}
evaluation: {interval_months: 12}
document: {date: 2026-11-01}
risk:
  consultation: {status: scheduled, date: 2027-01-31}
accounts:
  - platform: facebook
    name: IHK Musterstadt
    url: https://www.facebook.com/ihkmusterstadt
"""


def completed(text: str) -> str:
    """``text`` (MINIMAL_PROFILE or a variant) with every open point before signature filled in
    except the body's decision (``risk.decision``), which stays the one unmet core requirement.
    The Facebook decision answers the missing Art. 26 agreement for the collection."""
    return (
        text.replace("  phone: 01234 567-0\n", "  phone: 01234 567-0\n  representatives: [Dr. Erika Muster (Präsidentin)]\n", 1)
        .replace("document: {date: 2026-11-01}", "document: {date: 2026-11-01, publication_url: https://www.ihk-musterstadt.example/social-media}")
        .replace("evaluation: {interval_months: 12}", "evaluation: {interval_months: 12, publication_url: https://www.ihk-musterstadt.example/evaluierung}")
        .replace("consultation: {status: scheduled, date: 2027-01-31}", "consultation: {status: requested, date: 2026-10-28, interim: suspended}")
        .replace(
            "risk:\n",
            "website: {embeds: none}\nretention: Nachrichten löscht die Kammer drei Monate nach der Antwort.\nrisk:\n"
            "  dpo_opinion: {date: 2026-10-15, text: Keine Einwände.}\n"
            "  platform_decisions: {facebook: {date: 2026-10-20, by: Hauptgeschäftsführung, text: Die Seite ruht bis zum Ergebnis der Konsultation.}}\n",
        )
    )


@pytest.fixture
def minimal_profile(tmp_path: Path) -> Path:
    """A small valid profile written to a temporary folder."""
    path = tmp_path / "muster.yaml"
    path.write_text(MINIMAL_PROFILE, encoding="utf-8")
    return path


BUNDLE_PROFILES = (
    PROFILES / "ihk-ulm.yaml",
    PROFILES / "ihk-region-stuttgart.yaml",
    PROFILES / "ihk-muenchen-oberbayern.yaml",
    PROFILES / "ihk-dresden.yaml",
    ROOT / "examples" / "profile-ohne-gemeinsame-verantwortung.yaml",
)
"""The four seed profiles and the one on YouTube, XING and bawü.social: the profiles issue 17 names."""


@pytest.fixture(scope="session")
def bundles(tmp_path_factory):
    """Each of BUNDLE_PROFILES built once with ``--bundle``: stem → (folder, assembled concept).

    Under pytest-xdist the workers share one build: the first builds into the run's common
    temporary folder while holding a lock, the others wait and read it.
    """
    import fcntl

    from smkonzept.build import load_documents, workers
    from smkonzept.bundle import write_bundles
    from smkonzept.evaluation import previous_edition

    registry = load_registry()
    shared = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") else tmp_path_factory.getbasetemp()
    output = shared / "bundles"
    documents = load_documents(BUNDLE_PROFILES, registry)
    with open(shared / "bundles.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (output / "fertig").exists():
            write_bundles(documents, registry, output, workers(), extra=previous_edition)
            (output / "fertig").write_text("", encoding="utf-8")
    return {loaded.path.stem: (output / loaded.path.stem, document) for loaded, document in documents}
