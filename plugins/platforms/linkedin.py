"""LinkedIn, run for EU users by LinkedIn Ireland Unlimited Company."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

PRIVACY_URL = "https://www.linkedin.com/legal/privacy-policy"
ADDENDUM_URL = "https://legal.linkedin.com/pages-joint-controller-addendum"
TRANSFERS_URL = "https://www.linkedin.com/help/linkedin/answer/62533"

LINKEDIN_IRELAND = smkonzept.Operator(
    name="LinkedIn Ireland Unlimited Company",
    address="Wilton Place, Dublin 2",
    country="Irland",
    privacy_url=PRIVACY_URL,
)

LINKEDIN = smkonzept.Platform(
    id="linkedin",
    name="LinkedIn",
    website="https://www.linkedin.com",
    operator=LINKEDIN_IRELAND,
    description=(
        "LinkedIn ist ein berufliches Netzwerk. Nutzende legen Profile mit ihrem Werdegang an und "
        "vernetzen sich mit Kontakten; Unternehmen und Organisationen betreiben Seiten, auf denen sie "
        "Beiträge, Artikel und Stellenangebote veröffentlichen. Das Netzwerk ist international "
        "ausgerichtet."
    ),
    advantages=(
        "Auf LinkedIn sind viele Führungskräfte und Fachleute aktiv, die sich dort über ihr "
        "Fachgebiet informieren. Das Netzwerk ist international ausgerichtet und eignet sich auch, "
        "um die Stelle als Arbeitgeberin vorzustellen."
    ),
    visible_without_login=True,
    interaction=(
        "Seiten und einzelne Beiträge sind teilweise ohne Konto sichtbar; LinkedIn beschränkt dann "
        "die Anzeige und fordert zur Anmeldung auf. Kommentieren, Reagieren, Folgen und Nachrichten "
        "setzen ein eigenes Konto voraus."
    ),
    default_purpose=(
        "Die Seite informiert Entscheiderinnen und Entscheider aus Unternehmen und Organisationen über "
        "Angebote, Positionen und Veranstaltungen. Sie stellt die Stelle außerdem als Arbeitgeberin "
        "vor und verweist für Einzelheiten auf die eigene Website."
    ),
    default_audience=(
        "Fachleute, Führungskräfte, Bewerberinnen und Bewerber sowie Partner im In- und Ausland."
    ),
    default_contents=(
        "Eigene Positionen und Fachinformationen",
        "Hinweise auf Veranstaltungen und Weiterbildungen",
        "Eigene Stellenangebote",
    ),
    joint_controller_agreement=smkonzept.JointControllerAgreement(
        name="Page Insights Joint Controller Addendum",
        url=ADDENDUM_URL,
        scope=(
            "Die Vereinbarung regelt die gemeinsame Verantwortlichkeit für die Statistiken zu Seiten (Page Insights), "
            "also für den Teil der Verarbeitung, den LinkedIn selbst als gemeinsam verantwortet einordnet."
        ),
        covers_collection=True,
    ),
    controllership=smkonzept.Controllership(
        model="joint",
        scope=(
            "LinkedIn bietet für die Statistiken zu Seiten (Page Insights) eine Vereinbarung über die "
            "gemeinsame Verantwortlichkeit an und ordnet diese Verarbeitung damit selbst als gemeinsame "
            "Verantwortlichkeit ein. Für die übrige Verarbeitung der Daten ist LinkedIn allein verantwortlich; "
            "eine weiter reichende gemeinsame Verantwortlichkeit für LinkedIn-Seiten hat bisher weder ein Gericht "
            "noch eine Aufsichtsbehörde festgestellt."
        ),
        rulings=(catalogue.FASHION_ID,),
        sources=(ADDENDUM_URL,),
        verified=datetime.date(2026, 11, 25),
    ),
    third_country=smkonzept.ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            "Nach eigenen Angaben ist die LinkedIn Corporation mit ihren kontrollierten "
            "US-Tochtergesellschaften nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) "
            "zertifiziert; für diese Übermittlungen gilt der Angemessenheitsbeschluss der "
            "EU-Kommission, Durchführungsbeschluss (EU) 2023/1795 vom 10. Juli 2023 "
            f"([Amtsblatt]({catalogue.DPF_DECISION})). Für bestimmte Übermittlungen nutzt LinkedIn "
            "außerdem Standardvertragsklauseln der EU-Kommission "
            f"([LinkedIn-Hilfe: Datenübermittlungen aus der EU]({TRANSFERS_URL}))."
        ),
        mechanism="adequacy",
        rulings=(catalogue.DPF_ADEQUACY, catalogue.DPF_GENERAL_COURT, catalogue.DPF_APPEAL),
        sources=(TRANSFERS_URL, catalogue.DPF_DECISION, *catalogue.DPF_GENERAL_COURT.sources, *catalogue.DPF_APPEAL.sources),
        verified=datetime.date(2026, 11, 25),
    ),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=3),
        catalogue.tracking_risk(severity=3, likelihood=3),
        catalogue.third_country_risk(severity=3, likelihood=3),
        catalogue.comments_risk(severity=2, likelihood=2),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(
        PRIVACY_URL,
        ADDENDUM_URL,
        TRANSFERS_URL,
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register LinkedIn."""
    register(LINKEDIN)
