"""Ready-made building blocks for platform plugins: common risks, transfer bases, case law and measures.

Besides the functions in ``__all__``, the module holds dated case-law entries (``WIRTSCHAFTSAKADEMIE``,
``FASHION_ID``, ``VG_KOELN_BPA`` …) and ``MEASURES``, the measures a profile can choose.

Platforms score the common risks themselves; the texts stay the same everywhere, so the risk
chapter reads consistently across platforms and plugins.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml

from smkonzept.models import Controllership, Measure, RiskFactor, Ruling, ThirdCountryTransfer

__all__ = [
    "account_takeover_risk",
    "comments_risk",
    "fanpage_joint_control",
    "precautionary_joint_control",
    "processor_server",
    "separate_controller",
    "third_country_risk",
    "tracking_risk",
    "usa_per_privacy_policy",
    "usa_under_dpf",
]

VERIFIED = datetime.date(2026, 11, 25)
DPF_DECISION = "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795"

def _data(name: str) -> Any:
    """The parsed YAML file ``name`` of the package's ``data`` folder."""
    text = (resources.files("smkonzept") / "data" / name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml's loader where PyYAML has it: same data, sooner


def _rulings() -> dict[str, Ruling]:
    """The dated case-law entries of ``data/rulings.yaml``, by their lower-case name."""
    entries: dict[str, dict[str, Any]] = _data("rulings.yaml")
    rulings = {}
    for name, entry in entries.items():
        fields: dict[str, Any] = {key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()}
        rulings[name] = Ruling(**fields)
    return rulings


_RULINGS = _rulings()
DSK_FANPAGE_PAGE = "https://datenschutzzentrum.de/artikel/1412-Kurzgutachten-zur-datenschutzrechtlichen-Konformitaet-des-Betriebs-von-Facebook-Fanpages.html"
"""The ULD page listing the DSK's fan-page opinion (version 1.1) and FAQ."""
WIRTSCHAFTSAKADEMIE = _RULINGS["wirtschaftsakademie"]
WIRTSCHAFTSAKADEMIE_BVERWG = _RULINGS["wirtschaftsakademie_bverwg"]
FASHION_ID = _RULINGS["fashion_id"]
DSK_FANPAGE_OPINION = _RULINGS["dsk_fanpage_opinion"]
BFDI_ORDER_BPA = _RULINGS["bfdi_order_bpa"]
VG_KOELN_BPA = _RULINGS["vg_koeln_bpa"]
DPF_ADEQUACY = _RULINGS["dpf_adequacy"]
DPF_GENERAL_COURT = _RULINGS["dpf_general_court"]
DPF_APPEAL = _RULINGS["dpf_appeal"]


def fanpage_joint_control(scope: str, *, extra: tuple[Ruling, ...] = ()) -> Controllership:
    """Joint controllership of a page operator and the platform as the case law on Facebook pages sets it."""
    return Controllership(
        model="joint",
        scope=scope,
        rulings=(WIRTSCHAFTSAKADEMIE, WIRTSCHAFTSAKADEMIE_BVERWG, FASHION_ID, *extra),
        sources=tuple(source for ruling in (WIRTSCHAFTSAKADEMIE, FASHION_ID) for source in ruling.sources),
        verified=VERIFIED,
    )


def precautionary_joint_control(scope: str, *, sources: tuple[str, ...] = (), extra: tuple[Ruling, ...] = ()) -> Controllership:
    """Joint controllership not settled for this platform: the concept treats the collection like a Facebook page's."""
    return Controllership(
        model="unsettled",
        scope=scope,
        rulings=(WIRTSCHAFTSAKADEMIE, FASHION_ID, *extra),
        sources=sources,
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


_RISK_TEXTS: dict[str, dict[str, Any]] = _data("risks.yaml")


def _common_risk(
    risk_id: str,
    severity: int,
    likelihood: int,
    *,
    measures: tuple[str, ...] = (),
    residual_severity: int | None = None,
    residual_likelihood: int | None = None,
) -> RiskFactor:
    """The shared risk ``risk_id`` of ``data/risks.yaml`` with a platform's scores."""
    text = _RISK_TEXTS[risk_id]
    return RiskFactor(
        id=risk_id,
        title=text["title"],
        description=text["description"],
        severity=severity,
        likelihood=likelihood,
        measures=(*measures, *text.get("measures", ())),
        processing=text["processing"],
        residual_severity=residual_severity,
        residual_likelihood=residual_likelihood,
    )


def tracking_risk(*, severity: int, likelihood: int, residual_likelihood: int | None = None) -> RiskFactor:
    """Profiling of visitors by the operator for advertising, also of people without an account."""
    return _common_risk("profilbildung", severity, likelihood, residual_likelihood=likelihood if residual_likelihood is None else residual_likelihood)


def collection_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Collecting visitors' usage data when they open the account, and the account's statistics."""
    return _common_risk("erhebung", severity, likelihood)


def third_country_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Access to data by authorities of a country outside the EU."""
    return _common_risk("drittland", severity, likelihood)


COMMENT_HANDLING = {
    "delete": ("Die Redaktion prüft Kommentare werktäglich und löscht rechtswidrige Kommentare unter den eigenen Beiträgen.", 1, 1),
    "hide": (
        "Die Redaktion prüft Antworten werktäglich und blendet rechtswidrige Antworten unter den eigenen Beiträgen aus; "
        "löschen kann sie fremde Antworten nicht, sie meldet sie dem Betreiber.",
        0,
        1,
    ),
    "report": (
        "Die Redaktion prüft Kommentare werktäglich und meldet rechtswidrige Kommentare dem Betreiber.",
        0,
        0,
    ),
    "report-federated": (
        "Die Redaktion prüft Antworten werktäglich und meldet rechtswidrige Antworten der Moderation des Servers, auf dem "
        "sie veröffentlicht wurden; selbst löschen oder ausblenden kann sie fremde Antworten nicht. Ist eine solche Antwort "
        "auch auf dem Server des eigenen Kontos gespeichert, bittet sie dessen Moderation, sie dort zu entfernen, und "
        "Löschersuchen nach Art. 17 DSGVO bearbeitet sie mit Unterstützung des Serverbetreibers.",
        0,
        0,
    ),
}
"""What an account holder can do with other people's comments: measure text, and how many steps of
severity and likelihood it takes off. ``report`` credits only reporting to the operator and claims
nothing about what else the platform allows; ``report-federated`` is for servers of a federated
network, where only the replying account's server can remove a reply (Mastodon)."""


def comments_risk(*, severity: int, likelihood: int, handling: str = "delete") -> RiskFactor:
    """Personal data that visitors or others disclose in public comments.

    ``handling`` says what the platform lets the account holder do with other people's comments:
    ``delete`` them, only ``hide`` them, or only ``report`` them (``report-federated`` on a federated
    server); only what is possible and confirmed lowers the risk.
    """
    text, less_severe, less_likely = COMMENT_HANDLING[handling]
    return _common_risk(
        "kommentare",
        severity,
        likelihood,
        measures=(text,),
        residual_severity=max(1, severity - less_severe),
        residual_likelihood=max(1, likelihood - less_likely),
    )


def account_takeover_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Somebody takes over the body's account and posts in its name."""
    return _common_risk("kontouebernahme", severity, likelihood, residual_likelihood=1)


TEXT_PLATFORMS = ("facebook", "instagram", "linkedin", "mastodon", "twitter", "xing")
"""Platforms where a post can be a short note with a link; on a video platform the video is the content."""

WEBSITE_MEASURE = Measure(
    id="website-alle-inhalte",
    title="Alle Inhalte auch auf der Website",
    description="Jeder Beitrag steht auch auf der eigenen Website, die ohne Konto abrufbar ist; niemand muss ein Netzwerk aufrufen, um ihn zu erhalten.",
    reduces={"erhebung": (0, 1), "profilbildung": (0, 1), "junge-nutzende": (0, 1)},
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
            description="Die Seiten-Statistiken (Insights) von Facebook, Instagram und LinkedIn werden weder abgerufen noch ausgewertet. Das Erheben der Daten durch den Betreiber verhindert das nicht; deshalb senkt die Maßnahme keine Risikostufe.",
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
            description="Jeder Beitrag erscheint zugleich auf einem eigenen Mastodon-Konto bei einem von einer öffentlichen Stelle betriebenen Server, der ohne Werbung und Profilbildung auskommt. Wer die Beiträge dort liest, muss das Netzwerk nicht aufrufen; das senkt die Wahrscheinlichkeit, dass dort Nutzungsdaten über sie oder ihn anfallen. Wer das Konto im Netzwerk dennoch aufruft, ist dadurch nicht geschützt.",
            reduces={"erhebung": (0, 1), "profilbildung": (0, 1)},
        ),
        Measure(
            id="spiegelung-peertube",
            title="Videos auch auf einem PeerTube-Server",
            description="Jedes Video steht zusätzlich auf einem PeerTube-Server, der ohne Werbung und Tracking abrufbar ist; die Website bettet diese Fassung ein. Wer das Video dort oder auf der Website ansieht, muss YouTube nicht aufrufen; das senkt die Wahrscheinlichkeit, dass dort Nutzungsdaten über sie oder ihn anfallen. Wer den Kanal bei YouTube dennoch aufruft, ist dadurch nicht geschützt.",
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


IMAGES_RISK = RiskFactor(
    id="bilder-dritter",
    title="Bilder und Aufnahmen Dritter",
    description=(
        "Fotos und Videos der Konten können Dritte zeigen, etwa Teilnehmende von Veranstaltungen oder Minderjährige. "
        "Einmal veröffentlicht, verarbeitet sie der Betreiber, und sie können weiterverbreitet werden."
    ),
    severity=3,
    likelihood=3,
    measures=(
        "Erkennbare Personen erscheinen nur mit ihrer ausdrücklichen Einwilligung; bei Veranstaltungen wird vorher auf "
        "Aufnahmen hingewiesen, und wer nicht eingewilligt hat, wird nicht erkennbar gezeigt.",
        "Minderjährige werden nur erkennbar gezeigt, wenn auch die Sorgeberechtigten eingewilligt haben.",
    ),
    residual_likelihood=1,
    processing="body",
    relies_on_consent=True,
)
"""Added to a platform's rows when its accounts' contents or purpose mention photos, images, videos or
recordings, the platform is a video platform (``VIDEO_PLATFORMS``), or another account's text says that
its photos or videos also appear on the platform (``images_named_for``): the body publishes them itself."""

MINORS_RISK = RiskFactor(
    id="minderjaehrige",
    title="Minderjährige im Publikum",
    description=(
        "Das Konto soll auch Minderjährige erreichen. Ihre Nutzungsdaten fallen beim Betreiber ebenso an wie die "
        "Erwachsener und können in Profile für Werbung und Empfehlungen eingehen; Minderjährige können die Folgen "
        "oft schlechter abschätzen (Erwägungsgrund 38 DSGVO)."
    ),
    severity=3,
    likelihood=3,
    measures=(
        "Beiträge fordern Minderjährige nicht auf, zu kommentieren, Nachrichten zu schicken oder Angaben über sich zu "
        "machen; für Anliegen verweisen sie auf Telefon, E-Mail und Post.",
        "Kommentare Minderjähriger mit Angaben über sich werden nicht geteilt oder hervorgehoben.",
    ),
)
"""Added to a platform's rows when one of its accounts names an audience younger than 18
(``accounts[].audience.age_min``) and the platform has no risk of its own for young users; the
measures do not lower what the operator learns, so the level stays."""

ADULT_AGE = 18

VIDEO_PLATFORMS = ("youtube", "tiktok")
"""Platforms whose posts are videos by nature."""

_IMAGES = re.compile(r"(?i)(fotos?\b|bilder|\bbild\b|videos?\b|aufzeichnung|aufnahmen?\b|\bfilme?\b)")


_MINORS = re.compile(r"(?i)(schüler|jugendlich|minderjährig|\bkinder|\bazubi|auszubildend|alle[rn]? altersgruppen)")


def addresses_minors(text: str) -> bool:
    """True when an account's audience or purpose ``text`` names a group that includes minors (pupils, young people, apprentices)."""
    return bool(_MINORS.search(text))


def publishes_images(platform_id: str, texts: Iterable[str]) -> bool:
    """True when an account on ``platform_id`` publishes photos or videos, judged from its texts."""
    return platform_id in VIDEO_PLATFORMS or any(_IMAGES.search(text) for text in texts)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def images_named_for(platform_name: str, texts: Iterable[str]) -> bool:
    """True when a sentence of ``texts`` (any account's purpose or contents) speaks of photos or videos and
    names ``platform_name``, e.g. a video channel whose purpose says the same videos also run there."""
    name = re.compile(rf"(?<!\w){re.escape(platform_name)}(?!\w)")
    return any(_IMAGES.search(sentence) and name.search(sentence) for text in texts for sentence in _SENTENCE_END.split(text))

