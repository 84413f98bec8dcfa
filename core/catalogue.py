"""Ready-made building blocks for platform plugins: common risks, transfer bases, case law and measures.

Besides the functions in ``__all__``, the module holds dated case-law entries (``WIRTSCHAFTSAKADEMIE``,
``FASHION_ID``, ``VG_KOELN_BPA`` …) and ``MEASURES``, the measures a profile can choose.

Platforms score the common risks themselves; the texts stay the same everywhere, so the risk
chapter reads consistently across platforms and plugins.
"""

from __future__ import annotations

import datetime

from smkonzept.models import Controllership, Measure, RiskFactor, Ruling, ThirdCountryTransfer

__all__ = [
    "account_takeover_risk",
    "comments_risk",
    "fanpage_joint_control",
    "processor_server",
    "separate_controller",
    "third_country_risk",
    "tracking_risk",
    "usa_per_privacy_policy",
    "usa_under_dpf",
]

VERIFIED = datetime.date(2026, 11, 25)
DPF_DECISION = "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795"

WIRTSCHAFTSAKADEMIE = Ruling(
    date=datetime.date(2018, 6, 5),
    body="Europäischer Gerichtshof",
    reference="C-210/16 (Wirtschaftsakademie Schleswig-Holstein)",
    holding="Wer eine Facebook-Seite betreibt, ist für die Erhebung der Daten ihrer Besucherinnen und Besucher gemeinsam mit dem Betreiber des Netzwerks verantwortlich.",
    sources=("https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62016CJ0210",),
    verified=VERIFIED,
)
WIRTSCHAFTSAKADEMIE_BVERWG = Ruling(
    date=datetime.date(2019, 9, 11),
    body="Bundesverwaltungsgericht",
    reference="6 C 15.18",
    holding="Die Aufsichtsbehörde darf den Betrieb einer Facebook-Seite gegenüber dem Seitenbetreiber untersagen, wenn die Verarbeitung auf der Seite rechtswidrig ist.",
    sources=("https://www.bverwg.de/110919U6C15.18.0",),
    verified=VERIFIED,
)
FASHION_ID = Ruling(
    date=datetime.date(2019, 7, 29),
    body="Europäischer Gerichtshof",
    reference="C-40/17 (Fashion ID)",
    holding="Die gemeinsame Verantwortung reicht nur so weit, wie über Zwecke und Mittel gemeinsam entschieden wird, in der Regel also bis zum Erheben und Übermitteln der Daten, nicht auf ihre spätere Verwendung durch den Plattformbetreiber.",
    sources=("https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62017CJ0040",),
    verified=VERIFIED,
)
DSK_FANPAGE_PAGE = (
    "https://datenschutzzentrum.de/artikel/1412-Kurzgutachten-zur-datenschutzrechtlichen-Konformitaet-des-Betriebs-von-Facebook-Fanpages.html"
)
DSK_FANPAGE_OPINION = Ruling(
    date=datetime.date(2022, 11, 10),
    body="Datenschutzkonferenz (DSK)",
    reference="Kurzgutachten zur datenschutzrechtlichen Konformität des Betriebs von Facebook-Fanpages (Fassung 1.1 vom 10. November 2022; erste Fassung vom 18. März 2022) und FAQ vom 22. Juni 2022",
    holding="Eine öffentliche Stelle muss nachweisen können, dass sie ihre Facebook-Seite rechtmäßig betreibt; kann sie das nicht, soll sie die Seite abschalten.",
    # The ULD page lists version 1.1 of 10 November 2022 and the FAQ of 22 June 2022; their direct
    # addresses on datenschutzkonferenz-online.de could not be confirmed, so the link goes to that list.
    sources=(
        DSK_FANPAGE_PAGE,
        "https://www.datenschutzkonferenz-online.de/media/weitere_dokumente/DSK_Kurzgutachten_Facebook-Fanpages_V1_18.03.2022.pdf",
        "https://www.luther-lawfirm.com/newsroom/blog/detail/vg-koeln-facebook-fanpage-der-bundesregierung-bleibt-vorerst-erlaubt",
    ),
    verified=VERIFIED,
)
BFDI_ORDER_BPA = Ruling(
    date=datetime.date(2023, 2, 17),
    body="Bundesbeauftragter für den Datenschutz und die Informationsfreiheit",
    reference="Bescheid gegen das Presse- und Informationsamt der Bundesregierung",
    holding="Der BfDI untersagte dem Bundespresseamt den Betrieb seiner Facebook-Seite, weil es gemeinsam mit Meta für die Cookies der Seite verantwortlich sei und keine wirksame Einwilligung vorliege.",
    status="vom VG Köln aufgehoben (17. Juli 2025, 13 K 1419/23)",
    sources=(
        "https://www.vg-koeln.nrw.de/behoerde/presse/Pressemitteilungen/08_22072025/index.php",
        "https://www.luther-lawfirm.com/newsroom/blog/detail/vg-koeln-facebook-fanpage-der-bundesregierung-bleibt-vorerst-erlaubt",
    ),
    verified=VERIFIED,
)
VG_KOELN_BPA = Ruling(
    date=datetime.date(2025, 7, 17),
    body="Verwaltungsgericht Köln",
    reference="13 K 1419/23",
    holding="Für das Setzen und Auslesen von Cookies beim Besuch der Facebook-Seite des Bundespresseamts ist allein Meta verantwortlich; das bloße Betreiben der Seite begründet insoweit keine gemeinsame Verantwortlichkeit.",
    status="nicht rechtskräftig; die BfDI hat Berufung zum Oberverwaltungsgericht Nordrhein-Westfalen eingelegt",
    sources=(
        "https://www.vg-koeln.nrw.de/behoerde/presse/Pressemitteilungen/08_22072025/index.php",
        "https://www.ra-schuetzle.de/aktuelles/aktuelles-detail/vg-koeln-bundesregierung-darf-facebook-fanpage-behalten-bundesdatenschutzbeauftragte-legte-berufung-ein",
    ),
    verified=VERIFIED,
)
DPF_ADEQUACY = Ruling(
    date=datetime.date(2023, 7, 10),
    body="Europäische Kommission",
    reference="Durchführungsbeschluss (EU) 2023/1795 (EU-US-Datenschutzrahmen)",
    holding="Für Unternehmen in den USA, die sich nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) zertifiziert haben, besteht ein angemessenes Schutzniveau.",
    sources=(DPF_DECISION,),
    verified=VERIFIED,
)
DPF_GENERAL_COURT = Ruling(
    date=datetime.date(2025, 9, 3),
    body="Gericht der Europäischen Union",
    reference="T-553/23 (Latombe/Kommission)",
    holding="Die Klage gegen den Angemessenheitsbeschluss zum EU-US-Datenschutzrahmen wurde abgewiesen.",
    status="Rechtsmittel beim Europäischen Gerichtshof anhängig (C-703/25 P)",
    sources=("https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62023TJ0553",),
    verified=VERIFIED,
)
DPF_APPEAL = Ruling(
    date=datetime.date(2025, 10, 31),
    body="Rechtsmittel von Philippe Latombe (eingelegt)",
    reference="C-703/25 P",
    holding="Gegen das Urteil T-553/23 ist beim Europäischen Gerichtshof ein Rechtsmittel anhängig; entschieden ist darüber noch nicht.",
    status="anhängig",
    sources=("https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=OJ:C_202506610",),
    verified=VERIFIED,
)


