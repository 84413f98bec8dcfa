"""smkonzept: social media usage concepts for German public bodies, assembled from plugins.

The public API for plugins is re-exported here and imported lazily, so that starting the
command line stays fast; type checkers see the real classes through the block below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smkonzept import catalogue as catalogue
    from smkonzept import checks as checks
    from smkonzept.document import *  # noqa: F403
    from smkonzept.hookspecs import hookimpl as hookimpl
    from smkonzept.markdown import Markdown as Markdown
    from smkonzept.models import *  # noqa: F403

_MODULES = ("catalogue", "checks")
_EXPORTING = ("smkonzept.models", "smkonzept.document")
_SINGLE = {"hookimpl": "smkonzept.hookspecs", "Markdown": "smkonzept.markdown"}


def _public() -> dict[str, str]:
    """Every exported name with the module it comes from (the models' and the document's ``__all__``)."""
    names = dict(_SINGLE)
    for module in _EXPORTING:
        names.update(dict.fromkeys(importlib.import_module(module).__all__, module))
    return names


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return sorted([*_public(), *_MODULES])
    if name in _MODULES:
        return importlib.import_module(f"smkonzept.{name}")
    module = _SINGLE.get(name) or _public().get(name)
    if module is None or name.startswith("_"):
        raise AttributeError(f"module 'smkonzept' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__getattr__("__all__"))
