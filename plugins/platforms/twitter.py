"""X (formerly Twitter), run for EU users by Twitter International Unlimited Company."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

PRIVACY_URL = "https://x.com/privacy"

TWITTER_INTERNATIONAL = smkonzept.Operator(
    name="Twitter International Unlimited Company",
    address="Dublin",
    country="Irland",
    privacy_url=PRIVACY_URL,
)

X = smkonzept.Platform(
    id="twitter",
    name="X (vormals Twitter)",
    aliases=("x",),
    website="https://x.com",
    operator=TWITTER_INTERNATIONAL,
    description=(
        "X ist ein Dienst für kurze öffentliche Beiträge, der früher Twitter hieß. Konten "
        "veröffentlichen Texte, Bilder, Videos und Verweise, andere Konten folgen ihnen, antworten "
        "und verbreiten Beiträge weiter. Welche Beiträge jemand angezeigt bekommt, steuert "
        "überwiegend ein Empfehlungsalgorithmus des Betreibers."
    ),
    advantages=(
        "Auf X verfolgen viele Journalistinnen und Journalisten, Verbände und politisch Tätige "
        "aktuelle Meldungen. Kurze Nachrichten lassen sich dort schnell verbreiten und von anderen "
        "aufgreifen."
    ),
    visible_without_login=False,
    interaction=(
        "Ohne Konto zeigt X höchstens einzelne Beiträge, die über einen direkten Link aufgerufen "
        "werden; Profile, Antworten und die Suche verlangen in der Regel eine Anmeldung. Antworten, "
        "Weiterverbreiten und Direktnachrichten setzen ein eigenes Konto voraus."
    ),
    default_purpose=(
        "Das Konto verbreitet Meldungen und Positionen der Kammer schnell an Presse, Politik und "
        "Fachpublikum. Jeder Beitrag verweist für Einzelheiten auf die Website der Kammer."
    ),
    default_audience=(
        "Journalistinnen und Journalisten, Entscheiderinnen und Entscheider aus Unternehmen, "
        "Verbände, Ministerien und weitere Interessenvertreter."
    ),
    default_contents=(
        "Pressemitteilungen und aktuelle Meldungen der Kammer",
        "Themen aus Branchen und Branchenveranstaltungen",
        "Statistiken, Umfragen und Studien",
    ),
    joint_controller_agreement=None,
    third_country=catalogue.usa_per_privacy_policy(PRIVACY_URL),
    risk_factors=(
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=3, likelihood=3),
        catalogue.comments_risk(severity=3, likelihood=4),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(PRIVACY_URL,),
    verified=datetime.date(2026, 11, 23),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register X (formerly Twitter)."""
    register(X)