def fanpage_joint_control(scope: str, *, extra: tuple[Ruling, ...] = ()) -> Controllership:
    """Joint controllership of a page operator and the platform as the case law on Facebook pages sets it."""
    return Controllership(
        model="joint",
        scope=scope,
        rulings=(WIRTSCHAFTSAKADEMIE, WIRTSCHAFTSAKADEMIE_BVERWG, FASHION_ID, *extra),
        sources=tuple(source for ruling in (WIRTSCHAFTSAKADEMIE, FASHION_ID) for source in ruling.sources),
        verified=VERIFIED,
    )


def separate_controller(scope: str, *, sources: tuple[str, ...] = ()) -> Controllership:
    """The operator is a controller of its own; no joint controllership has been established."""
    return Controllership(model="separate", scope=scope, sources=sources, verified=VERIFIED)


def processor_server(scope: str, *, sources: tuple[str, ...] = ()) -> Controllership:
    """A server whose operator processes the account holder's data on its behalf (Art. 28 DSGVO)."""
    return Controllership(model="processor", scope=scope, sources=sources, verified=VERIFIED)


def usa_under_dpf() -> ThirdCountryTransfer:
    """Transfer to the USA to a company certified under the EU-US Data Privacy Framework."""
    return ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            "Angemessenheitsbeschluss der EU-Kommission zum EU-US-Datenschutzrahmen (Data Privacy "
            f"Framework), Durchführungsbeschluss (EU) 2023/1795 vom 10. Juli 2023 ([Amtsblatt]({DPF_DECISION}))."
        ),
        mechanism="adequacy",
        rulings=(DPF_ADEQUACY, DPF_GENERAL_COURT, DPF_APPEAL),
        sources=(DPF_DECISION, *DPF_GENERAL_COURT.sources, *DPF_APPEAL.sources),
        verified=VERIFIED,
    )


