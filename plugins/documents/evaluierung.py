"""The yearly evaluation report: what changed since the previous edition, and where the concept stands now."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
# Evaluierung des Nutzungskonzepts

{{ the_chamber.Nom }} überprüft die Nutzung der sozialen Medien {{ evaluation.interval_months | interval }}. Dieser Bericht hält das Ergebnis der Überprüfung fest: was sich seit der vorigen Ausgabe des Nutzungskonzepts geändert hat, welche Angaben zu Plattformen und Gesetz in dieser Zeit geprüft wurden und wo das Konzept jetzt steht.

## Zeitraum

Der Bericht umfasst die Zeit vom {{ previous.old.date | date_de }} (Stand der vorigen Ausgabe, Version {{ previous.old.version }}) bis zum {{ document.date | date_de }} (Stand dieser Ausgabe, Version {{ document.version }}).

{{ previous.markdown(2) }}

## Restrisiko

{% set top = risk.rows | selectattr("residual_level", "equalto", risk.highest_after) | list %}
Nach der Risikoabschätzung dieser Ausgabe erreicht ohne Maßnahmen das höchste Risiko die Stufe „{{ levels[risk.highest_before - 1] }}“, mit den Maßnahmen {{ the_chamber.gen }} die Stufe „{{ levels[risk.highest_after - 1] }}“. Diese Stufe betrifft:

{% for row in top %}
- {{ row.factor.title }}{% if not row.common %} ({{ row.platform.name }}){% endif %}: {{ "eigene Verarbeitung" if row.own else "Kontextrisiko aus der Verarbeitung des Betreibers" }}
{% endfor %}

Die Tabellen und Gründe stehen im Nutzungskonzept im Kapitel zur Risikoabschätzung.

## Offene Punkte

{% if open_points %}
Das Nutzungskonzept in dieser Ausgabe ist ein Entwurf. Offen sind:

{% for point in open_points %}
- {{ point }}
{% endfor %}
{% else %}
Im Nutzungskonzept dieser Ausgabe ist kein Punkt offen.
{% endif %}

## Veröffentlichung

{% if evaluation.publication_url %}
Das Ergebnis der Evaluierung wird unter {{ evaluation.publication_url | link }} veröffentlicht.
{% else %}
Für das Ergebnis der Evaluierung ist kein Ort der Veröffentlichung angegeben (Profil: „evaluation.publication_url“); es wird dokumentiert.
{% endif %}
"""


def _has_previous(concept):
    return concept.profile.evaluation.previous is not None


EVALUIERUNG = smkonzept.DocumentType(
    id="evaluierung",
    title="Evaluierung des Nutzungskonzepts",
    description="Der Bericht der regelmäßigen Evaluierung: Änderungen seit der vorigen Ausgabe, in der Zwischenzeit geprüfte Angaben und Rechtsprechung, Restrisiko und offene Punkte.",
    template=TEMPLATE,
    included=_has_previous,
    order=80,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the evaluation report, included when the profile names its previous edition."""
    register(EVALUIERUNG)
