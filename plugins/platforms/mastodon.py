"""Mastodon, a decentralised service: the responsibility model depends on the account's server."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

LFDI_TERMS = "https://www.baden-wuerttemberg.datenschutz.de/mastodon-nutzungsbedingungen/"

MASTODON_GGMBH = smkonzept.Operator(
    name="Mastodon gGmbH",
    address="Mühlenstraße 8a, 14167 Berlin",
    country="Deutschland",
    privacy_url="https://mastodon.social/terms",
    controllership=smkonzept.Controllership(
        model="separate",
        scope=(
            "Auf mastodon.social ist die Mastodon gGmbH für den Betrieb des Servers selbst verantwortlich; "
            "eine gemeinsame Verantwortlichkeit mit der Stelle, die ein Konto führt, ist nicht festgestellt. "
            "Die Stelle verantwortet ihre Beiträge und was sie selbst verarbeitet."
        ),
        sources=("https://mastodon.social/terms",),
        verified=datetime.date(2026, 11, 25),
    ),
)

# The role of the BfDI for other bodies' accounts on social.bund.de is not confirmed: its own pages
# (bfdi.bund.de/DE/Meta/Mastodon/Datenschutz.html) describe only its own account, and the terms for
# other bodies are in no stored source (research/laws/bund.yaml: controller_model null). Do not copy
# the bawü.social model here (review 16, A2).
BFDI = smkonzept.Operator(
    name="Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
    address="Graurheindorfer Straße 153, 53117 Bonn",
    country="Deutschland",
    privacy_url="https://social.bund.de/privacy-policy",
    controllership=smkonzept.Controllership(
        model="processor",
        confirmed=False,
        scope=(
            "Die Stelle, die auf social.bund.de ein Konto führt, ist für dieses Konto verantwortlich. Ob die BfDI "
            "den Server dabei als Auftragsverarbeiterin nach Art. 28 DSGVO betreibt, ist nicht bestätigt: Ihre "
            "eigenen Seiten beschreiben nur ihr eigenes Konto, und Nutzungsbedingungen für andere Stellen lagen "
            "nicht vor. Die Stelle klärt die Rolle vor der Nutzung mit der BfDI."
        ),
        sources=("https://www.bfdi.bund.de/DE/Meta/Mastodon/Datenschutz.html", "https://social.bund.de/privacy-policy"),
        verified=datetime.date(2026, 11, 25),
    ),
)

LFDI_BW = smkonzept.Operator(
    name="Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    address="Postfach 10 29 32, 70025 Stuttgart",
    country="Deutschland",
    privacy_url="https://bawü.social/privacy-policy",
    controllership=smkonzept.Controllership(
        model="processor",
        scope=(
            "Nach den Nutzungsbedingungen von bawü.social ist die öffentliche Stelle, die ein Konto führt, "
            "dessen Verantwortliche; der LfDI betreibt den Server als ihr Auftragsverarbeiter („Der LfDI BaWü "
            "fungiert dabei als Auftragsverarbeiter im Sinne von Art. 28“). Dafür ist eine "
            "Vereinbarung nach Art. 28 DSGVO nötig, und die Stelle veröffentlicht eigene Datenschutzhinweise "
            "für das Konto. Nach den Nutzungsbedingungen können öffentliche Stellen in Baden-Württemberg nach Zulassung "
            "durch den LfDI ein Konto einrichten; einen Anspruch darauf gibt es nicht. Nach der Mitteilung des LfDI "
            "zum Start des Servers gehören Industrie- und Handelskammern zu diesen Stellen."
        ),
        sources=(LFDI_TERMS, "https://www.baden-wuerttemberg.datenschutz.de/?p=233503", "https://bawü.social/privacy-policy"),
        verified=datetime.date(2026, 11, 25),
    ),
)

# social.sachsen.de is run by the Saxon data protection authority itself (privacy notice of the server,
# as of 27 November 2023). The notice's visitor address differs from the authority's current website,
# so only the postal address both give is used.
SACHSEN = smkonzept.Operator(
    name="Die Sächsische Datenschutz- und Transparenzbeauftragte",
    address="Postfach 11 01 32, 01330 Dresden",
    country="Deutschland",
    privacy_url="https://social.sachsen.de/privacy-policy",
)

# Keys are host names as the core looks them up: lower-cased and IDNA-encoded
# ("bawü.social" is "xn--baw-joa.social").
KNOWN_OPERATORS = {
    "mastodon.social": MASTODON_GGMBH,
    "social.bund.de": BFDI,
    "xn--baw-joa.social": LFDI_BW,
    "social.sachsen.de": SACHSEN,
}

FEDERATION_RISK = smkonzept.RiskFactor(
    id="foederation",
    title="Kopien öffentlicher Beiträge auf fremden Servern",
    description=(
        "Öffentliche Beiträge, Antworten und Profilangaben werden an die Server aller Konten "
        "übertragen, die folgen oder antworten, und dort gespeichert. Wird ein Beitrag gelöscht, "
        "bittet der eigene Server die anderen Server um Löschung; ob sie dem nachkommen, kann weder "
        "die Stelle, die das Konto führt, noch der Betreiber ihres Servers sicherstellen. Das betrifft "
        "auch persönliche Angaben, die Dritte in Antworten auf eigene Beiträge machen."
    ),
    severity=2,
    likelihood=3,
    measures=(
        "Die Redaktion veröffentlicht personenbezogene Daten Dritter nur mit deren Einwilligung und prüft jeden Beitrag vor dem Absenden.",
        "Die Datenschutzhinweise des Kontos weisen darauf hin, dass sich öffentliche Beiträge auf anderen Servern nicht zuverlässig löschen lassen.",
    ),
    residual_likelihood=2,
    processing="body",
    relies_on_consent=True,
)

MASTODON = smkonzept.Platform(
    id="mastodon",
    name="Mastodon",
    website="https://joinmastodon.org",
    operator=MASTODON_GGMBH,
    description=(
        "Mastodon ist ein dezentraler Dienst für Kurznachrichten. Es gibt keinen zentralen Anbieter: "
        "Viele unabhängig betriebene Server tauschen Beiträge untereinander aus, sodass Konten auf "
        "verschiedenen Servern einander folgen und antworten können. Wer für die Daten eines Kontos "
        "verantwortlich ist, hängt vom Server und seinen Nutzungsbedingungen ab. Für öffentliche "
        "Stellen betreiben unter anderem die Bundesbeauftragte für den Datenschutz und die "
        "Informationsfreiheit (social.bund.de) "
        "und der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg "
        "(bawü.social) eigene Server."
    ),
    advantages=(
        "Die Mastodon-Software blendet weder Werbung ein noch wertet sie das Verhalten der Lesenden "
        "für Werbezwecke aus. Wo die Daten liegen, hängt vom Server ab: bawü.social etwa steht nach "
        "den Nutzungsbedingungen des LfDI in Deutschland. Öffentliche Beiträge werden allerdings an "
        "andere Server im In- und Ausland weitergegeben, deren Betreiber nicht bekannt sind."
    ),
    visible_without_login=True,
    federated=True,
    interaction=(
        "Öffentliche Beiträge lassen sich im Browser ohne Konto lesen und als RSS-Feed abonnieren. "
        "Wer antworten, Beiträge teilen, favorisieren oder eine Direktnachricht senden will, braucht "
        "ein Konto auf einem beliebigen Mastodon-Server oder einem anderen Dienst, der mit ihm "
        "Beiträge austauscht."
    ),
    default_purpose=(
        "Das Konto verbreitet eigene Meldungen auf einem Kanal ohne Werbung und ohne "
        "Profilbildung durch einen kommerziellen Anbieter. Es erreicht vor allem Fachpublikum, "
        "Presse und andere öffentliche Stellen und führt zu den ausführlichen Informationen auf "
        "der eigenen Website."
    ),
    default_audience=(
        "Journalistinnen und Journalisten, Fachleute, Verbände, andere öffentliche Stellen sowie "
        "interessierte Bürgerinnen und Bürger."
    ),
    default_contents=(
        "Pressemitteilungen und aktuelle Meldungen",
        "Eigene Positionen zu aktuellen Fragen",
        "Hinweise auf Veranstaltungen und Termine",
        "Zahlen, Umfragen und Studien zur regionalen Wirtschaft",
    ),
    joint_controller_agreement=None,
    third_country=None,
    risk_factors=(
        catalogue.comments_risk(severity=2, likelihood=2, handling="report-federated"),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
        FEDERATION_RISK,
    ),
    known_operators=KNOWN_OPERATORS,
    controllership=None,
    sources=(
        LFDI_TERMS,
        "https://social.bund.de/about",
        "https://mastodon.social/terms",
        "https://social.bund.de/privacy-policy",
        "https://bawü.social/privacy-policy",
        "https://social.sachsen.de/privacy-policy",
        "https://www.baden-wuerttemberg.datenschutz.de/lfdi-richtlinie-behoerden-socialmedia/",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register Mastodon."""
    register(MASTODON)
