"""Document type datenschutzhinweise: the privacy notice under Art. 13 DSGVO for each platform with
accounts, which the body links from the account and publishes on its website.

Every sentence the concept also states (controllership, legal basis, rights, officer, authority,
retention, other channels) comes from the shared macros in ``templates/shared``, so the notice and
the concept cannot contradict each other.
"""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{% import "verantwortung.md.j2" as verantwortung with context %}
{% import "grundlage.md.j2" as grundlage with context %}
{% import "rechte.md.j2" as rechte with context %}
{% import "kontakt.md.j2" as kontakt with context %}
{% set consent = namespace(used=risk.rows | selectattr("factor.relies_on_consent") | list | length > 0) %}
{% set single = use.accounts | length == 1 %}
Diese Hinweise erklären nach Art. 13 DSGVO, welche personenbezogenen Daten {{ the_chamber.nom }} im Zusammenhang \
mit {{ "ihrem" if the_chamber.poss == "ihr" else "seinem" }} {{ "Konto" if single else "Konten" }} bei {{ platform.name }} \
verarbeitet, wozu und auf welcher Grundlage, und welche Rechte Betroffene haben.

{{ heading(1, "Verantwortliche Stelle") }}

Verantwortlich für {{ "das Konto" if single else "die Konten" }} ist:

{{ chamber.name }}  
{{ chamber.address.street }}, {{ chamber.address.postal_code }} {{ chamber.address.city }}{% if chamber.address.po_box %}  
{{ chamber.address.po_box }}{% endif %}  
E-Mail: {{ chamber.email | email }}  
Telefon: {{ chamber.phone }}  
Website: {{ chamber.website | link }}

{{ heading(1, "Kontakt zum Datenschutz") }}

{{ rechte.datenschutzbeauftragte(true) }}

{{ heading(1, "Zwecke und Rechtsgrundlage") }}

{% for account_use in use.accounts %}
**Konto {{ account_use.account | account_link }}:** {{ account_use.purpose }}

{% endfor %}
{% set hosted = use.responsibility == "processor" and use.processor_confirmed %}
{{ the_chamber.Nom }} verarbeitet dabei {{ "insbesondere" if hosted else "selbst nur" }}, was Nutzende {{ the_chamber.dat }} über {{ "das Konto" if single else "die Konten" }} \
zukommen lassen{% if platform.comments or platform.direct_messages %}, also \
{% if platform.comments %}Kommentare und Antworten, die die Redaktion liest, beantwortet oder moderiert{% endif %}\
{% if platform.comments and platform.direct_messages %}, und {% endif %}\
{% if platform.direct_messages %}Nachrichten, die sie beantwortet{% endif %}{% endif %}\
{% if use in insights_platforms and not insights_off %}, sowie die zusammengefassten Statistiken, die {{ platform.name }} \
über die Besuche des Kontos bereitstellt{% endif %}. {{ kontakt.keine_auswertung() }}

{% if hosted %}
Weil der Betreiber des Servers im Auftrag {{ the_chamber.gen }} arbeitet, ist {{ the_chamber.nom }} für alles verantwortlich, \
was der Server für {{ "das Konto" if single else "die Konten" }} verarbeitet, auch für die Angaben der Konten, die \
{{ "ihm" if single else "ihnen" }} folgen oder auf {{ "seine" if single else "ihre" }} Beiträge reagieren. Was der Server dabei \
speichert, beschreiben seine Datenschutzhinweise ({{ use.operators | map(attribute="privacy_url") | map("link") | join_and }}).

{% endif %}
{% if profile.website is none %}
{{ kontakt.einbindung_offen() }} Was beim Einbinden auf der Website geschieht, ist nicht Gegenstand dieser Hinweise.

{% endif %}
**Rechtsgrundlage:** {{ grundlage.norm() }}

{{ grundlage.umfang([use]) }}{% if consent.used %} Bei {{ grundlage.einwilligung() }}{% endif +%}

{% if use.shares_collection %}
{{ grundlage.erhebung([use]) }} {{ grundlage.entscheidung(use) }}{% if platform.id not in profile.risk.platform_decisions %} Solange das so ist, sind diese Hinweise ein Entwurf.{% endif +%}

{% endif %}
{{ heading(1, "Verantwortlichkeit") }}

{% for operator in use.operators %}
{{ verantwortung.betreiber(operator) }}

{% endfor %}
{% if use.operator_unknown %}
{{ verantwortung.betreiber_unbekannt() }}

{% endif %}
{% for model in use.controllerships %}
**{{ platform.name }}:** {{ verantwortung.einordnung(use, model) }}

