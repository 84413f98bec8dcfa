"""Findings of review 4p (five public-body example profiles), each sentence pinned to the model that produces it."""

from __future__ import annotations

import re

from conftest import MINIMAL_PROFILE, ROOT
from smkonzept.build import load_document
from smkonzept.catalogue import WEBSITE_MEASURE
from smkonzept.consultation import ACCOUNT_SENTENCES, group_sentences
from smkonzept.german import ChamberName
from test_legal_model import body, document_with, with_accounts

from smkonzept.plugins.platforms import tiktok, whatsapp

REQUESTED = "{status: requested, date: 2026-10-28, interim: suspended}"


def _with(text: str, interim: str = "suspended") -> str:
    return text.replace("{status: scheduled, date: 2027-01-31}", REQUESTED.replace("suspended", interim))


def _the_chamber(document) -> ChamberName:
    chamber = document.profile.chamber
    return ChamberName(chamber.article, chamber.short_name, chamber.name, chamber.genitive)


def test_suspended_accounts_are_deactivated_in_the_result_and_in_their_platform_chapter(tmp_path):
    """A1: while the consultation runs, an account that merely stops posting still collects visitors' data."""
    document = document_with(tmp_path, _with(with_accounts(("facebook", "mastodon"))))
    affected = [p.name for p in document.risk.platforms_own_high_after]
    assert affected == ["Facebook"]
    sentence = group_sentences(_the_chamber(document))["suspended"]
    assert "deaktiviert und nicht öffentlich erreichbar" in sentence and "löscht sie das Konto" in sentence
    assert f"Die Konten auf Facebook {sentence}" in body(document, "risiko")
    assert ACCOUNT_SENTENCES["suspended"] in body(document, "plattform-facebook")
    assert ACCOUNT_SENTENCES["suspended"] not in body(document, "plattform-mastodon")
    assert "ruhen" not in document.markdown()
    assert not any("risk.consultation" in point for point in document.open_points)


def test_dropped_accounts_are_not_opened_or_deleted(tmp_path):
    document = document_with(tmp_path, _with(with_accounts(("facebook",)), "dropped"))
    sentence = group_sentences(_the_chamber(document))["dropped"]
    assert "nicht" in sentence and "löscht" in sentence
    assert f"Die Konten auf Facebook {sentence}" in body(document, "risiko")
    assert ACCOUNT_SENTENCES["dropped"] in body(document, "plattform-facebook")


def test_examples_conclusion_decision_and_account_list_agree():
    for name in ("stadt-musterhausen", "landkreis-musterland", "hochschule-musterstadt", "bundesamt-musterwesen"):
        _, document = load_document(ROOT / "profiles" / f"{name}.yaml")
        text = document.markdown().replace("\\", "")
        assert "ruhen" not in text, name
        assert document.profile.risk.consultation.interim == "suspended"
        assert "deaktiviert oder, wo das Netzwerk das nicht zulässt, gelöscht" in document.profile.risk.decision.text
        for platform in document.risk.platforms_own_high_after:
            assert ACCOUNT_SENTENCES["suspended"] in body(document, f"plattform-{platform.id}"), (name, platform.id)
        for use in document.platforms:
            if use.platform not in document.risk.platforms_own_high_after:
                assert ACCOUNT_SENTENCES["suspended"] not in body(document, f"plattform-{use.platform.id}"), (name, use.platform.id)


def _sentences_naming_the_processor_role(text: str) -> list[str]:
    sentences = re.split(r"(?<=\.)\s+(?=[A-ZÄÖÜ„])|\n", text.replace("\\", ""))
    return [s for s in sentences if "Auftragsverarbeit" in s or "im Auftrag" in s]


