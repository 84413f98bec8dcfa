"""The bundle's records: the Art. 30 entry (verarbeitungsverzeichnis), the provider identification texts
(anbieterkennzeichnung) and the published netiquette, read by content for the seed profiles, a profile on
YouTube, XING and bawü.social and a profile that switches the netiquette on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import MINIMAL_PROFILE, ROOT
from smkonzept.assemble import assemble
from smkonzept.bodykinds import body_kind
from smkonzept.bundle import bundle_documents
from smkonzept.manager import load_registry
from smkonzept.profile import load_profile
from smkonzept.render import render_bytes
from test_legal_model import with_accounts

SEEDS = ("ihk-ulm", "ihk-region-stuttgart", "ihk-muenchen-oberbayern", "ihk-dresden")
YOUTUBE_XING_MASTODON = with_accounts(("youtube", "xing", "mastodon"), urls={"mastodon": "https://bawü.social/@ihkmusterstadt"})
NETIQUETTE = MINIMAL_PROFILE.replace("accounts:", "chapters: {include: [netiquette, kontosicherheit]}\naccounts:").replace(
    "  phone: 01234 567-0\n",
    "  phone: 01234 567-0\n  imprint_url: https://www.ihk-musterstadt.example/impressum\n"
    "  representatives: [Dr. Erika Muster (Präsidentin), Max Beispiel (Hauptgeschäftsführer)]\n",
).replace(
    "editorial: {unit: Pressestelle, email: presse@ihk-musterstadt.example}",
    "editorial: {unit: Pressestelle, email: presse_online@ihk-musterstadt.example, person: Anna Beispiel, phone: 01234 567-89}",
)
CASES = (*SEEDS, "youtube-xing-mastodon", "netiquette")


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """Case → (concept, {file stem: bundle file}); assembled once for the module."""
    registry = load_registry()
    folder = tmp_path_factory.mktemp("records")
    (folder / "youtube-xing-mastodon.yaml").write_text(YOUTUBE_XING_MASTODON, encoding="utf-8")
    (folder / "netiquette.yaml").write_text(NETIQUETTE, encoding="utf-8")
    built = {}
    for case in CASES:
        path = ROOT / "profiles" / f"{case}.yaml" if case in SEEDS else folder / f"{case}.yaml"
        concept = assemble(load_profile(path, registry).profile, registry)
        built[case] = (concept, {entry.stem: entry for entry in bundle_documents(concept, registry)})
    return built


@pytest.fixture(scope="module")
def provider_markdown(bundles):
    """Case → the anbieterkennzeichnung.md as pandoc's Markdown writer gives it; rendered once per case."""
    return {case: render_bytes(files["anbieterkennzeichnung"].document, ("md",))["md"].decode() for case, (_, files) in bundles.items()}


def plain(text: str) -> str:
    """Markdown as a reader sees it: escapes removed, whitespace joined."""
    return " ".join(text.replace("\\", "").split())


def parts(markdown: str) -> dict[str, str]:
    """The text under each level-1 heading, by heading."""
    found: dict[str, str] = {}
    heading = ""
    for line in markdown.splitlines():
        if line.startswith("# "):
            heading = line[2:].strip()
            found[heading] = ""
        else:
            found[heading] = found.get(heading, "") + line + "\n"
    return {key: plain(value) for key, value in found.items()}


def item(record: dict[str, str], letter: str) -> str:
    """The section of the Art. 30 entry for item ``letter`` of Art. 30 Abs. 1 DSGVO."""
    matches = [text for heading, text in record.items() if heading.endswith(f"(Buchst. {letter})")]
    assert len(matches) == 1, f"Buchst. {letter} fehlt: {list(record)}"
    return matches[0]


def record_of(bundles, case):
    concept, files = bundles[case]
    return concept, parts(files["verarbeitungsverzeichnis"].document.sections[0].body)


