"""Pairs read through their parent: a (parent, member) link with no GET of its own.

`POST {parent}/{collection}` links (the API makes it idempotent), `DELETE {parent}/{collection}/{member}`
unlinks, and the link is read from a list field of the parent object (`GET parent`). Nothing changes in
place: every input replaces. The resource id is `parent/member`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly


class ParentListedPair(ApiShape):
    """Requests: create 1 (the POST is idempotent, so a retry is safe), read 1 (the parent), delete 1."""

    def __init__(
        self,
        link: str,
        parent: str,
        *,
        parent_key: str,
        member_key: str,
        listed_in: str,
        member_field: str = "id",
        body_field: str | None = None,
    ) -> None:
        self.collection = link
        """Path template of the link collection, e.g. `/v1/platform/annotation-queues/{queue_id}/reviewers`."""
        self.parent = parent
        """Path template of the parent's GET, e.g. `/api/v1/annotation-queues/{queue_id}`."""
        self.parent_key = parent_key
        self.member_key = member_key
        self.listed_in = listed_in
        """The parent's list field that holds the members."""
        self.member_field = member_field
        self.body_field = body_field or member_key

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        values = inputs.model_dump(mode="json")
        return f"{values[self.parent_key]}/{values[self.member_key]}"

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        return {self.parent_key: state.get(self.parent_key), self.member_key: state.get(self.member_key)}

    def outputs(self, obj: Mapping[str, Any], *_: Any) -> Obj:
        return {n: obj.get(n) for n in self.kind.output_names}

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        api.post(self.collection.format_map(values), {self.body_field: values[self.member_key]}, idempotent=True)
        return Created({})

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        parent_id, member = object_id.rsplit("/", 1)
        parent = api.get(self.parent.format_map({**state, self.parent_key: parent_id})) or {}
        for item in parent.get(self.listed_in) or []:
            if str(item.get(self.member_field)).lower() == member.lower():
                return dict(item)
        return None

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        return self.read(api, object_id, state) or {}  # every input replaces: nothing to send

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        parent_id, member = object_id.rsplit("/", 1)
        delete_tolerantly(api, self.collection.format_map({**state, self.parent_key: parent_id}) + f"/{member}")