def usa_per_privacy_policy(privacy_url: str) -> ThirdCountryTransfer:
    """Transfer to the USA whose basis the operator names in its privacy policy but was not confirmed."""
    return ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            f"Welche Grundlage der Betreiber für Übermittlungen in die USA nutzt, nennt seine "
            f"[Datenschutzerklärung]({privacy_url}). Eine Zertifizierung des Unternehmens nach dem "
            "EU-US-Datenschutzrahmen (Data Privacy Framework) ist für dieses Konzept nicht bestätigt; "
            "das Konzept nennt deshalb keine bestimmte Grundlage."
        ),
        mechanism="unverified",
        sources=(privacy_url,),
        verified=VERIFIED,
    )


def tracking_risk(*, severity: int, likelihood: int, residual_likelihood: int | None = None) -> RiskFactor:
    """Profiling of visitors by the operator for advertising, also of people without an account."""
    return RiskFactor(
        id="profilbildung",
        title="Auswertung des Nutzungsverhaltens durch den Betreiber",
        description=(
            "Der Betreiber erfasst, wer welche Inhalte aufruft, liest und darauf reagiert, und "
            "verknüpft diese Daten mit weiteren Informationen zu Profilen, die er für Werbung und "
            "eigene Zwecke nutzt. Das kann auch Besucherinnen und Besucher ohne Konto betreffen."
        ),
        severity=severity,
        likelihood=likelihood,
        measures=("Über das Konto wird keine bezahlte Werbung geschaltet; Zielgruppen-Auswertungen dienen nicht dem personenbezogenen Targeting.",),
        residual_likelihood=residual_likelihood if residual_likelihood is not None else likelihood,
    )


def collection_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Collecting visitors' usage data when they open the account, and the account's statistics."""
    return RiskFactor(
        id="erhebung",
        title="Erhebung von Nutzungsdaten beim Aufruf des Kontos",
        description=(
            "Wer das Konto oder seine Beiträge aufruft, dessen Nutzungsdaten erhebt der Betreiber, etwa "
            "über Cookies und Gerätekennungen, und bildet daraus auch Statistiken über die Besucherinnen "
            "und Besucher des Kontos. Das kann Menschen ohne eigenes Konto betreffen."
        ),
        severity=severity,
        likelihood=likelihood,
        processing="collection",
    )


def third_country_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Access to data by authorities of a country outside the EU."""
    return RiskFactor(
        id="drittland",
        title="Übermittlung in Drittländer",
        description=(
            "Daten der Nutzenden werden auch in Staaten außerhalb der Europäischen Union verarbeitet, "
            "in denen Behörden unter Umständen weiter reichende Zugriffsrechte haben als in der EU."
        ),
        severity=severity,
        likelihood=likelihood,
    )


COMMENT_HANDLING = {
    "delete": ("Die Redaktion prüft Kommentare werktäglich und löscht rechtswidrige Kommentare unter den eigenen Beiträgen.", 1, 1),
    "hide": (
        "Die Redaktion prüft Antworten werktäglich und blendet rechtswidrige Antworten unter den eigenen Beiträgen aus; "
        "löschen kann sie fremde Antworten nicht, sie meldet sie dem Betreiber.",
        0,
        1,
    ),
    "report": (
        "Die Redaktion prüft Antworten werktäglich und meldet rechtswidrige Antworten dem Betreiber oder der Moderation "
        "des Servers, auf dem sie veröffentlicht wurden; löschen oder ausblenden kann sie fremde Antworten nicht.",
        0,
        0,
    ),
}
"""What an account holder can do with other people's comments: measure text, and how many steps of
severity and likelihood it takes off."""


