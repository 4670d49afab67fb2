"""`WorkspaceMember`: an organisation member's membership of a workspace (`/api/v1/workspaces/current/members`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pulumi
import pulumi.dynamic as dynamic
from pydantic import Field, field_validator, model_validator

from ..client import LangSmithClient
from ..engine import InputsModel, LangSmithResource, OutputField, ResourceSpec, Scoped, SpecProvider
from ..errors import AlreadyExistsError, NotFoundError
from .org_member import MEMBERS_PATH, find_member, normalized_email
from .role import exactly_one_role, resolve_role_id, role_inputs_from_api

WORKSPACE_MEMBERS_PATH = "/api/v1/workspaces/current/members"
_UUID = r"^[0-9a-fA-F-]{36}$"
DEFAULT_WORKSPACE_ROLE = "WORKSPACE_USER"


class WorkspaceMemberInputs(InputsModel):
    workspace_id: str | None = Field(
        default=None,
        pattern=_UUID,
        description="Workspace (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it replaces "
        "the membership.",
    )
    email: str | None = Field(default=None, description="Email of an active organization member (or `identity_id`).")
    identity_id: str | None = Field(
        default=None, pattern=_UUID, description="Organization identity id of the member (instead of `email`)."
    )
    role: str | None = Field(
        default=None,
        description="Workspace role by name: `WORKSPACE_USER` (Editor, default), `WORKSPACE_ADMIN`, `WORKSPACE_VIEWER`, "
        "or a custom role's display name. Changes in place.",
    )
    role_id: str | None = Field(default=None, pattern=_UUID, description="Workspace role by id (instead of `role`).")
    adopt_existing: bool = Field(default=False, description="Adopt an existing membership instead of failing.")

    _email = field_validator("email", mode="before")(normalized_email)

    @model_validator(mode="after")
    def _default_role(self) -> WorkspaceMemberInputs:
        if self.role is None and self.role_id is None:
            self.role = DEFAULT_WORKSPACE_ROLE
        return self


class WorkspaceMemberSpec(ResourceSpec):
    kind = "WorkspaceMember"
    description = "An organization member's membership of a workspace, with a workspace role."
    inputs = WorkspaceMemberInputs
    collection_path = WORKSPACE_MEMBERS_PATH
    item_path = WORKSPACE_MEMBERS_PATH + "/{id}"
    replace_on_change = frozenset({"workspace_id", "email", "identity_id"})
    outputs = (
        OutputField("tenant_id", "string", "Workspace of the membership."),
        OutputField("ls_user_id", "string", "The member's LangSmith user id."),
        OutputField("org_identity_id", "string", "The member's organization identity id."),
        OutputField("role_name", "string", "Display name of the workspace role."),
    )

    def validate_semantics(self, inputs: InputsModel) -> list[tuple[str, str]]:
        values = inputs.model_dump()
        failures = exactly_one_role(values, "role", "role_id")
        if (values.get("email") is None) == (values.get("identity_id") is None):
            failures.append(("email", "set exactly one of email or identity_id"))
        return failures

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return Scoped(client, tenant_id=props.get("workspace_id") or client.settings.workspace_id)


def org_identity(api: Scoped, values: Mapping[str, Any]) -> dict[str, Any]:
    """The active organisation member the inputs name; a clear error when there is none (yet)."""
    org = Scoped(api.client, organization_id=api.client.settings.organization_id)
    if values.get("email"):
        found = find_member(org, values["email"])
        if found is None:
            raise ValueError(
                f"WorkspaceMember: {values['email']} is not a member of the organization; add an OrgMember for it first"
            )
        if found[0] == "pending":
            raise ValueError(
                f"WorkspaceMember: {values['email']} has been invited to the organization but has not accepted yet; "
                "it can join a workspace once the invite is accepted (run `pulumi up` again then)"
            )
        return found[1]
    for obj in org.paginate(f"{MEMBERS_PATH}/active", page_size=500):
        if str(obj.get("id")) == values["identity_id"]:
            return obj
    raise ValueError(f"WorkspaceMember: no active organization member has identity id {values['identity_id']}")


def find_workspace_member(
    api: Scoped, *, ls_user_id: str | None = None, member_id: str | None = None
) -> dict[str, Any] | None:
    for obj in api.paginate(f"{WORKSPACE_MEMBERS_PATH}/active", page_size=500):
        if (ls_user_id and str(obj.get("ls_user_id")) == ls_user_id) or (member_id and str(obj.get("id")) == member_id):
            return obj
    return None


class WorkspaceMemberProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = WorkspaceMemberSpec()

    def _role_id(self, api: Scoped, values: Mapping[str, Any]) -> str:
        return values.get("role_id") or resolve_role_id(api, values["role"], "workspace", "role")

    def _outs(self, api: Scoped, values: Mapping[str, Any], obj: Mapping[str, Any]) -> dict[str, Any]:
        return {
            **values,
            "tenant_id": obj.get("tenant_id"),
            "ls_user_id": obj.get("ls_user_id"),
            "org_identity_id": values.get("identity_id") or obj.get("org_identity_id"),
            "role_name": obj.get("role_name"),
        }

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        values = self._model(self._strip(props)).model_dump(mode="json")
        api = self.spec.scoped(self.client(), values)
        member = org_identity(api, values)
        role_id = self._role_id(api, values)
        existing = find_workspace_member(api, ls_user_id=str(member["ls_user_id"]))
        if existing is not None:
            if not values["adopt_existing"]:
                raise AlreadyExistsError(
                    f"{values.get('email') or values.get('identity_id')} is already a member of workspace "
                    f"{api.tenant_id or '(the default one)'}; set adopt_existing=True to manage the membership with "
                    "this resource."
                )
            if str(existing.get("role_id")) != role_id:
                api.patch(self.spec.object_path(str(existing["id"])), {"role_id": role_id})
            obj = find_workspace_member(api, member_id=str(existing["id"])) or existing
        else:
            api.post(
                WORKSPACE_MEMBERS_PATH,
                {"org_identity_id": str(member["id"]), "role_id": role_id},
                recover=lambda: find_workspace_member(api, ls_user_id=str(member["ls_user_id"])),
            )
            obj = find_workspace_member(api, ls_user_id=str(member["ls_user_id"]))
            if obj is None:
                raise NotFoundError("GET", f"{WORKSPACE_MEMBERS_PATH}/active", 404, "the new membership is not listed")
        return dynamic.CreateResult(
            str(obj["id"]), {**self._outs(api, values, obj), "org_identity_id": str(member["id"])}
        )

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        old = self._strip(props)
        api = self.spec.scoped(self.client(), old)
        obj = find_workspace_member(api, member_id=id_)
        if obj is None:
            return dynamic.ReadResult(None, {})
        live = {**old, **role_inputs_from_api(api, obj.get("role_id"), old, "role", "role_id")}
        outs = {**self._outs(api, live, obj), "org_identity_id": old.get("org_identity_id")}
        inputs = {
            k: live.get(k)
            for k in ("workspace_id", "email", "identity_id", "role", "role_id", "adopt_existing")
            if live.get(k) is not None
        }
        return dynamic.ReadResult(id_, outs, inputs)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        values = self._model(self._strip(news)).model_dump(mode="json")
        api = self.spec.scoped(self.client(), values)
        api.patch(self.spec.object_path(id_), {"role_id": self._role_id(api, values)})
        obj = find_workspace_member(api, member_id=id_)
        if obj is None:
            raise NotFoundError("GET", f"{WORKSPACE_MEMBERS_PATH}/active", 404, f"membership {id_} is gone")
        return dynamic.UpdateResult({**self._outs(api, values, obj), "org_identity_id": olds.get("org_identity_id")})


class WorkspaceMember(LangSmithResource, module="langsmith", name="WorkspaceMember"):
    """A member of a workspace. Type token `pulumi-python:dynamic/langsmith:WorkspaceMember`."""

    _provider_class = WorkspaceMemberProvider

    workspace_id: pulumi.Output[str | None]
    email: pulumi.Output[str | None]
    identity_id: pulumi.Output[str | None]
    role: pulumi.Output[str | None]
    role_id: pulumi.Output[str | None]
    adopt_existing: pulumi.Output[bool]
    tenant_id: pulumi.Output[str]
    ls_user_id: pulumi.Output[str]
    org_identity_id: pulumi.Output[str]
    role_name: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        workspace_id: pulumi.Input[str] | None = None,
        email: pulumi.Input[str] | None = None,
        identity_id: pulumi.Input[str] | None = None,
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "workspace_id": workspace_id,
                "email": email,
                "identity_id": identity_id,
                "role": role,
                "role_id": role_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
