"""Loading a profile file: YAML, ``extends``, schema version, models, and German errors with lines."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from smkonzept.design import design_problems
from smkonzept.housefonts import font_problem
from smkonzept.logo import logo_problem
from smkonzept.reference_docx import reference_docx_problem
from smkonzept.profile.structure import FieldProblem, structure_profile
from smkonzept.errors import ProfileError
from smkonzept.regularfile import read_regular
from smkonzept.profile.model import SCHEMA_VERSION, Profile
from smkonzept.profile.yamlsource import FieldPath, YamlProblem, load_yaml
from smkonzept.profile.textcheck import text_problems

__all__ = ["LoadedProfile", "MAX_ACCOUNTS", "MAX_EXTENDS_DEPTH", "MAX_KEYWORDS", "format_path", "locate", "read_profile"]

MAX_FILE_BYTES = 1_000_000
MAX_EXTENDS_DEPTH = 20
"""How many base profiles one profile may build on, one through the other."""
MAX_ACCOUNTS = 100
"""Accounts in one profile."""
MAX_KEYWORDS = 20
"""Keywords of the document (the PDF keeps them in one string)."""
PROFILE_SUFFIXES = (".yaml", ".yml")


@attrs.frozen
class LoadedProfile:
    """A profile with the file and line each of its values came from."""

    path: Path
    profile: Profile
    lines: dict[FieldPath, tuple[Path, int]]
    sources: tuple[Path, ...] = ()
    """Every file read: the profile and its bases."""

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


def read_profile(path: str | Path, more_checks: Callable[[LoadedProfile], list[str]] | None = None, text: str | None = None) -> LoadedProfile:
    """Read and validate a profile file; raise ProfileError listing every problem.

    ``text`` stands in for the content of the file at ``path`` (the editor checks what is not saved
    yet); bases named by ``extends`` are read from disk as usual.

    Once the structure is sound, the rules across fields and ``more_checks`` (say, the ids
    against the plugins) run together, so one pass reports all of their problems.
    """
    path = Path(path)
    sources: list[Path] = []
    data, lines = _read_with_bases(path, (), _tree(path), sources, text)
    if not isinstance(data, dict):
        raise ProfileError([_located(lines, path, (), "Ein Profil muss aus Feldern bestehen (z. B. „chamber:“), nicht aus einer Liste oder einem einzelnen Wert.")])
    data.pop("extends", None)
    problems = [_located(lines, path, p.path, p.message) for p in text_problems(data)]
    if problems:
        raise ProfileError(problems)
    profile, field_problems = structure_profile(data)
    problems = [_located(lines, path, p.path, p.message) for p in field_problems]
    if profile is None:
        raise ProfileError(problems)
    profile, template_problems = _with_reference_docx(profile, lines, path)
    loaded = LoadedProfile(path, profile, lines, tuple(sources))
    problems = [_located(lines, path, p.path, p.message) for p in (*template_problems, *_cross_field_problems(profile))]
    problems += more_checks(loaded) if more_checks is not None else []
    if problems:
        raise ProfileError(problems)
    return loaded


def _with_reference_docx(profile: Profile, lines: dict[FieldPath, tuple[Path, int]], path: Path) -> tuple[Profile, list[FieldProblem]]:
    """The profile with the design's files (Word template, logo, fonts) as absolute paths, or why they cannot be used."""
    design = profile.design
    if design is None:
        return profile, []
    problems = []
    if design.reference_docx:
        template_field: FieldPath = ("design", "reference_docx")
        resolved, problem = reference_docx_problem(design.reference_docx, lines.get(template_field, (path, 0))[0], _tree(path))
        if resolved is None:
            problems.append(FieldProblem(template_field, problem or ""))
        else:
            design = attrs.evolve(design, reference_docx=str(resolved))
    if design.logo is not None:
        logo_field: FieldPath = ("design", "logo", "file")
        resolved, problem = logo_problem(design.logo.file, lines.get(logo_field, (path, 0))[0], _tree(path))
        if resolved is None:
            problems.append(FieldProblem(logo_field, problem or ""))
        else:
            design = attrs.evolve(design, logo=attrs.evolve(design.logo, file=str(resolved)))
    fonts = {}
    for role in ("body", "heading"):
        name = getattr(design.fonts, role)
        if not name:
            continue
        font_field: FieldPath = ("design", "fonts", role)
        resolved, problem = font_problem(name, lines.get(font_field, (path, 0))[0], _tree(path), format_path(font_field))
        if resolved is None:
            problems.append(FieldProblem(font_field, problem or ""))
        else:
            fonts[role] = str(resolved)
    design = attrs.evolve(design, fonts=attrs.evolve(design.fonts, **fonts))
    return attrs.evolve(profile, design=design), problems


