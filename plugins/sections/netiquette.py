"""Optional chapter: the published house rules and how comments are moderated."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{% import "netiquette.md.j2" as netiquette with context %}
{{ netiquette.invitation() }} {{ the_chamber.Nom }} veröffentlicht sie auf {{ the_chamber.poss }}er Website und verlinkt \
sie in der Beschreibung jedes Kontos, soweit die Plattform das zulässt.

## Inhalt der Netiquette

Die Regeln bitten um einen respektvollen Ton und nennen, was auf den Konten {{ the_chamber.gen }} nicht \
geduldet wird:

{{ netiquette.rules() }}

## Moderation

{{ netiquette.moderation() }}

## Dokumentation

{{ netiquette.documentation() }}
"""

NETIQUETTE = smkonzept.SectionSpec(
    id="netiquette",
    title="Netiquette und Moderation",
    template=TEMPLATE,
    after="betreuung",
)


@smkonzept.hookimpl
def register_sections(register):
    """Register the chapter on netiquette and moderation."""
    register(NETIQUETTE)
