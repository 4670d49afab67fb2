"""`OrgMember`: a member of the organisation, invited by email (`/api/v1/orgs/current/members`).

A member is pending until the invitee accepts, then active; the resource id is the normalised email,
which stays the same across that change (the server's invite id and membership id differ).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pulumi
import pulumi.dynamic as dynamic
from email_validator import EmailNotValidError, validate_email
from pydantic import Field, field_validator, model_validator

from ..client import LangSmithClient
from ..engine import AdoptableInputs, InputsModel, LangSmithResource, OutputField, ResourceSpec, Scoped, SpecProvider
from ..errors import AlreadyExistsError, NotFoundError
from .role import exactly_one_role, resolve_role_id, role_inputs_from_api

MEMBERS_PATH = "/api/v1/orgs/current/members"
_UUID = r"^[0-9a-fA-F-]{36}$"
DEFAULT_ORG_ROLE = "ORGANIZATION_USER"


def normalized_email(value: Any) -> Any:
    """Trim and lower-case an email and check its syntax (no DNS lookup)."""
    if not isinstance(value, str):
        return value
    email = value.strip().lower()
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from None
    return email


class OrgMemberInputs(AdoptableInputs):
    email: str = Field(description="Email of the member (trimmed, lower-cased). Changing it replaces the member.")
    role: str | None = Field(
        default=None,
        description="Organization role by name: `ORGANIZATION_USER` (default), `ORGANIZATION_ADMIN`, or a role's "
        "display name. Changes in place (a pending invite is re-sent).",
    )
    role_id: str | None = Field(default=None, pattern=_UUID, description="Organization role by id (instead of `role`).")

    _email = field_validator("email", mode="before")(normalized_email)

    @model_validator(mode="after")
    def _default_role(self) -> OrgMemberInputs:
        if self.role is None and self.role_id is None:
            self.role = DEFAULT_ORG_ROLE
        return self


def find_member(api: Scoped, email: str) -> tuple[str, dict[str, Any]] | None:
    """("active" | "pending", the member) for this email, if any."""
    for status in ("active", "pending"):
        for obj in api.paginate(f"{MEMBERS_PATH}/{status}", params={"emails": [email]}, page_size=500):
            if str(obj.get("email", "")).lower() == email:
                return status, obj
    return None


class OrgMemberSpec(ResourceSpec):
    kind = "OrgMember"
    description = "A member of the LangSmith organization (an invite until accepted)."
    inputs = OrgMemberInputs
    scope = "organization"
    collection_path = MEMBERS_PATH
    item_path = MEMBERS_PATH + "/{id}"
    natural_key = ("email",)
    replace_on_change = frozenset({"email"})
    outputs = (
        OutputField("status", "string", "`pending` until the invite is accepted, then `active`."),
        OutputField("identity_id", "string", "Id of the membership (or of the invite while pending)."),
        OutputField("ls_user_id", "string", "The user's LangSmith id (once active)."),
        OutputField("role_name", "string", "Display name of the member's organization role."),
    )

    def validate_semantics(self, inputs: InputsModel) -> list[tuple[str, str]]:
        return exactly_one_role(inputs.model_dump(), "role", "role_id")

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return Scoped(client, organization_id=client.settings.organization_id)

    def wanted_role_id(self, api: Scoped, values: Mapping[str, Any]) -> str:
        if values.get("role_id"):
            return str(values["role_id"])
        return resolve_role_id(api, values.get("role") or DEFAULT_ORG_ROLE, "organization", "role")


class OrgMemberProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = OrgMemberSpec()

    def _state(self, api: Scoped, email: str, old: Mapping[str, Any]) -> dict[str, Any] | None:
        found = find_member(api, email)
        if found is None:
            return None
        status, obj = found
        role_id = obj.get("role_id")
        return {
            "email": email,
            **role_inputs_from_api(api, role_id, old, "role", "role_id"),
            "status": status,
            "identity_id": str(obj["id"]),
            "ls_user_id": obj.get("ls_user_id"),
            "role_name": obj.get("role_name"),
        }

    def _invite(self, api: Scoped, email: str, role_id: str) -> None:
        api.post(
            MEMBERS_PATH,
            {"email": email, "role_id": role_id},
            recover=lambda: (find_member(api, email) or (None, None))[1],
        )

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        spec: OrgMemberSpec = self.spec  # type: ignore[assignment]
        inputs = self._model(self._strip(props))
        values = inputs.model_dump(mode="json")
        api = spec.scoped(self.client(), values)
        role_id = spec.wanted_role_id(api, values)
        existing = find_member(api, values["email"])
        if existing is not None:
            if not values["adopt_existing"]:
                raise AlreadyExistsError(
                    f"OrgMember {values['email']} is already {existing[0]} in the organization; set "
                    "adopt_existing=True to manage it with this resource."
                )
            self._set_role(api, values["email"], existing, role_id)
        else:
            self._invite(api, values["email"], role_id)
        state = self._state(api, values["email"], values) or {}
        return dynamic.CreateResult(values["email"], {**values, **state, **self._inputs_of(values)})

    @staticmethod
    def _inputs_of(values: Mapping[str, Any]) -> dict[str, Any]:
        return {"role": values.get("role"), "role_id": values.get("role_id")}

    def _set_role(self, api: Scoped, email: str, found: tuple[str, dict[str, Any]], role_id: str) -> None:
        status, obj = found
        if str(obj.get("role_id")) == role_id:
            return
        if status == "active":
            api.patch(f"{MEMBERS_PATH}/{obj['id']}", {"role_id": role_id})
        else:  # a pending invite is re-sent with the new role
            try:
                api.delete(f"{MEMBERS_PATH}/{obj['id']}/pending")
            except NotFoundError:
                pass
            self._invite(api, email, role_id)

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        old = self._strip(props)
        api = self.spec.scoped(self.client(), old)
        state = self._state(api, id_, old)
        if state is None:
            return dynamic.ReadResult(None, {})
        outs = {**old, **state}
        inputs = {k: outs.get(k) for k in ("email", "role", "role_id", "adopt_existing") if outs.get(k) is not None}
        return dynamic.ReadResult(id_, outs, inputs)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        spec: OrgMemberSpec = self.spec  # type: ignore[assignment]
        values = self._model(self._strip(news)).model_dump(mode="json")
        api = spec.scoped(self.client(), values)
        found = find_member(api, id_)
        if found is None:
            raise NotFoundError("GET", f"{MEMBERS_PATH}/active", 404, f"{id_} is no longer a member or invitee")
        self._set_role(api, id_, found, spec.wanted_role_id(api, values))
        state = self._state(api, id_, values) or {}
        return dynamic.UpdateResult({**values, **state, **self._inputs_of(values)})

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        api = self.spec.scoped(self.client(), props)
        found = find_member(api, id_)
        if found is None:
            return
        status, obj = found
        path = f"{MEMBERS_PATH}/{obj['id']}" + ("/pending" if status == "pending" else "")
        try:
            api.delete(path)
        except NotFoundError:
            pass


class OrgMember(LangSmithResource, module="langsmith", name="OrgMember"):
    """A member of the organization, invited by email. Type token `pulumi-python:dynamic/langsmith:OrgMember`."""

    _provider_class = OrgMemberProvider

    email: pulumi.Output[str]
    role: pulumi.Output[str | None]
    role_id: pulumi.Output[str | None]
    adopt_existing: pulumi.Output[bool]
    status: pulumi.Output[str]
    """`pending` or `active`."""
    identity_id: pulumi.Output[str]
    ls_user_id: pulumi.Output[str | None]
    role_name: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        email: pulumi.Input[str],
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {"email": email, "role": role, "role_id": role_id, "adopt_existing": adopt_existing},
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
