"""The profile's keys as a tree: type, German label and the help text of docs/profile.md for each.

The tree is read from the profile model, so a key added to the model appears in the editor
(``smkonzept serve``) and in starter profiles (``smkonzept init``) without being written out here;
only its German label is. Paths use ``[]`` for list items and ``<id>`` for keys of a mapping.
"""

from __future__ import annotations

import datetime
import types
import typing
from typing import Any, Literal

import attrs

from smkonzept.fieldhelp import HELP
from smkonzept.markdown import Markdown
from smkonzept.profile.model import Age, Email, Months, Profile, Slug, Url

__all__ = ["Field", "KINDS", "LABELS", "field_tree", "fields_by_pattern", "label"]

KINDS = ("text", "markdown", "integer", "boolean", "date", "choice", "slug", "url", "email", "group", "list", "map")
"""What a key holds: a scalar kind, a ``group`` of keys, a ``list`` of items or a ``map`` from ids to values."""

LABELS: dict[str, str] = {
    "schema": "Version des Profilformats",
    "chamber": "Die Stelle",
    "name": "Name",
    "short_name": "Kurzname",
    "kind": "Art der Stelle",
    "address": "Anschrift",
    "street": "Straße und Hausnummer",
    "postal_code": "Postleitzahl",
    "city": "Ort",
    "po_box": "Postfach",
    "website": "Website",
    "email": "E-Mail-Adresse",
    "phone": "Telefon",
    "phone_hours": "Telefonzeiten",
    "fax": "Fax",
    "mandate": "Eigener Text zum gesetzlichen Auftrag",
    "article": "Artikel des Kurznamens",
    "genitive": "Kurzname nach „des“",
    "imprint_url": "Adresse des Impressums",
    "representatives": "Vertretungsberechtigte",
    "law": "Datenschutzgesetz",
    "editorial": "Redaktion",
    "unit": "Organisationseinheit",
    "person": "Ansprechperson",
    "technical": "Technische Betreuung",
    "data_protection_officer": "Datenschutzbeauftragte oder Datenschutzbeauftragter",
    "organisation": "Firma",
    "external": "Extern bestellt",
    "evaluation": "Evaluierung",
    "interval_months": "Abstand der Überprüfungen in Monaten",
    "text": "Text",
    "publication_url": "Veröffentlicht unter (Webadresse)",
    "document": "Dokument",
    "date": "Datum",
    "title": "Titel",
    "subtitle": "Untertitel",
    "version": "Version",
    "keywords": "Stichwörter",
    "accounts": "Konten",
    "platform": "Plattform",
    "url": "Adresse des Kontos",
    "purpose": "Zweck",
    "audience": "Zielgruppe",
    "age_min": "Mindestalter",
    "age_max": "Höchstalter",
    "contents": "Inhalte",
    "paragraphs": "Absätze",
    "operator": "Betreiber des Servers",
    "country": "Land",
    "privacy_url": "Datenschutzerklärung (Webadresse)",
    "processor_agreement": "Auftragsverarbeitungsvertrag geschlossen am",
    "chapters": "Kapitel",
    "order": "Reihenfolge der Kapitel",
    "include": "Zusätzliche Kapitel",
    "exclude": "Weggelassene Kapitel",
    "numbered": "Überschriften nummerieren",
    "platforms_as_chapters": "Jede Plattform als eigenes Kapitel",
    "texts": "Eigene Texte je Kapitel",
    "before": "Absätze davor",
    "after": "Absätze danach",
    "replace": "Absätze statt des erzeugten Texts",
    "custom": "Eigene Kapitel",
    "id": "Kennung",
    "merge": "Zusammengelegte Kapitel",
    "risk": "Risikoabwägung",
    "measures": "Zusätzliche Maßnahmen",
    "chosen_measures": "Maßnahmen aus dem Katalog",
    "result": "Eigene Begründung des Ergebnisses",
    "dpo_opinion": "Stellungnahme der oder des Datenschutzbeauftragten",
    "decision": "Entscheidung der Stelle",
    "by": "Entschieden von",
    "consultation": "Konsultation der Aufsichtsbehörde",
    "status": "Stand",
    "reference": "Aktenzeichen",
    "interim": "Bis zur Antwort",
    "platform_decisions": "Entscheidungen zu einzelnen Plattformen",
    "necessity": "Warum soziale Medien nötig sind",
    "target_groups": "Zielgruppen",
    "contact_via_accounts": "Kontakt über die Konten erlaubt",
    "embeds": "Einbindung auf der Website",
    "embed_operator": "Betreiber des Video-Servers",
    "alternatives": "Alternativen",
    "all_content_on_website": "Alle Beiträge stehen auch auf der Website",
    "retention": "Aufbewahrung",
    "guidance_departures": "Begründete Abweichungen von der Richtlinie",
    "design": "Hausstil",
    "colours": "Farben",
    "primary": "Hauptfarbe",
    "accent": "Akzentfarbe",
    "header": "Kopfzeile",
    "footer": "Fußzeile",
    "reference_docx": "Eigene Word-Vorlage",
    "logo": "Logo",
    "file": "Datei",
    "alt": "Alternativtext",
    "fonts": "Schriften",
    "body": "Schrift des Fließtexts",
    "heading": "Schrift der Überschriften",
    "title_lines": "Zeilen auf dem Titelblatt",
}
"""German labels by key name; ``_PATH_LABELS`` overrides a name where one word would mislead."""

