"""Schleswig-Holstein: Landesdatenschutzgesetz (LDSG) und das ULD; kein Leitfaden zu sozialen Medien, ein Mastodon-Server des Landes."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

ULD_FAQ = smkonzept.Ruling(
    date=datetime.date(2011, 9, 7),
    body="Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
    reference="Fragen und Antworten zur Reichweitenanalyse bei Facebook",
    holding="Das ULD hält sich für zuständig, gegen Betreiber von Facebook-Seiten im Land vorzugehen; aus diesem Verfahren ging das Urteil C-210/16 des Europäischen Gerichtshofs hervor.",
    sources=(
        "https://www.datenschutzzentrum.de/artikel/1199-Fragen-und-Antworten-zur-Reichweitenanalyse-bei-Facebook.html",
    ),
    verified=VERIFIED,
)

SCHLESWIG_HOLSTEIN = smkonzept.Law(
    id="schleswig-holstein",
    state="Schleswig-Holstein",
    name="Schleswig-Holsteinisches Gesetz zum Schutz personenbezogener Daten (Landesdatenschutzgesetz)",
    abbreviation="LDSG",
    citation="vom 2. Mai 2018 (GVOBl. Schl.-H. S. 162)",
    iso_code="DE-SH",
    aliases=("sh",),
    legal_basis="§ 3 LDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 3 LDSG ist die allgemeine Vorschrift des LDSG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Schleswig-Holstein schränken § 8 LDSG (Beschränkung der Informationspflicht), § 9 LDSG (Beschränkung der Auskunftspflicht) und § 11 LDSG (Widerspruchsrecht) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)",
        address=(),
        email="",
        website="https://www.datenschutzzentrum.de",
    ),
    remarks=(
        "Die Landesregierung betreibt den Mastodon-Server social.schleswig-holstein.de; er steht Landesbehörden, Kommunen, Organisationen in öffentlicher Trägerschaft und weiteren öffentlichen Stellen aus Schleswig-Holstein offen.",
    ),
    rulings=(ULD_FAQ,),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Schleswig-Holstein § 16a GO („Unterrichtung der Einwohnerinnen und Einwohner“); Gesetz: Gemeindeordnung für Schleswig-Holstein (GO).",
        "landkreis": "Für die Kreise in Schleswig-Holstein gilt das Kommunalrecht des Landes: Kreisordnung für Schleswig-Holstein (KrO).",
        "hochschule": "Die Aufgaben der Hochschulen in Schleswig-Holstein regelt § 3 HSG („Aufgaben aller Hochschulen; Abs. 2“); Gesetz: Gesetz über die Hochschulen und das Universitätsklinikum Schleswig-Holstein (Hochschulgesetz - HSG), vom 5. Februar 2016 (GVOBl. Schl.-H. S. 39).",
    },
    omitted=(
        "Wortlaut von § 3 LDSG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://justiz-nrw.wolterskluwer-online.de/browse/source/csh-da-filter%21b4182061-e858-4620-98c9-dbcfde1934f5--WKDE_LTR_0000051350%2352222d6aed0e38709548a88156dce2b1",
        "https://www.umwelt-online.de/recht/allgemei/laender/sh/dsg18.htm",
        "https://dsgvo.privacysoft.online/LDSG/SHLDSG/",
        "https://www.amt-schafflund.de/datenschutz",
        "https://www.datenschutzzentrum.de/artikel/1199-Fragen-und-Antworten-zur-Reichweitenanalyse-bei-Facebook.html",
        "https://gesetze.io/gesetze/sh/go",
        "https://www.gesetze-rechtsprechung.sh.juris.de/jportal/?quelle=jlink&query=GemKrAmtsoDV+SH&psml=bsshoprod.psml&max=true&aiz=true",
        "https://www.anwalt24.de/gesetze/kro/16g",
        "https://www.anwalt24.de/gesetze/hsg-2/3",
        "https://schleswig-holstein.de/DE/landesregierung/themen/digitalisierung/digitalisierung-zukunftsthema/Digitale-Verwaltung/mastodon/mastodon_node.html",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Schleswig-Holstein."""
    register(SCHLESWIG_HOLSTEIN)
