"""Document type netiquette: the house rules for comments as published, when the profile switches the chapter on."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{% import "netiquette.md.j2" as netiquette with context %}
{{ netiquette.invitation() }} Dazu gehören diese Konten:

{% for use in accounts %}
- {{ use.platform.name }}: {{ use.account | account_link }}
{% endfor %}

# Was nicht geduldet wird

Bitte bleiben Sie respektvoll. Nicht geduldet werden:

{{ netiquette.rules() }}

# Wie die Redaktion moderiert

{{ netiquette.moderation() }}

# Was festgehalten wird

{{ netiquette.documentation() }}

# Wenn Sie mit einer Entscheidung nicht einverstanden sind

Wer meint, dass ein Beitrag zu Unrecht entfernt oder verborgen oder ein Konto zu Unrecht gesperrt wurde, \
kann sich an die Redaktion ({{ editorial.unit }}) wenden: per E-Mail an {{ editorial.email | email }}\
{% if editorial.phone %} oder telefonisch unter {{ editorial.phone }}{% endif %}. \
Allgemein erreichbar ist {{ the_chamber.nom }} unter {{ chamber.email | email }}, telefonisch unter {{ chamber.phone }} \
und per Post: {{ chamber.name }}, {{ chamber.address.street }}, {{ chamber.address.postal_code }} {{ chamber.address.city }}.
"""


def _included(concept):
    return "netiquette" in concept.present_chapters


NETIQUETTE = smkonzept.DocumentType(
    id="netiquette",
    title="Netiquette",
    description="Die Regeln für Kommentare auf den Konten, wie sie veröffentlicht werden: was entfernt wird, wie moderiert wird und an wen man sich wendet.",
    template=TEMPLATE,
    included=_included,
    order=40,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the published netiquette as a document of the bundle, when the profile includes the chapter."""
    register(NETIQUETTE)