def test_an_unconfirmed_processor_role_is_never_stated_as_fact(tmp_path):
    """A2: every sentence about Art. 28 on social.bund.de says the role is not confirmed, until an agreement is recorded."""
    text = with_accounts(("mastodon",), urls={"mastodon": "https://social.bund.de/@ihk"})
    document = document_with(tmp_path, text)
    [use] = document.platforms
    assert not use.processor_confirmed
    claims = _sentences_naming_the_processor_role(document.markdown())
    assert claims
    for sentence in claims:
        assert "nicht bestätigt" in sentence or "Vertrag nach Art. 28" in sentence or "Rolle" in sentence, sentence
    agreed = text.replace("url: https://social.bund.de/@ihk\n", "url: https://social.bund.de/@ihk\n    processor_agreement: 2026-11-05\n")
    document = document_with(tmp_path, agreed)
    assert document.platforms[0].processor_confirmed
    assert "Den Server für Mastodon betreibt" in body(document, "betroffenenrechte")
    assert "im Auftrag der IHK Musterstadt (Art. 28 DSGVO)" in body(document, "betroffenenrechte")
    assert "alles, was ein Auftragsverarbeiter für sie auf dem Konto verarbeitet (Mastodon)" in body(document, "risiko")


def test_bundesamt_example_states_no_unconfirmed_processor_role():
    _, document = load_document(ROOT / "profiles" / "bundesamt-musterwesen.yaml")
    mastodon = next(use for use in document.platforms if use.platform.id == "mastodon")
    assert not mastodon.processor_confirmed
    for sentence in _sentences_naming_the_processor_role(document.markdown()):
        if "PeerTube" in sentence or "Vertrag nach Art. 28" in sentence:
            continue  # the body's own video server (profile text) and the open point on the missing agreement
        assert "nicht bestätigt" in sentence or "Rolle" in sentence, sentence
    assert "alles, was ein Auftragsverarbeiter für es auf dem Konto verarbeitet" not in document.markdown()


def test_whatsapp_channels_are_one_way():
    """A3: no comments, no messages to the channel; admins do not see followers' numbers (WhatsApp's own FAQ)."""
    platform = whatsapp.WHATSAPP
    assert platform.comments is False and platform.direct_messages is False
    assert any(url.startswith("https://faq.whatsapp.com/") for url in platform.sources if url != whatsapp.CHANNELS_FAQ)
    assert "Einwegkommunikation" in platform.interaction


def test_sentences_on_moderation_and_messages_follow_the_platform_facts(tmp_path):
    document = document_with(tmp_path, with_accounts(("whatsapp",)))
    risk = body(document, "risiko")
    assert "Kommentare und Nachrichten an das Konto gibt es bei WhatsApp (Kanäle) nicht" in risk
    assert "Moderation von Kommentaren" not in risk and "Nachrichten an das Konto liest" not in risk
    assert "(Beiträge)" in risk
    assert "Einwegkommunikation" in body(document, "betreuung")
    assert "nicht bei WhatsApp (Kanäle)" in body(document, "alternativen") or not document.profile.contact_via_accounts
    assert "bei WhatsApp (Kanäle) gibt es weder Kommentare noch Nachrichten" in body(document, "datensparsamkeit")
    both = document_with(tmp_path, with_accounts(("whatsapp", "facebook")))
    risk = body(both, "risiko")
    assert "Moderation von Kommentaren" in risk
    whatsapp_line = next(line for line in risk.splitlines() if line.startswith("- **WhatsApp"))
    assert "moderiert sie" not in whatsapp_line and "beantwortet sie;" not in whatsapp_line


def test_stadt_example_does_not_moderate_whatsapp():
    _, document = load_document(ROOT / "profiles" / "stadt-musterhausen.yaml")
    risk = body(document, "risiko")
    whatsapp_line = next(line for line in risk.splitlines() if line.startswith("- **WhatsApp"))
    assert "Kommentare und Nachrichten an das Konto gibt es bei WhatsApp (Kanäle) nicht" in whatsapp_line
    assert "Kommentare zu ihren Beiträgen moderiert sie" not in whatsapp_line


