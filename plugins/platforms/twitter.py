"""X (formerly Twitter), run for EU users by X Internet Unlimited Company (formerly Twitter International)."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

PRIVACY_URL = "https://x.com/privacy"
# The LfDI BW's announcement of leaving Twitter (January 2020), with the fan-page case law as its reason.
LFDI_BW_TWITTER = "https://www.baden-wuerttemberg.datenschutz.de/duerfen-behoerden-in-baden-wuerttemberg-bald-nicht-mehr-twittern/"

DPC_GROK = smkonzept.Ruling(
    date=datetime.date(2025, 4, 11),
    body="Irische Datenschutzaufsicht (Data Protection Commission)",
    reference="Untersuchung gegen X Internet Unlimited Company",
    holding="Die Aufsicht prüft, ob X öffentliche Beiträge von Nutzenden aus der EU rechtmäßig zum Training des KI-Modells Grok verarbeitet hat.",
    status="Ausgang nicht bestätigt",
    sources=("https://www.dataprotection.ie/en/news-media/press-releases",),
    verified=datetime.date(2026, 11, 25),
)

DSA_DECISION = smkonzept.Ruling(
    date=datetime.date(2025, 12, 5),
    body="Europäische Kommission",
    reference="Nichteinhaltungsbeschluss nach dem Digital Services Act",
    holding="Die Kommission verhängte gegen X eine Geldbuße von 120 Millionen Euro, weil das blaue Häkchen über die Echtheit von Konten täuscht, das Werbearchiv unvollständig ist und Forschenden der Zugang zu öffentlichen Daten erschwert wird.",
    # The Commission's own press release could not be confirmed for this build; the law firm's
    # report gives the amount in euros and the three infringements.
    sources=("https://www.pinsentmasons.com/out-law/news/european-commission-x-fine-digital-services-act-breach",),
    verified=datetime.date(2026, 11, 25),
)

X_INTERNET = smkonzept.Operator(
    name="X Internet Unlimited Company",
    address="Dublin",
    country="Irland",
    privacy_url=PRIVACY_URL,
)

X = smkonzept.Platform(
    id="twitter",
    name="X (vormals Twitter)",
    aliases=("x",),
    website="https://x.com",
    operator=X_INTERNET,
    description=(
        "X ist ein Dienst für kurze öffentliche Beiträge, der früher Twitter hieß; das für die EU "
        "zuständige Unternehmen hieß bis zum 31. März 2025 Twitter International Unlimited Company. Konten "
        "veröffentlichen Texte, Bilder, Videos und Verweise, andere Konten folgen ihnen, antworten "
        "und verbreiten Beiträge weiter. Welche Beiträge jemand angezeigt bekommt, steuert "
        "überwiegend ein Empfehlungsalgorithmus des Betreibers."
    ),
    advantages=(
        "Auf X verfolgen viele Journalistinnen und Journalisten, Verbände und politisch Tätige "
        "aktuelle Meldungen. Kurze Nachrichten lassen sich dort schnell verbreiten und von anderen "
        "aufgreifen."
    ),
    visible_without_login=False,
    interaction=(
        "Ohne Konto zeigt X höchstens einzelne Beiträge, die über einen direkten Link aufgerufen "
        "werden; Profile, Antworten und die Suche verlangen in der Regel eine Anmeldung. Antworten, "
        "Weiterverbreiten und Direktnachrichten setzen ein eigenes Konto voraus."
    ),
    default_purpose=(
        "Das Konto verbreitet eigene Meldungen und Positionen schnell an Presse, Politik und "
        "Fachpublikum. Jeder Beitrag verweist für Einzelheiten auf die eigene Website."
    ),
    default_audience=(
        "Journalistinnen und Journalisten, Entscheiderinnen und Entscheider aus Unternehmen, "
        "Verbände, Ministerien und weitere Interessenvertreter."
    ),
    default_contents=(
        "Pressemitteilungen und aktuelle Meldungen",
        "Themen aus Branchen und Branchenveranstaltungen",
        "Statistiken, Umfragen und Studien",
    ),
    joint_controller_agreement=None,
    controllership=catalogue.precautionary_joint_control(
        (
            "Ob die Rechtsprechung zu Facebook-Seiten auf Konten bei X übertragbar ist, hat kein Gericht entschieden. "
            "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg hat 2020 sein eigenes "
            "Twitter-Konto gelöscht und sich dabei auf diese Rechtsprechung berufen. "
            "Das Konzept behandelt das Erheben der Daten beim Aufruf des Kontos deshalb vorsorglich wie bei einer "
            "Facebook-Seite."
        ),
        sources=(PRIVACY_URL, LFDI_BW_TWITTER),
    ),
    rulings=(DPC_GROK, DSA_DECISION),
    third_country=catalogue.usa_per_privacy_policy(PRIVACY_URL),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=4),
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=3, likelihood=3),
        catalogue.comments_risk(severity=3, likelihood=4, handling="hide"),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
        smkonzept.RiskFactor(
            id="kontotaeuschung",
            title="Täuschung über die Echtheit von Konten",
            description=(
                "Das blaue Häkchen lässt sich kaufen, ohne dass X die Identität prüft. Gefälschte Konten "
                "können sich als die Stelle ausgeben und Nutzende auf betrügerische Seiten leiten; die "
                "Europäische Kommission hat das im Dezember 2025 beanstandet."
            ),
            severity=2,
            likelihood=3,
            measures=(
                "Die eigene Website nennt die Adressen der echten Konten, und die Redaktion meldet Konten, die sich als die Stelle ausgeben.",
            ),
            residual_likelihood=2,
        ),
    ),
    sources=(PRIVACY_URL, *DPC_GROK.sources, *DSA_DECISION.sources),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register X (formerly Twitter)."""
    register(X)
