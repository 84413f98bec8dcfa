"""Hamburg: Hamburgisches Datenschutzgesetz (HmbDSG); kein Leitfaden des HmbBfDI zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

HMBBFDI_FACEBOOK = smkonzept.Ruling(
    date=datetime.date(2023, 4, 1),
    body="Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    reference="Äußerung zu den Facebook-Seiten des Senats",
    holding="Bei den Facebook-Seiten des Senats bestehe die gleiche Lage wie beim Bundespresseamt; die Mängel von Facebook fielen auch auf die Senatsbehörden als Seitenbetreiber zurück (nach Presseberichten).",
    sources=(
        "https://www.mopo.de/hamburg/senat-soll-seine-facebook-seite-schliessen/",
        "https://bv-hh.de/altona/documents/droht-behoerden-und-amtstraegern-ein-auftrittsverbot-in-sozialen-medien-kleine-anfrage-von-rose-pauly-fdp-fraktion-140732",
    ),
    verified=VERIFIED,
    day_known=False,
)

HAMBURG = smkonzept.Law(
    id="hamburg",
    state="Hamburg",
    name="Hamburgisches Datenschutzgesetz",
    abbreviation="HmbDSG",
    citation="vom 18. Mai 2018 (HmbGVBl. S. 145), geändert durch Gesetz vom 24. Januar 2023 (HmbGVBl. S. 67)",
    iso_code="DE-HH",
    aliases=("hh",),
    legal_basis="§ 4 HmbDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Eine öffentliche Stelle darf personenbezogene Daten verarbeiten, wenn das zur Erfüllung der in ihrer Zuständigkeit liegenden Aufgaben erforderlich ist.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Hamburg schränken § 15 HmbDSG (Beschränkung der Informationspflicht), § 16 HmbDSG (Beschränkung des Auskunftsrechts) und § 17 HmbDSG (Beschränkung der Löschungspflicht) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit (HmbBfDI)",
        address=(
            "Ludwig-Erhard-Straße 22, 7. OG",
            "20459 Hamburg",
        ),
        email="mailbox@datenschutz.hamburg.de",
        website="https://datenschutz-hamburg.de",
    ),
    remarks=(
        "Der HmbBfDI hält die Facebook-Seiten des Senats für rechtswidrig betrieben und wies die Senatskanzlei 2022 schriftlich auf das Kurzgutachten der Datenschutzkonferenz hin; die Aufsichtsbehörden warten den Ausgang des Verfahrens Bundespresseamt gegen BfDI ab (nach Presseberichten).",
    ),
    rulings=(HMBBFDI_FACEBOOK,),
    mandates={
        "hochschule": "Die Aufgaben der Hochschulen in Hamburg regelt § 3 HmbHG („Gemeinsame Aufgaben der Hochschulen“); Gesetz: Hamburgisches Hochschulgesetz, vom 18. Juli 2001 (HmbGVBl. S. 171), zuletzt geändert durch Gesetz vom 22. Oktober 2024 (HmbGVBl. S. 555).",
    },
    omitted=(
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
        "Kommunalrecht (Gemeindeordnung) des Landes",
    ),
    sources=(
        "https://www.anwalt24.de/gesetze/hmbdsg",
        "https://datenbuddy.de/gesetze/hamburgisches-datenschutzgesetz-hmbdsg/4-zulaessigkeit-der-verarbeitung-personenbezogener-daten",
        "https://datenschutz-hamburg.de/datenschutzerklaerung",
        "https://justiz-nrw.wolterskluwer-online.de/browse/source/csh-da-filter%21a81dd77e-8c64-4b5f-9bcd-e901508fdf68--WKDE_LTR_0000051260%23d6f2d6d77037306385cacab5f6b84437",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/c8ecfcce-9bbc-3f7d-be2d-4dfd3a76d008",
        "https://app-webview.sparknews.funkemedien.de/hao/hamburg/kommunales/article238163645/Datenschuetzer-verbieten-Senat-den-Facebook-Auftritt.html",
        "https://www.mopo.de/hamburg/senat-soll-seine-facebook-seite-schliessen/",
        "https://bv-hh.de/altona/documents/droht-behoerden-und-amtstraegern-ein-auftrittsverbot-in-sozialen-medien-kleine-anfrage-von-rose-pauly-fdp-fraktion-140732",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Hamburg."""
    register(HAMBURG)
