"""The command line: ``smkonzept build``, ``check``, ``diff``, ``init``, ``serve`` and ``plugins``.

Heavy libraries load only when a command needs them, so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from smkonzept.bodykinds import BODY_KINDS
from smkonzept.german_argparse import german

__all__ = ["main", "run"]

DESCRIPTION = "Erstellt Social-Media-Nutzungskonzepte für öffentliche Stellen aus einem Profil."
EPILOG = "Beispiel: smkonzept build profiles/ihk-ulm.yaml --format html,pdf --output build/"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Fehler: {_german_usage(message)}", file=sys.stderr)
        raise SystemExit(2)


def _german_usage(message: str) -> str:
    replacements = {
        "the following arguments are required": "Es fehlen Angaben",
        "unrecognized arguments": "Unbekannte Angaben",
        "invalid choice": "Ungültige Auswahl",
        "expected one argument": "Hier fehlt ein Wert",
    }
    for english, german in replacements.items():
        message = message.replace(english, german)
    return message


DEFAULT_FORMATS = ("html", "docx", "pdf")


def _formats(value: str) -> list[str]:
    from_formats = ("html", "docx", "pdf", "md")
    formats = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [part for part in formats if part not in from_formats]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"unbekanntes Format „{', '.join(unknown) or value}“; möglich sind: {', '.join(from_formats)}"
        )
    return formats


def _port(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"„{value}“ ist kein Port; erlaubt sind ganze Zahlen von 0 bis 65535 (0: ein freier Port)")
    return int(value)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="smkonzept", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="store_true", help="Version anzeigen")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    build = commands.add_parser("build", help="Konzept(e) erstellen", description="Erstellt das Konzept für jedes Profil.")
    build.add_argument("profiles", nargs="+", metavar="PROFIL", help="Profildatei(en) (YAML)")
    build.add_argument("--format", "-f", type=_formats, action="extend", metavar="FORMATE", help="Formate, kommagetrennt oder mehrfach angegeben: html,docx,pdf,md (Standard: html,docx,pdf)")
    build.add_argument("--output", "-o", default="build", metavar="ORDNER", help="Ausgabeordner (Standard: build/; der aktuelle Ordner: .)")
    build.add_argument("--strict", action="store_true", help="nicht erfüllte Anforderungen als Fehler werten (Exit-Code 2, nichts wird geschrieben)")
    build.add_argument("--bundle", action="store_true", help="das ganze Paket in ORDNER/<Profilname>/ schreiben: Konzept, Datenschutzhinweise je Plattform, Verarbeitungsverzeichnis, Anbieterkennzeichnung, Übersicht mit Prüfsummen und ZIP-Archiv")
    loudness = build.add_mutually_exclusive_group()
    loudness.add_argument("--quiet", "-q", action="store_true", help="nichts außer Fehlern ausgeben: keine Fortschrittsanzeige, keine Warnungen, keine Dateiliste")
    loudness.add_argument("--verbose", "-v", action="store_true", help="jede fertige Datei mit der Zeit seit dem Start auf stderr nennen")
    check = commands.add_parser("check", help="Profil(e) prüfen, ohne etwas zu schreiben", description="Prüft Profile und die Anforderungen der Aufsichtsbehörde.")
    check.add_argument("profiles", nargs="+", metavar="PROFIL", help="Profildatei(en) (YAML)")
    check.add_argument("--strict", action="store_true", help="fehlende Anforderungen als Fehler werten (Exit-Code 2)")
    diff = commands.add_parser("diff", help="Änderungen zwischen zwei Ausgaben eines Profils zeigen", description="Vergleicht zwei Ausgaben eines Profils (für die jährliche Evaluierung): Konten, Zwecke, Zielgruppen, Inhalte, Maßnahmen, Entscheidungen, Speicherdauer, Datenschutzgesetz, dazu die Angaben zu Plattformen und Gesetz, die zwischen den beiden Ständen geprüft wurden, und Rechtsprechung aus dieser Zeit. Gibt den Bericht als Markdown aus.")
    diff.add_argument("old", metavar="ALT", help="Profil der vorigen Ausgabe (YAML)")
    diff.add_argument("new", metavar="NEU", help="Profil der neuen Ausgabe (YAML)")
    diff.add_argument("--output", "-o", metavar="DATEI", help="den Bericht in DATEI schreiben statt auf die Standardausgabe")
    init = commands.add_parser("init", help="ein neues Profil mit Erklärungen anlegen", description="Legt ein Profil an, das „check“ besteht; was nur die Stelle wissen kann, ist als Beispielwert eingetragen und wird als Warnung genannt. Ohne die Angaben fragt der Befehl auf einem Terminal nach.")
    init.add_argument("file", metavar="DATEI", help="neue Profildatei (.yaml); eine vorhandene Datei wird nicht überschrieben")
    init.add_argument("--kind", metavar="ART", help=f"Art der Stelle: {', '.join(BODY_KINDS)}")
    init.add_argument("--law", metavar="GESETZ", help="Datenschutzgesetz: das Land (z. B. bayern) oder bund")
    init.add_argument("--name", metavar="NAME", help="voller Name der Stelle, z. B. \"Stadt Musterhausen\"")
    serve = commands.add_parser("serve", help="Profil im Browser bearbeiten, mit Vorschau", description="Startet einen Editor für das Profil im Browser, nur auf diesem Rechner (127.0.0.1). Die Adresse enthält einen Schlüssel; wer ihn nicht kennt, erhält keinen Zugriff. Beenden mit Strg-C.")
    serve.add_argument("profile", metavar="PROFIL", help="Profildatei (YAML)")
    serve.add_argument("--port", type=_port, default=0, metavar="N", help="Port (Standard: ein freier Port)")
    serve.add_argument("--no-browser", action="store_true", help="keinen Browser öffnen, nur die Adresse ausgeben")
    plugins = commands.add_parser("plugins", help="installierte Plugins anzeigen", description="Zeigt installierte Plugins und was sie registrieren.")
    plugins.add_argument("--all", action="store_true", help="auch die eingebauten Plugins zeigen")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 internal failure, 2 bad input)."""
    with german():
        args = _parser().parse_args(argv)
    if getattr(args, "bundle", False) and args.format is not None:
        print("Fehler: --format gilt nicht zusammen mit --bundle; das Paket enthält jedes Dokument in den Formaten, die es braucht.", file=sys.stderr)
        return 2
    if getattr(args, "format", "") is None:
        args.format = list(DEFAULT_FORMATS)
    elif getattr(args, "format", None):
        args.format = list(dict.fromkeys(args.format))
    if args.version:
        from importlib.metadata import version

        print(f"smkonzept {version('smkonzept')}")
        return 0
    if args.command is None:
        with german():
            _parser().print_help()
        return 0
    from smkonzept.errors import Interrupted, SmkonzeptError
    from smkonzept.tempfiles import install_signal_handlers

    install_signal_handlers()
    try:
        from smkonzept import commands

        code = int(getattr(commands, args.command)(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except SmkonzeptError as exc:
        print(f"Fehler: {exc}" if "\n" not in str(exc) else f"Fehler:\n{exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt as exc:
        print("Abgebrochen.", file=sys.stderr)
        return 128 + (exc.signum if isinstance(exc, Interrupted) else 2)
    except Exception as exc:
        if os.environ.get("SMKONZEPT_DEBUG"):
            raise
        print(
            f"Interner Fehler: {type(exc).__name__}: {exc}\n"
            "Das ist ein Fehler in smkonzept oder einem Plugin, nicht in Ihrem Profil. "
            "Mit SMKONZEPT_DEBUG=1 erscheinen Einzelheiten für die Fehlermeldung.",
            file=sys.stderr,
        )
        return 1


_COLLECT_EVERY = 20_000
"""New objects between two runs of Python's cyclic garbage collector in the ``smkonzept`` command (Python's default: 700)."""


def run() -> None:
    """The ``smkonzept`` command: ``main`` in a process of its own, which it ends with ``main``'s exit code.

    Most objects of a run live until its end (plugins, models, compiled templates): the collector
    runs less often than Python's default, and at exit it does not walk them all once more.
    """
    gc.set_threshold(_COLLECT_EVERY, 20, 20)
    code = main()
    gc.freeze()
    sys.exit(code)


def _closed_pipe() -> int:
    """The reader of stdout went away (``smkonzept plugins | head -1``): stop quietly, like other tools."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 141


if __name__ == "__main__":
    sys.exit(main())
