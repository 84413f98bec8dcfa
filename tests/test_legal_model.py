"""The legal model: every sentence on legal basis, controllership, transfers, visibility and the
impact assessment comes from a model field, so changing the field changes the sentence."""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest

import smkonzept
from conftest import MINIMAL_PROFILE, ROOT
from smkonzept import catalogue, checks
from smkonzept.assemble import assemble
from smkonzept.build import load_document
from smkonzept.errors import ProfileError
from smkonzept.manager import load_registry
from smkonzept.profile import load_profile
from smkonzept.profile.resolve import validate_document

SEEDS = sorted((ROOT / "profiles").glob("ihk-*.yaml"))
LAWS = ("baden-wuerttemberg", "sachsen", "bayern")
SEVEN = ("facebook", "instagram", "mastodon", "youtube", "linkedin", "xing", "twitter")
URLS = {"mastodon": "https://social.bund.de/@ihkmusterstadt"}


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def with_accounts(platforms: tuple[str, ...], law: str = "baden-wuerttemberg", urls: dict[str, str] | None = None) -> str:
    urls = URLS if urls is None else urls
    accounts = "".join(
        f"  - platform: {platform}\n    name: IHK Musterstadt auf {platform}\n" + (f"    url: {urls[platform]}\n" if platform in urls else "")
        for platform in platforms
    )
    base = MINIMAL_PROFILE.replace("law: baden-wuerttemberg", f"law: {law}")
    return base[: base.index("accounts:")] + "accounts:\n" + accounts


def document_with(tmp_path: Path, text: str, registry=None):
    """Assemble ``text`` against ``registry`` (default: the installed plugins)."""
    registry = registry or load_registry()
    loaded = load_profile(write(tmp_path, text), registry)
    document = assemble(loaded.profile, registry)
    validate_document(loaded, document)
    return document


def body(document, chapter_id: str) -> str:
    """A chapter's Markdown with Markdown escapes removed, as a reader sees it."""
    return next(section.body for section in document.sections if section.id == chapter_id).replace("\\", "")


def changed_platform(platform_id: str, **changes):
    registry = load_registry()
    platforms = dict(registry.platforms)
    platforms[platform_id] = attrs.evolve(platforms[platform_id], **changes)
    return attrs.evolve(registry, platforms=platforms)


def changed_law(law_id: str, **changes):
    registry = load_registry()
    laws = dict(registry.laws)
    laws[law_id] = attrs.evolve(laws[law_id], **changes)
    return attrs.evolve(registry, laws=laws)


def documents_to_sign():
    for path in SEEDS:
        yield pytest.param(path.read_text(encoding="utf-8"), id=path.stem)
    for law in LAWS:
        yield pytest.param(with_accounts(SEVEN, law), id=f"sieben-{law}")


@pytest.mark.parametrize("text", list(documents_to_sign()))
def test_every_document_has_the_legal_core(tmp_path, text):
    document = document_with(tmp_path, text)
    markdown = document.markdown()
    assert "rechtsgrundlage" in document.present_chapters
    assert str(document.law.legal_basis) in markdown and "Art. 6 Abs. 1 Buchst. e DSGVO" in markdown
    assert "§ 18 Abs. 1 MStV (Medienstaatsvertrag)" in markdown and "§ 18 Abs. 2 MStV" in markdown
    assert "soweit § 5 DDG (Digitale-Dienste-Gesetz) auf die Konten anwendbar ist" in markdown
    assert "Kurzpapier Nr. 18" in markdown
    assert "Datenübertragbarkeit (Art. 20 DSGVO)," not in markdown and "Art. 20 Abs. 3 Satz 2 DSGVO" in markdown
    assert "eigener Verantwortung" not in markdown
    legal = body(document, "rechtsgrundlage")
    for use in document.platforms:
        assert f"**{use.platform.name}:**" in legal
    if document.risk.own_high_after:
        assert "Art. 36 Abs. 1 DSGVO" in body(document, "risiko")
        if document.profile.risk.consultation is None:
            assert document.draft and any("risk.consultation" in point for point in document.open_points)
            assert "Die Konsultation ist nicht beantragt" in body(document, "risiko")