@pytest.mark.parametrize("case", CASES)
def test_record_names_controller_joint_controllers_and_officer(bundles, case):
    concept, record = record_of(bundles, case)
    text, chamber, officer = item(record, "a"), concept.profile.chamber, concept.profile.data_protection_officer
    controller = re.search(r"\| Verantwortlicher \|([^|]*)\|([^|]*)\|", text)
    assert controller and chamber.name in controller.group(1)
    for fact in (chamber.address.street, chamber.address.city, chamber.email, chamber.phone):
        assert fact in controller.group(2)
    dpo = re.search(r"\| Datenschutzbeauftragte oder Datenschutzbeauftragter \|([^|]*)\|([^|]*)\|", text)
    assert dpo and officer.name in dpo.group(1) and officer.email in dpo.group(2)
    for use in concept.platforms:
        if use.shares_collection:
            for operator in use.operators:
                assert f"({use.platform.name}) | {operator.name}" in text.replace("( ", "(")
        if use.operator_unknown:
            assert f"{use.platform.name}: Für ein Konto ist der Server nicht angegeben" in text
    assert ("Gemeinsam Verantwortlicher" in text) == any(use.responsibility == "joint" for use in concept.platforms)


@pytest.mark.parametrize("case", CASES)
def test_record_names_each_purpose_and_the_legal_basis(bundles, case):
    concept, record = record_of(bundles, case)
    text = item(record, "b")
    for use in concept.account_uses:
        assert plain(use.purpose) in text, use.account.name
    assert plain(concept.law.legal_basis or "allgemeinen Verarbeitungsbefugnis") in text


def test_record_asks_for_the_officers_name_when_the_profile_gives_only_a_function(bundles):
    for case in CASES:
        concept, record = record_of(bundles, case)
        officer = concept.profile.data_protection_officer
        dpo = re.search(r"\| Datenschutzbeauftragte oder Datenschutzbeauftragter \|([^|]*)\|", item(record, "a"))
        role_only = "beauftragt" in officer.name.lower()
        assert ("Name noch einzutragen" in dpo.group(1)) == role_only, case
        assert ("(offener Punkt dieses Eintrags)" in dpo.group(1)) == role_only, case
    assert "Name noch einzutragen" in item(record_of(bundles, "ihk-ulm")[1], "a")


@pytest.mark.parametrize("case", CASES)
def test_record_flags_the_officers_general_mailbox_as_the_concept_does(bundles, case):
    concept, record = record_of(bundles, case)
    dpo = re.search(r"\| Datenschutzbeauftragte oder Datenschutzbeauftragter \|[^|]*\|([^|]*)\|", item(record, "a")).group(1)
    flagged = any("ist ein allgemeines Postfach" in point for point in concept.open_points)
    assert ("(allgemeines Postfach, keine eigene Adresse der oder des Datenschutzbeauftragten" in dpo) == flagged
    if case in ("ihk-ulm", "ihk-dresden"):
        assert flagged


@pytest.mark.parametrize("case", CASES)
def test_record_qualifies_the_legal_basis_of_the_shared_collection_as_the_concept_does(bundles, case):
    concept, record = record_of(bundles, case)
    text = item(record, "b")
    shared = [use for use in concept.platforms if use.shares_collection]
    chapter = plain(next(section.body for section in concept.sections if section.id == "rechtsgrundlage"))
    start = "Für das Erheben der Daten beim Aufruf der Konten"
    assert (start in chapter) == bool(shared) == (start in text)
    if shared:
        end = "dass eine wirksame Einwilligung vorliegt."
        caveat = chapter[chapter.index(start):chapter.index(end) + len(end)]
        assert caveat in text
        assert "Diese offene Frage gehört zu der Entscheidung" in text
        assert "ist eine Rechtsgrundlage nicht gesichert" in caveat
        assert all(use.platform.name in caveat.split(" ist eine Rechtsgrundlage")[0] for use in shared)
    assert "Rechtsgrundlage der Verarbeitung, die" in text


@pytest.mark.parametrize("case", CASES)
def test_record_does_not_postpone_itself_to_the_signature(bundles, case):
    _, record = record_of(bundles, case)
    assert "gilt erst mit dem unterschriebenen Konzept" not in record[""]


