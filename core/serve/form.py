"""What the editor's form is generated from: the key tree with labels, help and the choices the plugins register."""

from __future__ import annotations

from typing import Any

from smkonzept.bodykinds import BODY_KINDS
from smkonzept.catalogue import MEASURES
from smkonzept.fields import Field
from smkonzept.registry import Registry

__all__ = ["choices", "schema"]

_CHOICE_LABELS = {
    "chamber.article": {"die": "die", "der": "der", "das": "das"},
    "risk.consultation.status": {"done": "beantwortet (done)", "requested": "beantragt (requested)", "scheduled": "nur geplant (scheduled)"},
    "risk.consultation.interim": {"suspended": "Konten deaktiviert (suspended)", "dropped": "Konten aufgegeben (dropped)"},
    "website.embeds": {"none": "nur Links (none)", "consent": "erst nach Einwilligung (consent)", "self-hosted": "eigener Server (self-hosted)"},
}


def choices(registry: Registry) -> dict[str, list[list[str]]]:
    """Key pattern → [value, German label] for keys whose values come from the plugins or the body kinds."""
    return {
        "chamber.kind": [[kind.id, f"{kind.label} ({kind.id})"] for kind in BODY_KINDS.values()],
        "law": [[law.id, f"{law.state} ({law.id})"] for law in sorted(registry.laws.values(), key=lambda law: (law.federal, law.state))],
        "accounts[].platform": [[platform.id, f"{platform.name} ({platform.id})"] for platform in registry.platforms.values()],
        "risk.chosen_measures[]": [[measure_id, measure_id] for measure_id in MEASURES],
    }


def _node(field: Field, registry_choices: dict[str, list[list[str]]]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "name": field.name,
        "pattern": field.pattern,
        "kind": field.kind,
        "label": field.label,
        "help": field.help,
        "default": field.default,
        "required": field.required,
    }
    if field.pattern in registry_choices:
        node["kind"] = "choice"
        node["choices"] = registry_choices[field.pattern]
    elif field.choices:
        labels = _CHOICE_LABELS.get(field.pattern, {})
        node["choices"] = [[value, labels.get(value, value)] for value in field.choices]
    if field.kind == "map":
        node["item"] = field.item
        node["inner"] = field.inner
    if field.kind == "list":
        node["item"] = field.item
        if field.pattern + "[]" in registry_choices:
            node["item"] = "choice"
            node["choices"] = registry_choices[field.pattern + "[]"]
    if field.children:
        node["children"] = [_node(child, registry_choices) for child in field.children]
    return node


def schema(fields: tuple[Field, ...], registry: Registry) -> dict[str, Any]:
    """The form's description as JSON data: one node per key, in the model's order."""
    registry_choices = choices(registry)
    return {"fields": [_node(field, registry_choices) for field in fields if field.name != "schema"]}
