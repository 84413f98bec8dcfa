"""The batch engine (one pandoc lua process per worker, warm typst) gives today's bytes."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from smkonzept.build import load_document
from smkonzept.engine.pandoc_batch import Job, PandocBatch
from smkonzept.engine.render import Engine, joined_halves
from smkonzept.render import FORMATS, render_bytes

PROFILES = Path(__file__).parent.parent / "profiles"
SEEDS = sorted(PROFILES.glob("ihk-*.yaml"))
DESIGNED = [PROFILES / "stadt-musterhausen.yaml", PROFILES / "landkreis-musterland.yaml"]


def _hashes(outputs: dict[str, bytes]) -> dict[str, str]:
    return {fmt: hashlib.sha256(data).hexdigest() for fmt, data in outputs.items()}


def test_seed_profiles_byte_identical_through_the_engine():
    assert len(SEEDS) == 4
    documents = [load_document(path)[1] for path in SEEDS]
    single = [_hashes(render_bytes(document, FORMATS)) for document in documents]
    with Engine(workers=2) as engine:
        futures = [engine.submit(document, FORMATS) for document in documents]
        batch = [_hashes(future.result()) for future in futures]
        # A second round through the same warm processes and compilers gives the same bytes.
        again = [_hashes(engine.render(document, FORMATS)) for document in documents]
        # A single build: the PDF's typst source is written in two halves by both processes at once.
        halved = [_hashes(engine.render(document, FORMATS, split=True)) for document in documents]
    assert batch == single
    assert again == single
    assert halved == single


def _pdf_job(document):
    from smkonzept.engine.render import _jobs
    from smkonzept.render import Source

    source = Source.of(document)
    (_, job), = _jobs(source, ["pdf"])
    return source, job


def _halves(engine, cut, job, key=None):
    """The first half's body, the second half's page and its text before the body; with ``key``, the
    process that keeps the first half's parse, and the second half's parse."""
    (first, *_), kept_in = engine._convert_piece(cut, job, True, key)
    (page, start, *parse), _ = engine._convert_piece(cut, job, False, key)
    return first, page, start, kept_in, parse


@pytest.mark.parametrize("share", [0.5, 0.4], ids=["middle", "before the middle"])
@pytest.mark.parametrize("path", sorted(PROFILES.glob("*.yaml")), ids=lambda path: path.stem)
def test_typst_source_written_in_halves_equals_the_whole(path, share):
    from smkonzept.engine.chapters import halves

    source, job = _pdf_job(load_document(path)[1])
    cut = halves(source.markdown, share)
    assert cut is not None and cut.first_count and cut.second_count
    assert abs(len(cut.first) - len(cut.second)) < len(source.markdown) / 2
    with Engine(workers=2) as engine:
        (whole,) = engine._convert(source.markdown, [job])
        first, page, start, _, _ = _halves(engine, cut, job)
    assert start.startswith(b"#import") and first not in page
    assert joined_halves(first, page, start) == whole


@pytest.mark.parametrize("path", sorted(PROFILES.glob("*.yaml")), ids=lambda path: path.stem)
def test_docx_and_html_from_the_halves_parses_equal_the_whole(path):
    """A single build reads the Markdown once, in two halves at once: DOCX and HTML come from the first
    half's kept parse and the second half's sent one, with the bytes of a build from the whole."""
    from smkonzept.engine.chapters import halves
    from smkonzept.engine.render import _globals, _jobs
    from smkonzept.render import Source

    source = Source.of(load_document(path)[1])
    formats = ["pdf", "docx", "html"]
    _, *rest = _jobs(source, formats)
    cut = halves(source.markdown)
    with Engine(workers=2) as engine:
        whole = engine._convert(source.markdown, [job for _, job in rest], globals_=_globals(source, formats))
        first, page, start, kept_in, (parse,) = _halves(engine, cut, _jobs(source, ["pdf"])[0][1], "k")
        from_halves = kept_in.convert_after_kept("k", parse, [job for _, job in rest], _globals(source, formats))
    assert [fmt for fmt, _ in rest] == ["docx", "html"]
    assert from_halves == whole


_SECOND = "# Zweites Kapitel {#zweites}\n\nText.\n"


@pytest.mark.parametrize(
    "markdown",
    [
        "# Erstes\n\nText.\n\n" + _SECOND + "\n- Punkt eins\n- Punkt zwei\n",  # ends in a list
        "# Erstes\n\nText.\n\n" + _SECOND + "\n| A | B |\n|---|---|\n| 1 | 2 |\n",  # ends in a table
        "# Erstes\n\n## Leer\n\n" + _SECOND,  # the first half ends in a heading
        "Vorweg.\n\n# Erstes\n\n## Zweck\n\n" + _SECOND + "\n## Zweck\n\nEnde.\n",  # text before the first heading, repeated headings
        "# Erstes\n\n- eins\n\n  > zitiert\n\n" + _SECOND + "\n| Zeile eins\n|   Zeile zwei\n",  # nested blocks, a line block at the end
    ],
    ids=["list", "table", "heading", "repeated", "nested"],
)
def test_halves_join_as_the_whole(markdown):
    """The typst source joined from the halves, and DOCX, HTML and Markdown from the halves' parses, equal the whole's."""
    from smkonzept.engine.chapters import halves

    from smkonzept.engine.render import _jobs
    from smkonzept.render import Source

    source = Source(load_document(SEEDS[0])[1], markdown, {})
    (_, job), = _jobs(source, ["pdf"])
    others = [Job(to="docx"), Job(to="html5", standalone=True, toc=True, section_divs=True, number_sections=True), Job(to="markdown")]
    cut = halves(markdown)
    assert cut is not None
    with Engine(workers=2) as engine:
        (whole,) = engine._convert(markdown, [job])
        whole_others = engine._convert(markdown, others)
        first, page, start, kept_in, (parse,) = _halves(engine, cut, job, "k")
        from_halves = kept_in.convert_after_kept("k", parse, others)
    assert joined_halves(first, page, start) == whole
    assert from_halves == whole_others


@pytest.mark.parametrize(
    "markdown",
    [
        "# Erstes\n\nSiehe [Zweites\nKapitel].\n\n" + _SECOND,
        "# Erstes\n\nSiehe \\\\[zweites kapitel](ohne Ende.\n\n" + _SECOND,
        "# Erstes\n\nText.\n\n" + _SECOND + "\nZurück zu [*Erstes*].\n",
        "# Foo\u00a0Bar\n\nText.\n\n" + _SECOND + "\nSiehe [Foo Bar].\n",
        "# Foo [x]\n\nText.\n\n" + _SECOND + "\nSiehe [Foo [x]].\n",
        "# Aufgaben\n\n- [x] Konto angelegt\n- [ ] Impressum\n\n# X\n\nText.\n",
        "# X\n\nText.\n\n# Aufgaben\n\n- [X] Konto angelegt\n",
        "# A\n\nText^[Siehe [B].]\n\n## B\n\nt\n",
        "# Foo {#ziel}\n\nt\n\n# Ziel\n\nSiehe [Ziel].\n",
        "# A\n\nSiehe [a\\[b].\n\n## a\\[b\n\nt\n",
        "# A\n\nt\n\n## B^[Siehe [A].]\n\nt\n",
        "% Titel\n\n# A\n\nText eins.\n\n# B\n\nText zwei.\n",
    ],
    ids=[
        "line-break", "escaped-backslash", "formatted", "no-break-space", "nested", "task-list-box", "task-list-box-after", "note",
        "same-text-elsewhere", "unbalanced", "note-in-heading", "title-block",
    ],
)
def test_halves_link_references_to_headings_as_the_whole(markdown):
    """Each half is read between the other's heading lines: a bracketed text that names a heading in the
    other half (pandoc links it), or in its own with the same text elsewhere, reads as in the whole document."""
    test_halves_join_as_the_whole(markdown)


@pytest.mark.parametrize(
    ("markdown", "first"),
    [
        ("# Erstes\n\n> (@) Erster Grundsatz.\n\n" + _SECOND + "\n> (@) Zweiter Grundsatz.\n", True),
        ("# Erstes\n\n- (@gut) Beispiel.\n\n" + _SECOND + "\nWie in (@gut).\n", True),
        ("# Erstes\n\n@. eins\n\n" + _SECOND + "\n@. zwei\n", True),
    ],
    ids=["quoted-examples", "example-reference", "example-period"],
)
def test_halves_with_numbered_examples_are_refused(markdown, first):
    """pandoc numbers examples across the whole document: a piece holding one is refused."""
    from smkonzept.engine.chapters import halves
    from smkonzept.errors import SmkonzeptError

    _, job = _pdf_job(load_document(SEEDS[0])[1])
    cut = halves(markdown)
    assert cut is not None
    with Engine(workers=2) as engine:
        with pytest.raises(SmkonzeptError, match="numbered examples"):
            engine._convert_piece(cut, job, first, "k")


def test_halves_pandoc_refuses_go_whole(monkeypatch):
    """Heading lines that do not match the halves' headings make pandoc refuse; the PDF then comes from the whole document."""
    import attrs

    from smkonzept.engine import render
    from smkonzept.engine.chapters import halves
    from smkonzept.errors import SmkonzeptError

    document = load_document(SEEDS[0])[1]
    source, job = _pdf_job(document)
    cut = halves(source.markdown)
    wrong = attrs.evolve(cut, headings=cut.headings.replace("# ", "# Anders ", 1))
    monkeypatch.setattr(render, "halves", lambda markdown, share=0.5: wrong)
    with Engine(workers=2) as engine:
        with pytest.raises(SmkonzeptError, match="headings differ"):
            engine._convert_piece(wrong, job, True)
        outputs = engine.render(document, ["pdf", "html"], split=True)
    assert outputs == render_bytes(document, ["pdf", "html"])