@pytest.mark.parametrize("case", CASES)
def test_record_names_the_categories_the_concept_assesses(bundles, case):
    concept, record = record_of(bundles, case)
    text = item(record, "c")

    def row(start: str) -> str:
        found = re.search(re.escape(start) + r"[^|]*\|[^|]*\|([^|]*)\|", text)
        return found.group(1) if found else ""

    own = [use for use in concept.platforms if use.responsibility != "processor"]
    for use in own:
        assert (use.platform.name in row("Personen, die Beiträge der Konten kommentieren")) == bool(use.platform.comments)
        assert (use.platform.name in row("Personen, die den Konten Nachrichten senden")) == bool(use.platform.direct_messages)
    for use in concept.platforms:
        ids = {r.factor.id for r in concept.risk.common_rows + concept.risk.for_platform(use.platform)}
        assert (use.platform.name in row("Personen, die auf Fotos und Videos")) == ("bilder-dritter" in ids)
        assert (use.platform.name in row("Minderjährige")) == bool(ids & {"minderjaehrige", "junge-nutzende"})
        assert (use.platform.name in row("Besucherinnen und Besucher")) == use.shares_collection
        assert (use.platform.name in row("Personen, die den Konten folgen")) == (use.responsibility == "processor")
    insights = any(use.shares_collection and use.platform.id in ("facebook", "instagram", "linkedin") for use in concept.platforms)
    assert ("Seitenstatistiken (Insights), die" in text) <= insights
    assert ("Grund der Löschung oder Sperre" in text) == ("netiquette" in concept.present_chapters)


@pytest.mark.parametrize("case", CASES)
def test_record_shows_images_wherever_its_purposes_say_photos_or_videos_appear(bundles, case):
    concept, record = record_of(bundles, case)
    images = re.search(r"\| Personen, die auf Fotos und Videos[^|]*\|[^|]*\|([^|]*)\|", item(record, "c"))
    shown = images.group(1) if images else ""
    purposes = [plain(use.purpose) for use in concept.account_uses]
    for use in concept.platforms:
        named = any(
            re.search(r"Fotos|Bilder|Videos", sentence) and re.search(rf"(?<!\w){re.escape(use.platform.name)}(?!\w)", sentence)
            for purpose in purposes for sentence in re.split(r"(?<=[.!?]) ", purpose)
        )
        if named:
            assert use.platform.name in shown, use.platform.name
            assert any(row.factor.id == "bilder-dritter" for row in concept.risk.for_platform(use.platform) + concept.risk.common_rows)


def test_ulm_images_cover_every_network_its_videos_run_on(bundles):
    concept, record = record_of(bundles, "ihk-ulm")
    shown = re.search(r"\| Personen, die auf Fotos und Videos[^|]*\|[^|]*\|([^|]*)\|", item(record, "c")).group(1)
    assert all(name in shown for name in ("Facebook", "Instagram", "YouTube", "LinkedIn", "XING")) and "Mastodon" not in shown
    risk_chapter = next(section.body for section in concept.sections if section.id == "risiko")
    listed = re.search(r"\*\*Bilder und Aufnahmen Dritter\*\* \(([^)]*)\)", risk_chapter).group(1)
    assert all(name in listed for name in ("Facebook", "Instagram", "YouTube", "LinkedIn", "XING")) and "Mastodon" not in listed


@pytest.mark.parametrize("case", CASES)
def test_record_names_each_operator_as_recipient_and_each_transfer(bundles, case):
    concept, record = record_of(bundles, case)
    recipients, transfers = item(record, "d"), item(record, "e")
    for use in concept.platforms:
        for operator in use.operators:
            assert re.search(re.escape(operator.name) + r" \|[^|]*\|[^|]*\| " + re.escape(use.platform.name) + " ", recipients)
        third = use.platform.third_country
        if third is None and use.operator_unknown:
            assert f"Bei {use.platform.name} ist für ein Konto der Server nicht angegeben; ob dabei Daten in ein Drittland übermittelt werden, ist deshalb offen" in transfers
            assert not re.search(r"Bei [^.]*" + re.escape(use.platform.name) + r"[^.]* ist keine Übermittlung", transfers)
        elif third is None and use.responsibility == "processor":
            assert re.search(r"Bei [^.]*" + re.escape(use.platform.name) + r"[^.]* ist für den Server der Konten keine Übermittlung in ein Drittland bekannt", transfers)
            assert re.search(r"Öffentliche Beiträge und Antworten der Konten auf [^.;]*" + re.escape(use.platform.name) + r"[^;]*; diese Server können auch in Drittländern stehen", transfers)
        elif third is None:
            assert re.search(r"Bei [^.]*" + re.escape(use.platform.name) + r"[^.]* ist keine Übermittlung in ein Drittland bekannt", transfers)
        else:
            row = re.search(r"\| " + re.escape(use.platform.name) + r" \|([^|]*)\|([^|]*)\|", transfers)
            assert row, use.platform.name
            assert all(country in row.group(1) for country in third.countries)
            assert plain(third.basis)[:60] in row.group(2)
    assert ("Strafverfolgungsbehörden" in recipients) == ("netiquette" in concept.present_chapters)


