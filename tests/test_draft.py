"""Draft status and the sentences that follow from the model.

Each open point appears when its data is missing and disappears when it is filled in; each derived
sentence changes when the model behind it changes.
"""

from __future__ import annotations

import re

import attrs
import pytest

from conftest import MINIMAL_PROFILE, completed
from smkonzept.assemble import DRAFT_MARK
from smkonzept.checks import open_points
from test_legal_model import body, changed_law, changed_platform, document_with, with_accounts, write

COMPLETE = completed(MINIMAL_PROFILE).replace("risk:\n", "risk:\n  decision: {date: 2026-10-30, by: Hauptgeschäftsführung, text: Die Seite ruht bis zur Antwort.}\n")


def test_complete_profile_is_no_draft(tmp_path):
    document = document_with(tmp_path, COMPLETE)
    assert document.open_points == () and not document.draft
    assert document.title == "Nutzungskonzept Social Media"
    assert "offene-punkte" not in document.chapter_ids
    assert "offener Punkt" not in document.markdown()


@pytest.mark.parametrize(
    ("key", "remove", "fill"),
    [
        ("risk.dpo_opinion", "  dpo_opinion: {date: 2026-10-15, text: Keine Einwände.}\n", None),
        ("risk.decision", "  decision: {date: 2026-10-30, by: Hauptgeschäftsführung, text: Die Seite ruht bis zur Antwort.}\n", None),
        ("risk.consultation", "  consultation: {status: requested, date: 2026-10-28, interim: suspended}\n", None),
        ("website.embeds", "website: {embeds: none}\n", None),
        ("retention", "retention: Nachrichten löscht die Kammer drei Monate nach der Antwort.\n", None),
        ("evaluation.publication_url", ", publication_url: https://www.ihk-musterstadt.example/evaluierung", None),
    ],
)
def test_each_open_point_appears_when_missing_and_disappears_when_filled(tmp_path, key, remove, fill):
    assert remove in COMPLETE
    document = document_with(tmp_path, COMPLETE.replace(remove, "", 1))
    [point] = [point for point in document.open_points if key in point]
    assert document.draft and document.title.endswith(f"({DRAFT_MARK})")
    assert document.sections[0].title == "Offene Punkte vor der Unterschrift"
    assert point.replace("\\", "") in body(document, "offene-punkte")
    assert document_with(tmp_path, COMPLETE).open_points == ()


def test_general_mailbox_of_the_officer_is_an_open_point(tmp_path):
    text = COMPLETE.replace("email: datenschutz@ihk-musterstadt.example", "email: info@ihk-musterstadt.example")
    assert any("data_protection_officer.email" in point for point in document_with(tmp_path, text).open_points)


def test_scheduled_or_unanswered_consultation_stays_open(tmp_path):
    scheduled = COMPLETE.replace("{status: requested, date: 2026-10-28, interim: suspended}", "{status: scheduled, date: 2027-01-31}")
    assert any("status: scheduled" in point for point in document_with(tmp_path, scheduled).open_points)
    done_without_result = COMPLETE.replace("{status: requested, date: 2026-10-28, interim: suspended}", "{status: done, date: 2026-11-20}")
    assert any("risk.consultation.result" in point for point in document_with(tmp_path, done_without_result).open_points)


def test_build_writes_a_draft_and_strict_refuses(tmp_path, run_cli):
    profile = write(tmp_path, MINIMAL_PROFILE)
    result = run_cli("build", profile, "-o", tmp_path / "out", "-f", "md")
    assert result.returncode == 0
    markdown = (tmp_path / "out" / "p.md").read_text(encoding="utf-8")
    assert "nicht zur Unterschrift" in markdown.split("---")[1] and "# Offene Punkte vor der Unterschrift" in markdown
    strict = run_cli("build", profile, "-o", tmp_path / "strict", "--strict")
    assert strict.returncode == 2 and not (tmp_path / "strict").exists()
    done = write(tmp_path, COMPLETE, "fertig.yaml")
    assert run_cli("build", done, "-o", tmp_path / "fertig", "-f", "md", "--strict").returncode == 0


