"""TikTok, run for users in the EEA by TikTok Technology Ltd. (Ireland).

An example of an outside platform plugin: it imports nothing but the public ``smkonzept`` API.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import smkonzept
from smkonzept import catalogue

__all__ = ["TIKTOK", "register_platforms"]

PRIVACY_POLICY = "https://www.tiktok.com/legal/page/eea/privacy-policy/de"
IRISH_DPC = "https://www.dataprotection.ie/en/news-media/latest-news"

TIKTOK_TECHNOLOGY = smkonzept.Operator(
    name="TikTok Technology Ltd.",
    address="Dublin",
    country="Irland",
    privacy_url=PRIVACY_POLICY,
)

MINORS_RISK = smkonzept.RiskFactor(
    id="junge-nutzende",
    title="Auswertung des Verhaltens junger Nutzender",
    description=(
        "Ein großer Teil des Publikums ist jung, darunter auch Minderjährige. Der Betreiber wertet "
        "aus, welche Videos jemand wie lange ansieht, und stellt daraus den persönlichen Feed "
        "zusammen. Wer Inhalte der Kammer ansieht, gibt damit auch diese Nutzungsdaten preis."
    ),
    severity=3,
    likelihood=3,
    measures=(
        "Die Kammer richtet ihre Beiträge nicht gezielt an Kinder und schaltet keine Werbung.",
        "Informationen zu Ausbildung und Berufsorientierung stehen vollständig auch auf der Website der Kammer.",
    ),
    residual_likelihood=2,
)

TIKTOK = smkonzept.Platform(
    id="tiktok",
    name="TikTok",
    website="https://www.tiktok.com",
    operator=TIKTOK_TECHNOLOGY,
    description=(
        "TikTok ist eine Plattform für kurze, meist hochkant gedrehte Videos. Was jemand zu sehen "
        "bekommt, wählt vor allem ein Empfehlungsverfahren des Betreibers aus, das sich am bisherigen "
        "Sehverhalten orientiert; Beiträge erreichen so auch Menschen, die dem Konto nicht folgen."
    ),
    advantages=(
        "TikTok erreicht besonders Jugendliche und junge Erwachsene, die andere Kanäle der Kammer "
        "kaum nutzen. Für die Berufsorientierung und die Gewinnung von Auszubildenden ist die "
        "Plattform deshalb ein wichtiger Ort."
    ),
    visible_without_login=True,
    interaction=(
        "Öffentliche Videos lassen sich im Browser auch ohne Konto ansehen; TikTok fordert dabei "
        "wiederholt zur Anmeldung oder zur Installation der App auf. Wer kommentieren, Videos "
        "speichern oder eine Nachricht schreiben will, braucht ein eigenes Konto."
    ),
    default_purpose=(
        "Das Konto zeigt jungen Menschen in kurzen Videos, welche Ausbildungsberufe es in der Region "
        "gibt und wie die Kammer sie auf dem Weg in den Beruf unterstützt. Es verweist für alle "
        "Einzelheiten auf die Website der Kammer."
    ),
    default_audience=(
        "Schülerinnen und Schüler in der Berufsorientierung, Auszubildende und junge Erwachsene, "
        "vor allem im Alter zwischen 14 und 25 Jahren."
    ),
    default_contents=(
        "Kurze Einblicke in Ausbildungsberufe und Betriebe der Region",
        "Hinweise auf Ausbildungsmessen, Praktikumsbörsen und Beratungsangebote",
        "Tipps zu Bewerbung und Prüfungsvorbereitung",
    ),
    joint_controller_agreement=None,
    third_country=smkonzept.ThirdCountryTransfer(
        countries=("China", "Singapur", "USA"),
        basis=(
            "Für China und Singapur gibt es keinen Angemessenheitsbeschluss der EU-Kommission; "
            "eine Übermittlung ist dorthin nur mit geeigneten Garantien nach Art. 46 DSGVO zulässig. "
            "Die irische Datenschutzkommission (Data Protection Commission) hat im Mai 2025 gegen "
            "TikTok ein Bußgeld von 530 Millionen Euro verhängt, weil Daten europäischer Nutzender "
            "nach China übermittelt wurden, ohne dass ein gleichwertiger Schutz sichergestellt war."
        ),
    ),
    risk_factors=(
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=4, likelihood=3),
        MINORS_RISK,
        catalogue.comments_risk(severity=2, likelihood=3),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(PRIVACY_POLICY, IRISH_DPC),
    verified=datetime.date(2026, 11, 23),
)


@smkonzept.hookimpl
def register_platforms(register: Callable[[smkonzept.Platform], None]) -> None:
    """Register TikTok."""
    register(TIKTOK)
