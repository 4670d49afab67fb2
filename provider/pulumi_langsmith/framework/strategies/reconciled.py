"""Reconciled settings: one keyed setting read from a listing, written over several endpoints.

Each scalar part has its own path: `PUT {body_field: value}` sets it, `DELETE` restores the server's default.
Each set part is reconciled member by member: `PUT add {body_field: member}` adds one, `DELETE remove/{member}`
takes one out (both idempotent). The setting always exists (it has defaults), so create adopts what is there,
as a singleton does, and the resource id is the key. Only the parts the program sets are managed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ...errors import LangSmithProviderError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly


class ReconciledSetting(ApiShape):
    """Requests: create 1 (the listing) plus one write per part or member that differs, read 1, update one
    write per changed part and per member added or removed, delete one per managed part and member (destroy
    restores the defaults: the value's DELETE, and every managed member taken out)."""

    def __init__(
        self,
        listing: str,
        *,
        key: str,
        values: Mapping[str, str],
        sets: Mapping[str, tuple[str, str]],
        body_field: str,
        read_only: Mapping[str, str] | None = None,
    ) -> None:
        self.listing = listing
        self.key = key
        """The input (and listed field) naming the setting."""
        self.values = dict(values)
        """Scalar parts: input name → path (PUT sets, DELETE restores the default)."""
        self.sets = dict(sets)
        """Set parts: input name → (path a PUT adds a member at, path with `{member}` a DELETE removes it at)."""
        self.body_field = body_field
        """The body field carrying a value or a member."""
        self.read_only = dict(read_only or {})
        """Listed members a set part shows but the setting does not own, by set input: they are neither read
        into the input nor written (e.g. members enforced from above)."""

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(getattr(inputs, self.key))

    def fetch(self, api: Scoped, key: str) -> Obj | None:
        """The listed setting, its set parts without the members it does not own; None when the key is unknown."""
        for item in api.get(self.listing) or []:
            if item.get(self.kind.api_name(self.key)) == key:
                obj = dict(item)
                for name in self.sets:
                    foreign = set(obj.get(self.read_only[name]) or []) if name in self.read_only else set()
                    obj[self.kind.api_name(name)] = sorted(set(obj.get(self.kind.api_name(name)) or []) - foreign)
                return obj
        return None

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """The live parts the program manages (those set in `state`; every part when there is no state)."""
        live: Obj = {self.key: obj.get(self.kind.api_name(self.key))}
        for name in self.values:
            managed = not state or state.get(name) is not None
            live[name] = (obj.get(self.kind.api_name(name)) or None) if managed else None  # "" is the default
        for name in self.sets:
            managed = not state or state.get(name) is not None
            live[name] = sorted(obj.get(self.kind.api_name(name)) or []) if managed else None
        return live

    def path(self, template: str, values: Mapping[str, Any], member: str | None = None) -> str:
        filled = {k: quote(str(v), safe="") for k, v in values.items() if isinstance(v, str)}
        if member is not None:
            filled["member"] = quote(member, safe="")
        return template.format_map(filled)

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        key = str(getattr(inputs, self.key))
        obj = self.fetch(api, key)
        if obj is None:
            raise LangSmithProviderError(f"{self.kind.name}: the API knows no {self.key} {key!r}")
        return Existing(obj, ours=True)  # a setting always exists: adopt it, and bring it to the inputs

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.fetch(api, str(state.get(self.key) or object_id))

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        result = {**state, self.kind.api_name(self.key): values[self.key]}
        for name in self.values:
            if name in changed and values.get(name) is not None:
                api.put(self.path(self.values[name], values), {self.body_field: values[name]})
                result[self.kind.api_name(name)] = values[name]
        for name, (add, remove) in self.sets.items():
            wanted = values.get(name)
            if name not in changed or wanted is None:
                continue
            before = set(state.get(self.kind.api_name(name)) or state.get(name) or [])
            for member in sorted(set(wanted) - before):
                api.put(self.path(add, values), {self.body_field: member})
            for member in sorted(before - set(wanted)):
                delete_tolerantly(api, self.path(remove, values, member))
            result[self.kind.api_name(name)] = sorted(wanted)
        return result

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        values = {self.key: str(state.get(self.key) or object_id)}
        for name, path in self.values.items():
            if state.get(name) is not None:
                delete_tolerantly(api, self.path(path, values))
        for name, (_add, remove) in self.sets.items():
            for member in sorted(state.get(name) or []):
                delete_tolerantly(api, self.path(remove, values, member))
