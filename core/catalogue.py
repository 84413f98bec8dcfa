"""Ready-made building blocks for platform plugins: common risks and transfer bases.

Platforms score the common risks themselves; the texts stay the same everywhere, so the risk
chapter reads consistently across platforms and plugins.
"""

from __future__ import annotations

import attrs

from smkonzept.models import RiskFactor, ThirdCountryTransfer

__all__ = [
    "account_takeover_risk",
    "comments_risk",
    "third_country_risk",
    "tracking_risk",
    "usa_per_privacy_policy",
    "usa_under_dpf",
]

DPF_DECISION = "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795"


def usa_under_dpf() -> ThirdCountryTransfer:
    """Transfer to the USA to a company certified under the EU-US Data Privacy Framework."""
    return ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            "Angemessenheitsbeschluss der EU-Kommission zum EU-US-Datenschutzrahmen (Data Privacy "
            f"Framework), Durchführungsbeschluss (EU) 2023/1795 vom 10. Juli 2023 ([Amtsblatt]({DPF_DECISION})). "
            "Eine Klage dagegen hat das Gericht der EU am 3. September 2025 abgewiesen (T-553/23); "
            "das Rechtsmittel ist anhängig."
        ),
    )


def usa_per_privacy_policy(privacy_url: str) -> ThirdCountryTransfer:
    """Transfer to the USA on the bases the operator's privacy policy names (DPF or SCC)."""
    return ThirdCountryTransfer(
        countries=("USA",),
        basis=(
            f"Nach seiner [Datenschutzerklärung]({privacy_url}) stützt der Betreiber Übermittlungen "
            "in die USA auf den EU-US-Datenschutzrahmen (Data Privacy Framework) beziehungsweise "
            "auf Standardvertragsklauseln der EU-Kommission. Welche Grundlage für welche Übermittlung "
            "gilt, legt der Betreiber fest; die Kammer kann das nicht selbst prüfen."
        ),
    )


@attrs.frozen
class _CommonRisk:
    """The wording of a risk many platforms share; each platform scores it itself."""

    id: str
    title: str
    description: str
    measures: tuple[str, ...]

    def scored(self, severity: int, likelihood: int, residual_severity: int | None = None, residual_likelihood: int | None = None) -> RiskFactor:
        """This risk as a platform scores it."""
        return RiskFactor(
            id=self.id,
            title=self.title,
            description=self.description,
            measures=self.measures,
            severity=severity,
            likelihood=likelihood,
            residual_severity=residual_severity,
            residual_likelihood=residual_likelihood,
        )


_TRACKING = _CommonRisk(
    "profilbildung",
    "Auswertung des Nutzungsverhaltens durch den Betreiber",
    "Der Betreiber erfasst, wer welche Inhalte aufruft, liest und darauf reagiert, und "
    "verknüpft diese Daten mit weiteren Informationen zu Profilen, die er für Werbung und "
    "eigene Zwecke nutzt. Das kann auch Besucherinnen und Besucher ohne Konto betreffen.",
    (
        "Die Kammer schaltet keine Werbung und nutzt keine Zielgruppen-Auswertungen für personenbezogenes Targeting.",
        "Alle Inhalte stehen auch auf der Website der Kammer, ohne dass ein Konto nötig ist.",
    ),
)
_THIRD_COUNTRY = _CommonRisk(
    "drittland",
    "Übermittlung in Drittländer",
    "Daten der Nutzenden werden auch in Staaten außerhalb der Europäischen Union verarbeitet, "
    "in denen Behörden unter Umständen weiter reichende Zugriffsrechte haben als in der EU.",
    ("Die Kammer veröffentlicht dort keine personenbezogenen Daten Dritter und fordert keine an.",),
)
_COMMENTS = _CommonRisk(
    "kommentare",
    "Preisgabe persönlicher Daten in Kommentaren",
    "Wer öffentlich kommentiert, gibt Namen, Ansichten und manchmal sensible Angaben über sich "
    "oder andere preis. Beleidigende oder herabwürdigende Beiträge können Betroffenen schaden.",
    (
        "Die Redaktion prüft Kommentare werktäglich und entfernt rechtswidrige Beiträge.",
        "Individuelle Anliegen werden auf einen vertraulichen Kanal wie Telefon oder E-Mail verwiesen.",
    ),
)
_ACCOUNT_TAKEOVER = _CommonRisk(
    "kontouebernahme",
    "Übernahme des Kontos durch Unbefugte",
    "Gelangen Unbefugte an die Zugangsdaten, können sie im Namen der Kammer veröffentlichen, "
    "Nachrichten lesen oder Nutzende auf betrügerische Seiten locken.",
    ("Zugänge sind mit starken Passwörtern und Zwei-Faktor-Anmeldung geschützt und auf wenige benannte Personen beschränkt.",),
)


def tracking_risk(*, severity: int, likelihood: int, residual_likelihood: int | None = None) -> RiskFactor:
    """Profiling of visitors by the operator for advertising, also of people without an account."""
    lowered = residual_likelihood if residual_likelihood is not None else max(1, likelihood - 1)
    return _TRACKING.scored(severity, likelihood, residual_likelihood=lowered)


def third_country_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Access to data by authorities of a country outside the EU."""
    return _THIRD_COUNTRY.scored(severity, likelihood, residual_likelihood=max(1, likelihood - 1))


def comments_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Personal data that visitors or others disclose in public comments."""
    return _COMMENTS.scored(severity, likelihood, max(1, severity - 1), max(1, likelihood - 1))


def account_takeover_risk(*, severity: int, likelihood: int) -> RiskFactor:
    """Somebody takes over the chamber's account and posts in its name."""
    return _ACCOUNT_TAKEOVER.scored(severity, likelihood, residual_likelihood=1)
