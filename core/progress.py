"""What a build shows while it runs: a tqdm bar on a terminal, nothing in pipes and logs.

``quiet`` hides the bar; ``verbose`` also names every finished file on stderr, terminal or not.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["BuildProgress"]


class BuildProgress:
    """Counts finished files of a build; use as a context manager and call :meth:`step` per file."""

    def __init__(self, total: int, quiet: bool = False, verbose: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.verbose = verbose and not quiet
        self.started = time.monotonic()
        shown = not quiet and total > 1 and _is_terminal(self.stream)
        self.bar = _bar(total, self.stream) if shown else None

    def step(self, label: str) -> None:
        """One more file is ready; ``label`` names it."""
        if self.verbose:
            line = f"fertig nach {time.monotonic() - self.started:.1f} s: {label}"
            if self.bar is None:
                print(line, file=self.stream)
            else:
                self.bar.write(line, file=self.stream)
        if self.bar is not None:
            self.bar.set_postfix_str(label, refresh=False)
            self.bar.update(1)

    def __enter__(self) -> BuildProgress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.bar is not None:
            self.bar.close()


def _bar(total: int, stream: TextIO) -> tqdm[Any]:
    """The bar on a terminal; tqdm is imported only here, so pipes and logs do without it (about 6 ms)."""
    from tqdm import tqdm

    size = shutil.get_terminal_size()
    return tqdm(
        total=total,
        desc="Erstelle",
        unit=" Dateien",
        file=stream,
        mininterval=0,
        miniters=1,
        leave=False,
        ncols=min(size.columns, 100),
        nrows=max(size.lines, 2),
        bar_format="{desc} {n_fmt}/{total_fmt} {bar} {postfix}",
    )


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