def _tree(path: Path) -> Path:
    """The folder whose tree ``extends`` may read from: the one holding the profile itself."""
    try:
        return Path(os.path.realpath(path.parent if str(path.parent) else "."))
    except (OSError, ValueError):
        return path.parent


def _read_with_bases(path: Path, chain: tuple[Path, ...], tree: Path, sources: list[Path], text: str | None = None) -> tuple[Any, dict[FieldPath, tuple[Path, int]]]:
    data, lines = _read_file(path) if text is None else _parse(path, text)
    sources.append(path)
    located = {field: (path, line) for field, line in lines.items()}
    if not isinstance(data, dict):
        return data, located
    _check_schema(data, located, path)
    data, located = _with_design_file(data, located, path, tree)
    base_name = data.get("extends")
    if base_name is None:
        return data, located
    if not isinstance(base_name, str) or not base_name.strip() or "\x00" in base_name:
        raise ProfileError([_located(located, path, ("extends",), "„extends“ muss den Dateinamen eines Basisprofils nennen.")])
    base_path = path.parent / base_name
    refusal = _base_refusal(base_name, base_path, tree)
    if refusal:
        raise ProfileError([_located(located, path, ("extends",), refusal)])
    resolved = Path(os.path.realpath(base_path))
    here = Path(os.path.realpath(path))
    if resolved in chain or resolved == here:
        cycle = " → ".join(str(p.name) for p in (*chain, here, resolved))
        raise ProfileError([_located(located, path, ("extends",), f"Die Profile erweitern sich im Kreis: {cycle}.")])
    if len(chain) + 1 >= MAX_EXTENDS_DEPTH:
        raise ProfileError([_located(located, path, ("extends",), f"Die Kette der Basisprofile ist länger als {MAX_EXTENDS_DEPTH} Dateien; bitte Basisprofile zusammenfassen.")])
    base_data, base_lines = _read_with_bases(base_path, (*chain, here), tree, sources)
    if not isinstance(base_data, dict):
        raise ProfileError([_located(base_lines, base_path, (), "Ein Basisprofil muss aus Feldern bestehen.")])
    return _merge(base_data, data), {**base_lines, **located}


def _with_design_file(data: dict[str, Any], located: dict[FieldPath, tuple[Path, int]], path: Path, tree: Path) -> tuple[dict[str, Any], dict[FieldPath, tuple[Path, int]]]:
    """``design: datei.yaml`` replaced by that file's fields (same rules as ``extends``); lines point into it."""
    name = data.get("design")
    if not isinstance(name, str):
        return data, located
    design_path = path.parent / name
    refusal = _base_refusal(name, design_path, tree, key="design", what="Die Design-Datei") if name.strip() and "\x00" not in name else "„design“ muss Felder oder den Dateinamen einer Design-Datei nennen."
    if refusal:
        raise ProfileError([_located(located, path, ("design",), refusal)])
    design_data, design_lines = _read_file(design_path)
    if not isinstance(design_data, dict):
        raise ProfileError([_located({(): (design_path, 1)}, design_path, (), "Eine Design-Datei muss aus Feldern bestehen (z. B. „colours:“).")])
    design_located = {("design", *field): (design_path, line) for field, line in design_lines.items() if field}
    return {**data, "design": design_data}, {**located, **design_located}


