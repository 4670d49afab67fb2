"""`WorkspaceMember`: an organisation member's membership of a workspace (`/api/v1/workspaces/current/members`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field, field_validator, model_validator

from ..framework import Conformance, InputsModel, Kind, OutputsModel, Scoped, Uuid, field
from .org_member import MEMBERS_PATH, NamedRole, find_member, normalized_email
from .role import RoleScope, exactly_one_role

WORKSPACE_MEMBERS_PATH = "/api/v1/workspaces/current/members"
DEFAULT_WORKSPACE_ROLE = "WORKSPACE_USER"


class WorkspaceMemberInputs(InputsModel):
    workspace_id: Uuid | None = field(
        None,
        replace=True,
        description="Workspace (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it replaces "
        "the membership.",
    )
    email: str | None = field(
        None,
        replace=True,
        max_length=320,
        description="Email of an active organization member (or `identity_id`).",
    )
    identity_id: Uuid | None = field(
        None, replace=True, description="Organization identity id of the member (instead of `email`)."
    )
    role: str | None = field(
        None,
        max_length=256,
        description="Workspace role by name: `WORKSPACE_USER` (Editor, default), `WORKSPACE_ADMIN`, `WORKSPACE_VIEWER`, "
        "or a custom role's display name. Changes in place.",
    )
    role_id: Uuid | None = field(None, description="Workspace role by id (instead of `role`).")
    adopt_existing: bool = Field(default=False, description="Adopt an existing membership instead of failing.")

    _email = field_validator("email", mode="before")(normalized_email)

    @model_validator(mode="after")
    def _default_role(self) -> WorkspaceMemberInputs:
        if self.role is None and self.role_id is None:
            self.role = DEFAULT_WORKSPACE_ROLE
        return self


class WorkspaceMemberOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace of the membership.")
    ls_user_id: str | None = field(None, description="The member's LangSmith user id.")
    org_identity_id: str | None = field(None, description="The member's organization identity id.")
    role_name: str | None = field(None, description="Display name of the workspace role.")


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


class WorkspaceMembers(NamedRole):
    """A membership of an active organisation member, found by its user id; the resource id is the
    membership's id. Requests: create 1 POST after the member lookup (1–2 GETs by email; the active list by
    identity id), read 1, update 1, delete 1 (plus the roles GET for a role given by name)."""

    role_scope: RoleScope = "workspace"

    def who(self, api: Scoped, inputs: Any) -> dict[str, Any]:
        member = org_identity(api, inputs.model_dump(mode="json"))
        return {"org_identity_id": str(member["id"]), "ls_user_id": str(member["ls_user_id"])}

    def match(self, who: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        return {"ls_user_id": who["ls_user_id"]}, {"ls_user_ids": [who["ls_user_id"]]}

    def match_id(self, object_id: str, state: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        user = state.get("ls_user_id")
        return {"id": object_id}, ({"ls_user_ids": [user]} if user else {})

    def create_body(self, inputs: Any, who: Mapping[str, Any], role_id: str | None) -> dict[str, Any]:
        return {"org_identity_id": who["org_identity_id"], "role_id": role_id}

    def state_keys(self) -> tuple[str, ...]:
        return ("org_identity_id",)  # the list of workspace members does not carry it

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        return (
            f"{obj.get('email') or obj.get('org_identity_id')} is already a member of workspace "
            f"{api.tenant_id or '(the default one)'}; set adopt_existing=True to manage the membership with "
            "this resource."
        )


def _validate(inputs: WorkspaceMemberInputs) -> list[tuple[str, str]]:
    values = inputs.model_dump()
    failures = exactly_one_role(values, "role", "role_id")
    if (values.get("email") is None) == (values.get("identity_id") is None):
        failures.append(("email", "set exactly one of email or identity_id"))
    return failures


KIND = Kind(
    name="WorkspaceMember",
    description="An organization member's membership of a workspace, with a workspace role.",
    inputs=WorkspaceMemberInputs,
    outputs=WorkspaceMemberOutputs,
    api=WorkspaceMembers(WORKSPACE_MEMBERS_PATH),
    validate=_validate,
    conformance=Conformance(
        example={"email": "conformance-workspace-member@example.com"},
        update={"role": "WORKSPACE_VIEWER"},
        replace={"workspace_id": "00000000-0000-4000-8000-000000000000"},
        invalid=(
            ({"email": "not-an-email"}, "email"),
            ({"identity_id": "00000000-0000-4000-8000-000000000000"}, "email"),  # both email and identity_id
            ({"role": "WORKSPACE_USER", "role_id": "00000000-0000-4000-8000-000000000000"}, "role_id"),
            ({"workspace_id": "-" * 36}, "workspace_id"),
        ),
        # The role can drift, but it then reads back as a `role_id` (an id of the test's organization, which
        # an example cannot name); tests/test_access_resources.py covers it.
        drift=None,
        setup="active_org_member",
    ),
)
