"""smkonzept: social media usage concepts for German public bodies, assembled from plugins.

The public API for plugins is re-exported here and imported lazily, so that starting the
command line stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Authority",
    "Controllership",
    "Guidance",
    "JointControllerAgreement",
    "Law",
    "Markdown",
    "Measure",
    "Operator",
    "Platform",
    "Requirement",
    "RiskFactor",
    "Ruling",
    "SectionSpec",
    "ThirdCountryTransfer",
    "catalogue",
    "checks",
    "hookimpl",
]

_EXPORTS = {
    "hookimpl": "smkonzept.hookspecs",
    "Markdown": "smkonzept.markdown",
    "catalogue": "smkonzept",
    "checks": "smkonzept",
    **{name: "smkonzept.models" for name in __all__ if name[0].isupper() and name != "Markdown"},
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smkonzept' has no attribute {name!r}")
    if name in ("catalogue", "checks"):
        return importlib.import_module(f"smkonzept.{name}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
