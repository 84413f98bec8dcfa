"""Hessen: Hessisches Datenschutz- und Informationsfreiheitsgesetz (HDSIG); kein Leitfaden des HBDI zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

HBDI_FACEBOOK = smkonzept.Ruling(
    date=datetime.date(2022, 6, 1),
    body="Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
    reference="Aufforderung an die Landesregierung",
    holding="Der HBDI forderte die Landesregierung auf, ihren Facebook-Auftritt zu deaktivieren, weil die Datenverarbeitung beim Betrieb einer solchen Seite rechtswidrig sei.",
    sources=(
        "https://www.stern.de/gesellschaft/regional/hessen/datenschutzbeauftragte-rossnagel-fordert-aus-fuer-facebook-seiten-der-regierung-31985646.html",
        "https://wiesbadener-kreis.de/?m=20220701",
    ),
    verified=VERIFIED,
    day_known=False,
)

HBDI_MASTODON = smkonzept.Ruling(
    date=datetime.date(2023, 2, 1),
    body="Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
    reference="Pressemitteilung zur Mastodon-Instanz der Landesregierung",
    holding="Der HBDI begrüßte den Mastodon-Server der Landesregierung; öffentliche Stellen könnten Facebook-Seiten nicht datenschutzkonform betreiben.",
    sources=(
        "https://datenschutz.hessen.de/presse/hbdi-begruesst-eroeffnung-einer-mastodon-instanz-durch-die-landesregierung",
        "https://www.move-online.de/meldung_40653_Landesregierung+nutzt+Mastodon.html",
    ),
    verified=VERIFIED,
    day_known=False,
)

HESSEN = smkonzept.Law(
    id="hessen",
    state="Hessen",
    name="Hessisches Datenschutz- und Informationsfreiheitsgesetz",
    abbreviation="HDSIG",
    citation="vom 3. Mai 2018 (GVBl. S. 82), zuletzt geändert durch Art. 9 des Gesetzes vom 15. November 2021 (GVBl. S. 718, 729)",
    iso_code="DE-HE",
    aliases=("he",),
    legal_basis="§ 3 HDSIG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO. Art. 6 Abs. 1 Buchst. e DSGVO erlaubt die Verarbeitung, die für die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt erforderlich ist; § 3 HDSIG („Verarbeitung personenbezogener Daten, Auftragsverarbeitung“) ist die allgemeine Vorschrift des HDSIG über die Verarbeitung durch öffentliche Stellen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Hessen schränken § 31 HDSIG (Beschränkung der Informationspflicht bei Erhebung bei der betroffenen Person), § 32 HDSIG (Beschränkung der Informationspflicht bei Dritterhebung) und § 33 HDSIG (Beschränkung des Auskunftsrechts) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Der Hessische Beauftragte für Datenschutz und Informationsfreiheit (HBDI)",
        address=(),
        email="",
        website="https://datenschutz.hessen.de",
    ),
    remarks=(
        "Die Hessische Landesregierung betreibt den Mastodon-Server social.hessen.de für Staatskanzlei und Ministerien; der HBDI begrüßte ihn im Februar 2023 und hat dort ein eigenes Konto. Ob der Server weiteren öffentlichen Stellen offensteht, ist nicht bestätigt.",
    ),
    rulings=(HBDI_FACEBOOK, HBDI_MASTODON,),
    mandates={
        "kommune": "Das Kommunalrecht des Landes Hessen: Hessische Gemeindeordnung (HGO), in der Fassung der Neubekanntmachung vom 7. März 2005 (GVBl. I S. 142).",
        "landkreis": "Für die Kreise in Hessen gilt das Kommunalrecht des Landes: Hessische Landkreisordnung (HKO), in der Fassung der Bekanntmachung vom 7. März 2005 (GVBl. I S. 183), zuletzt geändert durch Artikel 5 des Gesetzes vom 4. September 2020 (GVBl. S. 573).",
        "hochschule": "Die Aufgaben der Hochschulen in Hessen regelt § 3 HessHG („Aufgaben aller Hochschulen“); Gesetz: Hessisches Hochschulgesetz, vom 14. Dezember 2021 (GVBl. S. 931).",
    },
    omitted=(
        "Wortlaut von § 3 HDSIG (nur die Überschrift und die Stellung im Gesetz belegt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://lexaris.io/book/version/documentflat/head/1325822",
        "https://fragdenstaat.de/gesetz/hessisches-datenschutz-und-informationsfreiheitsgesetz-hdsig/",
        "https://www.klimaschutzdigital.de/nd/1180132/vorschrift.html",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/d5d65eb8-5a91-3915-9ec0-6946a73ff6d0",
        "https://datenschutz.hessen.de/presse/hbdi-begruesst-eroeffnung-einer-mastodon-instanz-durch-die-landesregierung",
        "https://datenschutz.hessen.de./datenschutz",
        "https://www.wiki-data.de-de.nina.az/Hessische_Gemeindeordnung.html",
        "https://info.babylon.com/onlinebox.cgi?rt=ol&term=Hessische+Gemeindeordnung&tid=AffToolbar&uil=English&uris=%21%21DZ6P2U34SE",
        "https://justiz-nrw.wolterskluwer-online.de/browse/source/csh-da-filter%21de73bd02-7e0c-4244-888e-3ca20e37cceb--WKDE_LTR_0000051270%23519751018421302ca6620174c327f209",
        "https://www.anwalt24.de/gesetze/hko",
        "https://www.umwelt-online.de/recht/allgemei/laender/he/hschg21.htm",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/761140ed-abff-32c1-9af4-1a899a5e3406",
        "https://www.stern.de/gesellschaft/regional/hessen/datenschutzbeauftragte-rossnagel-fordert-aus-fuer-facebook-seiten-der-regierung-31985646.html",
        "https://wiesbadener-kreis.de/?m=20220701",
        "https://www.move-online.de/meldung_40653_Landesregierung+nutzt+Mastodon.html",
        "https://datenschutz.hessen.de./presse/hbdi-eroeffnet-mastodon-account",
        "https://schulung.hzd.hessen.de/medienraum/news/hessen-mit-public-cloud-loesung-auf-mastodon",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Hessen."""
    register(HESSEN)
