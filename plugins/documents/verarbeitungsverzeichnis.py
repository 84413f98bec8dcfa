"""Document type verarbeitungsverzeichnis: the entry for the accounts in the record of processing activities (Art. 30 Abs. 1 DSGVO)."""

from __future__ import annotations

import smkonzept

TEMPLATE = """\
{% import "grundlage.md.j2" as grundlage with context %}
{% import "sicherheit.md.j2" as sicherheit with context %}
{% import "folgenabschaetzung.md.j2" as folgenabschaetzung with context %}
{% set risk_sections = concept.sections | selectattr("id", "equalto", "risiko") | list %}
{% set risk_title = risk_sections[0].title if risk_sections else "Datenschutz-Folgenabschätzung" %}
Dieser Eintrag im Verzeichnis von Verarbeitungstätigkeiten {{ the_chamber.gen }} nach Art. 30 Abs. 1 DSGVO beschreibt die Öffentlichkeitsarbeit über soziale Netzwerke: die Konten auf {{ platforms | map(attribute="platform.name") | join_and }}. Er fasst zusammen, was das Nutzungskonzept „{{ document.title }}“ (Version {{ document.version }}, Stand {{ document.date | date_de }}) ausführlich darlegt.{% if open_points %} Das Nutzungskonzept ist noch ein Entwurf; es nennt {{ open_points | length | counted("offenen Punkt", "offene Punkte") }} vor der Unterschrift. Mit dem unterschriebenen Konzept wird dieser Eintrag fortgeschrieben.{% endif +%}

# Verantwortliche und Datenschutzbeauftragte (Buchst. a)

| Rolle | Name | Kontaktdaten |
|----------|----------------|--------------------|
| Verantwortlicher | {{ chamber.name | cell }} | {{ (chamber.address.street ~ ", " ~ chamber.address.postal_code ~ " " ~ chamber.address.city) | cell }}; E-Mail: {{ chamber.email | email }}; Telefon: {{ chamber.phone | cell }} |
{% for use in platforms if use.shares_collection %}
{% for operator in use.operators %}
| {{ ("Gemeinsam Verantwortlicher nach Art. 26 DSGVO (" if use.responsibility == "joint" else "Vorsorglich als gemeinsam verantwortlich behandelt (") ~ use.platform.name ~ ")" }} | {{ operator.name | cell }} | {{ (operator.address ~ ", " ~ operator.country) | cell }}; Datenschutzhinweise: {{ operator.privacy_url | link }} |
{% endfor %}
{% endfor %}
| Datenschutzbeauftragte oder Datenschutzbeauftragter | {% if officer_is_role %}Name noch einzutragen: Das Profil nennt nur die Funktion „{{ officer.name | cell }}“ (offener Punkt dieses Eintrags){% else %}{{ (officer.name ~ ((", " ~ officer.organisation) if officer.organisation else "")) | cell }}{% endif %} | {% if officer.address %}{{ (officer.address.street ~ ", " ~ officer.address.postal_code ~ " " ~ officer.address.city) | cell }}{% else %}{{ (chamber.address.street ~ ", " ~ chamber.address.postal_code ~ " " ~ chamber.address.city) | cell }}{% endif %}; E-Mail: {{ officer.email | email }}{% if officer_general_mailbox %} (allgemeines Postfach, keine eigene Adresse der oder des Datenschutzbeauftragten: offener Punkt vor der Unterschrift){% endif %}{% if officer.phone %}; Telefon: {{ officer.phone | cell }}{% endif %} |

Table: Verantwortliche und Datenschutzbeauftragte

{% for use in platforms if use.shares_collection %}
{% for model in use.controllerships if model is not none and model.model in ("joint", "unsettled") %}
{{ use.platform.name }}: {{ model.scope }}{% if use.responsibility == "joint" and use.platform.joint_controller_agreement and not use.agreement_gap %} Vereinbarung nach Art. 26 DSGVO: {{ use.platform.joint_controller_agreement.url | link(use.platform.joint_controller_agreement.name) }}.{% elif use.agreement_gap %} Eine Vereinbarung nach Art. 26 DSGVO, die das Erheben der Daten abdeckt, gibt es nicht.{% endif +%}

{% endfor %}
{% endfor %}
{% for use in platforms if use.operator_unknown %}
{{ use.platform.name }}: Für ein Konto ist der Server nicht angegeben; wer für die Verarbeitung dort verantwortlich ist, steht deshalb noch nicht fest (offener Punkt vor der Unterschrift).

{% endfor %}
# Zwecke und Rechtsgrundlage (Buchst. b)

Die Konten dienen der Information der Öffentlichkeit über die Aufgaben {{ the_chamber.gen }}. Die Zwecke der einzelnen Konten:

| Netzwerk | Konto | Zweck |
|----------|----------|--------------------|
{% for use in accounts %}
| {{ use.platform.name }} | {{ use.account | account_link | cell }} | {{ use.purpose | cell }} |
{% endfor %}

Table: Zwecke der Konten

Rechtsgrundlage der Verarbeitung, die {{ the_chamber.nom }} selbst vornimmt: {{ grundlage.norm() }}
{% set shared = platforms | selectattr("shares_collection") | list %}
{% if shared %}

{{ grundlage.erhebung(shared) }} {{ grundlage.verweis_entscheidung() }}
{% endif %}

{% if risk.rows | selectattr("factor.relies_on_consent") | list %}
Erkennbare Personen auf Fotos und Videos in eigenen Beiträgen zeigt {{ the_chamber.nom }} nur mit ihrer Einwilligung, bei Minderjährigen auch mit der Einwilligung der Sorgeberechtigten (Art. 6 Abs. 1 Buchst. a und Art. 7 DSGVO).
{% endif %}

# Betroffene Personen und Daten (Buchst. c)

{% set found = namespace(images=[], minors=[]) %}
{% for use in platforms %}
{% set ids = (risk.common_rows + risk.for_platform(use.platform)) | map(attribute="factor.id") | list %}
{% if "bilder-dritter" in ids %}{% set found.images = found.images + [use.platform.name] %}{% endif %}
{% if "minderjaehrige" in ids or "junge-nutzende" in ids %}{% set found.minors = found.minors + [use.platform.name] %}{% endif %}
{% endfor %}
{% set shared = platforms | selectattr("shares_collection") | list %}
{% set processed = platforms | selectattr("responsibility", "equalto", "processor") | list %}
{% set commenting = platforms | rejectattr("responsibility", "equalto", "processor") | selectattr("platform.comments") | list %}
{% set messaging = platforms | rejectattr("responsibility", "equalto", "processor") | selectattr("platform.direct_messages") | list %}
| Betroffene Personen | Personenbezogene Daten | Netzwerke |
|--------------------|------------------------------|----------|
{% if shared %}
| Besucherinnen und Besucher der Konten, mit oder ohne eigenes Konto beim Netzwerk | Nutzungsdaten, die der Betreiber beim Aufruf erhebt (Geräte- und Verbindungsdaten, aufgerufene Inhalte und Reaktionen, bei angemeldeten Personen verknüpft mit ihrem Profil), soweit {{ the_chamber.nom }} das Erheben mitverantwortet oder vorsorglich so behandelt{% if insights_platforms and not insights_off %}; die daraus gebildeten zusammengefassten Seitenstatistiken (Insights), die {{ the_chamber.pron }} abruft{% endif %} | {{ shared | map(attribute="platform.name") | join_and }} |
{% endif %}
{% if commenting %}
| Personen, die Beiträge der Konten kommentieren | Kommentare mit dem Namen des Profils, unter dem sie geschrieben sind | {{ commenting | map(attribute="platform.name") | join_and }} |
{% endif %}
{% if messaging %}
| Personen, die den Konten Nachrichten senden | Nachrichten mit dem Namen des Profils der Absenderin oder des Absenders | {{ messaging | map(attribute="platform.name") | join_and }} |
{% endif %}
{% if processed %}
| Personen, die den Konten folgen, ihnen antworten, sie erwähnen oder ihnen schreiben | alles, was auf dem Server für das Konto gespeichert ist: Beiträge, Antworten, Erwähnungen, Nachrichten und die Liste der Folgenden | {{ processed | map(attribute="platform.name") | join_and }} |
{% endif %}
{% if found.images %}
| Personen, die auf Fotos und Videos in eigenen Beiträgen zu erkennen sind | Bild- und Tonaufnahmen dieser Personen | {{ found.images | join_and }} |
{% endif %}
{% if found.minors %}
| Minderjährige unter den Besuchenden, Kommentierenden und Absendenden | die in den übrigen Zeilen genannten Daten | {{ found.minors | join_and }} |
{% endif %}
{% if "netiquette" in concept.present_chapters %}
| Personen, deren Beiträge die Redaktion entfernt oder deren Konten sie sperrt | Datum, Netzwerk und Grund der Löschung oder Sperre; der Wortlaut des Beitrags nur, wenn er für eine Anzeige oder Beschwerde gebraucht wird | {{ platforms | map(attribute="platform.name") | join_and }} |
{% endif %}

Table: Kategorien betroffener Personen und personenbezogener Daten

{% set separate = platforms | selectattr("operator_is_separate") | list %}
{% if separate %}
Bei {{ separate | map(attribute="platform.name") | join_and }} erhebt der Betreiber die Nutzungsdaten der Besuchenden als eigener Verantwortlicher; sie sind nicht Teil dieser Verarbeitung.
{% endif %}

# Empfänger (Buchst. d)

| Empfänger | Anschrift | Rolle | Netzwerk |
|--------------|--------------|--------------------|----------|
{% for use in platforms %}
{% for operator in use.operators %}
| {{ operator.name | cell }} | {{ (operator.address ~ ", " ~ operator.country) | cell }} | {% if use.responsibility == "joint" %}Betreiber, gemeinsam Verantwortlicher nach Art. 26 DSGVO{% elif use.responsibility == "unsettled" %}Betreiber; ob er gemeinsam mit {{ the_chamber.dat }} verantwortlich ist (Art. 26 DSGVO), ist nicht geklärt{% elif use.responsibility == "processor" and use.processor_confirmed %}Serverbetreiber, Auftragsverarbeiter nach Art. 28 DSGVO{% elif use.responsibility == "processor" %}Serverbetreiber; ob er als Auftragsverarbeiter nach Art. 28 DSGVO handelt, ist nicht bestätigt{% elif use.responsibility == "separate" %}Betreiber, eigener Verantwortlicher{% else %}Betreiber; die Verantwortlichkeit steht noch nicht fest{% endif %} | {{ use.platform.name }} |
{% endfor %}
{% if use.responsibility == "processor" %}
| Betreiber anderer Server, auf die Beiträge und Antworten übertragen werden | je nach Server | eigene Verantwortliche für ihre Kopien | {{ use.platform.name }} |
{% endif %}
{% if use.operator_unknown %}
| Betreiber des Servers (nicht angegeben) | nicht angegeben | Serverbetreiber; die Verantwortlichkeit steht noch nicht fest (offener Punkt vor der Unterschrift) | {{ use.platform.name }} |
{% endif %}
{% endfor %}

Table: Empfänger der Daten

{% if "netiquette" in concept.present_chapters %}
Strafbare Inhalte meldet die Redaktion, wenn es geboten ist, den Strafverfolgungsbehörden (siehe Kapitel „Netiquette und Moderation“ des Nutzungskonzepts).
{% endif %}

# Übermittlungen in Drittländer (Buchst. e)

{% set transfers = platforms | selectattr("platform.third_country") | list %}
{% if transfers %}
| Netzwerk | Drittländer | Grundlage der Übermittlung |
|----------|--------------|------------------------------|
{% for use in transfers %}
| {{ use.platform.name }} | {{ use.platform.third_country.countries | join_and }} | {{ use.platform.third_country.basis | cell }}{% if use.platform.third_country.verified %} (geprüft am {{ use.platform.third_country.verified | date_de }}){% endif %} |
{% endfor %}

Table: Übermittlungen in Drittländer

{% endif %}
{% set unknown_server = platforms | rejectattr("platform.third_country") | selectattr("operator_unknown") | list %}
{% set copied = platforms | selectattr("responsibility", "equalto", "processor") | list %}
{% set no_transfer = platforms | rejectattr("platform.third_country") | rejectattr("operator_unknown") | rejectattr("responsibility", "equalto", "processor") | list %}
{% if no_transfer %}
Bei {{ no_transfer | map(attribute="platform.name") | join_and }} ist keine Übermittlung in ein Drittland bekannt.

{% endif %}
{% for use in unknown_server %}
Bei {{ use.platform.name }} ist für ein Konto der Server nicht angegeben; ob dabei Daten in ein Drittland übermittelt werden, ist deshalb offen (offener Punkt vor der Unterschrift).

{% endfor %}
{% if copied %}
{% set copied_no = copied | rejectattr("platform.third_country") | list %}
{% if copied_no %}Bei {{ copied_no | map(attribute="platform.name") | join_and }} ist für den Server der Konten keine Übermittlung in ein Drittland bekannt. {% endif %}Öffentliche Beiträge und Antworten der Konten auf {{ copied | map(attribute="platform.name") | join_and }} werden aber an die Server der Konten übertragen, die folgen oder antworten; diese Server können auch in Drittländern stehen, und {{ the_chamber.nom }} bestimmt nicht, wo.

{% endif %}
# Fristen für die Löschung (Buchst. f)

{% if profile.retention %}
{{ profile.retention }}
{% else %}
Wie lange {{ the_chamber.nom }} Nachrichten, Kommentare und Statistiken aufbewahrt, die {{ the_chamber.pron }} selbst verarbeitet, ist noch nicht festgelegt (offener Punkt vor der Unterschrift).
{% endif %}
{% if "netiquette" in concept.present_chapters %}

Den Wortlaut eines entfernten Beitrags löscht die Redaktion, sobald er für eine Anzeige oder Beschwerde nicht mehr erforderlich ist.
{% endif %}

# Technische und organisatorische Maßnahmen (Buchst. g)

Für alle Konten gilt:

{{ (default_measures + risk.general_measures) | bullets }}

{% if risk.chosen_measures %}
Außerdem hat {{ the_chamber.nom }} diese Maßnahmen gewählt:

{% for measure in risk.chosen_measures %}
- **{{ measure.title }}:** {{ measure.description }}
{% endfor %}

{% endif %}
{% set security = concept.sections | selectattr("id", "equalto", "kontosicherheit") | list %}
{{ sicherheit.massnahmen(security | length > 0) }}

{% if security %}
Diese Regeln stehen im Kapitel „{{ security[0].title }}“ des Nutzungskonzepts.
{% endif %}

# Datenschutz-Folgenabschätzung

Für diese Verarbeitung hat {{ the_chamber.nom }} eine Datenschutz-Folgenabschätzung nach Art. 35 DSGVO vorgenommen; sie steht im Kapitel „{{ risk_title }}“ des Nutzungskonzepts (Stand {{ document.date | date_de }}). Die höchste Risikostufe liegt ohne Maßnahmen bei „{{ levels[risk.highest_before - 1] }}“ und mit den Maßnahmen bei „{{ levels[risk.highest_after - 1] }}“{% if risk.context_high_after and not risk.own_high_after %}; so hoch bleiben nur Kontextrisiken aus der eigenen Verarbeitung der Betreiber, für die {{ the_chamber.nom }} nicht verantwortlich ist{% endif %}.{% if risk.own_high_after %} Die Nummern der Risiken sind die der Tabellen im Nutzungskonzept.{% endif %}

{{ folgenabschaetzung.konsultation() }}
{% if profile.risk.dpo_opinion %}Die oder der Datenschutzbeauftragte hat am {{ profile.risk.dpo_opinion.date | date_de }} Stellung genommen.{% else %}Die Stellungnahme der oder des Datenschutzbeauftragten nach Art. 35 Abs. 2 DSGVO liegt noch nicht vor.{% endif %}{% if profile.risk.decision %} Die Entscheidung {{ the_chamber.gen }} ist am {{ profile.risk.decision.date | date_de }} gefallen ({{ profile.risk.decision.by }}).{% else %} Eine Entscheidung {{ the_chamber.gen }} über die Konten auf dieser Grundlage ist noch nicht festgehalten.{% endif +%}
"""

VERARBEITUNGSVERZEICHNIS = smkonzept.DocumentType(
    id="verarbeitungsverzeichnis",
    title="Verzeichnis von Verarbeitungstätigkeiten: Öffentlichkeitsarbeit über soziale Netzwerke",
    description="Der Eintrag der Konten im Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 Abs. 1 DSGVO.",
    template=TEMPLATE,
    order=20,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the entry in the record of processing activities as a document of the bundle."""
    register(VERARBEITUNGSVERZEICHNIS)
