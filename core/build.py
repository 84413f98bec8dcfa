"""The build pipeline: load → assemble → render (bytes) → write (atomic, all or nothing).

The command line and the library entry points both go through ``load_documents`` and ``write_documents``.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from smkonzept.assemble import assemble
from smkonzept.atomic import refuse_overwriting_inputs, write_all
from smkonzept.document import Document
from smkonzept.errors import InputError, ProfileError
from smkonzept.manager import load_registry
from smkonzept.profile import LoadedProfile, load_profile
from smkonzept.profile.resolve import validate_document
from smkonzept.tempfiles import sweep_temp
from smkonzept.registry import Registry
from smkonzept.render import FORMATS

if TYPE_CHECKING:
    from smkonzept.engine.render import Engine

__all__ = ["Built", "build", "build_many", "check_outputs", "refuse_shared_stems", "load_document", "load_documents", "output_folder", "workers", "write_documents"]

Built = list[tuple[Path, list[Path]]]
"""Each profile's path with the files written for it, in the order the profiles were given."""


def load_document(path: str | Path, registry: Registry | None = None, text: str | None = None) -> tuple[LoadedProfile, Document]:
    """Read, validate and assemble one profile; raises ProfileError with every problem found.

    ``text``, if given, is read in place of the file's content (the editor checks unsaved edits).
    """
    registry = registry or load_registry()
    loaded = load_profile(path, registry, text)
    document = assemble(loaded.profile, registry)
    validate_document(loaded, document)
    return loaded, document


def load_documents(
    paths: Iterable[str | Path], registry: Registry, loaded: Callable[[LoadedProfile, Document], object] | None = None,
) -> list[tuple[LoadedProfile, Document]]:
    """Load every profile; if any is invalid, raise one ProfileError listing all their problems.

    ``loaded``, if given, is called with each valid profile as soon as it is loaded.
    """
    documents, problems = [], []
    for path in paths:
        try:
            documents.append(load_document(path, registry))
        except ProfileError as error:
            problems.extend(error.problems)
            continue
        if loaded is not None:
            loaded(*documents[-1])
    if problems:
        raise ProfileError(problems)
    return documents


def build_many(
    paths: Iterable[str | Path],
    formats: Iterable[str] = FORMATS,
    output: str | Path = "build",
    registry: Registry | None = None,
    progress: Callable[[str], None] | None = None,
) -> Built:
    """Build ``<output>/<profile-stem>.<format>`` for every profile and format, all or nothing."""
    output = output_folder(output)
    workers()
    return write_documents(load_documents(paths, registry or load_registry()), formats, output, progress)


def write_documents(
    documents: list[tuple[LoadedProfile, Document]],
    formats: Iterable[str] = FORMATS,
    output: str | Path = "build",
    progress: Callable[[str], None] | None = None,
    engine: Engine | None = None,
) -> Built:
    """Render loaded documents and write their files, named after the profiles, all or nothing.

    Every file is converted in memory first; only when all conversions succeeded are the files
    written, together. ``progress`` is called with each output file's name once its bytes are ready.
    ``engine``, if given, converts (the caller started it early and closes it); otherwise one is started here.
    """
    output = output_folder(output)
    formats = list(dict.fromkeys(formats))
    conversions = workers()
    sweep_temp()
    check_outputs(documents, formats, output)
    files: dict[Path, bytes] = {}
    built: Built = []
    from smkonzept.engine.render import Engine

    with contextlib.nullcontext(engine) if engine is not None else Engine(workers=conversions, pdf="pdf" in formats) as engine:
        split = len(documents) == 1
        pending = [(loaded.path, engine.start(document, formats, split)) for loaded, document in documents]
        try:
            for source, futures in pending:
                outputs = {}
                for fmt, future in futures.items():
                    outputs[output / f"{source.stem}.{fmt}"] = future.result()
                    if progress is not None:
                        progress(f"{source.stem}.{fmt}")
                files.update(outputs)
                built.append((source, list(outputs)))
        finally:
            for _, futures in pending:
                for future in futures.values():
                    future.cancel()
    write_all(files)
    return built


def refuse_shared_stems(documents: list[tuple[LoadedProfile, Document]], output: Path, outputs: str) -> None:
    """Refuse profiles whose names would give the same ``outputs`` (German words), and an output folder that is a file."""
    stems = [loaded.path.stem for loaded, _ in documents]
    duplicates = sorted({stem for stem in stems if stems.count(stem) > 1})
    if duplicates:
        raise InputError(f"Mehrere Profile ergäben {outputs} ({', '.join(duplicates)}); bitte einzeln oder in verschiedene Ordner erstellen.")
    if output.exists() and not output.is_dir():
        raise InputError(f"Der Ausgabeordner {output} ist eine Datei.")


def check_outputs(documents: list[tuple[LoadedProfile, Document]], formats: Iterable[str], output: Path) -> None:
    """Refuse a build whose files would collide, land in a file, or overwrite one of its own inputs."""
    refuse_shared_stems(documents, output, "dieselben Ausgabedateien")
    refuse_overwriting_inputs(
        [output / f"{loaded.path.stem}.{fmt}" for loaded, _ in documents for fmt in formats],
        [source for loaded, _ in documents for source in (loaded.sources or (loaded.path,))],
    )


def build(path: str | Path, formats: Iterable[str] = FORMATS, output: str | Path = "build", registry: Registry | None = None) -> list[Path]:
    """Build ``<output>/<profile-stem>.<format>`` for each format; returns the written paths."""
    return build_many([path], formats, output, registry)[0][1]


def output_folder(value: str | Path) -> Path:
    """The output folder the user named; an empty name is refused rather than read as the current folder."""
    if not str(value).strip():
        raise InputError("Der Ausgabeordner ist leer (--output \"\"). Bitte einen Ordner angeben, z. B. --output build, oder --output . für den aktuellen Ordner.")
    return Path(value)


def workers() -> int:
    """Workers of the engine: one per available core, each a pandoc process and a typst thread (pandoc
    reads the next document while typst compiles the last one's PDF).

    ``SMKONZEPT_WORKERS`` overrides it; ``SMKONZEPT_WORKERS=1`` runs one conversion step at a time.
    """
    value = os.environ.get("SMKONZEPT_WORKERS", "").strip()
    if not value:
        return max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2)
    if not re.fullmatch(r"[0-9]{1,6}", value) or int(value) < 1:
        shown = value[:20].encode("ascii", "backslashreplace").decode("ascii")
        raise InputError(f"SMKONZEPT_WORKERS muss eine ganze Zahl von 1 bis 999999 (Ziffern 0–9) sein, nicht „{shown}“.")
    return int(value)
