"""`ScimGroup`: a group provisioned through LangSmith's SCIM 2.0 API (`/scim/v2/Groups`, RFC 7644).

The group's display name carries LangSmith's role mapping, checked at preview:

- `<prefix>Organization Admin` or `<prefix>Organization Admins`: members become organisation admins;
- `<prefix><org role><sep><workspace name><sep><workspace role>`: members join the workspace with that role,
  e.g. `LS:Organization User:Engineering:Editor`.

`<prefix>` is optional and free, `<sep>` is the organisation's `scim_group_name_separator` (`:` unless
changed; one of `: - _ space &`). Groups cannot be renamed through SCIM: a new display name replaces
the group. Member changes are PatchOp `add` / `remove` operations, never a full replace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import pulumi
from pulumi import dynamic
from pydantic import Field, ValidationInfo, field_validator
from scim2_models import Context, Group, GroupMember

from ..client import LangSmithClient
from ..engine import (
    AdoptableInputs,
    InputsModel,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    Scoped,
    SpecProvider,
)
from .scim_user import ScimScoped, patch_op

#: Separators an organisation may choose (`scim_group_name_separator`).
GROUP_NAME_SEPARATORS = (":", "-", "_", " ", "&")
#: Built-in organisation roles, by the display names SCIM group names use.
ORGANIZATION_ROLES = ("Organization Admin", "Organization Operator", "Organization User", "Organization Viewer")
_ADMIN_GROUP = re.compile(r"(?i)^(?P<prefix>.*?)organization admins?$")


@dataclass(frozen=True)
class GroupRoleMapping:
    """What membership of a group grants, read from its display name."""

    organization_role: str
    workspace_name: str | None = None
    workspace_role: str | None = None
    prefix: str = ""


def parse_group_name(display_name: str, separator: str = ":") -> GroupRoleMapping:
    """The role mapping a SCIM group name carries; `ValueError` says what is wrong with it."""
    admin = _ADMIN_GROUP.match(display_name)
    if admin:
        return GroupRoleMapping("Organization Admin", prefix=admin["prefix"])
    parts = display_name.rsplit(separator, 2)
    if len(parts) != 3:
        raise ValueError(
            f"must be `<prefix>Organization Admin(s)` or `<prefix><org role>{separator}<workspace>{separator}"
            f"<workspace role>` (separator {separator!r}), e.g. `LS:Organization User{separator}Engineering"
            f"{separator}Editor`"
        )
    head, workspace, workspace_role = parts
    for role in ORGANIZATION_ROLES:
        if head.lower().endswith(role.lower()):
            prefix = head[: len(head) - len(role)]
            break
    else:
        raise ValueError(f"{head!r} must end with an organisation role: one of {', '.join(ORGANIZATION_ROLES)}")
    if not workspace.strip():
        raise ValueError("names no workspace")
    if not workspace_role.strip():
        raise ValueError("names no workspace role")
    return GroupRoleMapping(role, workspace, workspace_role, prefix)


class ScimGroupInputs(AdoptableInputs):
    name_separator: Literal[":", "-", "_", " ", "&"] = Field(
        default=":",
        description="The organisation's `scim_group_name_separator`, used to check `display_name` at preview.",
    )
    display_name: str = Field(
        min_length=1,
        description="Group name carrying the role mapping; groups cannot be renamed, so changing it replaces the group.",
    )
    members: list[str] = Field(default_factory=list, description="Ids of the member `ScimUser`s.")
    external_id: str | None = Field(default=None, min_length=1, description="The identity provider's id of the group.")

    @field_validator("display_name")
    @classmethod
    def _role_mapping(cls, value: str, info: ValidationInfo) -> str:
        parse_group_name(value, info.data.get("name_separator", ":"))
        return value

    @field_validator("members")
    @classmethod
    def _distinct_members(cls, value: list[str]) -> list[str]:
        if any(not member.strip() for member in value):
            raise ValueError("holds an empty user id")
        if len(set(value)) != len(value):
            raise ValueError("lists a user more than once")
        return sorted(value)


class ScimGroupSpec(ResourceSpec):
    kind = "ScimGroup"
    description = "A LangSmith SCIM group: its members get the organisation or workspace role its name carries."
    inputs = ScimGroupInputs
    scope = "organization"
    collection_path = "/Groups"
    item_path = "/Groups/{id}"
    natural_key = ("display_name",)
    replace_on_change = frozenset({"display_name"})
    unordered_fields = frozenset({"members"})
    delete_before_replace = True  # display names are unique
    outputs = (
        OutputField("organization_role", "string", "Organisation role the group's members get."),
        OutputField("workspace_name", "string", "Workspace the group's members join (none for admin groups)."),
        OutputField("workspace_role", "string", "Workspace role of the group's members."),
        OutputField("created_at", "string", "Creation time (SCIM `meta.created`)."),
        OutputField("last_modified", "string", "Last modification time (SCIM `meta.lastModified`)."),
    )

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return ScimScoped(client)

    def create_body(self, inputs: InputsModel, object_id: str | None) -> dict[str, Any]:
        values = inputs.model_dump()
        group = Group(
            display_name=values["display_name"],
            external_id=values["external_id"],
            members=[GroupMember(value=member) for member in values["members"]] or None,
        )
        return group.model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST)

    def update_body(self, old: InputsModel, new: InputsModel, changed: list[str]) -> dict[str, Any]:
        before, after = old.model_dump(), new.model_dump()
        operations: list[dict[str, Any]] = []
        added = sorted(set(after["members"]) - set(before["members"]))
        removed = sorted(set(before["members"]) - set(after["members"]))
        if added:
            operations.append({"op": "add", "path": "members", "value": [{"value": member} for member in added]})
        for member in removed:
            operations.append({"op": "remove", "path": f'members[value eq "{member}"]'})
        if "external_id" in changed:
            if after["external_id"] is None:
                operations.append({"op": "remove", "path": "externalId"})
            else:
                operations.append({"op": "replace", "path": "externalId", "value": after["external_id"]})
        return patch_op(Group, operations) if operations else {}

    def from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        group = Group.model_validate(obj, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
        return {
            "display_name": group.display_name,
            "members": sorted(str(m.value) for m in group.members or [] if m.value),
            "external_id": group.external_id,
        }

    def outputs_from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        meta = obj.get("meta") or {}
        return {"created_at": meta.get("created"), "last_modified": meta.get("lastModified")}

    def find_existing(self, api: Scoped, inputs: InputsModel) -> dict[str, Any] | None:
        assert isinstance(api, ScimScoped)
        return api.find(self.collection_path, "displayName", inputs.model_dump()["display_name"])


class ScimGroupProvider(SpecProvider):
    """The engine's CRUD, plus the role mapping as outputs and the client-side `name_separator` kept on refresh."""

    spec: ClassVar[ResourceSpec] = ScimGroupSpec()

    def _outputs(self, inputs: InputsModel, obj: Mapping[str, Any]) -> dict[str, Any]:
        outs = super()._outputs(inputs, obj)
        values = inputs.model_dump()
        mapping = parse_group_name(values["display_name"], values["name_separator"])
        outs.update(
            organization_role=mapping.organization_role,
            workspace_name=mapping.workspace_name,
            workspace_role=mapping.workspace_role,
        )
        return outs

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        separator = props.get("name_separator") or ":"
        result = super().read(id_, {**props, "name_separator": separator})
        if result.id is None:
            return result
        inputs = {**(result.inputs or {}), "name_separator": separator}
        try:
            model = self._model(inputs)
        except ValueError:  # the live name no longer parses: report it as it is
            return dynamic.ReadResult(id_, {**(result.outs or {}), **inputs}, inputs)
        outs = self._outputs(model, {})
        # `super().read` already took the timestamps from the group's `meta`; `_outputs({})` would drop them.
        outs.update({name: (result.outs or {}).get(name) for name in ("created_at", "last_modified")})
        return dynamic.ReadResult(id_, outs, inputs)


class ScimGroup(LangSmithResource, module="langsmith", name="ScimGroup"):
    """A SCIM group. Type token `pulumi-python:dynamic/langsmith:ScimGroup`."""

    _provider_class = ScimGroupProvider

    display_name: pulumi.Output[str]
    members: pulumi.Output[list[str]]
    external_id: pulumi.Output[str | None]
    name_separator: pulumi.Output[str]
    adopt_existing: pulumi.Output[bool]
    organization_role: pulumi.Output[str]
    workspace_name: pulumi.Output[str | None]
    workspace_role: pulumi.Output[str | None]
    created_at: pulumi.Output[str]
    last_modified: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        display_name: pulumi.Input[str],
        members: pulumi.Input[list[pulumi.Input[str]]] | None = None,
        external_id: pulumi.Input[str] | None = None,
        name_separator: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "display_name": display_name,
                "members": members,
                "external_id": external_id,
                "name_separator": name_separator,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
