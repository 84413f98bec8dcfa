#!/usr/bin/env python3
"""Benchmarks for smkonzept (issues #9 and #20): own work, start-up, concurrent and batch conversions.

    python bench/run.py                  # full run, writes bench/RESULTS.md (a few minutes)
    python bench/run.py --quick          # tiny repetitions (CI); prints the report only
    python bench/run.py --output PATH    # write the report to PATH
    python bench/run.py --only 2,3       # re-measure some figures only

Five figures, each the median of repetitions; comparisons run A and B alternately (ABBA):

1. own work per document: ``load_document`` + ``document.markdown()`` in-process, over a batch of
   100 generated profiles, after one warm-up.
2. one profile vs by hand: ``smkonzept build`` (html, docx, pdf) as a subprocess against the same
   Markdown converted by hand, one pandoc call per format in sequence and the PDF through
   ``python -c "import typst; typst.compile(...)"``, with the very arguments smkonzept uses.
3. batch speed-up: ``smkonzept build p1 … p20`` (3 formats) against the same command with
   ``SMKONZEPT_WORKERS=1`` (same process, one conversion at a time).
4. typst vs LaTeX: ``smkonzept build --format pdf`` against pandoc with xelatex/pdflatex, when
   one is installed (skipped otherwise).
5. --help wall time: ``smkonzept --help`` as a subprocess.
6. batch of 100 per document vs one by hand (issue #20): ``smkonzept build`` of 100 generated
   profiles (3 formats) per document against figure 2's by-hand sequence, in the same run.
7. peak memory of that batch: ru_maxrss of the Python process plus each worker's pandoc process.
8. start-up and imports: ``python -c pass`` and ``python -X importtime`` per requested format.
9. floor: pandoc (one read, three writers) in a warm process, and a typst compile warmed with another document
   (typst memoizes: the same document compiled twice in one process costs next to nothing).

The exit code is 0 whenever every measurement ran, met or missed; 1 if one of them failed.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import datetime
import importlib.metadata
import itertools
import json
import os
import pickle
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from smkonzept.pdf import _SUSPECTS_FALSE

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "profiles" / "ihk-ulm.yaml"
OTHER_PROFILE = ROOT / "profiles" / "ihk-dresden.yaml"
CONFTEST = ROOT / "tests" / "conftest.py"
DEFAULT_OUTPUT = ROOT / "bench" / "RESULTS.md"
FORMATS = ("html", "docx", "pdf")

# The names tests/test_bench.py looks for in the output.
OWN = "own work per document"
SINGLE = "one profile vs by hand"
BATCH = "batch speed-up"
LATEX = "typst vs LaTeX"
HELP = "--help wall time"
ENGINE = "batch of 100 per document vs one by hand"
MEMORY = "peak memory, batch of 100"
STARTUP = "start-up and imports"
FLOOR = "floor: pandoc and typst alone"

CITIES = (
    "Ulm", "Biberach", "Ravensburg", "Konstanz", "Freiburg", "Karlsruhe", "Mannheim", "Heilbronn",
    "Reutlingen", "Stuttgart", "Pforzheim", "Heidenheim", "Villingen-Schwenningen", "Lörrach",
    "Offenburg", "Tübingen", "Esslingen", "Aalen", "Göppingen", "Schwäbisch Hall",
)


class Settings:
    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.own_profiles = 100
        self.own_reps = 1 if quick else 9
        self.single_pairs = 1 if quick else 15
        self.batch_profiles = 4 if quick else 20
        self.batch_pairs = 1 if quick else 4
        self.latex_pairs = 1 if quick else 3
        self.help_runs = 10 if quick else 30
        self.engine_profiles = 4 if quick else 100
        self.engine_pairs = 1 if quick else 3
        self.engine_hand_runs = 0 if quick else 6


# --------------------------------------------------------------------------- helpers


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def fmt_samples(samples: list[float], unit: float = 1000, digits: int = 0) -> str:
    return ", ".join(f"{value * unit:.{digits}f}" for value in samples)


def smkonzept_command() -> list[str]:
    """The console script next to this Python, as a user runs it; ``-m smkonzept.cli`` if absent."""
    script = Path(sys.executable).parent / "smkonzept"
    return [str(script)] if script.exists() else [sys.executable, "-m", "smkonzept.cli"]


PYCACHE: list[Path] = []
"""The bytecode cache of the measured processes (in the benchmark's folder), once ``main`` has made it."""


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of every measured process: no smkonzept settings, and Python's bytecode cached in the
    benchmark's folder (as after a normal installation) even where PYTHONDONTWRITEBYTECODE is set."""
    drop = ("SMKONZEPT_WORKERS", "SMKONZEPT_DEBUG", "PYTHONDONTWRITEBYTECODE")
    env = {key: value for key, value in os.environ.items() if key not in drop}
    if PYCACHE:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE[0])
    env.update(extra)
    return env


