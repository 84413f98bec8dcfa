"""Document type anbieterkennzeichnung: the provider identification of each account as texts ready to paste."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{% import "anbieter.md.j2" as anbieter with context %}
{{ anbieter.provider() }}

Die folgenden Texte lassen sich unverändert in ein Konto übernehmen, etwa in seine Beschreibung. \
{% if chamber.imprint_url %}Die Kurzfassung verweist auf das Impressum{% else %}Eine Kurzfassung mit Link auf das Impressum fehlt noch, \
weil das Profil dessen Adresse nicht festhält (`chamber.imprint_url`){% endif %}; die längere Fassung nennt die Angaben selbst.{% if not anbieter.mstv_person %} \
Eine nach § 18 Abs. 2 MStV verantwortliche Person nennt das Profil nicht (editorial.person); \
sie fehlt deshalb in den Texten, und das Impressum auf der Website muss sie nennen.{% endif %} \
{% if not chamber.representatives %}Bei einer juristischen Person verlangt § 18 Abs. 1 Nr. 2 MStV (und, soweit anwendbar, § 5 DDG) auch die Vertretungsberechtigten; \
das Profil hält sie nicht fest (`chamber.representatives`), deshalb fehlen sie in den Texten, und die Kennzeichnung ist erst mit ihnen vollständig.{% endif %}


{% for use in accounts %}
{{ heading(1, use.platform.name ~ ": " ~ use.account.name) }}

{% if use.account.url %}
Konto: {{ use.account.url | link }}

{% endif %}
{{ heading(2, "Kurzfassung für die Profilbeschreibung") }}

{% if chamber.imprint_url %}
{{ anbieter.short_text | verbatim }}

Länge: {{ anbieter.short_text | length | counted("Zeichen", "Zeichen") }}. \
Wo die Datenschutzhinweise zu {{ use.platform.name }} im Netz stehen, hält das Profil nicht fest; \
die Kurzfassung verweist deshalb nur auf das Impressum.
{% else %}
Die Adresse des Impressums hält das Profil nicht fest (`chamber.imprint_url`). Eine Kurzfassung, die darauf verweist, \
entsteht, sobald sie eingetragen ist; ein Link nur auf die Startseite der Website ersetzt sie nicht.
{% endif %}

{{ heading(2, "Vollständige Angaben" if chamber.representatives else "Angaben ohne Vertretungsberechtigte (offener Punkt)") }}

{{ anbieter.full_text | verbatim }}

{% endfor %}
"""

ANBIETERKENNZEICHNUNG = smkonzept.DocumentType(
    id="anbieterkennzeichnung",
    title="Anbieterkennzeichnung der Konten",
    description="Texte zum Einfügen in jedes Konto: Kurzfassung mit Link auf das Impressum und die Angaben selbst (§ 18 MStV, soweit anwendbar § 5 DDG).",
    template=TEMPLATE,
    formats=("md",),
    order=30,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the provider identification texts as a document of the bundle."""
    register(ANBIETERKENNZEICHNUNG)
