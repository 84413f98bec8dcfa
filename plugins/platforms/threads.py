"""Threads, Meta's text service tied to Instagram; the EU controller is not confirmed from Meta's own pages."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

VERIFIED = datetime.date(2026, 11, 25)
META_ADDENDUM = "https://www.facebook.com/legal/controller_addendum"
FEDIVERSE_HELP = "https://help.instagram.com/169559812696339"
META_DPF = "https://about.fb.com/news/2023/05/our-response-to-the-decision-on-facebooks-eu-us-data-transfers/"

FEDIVERSE_RISK = smkonzept.RiskFactor(
    id="foederation",
    title="Weitergabe ins Fediverse",
    description=(
        "Ist das Teilen ins Fediverse eingeschaltet, können Nutzende anderer Server das Profil finden, ihm folgen, "
        "Beiträge sehen und weiterverbreiten; Änderungen und Löschungen wirken dort nicht zwingend."
    ),
    severity=2,
    likelihood=2,
    measures=("Das Teilen ins Fediverse bleibt ausgeschaltet, solange es nicht eigens geprüft ist.",),
    residual_likelihood=1,
)

THREADS = smkonzept.Platform(
    id="threads",
    name="Threads",
    website="https://www.threads.net",
    operator=smkonzept.Operator(
        name="Meta Platforms Ireland Limited",
        address="Merrion Road, Dublin 4, D04 X2K5",
        country="Irland",
        privacy_url="https://www.threads.net",
    ),
    description=(
        "Threads ist ein Dienst von Meta für kurze Textbeiträge. Ein Threads-Profil setzt ein Instagram-Konto voraus; "
        "Daten fließen in die Produkte des Meta-Konzerns, auch für Werbung. In der EU ist Threads seit dem 14. Dezember 2023 verfügbar. Dass Meta Platforms Ireland Limited für Threads in der EU verantwortlich ist, und die Adresse der Datenschutzrichtlinie für Threads sind nur aus Sekundärquellen belegt."
    ),
    advantages="Threads erreicht Menschen, die bereits Instagram nutzen, ohne dass sie ein weiteres Konto anlegen müssen.",
    visible_without_login=True,
    interaction="In der EU lassen sich Inhalte ohne Threads-Profil ansehen, Konten suchen und Beiträge per Link teilen; Beiträge schreiben und reagieren setzt ein Profil und damit ein Instagram-Konto voraus.",
    default_purpose="Das Konto verbreitet eigene Meldungen dort, wo viele Menschen Instagram nutzen, und verweist für Einzelheiten auf die eigene Website.",
    default_audience="Erwachsene, die Instagram nutzen, vor allem zwischen 18 und 44 Jahren.",
    default_contents=("Aktuelle Meldungen", "Hinweise auf Veranstaltungen und Termine"),
    joint_controller_agreement=None,
    controllership=catalogue.precautionary_joint_control(
        (
            "Meta bietet Vereinbarungen nach Art. 26 DSGVO für Seiten-Statistiken und Werbewerkzeuge an; ob eine davon für "
            "Threads-Profile gilt, ist nicht bestätigt. Ob die Rechtsprechung zu Facebook-Seiten auf Threads übertragbar ist, "
            "hat kein Gericht entschieden; das Erheben der Daten beim Besuch des Profils wird deshalb vorsorglich wie bei "
            "einer Facebook-Seite behandelt."
        ),
        sources=(META_ADDENDUM,),
    ),
    third_country=catalogue.usa_under_dpf(),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=4),
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=3, likelihood=3),
        FEDIVERSE_RISK,
        catalogue.comments_risk(severity=2, likelihood=3, handling="report"),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(META_ADDENDUM, META_DPF, FEDIVERSE_HELP),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register Threads."""
    register(THREADS)
