"""PeerTube, free software for federated video platforms: the body's own or a commissioned server.

An example of an outside platform plugin: it imports nothing but the public ``smkonzept`` API.
PeerTube has no central operator; a profile names the operator of its server in
``accounts[].operator``. Without it, the document names the software's publisher only as the
source of the software, not as controller.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import smkonzept
from smkonzept import catalogue

__all__ = ["PEERTUBE", "register_platforms"]

PEERTUBE_DOCS = "https://docs.joinpeertube.org/"
JOINPEERTUBE = "https://joinpeertube.org/"

SERVER_OPERATOR = smkonzept.Operator(
    name="Betreiber des PeerTube-Servers (im Profil unter accounts[].operator anzugeben)",
    address="siehe Impressum des Servers",
    country="Deutschland",
    privacy_url=JOINPEERTUBE,
)

FEDERATION_RISK = smkonzept.RiskFactor(
    id="foederation",
    title="Kopien von Videos und Kommentaren auf fremden Servern",
    description=(
        "Andere PeerTube-Server können öffentliche Videos, Kommentare und Profilangaben übernehmen "
        "und weiterverbreiten. Wird ein Video gelöscht, lässt sich nicht sicherstellen, dass alle "
        "Kopien verschwinden."
    ),
    severity=2,
    likelihood=2,
    measures=("Videos zeigen Dritte nur mit deren Einwilligung; Kommentare werden vor der Freischaltung geprüft.",),
    residual_likelihood=1,
)

PEERTUBE = smkonzept.Platform(
    id="peertube",
    name="PeerTube",
    website=JOINPEERTUBE,
    operator=SERVER_OPERATOR,
    description=(
        "PeerTube ist eine freie Software für Videoplattformen. Viele unabhängig betriebene Server "
        "sind miteinander verbunden; einen zentralen Anbieter gibt es nicht. Eine öffentliche Stelle "
        "kann einen eigenen Server betreiben oder betreiben lassen."
    ),
    advantages="Videos lassen sich ohne Werbung und ohne Auswertung des Sehverhaltens für Werbezwecke zeigen und in die eigene Website einbetten.",
    visible_without_login=True,
    interaction="Videos lassen sich ohne Konto ansehen; wer kommentieren will, braucht ein Konto auf einem verbundenen Server.",
    default_purpose="Der Kanal stellt die eigenen Videos ohne Werbung und ohne Tracking bereit; die Website bettet sie von dort ein.",
    default_audience="Eine breite Öffentlichkeit, besonders Menschen, die Plattformen mit Werbung meiden.",
    default_contents=("Erklärvideos zu eigenen Angeboten", "Aufzeichnungen von Veranstaltungen"),
    controllership=catalogue.processor_server(
        "Betreibt ein Dienstleister den Server im Auftrag der Stelle, ist die Stelle allein verantwortlich "
        "und der Dienstleister ihr Auftragsverarbeiter; dafür ist eine Vereinbarung nach Art. 28 DSGVO nötig.",
        sources=(PEERTUBE_DOCS,),
    ),
    risk_factors=(
        catalogue.comments_risk(severity=2, likelihood=2),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
        FEDERATION_RISK,
    ),
    sources=(JOINPEERTUBE, PEERTUBE_DOCS),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register: Callable[[smkonzept.Platform], None]) -> None:
    """Register PeerTube."""
    register(PEERTUBE)
