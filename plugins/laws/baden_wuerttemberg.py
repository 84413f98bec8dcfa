"""Baden-Württemberg: Landesdatenschutzgesetz (LDSG) and the LfDI's social media guideline."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import checks

LFDI_GUIDELINE = "https://www.baden-wuerttemberg.datenschutz.de/lfdi-richtlinie-behoerden-socialmedia/"

BADEN_WUERTTEMBERG = smkonzept.Law(
    id="baden-wuerttemberg",
    state="Baden-Württemberg",
    name="Landesdatenschutzgesetz Baden-Württemberg",
    abbreviation="LDSG",
    citation="Gesetz vom 12. Juni 2018",
    iso_code="DE-BW",
    aliases=("bw",),
    legal_basis=(
        "§ 4 LDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Die Verarbeitung ist zulässig, "
        "soweit sie zur Erfüllung der in der Zuständigkeit der öffentlichen Stelle liegenden Aufgaben erforderlich ist."
    ),
    rights=(
        "Die Rechte der betroffenen Personen ergeben sich unmittelbar aus Art. 12 bis 22 DSGVO; das LDSG "
        "kann sie für öffentliche Stellen des Landes auf der Grundlage von Art. 23 DSGVO beschränken."
    ),
    restrictions="",
    impact_assessment="Die Richtlinie des LfDI verlangt, die Folgenabschätzung vor dem Einrichten eines Kontos vorzunehmen.",
    authority=smkonzept.Authority(
        name="Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
        address=("Postfach 10 29 32", "70025 Stuttgart"),
        email="poststelle@lfdi.bwl.de",
        website="https://www.baden-wuerttemberg.datenschutz.de",
    ),
    guidance=smkonzept.Guidance(
        title="Richtlinie zur Nutzung von Sozialen Netzwerken durch öffentliche Stellen",
        year=2020,
        url=LFDI_GUIDELINE,
        requirements=(
            smkonzept.Requirement(id="zweck", text="Zweck, Art und Umfang der Nutzung je Konto beschrieben", check=checks.accounts_described()),
            smkonzept.Requirement(id="erforderlichkeit", text="Begründung, warum soziale Medien genutzt werden", check=checks.chapter_present("erforderlichkeit", "Erforderlichkeit")),
            smkonzept.Requirement(id="redaktion", text="Verantwortliche Stelle für redaktionelle und technische Betreuung benannt", check=checks.editorial_responsibility_named()),
            smkonzept.Requirement(id="betroffenenrechte", text="Verantwortliche Stelle für die Betroffenenrechte benannt, mit eigener Adresse der oder des Datenschutzbeauftragten", check=checks.data_protection_officer_named()),
            smkonzept.Requirement(id="dsfa", text="Datenschutz-Folgenabschätzung enthalten", check=checks.chapter_present("risiko", "Risikoabwägung und Datenschutz-Folgenabschätzung")),
            smkonzept.Requirement(id="alternativen", text="Alternative Informations- und Kontaktwege genannt", check=checks.alternative_channels()),
            smkonzept.Requirement(id="impressum", text="Anbieterkennzeichnung (§ 5 DDG, § 18 Abs. 2 MStV) beschrieben und Website mit Impressum genannt", check=checks.imprint_linked()),
            smkonzept.Requirement(id="evaluierung", text="Evaluierung mindestens einmal im Jahr", check=checks.evaluation_at_least_every(12)),
            smkonzept.Requirement(id="veroeffentlichung", text="Konzept und Ergebnis der Evaluierung veröffentlicht", check=checks.publication_named(evaluation=True), before_signature=True),
        ),
    ),
    remarks=(
        "Der LfDI betreibt für öffentliche Stellen in Baden-Württemberg den Mastodon-Server bawü.social.",
        "Der LfDI hat sein eigenes Konto bei Twitter (heute X) zum 31. Januar 2020 gelöscht. Zur Begründung "
        "gab er an, Twitter sammle im Hintergrund personenbezogene Daten der Nutzenden, und er könne nicht "
        "Aufsichtsbehörde und zugleich Nutzer eines datenschutzrechtlich womöglich problematischen Netzwerks sein; "
        "die Rechtsprechung zur Verantwortung für Facebook-Seiten (EuGH C-210/16, BVerwG 6 C 15.18) übertrug er "
        "damit auf Twitter.",
    ),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Baden-Württemberg § 20 Abs. 1 der Gemeindeordnung (GemO): Der Gemeinderat unterrichtet die Einwohner durch den Bürgermeister über die allgemein bedeutsamen Angelegenheiten der Gemeinde.",
    },
    sources=(
        LFDI_GUIDELINE,
        # The LfDI's announcement of leaving Twitter and its reasons, as reported at the time.
        "https://www.baden-wuerttemberg.datenschutz.de/duerfen-behoerden-in-baden-wuerttemberg-bald-nicht-mehr-twittern/",
        "https://netzpolitik.org/2020/oeffentliche-stellen-muessen-rechtmaessig-kommunizieren/",
        "https://www.baden-wuerttemberg.datenschutz.de/landesdatenschutzgesetz-abschnitt-1/",
        "https://www.landesrecht-bw.de/bsbw/document/jlr-DSGBW2018rahmen",
        "https://www.yumpu.com/de/document/view/13466151/auszug-aus-der-gemeindeordnung-fur-baden-wurttembergd/23",
    ),
    verified=datetime.date(2026, 11, 25),
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the Baden-Württemberg law."""
    register(BADEN_WUERTTEMBERG)
