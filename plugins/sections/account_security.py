"""Optional chapter: how the chamber secures its social media accounts."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{% import "sicherheit.md.j2" as sicherheit with context %}
Ein fremder Zugriff auf ein Konto {{ the_chamber.gen }} könnte dazu führen, dass in {{ the_chamber.poss }}em Namen falsche \
Informationen verbreitet oder Nachrichten von Nutzenden gelesen werden. {{ the_chamber.Nom }} \
sichert {% if platforms %}die Konten auf {{ platforms | map(attribute="platform.name") | join_and }}\
{% else %}{{ the_chamber.poss }}e Konten{% endif %} deshalb nach den folgenden Regeln.

## Geräte und Software

{{ sicherheit.geraete() }}

## Passwörter und Anmeldung

{{ sicherheit.passwoerter() }}

## Wer Zugang hat

{{ sicherheit.zugang() }}

## Datensicherung

{{ sicherheit.sicherung() }}
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