def test_tiktok_website_measure_follows_all_content_on_website(tmp_path):
    """A4: the website measure appears in the minors row only when every post is also on the website."""
    assert not any("Website" in m for m in tiktok.MINORS_RISK.measures)
    document = document_with(tmp_path, with_accounts(("tiktok",)))
    [row] = [r for r in document.risk.rows if r.factor.id == "junge-nutzende"]
    assert WEBSITE_MEASURE not in row.chosen
    text = with_accounts(("tiktok",)).replace("accounts:\n", "alternatives: {all_content_on_website: true}\naccounts:\n")
    document = document_with(tmp_path, text)
    [row] = [r for r in document.risk.rows if r.factor.id == "junge-nutzende"]
    assert WEBSITE_MEASURE in row.chosen and WEBSITE_MEASURE.description in body(document, "risiko")
    _, example = load_document(ROOT / "profiles" / "hochschule-musterstadt.yaml")
    assert not example.profile.alternatives.all_content_on_website
    assert "Alle Informationen stehen vollständig" not in example.markdown()


def test_conclusion_names_the_risks_at_the_highest_level(tmp_path):
    """B4/C1: the conclusion says which risks stay at the highest level and whose processing they come from."""
    _, document = load_document(ROOT / "profiles" / "stadt-musterhausen.yaml")
    risk = body(document, "risiko")
    top = [row for row in document.risk.rows if row.residual_level == document.risk.highest_after]
    assert top and "beträgt sie höchstens" not in risk
    for row in top:
        kind = "eigene Verarbeitung" if row.own else "Kontextrisiko aus der Verarbeitung des Betreibers"
        assert f"{row.label} ({row.factor.title}" in risk and kind in risk


def test_rlp_handlungsrahmen_is_cited_from_the_lfdi(tmp_path):
    """B1: the official PDF of the LfDI RLP, no unofficial copies."""
    from smkonzept.plugins.laws import rheinland_pfalz

    law = rheinland_pfalz.RHEINLAND_PFALZ
    urls = [url for ruling in law.rulings for url in ruling.sources]
    assert rheinland_pfalz.HANDLUNGSRAHMEN in urls
    assert not any("readkong" in url or "kleineanfragen" in url for url in urls)


def test_saarland_source_line_carries_its_scope():
    """B2: the 2020 review concerned 1:1 messaging, not channels; the cited line says so itself."""
    assert "nicht Kanäle" in whatsapp.SAARLAND_REVIEW.reference


def test_missing_processor_agreement_is_an_open_point_of_the_bundesamt():
    """B5: the missing Art. 28 date is named in „Offene Punkte“."""
    _, document = load_document(ROOT / "profiles" / "bundesamt-musterwesen.yaml")
    assert any("processor_agreement" in point for point in document.open_points)
    assert "processor_agreement" in body(document, "offene-punkte")


def test_images_of_third_persons_get_a_risk_row_where_accounts_publish_them(tmp_path):
    """B5: a row with consent measures wherever the contents include photos or videos (or the platform is a video platform)."""
    from smkonzept.catalogue import IMAGES_RISK, publishes_images

    assert publishes_images("youtube", []) and publishes_images("instagram", ["Bilder von Festen"])
    assert not publishes_images("mastodon", ["Hinweise auf die Weiterbildung"])
    _, document = load_document(ROOT / "profiles" / "stadt-musterhausen.yaml")
    rows = {r.platform.id: r for r in document.risk.rows if r.factor.id == IMAGES_RISK.id}
    assert set(rows) == {"instagram", "youtube"}
    assert all(r.own and r.residual_level < 3 for r in rows.values())
    risk = body(document, "risiko")
    assert all(measure in risk for measure in IMAGES_RISK.measures)
    assert "Sorgeberechtigten" in IMAGES_RISK.measures[1]


def test_necessity_is_argued_per_account_from_its_audience_and_purpose():
    """B5: each account's necessity names its own audience and purpose from the profile."""
    _, document = load_document(ROOT / "profiles" / "stadt-musterhausen.yaml")
    text = body(document, "erforderlichkeit")
    for use in document.platforms:
        for account in use.accounts:
            line = next(line for line in text.splitlines() if line.startswith(f"- **{use.platform.name}**"))
            assert str(account.audience).strip().replace("\\", "") in line and str(account.purpose).strip()[:40].replace("\\", "") in line
