"""Sachsen: Sächsisches Datenschutzdurchführungsgesetz (SächsDSDG); the authority has no social media guideline."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import checks

SDTB_ORDER = smkonzept.Ruling(
    date=datetime.date(2023, 7, 5),
    body="Sächsische Datenschutz- und Transparenzbeauftragte",
    reference="Anordnung gegen die Sächsische Staatskanzlei",
    holding="Die Aufsichtsbehörde ordnete an, dass die Staatskanzlei ihre Facebook-Seite abschaltet, weil sie sich nach ihrer Auffassung derzeit nicht datenschutzkonform betreiben lässt.",
    status="Klage beim Verwaltungsgericht Dresden; Ausgang nicht bestätigt",
    sources=("https://www.datenschutz.sachsen.de",),
    verified=datetime.date(2026, 11, 25),
)

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
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Die Sächsische Datenschutz- und Transparenzbeauftragte",
        address=("Maternistraße 17", "01067 Dresden", "Postanschrift: Postfach 11 01 32, 01330 Dresden"),
        email="post@sdtb.sachsen.de",
        website="https://www.datenschutz.sachsen.de",
    ),
    guidance=None,
    remarks=(
        "Nach Auffassung der Aufsichtsbehörde lässt sich eine Facebook-Seite derzeit nicht datenschutzkonform betreiben.",
        "Unter social.sachsen.de betreibt der Freistaat einen Mastodon-Server, der nur Ministerien und ihren Behörden offensteht, "
        "nicht Kammern.",
    ),
    rulings=(SDTB_ORDER,),
    sources=(
        "https://recht.sachsen.de/vorschrift/17646",
        "https://www.saechsdsb.de/meine-rechte-aus-der-dsgvo",
        "https://www.datenschutz.sachsen.de/datenschutzerklaerung.html",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the Saxon law."""
    register(SACHSEN)
