"""The registry of kinds: every module under `pulumi_langsmith.resources` that declares a `KIND`.

Adding a kind edits no central list: its module is discovered here, and everything else (typed classes,
schema.json, docs, the conformance suite) is derived from the registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType
from typing import Any

from .kind import Kind

KINDS_PACKAGE = "pulumi_langsmith.resources"


def kind_modules() -> list[ModuleType]:
    """Every public module of the kinds package (helpers start with `_`)."""
    package = importlib.import_module(KINDS_PACKAGE)
    return [
        importlib.import_module(f"{KINDS_PACKAGE}.{info.name}")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name)
        if not info.name.startswith("_")
    ]


@cache
def all_kinds() -> tuple[Kind[Any], ...]:
    """Every declared kind, sorted by name; a module without `KIND` is an error."""
    kinds = []
    for module in kind_modules():
        kind = getattr(module, "KIND", None)
        if not isinstance(kind, Kind):
            raise TypeError(f"{module.__name__} declares no KIND (a framework.Kind); every kind module must")
        kinds.append(kind)
    names = [k.name for k in kinds]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise TypeError(f"kinds declared twice: {sorted(duplicates)}")
    return tuple(sorted(kinds, key=lambda k: k.name))


def kind_named(name: str) -> Kind[Any]:
    for kind in all_kinds():
        if kind.name == name:
            return kind
    raise KeyError(f"no kind named {name!r}")
