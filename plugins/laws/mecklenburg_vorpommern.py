"""Mecklenburg-Vorpommern: Landesdatenschutzgesetz (DSG M-V); kein Leitfaden des Landesbeauftragten zu sozialen Medien."""

from __future__ import annotations

import datetime

import smkonzept

VERIFIED = datetime.date(2026, 11, 25)

LFD_MV_2011 = smkonzept.Ruling(
    date=datetime.date(2011, 10, 1),
    body="Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    reference="Aufforderung an die öffentlichen Stellen des Landes",
    holding="Der Landesbeauftragte forderte alle öffentlichen Stellen des Landes auf, auf soziale Netzwerke zu verzichten, weil sie nicht mit deutschen und europäischen Datenschutzstandards in Einklang stünden.",
    sources=(
        "https://www.datenschutzticker.de/tag/verzicht-auf-soziale-medien/",
    ),
    verified=VERIFIED,
    day_known=False,
)

LFD_MV_FACEBOOK = smkonzept.Ruling(
    date=datetime.date(2017, 2, 2),
    body="Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    reference="Äußerung zum Facebook-Auftritt des Sozialministeriums",
    holding="Der Landesbeauftragte äußerte sich skeptisch zum ersten Facebook-Auftritt eines Landesministeriums.",
    sources=(
        "https://www.ndr.de/nachrichten/mecklenburg-vorpommern/Erstes-Ministerium-in-MV-macht-bei-Facebook-mit,sozialministerium100.html",
    ),
    verified=VERIFIED,
)

MECKLENBURG_VORPOMMERN = smkonzept.Law(
    id="mecklenburg-vorpommern",
    state="Mecklenburg-Vorpommern",
    name="Datenschutzgesetz für das Land Mecklenburg-Vorpommern (Landesdatenschutzgesetz – DSG M-V)",
    abbreviation="DSG M-V",
    citation="vom 22. Mai 2018 (GVOBl. M-V S. 193)",
    iso_code="DE-MV",
    aliases=("mv",),
    legal_basis="§ 4 Abs. 1 DSG M-V in Verbindung mit Art. 6 Abs. 1 Buchst. e DSGVO: Eine öffentliche Stelle darf personenbezogene Daten verarbeiten, wenn das zur Erfüllung der in ihrer Zuständigkeit liegenden Aufgaben erforderlich ist.",
    rights="Welche Rechte betroffene Personen haben, bestimmen unmittelbar Art. 12 bis 22 DSGVO.",
    restrictions="Für öffentliche Stellen des Landes Mecklenburg-Vorpommern schränken § 5 DSG M-V (Beschränkung der Informationspflicht) und § 6 DSG M-V (Beschränkung des Auskunftsrechts) diese Rechte ein.",
    impact_assessment="",
    authority=smkonzept.Authority(
        name="Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
        address=(
            "Schloss Schwerin",
            "Lennéstraße 1",
            "19053 Schwerin",
        ),
        email="info@datenschutz-mv.de",
        website="https://www.datenschutz-mv.de",
    ),
    rulings=(LFD_MV_2011, LFD_MV_FACEBOOK,),
    mandates={
        "kommune": "Die Unterrichtung der Einwohnerinnen und Einwohner regelt in Mecklenburg-Vorpommern § 16 KV M-V („Unterrichtung der Einwohnerinnen und Einwohner“); Gesetz: Kommunalverfassung für das Land Mecklenburg-Vorpommern (KV M-V), in der Fassung der Bekanntmachung vom 16. Mai 2024 (GVOBl. M-V S. 270).",
        "landkreis": "Für die Kreise in Mecklenburg-Vorpommern gilt das Kommunalrecht des Landes: Kommunalverfassung für das Land Mecklenburg-Vorpommern (KV M-V).",
        "hochschule": "Die Aufgaben der Hochschulen in Mecklenburg-Vorpommern regelt § 3 LHG M-V („Aufgaben“); Gesetz: Gesetz über die Hochschulen des Landes Mecklenburg-Vorpommern (Landeshochschulgesetz – LHG M-V), Neufassung vom 25. Januar 2011 (GVOBl. M-V S. 18).",
    },
    omitted=(
        "Leitfaden der Aufsichtsbehörde zu sozialen Medien (keiner gefunden)",
    ),
    sources=(
        "https://dsgvo.privacysoft.online/fr/LDSG/MVDSG",
        "https://cybersecurity-navigator.de/rechtsvorschrift/186?page=5",
        "https://datenschutzgesetze.eu/dsg-mv",
        "https://dsgvo.privacysoft.online/en/LDSG/MVDSG/Teil_2/%C2%A74/",
        "https://www.datenschutz-mv.de/datenschutzerklaerung/",
        "https://datenschutz-mv.de/behoerde/landesbauftragte",
        "https://datenschutz-mv.de/kontakt/Informationen-zur-Meldung-des-Datenschutzbeauftragten",
        "https://justiz-nrw.wolterskluwer-online.de/browse/document/cite/0057907a-ac7c-3820-a8b3-9cc277f211db",
        "https://ol.wittich.de/titel/3460/ausgabe/20/2024/artikel/00000000000044235948-OL-3460-2024-40-20-0",
        "https://ol.wittich.de/titel/3461/ausgabe/8/2024/artikel/00000000000044426829-OL-3461-2024-42-8-0",
        "https://disud.de/kommunalverfassung-mecklenburg-vorpommern",
        "https://www.anwalt24.de/gesetze/lhg_m_v/3",
        "https://umwelt-online.de/recht/allgemei/laender/mv/hschg.htm",
    ),
    verified=VERIFIED,
)


@smkonzept.hookimpl
def register_laws(register):
    """Register the law of Mecklenburg-Vorpommern."""
    register(MECKLENBURG_VORPOMMERN)
