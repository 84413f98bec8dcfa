"""``smkonzept check``: the guidance's elements as met or missing, and --strict."""

from __future__ import annotations

from conftest import MINIMAL_PROFILE, completed
from smkonzept.build import load_document


def test_yearly_evaluation_warning_for_baden_wuerttemberg(run_cli, tmp_path):
    profile = tmp_path / "zweijahre.yaml"
    profile.write_text(MINIMAL_PROFILE.replace("interval_months: 12", "interval_months: 24"), encoding="utf-8")
    result = run_cli("check", profile)
    assert result.returncode == 0
    assert "✗ fehlt:    Evaluierung mindestens einmal im Jahr" in result.stdout
    assert "jährlich" in result.stdout and "24" in result.stdout
    assert "Warnung" in result.stderr
    strict = run_cli("check", "--strict", profile)
    assert strict.returncode == 2
    assert "Fehler" in strict.stderr


def test_met_elements_are_listed(run_cli, minimal_profile):
    result = run_cli("check", minimal_profile)
    for element in ("Evaluierung mindestens einmal im Jahr", "Datenschutz-Folgenabschätzung enthalten", "Verantwortliche Stelle für redaktionelle und technische Betreuung benannt"):
        assert f"✓ erfüllt:  {element}" in result.stdout


def test_publication_missing_is_a_warning_until_named(run_cli, tmp_path, minimal_profile):
    result = run_cli("check", minimal_profile)
    assert "✗ fehlt:    Konzept und Ergebnis der Evaluierung veröffentlicht" in result.stdout
    concept_only = tmp_path / "nur-konzept.yaml"
    concept_only.write_text(MINIMAL_PROFILE.replace("document: {date: 2026-11-01}", "document: {date: 2026-11-01, publication_url: https://www.ihk-musterstadt.example/social-media}"), encoding="utf-8")
    result = run_cli("check", concept_only).stdout
    assert "✗ fehlt:    Konzept und Ergebnis der Evaluierung veröffentlicht" in result
    assert "evaluation.publication_url" in result and "document.publication_url" not in result
    named = tmp_path / "veroeffentlicht.yaml"
    named.write_text(
        concept_only.read_text(encoding="utf-8").replace("evaluation: {interval_months: 12}", "evaluation: {interval_months: 12, publication_url: https://www.ihk-musterstadt.example/evaluierung}"),
        encoding="utf-8",
    )
    assert "✓ erfüllt:  Konzept und Ergebnis der Evaluierung veröffentlicht" in run_cli("check", named).stdout


def test_check_writes_nothing(run_cli, minimal_profile, tmp_path):
    run_cli("check", minimal_profile, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == [minimal_profile]


def test_check_and_document_word_the_interval_alike(run_cli, tmp_path):
    profile = tmp_path / "zweijahre.yaml"
    profile.write_text(MINIMAL_PROFILE.replace("interval_months: 12", "interval_months: 24"), encoding="utf-8")
    checked = run_cli("check", profile).stdout
    assert "das Profil sieht alle zwei Jahre vor" in checked and "alle 24 Monate vor" not in checked
    _, document = load_document(profile)
    evaluation = next(section.body for section in document.sections if section.id == "evaluierung")
    assert "alle zwei Jahre" in evaluation



def test_counts_are_in_singular_or_plural(run_cli, tmp_path):
    complete = completed(MINIMAL_PROFILE)
    minimal_profile = tmp_path / "eins.yaml"
    minimal_profile.write_text(complete, encoding="utf-8")
    one = run_cli("check", minimal_profile)
    assert "Profil ist gültig (Baden-Württemberg, 1 Konto)." in one.stdout
    assert "Warnung: 1 Anforderung nicht erfüllt." in one.stderr
    two_accounts = complete + "  - platform: youtube\n    name: IHK Musterstadt\n    url: https://www.youtube.com/@ihkmusterstadt\n"
    profile = tmp_path / "zwei.yaml"
    profile.write_text(two_accounts.replace("interval_months: 12", "interval_months: 24"), encoding="utf-8")
    two = run_cli("check", profile)
    assert "Profil ist gültig (Baden-Württemberg, 2 Konten)." in two.stdout
    assert "Warnung: 2 Anforderungen nicht erfüllt." in two.stderr
    assert "(en)" not in one.stdout + one.stderr + two.stdout + two.stderr
