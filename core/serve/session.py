"""The editor's state for one profile file: check edits, render the preview, save, and notice changes on disk."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import threading
from pathlib import Path
from typing import Any

from smkonzept.atomic import write_all
from smkonzept.build import load_document
from smkonzept.checks import departures, evaluate, evaluate_core
from smkonzept.document import Document
from smkonzept.engine.render import Engine
from smkonzept.errors import ProfileError
from smkonzept.fields import Field, field_tree
from smkonzept.profile.load import LoadedProfile
from smkonzept.registry import Registry
from smkonzept.serve.preview import Preview
from smkonzept.serve.yamledit import RoundTrip, apply, form_data, unmanaged

__all__ = ["Conflict", "Session", "problem_field"]

_FIELD = re.compile(r" \(Feld „([^“]*)“\): ")


class Conflict(Exception):
    """The file changed on disk since the editor read it."""


def problem_field(problem: str) -> tuple[str, str]:
    """The field path and the message of one located problem line (``file:line (Feld „x“): message``)."""
    match = _FIELD.search(problem)
    if match is None:
        return "", problem.split(": ", 1)[-1]
    return match[1], problem[match.end():]


def digest(data: bytes) -> str:
    """The fingerprint the editor uses to notice that the file changed."""
    return hashlib.sha256(data).hexdigest()


class Session:
    """One profile file being edited; safe to use from several request threads."""

    def __init__(self, path: Path, registry: Registry, engine: Engine, preview: Preview | None = None) -> None:
        self.path = path
        self.registry = registry
        self.engine = engine
        self.preview = preview
        self.fields: tuple[Field, ...] = field_tree()
        self._lock = threading.Lock()
        self._valid: tuple[LoadedProfile, Document] | None = None
        self.reload()

    def reload(self) -> dict[str, Any]:
        """Read the file from disk again; returns what the form shows."""
        raw = self.path.read_bytes()
        with self._lock:
            self._source = RoundTrip(raw.decode("utf-8-sig"))
            self.hash = digest(raw)
        return self.state()

    @property
    def holds_fields(self) -> bool:
        """Whether the file is a mapping of keys, as a profile must be."""
        return isinstance(self._source.data, dict)

    def state(self) -> dict[str, Any]:
        """The form's values, the fingerprint of the file they came from, and the keys the form leaves alone."""
        return {
            "data": form_data(self._source.data, self.fields),
            "hash": self.hash,
            "unmanaged": unmanaged(self._source.data, self.fields),
            "file": self.path.name,
        }

    def disk_hash(self) -> str:
        """The fingerprint of the file as it is on disk now."""
        try:
            return digest(self.path.read_bytes())
        except OSError:
            return ""

    def text_for(self, values: dict[str, Any]) -> str:
        """The file's YAML text with the form's values written in."""
        with self._lock:
            data = self._source.fresh()
            apply(data, self.fields, values)
            return self._source.dump(data)

    def check(self, values: dict[str, Any]) -> dict[str, Any]:
        """Check the form's values as ``check`` would; render the preview when they are valid.

        The answer lists every problem with its field, and the requirements with their state. The
        last valid document stays the preview while the values are invalid.
        """
        text = self.text_for(values)
        try:
            loaded, document = load_document(self.path, self.registry, text)
        except ProfileError as error:
            return {"valid": False, "errors": [_error(problem) for problem in error.problems]}
        html = self.preview.html(document) if self.preview is not None else self.engine.render(document, ["html"])["html"]
        with self._lock:
            self._valid = (loaded, document)
        return {"valid": True, "errors": [], "html": html.decode("utf-8"), "requirements": requirements(document), "draft": bool(document.open_points)}

    def save(self, values: dict[str, Any], base: str, force: bool = False) -> dict[str, Any]:
        """Write the form's values to the file, atomically; raise Conflict if it changed since ``base``.

        Only valid values are saved; the answer then carries the new fingerprint.
        """
        text = self.text_for(values)
        try:
            load_document(self.path, self.registry, text)
        except ProfileError as error:
            return {"saved": False, "errors": [_error(problem) for problem in error.problems]}
        with self._lock:
            if not force and self.disk_hash() != base:
                raise Conflict()
            data = text.encode("utf-8")
            try:
                mode = stat.S_IMODE(os.stat(self.path).st_mode)
            except OSError:
                mode = 0o644
            write_all({self.path: data}, mode)
            self._source = RoundTrip(text)
            self.hash = digest(data)
        return {"saved": True, "hash": self.hash}

    def download(self, fmt: str) -> tuple[str, bytes] | None:
        """The file name and bytes of the last valid state in ``fmt`` (pdf or docx), or None before any."""
        with self._lock:
            valid = self._valid
        if valid is None:
            try:
                valid = load_document(self.path, self.registry)
            except ProfileError:
                return None
        return f"{self.path.stem}.{fmt}", self.engine.render(valid[1], [fmt])[fmt]


def _error(problem: str) -> dict[str, str]:
    field, message = problem_field(problem)
    return {"field": field, "message": message, "text": problem}


def requirements(document: Document) -> list[dict[str, str]]:
    """Each requirement ``check`` lists, with its state: ``erfüllt``, ``fehlt`` or ``abweichend``."""
    law = document.law
    results = list(evaluate_core(document))
    guidance = law.guidance.requirements if law.guidance else ()
    if law.guidance is not None:
        results += evaluate(document)
    departed = {requirement.id: reason for requirement, reason in departures(document)}
    listed = []
    for requirement, problem in results:
        if problem is None and requirement.id in departed and requirement in guidance:
            listed.append({"text": requirement.text, "state": "abweichend", "detail": f"Grund: {departed[requirement.id]}"})
        elif problem is None:
            listed.append({"text": requirement.text, "state": "erfüllt", "detail": ""})
        else:
            listed.append({"text": requirement.text, "state": "fehlt", "detail": problem})
    return listed
