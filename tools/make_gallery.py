"""Build docs/gallery/: the same seed profile in each example design, first pages as small PNGs (pdftoppm).

Run from the repository: ``python tools/make_gallery.py``. The PNGs are committed; docs/gallery.md shows them.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from smkonzept.build import build

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "profiles" / "ihk-ulm.yaml"
DESIGNS = sorted((ROOT / "examples" / "designs").glob("*.yaml"))
GALLERY = ROOT / "docs" / "gallery"


def designed_profile(design: Path, folder: Path) -> Path:
    """A copy of the seed profile in ``folder`` that uses ``design`` (copied next to it with its logo and fonts)."""
    shutil.copytree(design.parent, folder, dirs_exist_ok=True)
    profile = folder / f"{SEED.stem}-{design.stem}.yaml"
    profile.write_text(SEED.read_text(encoding="utf-8").rstrip("\n") + f"\ndesign: {design.name}\n", encoding="utf-8")
    return profile


def main() -> None:
    GALLERY.mkdir(exist_ok=True)
    for design in [None, *DESIGNS]:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp)
            profile = designed_profile(design, folder) if design else SEED
            pdf = build(profile, ["pdf"], folder / "out")[0]
            stem = design.stem if design else "standard"
            for page in (1, 2):
                target = GALLERY / f"{stem}-seite{page}"
                subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(target)], check=True)
            print(f"{stem}: {GALLERY.relative_to(ROOT)}/{stem}-seite1.png, -seite2.png")


if __name__ == "__main__":
    main()
