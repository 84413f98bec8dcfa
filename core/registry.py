"""What the plugins registered: platforms, laws, chapters and document types, looked up by id or alias."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from smkonzept.errors import PluginError
from smkonzept.hookspecs import HOOKS
from smkonzept.models import DocumentType, Law, Platform, SectionSpec
from smkonzept.skeleton import CORE_CHAPTER_IDS

__all__ = ["Registry"]



@attrs.define
class Registry:
    """Everything registered through the ``register_*`` hooks, with the plugin that gave it."""

    platforms: dict[str, Platform] = attrs.field(factory=dict)
    laws: dict[str, Law] = attrs.field(factory=dict)
    sections: dict[str, SectionSpec] = attrs.field(factory=dict)
    documents: dict[str, DocumentType] = attrs.field(factory=dict)
    aliases: dict[str, dict[str, str]] = attrs.field(
        factory=lambda: {"platforms": {}, "laws": {}, "sections": {}, "documents": {}}
    )
    origin: dict[tuple[str, str], str] = attrs.field(factory=dict)
    registered_by: dict[str, list[str]] = attrs.field(factory=dict)

    def platform(self, key: str) -> Platform | None:
        """The platform with this id or alias, or None."""
        return self.platforms.get(self.aliases["platforms"].get(key.lower(), ""))

    def law(self, key: str) -> Law | None:
        """The law with this id, alias or ISO code, or None."""
        return self.laws.get(self.aliases["laws"].get(key.lower(), ""))

    def register_callback(
        self, hook_name: str, plugin: str, label: Callable[[str], str] = lambda name: f"„{name}“"
    ) -> Callable[[Any], None]:
        """The ``register`` function handed to ``plugin`` for the hook ``hook_name``.

        ``label`` turns a plugin name into the words messages use for it, e.g. with its package.
        """
        hook = next(hook for hook in HOOKS if hook.name == hook_name)
        model, kind, noun = hook.model, hook.store, hook.noun
        store: dict[str, Any] = getattr(self, kind)
        aliases = self.aliases[kind]
        reserved = set(CORE_CHAPTER_IDS) if kind == "sections" else set()

        def register(item: Any) -> None:
            if not isinstance(item, model):
                raise PluginError(
                    f"Das Plugin {label(plugin)} hat in {hook_name} ein Objekt vom Typ "
                    f"„{type(item).__name__}“ registriert; erwartet wird smkonzept.{model.__name__}."
                )
            keys = [item.id, *getattr(item, "aliases", ()), getattr(item, "iso_code", "")]
            for key in filter(None, (k.lower() for k in keys)):
                owner = aliases.get(key)
                if owner is not None or key in reserved:
                    first = label(self.origin[(kind, owner)]) if owner else "smkonzept (Kern)"
                    raise PluginError(
                        f"{noun} „{key}“ ist doppelt registriert: von {first} und von {label(plugin)}. "
                        f"Deaktivieren Sie eines der beiden Plugins mit SMKONZEPT_DISABLE_PLUGINS."
                    )
            for key in filter(None, (k.lower() for k in keys)):
                aliases[key] = item.id
            store[item.id] = item
            self.origin[(kind, item.id)] = plugin
            shown = "Bundesgesetz" if getattr(item, "federal", False) else noun
            self.registered_by.setdefault(plugin, []).append(f"{shown} {item.id}")

        return register
