"""Saarland: Saarländisches Datenschutzgesetz (SDSG); kein Leitfaden der Aufsichtsbehörde zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

SAARLAND = smkonzept.Law(
    id="saarland",
    state="Saarland",
    name="Saarländisches Datenschutzgesetz",
    abbreviation="SDSG",
    citation="vom 16. Mai 2018 (Amtsbl. I S. 254), zuletzt geändert durch Artikel 85 des Gesetzes vom 8. Dezember 2021 (Amtsbl. I S. 2629)",
    iso_code="DE-SL",
    aliases=("sl",),
    legal_basis="§ 4 SDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 4 SDSG ist die allgemeine Vorschrift des SDSG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Saarland schränken § 10 SDSG (Beschränkung der Informationspflicht nach Art. 13 und 14 DSGVO) und § 11 SDSG (Beschränkung des Auskunftsrechts nach Art. 15 DSGVO) diese Rechte ein.",
    impact_assessment="Für öffentliche Stellen des Landes Saarland enthält § 14 SDSG ergänzende Regelungen zur Folgenabschätzung.",
    authority=smkonzept.Authority(
        name="Unabhängiges Datenschutzzentrum Saarland – Die Landesbeauftragte für Datenschutz und Informationsfreiheit",
        address=(
            "Fritz-Dobisch-Straße 12",
            "66111 Saarbrücken",
        ),
        email="poststelle@datenschutz.saarland.de",
        website="https://www.datenschutz.saarland.de",
    ),
    remarks=(
        "Die Landesbeauftragte hält Facebook- und Instagram-Seiten für nicht datenschutzkonform betreibbar und bat die Landesregierung wiederholt, ihre Seiten abzuschalten; die Landesregierung wartet das Verfahren Bundespresseamt gegen BfDI ab (Bericht vom April 2023).",
    ),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Saarland § 20 KSVG („Unterrichtung der Einwohnerinnen und Einwohner“); Gesetz: Kommunalselbstverwaltungsgesetz (KSVG), in der Fassung der Bekanntmachung vom 27. Juni 1997 (Amtsbl. S. 682), zuletzt geändert durch Gesetz vom 12. Dezember 2023 (Amtsbl. I S. 1119).",
        "landkreis": "Für die Kreise in Saarland gilt das Kommunalrecht des Landes: Kommunalselbstverwaltungsgesetz, Teil B Landkreisordnung (KSVG).",
        "hochschule": "Die Aufgaben der Hochschulen in Saarland regelt § 3 SHSG („Aufgaben“); Gesetz: Saarländisches Hochschulgesetz, vom 30. November 2016 (Amtsbl. I S. 1080).",
    },
    omitted=(
        "Wortlaut von § 4 SDSG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://lexaris.de/book/version/documentflat/head/1368170",
        "https://help.robin-data.io/inhaltsverzeichnis-sdsg",
        "https://datenschutzgesetze.eu/sdsg/",
        "https://www.saarland.de/DE/politik-verwaltung/datenschutzzentrum/datenschutzzentrum_node.html",
        "https://datenschutz.saarland.de/ueber-uns/die-landesbeauftragte",
        "https://www.datenschutz.saarland.de/datenschutzerklaerung",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/dc122567-1db7-356d-9420-c7395bd95796",
        "https://sadaba.de/Anm/GSLA_KSVG_000_A.html",
        "https://disud.de/kommunalselbstverwaltungsgesetz-saarland",
        "https://justiz-nrw.wolterskluwer-online.de/printlist/add/9678e023-23a1-3b2b-9905-0bb65d5ac26c/nrw?destination=%2Fbrowse%2Fdocument%2F9678e023-23a1-3b2b-9905-0bb65d5ac26c",
        "https://kipdf.com/amtsblatt-des-saarlandes_5ac6eed91723dd93e7947c6d.html",
        "https://www.sr.de/sr/home/nachrichten/politik_wirtschaft/datenschutz_facebook_instagram_tiktok_warteschleife_saarland_100~_print-1.html",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Saarland."""
    register(SAARLAND)