def comments_risk(*, severity: int, likelihood: int, handling: str = "delete") -> RiskFactor:
    """Personal data that visitors or others disclose in public comments.

    ``handling`` says what the platform lets the account holder do with other people's comments:
    ``delete`` them, only ``hide`` them, or only ``report`` them; only what is possible lowers the risk.
    """
    text, less_severe, less_likely = COMMENT_HANDLING[handling]
    return RiskFactor(
        id="kommentare",
        title="Preisgabe persönlicher Daten in Kommentaren",
        description=(
            "Wer öffentlich kommentiert, gibt Namen, Ansichten und manchmal sensible Angaben über sich "
            "oder andere preis. Beleidigende oder herabwürdigende Beiträge können Betroffenen schaden."
        ),
        severity=severity,
        likelihood=likelihood,
        measures=(
            text,
            "Für vertrauliche oder persönliche Anliegen weist die Redaktion auf Telefon, E-Mail oder Post hin, statt sie im Netzwerk zu besprechen.",
        ),
        residual_severity=max(1, severity - less_severe),
        residual_likelihood=max(1, likelihood - less_likely),
        processing="body",
    )


def account_takeover_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Somebody takes over the chamber's account and posts in its name."""
    return RiskFactor(
        id="kontouebernahme",
        title="Übernahme des Kontos durch Unbefugte",
        description=(
            "Gelangen Unbefugte an die Zugangsdaten, können sie über das Konto veröffentlichen, "
            "Nachrichten lesen oder Nutzende auf betrügerische Seiten locken."
        ),
        severity=severity,
        likelihood=likelihood,
        measures=(
            "Zugänge sind mit starken Passwörtern und Zwei-Faktor-Anmeldung geschützt und auf wenige benannte Personen beschränkt.",
        ),
        residual_likelihood=1,
        processing="body",
    )


TEXT_PLATFORMS = ("facebook", "instagram", "linkedin", "mastodon", "twitter", "xing")
"""Platforms where a post can be a short note with a link; on a video platform the video is the content."""

WEBSITE_MEASURE = Measure(
    id="website-alle-inhalte",
    title="Alle Inhalte auch auf der Website",
    description="Jeder Beitrag steht auch auf der eigenen Website, die ohne Konto abrufbar ist; niemand muss ein Netzwerk aufrufen, um ihn zu erhalten.",
    reduces={"erhebung": (0, 1), "profilbildung": (0, 1)},
)
"""Credited only when the profile says ``alternatives.all_content_on_website: true``: fewer people need
to open the network. It does not lower third-country risks, because the operator's transfers go on
for everyone who uses the network."""

MEASURES = {
    measure.id: measure
    for measure in (
        Measure(
            id="insights-aus",
            title="Keine Seiten-Statistiken",
            description="Die Seiten-Statistiken (Insights) werden weder abgerufen noch ausgewertet; Reichweite wird nur auf der eigenen Website gezählt. Das Erheben der Daten durch den Betreiber verhindert das nicht; deshalb senkt die Maßnahme keine Risikostufe.",
            reduces={},
            platforms=("facebook", "instagram", "linkedin"),
        ),
        Measure(
            id="link-zuerst",
            title="Beiträge verweisen auf die Website",
            description="Beiträge bestehen aus einem kurzen Hinweis und einem Link; die vollständige Information steht nur auf der eigenen Website.",
            reduces={"erhebung": (0, 1), "kommentare": (0, 1)},
            platforms=TEXT_PLATFORMS,
        ),
        Measure(
            id="spiegelung-mastodon",
            title="Alle Beiträge auch auf einem öffentlichen Mastodon-Server",
            description="Jeder Beitrag erscheint zugleich auf einem eigenen Mastodon-Konto bei einem von einer öffentlichen Stelle betriebenen Server, der ohne Werbung und Profilbildung auskommt.",
            reduces={"erhebung": (0, 1), "profilbildung": (0, 1)},
        ),
        Measure(
            id="spiegelung-peertube",
            title="Videos auch auf einem PeerTube-Server",
            description="Jedes Video steht zusätzlich auf einem PeerTube-Server, der ohne Werbung und Tracking abrufbar ist; die Website bettet diese Fassung ein.",
            reduces={"erhebung": (0, 1), "profilbildung": (0, 1)},
            platforms=("youtube",),
        ),
        Measure(
            id="kommentare-eingeschraenkt",
            title="Kommentare eingeschränkt",
            description="Kommentare werden eingeschränkt, soweit die Plattform es erlaubt; für Anliegen wird auf Telefon, E-Mail und Post verwiesen.",
            reduces={"kommentare": (1, 1)},
        ),
    )
}
"""Measures a profile can choose in ``risk.chosen_measures``, by id, with the risks each lowers."""
