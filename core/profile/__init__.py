"""Profiles: a chamber's YAML file read, checked and turned into the profile models.

``yamlsource`` reads YAML with lines, ``structure`` turns the data into the ``model`` classes,
``load`` handles files, ``extends`` and error locations, ``resolve`` checks ids against the plugins.
"""

from __future__ import annotations

from smkonzept.profile.load import LoadedProfile, format_path, read_profile
from smkonzept.profile.resolve import load_profile
from smkonzept.profile.yamlsource import FieldPath

__all__ = ["FieldPath", "LoadedProfile", "format_path", "load_profile", "read_profile"]
