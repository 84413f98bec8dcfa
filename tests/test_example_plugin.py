"""The example plugin package, installed with pip into a fresh virtual environment, works.

The venv sees this environment's packages (smkonzept, pandoc, typst, pip, setuptools, pytest)
through a ``.pth`` file, so nothing is downloaded; only the example is installed into it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import MINIMAL_PROFILE, ROOT

EXAMPLE = ROOT / "examples" / "smkonzept-peertube"
VERSION = re.search(r'^version = "([^"]+)"', (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE)[1]
PEERTUBE_PROFILE = MINIMAL_PROFILE.replace(
    "  - platform: facebook\n",
    "  - platform: peertube\n    name: IHK Musterstadt Videos\n    url: https://video.ihk-musterstadt.example/c/ihk\n"
    "    operator: {name: Muster-IT GmbH, address: \"Hafenstraße 2, 12345 Musterstadt\", country: Deutschland}\n"
    "  - platform: facebook\n",
)


def _parent_site_dirs() -> list[str]:
    dirs = list(site.getsitepackages())
    if site.ENABLE_USER_SITE:
        dirs.append(site.getusersitepackages())
    return [path for path in dirs if os.path.isdir(path)]


def _builds_wheels_offline() -> bool:
    """Whether this environment's setuptools can build a wheel by itself (70.1+, or with ``wheel``).

    If not, pip builds the example in an isolated environment and fetches setuptools from the
    configured package index.
    """
    try:
        import setuptools
    except ImportError:
        return False
    major, minor = (int(part) for part in re.findall(r"\d+", setuptools.__version__)[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def venv_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with the example installed by pip, seeing this environment's packages."""
    root = tmp_path_factory.mktemp("example-venv")
    try:
        venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(root / "venv")
    except Exception as exc:  # noqa: BLE001 - any reason the platform cannot make a venv
        pytest.skip(f"venv kann nicht angelegt werden: {exc}")
    python = root / "venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    lines = [f"import site; site.addsitedir({path!r})" for path in _parent_site_dirs()]
    Path(purelib, "_smkonzept_parent_env.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = root / "smkonzept-peertube"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build", ".pytest_cache"))
    isolation = ["--no-build-isolation", "--no-index"] if _builds_wheels_offline() else []
    install = run(python, "-m", "pip", "install", "--no-deps", *isolation, "--no-cache-dir",
                  "--disable-pip-version-check", "--quiet", source, cwd=root)
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def run(python: Path, *args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("SMKONZEPT_DISABLE_PLUGINS", "PYTHONHOME")}
    return subprocess.run([str(python), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=120)


def test_example_is_installed_into_the_venv_only(venv_python: Path):
    probe = "import smkonzept_peertube, sys; print(smkonzept_peertube.__file__); print(sys.prefix)"
    result = run(venv_python, "-c", probe, cwd=venv_python.parent)
    assert result.returncode == 0, result.stderr
    module_file, prefix = result.stdout.split()
    assert Path(module_file).is_relative_to(Path(prefix)) and Path(prefix) != Path(sys.prefix)


def test_venv_builds_a_profile_with_peertube_in_all_formats(venv_python: Path, tmp_path: Path):
    profile = tmp_path / "muster.yaml"
    profile.write_text(PEERTUBE_PROFILE, encoding="utf-8")
    result = run(venv_python, "-m", "smkonzept.cli", "build", profile, "--format", "html,docx,pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for suffix in ("html", "docx", "pdf"):
        assert (tmp_path / "build" / f"muster.{suffix}").stat().st_size > 1000
    html = " ".join((tmp_path / "build" / "muster.html").read_text(encoding="utf-8").split())
    assert 'id="plattform-peertube"' in html and 'id="plattform-facebook"' in html
    assert "Muster-IT GmbH" in html and "Art. 28 DSGVO" in html
    assert html.index('id="plattform-peertube"') < html.index('id="plattform-facebook"')


def test_venv_plugins_lists_peertube_with_distribution_and_version(venv_python: Path, tmp_path: Path):
    result = run(venv_python, "-m", "smkonzept.cli", "plugins", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"  peertube (Paket smkonzept-peertube {VERSION})" in result.stdout
    assert "Registriert: Plattform peertube" in result.stdout


def test_example_tests_pass_against_the_installed_package(venv_python: Path):
    tests = venv_python.parent.parent.parent / "smkonzept-peertube" / "tests"
    result = run(venv_python, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests, cwd=tests.parent)
    assert result.returncode == 0, result.stdout + result.stderr
