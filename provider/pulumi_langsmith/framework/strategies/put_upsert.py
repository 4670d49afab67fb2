"""PUT upserts: `PUT collection` with the object's id creates it or replaces it; the list is the only read.

The client supplies the id (derived from the resource's owner), so a create retried after a lost answer
upserts the same object again: never a duplicate. Create and update are the same request; every update
repeats the whole object (a PUT replaces it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..scoped import Scoped
from .base import Created, Existing, Obj
from .rest import ListOnlyRead


class PutUpsert(ListOnlyRead):
    """Requests: create 1 (PUT with the deterministic id), read 1 (the list), update 1 (PUT, its response is
    the object), delete 1."""

    def __init__(self, collection: str, item: str | None = None, **options: Any) -> None:
        options.setdefault("paginated", False)
        options.setdefault("list_filter", None)
        super().__init__(collection, item, client_ids=True, update_method="PUT", **options)

    def upsert(self, api: Scoped, inputs: Any, object_id: str) -> Obj:
        path = self.path(self.collection, inputs.model_dump(mode="json"))
        return dict(self.unwrap(api.put(path, self.create_body(inputs, object_id))) or {})

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        return Created(self.upsert(api, inputs, self.deterministic_id(inputs, api, owner)))

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        if not [f for f in changed if f not in self.kind.replace_fields]:
            return self.read(api, object_id, state) or {}
        return self.upsert(api, new, self.own_id(object_id))
