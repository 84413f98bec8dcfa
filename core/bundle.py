"""The bundle: every document a body publishes or keeps, made from one profile (``smkonzept build --bundle``).

Each registered ``smkonzept.DocumentType`` gives one document, or one per platform; all of them
are rendered like the concept, listed with their SHA-256 in ``index.html`` and packed into
``<stem>.zip``. The folder ``<output>/<stem>/`` is written all or nothing.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from smkonzept.assemble import template_context
from smkonzept.atomic import refuse_overwriting_inputs, write_all
from smkonzept.build import refuse_shared_stems
from smkonzept.document import Document, PlatformUse, Section
from smkonzept.errors import InputError
from smkonzept.models import DocumentType
from smkonzept.profile import LoadedProfile
from smkonzept.registry import Registry
from smkonzept.templating import render_template

if TYPE_CHECKING:
    from smkonzept.engine.render import Engine

__all__ = ["BundleFile", "Context", "bundle_documents", "write_bundles"]

INDEX = "index.html"

Context = Callable[[LoadedProfile, Document, Registry], dict[str, Any]]
"""Extra template values for a profile's documents (e.g. ``previous``, the change report)."""


@attrs.frozen
class BundleFile:
    """One document of a bundle: its file stem, its type and the document to render."""

    stem: str
    type: DocumentType
    document: Document
    platform: PlatformUse | None = None

    @property
    def formats(self) -> tuple[str, ...]:
        return self.type.formats


def _types(registry: Registry) -> list[DocumentType]:
    return sorted(registry.documents.values(), key=lambda kind: (kind.order, kind.id))


def bundle_documents(concept: Document, registry: Registry, extra: dict[str, Any] | None = None) -> list[BundleFile]:
    """The documents of ``concept``'s bundle, in the order of the index."""
    context = {
        **template_context(concept.profile, concept.law, concept.platforms, concept.risk),
        "concept": concept,
        "open_points": concept.open_points,
        "previous": None,
        **(extra or {}),
    }
    files: list[BundleFile] = []
    for kind in _types(registry):
        if kind.included is not None and not _call(registry, kind, "included", kind.included, concept):
            continue
        if kind.per_platform:
            for use in concept.platforms:
                local = {**context, "use": use, "platform": use.platform}
                title = kind.title.replace("{platform}", use.platform.name)
                files.append(BundleFile(f"{kind.id}-{use.platform.id}", kind, _document(registry, kind, concept, local, title), use))
        else:
            files.append(BundleFile(kind.id, kind, _document(registry, kind, concept, context, kind.title)))
    return files


def _document(registry: Registry, kind: DocumentType, concept: Document, context: dict[str, Any], title: str) -> Document:
    if kind.chapters is not None:
        sections = tuple(_call(registry, kind, "chapters", kind.chapters, concept))
    else:
        body = _call(registry, kind, "template", lambda _: render_template(kind.template, context), concept)
        sections = (Section(kind.id, title, 0, body),)
    return attrs.evolve(
        concept,
        sections=sections,
        kind=kind.id,
        kind_title="" if kind.chapters is not None else title,
        table_of_contents=kind.table_of_contents,
    )


def _call(registry: Registry, kind: DocumentType, what: str, function: Callable[[Document], Any], concept: Document) -> Any:
    """``function(concept)``; an outside plugin's failure is named with its package."""
    plugin = registry.origin.get(("documents", kind.id))
    if plugin is None or plugin.startswith("smkonzept.plugins."):
        return function(concept)
    from smkonzept.manager import plugin_failure, plugin_label, watching_plugin

    try:
        with watching_plugin(f"Das Plugin {plugin_label(plugin)} erstellt das Dokument „{kind.id}“ ({what}) seit", plugin):
            return function(concept)
    except (Exception, SystemExit) as exc:
        raise plugin_failure(plugin, f"beim Erstellen des Dokuments „{kind.id}“ ({what})", exc) from exc


