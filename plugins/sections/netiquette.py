"""Optional chapter: the published house rules and how comments are moderated."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{{ the_chamber.Nom }} lädt dazu ein, {{ the_chamber.poss }}e Beiträge zu kommentieren und zu diskutieren, auch \
kritisch. Damit der Austausch sachlich bleibt, gelten auf allen Konten {{ the_chamber.gen }} Regeln für den \
Umgang miteinander (Netiquette). {{ the_chamber.Nom }} veröffentlicht sie auf {{ the_chamber.poss }}er Website und verlinkt \
sie in der Beschreibung jedes Kontos, soweit die Plattform das zulässt.

## Inhalt der Netiquette

Die Regeln bitten um einen respektvollen Ton und nennen, was auf den Konten {{ the_chamber.gen }} nicht \
geduldet wird:

- Beleidigungen, Drohungen und Aufrufe zur Gewalt
- diskriminierende, rassistische oder extremistische Äußerungen
- Namen, Anschriften, Bilder oder andere persönliche Angaben über Dritte ohne deren Einverständnis
- Werbung, Spam und wiederholte gleichlautende Beiträge
- Inhalte, die gegen Gesetze oder Rechte Dritter verstoßen, etwa gegen das Urheberrecht

## Moderation

Die Redaktion ({{ editorial.unit }}) liest die Kommentare auf den Konten an jedem Arbeitstag. Kritik an {{ the_chamber.dat }} \
oder an {{ the_chamber.poss }}en Positionen ist erlaubt und wird weder gelöscht noch ausgeblendet; die Redaktion \
antwortet darauf sachlich, soweit eine Antwort weiterhilft. Ein Kommentar wird nur entfernt oder \
verborgen, wenn er rechtswidrig ist oder gegen die veröffentlichte Netiquette verstößt. Bei \
wiederholten Verstößen kann die Redaktion ein Konto sperren, soweit die Plattform das vorsieht. \
Strafbare Inhalte meldet sie dem Betreiber der Plattform und, wenn es geboten ist, den \
Strafverfolgungsbehörden.

## Dokumentation

Jede Löschung und jede Sperre wird mit Datum, Plattform und Grund festgehalten, sodass \
{{ the_chamber.nom }} {{ the_chamber.poss }}e Entscheidung später begründen kann. Den Wortlaut des entfernten Beitrags bewahrt die \
Redaktion nur auf, wenn er für eine Anzeige oder eine Beschwerde gebraucht wird, und löscht ihn, \
sobald er dafür nicht mehr erforderlich ist.
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
