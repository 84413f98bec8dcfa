"""The editor in Debian's Chromium, driven by Playwright: preview, field errors, saving, downloads, lists and axe.

Starts ``smkonzept serve`` on a copy of a seed profile (free loopback port, stopped by the test).
Playwright only drives /usr/bin/chromium; nothing downloads a browser.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from smkonzept.fields import fields_by_pattern

from editor_process import Editor

sync_api = pytest.importorskip("playwright.sync_api")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
TIMEOUT_MS = 20_000


def _cli_message(tmp_path: Path, text: str) -> str:
    """The error line ``smkonzept check`` prints for a profile with ``text`` as its content."""
    path = tmp_path / "cli" / "ulm.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "smkonzept.cli", "check", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    return result.stderr.strip().removeprefix("Fehler: ").split("): ", 1)[1]


FIELDS = fields_by_pattern()
MAPS = [pattern for pattern, field in FIELDS.items() if field.kind == "map"]


def _is_key_path(name: str) -> bool:
    """Whether an input's name is the path of a profile key: ``accounts[0].name``, ``chapters.texts.risiko.title``."""
    pattern = re.sub(r"\[\d+\]", "[]", re.sub(r"\[\d+\]$", "", name))
    for map_pattern in MAPS:
        if pattern.startswith(map_pattern + "."):
            rest = pattern[len(map_pattern) + 1 :].partition(".")[2]
            pattern = f"{map_pattern}.<id>" + (f".{rest}" if rest else "")
            return pattern in FIELDS or (not rest and FIELDS[map_pattern].item != "group")
    return pattern in FIELDS


@pytest.fixture
def editor(tmp_path):
    profile = tmp_path / "ulm.yaml"
    shutil.copy(ROOT / "profiles" / "ihk-ulm.yaml", profile)
    running = Editor(profile)
    try:
        yield running, profile
    finally:
        running.stop()


def test_editor_in_chromium(editor, tmp_path):
    server, profile = editor
    original = profile.read_text(encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=TIMEOUT_MS)
        try:
            context = browser.new_context(bypass_csp=True, accept_downloads=True, viewport={"width": 1400, "height": 900})
            context.set_default_timeout(TIMEOUT_MS)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{server.base}/?token={server.token}")
            page.wait_for_selector("body[data-ready='1'][data-preview]")
            names = page.eval_on_selector_all("#profil [name]", "elements => elements.map(e => e.name)")
            assert len(names) > 100 and "chamber.name" in names and "accounts[0].audience.age_min" in names
            assert [name for name in names if not _is_key_path(name)] == []
            preview = page.frame_locator("iframe[title='Vorschau']")
            assert preview.locator("text=IHK Ulm Testfassung").count() == 0

            version = page.get_attribute("body", "data-preview")
            page.fill("[name='chamber.short_name']", "IHK Ulm Testfassung")
            page.wait_for_function("v => document.body.dataset.preview !== v", arg=version)
            assert preview.locator("text=IHK Ulm Testfassung").count() > 0
            # The edit was patched into the frame's document, which is then the same as the new HTML loaded anew.
            assert page.get_attribute("body", "data-preview-mode") == "patch"
            assert page.evaluate(
                "new DOMParser().parseFromString(previewHtml, 'text/html').documentElement.outerHTML"
                " === document.getElementById('vorschau').contentDocument.documentElement.outerHTML"
            )
            assert "IHK Ulm Testfassung" in page.evaluate("previewHtml")
            states = page.locator("#anforderungen .state").all_inner_texts()
            assert len(states) > 5 and any("erfüllt" in state for state in states) and any("fehlt" in state for state in states)

            field = page.locator("[name='evaluation.interval_months']")
            field.fill("zwölf")
            page.wait_for_selector("[name='evaluation.interval_months'][aria-invalid='true']")
            error_id = field.get_attribute("aria-describedby").split()[0]
            expected = _cli_message(tmp_path, original.replace("interval_months: 12", "interval_months: zwölf"))
            assert page.locator(f"#{error_id}").inner_text() == expected
            assert page.locator("[aria-invalid='true']").count() == 1
            assert preview.locator("text=IHK Ulm Testfassung").count() > 0
            field.fill("6")
            page.wait_for_selector("[aria-invalid='true']", state="detached")

            page.focus("[id='f-accounts-0--runter']")
            first, second = (page.input_value(f"[name='accounts[{i}].platform']") for i in (0, 1))
            page.keyboard.press("Enter")
            assert (page.input_value("[name='accounts[0].platform']"), page.input_value("[name='accounts[1].platform']")) == (second, first)
            assert page.evaluate("document.activeElement.id") == "f-accounts-1--runter"
            page.click("[id='f-accounts-1--hoch']")

            page.click("#speichern")
            page.wait_for_selector("body[data-saved='200']")
            saved = profile.read_text(encoding="utf-8")
            assert "short_name: IHK Ulm Testfassung" in saved and "interval_months: 6" in saved
            comments = [line.strip() for line in original.splitlines() if line.strip().startswith("#")]
            assert comments and all(comment in saved for comment in comments)
            assert len(saved.splitlines()) == len(original.splitlines())

            profile.write_text(saved.replace("IHK Ulm Testfassung", "IHK Ulm von Hand"), encoding="utf-8")
            page.wait_for_function("() => document.querySelector(\"[name='chamber.short_name']\").value === 'IHK Ulm von Hand'")
            page.fill("[name='chamber.phone']", "0731 999-0")
            profile.write_text(profile.read_text(encoding="utf-8").replace("IHK Ulm von Hand", "IHK Ulm zweimal"), encoding="utf-8")
            page.wait_for_selector("#konflikt:not([hidden])")
            assert page.input_value("[name='chamber.phone']") == "0731 999-0"
            page.click("#speichern")
            page.wait_for_selector("body[data-saved='409']")
            assert "IHK Ulm zweimal" in profile.read_text(encoding="utf-8") and "0731 999-0" not in profile.read_text(encoding="utf-8")

            with page.expect_download() as download:
                page.click("#pdf")
            assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
            assert download.value.suggested_filename == "ulm.pdf"

            field.fill("x")
            page.wait_for_selector("[name='evaluation.interval_months'][aria-invalid='true']")
            page.add_script_tag(path=str(HERE / "node_modules" / "axe-core" / "axe.min.js"))
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, iframes: false, resultTypes: ['violations']})", AXE_TAGS)
            violations = [f"{v['id']}: {v['help']} ({', '.join(str(n['target']) for n in v['nodes'][:3])})" for v in result["violations"]]
            assert violations == []
            assert len(result["passes"]) > 20
            assert errors == []
        finally:
            browser.close()
    request = urllib.request.Request(f"{server.base}/api/state")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
