"""Upsert lists: `POST [{key, value}]` sets a value, `value: null` deletes the key, `GET` lists keys only.

The resource id is the key. Values are never read back, so they are write-only inputs: refresh sees a
key deleted out of band, not a value changed out of band (no client can).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj


class UpsertList(ApiShape):
    """Requests: create 2 (the list, to refuse a key someone else set, then the upsert), read 1, update 1,
    delete 1."""

    def __init__(self, path: str, *, key: str = "key", value: str = "value") -> None:
        self.collection = path
        self.key = key
        self.value = value

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(obj[self.key])

    def find_key(self, api: Scoped, key: str) -> Obj | None:
        return next((dict(item) for item in api.get(self.collection) or [] if item.get(self.key) == key), None)

    def upsert(self, api: Scoped, key: str, value: Any) -> None:
        """Set (or, with None, delete) one key; an upsert, so retrying it is safe."""
        api.post(self.collection, [{self.key: key, self.value: value}], idempotent=True)

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        return (
            f"{self.kind.name} {obj.get(self.key)!r} already exists in workspace {api.tenant_id or '(default)'}; "
            f"set adopt_existing=True to manage it (its {self.value} is then overwritten), or choose another key."
        )

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        found = self.find_key(api, values[self.key])
        if found is not None and not values.get("adopt_existing"):
            return Existing(found, ours=False)
        self.upsert(api, values[self.key], values[self.value])
        return Created({self.key: values[self.key]})

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.find_key(api, str(state.get(self.key) or object_id))

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        if self.value in changed or not changed:
            self.upsert(api, object_id, values[self.value])
        return {self.key: object_id}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        self.upsert(api, str(state.get(self.key) or object_id), None)
