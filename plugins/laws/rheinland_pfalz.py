"""Rheinland-Pfalz: Landesdatenschutzgesetz (LDSG) und der Handlungsrahmen des LfDI zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept
from smkonzept import checks

VERIFIED = datetime.date(2026, 11, 25)
HANDLUNGSRAHMEN = "https://www.datenschutz.rlp.de/fileadmin/lfdi/Dokumente/Handlungsrahmen_Soziale_Medien_20200306.pdf"

# The 2016 version is no longer cited: only an unofficial copy of the Landtag paper naming it was found (review 4p, B1).
HANDLUNGSRAHMEN_2020 = smkonzept.Ruling(
    date=datetime.date(2020, 3, 6),
    body="Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
    reference="Handlungsrahmen für die Nutzung von „Social Media“ durch öffentliche Stellen (Stand 6. März 2020)",
    holding=(
        "Öffentliche Stellen dürfen soziale Medien nur auf Grundlage eines Konzepts nutzen, das die Erforderlichkeit begründet "
        "und auf andere Informations- und Kommunikationswege hinweist (Cross-Media-Gebot); für den Betrieb verlangt der "
        "Handlungsrahmen eine Vereinbarung über die gemeinsame Verantwortlichkeit mit dem Plattformbetreiber (Nr. 2b)."
    ),
    sources=(
        HANDLUNGSRAHMEN,
        "https://rptu.de/datenschutz/themen/uebersicht/social-media",
    ),
    verified=VERIFIED,
)

RHEINLAND_PFALZ = smkonzept.Law(
    id="rheinland-pfalz",
    state="Rheinland-Pfalz",
    name="Landesdatenschutzgesetz",
    abbreviation="LDSG",
    citation="",
    iso_code="DE-RP",
    aliases=("rp",),
    legal_basis="§ 3 LDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 3 LDSG ist die allgemeine Vorschrift des LDSG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Rheinland-Pfalz schränken § 11 LDSG (Beschränkung der Informationspflicht nach Art. 13 und 14 DSGVO) und § 12 LDSG (Auskunftsrecht der betroffenen Person nach Art. 15 DSGVO) diese Rechte ein.",
    impact_assessment="Für öffentliche Stellen des Landes Rheinland-Pfalz enthält § 9 LDSG ergänzende Regelungen zur Folgenabschätzung.",
    authority=smkonzept.Authority(
        name="Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
        address=(),
        email="",
        website="https://www.datenschutz.rlp.de",
    ),
    guidance=smkonzept.Guidance(
        title="Handlungsrahmen für die Nutzung von „Social Media“ durch öffentliche Stellen",
        year=2020,
        url=HANDLUNGSRAHMEN,
        requirements=(
            smkonzept.Requirement(id="erforderlichkeit", text="Erforderlichkeit geprüft: warum welcher Dienst für welchen Zweck, und warum ein Verzicht die Aufgabenerfüllung beeinträchtigen würde", check=checks.chapter_present("erforderlichkeit", "Erforderlichkeit")),
            smkonzept.Requirement(id="konzept", text="Zweck, Art und Umfang jedes Angebots beschrieben", check=checks.accounts_described()),
            smkonzept.Requirement(id="betreuung", text="Verantwortliche für die redaktionelle und technische Betreuung benannt", check=checks.editorial_responsibility_named()),
            smkonzept.Requirement(id="betroffenenrechte", text="Verantwortliche für die Betroffenenrechte benannt", check=checks.data_protection_officer_named()),
            smkonzept.Requirement(id="vereinbarung", text="Vereinbarung zur gemeinsamen Verantwortlichkeit mit dem Betreiber, wo eine gemeinsame Verantwortung besteht", check=checks.joint_agreements_named(), before_signature=True),
            smkonzept.Requirement(id="cross-media", text="Cross-Media-Gebot: alternative Informations- und Kommunikationswege angeboten und genannt", check=checks.alternative_channels()),
            smkonzept.Requirement(id="impressum", text="Anbieterkennzeichnung und Datenschutzerklärung für jedes Angebot", check=checks.imprint_linked()),
        ),
    ),
    remarks=(
        "Der LfDI veröffentlicht seit Oktober 2023 auf social.bund.de (@lfdi_rlp) und bittet öffentliche Stellen seit Langem, datenschutzrechtlich problematische Plattformen zu meiden.",
    ),
    rulings=(HANDLUNGSRAHMEN_2020,),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Rheinland-Pfalz § 15 GemO („Unterrichtung und Beratung der Einwohner“); Gesetz: Gemeindeordnung (GemO), in der Fassung vom 31. Januar 1994 (GVBl. S. 153).",
        "landkreis": "Für die Kreise in Rheinland-Pfalz gilt das Kommunalrecht des Landes: Landkreisordnung (LKO), in der Fassung der Bekanntmachung vom 31. Januar 1994 (GVBl. S. 188), zuletzt geändert durch Artikel 3 des Gesetzes vom 24. Mai 2023 (GVBl. S. 133). Die Unterrichtung der Einwohnerinnen und Einwohner regelt § 11 LKO („Unterrichtung der Einwohner“).",
        "hochschule": "Die Aufgaben der Hochschulen in Rheinland-Pfalz regelt § 2 HochSchG („Aufgaben“); Gesetz: Hochschulgesetz, vom 23. September 2020 (GVBl. S. 461).",
    },
    omitted=(
        "Fundstelle (Datum und Gesetzblatt) des Gesetzes",
        "Wortlaut von § 3 LDSG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
    ),
    sources=(
        "https://www.datenschutz.rlp.de/fileadmin/lfdi/Dokumente/Handlungsrahmen_Soziale_Medien_20200306.pdf",
        "https://landesrecht.rlp.de/jportal/portal/page/bsrlpprod.psml/action/portlets.jw.MainAction?p1=1&eventSubmit_doNavigate=searchInSubtreeTOC&showdoccase=1&doc.hl=0&doc.id=jlr-DSGRP2018pIVZ&doc.part=S&toc.poskey=",
        "https://landesrecht.rlp.de/jportal/portal/page/bsrlpprod.psml?pid=Dokumentanzeige&showdoccase=1&js_peid=Trefferliste&documentnumber=1&numberofresults=1&fromdoctodoc=yes&doc.id=jlr-DSGRP2018pP2",
        "https://help.robin-data.io/inhaltsverzeichnis-ldsg-rlp",
        "https://www.datenschutz.rlp.de/themen/aufgaben",
        "https://wikiwand.com/de/articles/Der_Landesbeauftragte_f%C3%BCr_den_Datenschutz_und_die_Informationsfreiheit_Rheinland-Pfalz",
        "https://www.kommunalbrevier.de/kommunalbrevier/ratssitzung/digitalisierung-der-ratsarbeit/3-soziale-medien",
        "https://www.profi2000.de/gesetze/rlp/gemo/gemo1.htm",
        "https://eco-compliance-alexandrina.atlassian.net/wiki/pages/diffpages.action?originalId=2888615&pageId=2888613",
        "https://www.kommunalbrevier.de/kommunalbrevier/gemeindeordnung-gemo/1-kapitel-grundlagen-der-gemeinden/3-abschnitt-einwohner-und-buerger/15-Unterrichtung-und-Beratung-der-Einwohner/vv/",
        "https://justiz-nrw.wolterskluwer-online.de/browse/source/csh-da-filter%210f93a058-4d2e-44d0-a21f-39ac8fe98099--WKDE_LTR_0000051310%23eb23b06b51353ff6bd449eabeda1e34a",
        "https://lexaris.io/book/version/documentflat/head/1324572",
        "https://www.anwalt24.de/gesetze/hochschg-1",
        "https://lexaris.io/book/version/documentflat/head/1324974",
        "https://heise.de/newsticker/meldung/Rheinland-Pfalz-Landesregierung-soll-Social-Media-Konzepte-vorlegen-4881987.html?wt_mc=rss.red.ho.ho.rdf.beitrag.beitrag",
        "https://datenschutz.de/landesdatenschutzbeauftragter-startet-in-zweite-amtszeit-mit-eigenem-mastodon-account",
        "https://www.move-online.de/k21-meldungen/lfdi-informiert-auf-mastodon/",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Rheinland-Pfalz."""
    register(RHEINLAND_PFALZ)