def timed_run(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed ({result.returncode}): {result.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def alternate(pairs: int, a: Callable[[], float], b: Callable[[], float]) -> tuple[list[float], list[float]]:
    """Run A and B alternately, ABBA order, ``pairs`` times each."""
    a_times, b_times = [], []
    for index in range(pairs):
        if index % 2 == 0:
            a_times.append(a())
            b_times.append(b())
        else:
            b_times.append(b())
            a_times.append(a())
    return a_times, b_times


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unbekannt"


def reference_loop() -> float:
    """ms for a fixed pure-Python loop (median of 5): how fast the (virtual) machine is right now.

    Other guests on the same host slow the machine down without showing up as load inside it;
    comparing this figure between runs shows that.
    """
    times = []
    for _ in range(6):
        start = time.perf_counter()
        total = 0
        for number in range(300_000):
            total += number * number % 7
        times.append(time.perf_counter() - start)
    return median_ms(times[1:])


def installation() -> str:
    """How smkonzept is installed, and whether its bytecode can be cached (it affects start-up)."""
    try:
        direct = json.loads(importlib.metadata.distribution("smkonzept").read_text("direct_url.json") or "{}")
    except (importlib.metadata.PackageNotFoundError, ValueError):
        direct = {}
    import smkonzept

    kind = "editierbar (pip install -e)" if direct.get("dir_info", {}).get("editable") else "installiert"
    bytecode = "Bytecode-Cache der gemessenen Prozesse im Messordner (PYTHONPYCACHEPREFIX), wie nach einer Installation"
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        bytecode += "; das PYTHONDONTWRITEBYTECODE der Umgebung gilt für sie nicht"
    return f"{kind}, {Path(smkonzept.__file__).parent}; {bytecode}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unbekannt"


def pandoc_version() -> str:
    from smkonzept.pandoc import pandoc_path

    output = subprocess.run([pandoc_path(), "--version"], capture_output=True, text=True, check=False).stdout
    return output.splitlines()[0] if output else "unbekannt"


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "nicht installiert"


def latex_engine() -> str | None:
    for engine in ("xelatex", "pdflatex"):
        if shutil.which(engine):
            return engine
    return None


# --------------------------------------------------------------------------- profiles


def minimal_profile() -> str:
    """MINIMAL_PROFILE from tests/conftest.py, read without importing pytest."""
    tree = ast.parse(CONFTEST.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == "MINIMAL_PROFILE" for target in node.targets):
            return ast.literal_eval(node.value)
    raise RuntimeError(f"MINIMAL_PROFILE fehlt in {CONFTEST}")


def generate_profiles(folder: Path, count: int) -> list[Path]:
    """``count`` valid profiles: even ones vary ihk-ulm.yaml, odd ones MINIMAL_PROFILE.

    Each has its own chamber name and city; the accounts are a varying subset of the Ulm
    profile's accounts (so they stay valid), renamed after the chamber.
    """
    folder.mkdir(parents=True, exist_ok=True)
    ulm_text = PROFILE.read_text(encoding="utf-8")
    minimal = minimal_profile()
    paths = []
    for index in range(count):
        city = CITIES[index % len(CITIES)] + ("" if index < len(CITIES) else f" {index // len(CITIES) + 1}")
        if index % 2 == 0:
            data = yaml.safe_load(ulm_text.replace("Ulm", city))
            accounts = data["accounts"]
            keep = [account for number, account in enumerate(accounts) if (index // 2 + number) % 3 != 0]
            data["accounts"] = keep or accounts[:1]
        else:
            data = yaml.safe_load(minimal.replace("Musterstadt", city))
            ulm_accounts = yaml.safe_load(ulm_text.replace("Ulm", city))["accounts"]
            first = index // 2 % len(ulm_accounts)
            chosen = [ulm_accounts[(first + offset) % len(ulm_accounts)] for offset in range(1 + index % 3)]
            data["accounts"] = [{**account, "name": f"IHK {city}"} for account in chosen]
        path = folder / f"kammer-{index:03d}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- figure 1


def measure_own(settings: Settings, folder: Path) -> dict[str, Any]:
    from smkonzept.build import load_document
    from smkonzept.manager import load_registry

    paths = generate_profiles(folder / "own", settings.own_profiles)
    registry = load_registry()
    load_document(paths[0], registry)[1].markdown()  # warm-up: imports, compiled templates
    batches = []
    for _ in range(settings.own_reps):
        start = time.perf_counter()
        for path in paths:
            _, document = load_document(path, registry)
            document.markdown()
        batches.append((time.perf_counter() - start) / len(paths))
    value = median_ms(batches)
    return {
        "name": OWN, "value": value, "unit": "ms", "target": 10.0, "met": value <= 10.0,
        "shown": f"{value:.2f} ms", "target_shown": "≤ 10 ms",
        "detail": f"{len(paths)} Profile, {settings.own_reps} Durchgänge; ms pro Dokument je Durchgang: {fmt_samples(batches, digits=2)}",
    }


# --------------------------------------------------------------------------- figure 2


@contextlib.contextmanager
def capture_conversions(prep: Path) -> Iterator[dict[str, Any]]:
    """Record smkonzept's pandoc command lines and typst call while it renders in-process.

    Every file argument and the typst folder are copied to ``prep``; the copies stand in for
    the temporary ones (metadata files) when the conversions are repeated by hand.
    """
    import typst

    import smkonzept.pandoc as pandoc_module

    captured: dict[str, Any] = {"pandoc": [], "typst": None}
    numbers = itertools.count()
    real_subprocess = pandoc_module.subprocess
    real_compile = typst.compile

    class RecordingSubprocess:
        def __getattr__(self, name: str) -> Any:
            return getattr(real_subprocess, name)

        def run(self, command: list[str], **kwargs: Any) -> Any:
            number = next(numbers)  # the conversions run in parallel threads
            copies = {}
            for position, argument in enumerate(command):
                key, _, value = argument.partition("=")
                if value and os.path.isfile(value):
                    copy = prep / f"pandoc{number}-{Path(value).name}"
                    shutil.copyfile(value, copy)
                    copies[position] = (key, value, str(copy))
            env = kwargs.get("env") or {}
            captured["pandoc"].append(
                {
                    "command": list(command),
                    "copies": copies,
                    "input": kwargs.get("input"),
                    "env": {k: v for k, v in env.items() if os.environ.get(k) != v},
                }
            )
            return real_subprocess.run(command, **kwargs)

    def recording_compile(input: Any, *args: Any, **kwargs: Any) -> Any:
        folder = prep / "typst-root"
        source_root = Path(kwargs["root"])
        shutil.copytree(source_root, folder, dirs_exist_ok=True)
        captured["typst"] = {"input": str(folder / Path(input).relative_to(source_root)), "args": args, "kwargs": {**kwargs, "root": str(folder)}}
        return real_compile(input, *args, **kwargs)

    pandoc_module.subprocess = RecordingSubprocess()
    typst.compile = recording_compile
    try:
        yield captured
    finally:
        pandoc_module.subprocess = real_subprocess
        typst.compile = real_compile


def hand_pipeline(captured: dict[str, Any], prep: Path, markdown_file: Path, out: Path) -> list[tuple[list[str], dict[str, str]]]:
    """The command sequence a user would type: one pandoc per format, then typst via python -c."""
    steps = []
    typst_info = captured["typst"]
    for call in captured["pandoc"]:
        command = list(call["command"])
        for position, (key, original, copy) in call["copies"].items():
            if not os.path.exists(original):  # smkonzept's temporary files (metadata) are gone by now
                command[position] = f"{key}={copy}"
        command = [arg for arg in command if arg != "--output=-"]
        to = next(arg.split("=", 1)[1] for arg in command if arg.startswith("--to="))
        if to == "typst":
            target = Path(typst_info["input"])
        else:
            target = out / f"hand.{'html' if to.startswith('html') else to}"
        steps.append(([*command, f"--output={target}", str(markdown_file)], call["env"]))
    code = f"import typst; pdf = typst.compile({typst_info['input']!r}, **{typst_info['kwargs']!r}); {_BLANK_SUSPECTS}"
    steps.append(([sys.executable, "-c", code.replace("$OUT", str(out / "hand.pdf"))], {}))
    return steps


_BLANK_SUSPECTS = (
    "import re; at = pdf.rfind(b'/Type/Catalog'); "
    f"open('$OUT', 'wb').write(pdf[:at] + re.sub({_SUSPECTS_FALSE.pattern!r}, "
    "lambda m: m[1] + b' ' * len(m[2]) + m[3], pdf[at:], count=1))"
)
"""What smkonzept does to typst's PDF (smkonzept.pdf.without_default_suspects), written out for ``python -c``."""


def prepare_hand(folder: Path) -> tuple[list[tuple[list[str], dict[str, str]]], dict[str, bytes], Path, str]:
    """The by-hand command sequence for ihk-ulm.yaml, smkonzept's bytes, the hand output folder and the Markdown."""
    from smkonzept.build import load_document
    from smkonzept.render import render_bytes

    prep = folder / "single-prep"
    prep.mkdir(parents=True)
    _, document = load_document(PROFILE)
    markdown = document.markdown()
    with capture_conversions(prep) as captured:
        reference = render_bytes(document, FORMATS)
    if len(captured["pandoc"]) != 3 or captured["typst"] is None:
        raise RuntimeError(f"unerwartete Konvertierungen: {len(captured['pandoc'])} pandoc-Aufrufe, typst {'ja' if captured['typst'] else 'nein'}")
    inputs = {call["input"] for call in captured["pandoc"]}
    if inputs != {markdown.encode("utf-8")}:
        raise RuntimeError("pandoc bekam nicht das zusammengesetzte Markdown")
    markdown_file = prep / "ihk-ulm.md"
    markdown_file.write_bytes(markdown.encode("utf-8"))
    hand_out = folder / "single-hand"
    hand_out.mkdir()
    return hand_pipeline(captured, prep, markdown_file, hand_out), reference, hand_out, markdown


def measure_single(settings: Settings, folder: Path) -> dict[str, Any]:
    steps, reference, hand_out, _ = prepare_hand(folder)

    step_times: list[list[float]] = [[] for _ in steps]

    def by_hand() -> float:
        start = time.perf_counter()
        for number, (command, env) in enumerate(steps):
            step_times[number].append(timed_run(command, env=clean_env(**env)))
        return time.perf_counter() - start

    tool_out = folder / "single-tool"
    build = [*smkonzept_command(), "build", str(PROFILE), "--format", ",".join(FORMATS), "--output", str(tool_out)]

    def with_smkonzept() -> float:
        return timed_run(build, env=clean_env())

    by_hand(), with_smkonzept()  # warm-up: file cache
    identical = {
        fmt: (hand_out / f"hand.{fmt}").read_bytes() == reference[fmt] == (tool_out / f"ihk-ulm.{fmt}").read_bytes()
        for fmt in ("html", "pdf")
    }
    tool, hand = alternate(settings.single_pairs, with_smkonzept, by_hand)
    ratio = statistics.median(tool) / statistics.median(hand)
    same = ", ".join(f"{fmt} {'gleich' if same else 'VERSCHIEDEN'}" for fmt, same in identical.items())
    labels = [_step_label(command) for command, _ in steps]
    per_step = ", ".join(f"{label} {median_ms(times[1:] or times):.0f}" for label, times in zip(labels, step_times))
    startup = startup_costs(max(3, settings.single_pairs))
    return {
        "name": SINGLE, "value": ratio, "unit": "", "target": 0.75, "met": ratio <= 0.75,
        "shown": f"{ratio:.2f} ({median_ms(tool):.0f} ms / {median_ms(hand):.0f} ms)", "target_shown": "≤ 0,75 (issue 20)",
        "detail": (
            f"ihk-ulm.yaml → html, docx, pdf; {settings.single_pairs} Paare. smkonzept build [ms]: {fmt_samples(tool)}; "
            f"von Hand (3× pandoc nacheinander, dann python -c typst.compile) [ms]: {fmt_samples(hand)}. "
            f"Bytes von Hand gegen smkonzept: {same} (DOCX stempelt smkonzept nachträglich, nicht verglichen). "
            f"Von Hand je Schritt allein (Median, ms): {per_step}. smkonzept vor der ersten Konvertierung (eigener "
            f"Prozess, Median, ms): Python-Start und Importe {startup['import']:.0f}, Plugins {startup['registry']:.0f}, "
            f"Profil laden und zusammensetzen {startup['load']:.0f}."
        ),
        "ok": all(identical.values()),
        "startup": startup,
        "hand_commands": [_shown(command, env, folder) for command, env in steps],
        "build_command": _shown(build, {}, folder),
    }


def _shown(command: list[str], env: dict[str, str], folder: Path) -> str:
    """A command as the report shows it: the benchmark's temporary folder as $BENCH, long JSON elided."""
    prefix = "".join(f"{key}={shlex.quote(value)} " for key, value in sorted(env.items()))
    if command[1:2] == ["-c"]:
        code = re.sub(r"'\{.*\}'", lambda match: f"'<JSON, {len(match.group(0))} Zeichen>'", command[2])
        shown = f'python -c "{code}"' if '"' not in code else shlex.join(["python", "-c", code])
    else:
        shown = shlex.join(command)
    return (prefix + shown).replace(str(folder), "$BENCH")


def _step_label(command: list[str]) -> str:
    target = next((arg.split("=", 1)[1] for arg in command if arg.startswith("--to=")), None)
    return f"pandoc → {target}" if target else "python -c typst.compile"


_STARTUP_PROBE = """
import sys, time
start = time.perf_counter()
import smkonzept.commands  # noqa: F401
from smkonzept.build import load_document
from smkonzept.manager import load_registry
imported = time.perf_counter()
registry = load_registry()
registered = time.perf_counter()
load_document(sys.argv[1], registry)[1].markdown()
loaded = time.perf_counter()
print(imported - start, registered - imported, loaded - registered)
"""


def startup_costs(runs: int) -> dict[str, float]:
    """What a fresh smkonzept process spends before pandoc can start (ms, medians)."""
    samples = []
    for _ in range(runs + 1):
        output = subprocess.run(
            [sys.executable, "-c", _STARTUP_PROBE, str(PROFILE)], capture_output=True, text=True, env=clean_env(), check=True
        ).stdout
        samples.append([float(value) for value in output.split()])
    python_start = [timed_run([sys.executable, "-c", "pass"], env=clean_env()) for _ in range(runs)]
    samples = samples[1:]
    return {
        "import": median_ms(python_start) + median_ms([sample[0] for sample in samples]),
        "registry": median_ms([sample[1] for sample in samples]),
        "load": median_ms([sample[2] for sample in samples]),
    }


# --------------------------------------------------------------------------- figure 3


def measure_batch(settings: Settings, folder: Path) -> dict[str, Any]:
    paths = generate_profiles(folder / "batch", settings.batch_profiles)
    command = [*smkonzept_command(), "build", *map(str, paths), "--format", ",".join(FORMATS), "--output", str(folder / "batch-out")]

    def concurrent() -> float:
        return timed_run(command, env=clean_env())

    def one_at_a_time() -> float:
        return timed_run(command, env=clean_env(SMKONZEPT_WORKERS="1"))

    if not settings.quick:
        concurrent()  # warm-up: file cache
    parallel, sequential = alternate(settings.batch_pairs, concurrent, one_at_a_time)
    speedup = statistics.median(sequential) / statistics.median(parallel)
    return {
        "name": BATCH, "value": speedup, "unit": "×", "target": 1.6, "met": speedup >= 1.6,
        "shown": f"{speedup:.2f}× ({statistics.median(sequential):.1f} s / {statistics.median(parallel):.1f} s)",
        "target_shown": "≥ 1,6× auf 2 Kernen",
        "detail": (
            f"{len(paths)} Profile × {len(FORMATS)} Formate in einem Aufruf; {settings.batch_pairs} Paare. "
            f"gleichzeitig [s]: {fmt_samples(parallel, 1, 2)}; SMKONZEPT_WORKERS=1 [s]: {fmt_samples(sequential, 1, 2)}"
        ),
    }


# --------------------------------------------------------------------------- figure 4


def measure_latex(settings: Settings, folder: Path) -> dict[str, Any]:
    engine = latex_engine()
    if engine is None:
        return {
            "name": LATEX, "value": None, "unit": "×", "target": 20.0, "met": None,
            "shown": "übersprungen", "target_shown": "≥ 20×",
            "detail": "Weder xelatex noch pdflatex ist installiert (smkonzept braucht kein LaTeX); Messung übersprungen.",
        }
    from smkonzept.build import load_document
    from smkonzept.pandoc import READER, pandoc_path
    from smkonzept.render import render_bytes

    _, document = load_document(PROFILE)
    prep = folder / "latex-prep"
    prep.mkdir()
    markdown_file = prep / "latex.md"
    figure = re.compile(r"^!\[.*\]\(risikomatrix\.svg\).*$", re.MULTILINE)
    markdown_file.write_text(figure.sub("", document.markdown()), encoding="utf-8")
    with capture_conversions(prep) as captured:
        render_bytes(document, ["pdf"])
    typst_steps = hand_pipeline(captured, prep, markdown_file, prep)
    latex = [
        pandoc_path(), f"--from={READER}", "--standalone", "--toc", f"--pdf-engine={engine}",
        "--metadata=lang:de-DE", f"--metadata=title:{document.title}", str(markdown_file), f"--output={prep / 'latex.pdf'}",
    ]
    tex_file = prep / "latex.tex"
    subprocess.run([*latex[:-1], "--to=latex", f"--output={tex_file}"], check=True, capture_output=True)
    engine_only = [engine, "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={prep}", str(tex_file)]
    typst_engine_only = typst_steps[-1]

    def typst_pipeline() -> float:
        return sum(timed_run(command, env=clean_env(**env)) for command, env in typst_steps)

    timed_run(latex, env=clean_env())  # warm-up: fonts, format files
    typst_times, latex_times = alternate(settings.latex_pairs, typst_pipeline, lambda: timed_run(latex, env=clean_env()))
    typst_engine, latex_engine_times = alternate(
        settings.latex_pairs,
        lambda: timed_run(typst_engine_only[0], env=clean_env(**typst_engine_only[1])),
        lambda: timed_run(engine_only, env=clean_env(), cwd=prep),
    )
    ratio = statistics.median(latex_times) / statistics.median(typst_times)
    engine_ratio = statistics.median(latex_engine_times) / statistics.median(typst_engine)
    return {
        "name": LATEX, "value": ratio, "unit": "×", "target": 20.0, "met": ratio >= 20.0,
        "shown": f"{ratio:.1f}× ({statistics.median(latex_times):.2f} s / {statistics.median(typst_times):.2f} s)",
        "target_shown": "≥ 20×",
        "detail": (
            f"ihk-ulm.yaml, dasselbe Markdown ohne die SVG-Risikomatrix (LaTeX kann SVG nicht einbinden). Kette über typst (pandoc --to=typst, dann python -c typst.compile) [s]: "
            f"{fmt_samples(typst_times, 1, 2)}; pandoc --pdf-engine={engine} [s]: {fmt_samples(latex_times, 1, 2)}. "
            f"Nur die Satzprogramme (ein Prozess je Lauf): typst.compile [s]: {fmt_samples(typst_engine, 1, 2)}; "
            f"{engine} auf pandocs .tex [s]: {fmt_samples(latex_engine_times, 1, 2)}; Verhältnis {engine_ratio:.1f}×."
        ),
    }


# --------------------------------------------------------------------------- figure 5


# --------------------------------------------------------------------------- figures 6 to 9 (issue 20)

_MEMORY_PROBE = """
import atexit, os, resource
from smkonzept.cli import run

def report():
    while True:  # the engine's pandoc processes end on their own: count them once all are reaped
        try:
            os.wait()
        except ChildProcessError:
            break
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(own, children)

atexit.register(report)
run()
"""
"""The ``smkonzept`` command (``smkonzept.cli.run``, with its settings of the garbage collector) that reports its peak memory as it ends."""


def measure_engine_batch(settings: Settings, folder: Path) -> dict[str, Any]:
    """A batch of 100 (html, docx, pdf) per document against one document by hand, in the same run."""
    steps, _, _, _ = prepare_hand(folder / "engine")
    paths = generate_profiles(folder / "engine-batch", settings.engine_profiles)
    out = folder / "engine-out"
    build = [*smkonzept_command(), "build", *map(str, paths), "--format", ",".join(FORMATS), "--output", str(out)]

    def by_hand() -> float:
        start = time.perf_counter()
        for command, env in steps:
            timed_run(command, env=clean_env(**env))
        return time.perf_counter() - start

    def batch() -> float:
        return timed_run(build, env=clean_env()) / len(paths)

    by_hand()  # warm-up: file cache
    hand_times = [by_hand() for _ in range(settings.engine_hand_runs // 2)]
    batch_times, more_hand = alternate(settings.engine_pairs, batch, by_hand)
    hand_times += more_hand
    ratio = statistics.median(batch_times) / statistics.median(hand_times)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return {
        "name": ENGINE, "value": ratio, "unit": "", "target": 0.25, "met": ratio <= 0.25,
        "shown": f"{ratio:.3f} ({median_ms(batch_times):.0f} ms / {median_ms(hand_times):.0f} ms)",
        "target_shown": "≤ 0,25",
        "detail": (
            f"{len(paths)} Profile × {len(FORMATS)} Formate in einem Aufruf ({cores} Kerne), Wandzeit je Dokument [ms]: "
            f"{fmt_samples(batch_times)}; ein Dokument von Hand (Befehlsfolge aus Messung 2) [ms]: {fmt_samples(hand_times)}"
        ),
    }


def measure_memory(settings: Settings, folder: Path) -> dict[str, Any]:
    paths = generate_profiles(folder / "memory-batch", settings.engine_profiles)
    command = [sys.executable, "-c", _MEMORY_PROBE, "build", *map(str, paths), "--format", ",".join(FORMATS), "--output", str(folder / "memory-out")]
    result = subprocess.run(command, capture_output=True, text=True, env=clean_env())
    if result.returncode != 0:
        raise RuntimeError(f"Build fehlgeschlagen ({result.returncode}): {result.stderr[-2000:]}")
    own_kib, child_kib = (int(value) for value in result.stdout.split()[-2:])
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = max(2, workers)
    total_mib = (own_kib + workers * child_kib) / 1024
    return {
        "name": MEMORY, "value": total_mib, "unit": "MiB", "target": 1024.0, "met": total_mib < 1024.0,
        "shown": f"{total_mib:.0f} MiB", "target_shown": "< 1 GiB",
        "detail": (
            f"{len(paths)} Profile × {len(FORMATS)} Formate; Spitze des Python-Prozesses (ru_maxrss, mit typst) "
            f"{own_kib / 1024:.0f} MiB, größter Kindprozess (pandoc lua, RUSAGE_CHILDREN) {child_kib / 1024:.0f} MiB; "
            f"gezeigt ist die Obergrenze Python + {workers} Worker × pandoc (die Spitzen fallen nicht sicher zusammen)"
        ),
    }


def _import_ms(arguments: list[str], folder: Path) -> float:
    """Sum of the top-level imports' cumulative times (``python -X importtime``), ms."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "smkonzept", *arguments],
        capture_output=True, text=True, env=clean_env(), cwd=folder, check=False,
    )
    total = 0
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)
        if match and not match.group(2).startswith(" "):
            total += int(match.group(1))
    return total / 1000


def measure_startup(settings: Settings, folder: Path) -> dict[str, Any]:
    runs = 3 if settings.quick else 9
    python_start = [timed_run([sys.executable, "-c", "pass"], env=clean_env()) for _ in range(runs)]
    figures = {}
    for label, formats in (("html", "html"), ("docx", "docx"), ("pdf", "pdf"), ("html,docx,pdf", "html,docx,pdf")):
        out = folder / f"startup-{label.replace(',', '-')}"
        samples = [_import_ms(["build", str(PROFILE), "--format", formats, "--output", str(out)], folder) for _ in range(runs)]
        figures[label] = statistics.median(samples)
    value = median_ms(python_start) + figures["html,docx,pdf"]
    shown = ", ".join(f"--format {label}: {ms:.0f}" for label, ms in figures.items())
    return {
        "name": STARTUP, "value": value, "unit": "ms", "target": None, "met": None,
        "shown": f"{value:.0f} ms", "target_shown": "berichtet",
        "detail": (
            f"Python-Start (python -c pass) {median_ms(python_start):.0f} ms; Importe nach python -X importtime "
            f"(Summe der obersten Ebene, Median aus {runs}) [ms]: {shown}. typst und Pillow werden erst beim ersten "
            "PDF bzw. bei der Markdown-Ausgabe geladen"
        ),
    }


_TYPST_PROBE = """
import pickle, sys, time
from smkonzept.engine.typst_warm import compile_pdf_warm
documents = pickle.loads(open(sys.argv[1], "rb").read())
compile_pdf_warm(*documents["other"])
start = time.perf_counter()
compile_pdf_warm(*documents["document"])
print(time.perf_counter() - start)
"""
"""A warm compiler's time for a document it has not seen: typst memoizes, and the same document compiled
again in one process costs next to nothing (so each sample is a fresh process, warmed with another document)."""


def measure_floor(settings: Settings, folder: Path) -> dict[str, Any]:
    """pandoc's and typst's own work for one document, in one warm process each: what no pipeline can beat."""
    from concurrent.futures import ThreadPoolExecutor

    from smkonzept.build import load_document
    from smkonzept.engine.chapters import halves
    from smkonzept.engine.pandoc_batch import PandocBatch
    from smkonzept.engine.render import Engine, _globals, _jobs
    from smkonzept.render import Source, _epoch, _pdf_meta

    _, document = load_document(PROFILE)
    _, other = load_document(OTHER_PROFILE)
    source, other_source = Source.of(document), Source.of(other)
    jobs = [job for fmt, job in _jobs(source, list(FORMATS))]
    shared = _globals(source, list(FORMATS))
    (_, chain_job), = _jobs(source, ["pdf"])
    runs = 3 if settings.quick else 15
    pandoc_times, chain_times, halves_times, typst_times = [], [], [], []
    cut = halves(source.markdown)
    if cut is None:
        raise RuntimeError(f"{PROFILE.name} lässt sich nicht in zwei Hälften schneiden")
    probe = folder / "typst-probe.pickle"
    with PandocBatch() as pandoc:
        typst_source = pandoc.convert(source.markdown, jobs, globals_=shared)[0]
        other_typst = pandoc.convert(other_source.markdown, [_jobs(other_source, ["pdf"])[0][1]])[0]
        probe.write_bytes(pickle.dumps({
            "other": (other_typst, _pdf_meta(other), other_source.figures, _epoch(other)),
            "document": (typst_source, _pdf_meta(document), source.figures, _epoch(document)),
        }))
        for _ in range(runs):
            start = time.perf_counter()
            pandoc.convert(source.markdown, jobs, globals_=shared)
            pandoc_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            pandoc.convert(source.markdown, [chain_job])
            chain_times.append(time.perf_counter() - start)
            result = subprocess.run([sys.executable, "-c", _TYPST_PROBE, str(probe)], capture_output=True, text=True, env=clean_env(), check=True)
            typst_times.append(float(result.stdout))
    with Engine(workers=2) as engine, ThreadPoolExecutor(2) as both:
        for _ in range(runs + 1):  # the first round loads the filters in both processes
            start = time.perf_counter()
            list(both.map(lambda first: engine._convert_piece(cut, chain_job, first), (True, False)))
            halves_times.append(time.perf_counter() - start)
    halves_times = halves_times[1:]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    total = median_ms(pandoc_times) + median_ms(typst_times)
    chain = median_ms(halves_times) + median_ms(typst_times)
    return {
        "name": FLOOR, "value": total, "unit": "ms", "target": None, "met": None, "pdf_chain": chain,
        "shown": f"{total:.0f} ms ({total / cores:.0f} ms je Dokument auf {cores} Kernen)", "target_shown": "Untergrenze",
        "detail": (
            f"ihk-ulm.yaml, {runs} Läufe. pandoc lua, ein Lesen und die Writer typst, docx, html5 in einem warmen Prozess (sanitize.lua einmal für alle drei, wie im Stapel) "
            f"[ms]: {fmt_samples(pandoc_times)}; dasselbe nur mit dem typst-Writer (die PDF-Kette, ohne DOCX und HTML) [ms]: "
            f"{fmt_samples(chain_times)}; dasselbe in zwei Hälften in zwei warmen Prozessen zugleich (wie ein einzelnes "
            f"Dokument; smkonzept.engine.chapters) [ms]: {fmt_samples(halves_times)}; warmer typst.Compiler (im selben Prozess zuvor {OTHER_PROFILE.name}; typst "
            f"merkt sich Zwischenergebnisse, ein zweites Übersetzen desselben Dokuments kostete nur gut 20 ms) [ms]: {fmt_samples(typst_times)}"
        ),
    }


def measure_help(settings: Settings, folder: Path) -> dict[str, Any]:
    command = [*smkonzept_command(), "--help"]
    timed_run(command, env=clean_env())  # warm-up
    times = [timed_run(command, env=clean_env()) for _ in range(settings.help_runs)]
    value = median_ms(times)
    return {
        "name": HELP, "value": value, "unit": "ms", "target": 150.0, "met": value <= 150.0,
        "shown": f"{value:.0f} ms", "target_shown": "≤ 150 ms",
        "detail": f"{shlex.join(command)}, {settings.help_runs} Läufe [ms]: {fmt_samples(times)}",
    }


# --------------------------------------------------------------------------- report

WHY_MISSED = {
    OWN: "Die eigene Arbeit ist reines Python (YAML lesen und prüfen, Jinja2, Markdown); Profil mit pyinstrument.",
    SINGLE: (
        "Der kritische Pfad ist Python-Start, Importe, Laden und Zusammensetzen (oben), dann die PDF-Kette: "
        "die beiden Hälften der typst-Quelle in den zwei schon gestarteten pandoc-lua-Prozessen zugleich, dann "
        "typst.compile auf einem Kern mit vorab geladenen Schriften; DOCX und HTML schreibt daneben der Prozess "
        "mit der ersten Hälfte aus dem Gelesenen beider Hälften (die zweite schickt ihres als pandoc-JSON mit). typst.compile allein ist so lang wie der letzte Schritt von Hand; was vor dem ersten "
        "pandoc-Lesen liegt, hat die Handarbeit nicht (ihr Markdown liegt fertig vor)."
    ),
    BATCH: (
        "Auf 2 Kernen ist 2× die Obergrenze; Laden und Zusammensetzen der Profile laufen vorab nacheinander, und "
        "jede Fremdlast nimmt dem gleichzeitigen Lauf einen Teil seines zweiten Kerns."
    ),
    LATEX: (
        "Auf diesem Rechner ist die LaTeX-Kette schneller als in PIPELINE.md (dort 6,5 s): ein xelatex-Lauf "
        "braucht gut 1 s, pandoc ruft ihn für das Inhaltsverzeichnis mehrfach auf. Die typst-Seite enthält "
        "pandocs Umwandlung nach typst und einen frischen Python-Prozess, der Schriften lädt und 15 Seiten setzt "
        "(gut 0,4 s); ein wiederverwendeter Compiler wäre schneller, lohnt für einen einzelnen Lauf aber nicht. "
        "Das Ziel 20× setzt eine langsamere TeX-Installation voraus; gemessen ist der Abstand oben."
    ),
    HELP: "Die Zeit ist Python-Start plus Importe; siehe python -X importtime -m smkonzept.cli --help.",
    ENGINE: (
        "Je Dokument bleiben pandoc (ein Lesen, drei Writer) und ein typst-Lauf (warm, aber jedes Dokument neu "
        "gesetzt: gut so lang wie von Hand); ihre Summe auf die Kerne verteilt ist die Untergrenze (Messung 9). "
        "Dazu kommen Laden, Zusammensetzen und Figuren in Python (Messung 1; sie laufen neben den Konvertierungen) "
        "und jede Fremdlast, die dem Stapel einen Kern nimmt."
    ),
    MEMORY: "Die Obergrenze zählt jeden pandoc-Prozess mit seiner Spitze; typst hält Schriften je Worker.",
}


def adopt_orphans() -> None:
    """Become the reaper of the orphans of this process's descendants (Linux's child subreaper).

    smkonzept hangs up its pandoc processes and ends without waiting while the system frees their
    memory; they are then reaped here, and their CPU time counts as the measured run's, not as foreign load.
    """
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def reap_orphans(patience: float = 2.0) -> None:
    """Reap every ended child, waiting up to ``patience`` seconds for those still ending."""
    deadline = time.monotonic() + patience
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.002)


class CpuMeter:
    """CPU time the rest of the machine used while a measurement ran, as a share of all cores."""

    def __init__(self) -> None:
        self.start = self._sample()

    @staticmethod
    def _sample() -> tuple[float, float, float] | None:
        reap_orphans()
        try:
            values = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        except (OSError, ValueError):
            return None
        busy = (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        mine = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
        return time.perf_counter(), busy, mine

    def foreign_share(self) -> float | None:
        end = self._sample()
        if self.start is None or end is None or end[0] <= self.start[0]:
            return None
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        foreign = (end[1] - self.start[1]) - (end[2] - self.start[2])
        return max(0.0, foreign / ((end[0] - self.start[0]) * cores))


FOREIGN_NOTICEABLE = 0.10


def _pair_ms(shown: str) -> tuple[float, float]:
    """The two times of a ratio as shown, e.g. ``0.306 (378 ms / 1235 ms)`` → (378, 1235)."""
    first, second = shown.split("(")[1].split(" / ")
    return float(first.split(" ms")[0]), float(second.split(" ms")[0])


def floor_section(results: list[dict[str, Any]]) -> list[str]:
    """Each time figure beside its floor (figure 9) and what lies between them."""
    by_name = {r["name"]: r for r in results if r.get("value") is not None}
    floor = by_name.get(FLOOR)
    if floor is None:
        return []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    lines = ["", "### Abstand zur Untergrenze", ""]
    per_doc_floor = floor["value"] / cores
    engine = by_name.get(ENGINE)
    if engine is not None:
        batch_ms, hand_ms = _pair_ms(engine["shown"])
        rest = batch_ms - per_doc_floor
        lines.append(
            f"- Stapel je Dokument {batch_ms:.0f} ms gegen die Untergrenze {per_doc_floor:.0f} ms (pandoc + typst "
            f"{floor['value']:.0f} ms auf {cores} Kerne verteilt; als Verhältnis zur Handarbeit {per_doc_floor / hand_ms:.3f}, "
            f"Ziel 0,25): "
            + (
                f"Rest {rest:.0f} ms für Python (Laden, Zusammensetzen, Figuren, DOCX-Stempel, Schreiben), die Übergabe "
                "über Pipes und Fremdlast."
                if rest >= 0
                else "darunter, weil typst bei den ähnlichen Stapel-Dokumenten Zwischenergebnisse wiederverwendet."
            )
        )
    single = by_name.get(SINGLE)
    if single is not None:
        tool_ms, hand_ms = _pair_ms(single["shown"])
        startup = single.get("startup") or {}
        before = sum(startup.get(key, 0.0) for key in ("import", "registry", "load"))
        chain = floor.get("pdf_chain", floor["value"])
        lines.append(
            f"- Ein Profil {tool_ms:.0f} ms gegen die Untergrenze {chain:.0f} ms (als Verhältnis zur Handarbeit "
            f"{chain / hand_ms:.2f}, Ziel 0,75): bei einem Profil laufen DOCX und HTML neben typst (der Prozess "
            "mit der ersten Hälfte schreibt sie aus dem Gelesenen beider Hälften), die Untergrenze ist deshalb die PDF-Kette allein "
            "(zwei warme pandoc-Prozesse schreiben je eine Hälfte der typst-Quelle, dann der warme typst-Compiler). Rest vor allem Python-Start, Importe, Plugins, Laden und "
            f"Zusammensetzen ({before:.0f} ms, Messung 2), die vor dem ersten pandoc-Lesen liegen müssen."
        )
    return lines


def report(
    results: list[dict[str, Any]], settings: Settings, started: dict[str, Any], finished_load: str, finished_loop: float, duration: float
) -> str:
    script = Path(__file__).resolve()
    shown_script = os.path.relpath(script) if script.is_relative_to(Path.cwd()) else str(script)
    command = shlex.join(["python", shown_script, *sys.argv[1:]])
    foreign = [r["foreign"] for r in results if r.get("foreign") is not None]
    shared = any(share >= FOREIGN_NOTICEABLE for share in foreign)
    lines = [
        "# smkonzept: Messwerte (issues #9 und #20)",
        "",
        f"Erzeugt von `bench/run.py` am {started['date']} in {duration:.0f} s{' (--quick: Mini-Wiederholungen, nur als Rauchtest aussagekräftig)' if settings.quick else ''}.",
        "",
        "## Maschine",
        "",
        f"- Kerne (nproc): {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}",
        f"- CPU: {cpu_model()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        f"- pandoc: {started['pandoc']} (pypandoc-binary {package_version('pypandoc-binary') if package_version('pypandoc-binary') != 'nicht installiert' else package_version('pypandoc_binary')})",
        f"- typst (Python-Paket): {package_version('typst')}",
        f"- smkonzept: {package_version('smkonzept')} ({installation()})",
        f"- Last (loadavg 1/5/15 min) zu Beginn: {started['load']}; am Ende: {finished_load}",
        f"- Referenzschleife (reines Python, Maß für das Tempo der VM): {started['loop']:.1f} ms zu Beginn, "
        f"{finished_loop:.1f} ms am Ende",
        "",
        "## Befehl",
        "",
        "```sh",
        command,
        "```",
        "",
        "## Ergebnisse",
        "",
        "| # | Messgröße | Ergebnis (Median) | Ziel | erreicht |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        number = result["number"]
        met = {True: "ja", False: "nein", None: "—"}[result["met"]]
        lines.append(f"| {number} | {result['name']} | {result['shown']} | {result['target_shown']} | {met} |")
    lines += ["", "## Einzelheiten", ""]
    for result in results:
        number = result["number"]
        share = result.get("foreign")
        load = f" Fremdlast während der Messung: {share * 100:.0f} % der CPU." if share is not None else ""
        detail = result["detail"].rstrip()
        detail = detail if not detail or detail.endswith(".") else detail + "."
        lines.append(f"{number}. **{result['name']}**: {detail}{load}")
        if result.get("error"):
            lines.append(f"   FEHLER: {result['error']}")
        elif result["met"] is False:
            distance = result["value"] - result["target"]
            lines.append(f"   Ziel verfehlt um {abs(distance):.2f}{(' ' + result['unit']) if result['unit'] else ''}. {WHY_MISSED[result['name']]}")
    lines += floor_section(results)
    single = next((r for r in results if r["name"] == SINGLE and "hand_commands" in r), None)
    if single:
        lines += ["", "### Die Befehlsfolge „von Hand“ (Messung 2)", "", "```sh", single["build_command"], "# gegen:"]
        lines += single["hand_commands"]
        lines += ["```"]
    lines += [
        "",
        "## Hinweise",
        "",
        "- Medians über Wiederholungen; bei Vergleichen laufen A und B abwechselnd (ABBA).",
        "- Messung 2 nutzt für die Handarbeit exakt die pandoc-Argumente und den typst-Aufruf von smkonzept "
        "(aufgezeichnet beim Rendern im Prozess); wie smkonzept ersetzt der typst-Schritt von Hand danach "
        "„/Suspects false“ im Katalog durch Leerzeichen (Poppler-Umgehung, smkonzept.pdf.without_default_suspects)"
        + (
            "."
            if single is None
            else "; HTML und PDF von Hand sind Byte für Byte gleich der smkonzept-Ausgabe."
            if single.get("ok")
            else ". WARNUNG: Die Ausgaben von Hand weichen von smkonzept ab; der Vergleich ist nicht mehr gleichwertig."
        ),
    ]
    if shared:
        lines.append(
            f"- Die Maschine war geteilt: andere Prozesse belegten während einzelner Messungen bis zu "
            f"{max(foreign) * 100:.0f} % der CPU (je Messung oben). Die Werte streuen entsprechend; die Einzelwerte "
            "zeigen, wie sehr."
        )
    else:
        lines.append("- Fremdlast: unter 10 % der CPU während jeder Messung.")
    lines.append(
        "- Die Fremdlast zählt andere Prozesse dieser Maschine und die gemeldete Steal-Zeit. Andere Gäste desselben "
        "Wirts bremsen eine VM auch unbemerkt; die Referenzschleife oben zeigt das Tempo zu Beginn und am Ende. "
        "Vergleiche (Messung 2 und 3) laufen abwechselnd und leiden darunter weniger als Absolutwerte (1 und 5)."
    )
    return "\n".join(lines) + "\n"


def kept_editor_section(output: Path) -> str:
    """The section bench/editor.py wrote into the old report, so a new report keeps it."""
    old = output.read_text(encoding="utf-8") if output.exists() else ""
    start, end = "<!-- editor:start -->", "<!-- editor:end -->"
    if start not in old or end not in old:
        return ""
    return "\n" + start + old.split(start, 1)[1].split(end, 1)[0] + end + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmarks für smkonzept (issue #9)")
    parser.add_argument("--quick", action="store_true", help="Mini-Wiederholungen (CI); ohne --output nur Ausgabe auf stdout")
    parser.add_argument("--output", type=Path, default=None, help=f"Bericht hierhin schreiben (Standard: {DEFAULT_OUTPUT.relative_to(ROOT)}, mit --quick: keiner)")
    parser.add_argument("--only", default="", help="nur diese Messungen, z. B. 2,3 (zum Nachmessen)")
    args = parser.parse_args()
    only = {int(part) for part in args.only.split(",") if part.strip()}
    output = args.output if args.output is not None else (None if args.quick else DEFAULT_OUTPUT)
    settings = Settings(args.quick)
    adopt_orphans()
    began = time.perf_counter()
    started = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "load": loadavg(),
        "loop": reference_loop(),
        "pandoc": pandoc_version(),
    }
    results = []
    failed = False
    with tempfile.TemporaryDirectory(prefix="smkonzept-bench-") as temporary:
        folder = Path(temporary)
        PYCACHE.append(folder / "pycache")
        measures = ((OWN, measure_own), (SINGLE, measure_single), (BATCH, measure_batch), (LATEX, measure_latex), (HELP, measure_help),
            (ENGINE, measure_engine_batch), (MEMORY, measure_memory), (STARTUP, measure_startup), (FLOOR, measure_floor),
        )
        for number, (name, measure) in enumerate(measures, 1):
            if only and number not in only:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            meter = CpuMeter()
            try:
                result = measure(settings, folder)
                result["foreign"] = meter.foreign_share()
            except Exception as exc:  # report and go on with the other figures
                failed = True
                result = {"name": name, "value": None, "unit": "", "target": None, "met": None, "shown": "Fehler", "target_shown": "", "detail": "", "error": f"{type(exc).__name__}: {exc}"}
            result["number"] = number
            results.append(result)
    text = report(results, settings, started, loadavg(), reference_loop(), time.perf_counter() - began)
    print(text)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + kept_editor_section(output), encoding="utf-8")
        print(f"geschrieben: {output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
