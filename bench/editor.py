#!/usr/bin/env python3
"""Benchmark of the editor (issue #18): time from an edit to the updated preview, median over 20 edits.

    python bench/editor.py            # measures and writes the section "Editor" of bench/RESULTS.md
    python bench/editor.py --quick    # 3 edits, prints the section only

Starts ``smkonzept serve`` on a copy of profiles/ihk-ulm.yaml and drives Debian's Chromium through
Playwright. The edits go to four fields in turn (``EDITS``); the page records the time from each input event until the preview frame shows the new HTML (patched into the
frame's document and drawn, or loaded anew; the form's debounce included). Also measured: the server alone (POST /api/preview: YAML written back, profile
checked, document assembled, HTML rendered) for the same edits.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from editor_process import Editor  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
START, END = "<!-- editor:start -->", "<!-- editor:end -->"
TARGET_MS = 200
CHROMIUM = "/usr/bin/chromium"
EDITS = (
    ("chamber.short_name", lambda n: f"IHK Ulm Messung {n}", True),
    ("accounts[0].name", lambda n: f"IHK Ulm Konto {n}", True),
    ("chamber.phone", lambda n: f"0731 173-{n}", True),
    ("evaluation.interval_months", lambda n: str(n % 12 + 1), False),
)
"""The fields edited in turn: the short name appears in every chapter, the others in one or two."""
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def _browser_edits(server: Editor, edits: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(bypass_csp=True, viewport={"width": 1400, "height": 900})
            page.set_default_timeout(30_000)
            page.goto(f"{server.base}/?token={server.token}")
            page.wait_for_selector("body[data-ready='1'][data-preview]")
            for number in range(edits + 1):
                version = page.get_attribute("body", "data-preview")
                field, value, shown = EDITS[number % len(EDITS)]
                page.fill(f"[name='{field}']", value(number))
                page.wait_for_function("v => document.body.dataset.preview !== v", arg=version)
                frame = page.frame_locator("iframe[title='Vorschau']")
                assert not shown or frame.locator(f"text={value(number)}").count() > 0
                if number:
                    times.append(float(page.get_attribute("body", "data-preview-ms") or "nan"))
        finally:
            browser.close()
    return times


def _set(values: dict, path: str, value: str) -> None:
    """Put ``value`` at a form path such as ``accounts[0].name``."""
    steps = [int(step) if step.isdigit() else step for step in re.findall(r"[^.\[\]]+", path)]
    for step in steps[:-1]:
        values = values[step]
    values[steps[-1]] = value


def _server_edits(server: Editor, edits: int) -> list[float]:
    _, state = server.json("/api/state")
    times = []
    for number in range(edits + 1):
        field, value, shown = EDITS[number % len(EDITS)]
        _set(state["data"], field, value(number + 100))
        request = urllib.request.Request(
            f"{server.base}/api/preview", data=json.dumps({"data": state["data"]}).encode(),
            headers={"Content-Type": "application/json", "X-Smkonzept-Token": server.token}, method="POST",
        )
        began = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            result = json.loads(response.read())
        elapsed = (time.perf_counter() - began) * 1000
        assert result["valid"] and (not shown or value(number + 100) in result["html"])
        if number:
            times.append(elapsed)
    return times


def _parts(profile: Path, edits: int) -> dict[str, list[float]]:
    """The server's steps for each edit, in this process: YAML written back, profile checked and assembled, HTML rendered."""
    from smkonzept.build import load_document
    from smkonzept.engine.render import Engine
    from smkonzept.manager import load_registry
    from smkonzept.serve.preview import Preview
    from smkonzept.serve.session import Session

    registry = load_registry()
    parts: dict[str, list[float]] = {"yaml": [], "check": [], "html": []}
    with Engine(workers=2) as engine:
        preview = Preview(engine)
        session = Session(profile, registry, engine, preview)
        values = json.loads(json.dumps(session.state()["data"]))
        for number in range(edits + 1):
            field, value, _ = EDITS[number % len(EDITS)]
            _set(values, field, value(number + 200))
            began = time.perf_counter()
            text = session.text_for(values)
            written = time.perf_counter()
            _, document = load_document(profile, registry, text)
            checked = time.perf_counter()
            preview.html(document)
            rendered = time.perf_counter()
            if number:
                parts["yaml"].append((written - began) * 1000)
                parts["check"].append((checked - written) * 1000)
                parts["html"].append((rendered - checked) * 1000)
        preview.close()
    return parts


