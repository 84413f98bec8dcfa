"""Optional chapter: how the chamber secures its social media accounts."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
Ein fremder Zugriff auf ein Konto {{ the_chamber.gen }} könnte dazu führen, dass in {{ the_chamber.poss }}em Namen falsche \
Informationen verbreitet oder Nachrichten von Nutzenden gelesen werden. {{ the_chamber.Nom }} \
sichert {% if platforms %}die Konten auf {{ platforms | map(attribute="platform.name") | join_and }}\
{% else %}{{ the_chamber.poss }}e Konten{% endif %} deshalb nach den folgenden Regeln.

## Geräte und Software

Die Konten werden nur von dienstlichen Geräten aus betreut, also von Arbeitsplatzrechnern, \
Notebooks, Tablets oder Smartphones {{ the_chamber.gen }}. Diese Geräte haben einen aktuellen Virenschutz; \
Betriebssystem, Browser und Apps werden zeitnah aktualisiert, sobald der Hersteller \
Sicherheitsupdates bereitstellt.

## Passwörter und Anmeldung

- Jedes Konto hat ein eigenes, langes und zufällig erzeugtes Passwort, das für keinen anderen \
Dienst verwendet wird.
- Passwörter werden in einem Passwortmanager {{ the_chamber.gen }} verwahrt und nicht per E-Mail oder Chat \
weitergegeben.
- Wo eine Plattform die Anmeldung in zwei Schritten anbietet, ist sie eingeschaltet.
- Besteht der Verdacht, dass Zugangsdaten bekannt geworden sind, ändert die Redaktion sie \
sofort und prüft die letzten Aktivitäten des Kontos.

## Wer Zugang hat

Zugang zu den Konten haben nur Beschäftigte der Redaktion ({{ editorial.unit }}), die dafür \
ausdrücklich benannt sind, und ihre Vertretungen. Wo die Plattform Rollen für einzelne Personen vorsieht, erhalten sie eigene Zugänge \
statt eines gemeinsamen Passworts. Scheidet jemand aus der Redaktion aus, werden seine Zugänge am \
selben Tag entzogen und gemeinsam genutzte Passwörter geändert. Die Redaktion führt eine \
aktuelle Liste der berechtigten Personen.

## Datensicherung

Bilder, Videos, Texte und Planungsunterlagen für die Konten liegen nicht auf einzelnen Geräten, \
sondern auf den Servern {{ the_chamber.gen }}. Sicherungskopien dieser Daten werden verschlüsselt.
"""

ACCOUNT_SECURITY = smkonzept.SectionSpec(
    id="kontosicherheit",
    title="Sicherheit der Konten",
    template=TEMPLATE,
    after="sensibilisierung",
)


@smkonzept.hookimpl
def register_sections(register):
    """Register the chapter on account security."""
    register(ACCOUNT_SECURITY)
