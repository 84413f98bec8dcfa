"""Optional chapter: the chamber's plan for a storm of outrage on its accounts."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
Eine Empörungswelle, oft „Shitstorm“ genannt, ist eine plötzliche Häufung kritischer und zum \
Teil beleidigender Kommentare zu einem Beitrag oder einem Thema. {{ the_chamber.Nom }} bereitet \
sich darauf vor, bevor ein solcher Fall eintritt, damit alle Beteiligten wissen, was zu tun ist.

## Meldekette und Zuständigkeiten

Der Krisenplan legt fest, wer wen informiert und wer entscheidet:

- Die Redaktion ({{ editorial.unit }}) erkennt eine ungewöhnliche Häufung von Kommentaren oder Nachrichten und \
meldet sie unverzüglich der Leitung der Kommunikation.
- Die Leitung der Kommunikation bewertet die Lage und unterrichtet bei Bedarf die \
Leitung {{ the_chamber.gen }} und die fachlich zuständige Abteilung.
- Eine benannte Person gibt Antworten im Namen {{ the_chamber.gen }} frei; für jede Rolle ist eine Vertretung \
bestimmt.
- Die Kontaktdaten aller Beteiligten, auch für Abende und Wochenenden, liegen in einer aktuellen \
Liste vor.

## Umgang mit der Kritik

Kritische Kommentare werden nicht übergangen und nicht gelöscht, nur weil sie unbequem sind. {{ the_chamber.Nom }} \
nimmt sie ernst und antwortet zeitnah, freundlich und sachlich. {{ the_chamber.Pron }} erklärt {{ the_chamber.poss }}e Sicht, \
räumt Fehler ein, wo {{ the_chamber.pron }} welche gemacht hat, und verweist bei umfangreichen Fragen auf eine \
Stellungnahme auf {{ the_chamber.poss }}er Website {{ chamber.website | link }}. Entfernt werden auch in dieser Lage \
nur Beiträge, die rechtswidrig sind oder gegen die veröffentlichte Netiquette verstoßen.

## Automatische Antworten

Wo eine Plattform das anbietet, erhält jede eingehende Direktnachricht eine automatische Antwort. \
Sie bedankt sich für die Nachricht, nennt die Zeiten, in denen die Redaktion antwortet, und weist \
auf die übrigen Kontaktwege hin: Telefon {{ chamber.phone }}\
{% if chamber.phone_hours %} ({{ chamber.phone_hours }}){% endif %} und E-Mail \
{{ chamber.email | email }}. So wissen die Absender auch außerhalb der Dienstzeiten, wann sie mit \
einer Antwort rechnen können.

## Nachbereitung

Ist die Lage wieder ruhig, wertet die Redaktion den Verlauf mit den Beteiligten aus. \
Erkenntnisse daraus fließen in den Krisenplan und in die nächste Evaluierung dieses Konzepts ein.
"""

CRISIS_PLAN = smkonzept.SectionSpec(
    id="krisenplan",
    title="Krisenplan bei Empörungswellen",
    template=TEMPLATE,
    after="netiquette",
)


@smkonzept.hookimpl
def register_sections(register):
    """Register the chapter on the crisis plan."""
    register(CRISIS_PLAN)