def test_art_36_uses_only_the_bodys_own_processing(tmp_path):
    youtube = with_accounts(("youtube",)).replace("risk:\n  consultation: {status: scheduled, date: 2027-01-31}\n", "")
    document = document_with(tmp_path, youtube)
    assert document.risk.context_high_after and not document.risk.own_high_after
    assert not any("risk.consultation" in point for point in document.open_points)
    risk = body(document, "risiko")
    assert "keine Konsultation" not in risk and "Kontextrisik" in risk and "nicht Gegenstand einer Konsultation nach Art. 36 DSGVO" in risk
    assert "eine vorherige Konsultation der Aufsichtsbehörde nach Art. 36 DSGVO ist deshalb nicht erforderlich" in risk
    assert "| Betreiber (Kontextrisiko) |" in risk
    joint = changed_platform("youtube", controllership=attrs.evolve(document.platforms[0].platform.controllership, model="joint"))
    document = document_with(tmp_path, youtube, joint)
    rows = {row.factor.id: row for row in document.risk.rows}
    assert rows["erhebung"].own and not rows["profilbildung"].own and not rows["drittland"].own
    assert document.risk.own_high_after and rows["erhebung"] in document.risk.own_high_after
    assert any("risk.consultation" in point for point in document.open_points)
    assert "| gemeinsam mit dem Betreiber |" in body(document, "risiko") and "C-40/17" in body(document, "risiko")


def test_unsettled_controllership_counts_as_own_and_says_why(tmp_path):
    document = document_with(tmp_path, with_accounts(("instagram",)))
    own = {row.factor.id: row.own for row in document.risk.rows}
    assert own["erhebung"] and own["kommentare"] and not own["profilbildung"] and not own["drittland"]
    assert "| vorsorglich wie gemeinsam |" in body(document, "risiko") and "| gemeinsam mit dem Betreiber |" not in body(document, "risiko")
    assert "vorsorglich behandelt sie es als eigene Verarbeitung" in body(document, "risiko")


