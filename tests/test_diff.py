"""``smkonzept diff`` and the bundle's evaluation report on two editions of the Ulm seed profile.

The new edition adds one account, rewrites one purpose and moves the date past the day the
plugins' facts were last verified; the report must name exactly these changes and those facts.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
import yaml

from helpers import html_text
from smkonzept.build import load_document
from smkonzept.changes import compare
from smkonzept.german import date_de

from conftest import PROFILES

ADDED = {"platform": "linkedin", "name": "IHK Ulm Ausbildung", "url": "https://www.linkedin.com/showcase/ihk-ulm-ausbildung", "purpose": "Das Konto wirbt bei Schulabgängerinnen und Schulabgängern für die duale Ausbildung."}
NEW_PURPOSE = "Das Konto informiert die Mitgliedsbetriebe über Termine und Projekte der IHK Ulm."
CHANGED_INDEX = 0


def _seed() -> dict:
    return yaml.safe_load((PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8"))


def _write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _verified_after(registry, start: datetime.date) -> datetime.date:
    """The latest day a fact of the seed's platforms or law was verified, after ``start``."""
    data = _seed()
    dates = [registry.platform(a["platform"]).verified for a in data["accounts"]] + [registry.law(data["law"]).verified]
    later = [d for d in dates if d is not None and d > start]
    assert later, "the plugins hold no fact verified after the seed's date; the test needs one"
    return max(later)


@pytest.fixture(scope="module")
def editions(tmp_path_factory, registry):
    """old.yaml (the seed), new.yaml (one account added, one purpose changed, later date, previous: old.yaml)."""
    folder = tmp_path_factory.mktemp("editions")
    old = _seed()
    new = _seed()
    new["document"]["date"] = _verified_after(registry, old["document"]["date"])
    new["accounts"].append(ADDED)
    new["accounts"][CHANGED_INDEX]["purpose"] = NEW_PURPOSE
    new["evaluation"]["previous"] = "old.yaml"
    return _write(folder / "old.yaml", old), _write(folder / "new.yaml", new), old, new


@pytest.fixture(scope="module")
def report(editions, registry):
    old_path, new_path, _, _ = editions
    return compare(load_document(old_path, registry)[1], load_document(new_path, registry)[1])


