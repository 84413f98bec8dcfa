"""Loading a profile file: YAML, ``extends``, schema version, models, and German errors with lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from smkonzept.profile.structure import FieldProblem, structure_profile
from smkonzept.errors import ProfileError
from smkonzept.profile.model import SCHEMA_VERSION, Profile
from smkonzept.profile.yamlsource import FieldPath, YamlProblem, load_yaml

__all__ = ["LoadedProfile", "format_path", "locate", "read_profile"]

MAX_FILE_BYTES = 1_000_000


@attrs.frozen
class LoadedProfile:
    """A profile with the file and line each of its values came from."""

    path: Path
    profile: Profile
    lines: dict[FieldPath, tuple[Path, int]]

    def problem(self, field: FieldPath, message: str) -> str:
        """A German error line for ``field`` with the file and line it was written on."""
        return _located(self.lines, self.path, field, message)


def format_path(field: FieldPath) -> str:
    """``accounts[0].platform`` for ``("accounts", 0, "platform")``."""
    text = ""
    for step in field:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def _located(lines: dict[FieldPath, tuple[Path, int]], default: Path, field: FieldPath, message: str) -> str:
    probe = field
    while probe not in lines and probe:
        probe = probe[:-1]
    file, line = lines.get(probe, (default, 0))
    return locate(file, line, field, message)


def locate(file: Path, line: int, field: FieldPath, message: str) -> str:
    """The one form of every profile error: ``file:line (Feld „field“): message``; line 0 is unknown."""
    where = f"{file}:{line}" if line else str(file)
    name = f" (Feld „{format_path(field)}“)" if field else ""
    return f"{where}{name}: {message}"


def read_profile(path: str | Path, more_checks: Callable[[LoadedProfile], list[str]] | None = None) -> LoadedProfile:
    """Read and validate a profile file; raise ProfileError listing every problem.

    Once the structure is sound, the rules across fields and ``more_checks`` (say, the ids
    against the plugins) run together, so one pass reports all of their problems.
    """
    path = Path(path)
    data, lines = _read_with_bases(path, ())
    if not isinstance(data, dict):
        raise ProfileError([_located(lines, path, (), "Ein Profil muss aus Feldern bestehen (z. B. „chamber:“), nicht aus einer Liste oder einem einzelnen Wert.")])
    data.pop("extends", None)
    profile, field_problems = structure_profile(data)
    problems = [_located(lines, path, p.path, p.message) for p in field_problems]
    if profile is None:
        raise ProfileError(problems)
    loaded = LoadedProfile(path, profile, lines)
    problems = [_located(lines, path, p.path, p.message) for p in _cross_field_problems(profile)]
    problems += more_checks(loaded) if more_checks is not None else []
    if problems:
        raise ProfileError(problems)
    return loaded


def _read_with_bases(path: Path, chain: tuple[Path, ...]) -> tuple[Any, dict[FieldPath, tuple[Path, int]]]:
    data, lines = _read_file(path)
    located = {field: (path, line) for field, line in lines.items()}
    if not isinstance(data, dict):
        return data, located
    _check_schema(data, located, path)
    base_name = data.get("extends")
    if base_name is None:
        return data, located
    if not isinstance(base_name, str) or not base_name.strip() or "\x00" in base_name:
        raise ProfileError([_located(located, path, ("extends",), "„extends“ muss den Dateinamen eines Basisprofils nennen.")])
    base_path = path.parent / base_name
    try:
        resolved = base_path.resolve()
    except (OSError, RuntimeError):
        resolved = base_path
    if resolved in chain or resolved == path.resolve():
        cycle = " → ".join(str(p.name) for p in (*chain, path.resolve(), resolved))
        raise ProfileError([_located(located, path, ("extends",), f"Die Profile erweitern sich im Kreis: {cycle}.")])
    if not base_path.is_file():
        raise ProfileError([_located(located, path, ("extends",), f"Das Basisprofil „{base_name}“ wurde nicht gefunden (gesucht: {base_path}).")])
    base_data, base_lines = _read_with_bases(base_path, (*chain, path.resolve()))
    if not isinstance(base_data, dict):
        raise ProfileError([_located(base_lines, base_path, (), "Ein Basisprofil muss aus Feldern bestehen.")])
    return _merge(base_data, data), {**base_lines, **located}


def _read_file(path: Path) -> tuple[Any, dict[FieldPath, int]]:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ProfileError([f"{path}: Die Profildatei wurde nicht gefunden."]) from None
    except IsADirectoryError:
        raise ProfileError([f"{path}: Das ist ein Ordner, keine Profildatei."]) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "ungültiger Dateiname"
        raise ProfileError([f"{path}: Die Profildatei kann nicht gelesen werden ({reason})."]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ProfileError([f"{path}: Die Profildatei ist größer als 1 MB; das ist für ein Profil zu groß."])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError([_not_utf8(path, raw, exc.start)]) from None
    try:
        located = load_yaml(text)
    except YamlProblem as problem:
        raise ProfileError([locate(path, problem.line, problem.path, problem.message)]) from None
    if located.data is None:
        raise ProfileError([f"{path}:1: Die Profildatei ist leer (sie enthält keine Felder)."])
    return located.data, located.lines


def _not_utf8(path: Path, raw: bytes, start: int) -> str:
    """The message for a file that is not UTF-8, naming the field the first bad byte is in."""
    line = raw[:start].count(b"\n") + 1
    field: FieldPath = ()
    try:
        located = load_yaml(raw.decode("utf-8-sig", errors="replace"))
    except YamlProblem:
        located = None
    if located is not None:
        candidates = [f for f, at in located.lines.items() if at == line and "\ufffd" in str((f[-1:], _value_at(located.data, f)))]
        field = max(candidates, key=len, default=())
    message = f"Die Datei ist nicht in UTF-8 gespeichert (Byte {start + 1}). Bitte im Editor als UTF-8 speichern."
    return _located({field: (path, line)} if field else {(): (path, line)}, path, field, message)


def _value_at(data: Any, field: FieldPath) -> Any:
    """The value at ``field`` inside plain YAML data."""
    for step in field:
        data = data[step]
    return data


def _check_schema(data: dict[str, Any], lines: dict[FieldPath, tuple[Path, int]], path: Path) -> None:
    version = data.get("schema")
    if version is None:
        return
    if str(version).strip() != str(SCHEMA_VERSION):
        raise ProfileError([_located(lines, path, ("schema",), f"Schema-Version „{version}“ wird nicht unterstützt; diese smkonzept-Version liest Profile mit „schema: {SCHEMA_VERSION}“. Bitte smkonzept aktualisieren oder die Version prüfen.")])


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key == "extends":
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _cross_field_problems(profile: Profile) -> list[FieldProblem]:
    problems = []
    for index, account in enumerate(profile.accounts):
        audience = account.audience
        if audience and audience.age_min is not None and audience.age_max is not None and audience.age_min > audience.age_max:
            problems.append(FieldProblem(("accounts", index, "audience", "age_min"), f"Das Mindestalter {audience.age_min} liegt über dem Höchstalter {audience.age_max}."))
    if not profile.accounts:
        problems.append(FieldProblem(("accounts",), "Das Profil nennt kein Konto; mindestens eines ist nötig."))
    return problems
