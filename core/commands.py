"""What the command line's subcommands print: build, check, diff, init, serve and plugins; the work is done elsewhere."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from smkonzept.build import check_outputs, load_documents, output_folder, workers, write_documents
from smkonzept.checks import departures, evaluate, evaluate_core
from smkonzept.document import Document
from smkonzept.german import counted
from smkonzept.manager import PluginInfo, get_plugin_manager, load_registry, plugin_infos
from smkonzept.progress import BuildProgress

if TYPE_CHECKING:
    from smkonzept.engine.render import Engine

__all__ = ["build", "check", "diff", "init", "plugins", "serve"]


def _unmet(document: Document) -> list[tuple[str, str]]:
    """(requirement text, problem) for every core and guidance requirement the document misses."""
    unmet: dict[str, str] = {}
    for requirement, problem in (*evaluate_core(document), *evaluate(document)):
        if problem is not None and problem not in unmet.values():
            unmet[requirement.text] = problem
    return list(unmet.items())


def build(args: argparse.Namespace) -> int:
    from smkonzept.engine.render import Engine

    conversions = workers()
    output = output_folder(args.output)
    with Engine(workers=conversions, pdf="pdf" in args.format) as engine:
        return _build(args, output, engine)


def _build(args: argparse.Namespace, output: Path, engine: Engine) -> int:
    # A batch converts each profile as soon as it is read; a single profile, a bundle or a --strict build waits for the checks.
    batch = len(args.profiles) > 1 and not getattr(args, "strict", False) and not getattr(args, "bundle", False)
    registry = load_registry()
    documents = load_documents(args.profiles, registry, (lambda _, document: engine.prefetch(document, args.format)) if batch else None)
    check_outputs(documents, args.format, output)
    unmet_total = 0
    for loaded, document in documents:
        for text, problem in _unmet(document):
            unmet_total += 1
            if getattr(args, "quiet", False) and not getattr(args, "strict", False):
                continue
            print(f"Warnung: {loaded.path}: {text}: {problem}", file=sys.stderr)
    if unmet_total and getattr(args, "strict", False):
        print(f"Fehler: {counted(unmet_total, 'Anforderung', 'Anforderungen')} nicht erfüllt; mit --strict wird nichts geschrieben.", file=sys.stderr)
        return 2
    quiet, verbose = getattr(args, "quiet", False), getattr(args, "verbose", False)
    if getattr(args, "bundle", False):
        from smkonzept.bundle import write_bundles
        from smkonzept.evaluation import previous_edition

        with BuildProgress(0, quiet=quiet, verbose=verbose) as progress:
            built = write_bundles(
                documents, registry, output, engine, progress.step, previous_edition,
            )
    else:
        with BuildProgress(len(documents) * len(args.format), quiet=quiet, verbose=verbose) as progress:
            built = write_documents(documents, args.format, output, progress.step, engine)
    if not quiet:
        for source, paths in built:
            print(f"{source} → {', '.join(str(path) for path in paths)}")
    return 0


def check(args: argparse.Namespace) -> int:
    registry = load_registry()
    missing_total = 0
    for loaded, document in load_documents(args.profiles, registry):
        law = document.law
        print(f"{loaded.path}: Profil ist gültig ({law.state}, {counted(len(document.account_uses), 'Konto', 'Konten')}).")
        sections = [("Grundanforderungen an jedes Konzept", evaluate_core(document))]
        if law.omitted:
            print(f"  Nicht aus amtlicher Quelle bestätigt und deshalb weggelassen ({law.state}): {'; '.join(law.omitted)}.")
        if law.guidance is None:
            print(f"  Für {law.state} ist keine Richtlinie der Aufsichtsbehörde zu sozialen Medien hinterlegt.")
        else:
            sections.append((f"Anforderungen aus „{law.guidance.title}“ ({law.guidance.year})", evaluate(document)))
        departed = {requirement.id: reason for requirement, reason in departures(document)}
        for heading, results in sections:
            print(f"  {heading}:")
            for requirement, problem in results:
                if problem is None and requirement.id in departed and requirement in (law.guidance.requirements if law.guidance else ()):
                    print(f"  ↷ bewusst abweichend:  {requirement.text}\n              Grund: {departed[requirement.id]}")
                elif problem is None:
                    print(f"  ✓ erfüllt:  {requirement.text}")
                else:
                    missing_total += 1
                    print(f"  ✗ fehlt:    {requirement.text}\n              {problem}")
    if missing_total:
        label = "Fehler" if args.strict else "Warnung"
        print(f"{label}: {counted(missing_total, 'Anforderung', 'Anforderungen')} nicht erfüllt.", file=sys.stderr)
        return 2 if args.strict else 0
    return 0


def diff(args: argparse.Namespace) -> int:
    from smkonzept.atomic import refuse_overwriting_inputs, write_all
    from smkonzept.changes import compare

    registry = load_registry()
    (old_loaded, old), (new_loaded, new) = load_documents([args.old, args.new], registry)
    text = _readable(compare(old, new, args.old, args.new).markdown(2, full=True), new)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    if target.is_dir() or not target.parent.is_dir():
        from smkonzept.errors import InputError

        reason = "ist ein Ordner" if target.is_dir() else f"liegt in einem Ordner, den es nicht gibt ({target.parent})"
        raise InputError(f"Die Ausgabedatei {target} {reason}; bitte eine Datei in einem vorhandenen Ordner angeben.")
    refuse_overwriting_inputs([target], [*old_loaded.sources, *new_loaded.sources])
    write_all({target: text.encode("utf-8")})
    print(f"{args.old}, {args.new} → {target}")
    return 0


def _readable(markdown: str, document: Document) -> str:
    """The report's Markdown as pandoc writes it: escapes only where Markdown needs them, so it reads well as text."""
    from smkonzept.pandoc import run_pandoc
    from smkonzept.render import _epoch, _filter

    return run_pandoc(markdown, ["--to=markdown-smart", "--wrap=none", _filter()], _epoch(document)).decode("utf-8")


