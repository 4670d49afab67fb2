"""Keyed PUTs: one object per key under a parent, set (and moved) with `PUT`, read with a `GET` keyed by query
parameters, and a DELETE or none (destroy then forgets it, with a warning). Dataset version tags and shares are two.

The key fields fill the paths and the read's query; the other inputs are the PUT body. The read's answer
carries no key, so the key comes from the inputs (the resource id is the `id_template` filled from them).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from ...errors import NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly

log = logging.getLogger("pulumi_langsmith")


class KeyedPut(ApiShape):
    """Requests: create 2 (the read, to refuse a key someone else set, then the PUT), read 1, update 1 (PUT),
    delete 1 (`delete`), or 0 where the API has no delete (destroy forgets)."""

    def __init__(
        self,
        write: str,
        read: str,
        *,
        read_params: Mapping[str, str] | None = None,
        id_template: str,
        delete: str | None = None,
    ) -> None:
        self.delete_path = delete
        """Where a DELETE removes the object; None: the API cannot, and destroy forgets it."""
        self.write_path = write
        self.read_path = read
        self.read_params = dict(read_params or {})
        """Query parameters of the read, by the input that fills them (e.g. `{"tag": "tag"}`)."""
        self.id_template = id_template

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return self.id_template.format_map(inputs.model_dump(mode="json"))

    def keys_of(self, values: Mapping[str, Any]) -> Obj:
        return {k: values.get(k) for k in self.kind.natural_key}

    def fetch(self, api: Scoped, values: Mapping[str, Any]) -> Obj | None:
        params = {param: values.get(name) for param, name in self.read_params.items()}
        try:
            obj = api.get(self.read_path.format_map(dict(values)), params=params)
        except NotFoundError:
            return None
        return {**obj, **self.keys_of(values)} if isinstance(obj, Mapping) else None

    def put(self, api: Scoped, inputs: Any) -> Obj:
        values = inputs.model_dump(mode="json")
        body = self.to_api(inputs, [n for n in self.kind.api_fields if n not in self.kind.natural_key])
        for name in self.kind.natural_key:
            if "{" + name + "}" not in self.write_path:
                body[self.kind.api_name(name)] = values[name]
        response = api.request("PUT", self.write_path.format_map(values), **({"json": body} if body else {}))
        obj = response if isinstance(response, Mapping) else self.fetch(api, values) or {}
        return {**obj, **self.keys_of(values)}

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        key = ", ".join(f"{k}={obj.get(k)!r}" for k in self.kind.natural_key)
        return (
            f"{self.kind.name} with {key} already exists; set adopt_existing=True to manage it (this resource "
            "then moves it), or choose another key."
        )

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        found = self.fetch(api, inputs.model_dump(mode="json"))
        if found is not None:
            return Existing(found, ours=False)  # the engine refuses it, or adopts it (then PUTs the inputs)
        return Created(self.put(api, inputs))

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.fetch(api, state)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        return self.put(api, new)

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        if self.delete_path is not None:
            delete_tolerantly(api, self.delete_path.format_map(dict(state)))
            return
        log.warning(
            "%s %s: destroy forgets it and leaves it as it is (the API cannot delete it)", self.kind.name, object_id
        )
