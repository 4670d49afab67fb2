"""Server-side upserts: a `POST collection` that updates the object with the same match key in place instead
of creating a duplicate (gateway policies upsert on their subject matchers).

Such a POST is never safe to send blindly: it would silently take over (and overwrite) an object someone
else manages. So create checks first: it lists the objects narrowed by `lookup_params` and compares the
kind's natural key (lists compared as sets where the field is `unordered`). A match is refused with the
`adopt_existing` hint, or adopted when that is set (the engine then brings it to the inputs with an update).
The POST itself is not retried after an ambiguous failure (a retry would be another upsert, and the object
it may have made carries no mark of ours): the error surfaces, and the next `pulumi up` finds the object
and asks for `adopt_existing`.

In a PATCH, an unset input is sent as nothing (the API reads an absent or null field as unchanged); a
string input that was set and is now unset is sent as `""`, which clears it (`clear_with_empty`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..scoped import Scoped, canonical
from .base import Created, Existing, Obj
from .rest import RestCollection


class ServerUpsert(RestCollection):
    """Requests: create 2 (the narrowed list, then the POST; no retry), read 1, update 1, delete 1."""

    def __init__(
        self, collection: str, item: str | None = None, *, clear_with_empty: Iterable[str] = (), **options: Any
    ):
        options.setdefault("list_filter", None)
        options.setdefault("paginated", False)
        super().__init__(collection, item, **options)
        self.clear_with_empty = tuple(clear_with_empty)
        """String inputs whose PATCH clears with `""` (an absent or null field is "unchanged")."""

    def lookup_params(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Query parameters that narrow the list to candidates for the inputs' match key (default: none)."""
        return {}

    def natural_key_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        key = []
        for name in self.kind.natural_key:
            value = canonical(values.get(name))
            if name in self.kind.unordered_fields and isinstance(value, list):
                value = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
            key.append(value)
        return tuple(key)

    def find(self, api: Scoped, inputs: Any) -> Obj | None:
        values = inputs.model_dump(mode="json")
        wanted = self.natural_key_of(values)
        listed = api.get(self.path(self.collection, values), params=self.lookup_params(values)) or []
        for obj in self.unwrap(listed):
            if self.natural_key_of(self.live_inputs(obj, {})) == wanted and not self.is_gone(obj):
                return dict(obj)
        return None

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        found = self.find(api, inputs)
        if found is not None:
            return Existing(found, ours=False)  # the engine refuses it, or adopts it with `adopt_existing`
        collection = self.path(self.collection, inputs.model_dump(mode="json"))
        # Not idempotent and no `recover`: the client never retries this POST.
        return Created(self.unwrap(api.post(collection, self.create_body(inputs, None), idempotent=False)))

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        body = {k: v for k, v in super().update_body(old, new, changed, live).items() if v is not None}
        for name in self.clear_with_empty:
            if name in changed and getattr(new, name, None) is None:
                body[self.kind.api_name(name)] = ""
        return body
