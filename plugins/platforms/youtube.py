"""YouTube, run for EU users by Google Ireland Ltd."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

PRIVACY_URL = "https://policies.google.com/privacy"

GOOGLE_IRELAND = smkonzept.Operator(
    name="Google Ireland Ltd.",
    address="Gordon House, Barrow Street, Dublin 4, D04 E5W5",
    country="Irland",
    privacy_url=PRIVACY_URL,
)

YOUTUBE = smkonzept.Platform(
    id="youtube",
    name="YouTube",
    website="https://www.youtube.com",
    operator=GOOGLE_IRELAND,
    description=(
        "YouTube ist eine Videoplattform des Google-Konzerns. Konten betreiben dort Kanäle, auf "
        "denen sie Videos, Kurzvideos und Live-Übertragungen veröffentlichen. Videos lassen sich "
        "über die Suche von YouTube und von Suchmaschinen finden und in andere Websites einbetten."
    ),
    advantages=(
        "YouTube erreicht Menschen nahezu aller Altersgruppen und ist für viele der erste Ort, an dem "
        "sie nach Erklärvideos suchen. Ein Kanal bündelt die eigenen Videos an einem Ort; "
        "Untertitel machen sie auch für Menschen mit Hörbehinderung zugänglich."
    ),
    visible_without_login=True,
    interaction=(
        "Videos lassen sich ohne Konto ansehen und durchsuchen. Wer kommentieren, Videos bewerten "
        "oder einen Kanal abonnieren will, braucht ein Google-Konto; Direktnachrichten an Kanäle "
        "bietet YouTube nicht an."
    ),
    direct_messages=False,
    default_purpose=(
        "Der Kanal stellt die eigenen Videos gesammelt bereit, etwa Erklärfilme "
        "und Aufzeichnungen von Veranstaltungen."
    ),
    default_audience=(
        "Eine breite Öffentlichkeit aller Altersgruppen."
    ),
    default_contents=(
        "Erklärvideos zu eigenen Angeboten und Verfahren",
        "Aufzeichnungen und Ausschnitte von Veranstaltungen",
        "Vorstellungen von Projekten",
    ),
    joint_controller_agreement=None,
    controllership=catalogue.separate_controller(
        "Für einen YouTube-Kanal ist eine gemeinsame Verantwortlichkeit weder durch Rechtsprechung "
        "festgestellt, noch bietet Google eine Vereinbarung dazu an. Google verarbeitet die Daten der "
        "Zuschauenden als eigener Verantwortlicher; die Stelle, die den Kanal betreibt, verantwortet ihre Videos und was sie selbst "
        "verarbeitet, etwa Kommentare, die sie beantwortet oder löscht.",
        sources=(PRIVACY_URL,),
    ),
    third_country=catalogue.usa_under_dpf(),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=4),
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=3, likelihood=3),
        catalogue.comments_risk(severity=2, likelihood=2),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(
        PRIVACY_URL,
        # Google LLC relies on the EU-US Data Privacy Framework since 1 September 2023.
        "https://policies.google.com/privacy/frameworks",
        "https://www.dataprivacyframework.gov/list",
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register YouTube."""
    register(YOUTUBE)
