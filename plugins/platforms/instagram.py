"""Instagram, run for EU users by Meta Platforms Ireland Ltd."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

PRIVACY_URL = "https://privacycenter.instagram.com/policy"
ADDENDUM_URL = "https://www.facebook.com/legal/terms/page_controller_addendum"

META_IRELAND = smkonzept.Operator(
    name="Meta Platforms Ireland Ltd.",
    address="Merrion Road, Dublin 4, D04 X2K5",
    country="Irland",
    privacy_url=PRIVACY_URL,
)

INSTAGRAM = smkonzept.Platform(
    id="instagram",
    name="Instagram",
    website="https://www.instagram.com",
    operator=META_IRELAND,
    description=(
        "Instagram ist ein Dienst zum Veröffentlichen von Fotos und Videos, der wie Facebook zum "
        "Meta-Konzern gehört. Zu jedem Bild oder Video lässt sich ein kurzer Begleittext verfassen; "
        "daneben gibt es kurzlebige Beiträge (Stories) und Kurzvideos (Reels). Andere Konten können "
        "einem Profil folgen, Beiträge mit „Gefällt mir“ markieren und kommentieren."
    ),
    advantages=(
        "Instagram wird besonders von jüngeren Menschen genutzt. Die Bildsprache eignet sich, um "
        "Veranstaltungen, Angebote und die eigene Arbeit anschaulich zu zeigen."
    ),
    visible_without_login=True,
    interaction=(
        "Öffentliche Profile und einzelne Beiträge lassen sich eingeschränkt ohne Konto ansehen; "
        "Instagram fordert dabei bald zur Anmeldung auf. Kommentieren, Reagieren, Folgen und "
        "Direktnachrichten setzen ein eigenes Konto voraus."
    ),
    default_purpose=(
        "Das Konto zeigt die eigene Arbeit in Bildern und kurzen Videos und erreicht damit "
        "Menschen, die sich überwiegend in sozialen Medien informieren. Es weist auf Angebote und "
        "Termine hin und verweist für Einzelheiten auf die eigene Website."
    ),
    default_audience=(
        "Vor allem jüngere Erwachsene zwischen etwa 18 und 44 Jahren."
    ),
    default_contents=(
        "Einblicke in die eigene Arbeit",
        "Bilder und kurze Videos von eigenen Veranstaltungen",
        "Hinweise auf Termine, Fristen und Angebote",
        "Vorstellungen von Projekten",
    ),
    joint_controller_agreement=None,
    controllership=catalogue.precautionary_joint_control(
        (
            "Die Rechtsprechung zur gemeinsamen Verantwortlichkeit betrifft Facebook-Seiten. Ob sie auf "
            "Instagram-Konten übertragbar ist und ob Metas Vereinbarung zu den Seiten-Statistiken "
            "(„Page Insights Controller Addendum“) auch die Statistiken von Instagram-Konten erfasst, ist "
            "nicht abschließend geklärt. Das Konzept behandelt das Erheben der Daten beim Besuch des "
            "Kontos deshalb vorsorglich wie bei einer Facebook-Seite."
        ),
        sources=(ADDENDUM_URL, PRIVACY_URL),
    ),
    third_country=catalogue.usa_under_dpf(),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=4),
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=3, likelihood=3),
        catalogue.comments_risk(severity=2, likelihood=3),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(
        PRIVACY_URL,
        ADDENDUM_URL,
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62016CJ0210",
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register Instagram."""
    register(INSTAGRAM)
