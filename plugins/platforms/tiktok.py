"""TikTok, run for users in the EEA by TikTok Technology Limited (Ireland)."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

VERIFIED = datetime.date(2026, 11, 25)
PRIVACY_URL = "https://www.tiktok.com/legal/privacy-policy-eea?lang=de"
LFDI_CHECKLIST = "https://www.baden-wuerttemberg.datenschutz.de/datenschutz-oeffentliche-stellen-tik-tok/"
DPC_DECISION = "https://digitalpolicyalert.org/event/29510-irish-data-protection-commission-issued-fine-of-eur-530-million-against-tiktok-and-ordered-suspension-of-data-transfers-to-china-in-absence-of-gdpr-compliance"
BFDI_TIKTOK = "https://bfdi.bund.de/DE/Buerger/Inhalte/Telemedien/TikTok.html"

DPC_FINE = smkonzept.Ruling(
    date=datetime.date(2025, 5, 2),
    body="Irische Datenschutzkommission (Data Protection Commission)",
    reference="Entscheidung gegen TikTok Technology Limited (Übermittlungen nach China)",
    holding=(
        "Die Aufsichtsbehörde verhängte Geldbußen von insgesamt 530 Millionen Euro, weil TikTok den Fernzugriff aus China "
        "auf Daten aus dem EWR nicht ausreichend abgesichert (Art. 46 Abs. 1 DSGVO) und darüber nicht informiert hatte "
        "(Art. 13 Abs. 1 Buchst. f DSGVO), und ordnete an, die Übermittlungen nach China auszusetzen, falls sie nicht "
        "binnen sechs Monaten rechtskonform werden."
    ),
    status="Veröffentlicht am 2. Mai 2025; Stand eines Rechtsmittels nicht bestätigt",
    sources=(DPC_DECISION, "https://dpcsearch.fusio.dev/en/node"),
    verified=VERIFIED,
)
LFDI_BW_CHECKLIST = smkonzept.Ruling(
    date=datetime.date(2024, 5, 1),
    body="Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    reference="Checkliste „Datenschutz, öffentliche Stellen, Tik Tok“ (Ende Mai 2024)",
    holding=(
        "Öffentliche Stellen, die TikTok nutzen wollen, sollen 14 Fragen beantworten, unter anderem zur Verantwortlichkeit; "
        "der LfDI bezweifelt, dass die Nutzung mit Art. 5, 6, 8, 13, 14 und 25 DSGVO vereinbar ist."
    ),
    day_known=False,
    sources=(LFDI_CHECKLIST,),
    verified=VERIFIED,
)
BFDI_DEVICES = smkonzept.Ruling(
    date=datetime.date(2021, 6, 1),
    body="Bundesbeauftragter für den Datenschutz und die Informationsfreiheit",
    reference="Rundschreiben an die öffentlichen Stellen des Bundes (Juni 2021)",
    holding="Die öffentlichen Stellen des Bundes sollen TikTok keinesfalls auf dienstlichen Geräten einsetzen; die Empfehlung gilt nach der Website der BfDI weiter.",
    day_known=False,
    sources=(BFDI_TIKTOK, "https://www.heise.de/news/TikTok-Bundesdatenschuetzer-empfiehlt-Behoerden-weiterhin-Video-App-zu-meiden-7526762.html"),
    verified=VERIFIED,
)

MINORS_RISK = smkonzept.RiskFactor(
    id="junge-nutzende",
    title="Auswertung des Verhaltens junger Nutzender",
    description=(
        "Ein großer Teil des Publikums ist jung, darunter Minderjährige; der LfDI Baden-Württemberg bezweifelt, dass "
        "TikTok Art. 8 DSGVO einhält. Der Betreiber wertet aus, welche Videos jemand wie lange ansieht, und stellt "
        "daraus den persönlichen Feed zusammen."
    ),
    severity=3,
    likelihood=3,
    measures=(
        "Beiträge fordern Minderjährige nicht auf, zu kommentieren, Nachrichten zu schicken oder Angaben über sich zu "
        "machen; es wird keine Werbung geschaltet.",
    ),
    # Whether every post is also on the website is the profile's (alternatives.all_content_on_website):
    # only then does the website measure (catalogue.WEBSITE_MEASURE) appear in this row (review 4p, A4).
    residual_likelihood=2,
)

TIKTOK = smkonzept.Platform(
    id="tiktok",
    name="TikTok",
    website="https://www.tiktok.com",
    operator=smkonzept.Operator(
        name="TikTok Technology Limited",
        address="10 Earlsfort Terrace, Dublin, D02 T380",
        country="Irland",
        privacy_url=PRIVACY_URL,
    ),
    description=(
        "TikTok ist eine Plattform für kurze, meist hochkant gedrehte Videos. Was jemand zu sehen bekommt, wählt vor "
        "allem ein Empfehlungsverfahren des Betreibers aus, das sich am bisherigen Sehverhalten orientiert."
    ),
    advantages="TikTok erreicht besonders Jugendliche und junge Erwachsene, die andere Kanäle kaum nutzen.",
    visible_without_login=None,
    interaction="Wer kommentieren, Videos speichern oder eine Nachricht schreiben will, braucht ein eigenes Konto. Ob und wie weit sich Videos ohne Konto ansehen lassen, ist für dieses Konzept nicht bestätigt.",
    default_purpose="Das Konto zeigt jungen Menschen in kurzen Videos die eigene Arbeit und verweist für alle Einzelheiten auf die eigene Website.",
    default_audience="Jugendliche und junge Erwachsene, vor allem im Alter zwischen 16 und 25 Jahren.",
    default_contents=("Kurze Einblicke in Aufgaben und Berufe", "Hinweise auf Termine und Angebote für junge Menschen"),
    joint_controller_agreement=None,
    controllership=smkonzept.Controllership(
        model="unsettled",
        scope=(
            "Für ein gewöhnliches Konto einer Organisation bietet TikTok keine Vereinbarung nach Art. 26 DSGVO an; nur für "
            "seine Werbewerkzeuge regeln eigene Bedingungen die Verantwortlichkeit. Ob die Grundsätze zu Facebook-Seiten "
            "auf TikTok übertragbar sind, hat kein Gericht entschieden; der LfDI Baden-Württemberg fragt in seiner "
            "Checkliste ausdrücklich danach."
        ),
        rulings=(catalogue.WIRTSCHAFTSAKADEMIE, LFDI_BW_CHECKLIST),
        sources=("https://ads.tiktok.com/help/article/tiktok-advertiser-tools-and-related-terms?lang=en", LFDI_CHECKLIST),
        verified=VERIFIED,
    ),
    third_country=smkonzept.ThirdCountryTransfer(
        countries=("China", "Singapur", "USA"),
        basis=(
            "Für den Fernzugriff aus China nutzt TikTok Standardvertragsklauseln der EU-Kommission; die irische "
            "Datenschutzkommission hielt die Schutzmaßnahmen 2025 für unzureichend (Art. 46 Abs. 1 DSGVO). Daten werden "
            "außerdem unter anderem in Singapur und den USA gespeichert."
        ),
        mechanism="scc",
        rulings=(DPC_FINE,),
        sources=(DPC_DECISION, PRIVACY_URL),
        verified=VERIFIED,
    ),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=4),
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=4, likelihood=3),
        MINORS_RISK,
        catalogue.comments_risk(severity=2, likelihood=3),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    rulings=(BFDI_DEVICES,),
    sources=(PRIVACY_URL, LFDI_CHECKLIST, DPC_DECISION, BFDI_TIKTOK),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register TikTok."""
    register(TIKTOK)