def test_youtube_xing_and_bawue_social_claim_no_joint_control(tmp_path):
    text = with_accounts(("youtube", "xing", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"})
    document = document_with(tmp_path, text)
    markdown = document.markdown()
    assert "gemeinsame Verantwortlichkeit nach Art. 26 DSGVO." not in markdown
    assert "gemeinsam verantwortlich" not in markdown
    assert "Art. 26 Abs. 3" not in markdown
    rights = body(document, "betroffenenrechte")
    assert "Für YouTube und XING besteht nach Einschätzung der IHK Musterstadt keine gemeinsame Verantwortlichkeit" in rights
    assert "Den Server für Mastodon betreibt der Landesbeauftragte" in rights and "(Art. 28 DSGVO)" in rights
    assert "Auftragsverarbeiter nach Art. 28 DSGVO" in body(document, "plattform-mastodon")
    assert "Art. 28 DSGVO" in body(document, "rechtsgrundlage")


def test_example_profile_with_youtube_xing_and_bawue_social_builds(tmp_path):
    _, document = load_document(ROOT / "examples" / "profile-ohne-gemeinsame-verantwortung.yaml")
    assert {use.responsibility for use in document.platforms} == {"separate", "processor"}
    assert "(Art. 28 DSGVO)" in body(document, "betroffenenrechte")


def test_joint_sentence_follows_the_platform_model(tmp_path):
    text = with_accounts(("facebook", "youtube"))
    rights = body(document_with(tmp_path, text), "betroffenenrechte")
    assert "Für Facebook ist die IHK Musterstadt mit dem Betreiber gemeinsam verantwortlich" in rights
    registry = changed_platform("facebook", controllership=catalogue.separate_controller("Eigene Verantwortung des Betreibers."))
    rights = body(document_with(tmp_path, text, registry), "betroffenenrechte")
    assert "gemeinsam verantwortlich" not in rights
    assert "Für Facebook und YouTube besteht nach Einschätzung der IHK Musterstadt keine gemeinsame Verantwortlichkeit" in rights


def test_unknown_model_claims_nothing_and_check_warns(tmp_path):
    registry = changed_platform("youtube", controllership=None)
    document = document_with(tmp_path, with_accounts(("youtube",)), registry)
    assert "Für dieses Netzwerk ist keine Einordnung hinterlegt" in body(document, "rechtsgrundlage")
    assert "YouTube (IHK Musterstadt auf youtube)" in checks.controllership_stated()(document)


def test_mastodon_server_decides_the_model(tmp_path):
    on_bund = document_with(tmp_path, with_accounts(("mastodon",), urls={"mastodon": "https://social.bund.de/@x"}))
    assert on_bund.platforms[0].responsibility == "processor"
    unknown = document_with(tmp_path, with_accounts(("mastodon",), urls={"mastodon": "https://social.example.org/@x"}))
    assert unknown.platforms[0].operator_unknown
    assert "Für ein Konto ist der Server nicht angegeben" in body(unknown, "rechtsgrundlage")
    general = document_with(tmp_path, with_accounts(("mastodon",), urls={"mastodon": "https://mastodon.social/@x"}))
    assert general.platforms[0].responsibility == "separate"


def test_visibility_sentences_follow_the_platform_fact(tmp_path):
    text = with_accounts(("facebook", "twitter"))
    document = document_with(tmp_path, text)
    assert "Bei X (vormals Twitter) lassen sich Beiträge ohne eigenes Konto nicht" in body(document, "erforderlichkeit")
    registry = changed_platform("twitter", visible_without_login=True)
    document = document_with(tmp_path, text, registry)
    assert "ohne eigenes Konto nicht" not in body(document, "erforderlichkeit")
    assert "ohne eigenes Konto nicht" not in body(document, "alternativen")


def test_transfer_wording_follows_the_mechanism(tmp_path):
    text = with_accounts(("facebook", "twitter"))
    document = document_with(tmp_path, text)
    facebook, twitter = body(document, "plattform-facebook"), body(document, "plattform-twitter")
    assert "2023/1795" in facebook and "C-703/25 P" in facebook and "T-553/23" in facebook
    assert "nicht bestätigt" in twitter and "2023/1795" not in twitter and "beziehungsweise" not in twitter
    registry = changed_platform("twitter", third_country=catalogue.usa_under_dpf())
    assert "C-703/25 P" in body(document_with(tmp_path, text, registry), "plattform-twitter")


def test_legal_basis_sentence_comes_from_the_law(tmp_path):
    registry = changed_law("baden-wuerttemberg", legal_basis="Art. 6 Abs. 1 Buchst. e DSGVO mit § 99 Probe-Gesetz.")
    assert "§ 99 Probe-Gesetz" in body(document_with(tmp_path, MINIMAL_PROFILE, registry), "rechtsgrundlage")


def test_law_rulings_appear_in_the_risk_chapter(tmp_path):
    document = document_with(tmp_path, with_accounts(("facebook",), "sachsen"))
    risk = body(document, "risiko")
    assert "5. Juli 2023" in risk and "Verwaltungsgericht Dresden" in risk
    assert "13 K 1419/23" in body(document, "rechtsgrundlage") and "Berufung" in body(document, "rechtsgrundlage")
    assert "nennt das Kapitel zu den Rechtsgrundlagen" in risk
    ruling = smkonzept.Ruling(date=datetime.date(2026, 1, 2), body="Probegericht", reference="1 A 2/26", holding="Probe.")
    registry = changed_law("sachsen", rulings=(ruling,))
    assert "Probegericht, 2. Januar 2026, 1 A 2/26: Probe." in body(document_with(tmp_path, with_accounts(("facebook",), "sachsen"), registry), "risiko")


def test_chosen_measures_lower_the_residual_level(tmp_path):
    text = with_accounts(("facebook",))
    before = document_with(tmp_path, text).risk
    chosen = text.replace("risk:\n", "risk:\n  chosen_measures: [link-zuerst, spiegelung-mastodon]\n")
    after = document_with(tmp_path, chosen).risk
    collection = lambda risk: next(row for row in risk.rows if row.factor.id == "erhebung")  # noqa: E731
    assert collection(after).residual_likelihood == collection(before).residual_likelihood - 2
    assert [m.id for m in collection(after).chosen] == ["link-zuerst", "spiegelung-mastodon"]
    assert "Alle Beiträge auch auf einem öffentlichen Mastodon-Server" in body(document_with(tmp_path, chosen), "risiko")


def test_unknown_measure_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="Unbekannte Maßnahme „gibtsnicht“"):
        document_with(tmp_path, MINIMAL_PROFILE.replace("risk:\n", "risk:\n  chosen_measures: [gibtsnicht]\n"))


def test_high_residual_risk_without_consultation_is_an_open_point(tmp_path):
    text = MINIMAL_PROFILE.replace("risk:\n  consultation: {status: scheduled, date: 2027-01-31}\n", "")
    document = document_with(tmp_path, text)
    [point] = [point for point in document.open_points if "Art. 36 DSGVO" in point]
    assert "risk.consultation" in point and "Facebook" in point
    assert document.sections[0].id == "offene-punkte" and point in document.sections[0].body


def test_no_high_residual_risk_needs_no_consultation(tmp_path):
    text = with_accounts(("mastodon",)).replace("risk:\n  consultation: {status: scheduled, date: 2027-01-31}\n", "")
    document = document_with(tmp_path, text)
    assert not document.risk.high_after
    assert "eine vorherige Konsultation der Aufsichtsbehörde nach Art. 36 DSGVO ist deshalb nicht erforderlich" in body(document, "risiko")


def test_consultation_status_changes_the_result(tmp_path):
    scheduled = document_with(tmp_path, MINIMAL_PROFILE)
    assert "Die Konsultation ist nicht beantragt" in body(scheduled, "risiko")
    assert any("status: scheduled" in point for point in scheduled.open_points)
    requested = MINIMAL_PROFILE.replace("{status: scheduled, date: 2027-01-31}", "{status: requested, date: 2026-10-28, interim: suspended}")
    document = document_with(tmp_path, requested)
    risk = body(document, "risiko")
    assert "am 28. Oktober 2026 um Konsultation gebeten" in risk
    assert "Die Konten auf Facebook sind bis zum Ergebnis deaktiviert und nicht öffentlich erreichbar" in risk
    assert not any("risk.consultation" in point for point in document.open_points)
    dropped = body(document_with(tmp_path, requested.replace("interim: suspended", "interim: dropped")), "risiko")
    assert "Die Konten auf Facebook eröffnet sie bis zum Ergebnis nicht, und bestehende Konten dort löscht sie" in dropped
    assert "ruhen" not in dropped
    no_interim = document_with(tmp_path, requested.replace(", interim: suspended", ""))
    assert any("risk.consultation.interim" in point for point in no_interim.open_points)
    done = MINIMAL_PROFILE.replace("{status: scheduled, date: 2027-01-31}", "{status: done, date: 2026-10-28, result: Keine Einwände der Behörde.}")
    risk = body(document_with(tmp_path, done), "risiko")
    assert "am 28. Oktober 2026 geantwortet: Keine Einwände der Behörde." in risk
    assert "31. Januar 2027" not in risk


def test_result_text_may_not_understate_the_table(tmp_path):
    text = MINIMAL_PROFILE.replace("risk:\n", "risk:\n  result: Insgesamt schätzt die Kammer das Risiko als gering bis mittel ein.\n")
    with pytest.raises(ProfileError, match="zeigen nach den Maßnahmen aber höchstens „sehr hoch“"):
        document_with(tmp_path, text)
    fine = MINIMAL_PROFILE.replace("risk:\n", "risk:\n  result: Das Risiko bleibt sehr hoch; die Kammer begründet die Nutzung mit ihrem Auftrag.\n")
    assert "begründet die Nutzung" in body(document_with(tmp_path, fine), "risiko")


def test_dpo_opinion_and_decision_are_rendered_and_checked(tmp_path):
    document = document_with(tmp_path, MINIMAL_PROFILE)
    assert "liegt noch nicht vor" in body(document, "risiko")
    assert "risk.dpo_opinion" in checks.decision_recorded()(document)
    text = MINIMAL_PROFILE.replace(
        "risk:\n",
        "risk:\n  dpo_opinion: {date: 2026-10-15, text: Keine Einwände gegen die Methode.}\n"
        "  decision: {date: 2026-10-30, by: Hauptgeschäftsführung, text: Die Seite bleibt bestehen.}\n",
    )
    document = document_with(tmp_path, text)
    risk = body(document, "risiko")
    assert "am 15. Oktober 2026 Stellung genommen" in risk and "Keine Einwände gegen die Methode." in risk
    assert "Entscheidung (Hauptgeschäftsführung, 30. Oktober 2026): Die Seite bleibt bestehen." in risk
    assert checks.decision_recorded()(document) is None


def test_merged_required_chapter_counts_as_present(tmp_path):
    order = "chapters:\n  order: [erforderlichkeit, angebot, betreuung, betroffenenrechte, alternativen, risiko, evaluierung]\n  merge: {betreuung: [rechtsgrundlage]}\n"
    document = document_with(tmp_path, MINIMAL_PROFILE + order)
    assert "rechtsgrundlage" not in document.chapter_ids and "rechtsgrundlage" in document.present_chapters
    assert "Art. 6 Abs. 1 Buchst. e DSGVO" in body(document, "betreuung")
    assert checks.legal_basis_named()(document) is None


def test_missing_required_chapter_names_chapter_reason_and_line(tmp_path):
    order = "chapters:\n  order: [erforderlichkeit, angebot, betreuung, betroffenenrechte, alternativen, risiko, evaluierung]\n"
    with pytest.raises(ProfileError) as error:
        document_with(tmp_path, MINIMAL_PROFILE + order)
    message = str(error.value)
    line = MINIMAL_PROFILE.count("\n") + 2
    assert f"p.yaml:{line} (Feld „chapters.order“)" in message
    assert "„rechtsgrundlage“ (Rechtsgrundlagen) fehlt: Art. 13 Abs. 1 Buchst. c DSGVO" in message


@pytest.mark.parametrize(
    ("email", "problem"),
    [("info@ihk-musterstadt.example", True), ("presse@ihk-musterstadt.example", True), ("datenschutz@ihk-musterstadt.example", False), ("info@dsb-kanzlei.example", False)],
)
def test_officer_needs_an_own_address(tmp_path, email, problem):
    text = MINIMAL_PROFILE.replace("datenschutz@ihk-musterstadt.example", email)
    result = checks.data_protection_officer_named()(document_with(tmp_path, text))
    assert (result is not None) == problem


def test_information_only_and_link_first_test_what_they_say(tmp_path):
    text = MINIMAL_PROFILE.replace("law: baden-wuerttemberg", "law: bayern")
    document = document_with(tmp_path, text)
    assert checks.information_only()(document) is None
    assert checks.measure_chosen("link-zuerst", "Link")(document) is not None
    invited = document_with(tmp_path, text + "contact_via_accounts: true\n")
    assert "contact_via_accounts" in checks.information_only()(invited)
    linked = document_with(tmp_path, text.replace("risk:\n", "risk:\n  chosen_measures: [link-zuerst]\n"))
    assert checks.measure_chosen("link-zuerst", "Link")(linked) is None


def test_facts_older_than_a_year_are_reported(tmp_path):
    document = document_with(tmp_path, with_accounts(("facebook", "twitter")))
    assert checks.facts_current(12, today=datetime.date(2026, 11, 25))(document) is None
    stale = checks.facts_current(12, today=datetime.date(2028, 1, 1))(document)
    assert "Facebook" in stale and "X (vormals Twitter)" in stale and "C-210/16" in stale


def test_build_warns_and_strict_fails_without_writing(run_cli, tmp_path, minimal_profile):
    out = tmp_path / "out"
    result = run_cli("build", minimal_profile, "--format", "md", "--output", out)
    assert result.returncode == 0 and "Warnung:" in result.stderr and "risk.dpo_opinion" in result.stderr
    strict = run_cli("build", minimal_profile, "--format", "md", "--output", tmp_path / "strict", "--strict")
    assert strict.returncode == 2 and "--strict" in strict.stderr
    assert not (tmp_path / "strict").exists()


def test_corrected_platform_facts():
    registry = load_registry()
    x = registry.platform("twitter")
    assert x.operator.name == "X Internet Unlimited Company"
    assert x.third_country.mechanism == "unverified"
    assert {r.reference for r in x.rulings} >= {"Nichteinhaltungsbeschluss nach dem Digital Services Act"}
    assert registry.platform("instagram").controllership.model == "unsettled"
    assert registry.platform("instagram").joint_controller_agreement is None
    facebook = registry.platform("facebook").controllership
    assert facebook.model == "joint"
    assert {r.reference for r in facebook.rulings} >= {"C-210/16 (Wirtschaftsakademie Schleswig-Holstein)", "6 C 15.18", "C-40/17 (Fashion ID)", "13 K 1419/23"}
    assert next(r for r in facebook.rulings if r.reference == "13 K 1419/23").status.startswith("nicht rechtskräftig")
    for host in ("xn--baw-joa.social", "social.bund.de"):
        assert registry.platform("mastodon").known_operators[host].controllership.model == "processor"
    for platform in registry.platforms.values():
        assert platform.verified and platform.sources, platform.id


def test_corrected_law_facts():
    registry = load_registry()
    bw = registry.law("baden-wuerttemberg")
    assert "§ 11" not in str(bw.restrictions) + str(bw.rights)
    assert "Art. 35 DSGVO;" not in str(bw.impact_assessment)
    assert registry.law("sachsen").rulings[0].date == datetime.date(2023, 7, 5)
    for law in (registry.law(key) for key in LAWS):
        assert "Art. 6 Abs. 1 Buchst. e DSGVO" in str(law.legal_basis) and law.verified and law.sources


def test_insights_only_agreement_leaves_collection_without_an_art_26_agreement(tmp_path):
    # Review R6, A1: the gap is stated as a condition and turned into a decision the body must record.
    text = with_accounts(("facebook",))
    document = document_with(tmp_path, text)
    facebook = body(document, "plattform-facebook")
    assert "Soweit die gemeinsame Verantwortlichkeit auch dieses Erheben umfasst, fehlt dafür die Vereinbarung" in facebook
    assert any("Facebook (risk.platform_decisions.facebook)" in point for point in document.open_points)
    assert "Bei Facebook deckt keine Vereinbarung nach Art. 26 DSGVO das Erheben" in body(document, "risiko")
    agreement = attrs.evolve(load_registry().platforms["facebook"].joint_controller_agreement, covers_collection=True)
    covered = document_with(tmp_path, text, changed_platform("facebook", joint_controller_agreement=agreement))
    assert "fehlt dafür die Vereinbarung" not in body(covered, "plattform-facebook")
    # Review R9 (r9a/r9b A1): covered by an agreement, the shared collection still needs a decision (legal basis).
    assert any("Facebook (risk.platform_decisions.facebook)" in point for point in covered.open_points)
    assert "regelt die Vereinbarung „Page Insights Controller Addendum“ die gemeinsame Verantwortlichkeit" in body(covered, "risiko")
    decided = text.replace("risk:\n", "risk:\n  platform_decisions: {facebook: {date: 2026-11-20, by: Präsidium, text: Die Seite ruht.}}\n")
    decided_document = document_with(tmp_path, decided)
    assert not any("platform_decisions" in point for point in decided_document.open_points)
    assert "Entscheidung der IHK Musterstadt (Präsidium, 20. November 2026): Die Seite ruht." in body(decided_document, "risiko")


def test_precautionary_joint_control_without_agreement_needs_a_decision(tmp_path):
    # Instagram, X and WhatsApp channels: joint control unsettled, treated as joint, no agreement covers it.
    for platform in ("instagram", "twitter", "whatsapp"):
        document = document_with(tmp_path, with_accounts((platform,)))
        [use] = document.platforms
        assert use.responsibility == "unsettled" and use.agreement_gap
        assert any(f"(risk.platform_decisions.{platform})" in point for point in document.open_points)
        assert "Soweit eine gemeinsame Verantwortlichkeit besteht, fehlt dafür die Vereinbarung" in body(document, f"plattform-{platform}")


def test_linkedin_agreement_covers_what_it_calls_joint(tmp_path):
    # Review R6 (r6b A2): LinkedIn's joint part is the Page Insights, which its addendum covers.
    document = document_with(tmp_path, with_accounts(("linkedin",)))
    [use] = document.platforms
    assert use.responsibility == "joint" and not use.agreement_gap and use.shares_collection
    assert "fehlt dafür die Vereinbarung" not in body(document, "plattform-linkedin")
    assert any("LinkedIn (risk.platform_decisions.linkedin)" in point for point in document.open_points)
    assert "soweit es die Vereinbarung „Page Insights Joint Controller Addendum“ regelt" in body(document, "risiko")


def test_every_page_whose_statistics_are_read_is_listed_in_data_minimisation(tmp_path):
    # Review 5, B5: Instagram (precautionary joint control) was missing from the list of statistics read.
    document = document_with(tmp_path, with_accounts(("facebook", "instagram", "youtube")))
    minimisation = body(document, "datensparsamkeit")
    assert "zusammengefassten Seitenstatistiken von Facebook und Instagram" in minimisation
    assert "YouTube" not in minimisation.split("Seitenstatistiken von", 1)[1].split(".", 1)[0]
    off = with_accounts(("facebook", "instagram")).replace("risk:\n", "risk:\n  chosen_measures: [insights-aus]\n", 1)
    assert "Seitenstatistiken von" not in body(document_with(tmp_path, off), "datensparsamkeit")


def test_unchosen_measures_against_a_high_residual_risk_are_recorded(tmp_path):
    # Review 5, B19: a measure the catalogue offers against a risk that stays high is named as not chosen.
    text = with_accounts(("twitter",))
    document = document_with(tmp_path, text)
    high = [row for row in document.risk.rows if row.residual_level >= 3 and row.factor.id == "kommentare"]
    assert high
    risk = body(document, "risiko")
    assert "Nicht gewählt hat" in risk
    line = next(line for line in risk.splitlines() if line.startswith("- **Kommentare eingeschränkt**"))
    assert all(row.label in line for row in high)
    chosen = text.replace("risk:\n", "risk:\n  chosen_measures: [kommentare-eingeschraenkt]\n", 1)
    assert "- **Kommentare eingeschränkt** (" not in body(document_with(tmp_path, chosen), "risiko")


def test_minors_in_the_audience_add_their_own_risk(tmp_path):
    # Reviews R6/R7 (B): an account meant for pupils or people under 18 needs a risk for minors.
    adults = document_with(tmp_path, with_accounts(("instagram",)))
    assert not [row for row in adults.risk.rows if row.factor.id == "minderjaehrige"]
    young = with_accounts(("instagram",)) + "    audience: {age_min: 15, age_max: 25}\n"
    [row] = [row for row in document_with(tmp_path, young).risk.rows if row.factor.id == "minderjaehrige"]
    assert row.platform.id == "instagram" and row.residual_level == row.level
    pupils = with_accounts(("youtube",)) + "    audience: {text: Schülerinnen und Schüler vor der Berufswahl.}\n"
    assert [row for row in document_with(tmp_path, pupils).risk.rows if row.factor.id == "minderjaehrige"]
    tiktok = with_accounts(("tiktok",)) + "    audience: {age_min: 15}\n"
    ids = [row.factor.id for row in document_with(tmp_path, tiktok).risk.rows]
    assert "junge-nutzende" in ids and "minderjaehrige" not in ids


def test_consent_and_its_withdrawal_follow_the_rows_that_rely_on_it(tmp_path):
    # Review R6, A2: posts with identifiable people rest on consent; the rights chapter names its withdrawal.
    plain = document_with(tmp_path, with_accounts(("linkedin",)))
    assert not [row for row in plain.risk.rows if row.factor.relies_on_consent]
    assert "Art. 7 Abs. 3" not in body(plain, "rechtsgrundlage") + body(plain, "betroffenenrechte")
    assert "besteht nicht, weil" in body(plain, "betroffenenrechte")
    video = document_with(tmp_path, with_accounts(("youtube",)))
    assert [row.factor.id for row in video.risk.rows if row.factor.relies_on_consent] == ["bilder-dritter"]
    assert "nur mit der Einwilligung der Betroffenen" in body(video, "rechtsgrundlage")
    rights = body(video, "betroffenenrechte")
    assert "Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)" in rights
    assert "auf Grund ihrer Einwilligung oder eines Vertrags automatisiert verarbeitet werden (Art. 20 Abs. 1 DSGVO)" in rights


def test_shared_collection_names_the_open_legal_basis_and_25_tdddg(tmp_path):
    # Review R8 (r8b A1): the jointly controlled collection has no assured legal basis, and the text says so.
    separate = body(document_with(tmp_path, with_accounts(("youtube", "xing"))), "rechtsgrundlage")
    assert "ist eine Rechtsgrundlage nicht gesichert" not in separate
    shared = body(document_with(tmp_path, with_accounts(("facebook", "youtube"))), "rechtsgrundlage")
    assert "das die IHK Musterstadt bei Facebook mitverantwortet oder vorsorglich so behandelt, ist eine Rechtsgrundlage nicht gesichert" in shared
    assert "verlangt § 25 Abs. 1 TDDDG eine Einwilligung" in shared and "VG Köln" in shared
    instagram = body(document_with(tmp_path, with_accounts(("instagram",))), "rechtsgrundlage")
    assert "bei Instagram mitverantwortet" in instagram and "VG Köln hat die Mitverantwortung" not in instagram


def test_mastodon_mirror_needs_a_usable_account(tmp_path):
    # Review R7 (r7c A1): a chosen mirror without a usable Mastodon account is an open point.
    chosen = with_accounts(("linkedin",)).replace("risk:\n", "risk:\n  chosen_measures: [spiegelung-mastodon]\n", 1)
    assert any("nutzbares Mastodon-Konto" in point for point in document_with(tmp_path, chosen).open_points)
    bawue = with_accounts(("linkedin", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"}).replace(
        "risk:\n", "risk:\n  chosen_measures: [spiegelung-mastodon]\n", 1
    ) + "    processor_agreement: 2026-10-01\n"
    assert not any("nutzbares Mastodon-Konto" in point for point in document_with(tmp_path, bawue).open_points)


def test_transfers_only_stated_by_the_operator_are_not_told_as_certain(tmp_path):
    _, document = load_document(ROOT / "examples" / "profile-ohne-gemeinsame-verantwortung.yaml")
    assert document.platforms[0].platform.third_country.mechanism != "unverified"
    xing = next(use.platform for use in document.platforms if use.platform.id == "xing")
    assert xing.third_country.mechanism == "unverified"
    risk = body(document, "risiko")
    assert "Daten gelangen dabei in Drittländer bei YouTube;" in risk
    assert "bei XING können sie nach den Datenschutzerklärungen der Betreiber in Drittländer gelangen" in risk
    assert "in Drittländer bei YouTube und XING" not in risk
