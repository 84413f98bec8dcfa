"""``smkonzept init``: a starter profile with a German comment above every key.

The starter passes ``check``; what only the body can know (addresses, names, the officer's
opinion) is filled with placeholders the command lists, and ``check`` lists the open points.
"""

from __future__ import annotations

import datetime
import json
import textwrap
from pathlib import Path
from typing import Any

from smkonzept.atomic import write_all
from smkonzept.bodykinds import BODY_KINDS, BodyKind
from smkonzept.errors import InputError
from smkonzept.fields import Field, fields_by_pattern
from smkonzept.registry import Registry

__all__ = ["PLACEHOLDERS", "fitting_laws", "law_problem", "starter_profile", "write_starter"]

PLACEHOLDERS = (
    "chamber.address.street",
    "chamber.address.postal_code",
    "chamber.address.city",
    "chamber.website",
    "chamber.email",
    "chamber.phone",
    "editorial.email",
    "data_protection_officer.name",
    "data_protection_officer.email",
    "accounts[0].url",
)
"""Keys the starter fills with an example value that the body must replace."""

_WIDTH = 100


def fitting_laws(kind: BodyKind, registry: Registry) -> list[str]:
    """The ids of the registered laws that may apply to a body of this kind (the BDSG only to federal bodies)."""
    return sorted(law_id for law_id, law in registry.laws.items() if law.federal == kind.federal)


def law_problem(kind_id: str, law_id: str, registry: Registry) -> str | None:
    """Why ``law_id`` cannot be used for a body of kind ``kind_id``, in German, or None."""
    kind = BODY_KINDS.get(kind_id)
    if kind is None:
        return f"Unbekannte Art der Stelle „{kind_id}“. Möglich sind: {', '.join(BODY_KINDS)}."
    law = registry.law(law_id)
    if law is None:
        return f"Unbekanntes Datenschutzgesetz „{law_id}“. Bekannt sind: {', '.join(sorted(registry.laws))}."
    if law.federal != kind.federal:
        return (
            f"Das Gesetz „{law.id}“ passt nicht zur Art „{kind.id}“ ({kind.label}). "
            f"Möglich sind: {', '.join(fitting_laws(kind, registry))}."
        )
    return None


def _article(name: str, kind: BodyKind) -> tuple[str, str]:
    """A guess at the article and genitive of the short name: „der Landkreis“, „das Landesamt“."""
    first, _, rest = name.partition(" ")
    if kind.id == "landkreis" or first.lower().endswith("kreis"):
        article = "der"
    elif first.lower().endswith(("amt", "ministerium", "institut", "zentrum")):
        article = "das"
    else:
        return "die", ""
    if first.endswith("s"):
        return article, ""
    genitive = first + ("es" if first.lower().endswith("kreis") else "s")
    return article, f"{genitive} {rest}".strip()


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, datetime.date)):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _comment(field: Field, indent: str, note: str = "") -> list[str]:
    text = (field.help if field.help.startswith(field.label) else f"{field.label}: {field.help}").replace("`", "")
    if note:
        text += f" {note}"
    return textwrap.wrap(text, _WIDTH - len(indent) - 2, initial_indent=f"{indent}# ", subsequent_indent=f"{indent}# ")


def _lines(values: dict[str, Any], fields: dict[str, Field], prefix: str, indent: str, placeholders: set[str]) -> list[str]:
    lines: list[str] = []
    for key, value in values.items():
        pattern = f"{prefix}{key}"
        path = pattern
        field = fields[pattern.replace("[0]", "[]")]
        note = "Bitte ersetzen: ein Beispielwert." if path in placeholders else ""
        lines += _comment(field, indent, note)
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines += _lines(value, fields, f"{pattern}.", indent + "  ", placeholders)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{indent}{key}:")
            for index, item in enumerate(value):
                inner = _lines(item, fields, f"{pattern}[{index}].", indent + "    ", placeholders)
                first = next(number for number, line in enumerate(inner) if not line.lstrip().startswith("#"))
                inner[first] = f"{indent}  - {inner[first].lstrip()}"
                lines += inner
        elif isinstance(value, list):
            lines.append(f"{indent}{key}: [{', '.join(_scalar(item) for item in value)}]")
        else:
            lines.append(f"{indent}{key}: {_scalar(value)}")
    return lines


def starter_profile(kind_id: str, law_id: str, name: str, registry: Registry, today: datetime.date | None = None) -> str:
    """The YAML text of a starter profile for a body of this kind, law and name; raises InputError if they do not fit."""
    problem = law_problem(kind_id, law_id, registry)
    if problem:
        raise InputError(problem)
    name = " ".join(name.split())
    if not name:
        raise InputError("Der Name der Stelle ist leer; bitte mit --name angeben, z. B. --name \"Stadt Musterhausen\".")
    kind = BODY_KINDS[kind_id]
    law = registry.law(law_id)
    if law is None:
        raise InputError(f"Unbekanntes Datenschutzgesetz „{law_id}“.")
    article, genitive = _article(name, kind)
    platform = "instagram" if "instagram" in registry.platforms else sorted(registry.platforms)[0]
    chamber: dict[str, Any] = {
        "name": name,
        "short_name": name,
        "kind": kind.id,
        "address": {"street": "Musterstraße 1", "postal_code": "12345", "city": "Musterstadt"},
        "website": "https://www.example.org",
        "email": "info@example.org",
        "phone": "01234 5678-0",
    }
    if article != "die":
        chamber["article"] = article
    if genitive:
        chamber["genitive"] = genitive
    values: dict[str, Any] = {
        "schema": 1,
        "chamber": chamber,
        "law": law.id,
        "editorial": {"unit": "Pressestelle", "email": "presse@example.org"},
        "data_protection_officer": {"name": "Vorname Nachname", "email": "datenschutz@example.org"},
        "evaluation": {"interval_months": 12},
        "document": {"title": "Nutzungskonzept Social Media", "date": today or datetime.date.today()},
        "accounts": [{"platform": platform, "name": name, "url": f"https://www.{platform}.com/"}],
    }
    header = textwrap.wrap(
        f"Profil für das Social-Media-Nutzungskonzept: {name}. Erstellt mit „smkonzept init“. "
        "Prüfen mit „smkonzept check DATEI“, bearbeiten mit „smkonzept serve DATEI“ oder in einem Texteditor. "
        "Alle Schlüssel erklärt docs/profile.md.",
        _WIDTH - 2, initial_indent="# ", subsequent_indent="# ",
    )
    return "\n".join([*header, "", *_lines(values, fields_by_pattern(), "", "", set(PLACEHOLDERS))]) + "\n"


def write_starter(path: Path, kind_id: str, law_id: str, name: str, registry: Registry) -> str:
    """Write the starter profile to ``path`` (never over an existing file); returns its text."""
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise InputError(f"{path}: Ein Profil braucht die Endung .yaml oder .yml.")
    if path.exists() or path.is_symlink():
        raise InputError(f"{path}: Die Datei gibt es schon; „init“ überschreibt keine Datei. Bitte einen anderen Namen wählen.")
    text = starter_profile(kind_id, law_id, name, registry)
    write_all({path: text.encode("utf-8")})
    return text
