"""Bayern: Bayerisches Datenschutzgesetz (BayDSG) and the BayLfD's guidance on fan pages."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import checks

BAYLFD_FANPAGES = "https://www.datenschutz-bayern.de/technik/orient/oh_fanpages.html"
BAYLFD_FAQ = "https://www.datenschutz-bayern.de/faq/FAQ-fanpages.html"

BAYLFD_NO_FANPAGE = smkonzept.Ruling(
    date=datetime.date(2013, 3, 1),
    day_known=False,
    body="Der Bayerische Landesbeauftragte für den Datenschutz",
    reference="Orientierungshilfe „Fanpages bayerischer öffentlicher Stellen in sozialen Netzwerken zum Zweck der Öffentlichkeitsarbeit“",
    holding=(
        "Vorrangig empfiehlt der BayLfD bayerischen öffentlichen Stellen, grundsätzlich keine Fanpage bei Facebook oder einem "
        "vergleichbaren Netzwerk einzurichten, das sich nicht an europäische und deutsche Datenschutzstandards hält."
    ),
    advises_against=("facebook",),
    sources=(BAYLFD_FANPAGES, BAYLFD_FAQ),
    verified=datetime.date(2026, 11, 25),
)

BAYERN = smkonzept.Law(
    id="bayern",
    state="Bayern",
    name="Bayerisches Datenschutzgesetz",
    abbreviation="BayDSG",
    citation="Gesetz vom 15. Mai 2018 (GVBl. S. 230)",
    iso_code="DE-BY",
    aliases=("by",),
    legal_basis=(
        "Art. 4 BayDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Eine öffentliche Stelle darf personenbezogene "
        "Daten verarbeiten, soweit sie diese für die Erfüllung ihrer Aufgaben benötigt."
    ),
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions=(
        "Für bayerische öffentliche Stellen schränken Art. 9 BayDSG (Informationspflicht) und "
        "Art. 10 BayDSG (Auskunftsrecht) diese Rechte ein."
    ),
    impact_assessment="Für bayerische öffentliche Stellen ergänzt Art. 14 BayDSG diese Vorschrift.",
    authority=smkonzept.Authority(
        name="Der Bayerische Landesbeauftragte für den Datenschutz",
        address=("Postfach 22 12 19", "80502 München"),
        email="poststelle@datenschutz-bayern.de",
        website="https://www.datenschutz-bayern.de",
    ),
    guidance=smkonzept.Guidance(
        title="Fanpages bayerischer öffentlicher Stellen in sozialen Netzwerken zum Zweck der Öffentlichkeitsarbeit",
        year=2013,
        url=BAYLFD_FANPAGES,
        requirements=(
            smkonzept.Requirement(id="beschreibung", text="Zweck, Zielgruppe und Inhalte jedes Kontos beschrieben", check=checks.accounts_described()),
            smkonzept.Requirement(id="informationsangebot", text="Konten sind reine Informationsangebote: keine Kontaktaufnahme über die Konten angeboten", check=checks.information_only(), before_signature=True),
            smkonzept.Requirement(id="verlinkung", text="Beiträge führen möglichst per Link zu den Informationen auf der eigenen Website", check=checks.measure_chosen("link-zuerst", "Beiträge verweisen auf die Website"), before_signature=True),
            smkonzept.Requirement(id="transparenz", text="Nutzerinnen und Nutzer werden über die Datenverarbeitung informiert (Datenschutzhinweise)", check=checks.chapter_present("datensparsamkeit", "Datensparsamkeit und Datenschutzerklärung")),
            smkonzept.Requirement(id="alternativen", text="Kontakt zur Stelle über eigene Wege statt über die Plattform", check=checks.alternative_channels()),
            smkonzept.Requirement(id="verantwortung", text="Zuständige Stelle für die Betreuung der Konten benannt (gute Praxis)", check=checks.editorial_responsibility_named()),
            smkonzept.Requirement(id="dsfa", text="Risikoabwägung und Datenschutz-Folgenabschätzung (gute Praxis; rechtlich Art. 35 DSGVO mit Art. 14 BayDSG)", check=checks.chapter_present("risiko", "Risikoabwägung und Datenschutz-Folgenabschätzung")),
        ),
    ),
    remarks=(
        "Die Orientierungshilfe des BayLfD stammt vom März 2013 und damit aus der Zeit vor der DSGVO; ihre "
        "Verweise auf das damalige Recht sind überholt, ihre Empfehlungen zur Gestaltung einer Seite nicht.",
        "Nur für den Fall, dass eine Stelle dennoch eine Seite betreibt, rät er, sie als reines Informationsangebot "
        "ohne Kommunikationskanal für die Besucherinnen und Besucher zu gestalten, vorrangig durch bloße Verlinkung "
        "auf das Informationsangebot der eigenen Website.",
        "Seiten, die sich an Kinder und Jugendliche richten, behandelt die Orientierungshilfe in einem eigenen "
        "Abschnitt (4.4).",
    ),
    rulings=(BAYLFD_NO_FANPAGE,),
    sources=(
        BAYLFD_FANPAGES,
        BAYLFD_FAQ,
        "https://www.datenschutz-bayern.de",
        "https://www.gesetze-bayern.de/Content/Document/BayDSG",
        "https://verkuendung-bayern.de/gvbl/2018-230",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the Bavarian law."""
    register(BAYERN)