def test_single_build_reads_the_markdown_once_in_halves(monkeypatch):
    """No process reads the whole Markdown: the halves are read at once, and DOCX and HTML come from their parses."""
    from smkonzept.render import Source

    document = load_document(SEEDS[0])[1]
    requests = []
    exchange = PandocBatch.exchange

    def recorded(self, request, name, answer):
        requests.append(request)
        return exchange(self, request, name, answer)

    monkeypatch.setattr(PandocBatch, "exchange", recorded)
    with Engine(workers=2) as engine:
        outputs = engine.render(document, ["pdf", "docx", "html"], split=True)
    markdown = Source.of(document).markdown
    read = [request["markdown"] for request in requests if request.get("markdown") and "part" in request]
    assert len(read) == 2 and "".join(read) != markdown and len("\n".join(read)) == len(markdown)
    assert not [request for request in requests if request.get("markdown") == markdown]
    assert [sorted(job["to"] for job in request["jobs"]) for request in requests if "after_kept" in request] == [["docx", "html5"]]
    assert _hashes(outputs) == _hashes(render_bytes(document, ["pdf", "docx", "html"]))


def test_a_kept_half_lasts_one_request_and_answers_only_its_key(monkeypatch):
    """The process forgets a kept half at its next request and refuses another key; the engine then
    writes DOCX and HTML from the whole Markdown, with the same bytes."""
    from smkonzept.engine.chapters import halves
    from smkonzept.errors import SmkonzeptError

    document = load_document(SEEDS[0])[1]
    source, job = _pdf_job(document)
    cut = halves(source.markdown)
    with Engine(workers=2) as engine:
        _, _, _, kept_in, (parse,) = _halves(engine, cut, job, "eins")
        with pytest.raises(SmkonzeptError, match="not kept"):
            kept_in.convert_after_kept("zwei", parse, [Job(to="html5")])
        with pytest.raises(SmkonzeptError, match="not kept"):
            kept_in.convert_after_kept("eins", parse, [Job(to="html5")])
    convert_after_kept = PandocBatch.convert_after_kept
    monkeypatch.setattr(PandocBatch, "convert_after_kept", lambda self, key, *args: convert_after_kept(self, key + "-anders", *args))
    with Engine(workers=2) as engine:
        outputs = engine.render(document, ["pdf", "docx", "html"], split=True)
    assert _hashes(outputs) == _hashes(render_bytes(document, ["pdf", "docx", "html"]))


