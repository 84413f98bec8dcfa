"""The yearly evaluation report: what changed since the previous edition, and where the concept stands now."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
# Evaluierung des Nutzungskonzepts

{{ the_chamber.Nom }} überprüft die Nutzung der sozialen Medien {{ evaluation.interval_months | interval }}. Dieser Bericht hält fest, \
was {{ the_chamber.nom }} dabei geprüft und festgestellt hat, was sich seit der vorigen Ausgabe des Nutzungskonzepts geändert hat, \
auf welchem Stand die Angaben zu Plattformen und Gesetz beruhen und wo das Konzept jetzt steht.

## Zeitraum

Der Bericht umfasst die Zeit vom {{ previous.old.date | date_de }} (Stand der vorigen Ausgabe, Version {{ previous.old.version }}) \
bis zum {{ document.date | date_de }} (Stand dieser Ausgabe, Version {{ document.version }}).

## Prüfung und Ergebnis

Geprüft wird, ob die Konten weiterhin erforderlich sind, ob sie ihre Zielgruppen erreichen, ob sich die Bedingungen \
der Betreiber oder die Rechtslage geändert haben und ob die Maßnahmen zum Datenschutz ausreichen; dazu gehört, \
die Risikoabschätzung mit dem Stand dieser Ausgabe neu vorzunehmen.

{% if evaluation.result %}
{{ evaluation.result }}
{% else %}
Das Ergebnis dieser Prüfung ist nicht eingetragen (Profil: „evaluation.result“). Solange es fehlt, ist dieser \
Bericht ein Entwurf und nicht zur Veröffentlichung bestimmt.
{% endif %}

{{ previous.markdown(2) }}

{% if not previous.verified %}
## Stand der Angaben zu Plattformen und Gesetz

Zwischen den beiden Ausgaben ist keine neue Prüfung der Angaben zu Plattformen und Gesetz verzeichnet. Die Angaben \
dieser Ausgabe beruhen auf diesen Prüfungen:

{% for use in platforms %}
- {{ use.platform.name }}: {% if use.platform.verified %}geprüft am {{ use.platform.verified | date_de }}{% else %}ohne Datum der Prüfung{% endif %}

{% endfor %}
- {{ law.name or law.state }}: {% if law.verified %}geprüft am {{ law.verified | date_de }}{% else %}ohne Datum der Prüfung{% endif %}

{% endif %}

## Restrisiko

{% set top = risk.rows | selectattr("residual_level", "equalto", risk.highest_after) | list %}
Nach der Risikoabschätzung dieser Ausgabe erreicht ohne Maßnahmen das höchste Risiko die Stufe „{{ levels[risk.highest_before - 1] }}“, \
mit den Maßnahmen {{ the_chamber.gen }} die Stufe „{{ levels[risk.highest_after - 1] }}“. Diese Stufe betrifft:

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
    description="Der Bericht der regelmäßigen Evaluierung: Prüfung und Ergebnis, Änderungen seit der vorigen Ausgabe, Stand der Angaben zu Plattformen und Gesetz, Restrisiko und offene Punkte.",
    template=TEMPLATE,
    included=_has_previous,
    order=80,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the evaluation report, included when the profile names its previous edition."""
    register(EVALUIERUNG)