@pytest.mark.parametrize("case", CASES)
def test_record_states_erasure_measures_and_the_impact_assessment(bundles, case):
    concept, record = record_of(bundles, case)
    erasure, measures = item(record, "f"), item(record, "g")
    retention = concept.profile.retention
    if retention:
        assert plain(retention) in erasure
    else:
        assert "ist noch nicht festgelegt (offener Punkt vor der Unterschrift)" in erasure
    for measure in concept.risk.general_measures:
        assert plain(measure) in measures
    for measure in concept.risk.chosen_measures:
        assert plain(measure.title) in measures and plain(measure.description) in measures
    assert "Jedes Konto verweist auf die eigenen Datenschutzhinweise" in measures
    assert ("Sicherheit der Konten" in measures) == ("kontosicherheit" in concept.present_chapters)
    risk_title = next(section.title for section in concept.sections if section.id == "risiko")
    assert f"Datenschutz-Folgenabschätzung nach Art. 35 DSGVO vorgenommen; sie steht im Kapitel „{risk_title}“" in record["Datenschutz-Folgenabschätzung"]


@pytest.mark.parametrize("case", CASES)
def test_record_lists_the_security_measures_the_concept_names(bundles, case):
    concept, files = bundles[case]
    measures = item(parts(files["verarbeitungsverzeichnis"].document.sections[0].body), "g")
    risk_chapter = plain(next(section.body for section in concept.sections if section.id == "risiko"))
    takeover = {m for row in concept.risk.rows if row.factor.id == "kontouebernahme" for m in row.measures}
    assert takeover, "every seed platform has the risk of a taken-over account"
    assert "Zur Sicherheit der Verarbeitung (Art. 32 Abs. 1 DSGVO) gilt:" in measures
    for measure in takeover:
        assert plain(measure) in risk_chapter and f"- {plain(measure)}" in measures
    security = next((section.body for section in concept.sections if section.id == "kontosicherheit"), None)
    assert (security is not None) == (case == "netiquette")
    if security is not None:
        rules = [line for line in security.splitlines() if line.startswith("- ")]
        access = next(paragraph for paragraph in security.split("\n\n") if paragraph.startswith("Zugang zu den Konten"))
        assert len(rules) == 4
        for rule in rules:
            assert plain(rule) in measures
        assert f"- {plain(access)}" in measures
        assert "zwei Schritten" in measures and "ausdrücklich benannt" in measures


@pytest.mark.parametrize("case", CASES)
def test_record_and_concept_share_the_general_measures_without_overstating_them(bundles, case):
    concept, record = record_of(bundles, case)
    measures = item(record, "g")
    risk_chapter = plain(next(section.body for section in concept.sections if section.id == "risiko"))
    general = measures[measures.index("Für alle Konten gilt:") + len("Für alle Konten gilt:"):measures.index("Zur Sicherheit")]
    for bullet in [b.strip() for b in general.split(" - ") if b.strip()]:
        assert bullet.lstrip("- ") in risk_chapter
    assert "über die Konten wird keine bezahlte Werbung geschaltet" in measures
    assert "Zielgruppenauswahl" not in measures
    missing = "Die genaue Adresse des Impressums hält das Profil noch nicht fest (`chamber.imprint_url`)."
    assert (missing in measures) == (missing in risk_chapter) == (not concept.profile.chamber.imprint_url)


@pytest.mark.parametrize("case", CASES)
def test_record_states_the_concepts_result_on_prior_consultation(bundles, case):
    concept, record = record_of(bundles, case)
    assessment = record["Datenschutz-Folgenabschätzung"]
    risk_chapter = next(section.body for section in concept.sections if section.id == "risiko")
    result = [p for p in risk_chapter.split("\n\n") if p.startswith("Bei der eigenen Verarbeitung")]
    assert len(result) == 1
    assert plain(result[0]) in assessment
    if concept.risk.own_high_after:
        assert "verlangt nach Art. 36 Abs. 1 DSGVO" in assessment
    else:
        assert "Konsultation der Aufsichtsbehörde nach Art. 36 DSGVO ist deshalb nicht erforderlich" in assessment
    only_context = bool(concept.risk.context_high_after) and not concept.risk.own_high_after
    assert ("so hoch bleiben nur Kontextrisiken" in assessment) == only_context