def test_markdown_that_may_refer_across_the_cut_is_not_cut():
    from smkonzept.engine.chapters import halves

    assert halves("# A\n\nText[^1]\n\n# B\n\n[^1]: Fußnote\n") is None
    assert halves("# A\n\nSiehe [B][x].\n\n# B\n\n[x]:\n  https://example.org\n") is None
    # a heading line in a code block or a fenced div is none
    assert halves("# A\n\n````\n```\n\n# B\n\n```\n````\n\n# C\n\nText\n") is None
    assert halves("# A\n\n- ```\n  x\n  ```\n\n# B\n\nText\n") is None
    assert halves("# A\n\n::: Kasten\n\n# B\n\n:::\n\n# C\n\nText\n") is None
    assert halves("# A\n\nText\n") is None
    # a multiline table's row may begin with "#"; rules and tables drawn with dashes are never cut
    assert halves("# A\n\nText.\n\n------- -----\nErste   Zeile\n\n## Zwei Zeile\n------- -----\n\n# B\n\nText.\n") is None
    assert halves("# A\n\nText.\n\n- - -\n\n# B\n\nText.\n") is None
    # the line before a definition is its term, a heading line too
    assert halves("# A\n\nF\n\nBegriff\n:   Def\n\n# B\n\n:   nicht\n\nF\n") is None
    assert halves("# A\n\nF\n\n# B\n\n~ 5 Stunden\n") is None
    # a line of no-break spaces is no blank line: the heading line after it continues a paragraph
    assert halves("# A\n\nText eins\n\u00a0\n## B\n\nText.\n") is None
    # blank lines before the first heading are no half of their own
    assert halves("\n" * 10 + "## B\n\nText.\n\n## C\n\nText.\n").first.strip() == "## B\n\nText."
    cut = halves("# A\n\n## Zweck\n\nText\n\n# B\n\n## Zweck\n\n[Verweis](https://example.org)\n")
    assert cut is not None
    assert (cut.first, cut.second) == ("# A\n\n## Zweck\n\nText\n\n# B\n", "## Zweck\n\n[Verweis](https://example.org)\n")
    assert (cut.headings, cut.first_count, cut.second_count) == ("# A\n\n## Zweck\n\n# B\n\n## Zweck", 3, 1)
    # never before a heading of level 3 or below
    assert halves("# A\n\nText\n\n### B\n\nText\n") is None


