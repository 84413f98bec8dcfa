"""What the command line's subcommands do: build, check and plugins.

A build writes the files of all its profiles together, after every conversion succeeded.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from smkonzept.build import load_profiles
from smkonzept.compliance import departures, evaluate, evaluate_core
from smkonzept.errors import InputError
from smkonzept.manager import get_plugin_manager, load_registry, plugin_infos
from smkonzept.output import refuse_overwriting_inputs, write_all
from smkonzept.render import start_render
from smkonzept.tempfiles import sweep_temp
from smkonzept.templating import counted

__all__ = ["build", "check", "plugins"]


class _Progress:
    """One self-overwriting status line on a terminal; silent otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.active = sys.stderr.isatty()

    def step(self, label: str) -> None:
        self.done += 1
        if self.active:
            sys.stderr.write(f"\r\033[K[{self.done}/{self.total}] {label}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _unmet(document) -> list[tuple[str, str]]:
    """(requirement text, problem) for every core and guidance requirement the document misses."""
    unmet: dict[str, str] = {}
    for requirement, problem in (*evaluate_core(document), *evaluate(document)):
        if problem is not None and problem not in unmet.values():
            unmet[requirement.text] = problem
    return list(unmet.items())


def build(args: argparse.Namespace) -> int:
    workers = _workers()
    output = _output_folder(args.output)
    sweep_temp()
    registry = load_registry()
    documents = load_profiles(args.profiles, registry)
    unmet_total = 0
    for loaded, document in documents:
        for text, problem in _unmet(document):
            unmet_total += 1
            print(f"Warnung: {loaded.path}: {text}: {problem}", file=sys.stderr)
    if unmet_total and getattr(args, "strict", False):
        print(f"Fehler: {counted(unmet_total, 'Anforderung', 'Anforderungen')} nicht erfüllt; mit --strict wird nichts geschrieben.", file=sys.stderr)
        return 2
    stems = [loaded.path.stem for loaded, _ in documents]
    duplicates = sorted({stem for stem in stems if stems.count(stem) > 1})
    if duplicates:
        raise InputError(f"Mehrere Profile ergäben dieselben Ausgabedateien ({', '.join(duplicates)}); bitte einzeln oder in verschiedene Ordner erstellen.")
    if output.exists() and not output.is_dir():
        raise InputError(f"Der Ausgabeordner {output} ist eine Datei.")
    refuse_overwriting_inputs(
        [output / f"{loaded.path.stem}.{fmt}" for loaded, _ in documents for fmt in args.format],
        [source for loaded, _ in documents for source in (loaded.sources or (loaded.path,))],
    )
    progress = _Progress(len(documents))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = [(loaded.path, start_render(document, args.format, pool)) for loaded, document in documents]
        files: dict[Path, bytes] = {}
        written: list[tuple[Path, list[Path]]] = []
        try:
            for source, futures in pending:
                outputs = {output / f"{source.stem}.{fmt}": future.result() for fmt, future in futures.items()}
                files.update(outputs)
                written.append((source, list(outputs)))
                progress.step(source.name)
        finally:
            for _, futures in pending:
                for future in futures.values():
                    future.cancel()
            progress.close()
    write_all(files)
    for source, paths in written:
        print(f"{source} → {', '.join(str(path) for path in paths)}")
    return 0


def _output_folder(value: str | Path) -> Path:
    """The output folder the user named; an empty name is refused rather than read as the current folder."""
    if not str(value).strip():
        raise InputError("Der Ausgabeordner ist leer (--output \"\"). Bitte einen Ordner angeben, z. B. --output build, oder --output . für den aktuellen Ordner.")
    return Path(value)


def _workers() -> int:
    """Conversions at a time: one per available core (pandoc and typst each keep a core busy).

    ``SMKONZEPT_WORKERS`` overrides it; ``SMKONZEPT_WORKERS=1`` runs one conversion at a time.
    """
    value = os.environ.get("SMKONZEPT_WORKERS", "").strip()
    if not value:
        return max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2)
    if not re.fullmatch(r"[0-9]{1,6}", value) or int(value) < 1:
        shown = value[:20].encode("ascii", "backslashreplace").decode("ascii")
        raise InputError(f"SMKONZEPT_WORKERS muss eine ganze Zahl von 1 bis 999999 (Ziffern 0–9) sein, nicht „{shown}“.")
    return int(value)


def check(args: argparse.Namespace) -> int:
    registry = load_registry()
    missing_total = 0
    for loaded, document in load_profiles(args.profiles, registry):
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


def _print_plugin(info, detailed: bool) -> None:
    registers = ", ".join(info.registers) or "nichts"
    if not detailed:
        print(f"  {info.name.rsplit('.', 1)[-1]}: {registers}")
        return
    package = f"{info.distribution} {info.version}".strip() or "ohne Paket"
    print(f"  {info.name} (Paket {package})")
    print(f"    Hooks: {', '.join(info.hooks) or 'keine'}")
    print(f"    Registriert: {registers}")
