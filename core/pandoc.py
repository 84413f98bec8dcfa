"""Running the pandoc binary that pypandoc-binary bundles, sandboxed, with our reader and filters."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

from smkonzept.errors import SmkonzeptError
from smkonzept.tempfiles import private_folder

__all__ = ["READER", "pandoc_path", "run_pandoc"]

READER = "markdown" + "".join(
    f"-{extension}"
    for extension in (
        "raw_html", "raw_tex", "raw_attribute", "native_divs", "native_spans", "yaml_metadata_block",
        "citations", "tex_math_dollars", "tex_math_single_backslash", "latex_macros", "smart",
    )
)


@cache
def pandoc_path() -> str:
    """The bundled pandoc binary; ``PYPANDOC_PANDOC`` overrides it."""
    override = os.environ.get("PYPANDOC_PANDOC")
    if override:
        return override
    spec = importlib.util.find_spec("pypandoc")
    if spec is None or not spec.submodule_search_locations:
        raise SmkonzeptError("pandoc fehlt: Das Paket pypandoc-binary ist nicht installiert (pip install pypandoc-binary).")
    binary = Path(spec.submodule_search_locations[0]) / "files" / "pandoc"
    if not binary.exists():
        raise SmkonzeptError(f"pandoc fehlt: {binary} existiert nicht. Bitte pypandoc-binary neu installieren.")
    return str(binary)


def run_pandoc(
    markdown: str, args: list[str], epoch: int, metadata: dict[str, Any] | None = None, variables: dict[str, str] | None = None,
) -> bytes:
    """Convert ``markdown`` with pandoc ``args`` in sandbox mode; returns pandoc's output.

    ``metadata`` goes to pandoc as a metadata file; its strings are read as Markdown, so
    callers pass text escaped with ``smkonzept.markdown.escape``. ``variables`` (template
    variables, used as they are) go in a defaults file: a font as a ``data:`` address is
    longer than one command-line argument may be.
    """
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "LANG": "C.UTF-8"}
    with private_folder("pandoc") as folder:
        command = [pandoc_path(), "--sandbox", f"--from={READER}", *args, "--output=-"]
        if metadata:
            metadata_file = folder / "metadata.json"
            metadata_file.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
            command.insert(3, f"--metadata-file={metadata_file}")
        if variables:
            defaults_file = folder / "defaults.json"
            defaults_file.write_text(json.dumps({"variables": variables}, ensure_ascii=False), encoding="utf-8")
            command.insert(3, f"--defaults={defaults_file}")
        result = subprocess.run(command, input=markdown.encode("utf-8"), capture_output=True, env=env, check=False)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise SmkonzeptError(f"pandoc ist mit Code {result.returncode} abgebrochen: {message}")
    return result.stdout
