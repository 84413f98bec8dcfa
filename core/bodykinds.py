"""The kinds of public body a concept is written for (``chamber.kind``) and the words that fit each.

The table is data, not a plugin hook: the kinds are fixed by the profile format, and every
template needs the same few words for whichever kind a profile names. A chamber informs its
members; a city its residents; a university its students and the public. Templates take these
words from here, so a city's concept never speaks of "Mitgliedsbetriebe" or a "Kammerbezirk".

Mandate texts name no pronoun for the body, so they read right whatever the grammatical gender
of the body's short name. The state's own norm for a kind (municipal code, higher-education act)
comes from the law plugin (``Law.mandates``); a body whose task norm no general law names gives it
in ``chamber.mandate``.
"""

from __future__ import annotations

import attrs

__all__ = ["BODY_KINDS", "BodyKind", "body_kind"]

BVERFG_PUBLIC_RELATIONS = (
    "Öffentlichkeitsarbeit staatlicher Stellen ist verfassungsrechtlich anerkannt; sie findet ihre Grenze, "
    "wo Wahlwerbung beginnt, und verlangt parteipolitische Neutralität (Bundesverfassungsgericht, Urteil vom "
    "2. März 1977, 2 BvE 1/76, BVerfGE 44, 125)."
)


@attrs.frozen(kw_only=True)
class BodyKind:
    """One kind of public body and the wording that fits it.

    :param id: the value of ``chamber.kind``
    :param label: what the kind is called, e.g. "Industrie- und Handelskammer"
    :param chamber: whether chamber vocabulary (members, "Kammerbezirk") fits the body
    :param federal: whether the body is a federal body, to which the BDSG applies; otherwise the
        state law of its seat
    :param legal_form: the rest of the sentence "<Name> …" that states the legal form, or empty
    :param mandate: the general statutory mandate for public relations, without pronouns (Markdown)
    :param own_mandate_needed: whether the body must name its own task norm in ``chamber.mandate``
    :param publics: whom the body informs about its work, for running text
    :param target_groups: the body's target groups, for the necessity chapter
    """

    id: str
    label: str
    chamber: bool = False
    federal: bool = False
    legal_form: str = ""
    mandate: str = ""
    own_mandate_needed: bool = False
    publics: str
    target_groups: str


