"""Finding an analyzer by name: built-in modules and installed plugins, imported on first use.

The analyzer modules register themselves in :mod:`lint.analyzers.registry` when imported; this
module is what imports them. A name ``sourcing.x`` imports ``lint.analyzers.sourcing``; any other
namespace is looked up among the installed packages' ``credlint.analyzers`` entry points. Kept
apart from the registry so that the modules an analyzer imports never lead back to it (the
registry is a leaf; this catalog sits above the analyzer modules).
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

from lint.analyzers.registry import _REGISTRY, PluginError, Registered

#: The entry-point group through which installed packages register analyzers.
ENTRY_POINT_GROUP = "credlint.analyzers"
#: The entry-point group through which installed packages provide rule packs.
PACK_ENTRY_POINT_GROUP = "credlint.packs"
#: How a rule-pack setting names an installed plugin's pack (``--rule-pack plugin:house``).
PLUGIN_PREFIX = "plugin:"
#: The analyzer modules that ship with credlint (``sourcing.x`` is ``lint.analyzers.sourcing``).
BUILTIN_MODULES = ("asides", "citations", "dates", "filler", "headline", "imperatives", "labels", "shapes", "slips", "sourcing", "structure", "style", "tone")


@cache
def _entry_points(group: str) -> dict[str, Any]:
    """The installed entry points of a group (read only when a rule or a setting names a plugin:
    scanning every installed package costs tens of milliseconds)."""
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=group)}


def _load(group: str, name: str) -> Any:
    ep = _entry_points(group)[name]
    try:
        return ep.load()
    except Exception as exc:  # a broken plugin is one line, never a traceback
        raise PluginError(f"plugin '{name}' ({ep.value}) failed to load: {type(exc).__name__}: {exc}") from None


def plugin_pack(name: str) -> Path:
    """The rule pack (file or folder) an installed plugin provides under ``name``."""
    if name not in _entry_points(PACK_ENTRY_POINT_GROUP):
        known = ", ".join(sorted(_entry_points(PACK_ENTRY_POINT_GROUP))) or "none"
        raise PluginError(f"{PLUGIN_PREFIX}{name}: no installed package provides a rule pack of that name "
                          f"(entry points '{PACK_ENTRY_POINT_GROUP}': {known})")
    target = _load(PACK_ENTRY_POINT_GROUP, name)
    if callable(target):
        target = target()
    if not isinstance(target, str | Path):
        raise PluginError(f"{PLUGIN_PREFIX}{name}: the entry point must give the path of a pack file or folder")
    return Path(target)


def lookup(name: str) -> Registered | None:
    """The analyzer registered under ``name``, importing its module the first time; None if none."""
    found = _REGISTRY.get(name)
    if found is not None:
        return found
    namespace = name.partition(".")[0]
    if namespace in BUILTIN_MODULES:
        importlib.import_module(f"lint.analyzers.{namespace}")
    elif namespace.isidentifier() and namespace in _entry_points(ENTRY_POINT_GROUP):
        _load(ENTRY_POINT_GROUP, namespace)  # importing the module registers its analyzers
    return _REGISTRY.get(name)
