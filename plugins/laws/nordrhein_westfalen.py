"""Nordrhein-Westfalen: Datenschutzgesetz Nordrhein-Westfalen (DSG NRW); keine Position der LDI NRW zu sozialen Medien bestätigt."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

NORDRHEIN_WESTFALEN = smkonzept.Law(
    id="nordrhein-westfalen",
    state="Nordrhein-Westfalen",
    name="Datenschutzgesetz Nordrhein-Westfalen",
    abbreviation="DSG NRW",
    citation="vom 17. Mai 2018 (GV. NRW. S. 244), verkündet als Artikel 1 des Gesetzes vom 17. Mai 2018",
    iso_code="DE-NW",
    aliases=("nw",),
    legal_basis="§ 3 DSG NRW in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 3 DSG NRW ist die allgemeine Vorschrift des DSG NRW über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Nordrhein-Westfalen schränken § 11 DSG NRW (Beschränkung der Informationspflicht bei der Erhebung nach Art. 13 und 14 DSGVO), § 12 DSG NRW (Beschränkung des Auskunftsrechts nach Art. 15 DSGVO) und § 14 DSG NRW (Beschränkung des Widerspruchsrechts) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW)",
        address=(),
        email="",
        website="",
    ),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Nordrhein-Westfalen § 23 GO NRW („Unterrichtung der Einwohner“); Gesetz: Gemeindeordnung für das Land Nordrhein-Westfalen (GO NRW), in der Fassung der Bekanntmachung vom 14. Juli 1994 (GV. NRW. S. 666).",
        "landkreis": "Für die Kreise in Nordrhein-Westfalen gilt das Kommunalrecht des Landes: Kreisordnung für das Land Nordrhein-Westfalen (KrO NRW).",
        "hochschule": "Die Aufgaben der Hochschulen in Nordrhein-Westfalen regelt § 3 HG („Aufgaben“); Gesetz: Gesetz über die Hochschulen des Landes Nordrhein-Westfalen (Hochschulgesetz - HG), vom 16. September 2014 (GV. NRW. S. 547), zuletzt geändert durch Artikel 1 des Gesetzes vom 29. Oktober 2024 (GV. NRW. S. 704).",
    },
    omitted=(
        "Wortlaut von § 3 DSG NRW (nur die Überschrift und die Stellung im Gesetz belegt)",
        "§ 24 DSG NRW als Norm zur Datenschutz-Folgenabschätzung (Anwendbarkeit nicht bestätigt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Website der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
        "Positionen der LDI NRW zu Facebook, X, TikTok oder Mastodon (keine amtliche Quelle gefunden)",
        "Mastodon-Server des Landes (keiner gefunden)",
    ),
    sources=(
        "https://recht.nrw.de/lmi/owa/br_bes_text?sg=0&print=1&menu=0&anw_nr=2&gld_nr=%202&ugl_nr=20061&val=38824&ver=0&aufgehoben=N&keyword=dsg&bes_id=38824&show_preview=1&typ=Kopf",
        "https://umwelt-online.de/recht/allgemei/laender/nrw/dsg18.htm",
        "https://lexmea.de/gesetz/dsg-nrw/12",
        "https://www.landtag.nrw.de/home/aktuelles/meldungen-und-berichte/meldungen-berichte-und-informati/meldungen-und-berichte/2023/06/2206ubergabe-datenschutzbericht.html",
        "https://gdprhub.eu/index.php?title=LDI_(North_Rhine-Westphalia)",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/9afcbeb3-73bc-3fb6-a01f-815541ba47ed",
        "https://lexaris.de/book/version/documentflat/head/1106119",
        "https://www.umwelt-online.de/recht/allgemei/laender/nrw/gemo_in.htm",
        "https://de.wikipedia.org/wiki/Kreisordnung_f%C3%BCr_das_Land_Nordrhein-Westfalen",
        "https://recht.nrw.de/lmi/owa/br_text_anzeigen?v_id=10000000000000000654",
        "https://justiz-nrw.wolterskluwer-online.de/browse/source/csh-da-filter%210adf8a2f-3a9f-4f3b-b051-5acccbcb48ae--WKDE_LTR_0000051300%23a750371e8a0739e7a8425d16b38e32e3",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Nordrhein-Westfalen."""
    register(NORDRHEIN_WESTFALEN)
