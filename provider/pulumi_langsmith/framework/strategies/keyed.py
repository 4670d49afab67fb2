"""Keyed collections: objects addressed by a key the caller chooses, with no item path at all.

`POST collection` creates, `GET collection?{key}=` reads (a list filtered by key), `PATCH collection` with
the key in the body updates, `DELETE collection?{delete_param}=` deletes. The resource id is the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from ...errors import ConflictError, NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj


class KeyedCollection(ApiShape):
    """Requests: create 1 (POST; a 409 reads the key's object, to refuse or adopt it), read 1, update 1 (the
    PATCH response is the object), delete 1."""

    def __init__(
        self,
        collection: str,
        *,
        key: str,
        read_param: str,
        delete_param: str,
        update_method: Literal["PATCH", "PUT"] = "PATCH",
    ) -> None:
        self.collection = collection
        self.key = key
        """The input (and API field) that is the object's address."""
        self.read_param = read_param
        self.delete_param = delete_param
        self.update_method = update_method

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(obj[self.kind.api_name(self.key)])

    def find_key(self, api: Scoped, key: str) -> Obj | None:
        listed = api.get(self.collection, params={self.read_param: key}) or []
        return next((dict(o) for o in listed if o.get(self.kind.api_name(self.key)) == key), None)

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        return (
            f"{self.kind.name} {obj.get(self.kind.api_name(self.key))!r} already exists in workspace "
            f"{api.tenant_id or '(default)'}; set adopt_existing=True to manage it, or choose another key."
        )

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        key = str(getattr(inputs, self.key))
        body = {k: v for k, v in self.to_api(inputs).items() if v is not None}
        try:
            # No client id: a create whose response was lost is recovered by reading the key.
            return Created(dict(api.post(self.collection, body, recover=lambda: self.find_key(api, key))))
        except ConflictError as conflict:
            found = self.find_key(api, key)
            if found is None:
                raise conflict
            return Existing(found, ours=False)

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.find_key(api, str(state.get(self.key) or object_id))

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        fields = [f for f in changed if f not in self.kind.replace_fields]
        if not fields:
            return self.read(api, object_id, state) or {}
        body = self.to_api(new, list(dict.fromkeys([self.key, *fields])))
        response = api.request(self.update_method, self.collection, json=body)
        return dict(response) if isinstance(response, Mapping) else self.read(api, object_id, state) or {}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        try:
            api.delete(self.collection, params={self.delete_param: str(state.get(self.key) or object_id)})
        except NotFoundError:
            pass
