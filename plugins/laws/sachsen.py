"""Sachsen: Sächsisches Datenschutzdurchführungsgesetz (SächsDSDG); the authority has no social media guideline."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import checks

# Reports of the order and of the action (public broadcaster MDR, 4 August 2023; AFP via Epoch Times,
# July 2023). A press release of the SDTB itself on the order could not be confirmed for this build.
MDR_ACTION = "https://www.mdr.de/nachrichten/sachsen/politik/facebook-klage-freistaat-datenschutz-100.html"
AFP_ORDER = (
    "https://www.epochtimes.de/politik/deutschland/"
    "datenschutz-saechsische-staatskanzlei-soll-ihre-eigene-facebook-seite-abschalten-a4330843.html"
)
# The SDTB's Mastodon server: its privacy notice (as of 27 November 2023) and the State's press
# release on its launch (26 September 2023).
SOCIAL_SACHSEN_PRIVACY = "https://social.sachsen.de/privacy-policy"
SOCIAL_SACHSEN_LAUNCH = "https://medienservice.sachsen.de/medien/news/1069713"

SDTB_ORDER = smkonzept.Ruling(
    date=datetime.date(2023, 7, 5),
    body="Sächsische Datenschutz- und Transparenzbeauftragte",
    reference="Anordnung gegen die Sächsische Staatskanzlei",
    holding="Die Aufsichtsbehörde ordnete an, dass die Staatskanzlei ihre Facebook-Seite abschaltet, weil sie sich nach ihrer Auffassung derzeit nicht datenschutzkonform betreiben lässt.",
    status="von der Staatskanzlei im August 2023 vor dem Verwaltungsgericht Dresden angefochten; Ausgang nicht bestätigt",
    not_operable=("facebook",),
    sources=(MDR_ACTION, AFP_ORDER),
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
        "§ 3 SächsDSDG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Eine öffentliche Stelle darf personenbezogene "
        "Daten verarbeiten, wenn das für die Erfüllung ihrer Aufgaben erforderlich ist."
    ),
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    # SächsDSDG table of contents: § 7 erasure and restriction, § 8 information, § 9 access;
    # § 10 concerns the notification of a breach (Art. 34 DSGVO), not the rights of Art. 12-22.
    restrictions=(
        "Für öffentliche Stellen im Freistaat Sachsen schränken §§ 7 bis 9 SächsDSDG die Rechte auf Löschung, "
        "Einschränkung der Verarbeitung, Information und Auskunft ein."
    ),
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Die Sächsische Datenschutz- und Transparenzbeauftragte",
        address=("Maternistraße 17", "01067 Dresden", "Postanschrift: Postfach 11 01 32, 01330 Dresden"),
        email="post@sdtb.sachsen.de",
        website="https://www.datenschutz.sachsen.de",
    ),
    guidance=None,
    remarks=(
        "Nach Auffassung der Aufsichtsbehörde lässt sich eine Facebook-Seite derzeit nicht datenschutzkonform betreiben. "
        "Andere öffentliche Stellen in Sachsen forderte sie 2023 auf, sich nicht auf das Verfahren gegen die "
        "Staatskanzlei zu berufen, sondern die Nutzung ihrer Facebook-Seiten von sich aus zu beenden.",
        "Den Mastodon-Server social.sachsen.de betreibt die Sächsische Datenschutz- und Transparenzbeauftragte selbst. "
        "Nach seinen Datenschutzhinweisen (Stand 27. November 2023) kann sie öffentlichen Stellen aus Sachsen auf Antrag "
        "und widerruflich erlauben, dort ein Konto einzurichten; in der Pilotphase ab September 2023 waren das "
        "Ministerien und ihre nachgeordneten Behörden. Ob andere öffentliche Stellen heute ein Konto erhalten, ist nicht bestätigt; "
        "Anfragen nimmt die Behörde unter socialmedia@sdtb.sachsen.de entgegen.",
    ),
    rulings=(SDTB_ORDER,),
    sources=(
        "https://recht.sachsen.de/vorschrift/17646",
        "https://www.saechsdsb.de/meine-rechte-aus-der-dsgvo",
        "https://www.datenschutz.sachsen.de/datenschutzerklaerung.html",
        AFP_ORDER,
        SOCIAL_SACHSEN_PRIVACY,
        SOCIAL_SACHSEN_LAUNCH,
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the Saxon law."""
    register(SACHSEN)