def _base_refusal(name: str, base_path: Path, tree: Path, key: str = "extends", what: str = "Das Basisprofil") -> str | None:
    """Why ``extends: name`` may not be read, or None. The file's content is never looked at."""
    name = "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in name)
    rule = (
        f"„{key}“ darf nur eine .yaml- oder .yml-Datei im Ordner des Profils ({tree}) oder darunter nennen, "
        f"als Pfad relativ zur Datei mit „{key}“"
    )
    if "://" in name:
        return f"{rule}; Webadressen werden nicht gelesen."
    if Path(name).suffix.lower() not in PROFILE_SUFFIXES:
        return f"{rule}; „{Path(name).name}“ hat eine andere Endung."
    try:
        resolved = Path(os.path.realpath(base_path))
    except (OSError, ValueError, RuntimeError):
        return f"{rule}; „{name}“ ist kein gültiger Pfad."
    if resolved != tree and tree not in resolved.parents:
        return f"{rule}; „{name}“ liegt außerhalb dieses Ordners."
    try:
        info = os.stat(base_path)
    except FileNotFoundError:
        return f"{what} „{name}“ wurde nicht gefunden (gesucht: {base_path})."
    except (OSError, ValueError) as exc:
        return f"{what} „{name}“ kann nicht gelesen werden ({os_reason(exc)})."
    if not stat.S_ISREG(info.st_mode):
        return f"{what} „{name}“ ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät)."
    return None


def _read_file(path: Path) -> tuple[Any, dict[FieldPath, int]]:
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise ProfileError([f"{path}: Die Profildatei wurde nicht gefunden."]) from None
    except IsADirectoryError:
        raise ProfileError([f"{path}: Das ist ein Ordner, keine Profildatei."]) from None
    except (OSError, ValueError) as exc:
        raise ProfileError([f"{path}: Die Profildatei kann nicht gelesen werden ({os_reason(exc)})."]) from None
    if raw is None:
        raise ProfileError([f"{path}: Das ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät); ein Profil muss eine Datei sein."])
    if len(raw) > MAX_FILE_BYTES:
        raise ProfileError([f"{path}: Die Profildatei ist größer als 1 MB; das ist für ein Profil zu groß."])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError([_not_utf8(path, raw, exc.start)]) from None
    return _parse(path, text)


def _parse(path: Path, text: str) -> tuple[Any, dict[FieldPath, int]]:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ProfileError([f"{path}: Die Profildatei ist größer als 1 MB; das ist für ein Profil zu groß."])
    try:
        located = load_yaml(text)
    except YamlProblem as problem:
        raise ProfileError([locate(path, problem.line, problem.path, problem.message)]) from None
    if located.data is None:
        raise ProfileError([f"{path}:1: Die Profildatei ist leer (sie enthält keine Felder)."])
    return located.data, located.lines


def os_reason(exc: BaseException) -> str:
    """A German reason for an operating-system error."""
    reasons = {
        errno.EACCES: "keine Leseberechtigung",
        errno.EPERM: "keine Berechtigung",
        errno.ELOOP: "symbolische Verknüpfungen im Kreis",
        errno.ENAMETOOLONG: "Dateiname zu lang",
        errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
        errno.ENOENT: "nicht vorhanden",
        errno.EISDIR: "ein Ordner",
    }
    number = getattr(exc, "errno", None)
    if number in reasons:
        return reasons[number]
    return "ungültiger Dateiname" if isinstance(exc, ValueError) else f"Systemfehler {number or type(exc).__name__}"


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
    if len(profile.document.keywords) > MAX_KEYWORDS:
        problems.append(FieldProblem(("document", "keywords"), f"Das Profil nennt {len(profile.document.keywords)} Schlagwörter; erlaubt sind höchstens {MAX_KEYWORDS}."))
    problems += [FieldProblem(path, message) for path, message in design_problems(profile.design)]
    if len(profile.accounts) > MAX_ACCOUNTS:
        problems.append(FieldProblem(("accounts",), f"Das Profil nennt {len(profile.accounts)} Konten; erlaubt sind höchstens {MAX_ACCOUNTS}."))
    return problems
