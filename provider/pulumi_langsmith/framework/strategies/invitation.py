"""Memberships of an organization or a workspace, and invitations by email.

The API lists members at `{members}/active` (and invites at `{members}/pending`), adds one with
`POST {members}`, changes a member's role with `PATCH {members}/{id}` and removes it with
`DELETE {members}/{id}` (an invite: `DELETE {members}/{id}/pending`). There is no item GET: a member is
found in the lists, filtered by the member's email or user id.

`Membership` is the shape; `Invitation` is a membership by email that is pending (an invite) until the
invitee accepts, then active, whose resource id is the normalised email (stable across that change).
A kind picks the member (`who`), the role (`role_id`, `live_role`) and the mapping through hooks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from ...errors import ConflictError, NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly

Status = Literal["active", "pending"]
LIVE = "__live_inputs"
"""Key of an object's inputs as the server holds them, resolved when it is fetched (role names need a
request, and `live_inputs` makes none)."""


class Membership(ApiShape):
    """A principal's membership, found by listing. Requests (a role given by name adds the roles GET to
    create and update, and to read when the state names the role): create 1 (POST; a 409 looks the member
    up), read 1 (the filtered list), update 1 (PATCH), delete 1."""

    invites = False
    """Whether the collection holds pending invites too (`{members}/pending`)."""
    created_status: Status = "active"
    """What a POST makes: an active member, or a pending invite."""

    def __init__(
        self, members: str, *, role_field: str = "role", role_id_field: str = "role_id", page_size: int = 500
    ) -> None:
        self.collection = members
        self.role_field = role_field
        self.role_id_field = role_id_field
        self.page_size = page_size

    # -- hooks (mapping) ------------------------------------------------------------------------

    def who(self, api: Scoped, inputs: Any) -> Obj:
        """The member the inputs name, as fields the object carries (may look the member up)."""
        return {}

    def match(self, who: Mapping[str, Any]) -> tuple[Obj, Obj]:
        """(fields a listed member must have, list filter params) to find the membership of `who`."""
        return dict(who), {}

    def match_id(self, object_id: str, state: Mapping[str, Any]) -> tuple[Obj, Obj]:
        """(fields, list filter params) to find this resource's membership."""
        return {"id": object_id}, {}

    def member_id(self, object_id: str, state: Mapping[str, Any]) -> str | None:
        """The API's id of the membership (the path's `identity_id`)."""
        return object_id

    def create_body(self, inputs: Any, who: Mapping[str, Any], role_id: str | None) -> Obj:
        return {**dict(who), "role_id": role_id}

    def role_id(self, api: Scoped, inputs: Any) -> str | None:
        """The API role id the inputs ask for."""
        return getattr(inputs, self.role_id_field, None)

    def live_role(self, api: Scoped, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """The role inputs as the server holds them."""
        return {self.role_id_field: obj.get("role_id")}

    def member_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """The inputs naming the member, as the server holds them (default: kept from state)."""
        return {n: state.get(n) for n in self.kind.api_fields if n not in (self.role_field, self.role_id_field)}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        if LIVE in obj:
            return dict(obj[LIVE])
        return {**self.member_inputs(obj, state), self.role_id_field: obj.get("role_id")}

    # -- lookups --------------------------------------------------------------------------------

    def statuses(self) -> tuple[Status, ...]:
        return ("active", "pending") if self.invites else ("active",)

    def find(self, api: Scoped, fields: Mapping[str, Any], params: Mapping[str, Any]) -> Obj | None:
        """The listed member with these fields (active first), with its `status`."""
        for status in self.statuses():
            for obj in api.paginate(f"{self.collection}/{status}", params=dict(params), page_size=self.page_size):
                if all(str(obj.get(k, "")).lower() == str(v).lower() for k, v in fields.items()):
                    return {**obj, "status": status}
        return None

    def resolved(self, api: Scoped, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """The object with its live inputs (see `LIVE`)."""
        live = {**self.member_inputs(obj, state), **self.live_role(api, obj, state)}
        return {**obj, LIVE: live}

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        who = self.who(api, inputs)
        role_id = self.role_id(api, inputs)
        fields, params = self.match(who)
        try:
            response = api.post(
                self.collection,
                self.create_body(inputs, who, role_id),
                recover=lambda: self.find(api, fields, params),  # a lost response: find it, never send it twice
            )
        except ConflictError:
            found = self.find(api, fields, params)
            if found is None:
                raise
            return Existing(self.resolved(api, {**who, **found}, inputs.model_dump(mode="json")), ours=False)
        return Created({"status": self.created_status, **who, **dict(response or {})})

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        found = self.find(api, *self.match_id(object_id, state))
        return None if found is None else self.resolved(api, found, state)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        kept = {k: state.get(k) for k in self.state_keys()}
        if not {self.role_field, self.role_id_field} & set(changed):
            return {**kept, **(self.read(api, object_id, state) or {})}
        return {**kept, **self.set_role(api, object_id, new, self.role_id(api, new), state)}

    def set_role(self, api: Scoped, object_id: str, new: Any, role_id: str | None, state: Mapping[str, Any]) -> Obj:
        member_id = self.member_id(object_id, state)
        response = api.patch(f"{self.collection}/{member_id}", {"role_id": role_id})
        if isinstance(response, Mapping) and response.get("id") is not None:
            return {**response, "status": "active"}
        found = self.read(api, object_id, state)
        if found is None:
            raise NotFoundError("GET", f"{self.collection}/active", 404, f"membership {member_id} is gone")
        return found

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        delete_tolerantly(api, f"{self.collection}/{self.member_id(object_id, state)}")


class Invitation(Membership):
    """A member invited by email: pending until accepted, then active. The resource id is the normalised
    email. Requests (a role given by name adds the roles GET to create and update, and to read when the
    state names the role): create 1 (POST the invite; a 409 looks the email up: an existing member or
    invite), read 1 (active) or 2 (then pending), update 1 (PATCH an active member, or PATCH a pending invite
    in place so it keeps its workspaces), delete 1. Update and delete use the member id and status in
    state; when the invite was accepted since, they find the member by email first."""

    invites = True
    created_status: Status = "pending"

    def __init__(self, members: str, *, email_field: str = "email", **options: Any) -> None:
        super().__init__(members, **options)
        self.email_field = email_field

    def who(self, api: Scoped, inputs: Any) -> Obj:
        return {"email": getattr(inputs, self.email_field)}

    def match(self, who: Mapping[str, Any]) -> tuple[Obj, Obj]:
        return {"email": who["email"]}, {"emails": [who["email"]]}

    def match_id(self, object_id: str, state: Mapping[str, Any]) -> tuple[Obj, Obj]:
        return self.match({"email": object_id})

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(getattr(inputs, self.email_field))

    def member_id(self, object_id: str, state: Mapping[str, Any]) -> str | None:
        return state.get("identity_id") or state.get("id")

    def member_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        return {self.email_field: str(obj.get("email", "")).lower() or state.get(self.email_field)}

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        return (
            f"{self.kind.name} {obj.get('email')} is already {obj.get('status')} in the organization; set "
            "adopt_existing=True to manage it with this resource."
        )

    def _remove(self, api: Scoped, member_id: str, status: Any) -> bool:
        """DELETE the membership or the invite; False when it is not there (any more)."""
        try:
            api.delete(f"{self.collection}/{member_id}" + ("/pending" if status == "pending" else ""))
        except NotFoundError:
            return False
        return True

    def _current(self, api: Scoped, object_id: str) -> Obj:
        found = self.find(api, *self.match_id(object_id, {}))
        if found is None:
            raise NotFoundError(
                "GET", f"{self.collection}/active", 404, f"{object_id} is no longer a member or invitee"
            )
        return found

    def set_role(self, api: Scoped, object_id: str, new: Any, role_id: str | None, state: Mapping[str, Any]) -> Obj:
        member_id, status = self.member_id(object_id, state), state.get("status")
        if status not in ("active", "pending") or member_id is None:
            found = self._current(api, object_id)
            member_id, status = str(found["id"]), found["status"]
        if status == "active":
            try:
                return super().set_role(api, object_id, new, role_id, {**state, "identity_id": member_id})
            except NotFoundError:
                found = self._current(api, object_id)  # removed, or state is stale: look again
                if found["status"] == "active":
                    return super().set_role(api, object_id, new, role_id, {**state, "identity_id": str(found["id"])})
                member_id = str(found["id"])
        # A pending invite's role changes in place (`PATCH {members}/{id}/pending`): the invite keeps what
        # else it carries (its `workspace_ids`, which a DELETE and a new POST would lose).
        try:
            return {"status": "pending", **self._patch_pending(api, member_id, role_id)}
        except NotFoundError:
            found = self._current(api, object_id)  # accepted, or invited again, since
        if found["status"] == "active":
            return super().set_role(api, object_id, new, role_id, {**state, "identity_id": str(found["id"])})
        return {"status": "pending", **self._patch_pending(api, str(found["id"]), role_id)}

    def _patch_pending(self, api: Scoped, member_id: str, role_id: str | None) -> Obj:
        return dict(api.patch(f"{self.collection}/{member_id}/pending", {"role_id": role_id}) or {})

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        member_id = self.member_id(object_id, state)
        if member_id and state.get("status") and self._remove(api, member_id, state.get("status")):
            return
        found = self.find(api, *self.match_id(object_id, state))  # gone, or accepted since: look it up
        if found is not None:
            self._remove(api, str(found["id"]), found["status"])
