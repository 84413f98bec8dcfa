"""Niedersachsen: Niedersächsisches Datenschutzgesetz (NDSG); kein Leitfaden des LfD zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

# The LfD's position on Facebook pages of public bodies: press reports (NDR, BDZV citing HAZ) confirm that
# the authority asked the state government in 2018 and December 2021 to switch off its Facebook pages
# (deadline 31 January 2022) and holds them unlawful (research/laws/niedersachsen.yaml, positions).
LFD_FACEBOOK = smkonzept.Ruling(
    date=datetime.date(2021, 12, 1),
    day_known=False,
    body="Die Landesbeauftragte für den Datenschutz Niedersachsen",
    reference="Aufforderung an die Landesregierung, ihre Facebook-Seiten abzuschalten (nach Presseberichten)",
    holding="Die Aufsichtsbehörde hält die Facebook-Seiten der Staatskanzlei und der Ministerien für rechtswidrig und forderte, sie bis zum 31. Januar 2022 abzuschalten; die Landesregierung kam dem nicht nach, Aufsichtsbehörde und Staatskanzlei warten das Verfahren Bundespresseamt gegen BfDI ab.",
    not_operable=("facebook",),
    sources=(
        "https://www.ndr.de/nachrichten/niedersachsen/Darf-Niedersachsens-Kabinett-auf-Facebook-aktiv-sein,datenschutz758.html",
        "https://www.bdzv.de/service/presse/branchennachrichten/2022/facebook-niedersaechsische-datenschutzbeauftragte-fordert-abschaltung-der-accounts-von-staatskanzlei-und-ministerien?referer=rss&cHash=932b8ca265eace93ac91d82e66f28420",
        "https://rundblick-niedersachsen.de/datenschutzbehoerde-wirbt-fuer-regierungs-praesenz-auf-mastodon",
    ),
    verified=datetime.date(2026, 11, 25),
)

NIEDERSACHSEN = smkonzept.Law(
    id="niedersachsen",
    state="Niedersachsen",
    name="Niedersächsisches Datenschutzgesetz",
    abbreviation="NDSG",
    citation="vom 16. Mai 2018 (Nds. GVBl. S. 66)",
    iso_code="DE-NI",
    aliases=("ni",),
    legal_basis="§ 3 NDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 3 NDSG ist die allgemeine Vorschrift des NDSG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Niedersachsen schränken § 8 NDSG (Beschränkung der Informationspflicht nach Art. 13 Abs. 1 und 2 und Art. 14 Abs. 1 bis 3 DSGVO) und § 9 NDSG (Beschränkung des Auskunftsrechts) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Der Landesbeauftragte für den Datenschutz Niedersachsen",
        address=(
            "Prinzenstraße 5",
            "30159 Hannover",
        ),
        email="poststelle@lfd.niedersachsen.de",
        website="https://www.lfd.niedersachsen.de",
    ),
    rulings=(LFD_FACEBOOK,),
    remarks=(
        "Der Landesbeauftragte veröffentlicht seit 2024 auf social.bund.de (@datenschutz_nds) und wirbt für eine Präsenz der Landesregierung auf Mastodon.",
    ),
    mandates={
        "kommune": "Das Kommunalrecht des Landes Niedersachsen: Niedersächsisches Kommunalverfassungsgesetz (NKomVG), vom 17. Dezember 2010 (Nds. GVBl. S. 576).",
        "landkreis": "Für die Kreise in Niedersachsen gilt das Kommunalrecht des Landes: Niedersächsisches Kommunalverfassungsgesetz (NKomVG).",
        "hochschule": "Die Aufgaben der Hochschulen in Niedersachsen regelt § 3 Abs. 1 Satz 1 Nr. 10 NHG („Unterrichtung der Öffentlichkeit über die Erfüllung ihrer Aufgaben“); Gesetz: Niedersächsisches Hochschulgesetz, in der Fassung vom 26. Februar 2007 (Nds. GVBl. S. 69).",
    },
    omitted=(
        "Wortlaut von § 3 NDSG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://help.robin-data.io/inhaltsverzeichnis-ndsg",
        "https://umwelt-online.de/recht/allgemei/laender/nds/dsg18.htm",
        "https://dsgvo-gesetz.de/ndsg/",
        "https://www.lfd.niedersachsen.de/wir_ueber_uns/datenschutzerklaerung/datenschutzerklaerung-56146.html",
        "https://gdprhub.eu/index.php?title=LfD_(Lower_Saxony)",
        "https://www.voris.niedersachsen.de/jportal/portal/page/bsvorisprod.psml?pid=Dokumentanzeige&showdoccase=1&js_peid=Trefferliste&fromdoctodoc=yes&doc.id=jlr-HimOldZSchlVNDpELS&doc.part=S&doc.price=0.0",
        "https://www.mi.niedersachsen.de/portal/live.php?navigation_id=27409&article_id=93407&_psmand=33",
        "https://voris.wolterskluwer-online.de/browse/document/12ffdc30-319c-36e1-b144-7bf5c4327ff5",
        "https://www.voris.niedersachsen.de/jportal/portal/page/bsvorisprod.psml?pid=Dokumentanzeige&showdoccase=1&js_peid=Trefferliste&fromdoctodoc=yes&doc.id=jlr-HSchulGND2007pG12&doc.part=G&doc.price=0.0",
        "https://umwelt-online.de/recht/allgemei/laender/nds/hschg01.htm",
        "https://www.ndr.de/nachrichten/niedersachsen/Darf-Niedersachsens-Kabinett-auf-Facebook-aktiv-sein,datenschutz758.html",
        "https://www.bdzv.de/service/presse/branchennachrichten/2022/facebook-niedersaechsische-datenschutzbeauftragte-fordert-abschaltung-der-accounts-von-staatskanzlei-und-ministerien?referer=rss&cHash=932b8ca265eace93ac91d82e66f28420",
        "https://rundblick-niedersachsen.de/datenschutzbehoerde-wirbt-fuer-regierungs-praesenz-auf-mastodon",
        "https://uol.de/dism/dsm/news-aus-dem-datenschutz/landesbeauftragter-fuer-den-datenschutz-nds-nutzt-mastodon-9680",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Niedersachsen."""
    register(NIEDERSACHSEN)