BODY_KINDS: dict[str, BodyKind] = {
    kind.id: kind
    for kind in (
        BodyKind(
            id="ihk",
            label="Industrie- und Handelskammer",
            chamber=True,
            legal_form="ist eine Körperschaft des öffentlichen Rechts (§ 3 Abs. 1 IHKG).",
            mandate=(
                "Nach § 1 Abs. 1 des Gesetzes zur vorläufigen Regelung des Rechts der Industrie- und Handelskammern "
                "(IHKG) nimmt eine Industrie- und Handelskammer das Gesamtinteresse der Gewerbetreibenden ihres "
                "Bezirks wahr, fördert die gewerbliche Wirtschaft und berücksichtigt dabei die Belange einzelner "
                "Branchen und Betriebe abwägend und ausgleichend."
            ),
            publics="die Mitglieder und die Öffentlichkeit",
            target_groups=(
                "Gründerinnen und Gründer, Inhaberinnen und Inhaber etablierter Betriebe, Fachkräfte, Jugendliche "
                "vor der Berufswahl und Auszubildende"
            ),
        ),
        BodyKind(
            id="hwk",
            label="Handwerkskammer",
            chamber=True,
            legal_form="ist eine Körperschaft des öffentlichen Rechts (§ 90 Abs. 1 HwO).",
            mandate=(
                "Nach § 91 Abs. 1 der Handwerksordnung (HwO) fördert eine Handwerkskammer die Interessen des "
                "Handwerks, unterstützt die Behörden durch Anregungen, Vorschläge und Gutachten und berichtet "
                "regelmäßig über die Verhältnisse des Handwerks; zu ihren Aufgaben gehört auch die Berufsausbildung."
            ),
            publics="die Mitglieder und die Öffentlichkeit",
            target_groups=(
                "Inhaberinnen und Inhaber von Handwerksbetrieben, Gesellinnen und Gesellen, Jugendliche vor der "
                "Berufswahl und Auszubildende"
            ),
        ),
        BodyKind(
            id="kommune",
            label="Gemeinde oder Stadt",
            mandate=(
                "Nach Art. 28 Abs. 2 Satz 1 des Grundgesetzes regeln die Gemeinden alle Angelegenheiten der "
                "örtlichen Gemeinschaft im Rahmen der Gesetze in eigener Verantwortung."
            ),
            publics="die Einwohnerinnen und Einwohner, örtliche Unternehmen und Vereine sowie Gäste",
            target_groups=(
                "junge Menschen, Familien, Seniorinnen und Senioren, Vereine, örtliche Unternehmen, "
                "Neubürgerinnen und Neubürger sowie Gäste"
            ),
        ),
        BodyKind(
            id="landkreis",
            label="Landkreis oder Kreis",
            mandate=(
                "Nach Art. 28 Abs. 2 Satz 2 des Grundgesetzes haben die Gemeindeverbände im Rahmen ihres "
                "gesetzlichen Aufgabenbereichs nach Maßgabe der Gesetze das Recht der Selbstverwaltung; welche "
                "Aufgaben ein Kreis hat, bestimmen das Kommunalrecht des Landes und die Fachgesetze."
            ),
            own_mandate_needed=True,
            publics="die Einwohnerinnen und Einwohner des Kreises, die kreisangehörigen Gemeinden, Unternehmen und Vereine",
            target_groups=(
                "Familien, junge Menschen, Seniorinnen und Senioren, Pendlerinnen und Pendler, Unternehmen, "
                "Vereine und die kreisangehörigen Gemeinden"
            ),
        ),
        BodyKind(
            id="hochschule",
            label="Hochschule",
            mandate=(
                "Nach § 2 Abs. 8 des Hochschulrahmengesetzes (HRG) unterrichten die Hochschulen die Öffentlichkeit "
                "über die Erfüllung ihrer Aufgaben; die Aufgaben der einzelnen Hochschule bestimmt das Land."
            ),
            publics="Studierende, Studieninteressierte, Beschäftigte, Partner in Forschung und Wirtschaft und die Öffentlichkeit",
            target_groups=(
                "Schülerinnen und Schüler vor der Studienwahl, Studierende, Promovierende, Alumni, "
                "Forschungspartner, Fachpresse und die interessierte Öffentlichkeit"
            ),
        ),
        BodyKind(
            id="landesbehoerde",
            label="Landesbehörde",
            mandate=BVERFG_PUBLIC_RELATIONS,
            own_mandate_needed=True,
            publics="Bürgerinnen und Bürger, Unternehmen, Verbände, andere Behörden und die Fachöffentlichkeit",
            target_groups="Bürgerinnen und Bürger, Unternehmen, Verbände, Fachleute, Presse und andere Behörden",
        ),
        BodyKind(
            id="bundesbehoerde",
            label="Bundesbehörde",
            federal=True,
            mandate=(
                "Nach § 3 Abs. 1 des E-Government-Gesetzes (EGovG) stellt jede Behörde des Bundes über öffentlich "
                "zugängliche Netze in allgemein verständlicher Sprache Informationen über ihre Aufgaben und ihre "
                "Erreichbarkeit zur Verfügung. " + BVERFG_PUBLIC_RELATIONS
            ),
            own_mandate_needed=True,
            publics="Bürgerinnen und Bürger, Unternehmen, Verbände, Behörden von Bund und Ländern und die Fachöffentlichkeit",
            target_groups="Bürgerinnen und Bürger, Unternehmen, Verbände, Fachleute, Presse sowie Behörden von Bund und Ländern",
        ),
        BodyKind(
            id="public-body",
            label="öffentliche Stelle",
            own_mandate_needed=True,
            publics="Bürgerinnen und Bürger und die Öffentlichkeit",
            target_groups="Bürgerinnen und Bürger, Fachleute, Presse und andere öffentliche Stellen",
        ),
    )
}
"""Every kind of body, by the id a profile names in ``chamber.kind``."""


def body_kind(kind_id: str) -> BodyKind:
    """The kind of body with this id (the profile schema admits only the ids of ``BODY_KINDS``)."""
    return BODY_KINDS[kind_id]
