"""Bremen: Bremisches Ausführungsgesetz zur EU-Datenschutz-Grundverordnung (BremDSGVOAG); kein Leitfaden der Aufsichtsbehörde zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

BREMEN = smkonzept.Law(
    id="bremen",
    state="Bremen",
    name="Bremisches Ausführungsgesetz zur EU-Datenschutz-Grundverordnung",
    abbreviation="BremDSGVOAG",
    citation="",
    iso_code="DE-HB",
    aliases=("hb",),
    legal_basis="§ 3 BremDSGVOAG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 3 BremDSGVOAG („Zulässigkeit der Verarbeitung personenbezogener Daten“) ist die allgemeine Vorschrift des BremDSGVOAG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Bremen schränken § 8 BremDSGVOAG (Beschränkung der Informationspflicht) und § 9 BremDSGVOAG (Beschränkung des Auskunftsrechts) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Die Landesbeauftragte für Datenschutz und Informationsfreiheit (Freie Hansestadt Bremen)",
        address=(
            "Arndtstraße 1",
            "27570 Bremerhaven",
        ),
        email="office@datenschutz.bremen.de",
        website="https://www.datenschutz.bremen.de",
    ),
    remarks=(
        "Die Landesbeauftragte forderte im November 2012 die Löschung der Facebook-Konten der Stadt Bremen, weil der Datenschutz auf Facebook nicht gewährleistet sei (nach Presseberichten).",
    ),
    mandates={
        "hochschule": "Die Aufgaben der Hochschulen in Bremen regelt § 4 BremHG („Aufgaben“); Gesetz: Bremisches Hochschulgesetz, in der Fassung der Bekanntmachung vom 9. Mai 2007 (Brem.GBl. S. 339); letzte bei umwelt-online verzeichnete Änderung 28.03.2023 (GBl. S. 305).",
    },
    omitted=(
        "Fundstelle (Datum und Gesetzblatt) des Gesetzes",
        "Wortlaut von § 3 BremDSGVOAG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
        "Kommunalrecht (Gemeindeordnung) des Landes",
    ),
    sources=(
        "https://transparenz.bremen.de/metainformationen/bremisches-ausfuehrungsgesetz-zur-eu-datenschutz-grundverordnung-bremdsgvoag-vom-8-mai-2018-116884?template=20_gp_ifg_meta_detail_d",
        "https://datenschutz.bremen.de/datenschutzerklaerung-7485",
        "https://www.bremische-buergerschaft.de/index.php/index.php/index.php/uploads/media/drs_abo/drs_abo/uploads/media/presse/fileadmin/user_upload/Dateien/index.php/uploads/tx_cal/fileadmin/user_upload/Dateien/SD.NET/fileadmin/user_upload/Informationsmaterial/index.php?id=35&tx_ttnews%5Btt_news%5D=2101&cHash=d119c69009c8e3a66b75059aad60f37e",
        "https://transparenz.bremen.de/metainformationen/bremisches-hochschulgesetz-in-der-fassung-vom-9-mai-2007-157867?template=20_gp_ifg_meta_detail_d",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/735e5d7c-f4e6-3d30-bc55-5324ae4be063",
        "https://www.mein-datenschutzbeauftragter.de/blog/20121122-wird-bremen-facebook-den-ruecken-kehren/",
        "https://taz.de/!538804",
        "https://www.bild.de/regional/bremen/facebook-datenschutz/bremen-facebook-seite-27304090.bild.html",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Bremen."""
    register(BREMEN)
