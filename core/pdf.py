"""PDF through pandoc's typst writer and the typst compiler: no LaTeX, PDF/A-2a and PDF/UA-1."""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from smkonzept.errors import SmkonzeptError
from smkonzept.tempfiles import private_folder

__all__ = ["HOUSE_FONTS", "compile_pdf", "prepare_root"]

STYLE_FILE = "smkonzept-style.typ"
HOUSE_FONTS = "fonts"
"""The folder in the sandbox that holds the body's own fonts."""
PdfStandard = Literal["a-2a", "ua-1"]
PDF_STANDARDS: list[PdfStandard] = ["a-2a", "ua-1"]
# typst writes the catalog's /MarkInfo with "/Suspects false", the default value. Poppler
# (pdfinfo, pdftotext up to 25.11) reports every explicit false as a syntax error, so the
# entry is blanked out with spaces of the same length: no byte offset moves, the xref stays valid.
_SUSPECTS_FALSE = re.compile(rb"(/MarkInfo\s*<<\s*/Marked\s+true\s*)(/Suspects\s+false)(\s*>>)")


@cache
def _templates() -> Path:
    return Path(str(resources.files("smkonzept") / "templates"))


def font_paths() -> list[str]:
    """Fonts shipped with the package; system fonts are never used."""
    folder = _templates() / "fonts"
    return [str(folder)] if folder.is_dir() else []


def prepare_root(root: Path, typst_source: bytes, figures: dict[str, bytes], fonts: dict[str, bytes]) -> Path:
    """Fill the sandbox folder ``root``: the style, the figures, the house fonts (in ``fonts/``) and ``main.typ``."""
    shutil.copyfile(_templates() / "typst" / STYLE_FILE, root / STYLE_FILE)
    for name, data in figures.items():
        (root / name).write_bytes(data)
    if fonts:
        (root / HOUSE_FONTS).mkdir()
        for name, data in fonts.items():
            (root / HOUSE_FONTS / name).write_bytes(data)
    main = root / "main.typ"
    main.write_bytes(typst_source)
    return main


def compile_pdf(
    typst_source: bytes, meta: dict[str, Any], figures: dict[str, bytes], timestamp: int, fonts: dict[str, bytes] | None = None,
) -> bytes:
    """Compile pandoc's typst output in a fresh folder holding only the style, the figures and the house fonts."""
    import typst

    with private_folder("typst") as root:
        main = prepare_root(root, typst_source, figures, fonts or {})
        try:
            pdf = typst.compile(
                str(main),
                root=str(root),
                font_paths=[*font_paths(), *([str(root / HOUSE_FONTS)] if fonts else [])],
                ignore_system_fonts=True,
                sys_inputs={"smkonzept-meta": json.dumps(meta, ensure_ascii=False)},
                pdf_standards=[*PDF_STANDARDS],
                timestamp=timestamp,
            )
        except Exception as exc:
            raise SmkonzeptError(f"typst konnte das PDF nicht erzeugen: {exc}") from exc
    return without_default_suspects(pdf)


def without_default_suspects(pdf: bytes) -> bytes:
    """``pdf`` with the redundant ``/Suspects false`` of its catalog replaced by spaces."""
    catalog = pdf.rfind(b"/Type/Catalog")
    if catalog < 0:
        return pdf
    blanked = _SUSPECTS_FALSE.sub(lambda m: m[1] + b" " * len(m[2]) + m[3], pdf[catalog:], count=1)
    return pdf[:catalog] + blanked
