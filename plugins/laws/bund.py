"""Bund: Bundesdatenschutzgesetz (BDSG), die BfDI und ihre Handreichung zu sozialen Netzwerken; gilt nur für Stellen des Bundes."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import checks
from smkonzept import catalogue

VERIFIED = datetime.date(2026, 11, 25)
BFDI_RELEASE = "https://www.bfdi.bund.de/SharedDocs/Pressemitteilungen/DE/2025/12_Fanpage-Verfahren-Berufung.html"

BFDI_WHATSAPP = smkonzept.Ruling(
    date=datetime.date(2020, 4, 14),
    body="Bundesbeauftragter für den Datenschutz und die Informationsfreiheit",
    reference="Rundschreiben an die Bundesministerien und obersten Bundesbehörden",
    holding="Der Einsatz von WhatsApp ist für eine Bundesbehörde ausgeschlossen, für alle Formen und Adressaten der Kommunikation.",
    sources=(
        "https://www.pcwelt.de/news/WhatsApp-Tabu-fuer-Bundesbehoerden-Grund-fuer-das-Verbot-10809634.html",
        "https://www.bfdi.bund.de/DE/Fachthemen/Inhalte/Telefon-Internet/Datenschutzpraxis/WhatsApp.html",
    ),
    verified=VERIFIED,
)

BFDI_APPEAL = smkonzept.Ruling(
    date=datetime.date(2025, 8, 22),
    body="Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
    reference="Pressemitteilung 12/2025",
    holding="Die BfDI legt gegen das Urteil des VG Köln vom 17. Juli 2025 Berufung zum Oberverwaltungsgericht Nordrhein-Westfalen ein und veröffentlicht eine Handreichung zur rechtssicheren Nutzung sozialer Netzwerke.",
    status="Berufung anhängig; Ausgang nicht bestätigt (Stand 25. November 2026)",
    sources=(
        "https://www.bfdi.bund.de/SharedDocs/Pressemitteilungen/DE/2025/12_Fanpage-Verfahren-Berufung.html?nn=252136",
    ),
    verified=VERIFIED,
)

BUND = smkonzept.Law(
    id="bund",
    state="Bund",
    name="Bundesdatenschutzgesetz",
    abbreviation="BDSG",
    citation="vom 30. Juni 2017 (BGBl. I S. 2097)",
    iso_code="DE",
    federal=True,
    legal_basis="§ 3 BDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e und Abs. 3 DSGVO: Eine öffentliche Stelle des Bundes darf personenbezogene Daten verarbeiten, wenn das zur Erfüllung der in ihrer Zuständigkeit liegenden Aufgabe erforderlich ist. Nach Auffassung der BfDI stützen Stellen des Bundes ihre Öffentlichkeitsarbeit in sozialen Medien dabei auf § 3 Abs. 1 des E-Government-Gesetzes (EGovG).",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Bundes schränken § 32 BDSG (Informationspflicht bei Erhebung bei der betroffenen Person), § 33 BDSG (Informationspflicht, wenn die Daten nicht bei der betroffenen Person erhoben wurden), § 34 BDSG (Auskunftsrecht der betroffenen Person), § 35 BDSG (Recht auf Löschung) und § 36 BDSG (Widerspruchsrecht) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
        address=(
            "Graurheindorfer Straße 153",
            "53117 Bonn",
        ),
        email="poststelle@bfdi.bund.de",
        website="https://www.bfdi.bund.de",
    ),
    guidance=smkonzept.Guidance(
        title="Soziale Netzwerke rechtmäßig nutzen – So geht's (Handreichung der BfDI für öffentliche Stellen des Bundes)",
        year=2025,
        url=BFDI_RELEASE,
        requirements=(
            smkonzept.Requirement(id="rechtsgrundlage", text="Rechtsgrundlage der Verarbeitung benannt", check=checks.legal_basis_named()),
            smkonzept.Requirement(id="transparenz", text="Betroffene werden über die Verarbeitung informiert (Datenschutzhinweise)", check=checks.chapter_present("datensparsamkeit", "Datensparsamkeit und Datenschutzerklärung")),
            smkonzept.Requirement(id="dsfa", text="Datenschutz-Folgenabschätzung durchgeführt und entschieden", check=checks.decision_recorded()),
            smkonzept.Requirement(id="interne-regeln", text="Interne Regeln für die Nutzung: zuständige Stelle für die Betreuung benannt", check=checks.editorial_responsibility_named()),
            smkonzept.Requirement(id="keine-exklusivitaet", text="Keine Exklusivität: Informationen und Kontaktwege auch außerhalb der Netzwerke", check=checks.alternative_channels()),
        ),
    ),
    remarks=(
        "Für die öffentlichen Stellen des Bundes gilt die Empfehlung der BfDI aus ihrem Rundschreiben vom Juni 2021 weiter, TikTok keinesfalls auf dienstlichen Geräten einzusetzen.",
        "Die BfDI betreibt den Mastodon-Server social.bund.de, der Behörden vorbehalten ist; sie hat ihr Konto bei Twitter (heute X) im November 2022 gelöscht.",
    ),
    rulings=(BFDI_WHATSAPP, BFDI_APPEAL, catalogue.BFDI_ORDER_BPA, catalogue.VG_KOELN_BPA,),
    mandates={
        "hochschule": "Eine Hochschule des Bundes stützt sich auf ihr Errichtungsgesetz oder ihre Satzung.",
    },
    omitted=(
        "Norm zur Datenschutz-Folgenabschätzung im BDSG für DSGVO-Verarbeitungen (es gilt Art. 35 DSGVO unmittelbar; § 67 BDSG betrifft nur Teil 3)",
        "Rollenmodell von social.bund.de (Auftragsverarbeitung) nach den Nutzungsbedingungen",
        "unmittelbarer Link zur Handreichung der BfDI (der Link führt auf die Pressemitteilung, die sie verlinkt)",
        "Wortlaut der Handreichung: ihre Anforderungen sind einer Zusammenfassung entnommen und vor dem Zitieren mit der Handreichung abzugleichen",
    ),
    sources=(
        "https://bfdi.bund.de/DE/Buerger/Inhalte/Telemedien/Social_Media_Bundesbeh%C3%B6rden.html",
        "https://www.bfdi.bund.de/SharedDocs/Pressemitteilungen/DE/2025/12_Fanpage-Verfahren-Berufung.html",
        "https://github.com/bundestag/gesetze/blob/master/b/bdsg_2018/index.md",
        "https://www.gesetze-im-internet.de/bdsg_2018/",
        "https://bfdi.bund.de/DE/Meta/Mastodon/Datenschutz.html?nn=252102",
        "https://www.bfdi.bund.de/SharedDocs/Pressemitteilungen/DE/2025/12_Fanpage-Verfahren-Berufung.html?nn=252136",
        "https://www.bfdi.bund.de/EN/Meta/PrivacyPolicy/privacypolicy_node.html",
        "https://bfdi.bund.de/DE/Buerger/Inhalte/Telemedien/TikTok.html?nn=252102",
        "https://www.heise.de/news/TikTok-Bundesdatenschuetzer-empfiehlt-Behoerden-weiterhin-Video-App-zu-meiden-7526762.html",
        "https://www.move-online.de/meldung_39971_Twitter-Account+gel%C3%B6scht.html",
        "https://heise.de/-7335088",
        "https://gnulinux.ch/wo-sind-die-behoerden",
        "https://www.move-online.de/meldung_38823_Mastodon+f%C3%BCr+Datenschutzbeauftragten.html",
        "https://datenschutz-berlin.de/infothek/mastodon",
        "https://itzbund.de/SharedDocs/Kurzmeldungen/DE/2022-03-08_Mastodon-Start.html",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Bund."""
    register(BUND)
