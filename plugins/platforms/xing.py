"""XING, run by New Work SE in Hamburg."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

PRIVACY_URL = "https://privacy.xing.com"
# The printable privacy policy names New Work SE as controller with its address.
THIRD_COUNTRIES_URL = "https://privacy.xing.com/en/privacy-policy/who-may-receive-information-about-you/third-countries"
PRIVACY_PRINT_URL = "https://privacy.xing.com/en/privacy-policy/printable-version"

NEW_WORK = smkonzept.Operator(
    name="New Work SE",
    address="Am Strandkai 1, 20457 Hamburg",
    country="Deutschland",
    privacy_url=PRIVACY_URL,
)

XING = smkonzept.Platform(
    id="xing",
    name="XING",
    website="https://www.xing.com",
    operator=NEW_WORK,
    description=(
        "XING ist ein berufliches Netzwerk mit Schwerpunkt im deutschsprachigen Raum. Nutzende "
        "stellen dort ihren Werdegang dar und pflegen berufliche Kontakte; Arbeitgeber stellen sich "
        "auf Unternehmensprofilen vor und veröffentlichen Stellenangebote."
    ),
    advantages=(
        "XING wird vor allem für die Suche nach Stellen und Beschäftigten genutzt. Ein Profil der "
        "öffentlichen Stelle erreicht Menschen, die sich für sie als Arbeitgeberin interessieren, und zeigt ihre "
        "offenen Stellen dort, wo im deutschsprachigen Raum danach gesucht wird."
    ),
    visible_without_login=None,
    interaction=(
        "Wie viel eines Unternehmensprofils ohne Anmeldung zu sehen ist, bestimmt XING. Wer folgen, "
        "reagieren oder eine Nachricht schreiben will, braucht ein eigenes Konto."
    ),
    default_purpose=(
        "Das Profil stellt die Stelle als Arbeitgeberin vor und macht ihre Stellenangebote bekannt. "
        "Für Einzelheiten und Bewerbungen verweist es auf die eigene Website."
    ),
    default_audience=(
        "Menschen auf Stellensuche und Fachkräfte, die sich über die Stelle als Arbeitgeberin "
        "informieren möchten."
    ),
    default_contents=(
        "Eigene Stellenangebote",
        "Informationen über die Stelle als Arbeitgeberin",
        "Hinweise auf Veranstaltungen und Weiterbildungen",
    ),
    joint_controller_agreement=None,
    controllership=catalogue.separate_controller(
        "Für Unternehmensprofile bei XING ist eine gemeinsame Verantwortlichkeit weder durch "
        "Rechtsprechung festgestellt, noch bietet New Work SE eine Vereinbarung dazu an. Der Betreiber "
        "verarbeitet die Daten der Nutzenden als eigener Verantwortlicher; die Stelle verantwortet ihr "
        "Profil und was sie selbst verarbeitet, etwa Nachrichten, die sie beantwortet.",
        sources=(PRIVACY_URL,),
    ),
    third_country=smkonzept.ThirdCountryTransfer(
        countries=("ohne Angabe der Länder",),
        basis=(
            "Nach der Datenschutzerklärung des Betreibers können Daten auch in Länder außerhalb der EU übermittelt werden. "
            "Für Daten, die er anderen Nutzenden oder Dritten weltweit zugänglich macht, um seine Verträge zu "
            "erfüllen, braucht es nach seiner Darstellung weder einen Angemessenheitsbeschluss (Art. 45 DSGVO) noch "
            "geeignete Garantien (Art. 46 DSGVO). Andere Übermittlungen nimmt er nach eigener Angabe nur mit "
            "Einwilligung, auf Grund einer anderen gesetzlichen Ausnahme oder mit einem Angemessenheitsbeschluss "
            "oder geeigneten Garantien vor; dafür schließt er in der Regel Standardvertragsklauseln der "
            "EU-Kommission mit den Empfängern. Welche Empfänger in welchen Ländern das sind, nennt er nicht "
            f"([Datenschutzerklärung: Drittländer]({THIRD_COUNTRIES_URL}))."
        ),
        mechanism="unverified",
        sources=(THIRD_COUNTRIES_URL,),
        verified=datetime.date(2026, 12, 7),
    ),
    risk_factors=(
        catalogue.collection_risk(severity=2, likelihood=3),
        catalogue.tracking_risk(severity=2, likelihood=3),
        catalogue.third_country_risk(severity=2, likelihood=2),
        catalogue.comments_risk(severity=2, likelihood=1, handling="report"),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(PRIVACY_URL, PRIVACY_PRINT_URL, THIRD_COUNTRIES_URL),
    verified=datetime.date(2026, 12, 7),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register XING."""
    register(XING)
