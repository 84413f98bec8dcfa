"""SVG figures as PNG, drawn by the typst compiler with the shipped fonts, for formats where SVG fails."""

from __future__ import annotations

from smkonzept.errors import SmkonzeptError
from smkonzept.pdf import font_paths
from smkonzept.tempfiles import private_folder

__all__ = ["svg_to_png"]

_PAGE = '#set text(font: "{font}")\n#set page(width: auto, height: auto, margin: 0pt, fill: white)\n#image("figure.svg"{size})\n'


def svg_to_png(svg: bytes, font: str, ppi: int = 150, height: str | None = None) -> bytes:
    """``svg`` rendered to a PNG at ``ppi``, of its own size or ``height`` (a typst length, e.g. ``1.8cm``);
    text falls back to ``font``."""
    import typst

    with private_folder("raster") as root:
        (root / "figure.svg").write_bytes(svg)
        (root / "main.typ").write_text(_PAGE.format(font=font, size=f", height: {height}" if height else ""), encoding="utf-8")
        try:
            return typst.compile(
                str(root / "main.typ"),
                root=str(root),
                format="png",
                ppi=ppi,
                font_paths=font_paths(),
                ignore_system_fonts=True,
            )
        except Exception as exc:
            raise SmkonzeptError(f"typst konnte die Abbildung nicht als PNG zeichnen: {exc}") from exc
