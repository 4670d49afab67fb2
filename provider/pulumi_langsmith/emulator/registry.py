"""The registry of API families: each package under `emulator/families/` declares one and registers it.

A family is a slice of the LangSmith API (the core objects, access control, SCIM, the control plane, ...):
its routers with the path prefixes each is served under (one per real host form, SaaS and self-hosted) and
the storage tables it owns. Adding a family means adding a package, nothing else:

    emulator/families/<name>/
        __init__.py      docstring only (importing the package must not import its routes)
        family.py        register(Family(name="<name>", tables=..., mounts=...))
        tables.py        the `Table`s it owns            (convention)
        schemas.py       its request/response models     (convention)
        routes.py        its FastAPI routers             (convention)

`registered_families()` imports `emulator.families.<pkg>.family` for every package found there (pkgutil)
and returns the families they registered; the app mounts their routers and the store creates their tables.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

from fastapi import APIRouter

from .store import Table


@dataclass(frozen=True)
class Mount:
    """A router and the path prefixes it is served under, e.g. `("/v2", "/api-host/v2")`."""

    router: APIRouter
    prefixes: tuple[str, ...]


@dataclass(frozen=True)
class Family:
    """An API family: its name (the name of its package under `emulator/families/`), the tables it owns
    and its routers with their prefixes."""

    name: str
    tables: tuple[Table, ...]
    mounts: tuple[Mount, ...]

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Every prefix the family's routers are served under."""
        return tuple(dict.fromkeys(prefix for mount in self.mounts for prefix in mount.prefixes))


_REGISTRY: dict[str, Family] = {}


def register(family: Family) -> Family:
    """Add a family (called by `emulator/families/<name>/family.py`); its tables must be its own."""
    owners = {
        table.name: other.name for other in _REGISTRY.values() if other.name != family.name for table in other.tables
    }
    taken = sorted(table.name for table in family.tables if table.name in owners)
    if taken:
        raise ValueError(f"family {family.name!r} declares tables other families own: {taken}")
    _REGISTRY[family.name] = family
    return family


def family_packages() -> tuple[str, ...]:
    """The names of the packages under `emulator/families/`, sorted."""
    from . import families

    return tuple(sorted(info.name for info in pkgutil.iter_modules(families.__path__) if info.ispkg))


def registered_families() -> tuple[Family, ...]:
    """Every family, discovered from `emulator/families/` (plus any registered otherwise), by name."""
    for package in family_packages():
        importlib.import_module(f"{__package__}.families.{package}.family")
        if package not in _REGISTRY:
            raise LookupError(f"emulator/families/{package}/family.py registers no family named {package!r}")
    return tuple(_REGISTRY[name] for name in sorted(_REGISTRY))


def declared_tables() -> tuple[Table, ...]:
    """The tables of every registered family."""
    return tuple(table for family in registered_families() for table in family.tables)