@pytest.fixture(scope="module")
def printed(editions):
    """The CLI's report for the two editions, as printed."""
    import subprocess
    import sys

    old_path, new_path, _, _ = editions
    result = subprocess.run([sys.executable, "-m", "smkonzept.cli", "diff", old_path.name, new_path.name], capture_output=True, text=True, cwd=old_path.parent, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _plain(markdown: str) -> str:
    """Markdown with its backslash escapes removed, for comparing with the profile's text."""
    return re.sub(r"\\([^\w\s])", r"\1", markdown)


def _expected_facts(registry, old: dict, new: dict) -> list[str]:
    start, end = old["document"]["date"], new["document"]["date"]
    platforms = {a["platform"]: registry.platform(a["platform"]) for a in old["accounts"] + new["accounts"]}.values()
    subjects = [p.name for p in platforms if p.verified and start < p.verified <= end]
    law = registry.law(new["law"])
    if law.verified and start < law.verified <= end:
        subjects.append(law.name or law.state)
    return sorted(subjects)


def _expected_rulings(registry, old: dict, new: dict) -> list[str]:
    start, end = old["document"]["date"], new["document"]["date"]
    rulings = []
    for account in old["accounts"] + new["accounts"]:
        platform = registry.platform(account["platform"])
        rulings += platform.rulings
        rulings += platform.controllership.rulings if platform.controllership else ()
        rulings += platform.third_country.rulings if platform.third_country else ()
    rulings += registry.law(new["law"]).rulings
    return sorted({r.reference for r in rulings if start < r.date <= end})


def _section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"no section „{title}“ in:\n{text}"
    return match.group(1)


def test_report_holds_exactly_the_changes(report, editions):
    _, _, old, new = editions
    assert [(ref.platform, ref.name, ref.url) for ref in report.added] == [("LinkedIn", ADDED["name"], ADDED["url"])]
    assert report.closed == ()
    assert len(report.changed) == 1
    (entry,) = report.changed
    assert entry.account.name == new["accounts"][CHANGED_INDEX]["name"]
    assert [(c.what, " ".join(c.old.split()), c.new) for c in entry.changes] == [("Zweck", " ".join(old["accounts"][CHANGED_INDEX]["purpose"].split()), NEW_PURPOSE)]
    assert (report.measures, report.decisions, report.retention, report.law) == ((), (), None, None)
    assert (report.old.date, report.new.date) == (old["document"]["date"], new["document"]["date"])


def test_cli_names_the_changes_and_nothing_else(printed, editions, registry):
    _, _, old, new = editions
    printed = _plain(printed)
    headings = re.findall(r"^## (.+)$", printed, re.M)
    expected = ["Konten", "Zwecke, Zielgruppen und Inhalte der Konten", "Geprüfte Angaben zu Plattformen und Gesetz"]
    if _expected_rulings(registry, old, new):
        expected.append("Rechtsprechung und Aufsicht")
    assert headings == expected
    for edition, label in ((old, "Vorige Ausgabe"), (new, "Diese Ausgabe")):
        line = next(line for line in printed.splitlines() if line.startswith(f"- {label}:"))
        assert date_de(edition["document"]["date"]) in line
    accounts = _section(printed, "Konten")
    assert re.findall(r"^- (.+)$", accounts, re.M) == [f"LinkedIn: [{ADDED['name']}]({ADDED['url']})"]
    assert "Nicht mehr geführt" not in accounts
    changed = _section(printed, "Zwecke, Zielgruppen und Inhalte der Konten")
    items = re.findall(r"^- (.+)$", changed, re.M)
    assert items == ["Zweck"]
    old_purpose = " ".join(old["accounts"][CHANGED_INDEX]["purpose"].split())
    assert f"  - bisher: {old_purpose}\n  - jetzt: {NEW_PURPOSE}\n" in changed


def test_cli_names_the_facts_verified_in_between(printed, editions, registry):
    _, _, old, new = editions
    facts = _section(_plain(printed), "Geprüfte Angaben zu Plattformen und Gesetz")
    listed = re.findall(r"^- (.+?), geprüft am (.+?);", facts, re.M)
    assert sorted(subject for subject, _ in listed) == _expected_facts(registry, old, new)
    for subject, day in listed:
        platform = next((registry.platform(a["platform"]) for a in new["accounts"] if registry.platform(a["platform"]).name == subject), None)
        fact = platform or registry.law(new["law"])
        assert day == date_de(fact.verified)
        assert f"<{fact.sources[0]}>" in facts


def test_same_edition_has_no_changes(run_cli, editions):
    old_path, _, _, _ = editions
    result = run_cli("diff", old_path, old_path)
    assert result.returncode == 0, result.stderr
    assert "keine Änderungen" in result.stdout
    assert "## " not in result.stdout


def test_output_file_written(run_cli, editions, tmp_path, printed):
    old_path, new_path, _, _ = editions
    target = tmp_path / "bericht.md"
    result = run_cli("diff", old_path.name, new_path.name, "--output", target, cwd=old_path.parent)
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == printed


@pytest.fixture(scope="module")
def bundles(editions, tmp_path_factory):
    """Both editions built as bundles in one run."""
    import subprocess
    import sys

    old_path, new_path, _, _ = editions
    output = tmp_path_factory.mktemp("bundles")
    result = subprocess.run([sys.executable, "-m", "smkonzept.cli", "build", old_path, new_path, "--bundle", "-o", output, "-q"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return output


def test_bundle_holds_the_evaluation_only_with_a_previous_edition(bundles):
    assert {p.name for p in (bundles / "new").glob("evaluierung.*")} == {"evaluierung.html", "evaluierung.docx", "evaluierung.pdf"}
    assert not list((bundles / "old").glob("evaluierung*"))
    assert "evaluierung.pdf" in (bundles / "new" / "index.html").read_text(encoding="utf-8")


def test_evaluation_names_period_changes_and_state(bundles, editions, registry):
    _, _, old, new = editions
    text = html_text((bundles / "new" / "evaluierung.html").read_bytes())
    assert f"vom {date_de(old['document']['date'])}" in text
    assert f"bis zum {date_de(new['document']['date'])}" in text
    assert "jährlich" in text
    assert ADDED["name"] in text
    assert " ".join(old["accounts"][CHANGED_INDEX]["purpose"].split()) in text
    assert NEW_PURPOSE in text
    for subject in _expected_facts(registry, old, new):
        assert f"{subject}, geprüft am" in text
    assert "Restrisiko" in text and "Offene Punkte" in text
    assert "evaluation.publication_url" in text  # the seed names no place of publication


def test_missing_previous_edition_is_named_with_file_and_field(run_cli, tmp_path):
    data = _seed()
    data["evaluation"]["previous"] = "fehlt.yaml"
    profile = _write(tmp_path / "neu.yaml", data)
    for command in (("check", profile), ("diff", profile, profile), ("build", profile, "--bundle", "-o", tmp_path / "out")):
        result = run_cli(*command)
        assert result.returncode == 2, command
        assert "Traceback" not in result.stderr
        assert re.search(r"neu\.yaml:\d+ \(Feld „evaluation\.previous“\): .*„fehlt\.yaml“ wurde nicht gefunden", result.stderr), result.stderr
    assert not (tmp_path / "out").exists()


def test_invalid_previous_edition_names_its_problem(run_cli, tmp_path):
    data = _seed()
    data["evaluation"]["previous"] = "alt.yaml"
    profile = _write(tmp_path / "neu.yaml", data)
    broken = _seed()
    broken["accounts"][0]["platform"] = "gibtsnicht"
    _write(tmp_path / "alt.yaml", broken)
    result = run_cli("check", profile)
    assert result.returncode == 2
    assert re.search(r"neu\.yaml:\d+ \(Feld „evaluation\.previous“\): Das Profil der vorigen Ausgabe „alt\.yaml“ ist nicht gültig", result.stderr), result.stderr
    assert re.search(r"alt\.yaml:\d+ \(Feld „accounts\[0\]\.platform“\): Unbekannte Plattform „gibtsnicht“", result.stderr), result.stderr


def test_diff_of_a_missing_file_is_a_german_error(run_cli, tmp_path, editions):
    old_path, _, _, _ = editions
    result = run_cli("diff", old_path, tmp_path / "nichtda.yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "nichtda.yaml" in result.stderr and "nicht gefunden" in result.stderr


def _minimal(tmp_path: Path, name: str, text: str, registry):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path, registry)[1]


def test_every_kind_of_change_is_reported(tmp_path, registry):
    from conftest import MINIMAL_PROFILE, completed

    base = completed(MINIMAL_PROFILE) + "  - platform: youtube\n    name: IHK Musterstadt Video\n"
    changed = (
        base.replace("law: baden-wuerttemberg", "law: bayern")
        .replace("Nachrichten löscht die Kammer drei Monate nach der Antwort.", "Nachrichten löscht die Kammer sechs Monate nach der Antwort.")
        .replace("text: Die Seite ruht bis zum Ergebnis der Konsultation.", "text: Die Seite wird geschlossen.")
        .replace("  - platform: youtube\n    name: IHK Musterstadt Video\n", "")
        .replace("    url: https://www.facebook.com/ihkmusterstadt\n", (
            "    url: https://www.facebook.com/ihkmusterstadt\n"
            "    audience: {age_min: 18, age_max: 30, text: Auszubildende.}\n"
            "    contents: [Ausbildungsmessen]\n"
        ))
        .replace("risk:\n", "risk:\n  measures: [Kommentare werden werktags geprüft.]\n  chosen_measures: [insights-aus]\n")
    )
    old = _minimal(tmp_path, "alt.yaml", base, registry)
    new = _minimal(tmp_path, "neu.yaml", changed, registry)
    report = compare(old, new)
    assert report.added == ()
    assert [(ref.platform, ref.name) for ref in report.closed] == [("YouTube", "IHK Musterstadt Video")]
    (entry,) = report.changed
    facebook = registry.platform("facebook")
    assert [(c.what, c.old, c.new) for c in entry.changes] == [
        ("Zielgruppe", facebook.default_audience, "Auszubildende."),
        ("Mindestalter der Zielgruppe", "keine Angabe", "18"),
        ("Höchstalter der Zielgruppe", "keine Angabe", "30"),
        ("Inhalte", "; ".join(facebook.default_contents), "Ausbildungsmessen"),
    ]
    from smkonzept.catalogue import MEASURES

    assert [(c.what, c.new) for c in report.measures] == [
        ("Eigene Maßnahme hinzugekommen", "Kommentare werden werktags geprüft."),
        ("Maßnahme aus dem Katalog hinzugekommen", MEASURES["insights-aus"].title),
    ]
    (decision,) = report.decisions
    assert decision.what == "Entscheidung zu Facebook"
    assert "ruht bis zum Ergebnis" in decision.old and "wird geschlossen" in decision.new
    assert report.retention is not None and "drei Monate" in report.retention.old and "sechs Monate" in report.retention.new
    assert report.law is not None and (report.law.old, report.law.new) == (old.law.name, new.law.name)
    text = _plain(report.markdown(2, full=True))
    assert "Nicht mehr geführt:\n\n- YouTube: IHK Musterstadt Video" in text
    assert "- Maßnahme aus dem Katalog hinzugekommen: " + MEASURES["insights-aus"].title in text
    assert f"    - bisher: {old.law.name}\n    - jetzt: {new.law.name}" in text


def test_rulings_dated_between_the_editions_are_named_with_date_and_source(tmp_path, registry):
    from conftest import MINIMAL_PROFILE

    facebook = registry.platform("facebook")
    rulings = [*facebook.rulings, *(facebook.controllership.rulings if facebook.controllership else ())]
    ruling = max(rulings, key=lambda entry: entry.date)
    day_before = ruling.date - datetime.timedelta(days=1)
    old = _minimal(tmp_path, "alt.yaml", MINIMAL_PROFILE.replace("date: 2026-11-01", f"date: {day_before.isoformat()}"), registry)
    new = _minimal(tmp_path, "neu.yaml", MINIMAL_PROFILE.replace("date: 2026-11-01", f"date: {ruling.date.isoformat()}"), registry)
    report = compare(old, new)
    assert not report.profile_changed
    assert ruling in [entry.ruling for entry in report.rulings]
    assert all(day_before < entry.ruling.date <= ruling.date for entry in report.rulings)
    text = report.markdown(2, full=True)
    assert "hat sich zwischen den beiden Ausgaben nichts geändert" in text
    section = _section(text, "Rechtsprechung und Aufsicht")
    line = next(line for line in section.splitlines() if ruling.reference.replace("/", "") in line.replace("\\", "").replace("/", ""))
    assert line.startswith("- Facebook: ")
    if ruling.sources:
        assert f"(<{ruling.sources[0]}>)" in line


def test_evaluation_states_its_questions_and_that_the_result_is_missing(bundles):
    text = html_text((bundles / "new" / "evaluierung.html").read_bytes())
    assert "ob die Konten weiterhin erforderlich sind, ob sie ihre Zielgruppen erreichen" in text
    assert "Das Ergebnis dieser Prüfung ist nicht eingetragen (Profil: „evaluation.result“)" in text
    assert "nicht zur Veröffentlichung bestimmt" in text


def test_evaluation_shows_the_bodys_result_and_the_date_of_each_fact(tmp_path, registry):
    from smkonzept.build import load_documents
    from smkonzept.bundle import bundle_documents
    from smkonzept.evaluation import previous_edition

    old = _seed()
    new = _seed()
    new["evaluation"]["previous"] = "alt.yaml"
    new["evaluation"]["result"] = "Alle Konten erreichen ihre Zielgruppen; die Maßnahmen genügen."
    _write(tmp_path / "alt.yaml", old)
    path = _write(tmp_path / "neu.yaml", new)
    (loaded, concept), = load_documents([path], registry)
    report = next(e for e in bundle_documents(concept, registry, previous_edition(loaded, concept, registry)) if e.type.id == "evaluierung")
    text = report.document.markdown().replace("\\", "")
    assert "Alle Konten erreichen ihre Zielgruppen; die Maßnahmen genügen." in text
    assert "nicht eingetragen" not in text
    assert "keine neue Prüfung der Angaben zu Plattformen und Gesetz verzeichnet" in text
    for use in concept.platforms:
        assert f"- {use.platform.name}: geprüft am {date_de(use.platform.verified)}" in text
