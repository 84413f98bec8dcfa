"""Berlin: Berliner Datenschutzgesetz (BlnDSG); die BlnBDI hat keinen Leitfaden zu sozialen Medien veröffentlicht."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

BERLIN = smkonzept.Law(
    id="berlin",
    state="Berlin",
    name="Gesetz zum Schutz personenbezogener Daten in der Berliner Verwaltung (Berliner Datenschutzgesetz – BlnDSG)",
    abbreviation="BlnDSG",
    citation="vom 13. Juni 2018 (GVBl. S. 418), verkündet als Art. 1 des BlnDSAnpUG-EU; zuletzt geändert durch Art. 1 des Gesetzes vom 27. September 2021 (GVBl. S. 1121)",
    iso_code="DE-BE",
    aliases=("be",),
    legal_basis="§ 3 BlnDSG in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Eine öffentliche Stelle darf personenbezogene Daten verarbeiten, wenn das zur Erfüllung der in ihrer Zuständigkeit liegenden Aufgaben erforderlich ist und schutzwürdige Belange der betroffenen Personen nicht entgegenstehen.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Berlin schränkt § 24 BlnDSG (Auskunftsrecht der betroffenen Person) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI)",
        address=(),
        email="",
        website="https://www.datenschutz-berlin.de",
    ),
    remarks=(
        "Die Berliner Beauftragte für Datenschutz und Informationsfreiheit forderte 2022 die Senatsverwaltungen auf, ihre Facebook-Seiten abzuschalten, sofern sie die Einhaltung des Datenschutzrechts nicht nachweisen können (nach Presseberichten).",
        "Das Land Berlin betreibt keinen eigenen Mastodon-Server; die Aufsichtsbehörde selbst veröffentlicht auf social.bund.de, dem Server der Bundesbeauftragten für den Datenschutz und die Informationsfreiheit.",
    ),
    mandates={
        "kommune": "Berlin ist Stadtstaat ohne Gemeindeordnung; für die Bezirke regelt § 41 des Bezirksverwaltungsgesetzes (BezVG) die Unterrichtung der Einwohnerschaft.",
        "hochschule": "Die Aufgaben der Hochschulen in Berlin regelt § 4 BerlHG („Aufgaben der Hochschulen“); Gesetz: Gesetz über die Hochschulen im Land Berlin (Berliner Hochschulgesetz – BerlHG), in der Fassung vom 26. Juli 2011 (GVBl. S. 378), zuletzt geändert durch Gesetz vom 23.03.2023 (GVBl. S. 121).",
    },
    omitted=(
        "weitere Einschränkungen der Betroffenenrechte (nur teilweise belegt)",
        "Postanschrift der Aufsichtsbehörde",
        "E-Mail-Adresse der Aufsichtsbehörde",
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://lexaris.io/book/version/documentflat/head/1253871",
        "https://www.datenschutz-berlin.de/datenschutz/rechtliche-grundlagen/berliner-datenschutzrecht/",
        "https://gdpr.berlin/?p=1523",
        "https://gdpr.berlin/?p=1576",
        "https://www.datenschutz-berlin.de/datenschutzerklaerung/",
        "https://bezirksverwaltungsrecht.berlin/kommentar-zum-bezirksverwaltungsgesetz/41-unterrichtung-der-einwohnerschaft",
        "https://gesetze.berlin.de/jportal/?quelle=jlink&query=HSchulG+BE&psml=bsbeprod.psml&max=true&aiz=true",
        "https://lexaris.io/book/version/documentflat/head/1255455",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/2ee93ab8-4c27-39d5-8b69-c36323220b06",
        "https://tag24.de/thema/internet/soziale-medien/facebook/datenschutz-beauftragte-fordert-abschaltung-von-facebook-fanseiten-2406140",
        "https://www.berliner-zeitung.de/news/datenschutz-facebook-pages-des-senats-sollen-abgeschaltet-werden-li.221364",
        "https://www.berliner-zeitung.de/mensch-metropole/facebook-seiten-von-giffey-und-co-illegal-datenschuetzer-fordert-abschaltung-li.221809",
        "https://uol.de/dism/dsm/news-aus-dem-datenschutz/landesbeauftragter-fuer-den-datenschutz-nds-nutzt-mastodon-9680",
        "https://gnulinux.ch/wo-sind-die-behoerden",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Berlin."""
    register(BERLIN)