def test_record_lists_processor_and_other_servers_for_bawue_social(bundles):
    _, record = record_of(bundles, "youtube-xing-mastodon")
    recipients = item(record, "d")
    assert "Auftragsverarbeiter nach Art. 28 DSGVO | Mastodon" in recipients
    assert "Betreiber anderer Server" in recipients
    assert "Gemeinsam Verantwortlicher" not in item(record, "a")


def code_blocks(markdown: str) -> list[str]:
    """The code blocks of pandoc Markdown, indented or fenced, in order."""
    blocks, current, fence = [], None, None
    lines = markdown.splitlines()
    for index, line in enumerate(lines):
        if fence is not None:
            if line.startswith(fence):
                blocks.append("\n".join(current))
                fence, current = None, None
            else:
                current.append(line)
        elif re.match(r"^(`{3,}|~{3,})", line):
            fence, current = re.match(r"^(`{3,}|~{3,})", line).group(1), []
        elif line.startswith("    ") and (current is not None or index == 0 or not lines[index - 1].strip()):
            current = (current or []) + [line[4:]]
        elif current is not None and fence is None:
            blocks.append("\n".join(current).rstrip("\n"))
            current = None
    if current is not None and fence is None:
        blocks.append("\n".join(current))
    return blocks


def expected_full(concept) -> str:
    chamber, editorial = concept.profile.chamber, concept.profile.editorial
    address = f"{chamber.address.street}, {chamber.address.postal_code} {chamber.address.city}"
    legal_form = body_kind(chamber.kind).legal_form
    full_name = f"{chamber.article.capitalize()} {chamber.name}"
    lines = [chamber.name, *([f"{full_name} {legal_form}"] if legal_form else []),
             *([f"Vertreten durch: {', '.join(chamber.representatives)}"] if chamber.representatives else []), chamber.address.street,
             f"{chamber.address.postal_code} {chamber.address.city}", f"E-Mail: {chamber.email}", f"Telefon: {chamber.phone}"]
    if editorial.person:
        lines.append(f"Verantwortlich nach § 18 Abs. 2 MStV: {editorial.person}, {address}")
    imprint = f"Impressum: {chamber.imprint_url}" if chamber.imprint_url else f"Website: {chamber.website}"
    return "\n".join([*lines, imprint])


@pytest.mark.parametrize("case", CASES)
def test_provider_texts_per_account_are_verbatim(bundles, provider_markdown, case):
    concept, files = bundles[case]
    assert files["anbieterkennzeichnung"].formats == ("md",)
    markdown = provider_markdown[case]
    blocks = code_blocks(markdown)
    chamber = concept.profile.chamber
    accounts = len(concept.account_uses)
    if chamber.imprint_url:
        short = f"Impressum: {chamber.imprint_url}"
        assert blocks == [short, expected_full(concept)] * accounts
        assert markdown.count(f"Länge: {len(short)} Zeichen") == accounts
    else:
        assert blocks == [expected_full(concept)] * accounts
        assert plain(markdown).count("Die Adresse des Impressums hält das Profil nicht fest (`chamber.imprint_url`).") == accounts
        assert "Länge:" not in markdown
    assert all("\\" not in block and not block.startswith("Anbieterkennzeichnung:") for block in blocks)
    heading = "## Vollständige Angaben" if chamber.representatives else "## Angaben ohne Vertretungsberechtigte (offener Punkt)"
    assert markdown.count(heading) == accounts
    headings = [line for line in markdown.splitlines() if line.startswith("# ")]
    assert [plain(h[2:]) for h in headings] == [f"{use.platform.name}: {use.account.name}" for use in concept.account_uses]
    assert ("das Profil hält sie nicht fest (`chamber.representatives`)" in plain(markdown)) == (not chamber.representatives)
    if not concept.profile.editorial.person:
        assert "Eine nach § 18 Abs. 2 MStV verantwortliche Person nennt das Profil nicht" in plain(markdown)


def test_provider_text_keeps_underscores_and_mstv_person(bundles, provider_markdown):
    concept, _ = bundles["netiquette"]
    full = code_blocks(provider_markdown["netiquette"])[1]
    assert "Verantwortlich nach § 18 Abs. 2 MStV: Anna Beispiel, Marktplatz 1, 12345 Musterstadt" in full
    assert "E-Mail: info@ihk-musterstadt.example" in full
    assert "Vertreten durch: Dr. Erika Muster (Präsidentin), Max Beispiel (Hauptgeschäftsführer)" in full
    assert "Impressum: https://www.ihk-musterstadt.example/impressum" in full


