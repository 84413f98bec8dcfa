"""Bluesky, run by Bluesky Social, PBC (USA); no establishment or representative in the EU was confirmed."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

VERIFIED = datetime.date(2026, 11, 25)
# The Bluesky app links this address as its privacy policy ("The Privacy Policy has been moved to …").
PRIVACY_URL = "https://bsky.social/about/support/privacy-policy"
PRIVACY_SOURCE = "https://github.com/bluesky-social/social-app/blob/027d184367ec8322938b256498aaf82e78d49ee8/src/locale/en/privacy-policy.tsx"

PUBLIC_DATA_RISK = smkonzept.RiskFactor(
    id="offene-daten",
    title="Öffentliche Datenablage aller Beiträge und Reaktionen",
    description=(
        "Beiträge, Likes, Follows und Profildaten liegen in öffentlichen Datenablagen des AT Protocol. Jeder kann sie "
        "abrufen, durchsuchen und weiterverwenden; eine Löschung wirkt bei Dritten nicht zwingend."
    ),
    severity=2,
    likelihood=3,
    measures=(
        "Personenbezogene Daten Dritter werden nicht ohne deren Einwilligung veröffentlicht.",
        "Die Datenschutzhinweise des Kontos weisen darauf hin, dass Reaktionen öffentlich und dauerhaft abrufbar sind.",
    ),
    residual_likelihood=2,
    relies_on_consent=True,
)

BLUESKY = smkonzept.Platform(
    id="bluesky",
    name="Bluesky",
    website="https://bsky.app",
    operator=smkonzept.Operator(
        name="Bluesky Social, PBC",
        address="",
        country="USA",
        privacy_url=PRIVACY_URL,
    ),
    description=(
        "Bluesky ist ein Dienst für Kurznachrichten auf Grundlage des offenen AT Protocol. Profile und Beiträge sind "
        "öffentlich; andere Anwendungen können sie über das Protokoll anzeigen."
    ),
    advantages="Bluesky wird von Medien, Wissenschaft und Verwaltung genutzt, die als Multiplikatoren wirken; Beiträge lassen sich ohne Konto lesen.",
    visible_without_login=True,
    interaction=(
        "Seit Dezember 2023 lassen sich Beiträge ohne Anmeldung lesen; Nutzende können die Anzeige für nicht angemeldete "
        "Besucher in Blueskys eigener App und Website unterdrücken. Antworten, Reposts und Nachrichten setzen ein Konto voraus."
    ),
    default_purpose="Das Konto verbreitet eigene Meldungen an Presse, Fachpublikum und die interessierte Öffentlichkeit und verweist für Einzelheiten auf die eigene Website.",
    default_audience="Journalistinnen und Journalisten, Fachleute, andere öffentliche Stellen und die interessierte Öffentlichkeit.",
    default_contents=("Pressemitteilungen und aktuelle Meldungen", "Hinweise auf Veranstaltungen und Termine"),
    joint_controller_agreement=None,
    controllership=catalogue.separate_controller(
        "Eine Vereinbarung nach Art. 26 DSGVO bietet Bluesky nicht an, und eine gemeinsame Verantwortlichkeit ist nicht "
        "festgestellt. Bluesky verarbeitet die Daten der Nutzenden als eigener Verantwortlicher; die Stelle, die das Konto "
        "führt, verantwortet ihre Beiträge und was sie selbst verarbeitet.",
        sources=(PRIVACY_SOURCE,),
    ),
    third_country=smkonzept.ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            "Der Betreiber sitzt in den USA; für Übermittlungen aus dem EWR nennt seine Datenschutzerklärung die "
            "Standardvertragsklauseln der EU-Kommission als Garantie. Eine Zertifizierung nach dem EU-US-Datenschutzrahmen "
            "ist nicht bestätigt."
        ),
        mechanism="scc",
        sources=(PRIVACY_SOURCE,),
        verified=VERIFIED,
    ),
    risk_factors=(
        catalogue.third_country_risk(severity=3, likelihood=3),
        PUBLIC_DATA_RISK,
        catalogue.comments_risk(severity=2, likelihood=3, handling="report"),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(PRIVACY_URL, PRIVACY_SOURCE),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register Bluesky."""
    register(BLUESKY)
