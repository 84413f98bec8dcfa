"""The hooks a plugin can implement, and ``HOOKS``, the one table of them the core reads."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pluggy

from smkonzept.models import DocumentType, Law, Platform, SectionSpec

__all__ = ["HOOKS", "Hook", "hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("smkonzept")
hookimpl = pluggy.HookimplMarker("smkonzept")


@hookspec
def register_platforms(register: Callable[[Platform], None]) -> None:
    """Add social networks a profile's accounts can name.

    :param register: call it once per ``smkonzept.Platform``; an id or alias that another
        plugin registered already is refused with an error naming both plugins
    """


@hookspec
def register_laws(register: Callable[[Law], None]) -> None:
    """Add state data protection laws a profile's ``law`` can name.

    :param register: call it once per ``smkonzept.Law``; duplicate ids, aliases and ISO codes
        are refused with an error naming both plugins
    """


@hookspec
def register_sections(register: Callable[[SectionSpec], None]) -> None:
    """Add optional chapters a profile can switch on.

    :param register: call it once per ``smkonzept.SectionSpec``; ids must not collide with
        the core's chapters or another plugin's
    """


@hookspec
def register_document_types(register: Callable[[DocumentType], None]) -> None:
    """Add documents the bundle (``smkonzept build --bundle``) writes beside the concept.

    :param register: call it once per ``smkonzept.DocumentType``; an id that another plugin
        registered already is refused with an error naming both plugins
    """


@attrs.frozen
class Hook:
    """One hook as the core handles it: what ``register`` accepts and where the registry keeps it."""

    name: str
    model: type[Platform] | type[Law] | type[SectionSpec] | type[DocumentType]
    store: str
    noun: str


HOOKS = (
    Hook("register_platforms", Platform, "platforms", "Plattform"),
    Hook("register_laws", Law, "laws", "Landesgesetz"),
    Hook("register_sections", SectionSpec, "sections", "Kapitel"),
    Hook("register_document_types", DocumentType, "documents", "Dokumenttyp"),
)
"""Every hook in calling order; the manager, the registry, ``smkonzept plugins`` and the docs test read it."""