{% endfor %}
{% if platform.joint_controller_agreement and use.shares_collection %}
{{ verantwortung.vereinbarung(platform) }} {{ verantwortung.wesentliches(platform) }}

{% elif use.shares_collection %}
Eine Vereinbarung über eine gemeinsame Verantwortlichkeit nach Art. 26 DSGVO, die {{ platform.name }} sicher abdeckt, liegt nicht vor.
{% elif use.responsibility == "separate" %}
Eine Vereinbarung über eine gemeinsame Verantwortlichkeit nach Art. 26 DSGVO bietet der Betreiber für {{ platform.name }} nicht an.

{% endif %}
{{ heading(1, "Empfänger und Übermittlung in Drittländer") }}

{% set names = use.operators | map(attribute="name") | map("in_sentence") | join_and %}\
{% if use.responsibility == "processor" %}\
Die Daten {{ "des Kontos" if single else "der Konten" }} speichert der Betreiber des Servers, {{ names }}, im Auftrag \
{{ the_chamber.gen }}.\
{% elif use.operator_unknown %}\
Die Daten beim Aufruf {{ "des Kontos" if single else "der Konten" }} erhält der Betreiber des Servers, auf dem es liegt.\
{% else %}\
Alle Daten, die beim Aufruf {{ "des Kontos" if single else "der Konten" }} und bei der Nutzung von {{ platform.name }} anfallen, \
erhält der Betreiber, {{ names }}{{ "" if names.endswith(".") else "." }}\
{% endif %}\
{% if platform.comments %} Öffentliche Kommentare und Antworten kann jede Person lesen, die den Beitrag aufrufen kann.{% endif %}\
{% if platform.federated %} {{ platform.name }} ist ein föderierter Dienst: Öffentliche Beiträge, Antworten und Profilangaben \
{{ "des Kontos" if single else "der Konten" }} werden an die Server der Konten übertragen, die {{ "ihm" if single else "ihnen" }} folgen oder \
auf {{ "seine" if single else "ihre" }} Beiträge antworten, und dort gespeichert. Die Betreiber dieser Server verarbeiten sie als eigene \
Verantwortliche; {{ the_chamber.nom }} kennt sie nicht im Einzelnen.{% endif %}\
{% if platform.comments or platform.direct_messages %} Innerhalb {{ the_chamber.gen }} bearbeitet die Stelle, die die Konten betreut \
({{ editorial.unit }}), {{ "Kommentare und Nachrichten" if platform.comments and platform.direct_messages else \
("Kommentare" if platform.comments else "Nachrichten") }}.{% endif +%}

{% if platform.third_country %}
{{ verantwortung.drittland(platform) }}
{% elif platform.federated %}
Durch die Föderation gelangen öffentliche Beiträge, Antworten und Profilangaben aber auch auf Server in Ländern außerhalb \
der Europäischen Union und des Europäischen Wirtschaftsraums. Mit deren Betreibern hat {{ the_chamber.nom }} keine \
Garantien nach Art. 46 DSGVO vereinbart, und ob für ihr Land ein Angemessenheitsbeschluss nach Art. 45 DSGVO besteht, \
hängt vom einzelnen Server ab. Wer Angaben nicht weltweit verbreiten will, sollte sie nicht in öffentlichen Antworten machen.\
{% if use.operator_unknown %} Ob der Server, auf dem das Konto liegt, Daten außerhalb der Europäischen Union und des Europäischen \
Wirtschaftsraums verarbeitet, hängt von seinem Betreiber ab; {{ the_chamber.nom }} ergänzt die Angabe, sobald der Server feststeht.{% endif +%}
{% elif use.operator_unknown %}
Ob Daten in Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums übermittelt werden, hängt \
vom Betreiber des Servers ab; {{ the_chamber.nom }} ergänzt die Angabe, sobald der Server feststeht.
{% else %}
Eine Übermittlung in Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums ist für \
{{ platform.name }} nicht bekannt.
{% endif %}

{{ heading(1, "Speicherdauer") }}

{{ kontakt.aufbewahrung(the_chamber.nom) }}\
{% if not profile.retention %} Solange das so ist, sind diese Hinweise ein Entwurf.{% endif %}\
{% if use.responsibility != "processor" %} Was der Betreiber für eigene Zwecke speichert und wann er es löscht, bestimmt er; \
darüber informiert seine Datenschutzerklärung.{% endif %}\
{% if platform.federated %} Kopien öffentlicher Beiträge und Antworten auf anderen Servern speichern deren Betreiber. Löscht \
{{ the_chamber.nom }} einen Beitrag, bittet der Server die anderen Server, ihn ebenfalls zu löschen; ob sie dem nachkommen, können \
weder {{ the_chamber.nom }} noch der Betreiber des Servers sicherstellen.{% endif +%}

