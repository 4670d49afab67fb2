"""Member sets: a named set of members under a parent (a dataset split: examples), with no object of its own.

The set exists while it has members. `PUT write {name, members, remove}` adds members (or, with the remove flag,
takes them out); a GET of the parent's names says whether the set exists; the members are read from a filtered
listing of the member objects (paginated). Nothing else identifies the set, so the resource id is the
`id_template` filled from the inputs, and the members input is unordered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...errors import NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj


class MemberSet(ApiShape):
    """Requests: create 2 (the names, to refuse a set someone else filled; the PUT that adds the members; the
    PUT is idempotent, so a retry is safe), read ⌈members/100⌉ (the listing), update 1 per direction (a PUT
    adding the new members, a PUT removing the dropped ones), delete 2 (the listing, then one PUT removing every
    live member: the API cannot delete a set by name, only take named members out of it)."""

    def __init__(
        self,
        write: str,
        *,
        names: str,
        listing: str,
        listing_params: Callable[[Mapping[str, Any]], Mapping[str, Any]],
        name_input: str,
        members_input: str,
        name_field: str,
        members_field: str,
        remove_flag: str,
        id_template: str,
        member_id: str = "id",
    ) -> None:
        self.write = write
        self.names = names
        self.listing = listing
        self.listing_params = listing_params
        self.name_input = name_input
        self.members_input = members_input
        self.name_field = name_field
        self.members_field = members_field
        self.remove_flag = remove_flag
        self.id_template = id_template
        self.member_id = member_id

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return self.id_template.format_map(inputs.model_dump(mode="json"))

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        keys = {k: state.get(k) for k in self.kind.natural_key}
        return {**keys, self.members_input: sorted(obj.get(self.members_input) or [])}

    def outputs(self, obj: Mapping[str, Any]) -> Obj:
        return {n: obj.get(n) for n in self.kind.output_names}

    def members(self, api: Scoped, values: Mapping[str, Any]) -> list[str]:
        """The live members (every page of the listing)."""
        listed = api.paginate(self.listing, params=dict(self.listing_params(values)))
        return sorted({str(item[self.member_id]) for item in listed})

    def put(self, api: Scoped, values: Mapping[str, Any], members: list[str], *, remove: bool = False) -> None:
        if not members:
            return
        body = {self.name_field: values[self.name_input], self.members_field: sorted(members), self.remove_flag: remove}
        api.put(self.write.format_map(dict(values)), body)

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        if values[self.name_input] in (api.get(self.names.format_map(values)) or []):
            live = {**values, self.members_input: self.members(api, values)}
            return Existing(live, ours=False)  # the engine refuses it, or adopts it (then moves the members)
        self.put(api, values, values[self.members_input])
        return Created(values)

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        members = self.members(api, state)
        return {**state, self.members_input: members} if members else None

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        before, after = set(state.get(self.members_input) or []), set(values[self.members_input])
        self.put(api, values, sorted(after - before))
        try:
            self.put(api, values, sorted(before - after), remove=True)
        except NotFoundError:  # a member deleted out of band since the last read: take out those still there
            live = set(self.members(api, values))
            self.put(api, values, sorted((before - after) & live), remove=True)
        return values

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        try:
            self.put(api, state, self.members(api, state), remove=True)
        except NotFoundError:  # the parent is gone, and the set with it
            pass