def test_what_the_body_processes_follows_the_controllership_model(tmp_path):
    text = with_accounts(("facebook", "youtube", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"})
    risk = body(document_with(tmp_path, text), "risiko")
    assert "**Facebook:** Die IHK Musterstadt entscheidet mit dem Betreiber über das Erheben der Daten" in risk
    assert "**YouTube:** Die Nutzungsdaten erhebt der Betreiber als eigener Verantwortlicher" in risk
    assert "**Mastodon:** Für das, was auf dem Server des Kontos verarbeitet wird" in risk and "(Art. 28 DSGVO)" in risk
    assert "Für Kopien auf anderen Servern sind deren Betreiber selbst verantwortlich" in risk
    assert "Die zusammengefassten Seitenstatistiken (Insights)" in risk
    insights_off = body(document_with(tmp_path, text.replace("risk:\n", "risk:\n  chosen_measures: [insights-aus]\n")), "risiko")
    assert "Die Seitenstatistiken (Insights), die der Betreiber daraus bildet, ruft sie nicht ab." in insights_off
    markdown = document_with(tmp_path, text).markdown()
    assert "erhebt über die Konten selbst keine personenbezogenen Daten" not in markdown


def test_retention_sentence_comes_from_the_profile(tmp_path):
    document = document_with(tmp_path, COMPLETE)
    assert "Aufbewahrung: Nachrichten löscht die Kammer drei Monate nach der Antwort." in body(document, "datensparsamkeit")
    missing = document_with(tmp_path, COMPLETE.replace("retention: Nachrichten löscht die Kammer drei Monate nach der Antwort.\n", ""))
    assert "ist noch nicht festgelegt (offener Punkt vor der Unterschrift)" in body(missing, "datensparsamkeit")


@pytest.mark.parametrize(
    ("website", "present", "absent"),
    [
        ("website: {embeds: none}\n", "keine Inhalte, Schaltflächen oder Tracking-Werkzeuge der Betreiber", "§ 25 Abs. 1 TDDDG"),
        ("website: {embeds: consent}\n", "§ 25 Abs. 1 TDDDG", "Tracking-Werkzeuge"),
        ("website: {embeds: self-hosted, embed_operator: Rechenzentrum der Kammer}\n", "von einem eigenen Server (Rechenzentrum der Kammer)", "Tracking-Werkzeuge"),
        ("", "ist noch nicht festgehalten (offener Punkt vor der Unterschrift)", "Tracking-Werkzeuge"),
    ],
)
def test_website_embedding_sentence_follows_the_profile(tmp_path, website, present, absent):
    text = COMPLETE.replace("website: {embeds: none}\n", website)
    text_body = body(document_with(tmp_path, text), "risiko")
    assert present in text_body and absent not in text_body


def test_self_hosted_without_operator_is_open(tmp_path):
    text = COMPLETE.replace("website: {embeds: none}\n", "website: {embeds: self-hosted}\n")
    assert any("website.embed_operator" in point for point in document_with(tmp_path, text).open_points)


def test_website_measure_is_credited_only_when_all_content_is_there(tmp_path):
    text = with_accounts(("facebook", "linkedin"))
    regular = document_with(tmp_path, text)
    always = document_with(tmp_path, text.replace("risk:\n", "alternatives: {all_content_on_website: true}\nrisk:\n"))

    def rows(document, factor_id):
        return [row for row in document.risk.rows if row.factor.id == factor_id]

    assert all("website-alle-inhalte" not in [m.id for m in row.chosen] for row in regular.risk.rows)
    for before, after in zip(rows(regular, "profilbildung"), rows(always, "profilbildung")):
        assert after.residual_likelihood == before.residual_likelihood - 1
    for before, after in zip(rows(regular, "drittland"), rows(always, "drittland")):
        assert (after.residual_severity, after.residual_likelihood) == (before.residual_severity, before.residual_likelihood)
        assert not after.measures and not after.chosen
    assert "in der Regel" in body(regular, "alternativen") and "in der Regel" not in body(always, "alternativen")
    assert "Alle Inhalte stehen auch auf der Website" in body(always, "risiko")
    assert "Alle Inhalte stehen auch auf der Website" not in body(regular, "risiko")


def test_link_first_is_not_credited_on_a_video_platform(tmp_path):
    document = document_with(tmp_path, with_accounts(("youtube", "facebook")).replace("risk:\n", "risk:\n  chosen_measures: [link-zuerst]\n"))
    credited = {row.platform.id for row in document.risk.rows if "link-zuerst" in [m.id for m in row.chosen]}
    assert "youtube" not in credited and "facebook" in credited


def test_tables_show_severity_and_likelihood_after_the_measures(tmp_path):
    document = document_with(tmp_path, MINIMAL_PROFILE)
    risk = body(document, "risiko")
    for row in document.risk.rows:
        line = next(line for line in risk.splitlines() if line.startswith(f"| {row.label} |"))
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert cells[-1].startswith(("gering", "mittel", "hoch", "sehr hoch"))
        assert re.search(r"\((geringfügig|überschaubar|substanziell|groß), (geringfügig|überschaubar|substanziell|groß)\)$", cells[-1])
        assert cells[2] in ("eigene", "gemeinsam mit dem Betreiber", "vorsorglich wie gemeinsam", "Betreiber (Kontextrisiko)")


def test_no_claim_about_real_names(tmp_path):
    assert "echten Namen" not in document_with(tmp_path, MINIMAL_PROFILE).markdown()


def test_role_is_not_printed_as_a_name(tmp_path):
    text = COMPLETE.replace("name: Erika Mustermann", "name: Datenschutzbeauftragte der IHK Musterstadt")
    rights = body(document_with(tmp_path, text), "betroffenenrechte")
    assert "\nDatenschutzbeauftragte der IHK Musterstadt  \n" not in rights + "\n"
    assert "– Datenschutzbeauftragte oder Datenschutzbeauftragter –" in rights
    assert "Erika Mustermann" in body(document_with(tmp_path, COMPLETE), "betroffenenrechte")


def test_account_without_server_is_open_and_not_sent_to_the_operator(tmp_path):
    text = with_accounts(("mastodon",), urls={})
    document = document_with(tmp_path, text)
    assert any("Mastodon" in point and "verantwortlich" in point for point in document.open_points)
    rights = body(document, "betroffenenrechte")
    assert "Für Mastodon ist noch nicht festgelegt, wer für das Konto verantwortlich ist" in rights
    assert "Rechte gegenüber dem Betreiber" not in rights
    known = document_with(tmp_path, with_accounts(("mastodon",), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"}))
    assert not any("nicht festgelegt, wer verantwortlich ist" in point for point in known.open_points)


def test_authority_position_against_a_platform_needs_a_decision(tmp_path):
    text = with_accounts(("facebook",), law="sachsen")
    document = document_with(tmp_path, text)
    [point] = [point for point in document.open_points if "risk.platform_decisions.facebook" in point and "Aufsichtsbehörde hält" in point]
    assert "Sächsische Datenschutz- und Transparenzbeauftragte" in point
    assert "Eine begründete Entscheidung der IHK Musterstadt dazu fehlt noch" in body(document, "risiko")
    decided = text.replace("risk:\n", "risk:\n  platform_decisions: {facebook: {date: 2026-11-20, by: Präsidium, text: Die Seite wird abgeschaltet.}}\n")
    document = document_with(tmp_path, decided)
    assert not any("platform_decisions" in point for point in document.open_points)
    assert "Entscheidung der IHK Musterstadt (Präsidium, 20. November 2026): Die Seite wird abgeschaltet." in body(document, "risiko")
    neutral = changed_law("sachsen", rulings=tuple(attrs.evolve(r, not_operable=()) for r in document.law.rulings))
    assert not any("Aufsichtsbehörde hält" in point for point in document_with(tmp_path, text, neutral).open_points)


def test_authority_advising_against_a_platform_needs_a_decision(tmp_path):
    text = with_accounts(("facebook", "youtube"), law="bayern")
    document = document_with(tmp_path, text)
    [entry] = [ruling for ruling in document.law.rulings if ruling.advises_against]
    [point] = [point for point in document.open_points if "risk.platform_decisions.facebook" in point and "Aufsichtsbehörde hält" in point]
    assert entry.body in point and "youtube" not in point
    risk = body(document, "risiko")
    assert f"({entry.body}, {entry.reference}) rät öffentlichen Stellen vorrangig davon ab, ein Konto auf Facebook zu betreiben" in risk
    assert "lässt sich ein Konto auf Facebook derzeit nicht rechtmäßig betreiben" not in risk
    decided = text.replace("risk:\n", "risk:\n  platform_decisions: {facebook: {date: 2026-11-20, by: Präsidium, text: Die Seite bleibt ein reines Informationsangebot.}}\n")
    assert not any("platform_decisions" in point for point in document_with(tmp_path, decided).open_points)
    neutral = changed_law("bayern", rulings=tuple(attrs.evolve(r, advises_against=()) for r in document.law.rulings))
    assert not any("Aufsichtsbehörde hält" in point for point in document_with(tmp_path, text, neutral).open_points)


def test_departure_from_guidance_needs_a_reason(tmp_path):
    text = with_accounts(("facebook",), law="bayern").replace("accounts:\n", "contact_via_accounts: true\naccounts:\n")
    document = document_with(tmp_path, text)
    assert any("guidance_departures.informationsangebot" in point for point in document.open_points)
    reasoned = text.replace("risk:\n", "guidance_departures: {informationsangebot: Fragen zur Ausbildung kommen vor allem über die Konten.}\nrisk:\n")
    document = document_with(tmp_path, reasoned)
    assert not any("informationsangebot" in point for point in open_points(document))
    assert "Fragen zur Ausbildung kommen vor allem über die Konten." in document.markdown()
    assert "weicht bewusst von der Orientierung der Aufsichtsbehörde" in document.markdown()


def test_seed_profiles_are_drafts_without_invented_dates(tmp_path):
    from conftest import ROOT

    for path in sorted((ROOT / "profiles").glob("ihk-*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "2027-01-31" not in text
        document = document_with(tmp_path, text)
        assert document.draft, path.name
        assert "31. Januar 2027" not in document.markdown()


def test_processor_agreement_is_an_open_point_until_dated(tmp_path):
    text = with_accounts(("mastodon",), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"})
    document = document_with(tmp_path, text)
    assert any("accounts[0].processor_agreement" in point for point in document.open_points)
    assert "Der Vertrag nach Art. 28 DSGVO mit dem Betreiber des Servers ist noch nicht geschlossen" in body(document, "plattform-mastodon")
    dated = text.replace("url: https://bawü.social/@ihkmusterstadt\n", "url: https://bawü.social/@ihkmusterstadt\n    processor_agreement: 2026-11-10\n")
    document = document_with(tmp_path, dated)
    assert not any("processor_agreement" in point for point in document.open_points)
    assert "am 10. November 2026 geschlossen" in body(document, "plattform-mastodon")


def test_check_shows_a_reasoned_departure(tmp_path, run_cli):
    text = with_accounts(("facebook",), law="bayern").replace("accounts:\n", "contact_via_accounts: true\naccounts:\n")
    open_text = run_cli("check", write(tmp_path, text)).stdout
    assert "✗ fehlt:    Konten sind reine Informationsangebote" in open_text
    reasoned = text.replace("risk:\n", "guidance_departures: {informationsangebot: Fragen kommen vor allem über die Konten.}\nrisk:\n")
    shown = run_cli("check", write(tmp_path, reasoned)).stdout
    assert "↷ bewusst abweichend:  Konten sind reine Informationsangebote" in shown and "Grund: Fragen kommen vor allem über die Konten." in shown


def test_peertube_mirror_needs_self_hosted_embedding(tmp_path):
    text = COMPLETE.replace("risk:\n", "risk:\n  chosen_measures: [spiegelung-peertube]\n")
    assert any("spiegelung" not in point and "PeerTube" in point for point in document_with(tmp_path, text).open_points)
    hosted = text.replace("website: {embeds: none}", "website: {embeds: self-hosted, embed_operator: PeerTube-Server der Kammer}")
    assert not any("PeerTube" in point for point in document_with(tmp_path, hosted).open_points)


def test_context_risk_sentence_follows_the_number_of_platforms(tmp_path):
    one = body(document_with(tmp_path, with_accounts(("youtube",))), "risiko")
    assert "des Betreibers von YouTube" in one and "ob sie es überhaupt nutzt" in one
    two = body(document_with(tmp_path, with_accounts(("youtube", "twitter"))), "risiko")
    assert "der Betreiber von YouTube und X" in two and "ob sie sie überhaupt nutzt" in two


def test_youtube_has_no_direct_messages_in_the_description_of_processing(tmp_path):
    document = document_with(tmp_path, with_accounts(("youtube", "facebook")))
    risk = body(document, "risiko")
    youtube = next(line for line in risk.splitlines() if line.startswith("- **YouTube:**"))
    facebook = next(line for line in risk.splitlines() if line.startswith("- **Facebook:**"))
    assert "Direktnachrichten an das Konto gibt es bei YouTube nicht" in youtube and "Nachrichten an das Konto liest" not in youtube
    assert "Nachrichten an das Konto liest und beantwortet" in facebook
    messaging = changed_platform("youtube", direct_messages=True)
    risk = body(document_with(tmp_path, with_accounts(("youtube",)), messaging), "risiko")
    assert "Nachrichten an das Konto liest und beantwortet" in risk


def test_no_measure_claims_that_no_ads_appear(tmp_path):
    markdown = document_with(tmp_path, with_accounts(("youtube", "facebook"))).markdown()
    assert "keine Werbung geschaltet" not in markdown
    assert "keine bezahlte Werbung geschaltet" in markdown


def test_website_chapter_states_nothing_while_embedding_is_open(tmp_path):
    text = with_accounts(("youtube",))
    assert "chapters:" not in text
    text += "chapters:\n  include: [schaltflaechen]\n"
    document = document_with(tmp_path, text)
    if document.profile.website is not None:
        text = re.sub(r"\nwebsite:\n(  .*\n)+", "\n", text)
        text = re.sub(r"\nwebsite: \{[^}]*\}\n", "\n", text)
        document = document_with(tmp_path, text)
    assert document.profile.website is None
    chapter = body(document, "schaltflaechen")
    assert "offener Punkt" in chapter
    assert "gewöhnlichen Links" not in chapter and "§ 25 TDDDG" not in chapter
    linked = body(document_with(tmp_path, text.replace("risk:\n", "website: {embeds: none}\nrisk:\n", 1)), "schaltflaechen")
    assert "gewöhnlichen Links" in linked and "offener Punkt" not in linked


def test_comment_measure_follows_what_the_platform_allows(tmp_path):
    document = document_with(tmp_path, with_accounts(("facebook", "twitter", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"}))
    rows = {row.platforms[0].id: row for row in document.risk.rows if row.factor.id == "kommentare" and not row.common}
    assert "löscht rechtswidrige Kommentare" in rows["facebook"].measures[0]
    assert rows["facebook"].residual_level < rows["facebook"].level
    assert "blendet rechtswidrige Antworten" in rows["twitter"].measures[0] and "löschen kann sie fremde Antworten nicht" in rows["twitter"].measures[0]
    assert "meldet rechtswidrige Antworten" in rows["mastodon"].measures[0]
    assert (rows["mastodon"].residual_severity, rows["mastodon"].residual_likelihood) == (rows["mastodon"].severity, rows["mastodon"].likelihood)
    assert "entfernt rechtswidrige" not in document.markdown()


def test_only_a_federated_server_claims_server_moderation(tmp_path):
    document = document_with(tmp_path, with_accounts(("xing", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"}))
    rows = {row.platforms[0].id: row for row in document.risk.rows if row.factor.id == "kommentare" and not row.common}
    xing, mastodon = rows["xing"].measures[0], rows["mastodon"].measures[0]
    assert "meldet rechtswidrige Kommentare dem Betreiber" in xing
    assert "Server" not in xing and "nicht" not in xing
    assert "Moderation des Servers" in mastodon and "löschen oder ausblenden kann sie fremde Antworten nicht" in mastodon
    assert (rows["xing"].residual_severity, rows["xing"].residual_likelihood) == (rows["xing"].severity, rows["xing"].likelihood)
    rights = document.markdown()
    assert "beantwortet oder löscht" not in rights and "soweit das Netzwerk es zulässt" in rights


def test_moderation_sentence_promises_only_what_every_platform_allows(tmp_path):
    # Review 5, B13/B17: no blanket "verborgen oder gelöscht" next to platforms that only allow hiding or reporting.
    document = document_with(tmp_path, with_accounts(("twitter", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"}))
    care = body(document, "betreuung")
    assert "soweit das Netzwerk es zulässt; sonst meldet die Redaktion sie dem Betreiber" in care
    assert "gegen die Regeln" not in care and "am nächsten Werktag" in care