def bundle_folder(output: Path, loaded: LoadedProfile) -> Path:
    """``<output>/<stem>/``, the folder of one profile's bundle."""
    return output / loaded.path.stem


def check_bundle_outputs(documents: list[tuple[LoadedProfile, Document]], output: Path) -> None:
    """Refuse a bundle whose folder is a file, collides with another profile's or would overwrite an input."""
    refuse_shared_stems(documents, output, "denselben Ordner")
    for loaded, _ in documents:
        folder = bundle_folder(output, loaded)
        if folder.exists() and not folder.is_dir():
            raise InputError(f"Der Ordner des Pakets {folder} ist eine Datei; bitte umbenennen oder einen anderen Ausgabeordner (--output) wählen.")
        refuse_overwriting_inputs([folder / INDEX], [source for source in (loaded.sources or (loaded.path,))])


def write_bundles(
    documents: list[tuple[LoadedProfile, Document]],
    registry: Registry,
    output: Path,
    engine: int | Engine,
    progress: Callable[[str], None] | None = None,
    extra: Context | None = None,
) -> list[tuple[Path, list[Path]]]:
    """Render every profile's bundle and write all folders together, all or nothing.

    ``engine`` converts (the caller started and closes it), or is the number of workers of one started here.
    """
    from smkonzept.bundle_files import index_html, zip_bytes

    check_bundle_outputs(documents, output)
    plans = [(loaded, concept, bundle_documents(concept, registry, extra(loaded, concept, registry) if extra else None)) for loaded, concept in documents]
    files: dict[Path, bytes] = {}
    built: list[tuple[Path, list[Path]]] = []
    with _converter(engine) as converter:
        pending = [(loaded, concept, [(entry, converter.start(entry.document, entry.formats)) for entry in entries]) for loaded, concept, entries in plans]
        try:
            for loaded, concept, started in pending:
                folder = bundle_folder(output, loaded)
                contents: dict[str, bytes] = {}
                listed: list[tuple[str, BundleFile]] = []
                for entry, futures in started:
                    for fmt, future in futures.items():
                        name = f"{entry.stem}.{fmt}"
                        contents[name] = future.result()
                        listed.append((name, entry))
                        if progress is not None:
                            progress(f"{folder.name}/{name}")
                archive = f"{folder.name}.zip"
                contents[INDEX] = index_html(concept, [(name, entry.document.title, entry.type.description, contents[name]) for name, entry in listed], archive)
                contents[archive] = zip_bytes(contents, concept.date)
                files.update({folder / name: data for name, data in contents.items()})
                built.append((loaded.path, [folder / name for name in contents]))
        finally:
            for _, _, started in pending:
                for _, futures in started:
                    for future in futures.values():
                        future.cancel()
    write_all(files)
    _remove_stale(built, registry)
    return built


@contextlib.contextmanager
def _converter(engine: int | Engine) -> Iterator[Engine]:
    """``engine`` itself, or a new engine with that many workers, closed afterwards."""
    from smkonzept.engine.render import Engine

    if isinstance(engine, Engine):
        yield engine
        return
    with Engine(workers=engine, pdf=True) as started:
        yield started


def _remove_stale(built: list[tuple[Path, list[Path]]], registry: Registry) -> None:
    """Delete files an earlier bundle wrote that this one no longer holds (e.g. a closed platform's notice)."""
    ids = "|".join(re.escape(kind_id) for kind_id in sorted(registry.documents, key=len, reverse=True))
    pattern = re.compile(rf"^(?:{ids})(?:-[a-z0-9-]+)?\.(?:html|docx|pdf|md)$") if ids else None
    for _, paths in built:
        if pattern is None or not paths:
            continue
        folder, kept = paths[0].parent, {path.name for path in paths}
        for path in folder.iterdir():
            if path.is_file() and path.name not in kept and pattern.match(path.name):
                path.unlink(missing_ok=True)
