"""What the command line's subcommands do: build, check and plugins.

A build writes the files of all its profiles together, after every conversion succeeded.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from smkonzept.build import load_profiles
from smkonzept.compliance import evaluate
from smkonzept.errors import InputError
from smkonzept.manager import get_plugin_manager, load_registry, plugin_infos
from smkonzept.atomic import write_all
from smkonzept.render import start_render

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


def build(args: argparse.Namespace) -> int:
    registry = load_registry()
    documents = load_profiles(args.profiles, registry)
    stems = [loaded.path.stem for loaded, _ in documents]
    duplicates = sorted({stem for stem in stems if stems.count(stem) > 1})
    if duplicates:
        raise InputError(f"Mehrere Profile ergäben dieselben Ausgabedateien ({', '.join(duplicates)}); bitte einzeln oder in verschiedene Ordner erstellen.")
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise InputError(f"Der Ausgabeordner {output} ist eine Datei.")
    progress = _Progress(len(documents))
    with ThreadPoolExecutor(max_workers=_workers()) as pool:
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


def _workers() -> int:
    """Conversions at a time: one per available core (pandoc and typst each keep a core busy).

    ``SMKONZEPT_WORKERS`` overrides it; ``SMKONZEPT_WORKERS=1`` runs one conversion at a time.
    """
    value = os.environ.get("SMKONZEPT_WORKERS", "").strip()
    if not value:
        return max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2)
    if not value.isdigit() or int(value) < 1:
        raise InputError(f"SMKONZEPT_WORKERS muss eine ganze Zahl ab 1 sein, nicht „{value}“.")
    return int(value)


def check(args: argparse.Namespace) -> int:
    registry = load_registry()
    missing_total = 0
    for loaded, document in load_profiles(args.profiles, registry):
        results = evaluate(document)
        law = document.law
        print(f"{loaded.path}: Profil ist gültig ({law.state}, {len(document.account_uses)} Konten).")
        if law.guidance is None:
            print(f"  Für {law.state} ist keine Richtlinie der Aufsichtsbehörde zu sozialen Medien hinterlegt.")
            continue
        print(f"  Anforderungen aus „{law.guidance.title}“ ({law.guidance.year}):")
        for requirement, problem in results:
            if problem is None:
                print(f"  ✓ erfüllt:  {requirement.text}")
            else:
                missing_total += 1
                print(f"  ✗ fehlt:    {requirement.text}\n              {problem}")
    if missing_total:
        label = "Fehler" if args.strict else "Warnung"
        print(f"{label}: {missing_total} Anforderung(en) nicht erfüllt.", file=sys.stderr)
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
