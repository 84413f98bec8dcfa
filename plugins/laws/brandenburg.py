"""Brandenburg: Brandenburgisches Datenschutzgesetz (BbgDSG); die LDA hat keinen Leitfaden zu sozialen Medien veröffentlicht."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

LDA_FANPAGES_2022 = smkonzept.Ruling(
    date=datetime.date(2022, 4, 1),
    body="Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    reference="Aufforderung an die obersten Landesbehörden",
    holding="Die Landesbeauftragte forderte die obersten Landesbehörden auf, ihre Facebook-Seiten abzuschalten, weil für die Verarbeitung beim Besuch keine wirksame Rechtsgrundlage bestehe (nach Presseberichten).",
    sources=(
        "https://www.welt.de/regionales/berlin/article238021731/Beauftragte-will-Facebook-Fanseiten-fuer-Behoerden-verbieten.html",
        "https://it-daily.net/shortnews/datenschutzbeauftragte-will-facebook-fanseiten-fuer-behoerden-verbieten",
    ),
    verified=VERIFIED,
    day_known=False,
)

LDA_FACEBOOK = smkonzept.Ruling(
    date=datetime.date(2023, 4, 24),
    body="Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    reference="Vorstellung des Tätigkeitsberichts 2022",
    holding="Die Aufsichtsbehörde prüft in Abstimmung mit anderen Aufsichtsbehörden eine Untersagung der Facebook-Auftritte der Landesregierung; abgeschaltete Seiten-Statistiken entlasten die Landesregierung nach ihrer Auffassung nicht.",
    status="Ausgang nicht bestätigt",
    sources=(
        "https://www.berliner-zeitung.de/politik-gesellschaft/datenschutzbeauftragte-pruft-facebook-verbot-fur-regierung-li.338899",
        "https://move-online.de/k21-meldungen/land-soll-facebook-seite-aufgeben",
    ),
    verified=VERIFIED,
)

BRANDENBURG = smkonzept.Law(
    id="brandenburg",
    state="Brandenburg",
    name="Gesetz zum Schutz personenbezogener Daten im Land Brandenburg (Brandenburgisches Datenschutzgesetz – BbgDSG)",
    abbreviation="BbgDSG",
    citation="vom 8. Mai 2018 (GVBl. I/18, [Nr. 7]), zuletzt geändert durch Artikel 10 des Gesetzes vom 5. März 2024 (GVBl. I/24, [Nr. 9], S. 9)",
    iso_code="DE-BB",
    aliases=("bb",),
    legal_basis="§ 5 Abs. 1 BbgDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Eine öffentliche Stelle darf personenbezogene Daten verarbeiten, wenn das zur Erfüllung der in ihrer Zuständigkeit liegenden Aufgaben erforderlich ist.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Brandenburg schränken § 10 BbgDSG (Informationspflicht bei der Erhebung personenbezogener Daten), § 11 BbgDSG (Auskunftsrecht der betroffenen Person und Einsicht in Akten) und § 13 BbgDSG (Widerspruchsrecht) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg (LDA Brandenburg)",
        address=(
            "Stahnsdorfer Damm 77",
            "14532 Kleinmachnow",
        ),
        email="",
        website="https://www.lda.brandenburg.de",
    ),
    rulings=(LDA_FANPAGES_2022, LDA_FACEBOOK,),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Brandenburg § 13 BbgKVerf („Beteiligung und Unterrichtung der Einwohner“); Gesetz: Kommunalverfassung des Landes Brandenburg (BbgKVerf), vom 18. Dezember 2007 (GVBl. I S. 286).",
        "landkreis": "Für die Kreise in Brandenburg gilt das Kommunalrecht des Landes: Kommunalverfassung des Landes Brandenburg (BbgKVerf).",
        "hochschule": "Die Aufgaben der Hochschulen in Brandenburg regelt § 3 BbgHG („Aufgaben“); Gesetz: Brandenburgisches Hochschulgesetz, vom 9. April 2024 (GVBl. I/24, [Nr. 12]), geändert durch Artikel 2 des Gesetzes vom 21. Juni 2024 (GVBl. I/24, [Nr. 30], S. 32).",
    },
    omitted=(
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://bravors.brandenburg.de/gesetze/bbgdsg",
        "https://dsgvo.privacysoft.online/fr/LDSG/BbgDSG/Abschnitt_2/%C2%A75",
        "https://www.lda.brandenburg.de/lda/de/fusszeile/datenschutzerklaerung/information-on-data-processing-as-part-of-our-supervisory-activities/",
        "https://www.lda.brandenburg.de/lda/de/?tid=312047978",
        "https://www.umwelt-online.de/recht/allgemei/laender/bbg/gemon1.htm",
        "https://politische-bildung-brandenburg.de/themen/kommunalpolitik-brandenburg/kommunalverfassung",
        "https://ris.wandlitz.de/bi/vo020.asp?VOLFDNR=1997",
        "https://bravors.brandenburg.de/gesetze/bbghg?suchbegriff=Juniorstudierende&suchen=suchen",
        "https://lexaris.io/book/version/documentflat/head/5790423",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Brandenburg."""
    register(BRANDENBURG)