def test_halves_cut_before_the_heading_nearest_the_share():
    """Before a heading of level 1 or 2; the editor's chapters only before level 1."""
    from smkonzept.engine.chapters import chapters, halves

    nested = "# Eins\n\nText.\n\n## Eins a\n\nText.\n\n# Zwei\n\nText.\n"
    assert halves(nested).second == "## Eins a\n\nText.\n\n# Zwei\n\nText.\n"
    assert chapters(nested)[0] == ["# Eins\n\nText.\n\n## Eins a\n\nText.\n", "# Zwei\n\nText.\n"]

    markdown = "".join(f"# Kapitel {number}\n\n{'Text. ' * 20}\n\n" for number in range(10))
    firsts = {share: halves(markdown, share).first.count("# Kapitel") for share in (0.5, 0.4, 0.2, 0.8)}
    assert firsts == {0.5: 5, 0.4: 4, 0.2: 2, 0.8: 8}


_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#%s"/></svg>'
_FIGURES_MARKDOWN = (
    "# Abbildungen\n\n"
    '![Bild A](a.svg){alt="Alternativtext A"}\n\n'
    "Text mit ![B im Satz](b.svg) und ![fremd](c.svg) im Satz.\n\n"
    "| Spalte |\n|---|\n| ![A in der Tabelle](a.svg) |\n\n"
    "- 1. Punkt mit ![B in der Liste](b.svg)\n"
)


@pytest.mark.parametrize("figures", [{"a.svg": _SVG % b"123456", "b.svg": _SVG % b"abcdef"}, {"a.svg": _SVG % b"123456", "b.svg": _SVG % b"123456"}], ids=["distinct", "same bytes"])
def test_typst_source_from_the_document_shared_with_docx_and_html_equals_its_own(figures):
    """The batch engine writes the typst source from the document sanitize.lua made for DOCX and HTML
    (figures embedded as data: URIs); typst.lua gives the figures their file names again, inside
    figures, paragraphs, tables and lists. Two figures with the same bytes: the job keeps its own run."""
    from smkonzept.engine.render import _globals, _jobs
    from smkonzept.render import Source

    source = Source(load_document(SEEDS[0])[1], _FIGURES_MARKDOWN, figures)
    shared = [job for _, job in _jobs(source, ["pdf", "docx", "html"])]
    (_, alone), = _jobs(source, ["pdf"])
    assert (shared[0].metadata == shared[1].metadata) is (len(set(figures.values())) == 2)
    with PandocBatch() as pandoc:
        typst, docx, html = pandoc.convert(source.markdown, shared, globals_=_globals(source, ["pdf", "docx", "html"]))
        (own,) = pandoc.convert(source.markdown, [alone])
        (docx_own,) = pandoc.convert(source.markdown, [shared[1]])
    assert typst == own
    text = typst.decode()
    assert text.count('#image("a.svg"') == 2 and text.count('#image("b.svg"') == 2 and "data:" not in text
    assert "c.svg" not in text
    assert docx == docx_own and html.count(b'src="data:image/svg+xml;base64,') == 4


def test_alt_text_is_the_description_as_written():
    """typst.lua writes an image's alt text before it escapes apostrophes or takes soft hyphens out of links."""
    from smkonzept.engine.render import _jobs
    from smkonzept.render import Source

    markdown = "![Peter\u2019s Bild](a.svg)\n\nText ![Peter\u2019s [Ver\u00adweis](https://example.org)](b.svg) im Satz.\n"
    source = Source(load_document(SEEDS[0])[1], markdown, {"a.svg": _SVG % b"123456", "b.svg": _SVG % b"abcdef"})
    (_, job), = _jobs(source, ["pdf"])
    with PandocBatch() as pandoc:
        (typst,) = pandoc.convert(markdown, [job])
    text = typst.decode()
    assert '#image("a.svg", alt: "Peter\u2019s Bild")' in text
    assert '#image("b.svg", alt: "Peter\u2019s Ver\u00adweis")' in text


