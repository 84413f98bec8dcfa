"""Sachsen-Anhalt: Datenschutz-Grundverordnungs-Ausfüllungsgesetz (DSAG LSA); kein Leitfaden der Aufsichtsbehörde zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

LFD_LSA_2019 = smkonzept.Ruling(
    date=datetime.date(2019, 6, 1),
    body="Der Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
    reference="Empfehlung an die Staatskanzlei",
    holding="Auf Rat des Landesbeauftragten schaltete die Staatskanzlei die Facebook-Seite des Landes ab, als erstes Land (nach Presseberichten).",
    sources=(
        "https://www.move-online.de/meldung_31779_Facebook-Fanpage+wird+abgeschaltet.html",
        "https://www.spiegel.de/netzwelt/netzpolitik/sachsen-anhalt-bundesland-steigt-wegen-datenschutz-bei-facebook-aus-a-1272306.html",
    ),
    verified=VERIFIED,
    day_known=False,
)

SACHSEN_ANHALT = smkonzept.Law(
    id="sachsen-anhalt",
    state="Sachsen-Anhalt",
    name="Datenschutz-Grundverordnungs-Ausfüllungsgesetz Sachsen-Anhalt (Gesetz zur Ausfüllung der Verordnung (EU) 2016/679 und zur Anpassung des allgemeinen Datenschutzrechts in Sachsen-Anhalt)",
    abbreviation="DSAG LSA",
    citation="vom 18. Februar 2020 (GVBl. LSA S. 25)",
    iso_code="DE-ST",
    aliases=("st",),
    legal_basis="§ 4 DSAG LSA in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 4 DSAG LSA ist die allgemeine Vorschrift des DSAG LSA über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Sachsen-Anhalt schränken § 10 DSAG LSA (Beschränkung der Informationspflicht nach Art. 13 und 14 DSGVO), § 11 DSAG LSA (Beschränkung des Auskunftsrechts nach Art. 15 DSGVO) und § 12 DSAG LSA (Beschränkung des Rechts auf Löschung nach Art. 17 DSGVO) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Die Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
        address=(),
        email="",
        website="https://datenschutz.sachsen-anhalt.de",
    ),
    remarks=(
        "2023 hielt die Aufsichtsbehörde die Facebook-Seite der Landesregierung für rechtswidrig und verlangte, dass Behörden und Kommunen ihre Facebook-Seiten aufgeben, solange das Verfahren vor dem VG Köln läuft (nach Presseberichten).",
    ),
    rulings=(LFD_LSA_2019,),
    mandates={
        "kommune": "Das Kommunalrecht des Landes Sachsen-Anhalt: Kommunalverfassungsgesetz des Landes Sachsen-Anhalt (KVG LSA), vom 17. Juni 2014 (GVBl. LSA S. 288).",
        "landkreis": "Für die Kreise in Sachsen-Anhalt gilt das Kommunalrecht des Landes: Kommunalverfassungsgesetz des Landes Sachsen-Anhalt (KVG LSA).",
        "hochschule": "Die Aufgaben der Hochschulen in Sachsen-Anhalt regelt § 3 HSG LSA („Aufgaben“); Gesetz: Hochschulgesetz des Landes Sachsen-Anhalt, vom 1. Juli 2021 (GVBl. LSA S. 368).",
    },
    omitted=(
        "Wortlaut von § 4 DSAG LSA (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://landtag.sachsen-anhalt.de/standard-titel-6",
        "https://help.robin-data.io/inhaltsverzeichnis-dsag-lsa",
        "https://externer-datenschutzbeauftragter-dresden.de/gesetze/en/ldsg/st/p-4",
        "https://www.landtag.sachsen-anhalt.de/service/lexikon?tx_lsaglossary_lsaglossarysubset%5Baction%5D=subset&tx_lsaglossary_lsaglossarysubset%5Bcontroller%5D=Definition&tx_lsaglossary_lsaglossarysubset%5Bdefinition%5D=32&cHash=d7d3d25bc4a9b7e0ae1a03e2b1f4d0ad",
        "https://datenschutz.sachsen-anhalt.de/informationen/veroeffentlichungen/taetigkeitsberichte/tb-7/anhaenge/dsg-lsa/4-dsg-lsa-zulaessigkeit-der-datenerhebung-verarbeitung-und-nutzung",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/4f39a6ec-330e-31ea-87ab-5cf35ec3112e",
        "https://www.anwalt24.de/gesetze/kvg_lsa/1",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/2a551cea-35a0-39d5-9acb-a3187379e099",
        "https://umwelt-online.de/recht/allgemei/laender/lsa/hschg21.htm",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/62d10593-c03d-3227-9d8b-8f86436dca8c",
        "https://www.move-online.de/meldung_31779_Facebook-Fanpage+wird+abgeschaltet.html",
        "https://www.spiegel.de/netzwelt/netzpolitik/sachsen-anhalt-bundesland-steigt-wegen-datenschutz-bei-facebook-aus-a-1272306.html",
        "https://www.mz.de/mitteldeutschland/landespolitik/facebook-sachsen-anhalt-seite-bei-social-media-illegal-3589628",
        "https://www.tag24.de/nachrichten/regionales/sachsen-anhalt/streit-um-facebookseiten-von-behoerden-und-kommunen-warten-auf-urteil-2816358",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Sachsen-Anhalt."""
    register(SACHSEN_ANHALT)