def plugins(args: argparse.Namespace) -> int:
    pm = get_plugin_manager()
    infos = plugin_infos(pm, load_registry(pm))
    outside = [info for info in infos if not info.builtin]
    builtin = [info for info in infos if info.builtin]
    print("Zusätzlich installierte Plugins:" if outside else "Zusätzlich installierte Plugins: keine")
    for info in outside:
        _print_plugin(info, detailed=True)
    print("Eingebaute Plugins:" + ("" if args.all else " (Einzelheiten mit --all)"))
    for info in builtin:
        _print_plugin(info, detailed=args.all)
    return 0


def _print_plugin(info: PluginInfo, detailed: bool) -> None:
    registers = ", ".join(info.registers) or "nichts"
    if not detailed:
        print(f"  {info.name.rsplit('.', 1)[-1]}: {registers}")
        return
    package = f"{info.distribution} {info.version}".strip() or "ohne Paket"
    print(f"  {info.name} (Paket {package})")
    print(f"    Hooks: {', '.join(info.hooks) or 'keine'}")
    print(f"    Registriert: {registers}")


def init(args: argparse.Namespace) -> int:
    from smkonzept.bodykinds import BODY_KINDS
    from smkonzept.build import load_document
    from smkonzept.errors import InputError
    from smkonzept.init import PLACEHOLDERS, fitting_laws, write_starter

    registry = load_registry()
    path = Path(args.file)
    kind, law, name = args.kind, args.law, args.name
    if None in (kind, law, name):
        if not sys.stdin.isatty():
            missing = ", ".join(f"--{option}" for option, value in (("kind", kind), ("law", law), ("name", name)) if value is None)
            raise InputError(f"Es fehlen Angaben: {missing}. Ohne Terminal fragt „init“ nicht nach; bitte die Optionen angeben.")
        name = name or _ask("Voller Name der Stelle (z. B. Stadt Musterhausen)", [])
        kind = kind or _ask("Art der Stelle", [(kind_id, body.label) for kind_id, body in BODY_KINDS.items()])
        if law is None and kind in BODY_KINDS:
            law = _ask("Datenschutzgesetz", [(law_id, registry.laws[law_id].state) for law_id in fitting_laws(BODY_KINDS[kind], registry)])
    write_starter(path, kind, law, name, registry)
    print(f"{path}: Profil angelegt.")
    print(f"Warnung: {path}: Bitte die Beispielwerte ersetzen: {', '.join(PLACEHOLDERS)}.", file=sys.stderr)
    _, document = load_document(path, registry)
    for text, problem in _unmet(document):
        print(f"Warnung: {path}: {text}: {problem}", file=sys.stderr)
    return 0


def _ask(question: str, choices: list[tuple[str, str]]) -> str:
    """An answer from the terminal: free text, or one of ``choices`` by number or id."""
    from smkonzept.errors import InputError

    for number, (value, label) in enumerate(choices, 1):
        print(f"  {number:2}. {label} ({value})")
    while True:
        try:
            answer = input(f"{question}{' (Nummer oder Kennung)' if choices else ''}: ").strip()
        except EOFError:
            raise InputError("Abgebrochen: Die Eingabe endete vor der Antwort.") from None
        if not choices and answer:
            return answer
        ids = [value for value, _ in choices]
        if answer.isdigit() and 1 <= int(answer) <= len(choices):
            return ids[int(answer) - 1]
        if answer in ids:
            return answer
        print(f"Bitte eine Nummer von 1 bis {len(choices)} oder eine der Kennungen angeben." if choices else "Bitte einen Namen angeben.")


def serve(args: argparse.Namespace) -> int:
    from smkonzept.serve.server import run

    return run(Path(args.profile), args.port, open_browser=not args.no_browser)