_PATH_LABELS: dict[str, str] = {
    "chamber.name": "Voller Name der Stelle",
    "chamber.website": "Website der Stelle",
    "website": "Website: Einbindungen",
    "accounts[].name": "Anzeigename des Kontos",
    "accounts[].operator.name": "Name des Betreibers",
    "accounts[].operator.address": "Anschrift des Betreibers (eine Zeile)",
    "accounts[].audience.text": "Beschreibung der Zielgruppe",
    "evaluation.text": "Eigener Text zur Überprüfung",
    "evaluation.previous": "Profil der vorigen Ausgabe (Datei)",
    "evaluation.result": "Ergebnis der Evaluierung",
    "document.publication_url": "Das Konzept ist veröffentlicht unter (Webadresse)",
    "document.date": "Stand (Datum)",
    "risk.consultation.result": "Antwort der Behörde",
    "design.colours.text": "Textfarbe",
    "chapters.custom[].after": "Steht hinter Kapitel",
    "chapters.texts.<id>.after": "Absätze danach",
}

_SCALARS: dict[Any, str] = {
    str: "text",
    Markdown: "markdown",
    int: "integer",
    bool: "boolean",
    datetime.date: "date",
    Months: "integer",
    Age: "integer",
    Slug: "slug",
    Url: "url",
    Email: "email",
}


@attrs.frozen(kw_only=True)
class Field:
    """One profile key.

    :param name: the key as written in YAML
    :param pattern: its path with ``[]`` for list items, e.g. ``accounts[].audience.age_min``
    :param kind: one of ``KINDS``
    :param label: German label
    :param help: what docs/profile.md says the key means
    :param default: the docs' "Pflicht / Standard" column
    :param required: whether the enclosing group needs it
    :param choices: allowed values of a ``choice`` (from the model; plugins add theirs in the editor)
    :param children: the keys of a ``group``, or of a ``list``'s items when they are groups
    :param item: the kind of a ``list``'s items or a ``map``'s values
    :param inner: the kind of the items of a ``map``'s lists (``chapters.merge``)
    """

    name: str
    pattern: str
    kind: str
    label: str
    help: str
    default: str
    required: bool
    choices: tuple[str, ...] = ()
    children: tuple[Field, ...] = ()
    item: str = ""
    inner: str = ""


def label(pattern: str) -> str:
    """The German label for a key path pattern."""
    name = pattern.rsplit(".", 1)[-1].removesuffix("[]")
    return _PATH_LABELS.get(pattern) or LABELS.get(name) or name


def _unwrapped(annotation: Any) -> tuple[Any, bool]:
    """``(type, optional)`` for ``X | None``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return args[0], True
    return annotation, False


def _field(name: str, pattern: str, annotation: Any, required: bool) -> Field:
    target, optional = _unwrapped(annotation)
    default, meaning = HELP.get(pattern, ("", ""))
    common: dict[str, Any] = {"name": name, "pattern": pattern, "label": label(pattern), "help": meaning, "default": default, "required": required and not optional}
    if attrs.has(target):
        return Field(kind="group", children=_children(target, pattern + "."), **common)
    origin = typing.get_origin(target)
    if origin is Literal:
        return Field(kind="choice", choices=tuple(map(str, typing.get_args(target))), **common)
    if origin is tuple:
        item_type = typing.get_args(target)[0]
        if attrs.has(item_type):
            return Field(kind="list", item="group", children=_children(item_type, pattern + "[]."), **common)
        return Field(kind="list", item=_SCALARS.get(item_type, "text"), **common)
    if origin is dict:
        value_type = typing.get_args(target)[1]
        if attrs.has(value_type):
            return Field(kind="map", item="group", children=_children(value_type, pattern + ".<id>."), **common)
        if typing.get_origin(value_type) is tuple:
            return Field(kind="map", item="list", inner=_SCALARS.get(typing.get_args(value_type)[0], "text"), **common)
        return Field(kind="map", item=_SCALARS.get(value_type, "text"), **common)
    return Field(kind=_SCALARS.get(target, "text"), **common)


def _children(model: type, prefix: str) -> tuple[Field, ...]:
    hints = typing.get_type_hints(model)
    return tuple(
        _field(field.name, prefix + field.name, hints[field.name], field.default is attrs.NOTHING)
        for field in attrs.fields(model)
    )


def field_tree() -> tuple[Field, ...]:
    """The top-level keys of a profile, each with the keys below it."""
    return _children(Profile, "")


def fields_by_pattern(fields: tuple[Field, ...] | None = None) -> dict[str, Field]:
    """Every key of the tree by its path pattern."""
    found: dict[str, Field] = {}
    for field in fields if fields is not None else field_tree():
        found[field.pattern] = field
        found.update(fields_by_pattern(field.children))
    return found
