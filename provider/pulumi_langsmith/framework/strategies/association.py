"""Associations: an object that only links others (a tag value on a resource, a policy on a role), created and
deleted, never updated (every input replaces), and read through a listing of what one side holds (no item GET).

Paths are templates filled from the inputs (or state), e.g. `/roles/{role_id}/access-policies`, and `{id}` for
the object's own id. Requests on the common path: create 1 (POST; the API has no client ids, so a POST whose
answer was lost is verified through the listing before it is sent again, never blindly retried, and a 409 looks
the association up for adoption), or 2 with `find_first` (an API that answers a duplicate with success: the
listing is read first, to refuse or adopt an association made by someone else); read 1 (the listing); delete 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ...errors import ConflictError, NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly


class Association(ApiShape):
    """`POST collection`, `DELETE item[?delete_params]`, read by finding the object's id among the listing's members.

    `params(values)`: the listing's query parameters; `members(response, values)`: the association objects the
    listing holds (nested, or made from the listed object, each with its `id`).
    """

    def __init__(
        self,
        collection: str,
        item: str,
        *,
        listing: str,
        members: Callable[[Any, Mapping[str, Any]], Iterable[Mapping[str, Any]]],
        params: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
        delete_params: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
        delete_body: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
        find_first: bool = False,
    ) -> None:
        self.collection = collection
        self.item = item
        self.listing = listing
        self.members = members
        self.params = params
        self.delete_params = delete_params
        self.delete_body = delete_body
        """The DELETE's JSON body from the state, for an API that names the member in a body (repo owners)."""
        self.find_first = find_first

    @staticmethod
    def path(template: str, values: Mapping[str, Any], object_id: str | None = None) -> str:
        return template.format_map({**{k: v for k, v in values.items() if v is not None}, "id": object_id})

    def listed(self, api: Scoped, values: Mapping[str, Any]) -> list[Obj]:
        params = {"params": dict(self.params(values))} if self.params else {}
        response = api.get(self.path(self.listing, values), **params)
        return [dict(m) for m in self.members(response, values)]

    def find(self, api: Scoped, inputs: Any) -> Obj | None:
        """The live association with the inputs' natural key, if any."""
        values = inputs.model_dump(mode="json")
        wanted = self.natural_key_of(values)
        return next(
            (m for m in self.listed(api, values) if self.natural_key_of(self.live_inputs(m, {})) == wanted), None
        )

    def created_object(self, response: Any, inputs: Any) -> Obj:
        """The association from the create response (default: the response itself)."""
        return dict(response)

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        if self.find_first and (found := self.find(api, inputs)) is not None:
            return Existing(found, ours=False)
        path = self.path(self.collection, inputs.model_dump(mode="json"))
        try:
            response = api.post(path, self.to_api(inputs), recover=lambda: self.find(api, inputs))
        except ConflictError:
            found = self.find(api, inputs)
            if found is None:
                raise
            return Existing(found, ours=False)
        return Created(self.created_object(response, inputs))

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return next((m for m in self.listed(api, state) if str(m.get("id")) == object_id), None)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        # Every input replaces an association, so nothing is changed in place: the object as it is.
        return self.read(api, object_id, state) or {}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        path = self.path(self.item, state, object_id)
        if self.delete_body is not None:
            try:
                api.delete(path, json=dict(self.delete_body(state)))
            except NotFoundError:
                pass
            return
        if self.delete_params is None:
            delete_tolerantly(api, path)
            return
        try:  # an organisation-level route: only a 404 counts as done
            api.delete(path, params=dict(self.delete_params(state)))
        except NotFoundError:
            pass
