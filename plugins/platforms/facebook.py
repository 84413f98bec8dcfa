"""Facebook, run for EU users by Meta Platforms Ireland Ltd."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import catalogue

META_IRELAND = smkonzept.Operator(
    name="Meta Platforms Ireland Ltd.",
    address="Merrion Road, Dublin 4, D04 X2K5",
    country="Irland",
    privacy_url="https://www.facebook.com/privacy/policy",
)

FACEBOOK = smkonzept.Platform(
    id="facebook",
    name="Facebook",
    website="https://www.facebook.com",
    operator=META_IRELAND,
    description=(
        "Facebook ist ein weltweit verbreitetes soziales Netzwerk. Privatpersonen legen dort "
        "Profile an, Unternehmen und Organisationen betreiben öffentliche Seiten, und in Gruppen "
        "tauschen sich Menschen über gemeinsame Themen aus. Beiträge können Text, Bilder, Videos "
        "und Verweise enthalten."
    ),
    advantages=(
        "Facebook erreicht in Deutschland viele Menschen im mittleren und höheren Alter. Kommentare erlauben "
        "einen öffentlichen Austausch über die Beiträge."
    ),
    visible_without_login=True,
    interaction=(
        "Öffentliche Beiträge einer Seite lassen sich ohne Konto lesen, wobei Facebook nach kurzer "
        "Zeit zur Anmeldung auffordert. Wer kommentieren, reagieren, teilen oder eine Nachricht "
        "schreiben will, braucht ein eigenes Konto."
    ),
    default_purpose=(
        "Die Seite ergänzt die übrigen eigenen Kanäle um ein Angebot dort, wo sich ein großer Teil "
        "der Zielgruppen und der interessierten Öffentlichkeit ohnehin informiert. Sie macht auf "
        "Angebote, Termine und Positionen aufmerksam und führt zu den ausführlichen "
        "Informationen auf der eigenen Website."
    ),
    default_audience=(
        "Die interessierte Öffentlichkeit, vor allem im Alter zwischen 25 und 65 Jahren."
    ),
    default_contents=(
        "Hinweise auf Veranstaltungen",
        "Eigene Meldungen und Pressemitteilungen",
        "Hinweise auf Angebote und Fristen",
    ),
    joint_controller_agreement=smkonzept.JointControllerAgreement(
        name="Page Insights Controller Addendum",
        url="https://www.facebook.com/legal/terms/page_controller_addendum",
        scope="Die Vereinbarung betrifft nur die Seiten-Statistiken (Insights), nicht die übrige Verarbeitung durch Meta.",
    ),
    controllership=catalogue.fanpage_joint_control(
        "Die Stelle, die die Seite betreibt, und Meta sind gemeinsam verantwortlich für das Erheben der Daten beim Besuch der Seite "
        "und für die daraus gebildeten Seiten-Statistiken (Insights). Für die weitere Verwendung der Daten "
        "durch Meta, etwa für Werbung, ist Meta allein verantwortlich. Ob die gemeinsame Verantwortung auch "
        "die Cookies erfasst, die Meta beim Besuch der Seite setzt, ist streitig: Das VG Köln hat das 2025 "
        "für die Seite des Bundespresseamts verneint; das Urteil ist nicht rechtskräftig.",
        extra=(catalogue.DSK_FANPAGE_OPINION, catalogue.BFDI_ORDER_BPA, catalogue.VG_KOELN_BPA),
    ),
    third_country=catalogue.usa_under_dpf(),
    risk_factors=(
        catalogue.collection_risk(severity=3, likelihood=4),
        catalogue.tracking_risk(severity=3, likelihood=4),
        catalogue.third_country_risk(severity=3, likelihood=3),
        catalogue.comments_risk(severity=2, likelihood=3),
        catalogue.account_takeover_risk(severity=3, likelihood=2),
    ),
    sources=(
        "https://www.facebook.com/privacy/policy",
        "https://www.facebook.com/legal/terms/page_controller_addendum",
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62016CJ0210",
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62017CJ0040",
        "https://www.vg-koeln.nrw.de/behoerde/presse/Pressemitteilungen/08_22072025/index.php",
        "https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795",
        catalogue.DSK_FANPAGE_PAGE,
        "https://www.datenschutzkonferenz-online.de/media/weitere_dokumente/DSK_Kurzgutachten_Facebook-Fanpages_V1_18.03.2022.pdf",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_platforms(register):
    """Register Facebook."""
    register(FACEBOOK)
