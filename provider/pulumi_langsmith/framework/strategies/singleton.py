"""Singleton settings: one object per organization or workspace, at a fixed path (or one per value of a
path input, e.g. `/mcp-vendors/{vendor_slug}/settings`).

Create adopts what is there and brings the managed fields to the inputs (only the fields the program
sets are managed); where the API wants the setting initialized first (`create_method="POST"`), create
POSTs it and a 409 (already there) adopts it. Delete either forgets (with a warning: the setting stays as
it is), resets the managed fields to their defaults, or deletes the setting where the API can.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from typing import Any, Literal

from ...errors import ConflictError, NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly

log = logging.getLogger("pulumi_langsmith")


class Singleton(ApiShape):
    """Requests: create 1 (GET, or the POST of `create_method`; after a 409 a GET) plus 1 update when the live
    value differs, read 1, update 1, delete 0 or 1.

    With `update_method="PUT"` (which replaces the whole setting) an update first reads the live setting, so
    the fields the program does not manage keep their values: one GET more, the API leaves no choice.
    """

    def __init__(
        self,
        path: str,
        *,
        update_method: Literal["PATCH", "PUT"] = "PATCH",
        on_delete: Literal["forget", "reset", "delete"] = "forget",
        defaults: Mapping[str, Any] | None = None,
        object_id: str = "current",
        list_match: Mapping[str, Any] | None = None,
        create_method: Literal["POST"] | None = None,
    ) -> None:
        self.path = path
        self.path_fields = tuple(f for _, f, _, _ in string.Formatter().parse(path) if f)
        """Inputs filling the path template (which setting it is): never body fields, never drift."""
        self.create_method = create_method
        """How the API initializes a setting that does not exist yet (None: there is always one). A 409 means
        it exists: create adopts it."""
        self.list_match = dict(list_match) if list_match is not None else None
        """When the GET answers a list of settings: the API fields and values that pick this one out (e.g.
        `{"tenant_id": None}`, the organisation's own among its workspaces')."""
        self.update_method = update_method
        self.on_delete = on_delete
        self.defaults = dict(defaults or {})
        """API values that `on_delete="reset"` restores, by input name."""
        self.fixed_id = object_id

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        if self.path_fields:
            values = inputs.model_dump(mode="json")
            return "/".join(str(values.get(f)) for f in self.path_fields)
        return self.fixed_id

    def target(self, values: Mapping[str, Any]) -> str:
        """The setting's path (its template filled from the inputs or state)."""
        return self.path.format_map({f: values.get(f) for f in self.path_fields}) if self.path_fields else self.path

    def managed(self, values: Mapping[str, Any]) -> list[str]:
        """The fields this program manages: those it sets (path inputs excluded)."""
        return [n for n in self.kind.api_fields if values.get(n) is not None and n not in self.path_fields]

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """The live values of the managed fields only (those set in `state`; every field when there is no
        state, e.g. to describe the setting): a field the program leaves alone is never drift."""
        live = super().live_inputs(obj, state)
        live.update({f: state.get(f) for f in self.path_fields})
        if not state:
            return live
        return {n: live[n] if state.get(n) is not None else None for n in live}

    def fetch(self, api: Scoped, values: Mapping[str, Any] | None = None) -> Obj:
        """The live setting (empty when the API holds none yet)."""
        live = api.get(self.target(values or {}))
        if self.list_match is None:
            return dict(live or {})
        wanted = self.list_match.items()
        return next((dict(item) for item in live or [] if all(item.get(k) == v for k, v in wanted)), {})

    def write_body(self, api: Scoped, values: Obj, where: Mapping[str, Any] | None = None) -> Obj:
        """The update body setting `values` (API names): for PUT, over the live values of the declared fields."""
        if self.update_method != "PUT":
            return values
        declared = {self.kind.api_name(n) for n in self.kind.api_fields if n not in self.path_fields}
        live = self.fetch(api, where)
        return {**{k: v for k, v in live.items() if k in declared}, **values}

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        if self.create_method is None:
            return Existing(self.fetch(api, values), ours=True)  # there is always one: adopt it
        try:
            # A lost response is recovered by reading the setting (which the POST then made).
            body = self.to_api(inputs, self.managed(values))
            recover = lambda: self.fetch(api, values) or None  # noqa: E731
            return Created(dict(api.request(self.create_method, self.target(values), json=body, recover=recover)))
        except ConflictError:
            return Existing(self.fetch(api, values), ours=True)  # already initialized: adopt it

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.fetch(api, state)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        fields = [f for f in changed if f in self.managed(values)]
        if not fields:
            return self.read(api, object_id, state) or {}
        body = self.write_body(api, self.to_api(new, fields), values)
        response = api.request(self.update_method, self.target(values), json=body)
        return dict(response) if isinstance(response, Mapping) else self.read(api, object_id, state) or {}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        managed = self.managed(state)
        if self.on_delete == "delete":
            delete_tolerantly(api, self.target(state))
            return
        if self.on_delete == "reset" and managed:
            body = {self.kind.api_name(n): self.defaults.get(n) for n in managed}
            api.request(self.update_method, self.target(state), json=self.write_body(api, body, state))
            return
        log.warning(
            "%s: destroy forgets the setting and leaves it as it is (%s): LangSmith has no way to delete it",
            self.kind.name,
            ", ".join(f"{n}={state.get(n)!r}" for n in managed) or "nothing managed",
        )


class PostedSingleton(ApiShape):
    """A setting of which a workspace has at most one record, made by a POST (`409` when it exists already) and
    then addressed by the record's id (`PATCH/DELETE {path}/{id}`); a GET answers it, or `404` when there is none.

    Requests: create 1 (POST; a 409 reads the record and adopts it, since a singleton belongs to whoever manages
    the setting, then updates it when it differs: 2 more), read 1, update 1, delete 1. A POST whose answer was
    lost is recovered by the GET before a retry. Destroy deletes the record (the workspace then has none).
    """

    def __init__(self, path: str, *, update_method: Literal["PATCH", "PUT"] = "PATCH") -> None:
        self.path = path
        self.item = path + "/{id}"
        self.update_method = update_method

    def fetch(self, api: Scoped) -> Obj | None:
        try:
            live = api.get(self.path)
        except NotFoundError:
            return None
        return dict(live) if isinstance(live, Mapping) and live.get("id") is not None else None

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        body = {k: v for k, v in self.to_api(inputs).items() if v is not None}
        try:
            return Created(dict(api.post(self.path, body, recover=lambda: self.fetch(api))))
        except ConflictError as conflict:
            found = self.fetch(api)
            if found is None:
                raise conflict
            return Existing(found, ours=True)

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        live = self.fetch(api)
        # Another record than ours (ours was deleted, someone made a new one): ours is gone.
        return live if live is not None and str(live["id"]) == object_id else None

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        body = self.to_api(new, [f for f in self.kind.api_fields if f not in self.kind.replace_fields])
        response = api.request(self.update_method, self.item.format(id=object_id), json=body)
        return dict(response) if isinstance(response, Mapping) else self.read(api, object_id, state) or {}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        try:
            api.delete(self.item.format(id=object_id))
        except NotFoundError:
            pass