@pytest.mark.parametrize("width", [60, 76, 90])
def test_pipe_tables_get_the_command_line_column_widths(width):
    """pandoc's command line reads with 72 columns: a pipe table with a longer line gets relative widths."""
    from smkonzept.pandoc import run_pandoc

    cell = "x" * (width - 12)
    markdown = f"| {cell} | kurz |\n|---|---|\n| a | b |\n"
    with PandocBatch() as pandoc:
        typst, html = pandoc.convert(markdown, [Job(to="typst"), Job(to="html5")])
    assert typst.rstrip(b"\n") == run_pandoc(markdown, ["--to=typst"], 0).rstrip(b"\n")
    assert html.rstrip(b"\n") == run_pandoc(markdown, ["--to=html5"], 0).rstrip(b"\n")
    assert (b"columns: (" in typst) is (width > 72)


def test_designed_profiles_byte_identical_through_the_engine(tmp_path):
    import shutil

    designs = PROFILES.parent / "examples" / "designs"
    shutil.copytree(designs, tmp_path, dirs_exist_ok=True)
    examples = []
    for design in sorted(designs.glob("*.yaml")):
        profile = tmp_path / f"ihk-ulm-{design.stem}.yaml"
        profile.write_text((PROFILES / "ihk-ulm.yaml").read_text(encoding="utf-8").rstrip("\n") + f"\ndesign: {design.name}\n", encoding="utf-8")
        examples.append(profile)
    documents = [load_document(path)[1] for path in [*DESIGNED, *examples]]
    assert all(document.profile.design is not None for document in documents)
    # The example designs bring every design input: logo, fonts and title lines.
    assert all(document.profile.design.fonts.body and document.profile.design.title_lines for document in documents[len(DESIGNED):])
    single = [_hashes(render_bytes(document, FORMATS)) for document in documents]
    with Engine(workers=2) as engine:
        halved = [_hashes(engine.render(document, FORMATS, split=True)) for document in documents]
        batch = [_hashes(engine.render(document, FORMATS)) for document in documents]
    assert halved == single
    assert batch == single


def test_engine_subset_of_formats():
    document = load_document(SEEDS[0])[1]
    with Engine(workers=1) as engine:
        assert engine.render(document, ["html"]).keys() == {"html"}


def test_local_images_never_reach_the_writer(tmp_path):
    image = tmp_path / "secret.png"
    image.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
        )
    )
    with PandocBatch() as pandoc:
        (docx,) = pandoc.convert(f"![x]({image})\n", [Job(to="docx")])
    names = zipfile.ZipFile(io.BytesIO(docx)).namelist()
    assert not [name for name in names if name.startswith("word/media/")]


def test_pandoc_errors_are_reported_and_the_process_recovers():
    from smkonzept.errors import SmkonzeptError

    with PandocBatch() as pandoc:
        with pytest.raises(SmkonzeptError):
            pandoc.convert("x", [Job(to="no-such-format")])
        (html,) = pandoc.convert("*x*", [Job(to="html5")])
    assert html == b"<p><em>x</em></p>"


@pytest.mark.parametrize("workers, most", [(1, 1), (2, 4)])
def test_workers_bound_the_conversions_at_a_time(monkeypatch, workers, most):
    """One worker: one pandoc or typst step at a time. Two: a pandoc and a typst stage each, while a PDF compiles
    the next document is already read."""
    import threading
    import time

    from smkonzept.engine import render

    running, peak, lock = [0], [0], threading.Lock()

    def counted(step):
        def run(*args, **kwargs):
            with lock:
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            try:
                time.sleep(0.05)
                return step(*args, **kwargs)
            finally:
                with lock:
                    running[0] -= 1
        return run

    monkeypatch.setattr(render, "compile_pdf_warm", counted(render.compile_pdf_warm))
    monkeypatch.setattr(PandocBatch, "convert", counted(PandocBatch.convert))
    documents = [load_document(path)[1] for path in SEEDS[:3]]
    with Engine(workers=workers) as engine:
        futures = [engine.submit(document, ["pdf", "html"]) for document in documents]
        assert all(set(future.result()) == {"pdf", "html"} for future in futures)
    assert peak[0] <= most
    if workers > 1:
        assert peak[0] > 2