{{ heading(1, "Rechte der Betroffenen") }}

Wer von der Verarbeitung betroffen ist, hat nach der DSGVO folgende Rechte; das Recht auf Widerspruch beschreibt \
der nächste Abschnitt:

{{ rechte.liste(false, consent.used) }}

{{ rechte.uebertragbarkeit(consent.used) }}

{{ law.rights }}{% if law.restrictions %} {{ law.restrictions }}{% endif +%}

{{ rechte.betreiber([use], "es der Abschnitt „Verantwortlichkeit“ beschreibt") }}

{{ heading(1, "Widerspruchsrecht") }}

**Jede betroffene Person kann der Verarbeitung ihrer Daten jederzeit widersprechen, wenn sich Gründe dafür \
aus ihrer besonderen Situation ergeben; das gilt für jede Verarbeitung, die auf Art. 6 Abs. 1 Buchst. e \
DSGVO beruht (Art. 21 Abs. 1 DSGVO).** {{ the_chamber.Nom }} verarbeitet die Daten dann nicht \
mehr, es sei denn, {{ the_chamber.pron }} kann zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die die \
Interessen, Rechte und Freiheiten der Person überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung \
oder Verteidigung von Rechtsansprüchen. Der Widerspruch ist formlos möglich, etwa per E-Mail an {{ chamber.email | email }}.

{{ heading(1, "Beschwerde bei der Aufsichtsbehörde") }}

{{ rechte.beschwerde() }}

{{ heading(1, "Keine Pflicht zur Nutzung") }}

Niemand ist verpflichtet, {{ platform.name }} zu nutzen oder dort Daten anzugeben; wer es nicht tut, hat dadurch \
keine Nachteile bei {{ the_chamber.dat }}. {{ kontakt.niemand() }} {{ kontakt.website() }} \
{{ the_chamber.Nom }} ist außerdem so erreichbar:

{{ kontakt.wege() }}

{{ heading(1, "Automatisierte Entscheidungen und Profilbildung") }}

{{ the_chamber.Nom }} trifft keine automatisierten Entscheidungen im Sinne von Art. 22 DSGVO und bildet keine Profile \
der Nutzenden.{% for factor in platform.risk_factors if factor.id == "profilbildung" %} Anders der Betreiber: \
{{ factor.description }}{% endfor %} \
{% if use.responsibility == "processor" and use.processor_confirmed %}\
Der Betreiber des Servers verarbeitet die Daten nur im Auftrag und nach Weisung {{ the_chamber.gen }} (Art. 28 Abs. 3 DSGVO) \
und wertet sie nicht für eigene Zwecke aus; seine Datenschutzerklärung: {{ use.operators | map(attribute="privacy_url") | map("link") | join_and }}.\
{% elif use.responsibility == "processor" %}\
Ob der Betreiber des Servers die Daten nur im Auftrag und nach Weisung {{ the_chamber.gen }} verarbeitet (Art. 28 DSGVO), ist \
nicht bestätigt (siehe „Verantwortlichkeit“); seine Datenschutzerklärung: {{ use.operators | map(attribute="privacy_url") | map("link") | join_and }}.\
{% else %}\
Wie der Betreiber Daten für eigene Zwecke auswertet, beschreibt \
{% if use.operators %}seine Datenschutzerklärung: {{ use.operators | map(attribute="privacy_url") | map("link") | join_and }}\
{% else %}seine Datenschutzerklärung{% endif %}.{% endif +%}

{{ heading(1, "Stand") }}

Stand: {{ document.date | date_de }}. Diese Hinweise beruhen auf dem Konzept „{{ document.title }}“ \
{{ the_chamber.gen }}{% if document.publication_url %}, veröffentlicht unter {{ document.publication_url | link }}{% endif %}.
"""

DATENSCHUTZHINWEISE = smkonzept.DocumentType(
    id="datenschutzhinweise",
    title="Datenschutzhinweise für {platform}",
    description="Die Informationen nach Art. 13 DSGVO zu den Konten bei einer Plattform, zum Verlinken im Konto und zum Veröffentlichen auf der Website.",
    template=TEMPLATE,
    per_platform=True,
    order=10,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the privacy notice, one per platform with accounts."""
    register(DATENSCHUTZHINWEISE)
