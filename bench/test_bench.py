"""The benchmark script runs in its quick mode and reports all five figures (``tox -e bench``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIGURES = (
    "own work per document",
    "one profile vs by hand",
    "batch speed-up",
    "typst vs LaTeX",
    "--help wall time",
    "batch of 100 per document vs one by hand",
    "peak memory, batch of 100",
    "start-up and imports",
    "floor: pandoc and typst alone",
)


def test_quick_benchmark_runs_and_reports_every_figure(tmp_path):
    results_file = ROOT / "bench" / "RESULTS.md"
    before = results_file.stat().st_mtime_ns if results_file.exists() else None
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in FIGURES:
        assert name in result.stdout, name
    after = results_file.stat().st_mtime_ns if results_file.exists() else None
    assert after == before, "--quick without --output must not overwrite bench/RESULTS.md"
