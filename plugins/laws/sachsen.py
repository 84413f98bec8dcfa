"""Sachsen: Sächsisches Datenschutzdurchführungsgesetz (SächsDSDG); the authority has no social media guideline."""

from __future__ import annotations

import datetime

import smkonzept

SACHSEN = smkonzept.Law(
    id="sachsen",
    state="Sachsen",
    name="Sächsisches Datenschutzdurchführungsgesetz",
    abbreviation="SächsDSDG",
    citation="Gesetz vom 26. April 2018 (SächsGVBl. S. 198)",
    iso_code="DE-SN",
    aliases=("sn",),
    legal_basis=(
        "§ 3 SächsDSDG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Die Kammer darf personenbezogene "
        "Daten verarbeiten, wenn das für die Erfüllung ihrer Aufgaben erforderlich ist."
    ),
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen im Freistaat Sachsen sehen §§ 7 bis 10 SächsDSDG Einschränkungen vor.",
    impact_assessment="Die Datenschutz-Folgenabschätzung richtet sich nach Art. 35 DSGVO.",
    authority=smkonzept.Authority(
        name="Die Sächsische Datenschutz- und Transparenzbeauftragte",
        address=("Maternistraße 17", "01067 Dresden", "Postanschrift: Postfach 11 01 32, 01330 Dresden"),
        email="post@sdtb.sachsen.de",
        website="https://www.datenschutz.sachsen.de",
    ),
    guidance=None,
    remarks=(
        "Nach Auffassung der Aufsichtsbehörde lässt sich eine Facebook-Seite derzeit nicht datenschutzkonform betreiben.",
        "Im Juli 2023 hat die Aufsichtsbehörde angeordnet, dass die Sächsische Staatskanzlei ihre Facebook-Seite "
        "abschaltet; der Streit darüber liegt noch bei Gericht.",
        "Unter social.sachsen.de läuft ein Mastodon-Server des Freistaats als Pilot, der bisher nur den Ministerien offensteht.",
    ),
    sources=(
        "https://recht.sachsen.de/vorschrift/17646",
        "https://www.saechsdsb.de/meine-rechte-aus-der-dsgvo",
        "https://www.datenschutz.sachsen.de/datenschutzerklaerung.html",
    ),
    verified=datetime.date(2026, 11, 23),
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the Saxon law."""
    register(SACHSEN)
