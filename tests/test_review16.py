"""Findings of review 16 (five public-body example profiles), each pinned to its model."""

from __future__ import annotations

from conftest import ROOT
from smkonzept.build import load_document
from smkonzept.checks import evaluate, open_points
from test_legal_model import body, document_with, with_accounts

from smkonzept.plugins.platforms import mastodon, whatsapp


def test_social_bund_de_role_is_not_confirmed_and_bawue_social_stays_a_processor():
    """A2: the BfDI's role for other bodies' accounts is unconfirmed; bawü.social's is confirmed by the LfDI's terms."""
    bund = mastodon.BFDI.controllership
    assert bund.model == "processor" and not bund.confirmed
    assert "nicht bestätigt" in bund.scope and "https://social.bund.de/about" not in bund.sources
    bw = mastodon.LFDI_BW.controllership
    assert bw.model == "processor" and bw.confirmed
    assert "https://www.baden-wuerttemberg.datenschutz.de/?p=233503" in bw.sources


def test_social_bund_de_account_without_agreement_is_an_open_point(tmp_path):
    text = with_accounts(("mastodon",), law="nordrhein-westfalen", urls={"mastodon": "https://social.bund.de/@ihk"})
    document = document_with(tmp_path, text)
    [point] = [p for p in document.open_points if "processor_agreement" in p]
    assert "Rolle des Serverbetreibers nicht bestätigt" in point and "klärt die Stelle sie vor der Nutzung" in point
    platform = body(document, "plattform-mastodon")
    assert "Ob der Betreiber dabei als Auftragsverarbeiter nach Art. 28 DSGVO handelt, ist nicht bestätigt" in platform
    assert "(Auftragsverarbeiter nach Art. 28 DSGVO):** Die Bundesbeauftragte" not in platform
    agreed = text.replace("url: https://social.bund.de/@ihk\n", "url: https://social.bund.de/@ihk\n    processor_agreement: 2026-11-05\n")
    document = document_with(tmp_path, agreed)
    assert not any("processor_agreement" in p for p in document.open_points)
    assert "damit ist die Rolle des Betreibers" in body(document, "plattform-mastodon")


def test_bundesamt_example_no_longer_asserts_the_processor_model():
    _, document = load_document(ROOT / "profiles" / "bundesamt-musterwesen.yaml")
    text = document.markdown()
    assert "die BfDI betreibt den Server in ihrem Auftrag" not in text
    assert "Betreiber des Servers (Auftragsverarbeiter nach Art. 28 DSGVO):** Die Bundesbeauftragte" not in text


def test_whatsapp_channels_are_unsettled_and_the_saarland_statement_is_scoped():
    """A3: channels give admins statistics and no agreement is offered; the 2020 Saarland review concerned messaging."""
    model = whatsapp.WHATSAPP.controllership
    assert model.model == "unsettled"
    assert "nicht Kanäle" in model.scope and "nicht Kanäle" in whatsapp.SAARLAND_REVIEW.holding
    _, document = load_document(ROOT / "profiles" / "stadt-musterhausen.yaml")
    assert "**WhatsApp (Kanäle):** keine gemeinsame Verantwortlichkeit" not in document.markdown()


def test_niedersachsen_facebook_position_needs_a_decision(tmp_path):
    """A4: the LfD Niedersachsen's Facebook position (press reports, research confirmed) marks Facebook as not operable."""
    text = with_accounts(("facebook",), law="niedersachsen")
    document = document_with(tmp_path, text)
    assert any("risk.platform_decisions.facebook" in p and "Niedersachsen" in p for p in document.open_points)
    _, example = load_document(ROOT / "profiles" / "landkreis-musterland.yaml")
    assert "facebook" in example.profile.risk.platform_decisions and not example.open_points
    assert "Erfundene Entscheidung" in example.profile.risk.platform_decisions["facebook"].text


def test_rlp_needs_an_agreement_for_joint_or_unsettled_controllership(tmp_path):
    """A5: Handlungsrahmen 2020, No. 2b: an unsettled platform (Instagram) without an Art. 26 agreement keeps the draft open."""
    document = document_with(tmp_path, with_accounts(("instagram",), law="rheinland-pfalz"))
    assert dict((r.id, p) for r, p in evaluate(document))["vereinbarung"] is not None
    assert any("guidance_departures.vereinbarung" in p for p in open_points(document))
    document = document_with(tmp_path, with_accounts(("facebook",), law="rheinland-pfalz"))
    assert dict((r.id, p) for r, p in evaluate(document))["vereinbarung"] is None
    _, example = load_document(ROOT / "profiles" / "landesamt-musterverwaltung.yaml")
    assert "instagram" not in {a.platform for a in example.profile.accounts} and not example.open_points


def test_insights_measure_is_credited_against_no_risk():
    """B3/B17: not reading Insights does not lower the operator's collection or profiling."""
    from smkonzept.catalogue import MEASURES

    measure = MEASURES["insights-aus"]
    assert measure.reduces == {} and "verhindert das nicht" in measure.description


def test_bw_rights_sentence_names_no_unconfirmed_sections():
    """Review 1, B20: the LDSG may restrict rights; it does not "ergänzen" them, and no section numbers are named."""
    from smkonzept.plugins.laws.baden_wuerttemberg import BADEN_WUERTTEMBERG as law

    assert "ergänzt" not in law.rights and "beschränken" in law.rights and "§" not in law.rights


def test_whatsapp_metadata_measures_claim_no_complete_website_and_lower_nothing():
    """A9: no "Alle Inhalte" claim in a platform's own measures; linking does not lower the operator's metadata."""
    risk = whatsapp.METADATA_RISK
    assert not any("Alle Inhalte" in measure for measure in risk.measures)
    assert risk.residual_likelihood == risk.likelihood