@pytest.mark.parametrize("case", CASES)
def test_concept_and_provider_document_share_the_provider_paragraph(bundles, case):
    concept, files = bundles[case]
    betreuung = next(section.body for section in concept.sections if section.id == "betreuung")
    paragraph = betreuung[betreuung.index("Anbieterin der Konten ist"):].split("\n\n")[0].strip()
    assert files["anbieterkennzeichnung"].document.sections[0].body.startswith(paragraph)


@pytest.mark.parametrize("case", CASES)
def test_netiquette_only_when_switched_on(bundles, case):
    concept, files = bundles[case]
    assert ("netiquette" in files) == ("netiquette" in concept.present_chapters)
    assert ("netiquette" in files) == (case == "netiquette")


def test_published_netiquette_repeats_the_chapter_and_names_the_contact(bundles):
    concept, files = bundles["netiquette"]
    chapter = next(section.body for section in concept.sections if section.id == "netiquette")
    published = files["netiquette"].document.sections[0].body
    rules = [line for line in chapter.splitlines() if line.startswith("- ")]
    assert len(rules) == 5 and all(rule in published.splitlines() for rule in rules)
    for paragraph in chapter.split("\n\n"):
        if paragraph.startswith(("Die Redaktion (", "Jede Löschung")):
            assert paragraph in published
    text = plain(published)
    editorial = concept.profile.editorial
    assert "Wenn Sie mit einer Entscheidung nicht einverstanden sind" in text
    assert editorial.email in text and editorial.phone in text
    assert concept.profile.chamber.address.street in text
    for use in concept.account_uses:
        assert use.account.name in text


def test_netiquette_blocks_only_after_repeated_unlawful_posts_in_chapter_and_published_text(bundles):
    concept, files = bundles["netiquette"]
    chapter = next(section.body for section in concept.sections if section.id == "netiquette")
    published = files["netiquette"].document.sections[0].body
    blocking = [paragraph for paragraph in chapter.split("\n\n") if paragraph.startswith("Ein Konto sperrt die Redaktion nur")]
    assert len(blocking) == 1 and blocking[0] in published
    text = plain(blocking[0])
    assert "wiederholt rechtswidrige Beiträge" in text and "mildere Mittel nicht genügen" in text
    assert "der nicht zugleich rechtswidrig ist, führt nicht zu einer Sperre" in text
    assert "im Verhältnis zu den Verstößen" in text and "Art. 5 Abs. 1 GG" in text
    assert "Den Grund jeder Sperre hält die Redaktion fest" in text
    assert "an die Redaktion wenden" in text and concept.profile.editorial.email in text
    for body in (chapter, published):
        assert "Bei wiederholten Verstößen kann die Redaktion ein Konto sperren" not in plain(body)
    betreuung = plain(next(section.body for section in concept.sections if section.id == "betreuung"))
    assert "wer wiederholt rechtswidrige Beiträge schreibt, kann blockiert werden" in betreuung


def test_netiquette_rules_protect_private_persons_and_name_what_is_degrading(bundles):
    concept, files = bundles["netiquette"]
    published = plain(files["netiquette"].document.sections[0].body)
    assert "private Angaben über Privatpersonen ohne deren Einverständnis" in published
    assert "extremistisch" not in published and "Namen, Anschriften, Bilder oder andere persönliche Angaben über Dritte" not in published


@pytest.mark.parametrize("case", CASES)
def test_provider_duty_rests_on_the_mstv_and_the_ddg_only_where_it_applies(bundles, provider_markdown, case):
    concept, _ = bundles[case]
    text = plain(provider_markdown[case])
    assert "Nach § 18 Abs. 1 MStV (Medienstaatsvertrag) müssen Name und Anschrift" in text
    assert "soweit § 5 DDG (Digitale-Dienste-Gesetz) auf die Konten anwendbar ist" in text
    assert "Die Anbieterkennzeichnung nach § 5 DDG" not in text
    assert "Soweit die Konten journalistisch-redaktionell gestaltete Angebote sind" in text
    assert "Weil die Konten journalistisch-redaktionell" not in text
    for invented in ("Umsatzsteuer", "USt-IdNr", "Aufsichtsbehörde", "Rechtsaufsicht"):
        assert invented not in text
    betreuung = plain(next(section.body for section in concept.sections if section.id == "betreuung"))
    assert "soweit § 5 DDG (Digitale-Dienste-Gesetz) auf die Konten anwendbar ist" in betreuung
