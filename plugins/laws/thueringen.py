"""Thüringen: Thüringer Datenschutzgesetz (ThürDSG); kein Leitfaden des TLfDI zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

THUERINGEN = smkonzept.Law(
    id="thueringen",
    state="Thüringen",
    name="Thüringer Datenschutzgesetz",
    abbreviation="ThürDSG",
    citation="vom 6. Juni 2018 (GVBl. S. 229)",
    iso_code="DE-TH",
    aliases=("th",),
    legal_basis="§ 16 ThürDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 16 ThürDSG ist die allgemeine Vorschrift des ThürDSG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Thüringen schränken § 20 ThürDSG (Informationspflichten), § 21 ThürDSG (Auskunftsrecht), § 22 ThürDSG (Recht auf Einschränkung der Verarbeitung) und § 23 ThürDSG (Löschung personenbezogener Daten) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit (TLfDI)",
        address=(),
        email="",
        website="https://www.tlfdi.de",
    ),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Thüringen § 15 Abs. 1 ThürKO („Unterrichtung und Beratung der Einwohner“); Gesetz: Thüringer Gemeinde- und Landkreisordnung (Thüringer Kommunalordnung) (ThürKO), in der Fassung der Bekanntmachung vom 28. Januar 2003 (GVBl. S. 41).",
        "landkreis": "Für die Kreise in Thüringen gilt das Kommunalrecht des Landes: Thüringer Gemeinde- und Landkreisordnung (Thüringer Kommunalordnung) (ThürKO).",
        "hochschule": "Die Aufgaben der Hochschulen in Thüringen regelt § 5 ThürHG („Aufgaben der Hochschulen“); Gesetz: Thüringer Hochschulgesetz, vom 10. Mai 2018 (GVBl. S. 149).",
    },
    omitted=(
        "Wortlaut von § 16 ThürDSG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
        "Positionen des TLfDI zu Plattformen (keine amtliche Quelle gefunden)",
    ),
    sources=(
        "https://fdokument.com/document/gesetz-und-verordnungsblatt-artikel-23-nderung-des-thringer-gesetzes-ber.html",
        "https://datenschutzgesetze.eu/thuerdsg/",
        "https://www.tlfdi.de/tlfdi/wir/aufgaben/",
        "https://www.datenschutz.de/der-tlfdi-veroeffentlicht-seine-taetigkeitsberichte-fuer-das-jahr-2024-zum-datenschutz-und-zum-thueringer-transparenzgesetz",
        "https://news-blast.com/2020/03/tag-der-informationsfreiheit-veranstaltung-des-tlfdi-fuer-mehr-transparenzbewusstsein-in-den-behoerden",
        "https://landesrecht.thueringen.de/jportal/?quelle=jlink&docid=jlr-KomOTH2003pP15&psml=bsthueprod.psml&max=true",
        "https://www.anwalt24.de/gesetze/thuerhg-2/5",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Thüringen."""
    register(THUERINGEN)
