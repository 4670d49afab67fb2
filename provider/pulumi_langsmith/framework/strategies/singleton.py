"""Singleton settings: one object per organization or workspace, at a fixed path.

Create adopts what is there and brings the managed fields to the inputs (only the fields the program
sets are managed). Delete either forgets (with a warning: the setting stays as it is) or resets the
managed fields to their defaults.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj

log = logging.getLogger("pulumi_langsmith")


class Singleton(ApiShape):
    """Requests: create 1 (GET) plus 1 update when the live value differs, read 1, update 1, delete 0 or 1.

    With `update_method="PUT"` (which replaces the whole setting) an update first reads the live setting, so
    the fields the program does not manage keep their values: one GET more, the API leaves no choice.
    """

    def __init__(
        self,
        path: str,
        *,
        update_method: Literal["PATCH", "PUT"] = "PATCH",
        on_delete: Literal["forget", "reset"] = "forget",
        defaults: Mapping[str, Any] | None = None,
        object_id: str = "current",
        list_match: Mapping[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.list_match = dict(list_match) if list_match is not None else None
        """When the GET answers a list of settings: the API fields and values that pick this one out (e.g.
        `{"tenant_id": None}`, the organisation's own among its workspaces')."""
        self.update_method = update_method
        self.on_delete = on_delete
        self.defaults = dict(defaults or {})
        """API values that `on_delete="reset"` restores, by input name."""
        self.fixed_id = object_id

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return self.fixed_id

    def managed(self, values: Mapping[str, Any]) -> list[str]:
        """The fields this program manages: those it sets."""
        return [n for n in self.kind.api_fields if values.get(n) is not None]

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """The live values of the managed fields only (those set in `state`; every field when there is no
        state, e.g. to describe the setting): a field the program leaves alone is never drift."""
        live = super().live_inputs(obj, state)
        if not state:
            return live
        return {n: live[n] if state.get(n) is not None else None for n in live}

    def fetch(self, api: Scoped) -> Obj:
        """The live setting (empty when the API holds none yet)."""
        live = api.get(self.path)
        if self.list_match is None:
            return dict(live or {})
        wanted = self.list_match.items()
        return next((dict(item) for item in live or [] if all(item.get(k) == v for k, v in wanted)), {})

    def write_body(self, api: Scoped, values: Obj) -> Obj:
        """The update body setting `values` (API names): for PUT, over the live values of the declared fields."""
        if self.update_method != "PUT":
            return values
        declared = {self.kind.api_name(n) for n in self.kind.api_fields}
        live = self.fetch(api)
        return {**{k: v for k, v in live.items() if k in declared}, **values}

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        return Existing(self.fetch(api), ours=True)  # there is always one: adopt it

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.fetch(api)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        fields = [f for f in changed if f in self.managed(values)]
        if not fields:
            return self.read(api, object_id, state) or {}
        response = api.request(self.update_method, self.path, json=self.write_body(api, self.to_api(new, fields)))
        return dict(response) if isinstance(response, Mapping) else self.read(api, object_id, state) or {}

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        managed = self.managed(state)
        if self.on_delete == "reset" and managed:
            body = {self.kind.api_name(n): self.defaults.get(n) for n in managed}
            api.request(self.update_method, self.path, json=self.write_body(api, body))
            return
        log.warning(
            "%s: destroy forgets the setting and leaves it as it is (%s): LangSmith has no way to delete it",
            self.kind.name,
            ", ".join(f"{n}={state.get(n)!r}" for n in managed) or "nothing managed",
        )
