"""WhatsApp channels, run for users in the European Region by WhatsApp Ireland Limited."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

VERIFIED = datetime.date(2026, 11, 25)
PRIVACY_URL = "https://www.whatsapp.com/legal/privacy-policy-eea"
CHANNELS_FAQ = "https://faq.whatsapp.com/671443411431514/?helpref=faq_content"
# WhatsApp's own help pages: channels are a one-way broadcasting feature; followers and viewers react
# (emojis, poll votes); users cannot be contacted through a channel; admins do not see followers'
# phone numbers unless saved as contacts. Checked with the search tool on 2026-11-25.
CHANNELS_PRIVACY_FAQ = "https://faq.whatsapp.com/433983372418227"
CHANNELS_PRINCIPLES_FAQ = "https://faq.whatsapp.com/958928238510970"
DPF_NOTE = "https://whatsapp.com/legal/privacy-shield?lang=it_IT"
BFDI_WHATSAPP = "https://www.bfdi.bund.de/DE/Fachthemen/Inhalte/Telefon-Internet/Datenschutzpraxis/WhatsApp.html"
# Secondary source (privacy notice of a channel run by a third party) for the statistics admins see;
# not confirmed by WhatsApp itself (research/platforms/whatsapp.yaml).
CHANNEL_STATS = "https://www.digitaler-engel.org/datenschutzerklaerung-fuer-unseren-whatsapp-kanal"
SAARLAND = "https://www.datenschutz.saarland.de/informationsfreiheit/aktuelles/detail/einsatz-von-whatsapp-durch-saarlaendische-kommunen"

BFDI_CIRCULAR = smkonzept.Ruling(
    date=datetime.date(2020, 4, 14),
    body="Bundesbeauftragter für den Datenschutz und die Informationsfreiheit",
    reference="Rundschreiben an die Bundesministerien und obersten Bundesbehörden",
    holding="Der Einsatz von WhatsApp ist für Bundesbehörden ausgeschlossen, für alle Formen und Adressaten der Kommunikation, weil Metadaten an WhatsApp und Facebook fließen.",
    sources=("https://www.pcwelt.de/news/WhatsApp-Tabu-fuer-Bundesbehoerden-Grund-fuer-das-Verbot-10809634.html", BFDI_WHATSAPP),
    verified=VERIFIED,
)
SAARLAND_REVIEW = smkonzept.Ruling(
    date=datetime.date(2020, 1, 1),
    body="Die Landesbeauftragte für Datenschutz und Informationsfreiheit Saarland",
    reference="Prüfung der WhatsApp-Angebote saarländischer Kommunen (Januar 2020; betraf 1:1-Kommunikation, nicht Kanäle)",
    holding="Die Prüfung betraf die 1:1-Kommunikation von Kommunen mit Bürgerinnen und Bürgern über WhatsApp, nicht Kanäle; sie ergab keine Verstöße, und eine Mitverantwortung der Kommunen für die Verarbeitung von Metadaten sah die Aufsichtsbehörde nicht, weil WhatsApp dort keine Auswertungen wie bei Facebook-Seiten bereitstellt.",
    day_known=False,
    sources=(SAARLAND,),
    verified=VERIFIED,
)

METADATA_RISK = smkonzept.RiskFactor(
    id="metadaten",
    title="Metadaten über das Folgen eines Kanals",
    description=(
        "Wer einem Kanal folgt oder ihn ansieht, wann und wie oft, erfasst WhatsApp dabei. Kanalinhalte sind nicht "
        "Ende-zu-Ende-verschlüsselt und für WhatsApp einsehbar."
    ),
    severity=3,
    likelihood=3,
    measures=(
        "Der Kanal ist nie der einzige Informationsweg: Jede Mitteilung verweist auf die ausführliche Information auf der eigenen Website.",
        "Über den Kanal werden keine personenbezogenen Daten Dritter verbreitet.",
    ),
    # Neither measure lowers what WhatsApp learns about who follows the channel (review 16, A9).
    residual_likelihood=3,
    # The collection when people follow and view the channel: treated like a page's collection (review R6, A1).
    processing="collection",
)
ADMIN_NUMBERS_RISK = smkonzept.RiskFactor(
    id="admin-nummern",
    title="Sichtbare Telefonnummern der Verwaltenden",
    description="Die Verwaltenden eines Kanals sehen gegenseitig ihre Telefonnummern und Namen.",
    severity=2,
    likelihood=3,
    measures=("Verwaltet wird der Kanal nur mit dienstlichen Nummern, und alle Verwaltenden nutzen die Bestätigung in zwei Schritten.",),
    residual_likelihood=1,
)

WHATSAPP = smkonzept.Platform(
    id="whatsapp",
    name="WhatsApp (Kanäle)",
    aliases=("whatsapp-kanal",),
    website="https://www.whatsapp.com",
    operator=smkonzept.Operator(
        name="WhatsApp Ireland Limited",
        address="",
        country="Irland",
        privacy_url=PRIVACY_URL,
    ),
    description=(
        "Ein WhatsApp-Kanal ist ein Angebot innerhalb des Messengers WhatsApp, über das eine Stelle Mitteilungen an alle "
        "verbreitet, die dem Kanal folgen."
    ),
    advantages="Viele Menschen nutzen WhatsApp täglich; ein Kanal erreicht sie dort, wo sie ohnehin Nachrichten lesen.",
    visible_without_login=None,
    interaction=(
        "Jede WhatsApp-Nutzerin und jeder WhatsApp-Nutzer kann einen Kanal finden, ihm folgen und ihn ansehen; wer nicht folgt, "
        "sieht die Mitteilungen der letzten 30 Tage. Ein Kanal ist Einwegkommunikation: Folgende und Betrachtende können auf "
        "Mitteilungen nur reagieren, etwa mit einem Emoji oder einer Stimme in einer Umfrage; Kommentare und Nachrichten an den "
        "Kanal gibt es nicht. Die Telefonnummern der Folgenden sehen die Verwaltenden des Kanals nicht, außer bei Nummern, die "
        "sie selbst als Kontakt gespeichert haben. Ob Menschen ohne WhatsApp-Konto Kanalinhalte sehen können, ist nicht "
        "bestätigt; WhatsApp setzt eine Telefonnummer und die Zustimmung zu den Bedingungen von WhatsApp voraus."
    ),
    comments=False,
    direct_messages=False,
    default_purpose="Der Kanal weist kurz auf aktuelle Meldungen und Termine hin und verlinkt jeweils die ausführliche Information auf der eigenen Website.",
    default_audience="Menschen, die WhatsApp täglich nutzen und kurze Hinweise auf dem Smartphone erhalten möchten.",
    default_contents=("Kurze Hinweise auf aktuelle Meldungen", "Erinnerungen an Termine und Fristen"),
    joint_controller_agreement=None,
    controllership=smkonzept.Controllership(
        model="unsettled",
        scope=(
            "Kanalverwaltende erhalten nach Angaben Dritter Statistiken (Zahl der Folgenden, Reichweite der letzten 30 Tage, "
            "Reaktionen); eine Vereinbarung nach Art. 26 DSGVO bietet WhatsApp in seinen eigenen Unterlagen nicht an. Eine "
            "Stellungnahme einer deutschen Aufsichtsbehörde zu Kanälen öffentlicher Stellen wurde nicht gefunden; die "
            "saarländische Prüfung von 2020 betraf die 1:1-Kommunikation von Kommunen über WhatsApp, nicht Kanäle. Das "
            "Konzept behandelt das Erheben der Daten beim Folgen und Ansehen des Kanals deshalb vorsorglich wie bei einer "
            "Facebook-Seite."
        ),
        sources=(PRIVACY_URL, CHANNELS_FAQ, CHANNEL_STATS, SAARLAND),
        verified=VERIFIED,
    ),
    third_country=smkonzept.ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            "WhatsApp LLC ist nach dem EU-US-Datenschutzrahmen zertifiziert, stützt Übermittlungen aus dem EWR in die USA nach "
            "eigener Angabe derzeit aber nicht darauf, sondern auf Standardvertragsklauseln der EU-Kommission."
        ),
        mechanism="scc",
        sources=(DPF_NOTE,),
        verified=VERIFIED,
    ),
    risk_factors=(
        METADATA_RISK,
        catalogue.third_country_risk(severity=3, likelihood=3),
        ADMIN_NUMBERS_RISK,
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    rulings=(BFDI_CIRCULAR, SAARLAND_REVIEW),
    sources=(PRIVACY_URL, CHANNELS_FAQ, CHANNELS_PRIVACY_FAQ, CHANNELS_PRINCIPLES_FAQ, DPF_NOTE, BFDI_WHATSAPP, SAARLAND),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register WhatsApp channels."""
    register(WHATSAPP)