def debounce_ms() -> int:
    """How long the form waits for the next key before it sends an edit (``DELAY_MS`` in editor.js)."""
    script = (ROOT / "core" / "serve" / "static" / "editor.js").read_text(encoding="utf-8")
    match = re.search(r"const DELAY_MS = (\d+);", script)
    assert match is not None
    return int(match[1])


def section(browser: list[float], server: list[float], load: str, parts: dict[str, list[float]] | None = None) -> str:
    """The Markdown section for bench/RESULTS.md."""
    median = statistics.median(browser)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return "\n".join([
        START,
        "## Editor: von der Eingabe bis zur Vorschau (issue #18)",
        "",
        f"Gemessen mit `python bench/editor.py` am {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC auf {cores} Kernen "
        f"(loadavg zu Beginn {load}), Profil `profiles/ihk-ulm.yaml`, Chromium {CHROMIUM} über Playwright.",
        "",
        "| Messgröße | Median | Ziel | erreicht |",
        "|---|---|---|---|",
        f"| Eingabe bis aktualisierte Vorschau im Browser ({len(browser)} Änderungen) | {median:.0f} ms | < {TARGET_MS} ms | {'ja' if median < TARGET_MS else 'nein'} |",
        f"| davon Server allein (POST /api/preview, {len(server)} Änderungen) | {statistics.median(server):.0f} ms | — | — |",
        "",
        *([
            f"| davon YAML zurückschreiben (ruamel.yaml) | {statistics.median(parts['yaml']):.0f} ms | — | — |",
            f"| davon Profil prüfen und Dokument zusammensetzen | {statistics.median(parts['check']):.0f} ms | — | — |",
            f"| davon HTML aus dem warmen `pandoc lua` (nur geänderte Kapitel gelesen, gefiltert und geschrieben) | {statistics.median(parts['html']):.0f} ms | — | — |",
        ] if parts else []),
        "",
        f"Einzelwerte im Browser (ms): {', '.join(f'{value:.0f}' for value in browser)}.",
        f"Einzelwerte des Servers (ms): {', '.join(f'{value:.0f}' for value in server)}.",
        "Geändert werden abwechselnd der Kurzname der Stelle (er steht in jedem Kapitel), der Name des ersten "
        "Kontos, die Telefonnummer und der Abstand der Evaluierung. "
        "Die Zeit im Browser zählt ab dem Eingabe-Ereignis und enthält die Wartezeit des Formulars beim Tippen "
        f"({debounce_ms()} ms), die Prüfung des Profils, das Zusammensetzen, das HTML aus dem warmen `pandoc lua`-Prozess, "
        "die Übertragung und das Einsetzen der geänderten Teile in die Vorschau bis zum nächsten gezeichneten Bild. "
        "Eine Änderung des Kurznamens ändert jedes Kapitel und dauert deshalb länger als die anderen.",
        *([
            "",
            "Das Ziel ist verfehlt. pandoc liest, filtert und schreibt nur die Kapitel, die sich geändert haben "
            "(der Kurzname steht allerdings in jedem Kapitel); dazu kommen Python (YAML, Prüfung, Zusammensetzen), "
            "die Übertragung und das Einsetzen in die Vorschau im Browser. Auf dieser geteilten VM (loadavg oben) "
            "streuen die Werte stark.",
        ] if median >= TARGET_MS else []),
        END,
    ]) + "\n"


def write(text: str) -> None:
    """Put the section into bench/RESULTS.md, replacing an older one."""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    if START in current and END in current:
        before, rest = current.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        current = before + text + ("\n" + after if after else "")
    else:
        current = current.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(current, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark des Editors (issue #18)")
    parser.add_argument("--quick", action="store_true", help="3 statt 20 Änderungen, nur Ausgabe")
    args = parser.parse_args()
    edits = 3 if args.quick else 20
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
    with tempfile.TemporaryDirectory(prefix="smkonzept-bench-editor-") as folder:
        profile = Path(folder) / "ihk-ulm.yaml"
        shutil.copy(ROOT / "profiles" / "ihk-ulm.yaml", profile)
        server = Editor(profile)
        try:
            browser = _browser_edits(server, edits)
            server_times = _server_edits(server, edits)
        finally:
            server.stop()
        parts = _parts(profile, edits)
    text = section(browser, server_times, load, parts)
    print(text)
    if not args.quick:
        write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
