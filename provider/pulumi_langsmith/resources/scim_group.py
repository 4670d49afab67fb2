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
from typing import TYPE_CHECKING, Any, Literal, cast

from pydantic import ValidationInfo, field_validator

from ..framework import AdoptableInputs, Conformance, Kind, OutputsModel, ScimResource, Uuid, field
from ..framework.strategies.scim import LOCAL

if TYPE_CHECKING:
    from scim2_models import Group  # imported where used: it is slow to import

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


MemberId = Uuid
"""A member is a `ScimUser`, by the id LangSmith gave it (a UUID)."""


class ScimGroupInputs(AdoptableInputs):
    name_separator: Literal[":", "-", "_", " ", "&"] = field(
        ":",
        write_only=True,
        description="The organisation's `scim_group_name_separator`, used to check `display_name` at preview.",
    )
    display_name: str = field(
        key=True,
        replace=True,
        api_name="displayName",
        min_length=1,
        max_length=512,
        description="Group name carrying the role mapping; groups cannot be renamed, so changing it replaces the group.",
    )
    members: list[MemberId] = field(
        default_factory=list, unordered=True, max_length=10_000, description="Ids of the member `ScimUser`s."
    )
    external_id: str | None = field(
        None,
        api_name="externalId",
        min_length=1,
        max_length=512,
        description="The identity provider's id of the group.",
    )

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


class ScimGroupOutputs(OutputsModel):
    organization_role: str | None = field(None, description="Organisation role the group's members get.")
    workspace_name: str | None = field(None, description="Workspace the group's members join (none for admin groups).")
    workspace_role: str | None = field(None, description="Workspace role of the group's members.")
    created_at: str | None = field(None, description="Creation time (SCIM `meta.created`).")
    last_modified: str | None = field(None, description="Last modification time (SCIM `meta.lastModified`).")


class ScimGroups(ScimResource):
    """Members change by PatchOp `add`/`remove`; the role mapping outputs come from the group's name."""

    def to_resource(self, values: Mapping[str, Any]) -> Group:
        from scim2_models import Group, GroupMember

        return Group(
            display_name=values["display_name"],
            external_id=values.get("external_id"),
            members=[GroupMember(value=member) for member in values.get("members") or []] or None,
        )

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        from scim2_models import Group

        group = cast(Group, self.parsed(obj))
        return {
            # Client-side only (the organisation's setting): kept from state.
            "name_separator": state.get("name_separator") or ":",
            "display_name": group.display_name,
            "members": sorted(str(m.value) for m in group.members or [] if m.value),
            "external_id": group.external_id,
        }

    def outputs(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        outs = super().outputs(obj)
        separator = (obj.get(LOCAL) or {}).get("name_separator") or ":"
        try:
            mapping = parse_group_name(str(obj.get("displayName") or ""), separator)
        except ValueError:  # the live name no longer parses: no role mapping to report
            return outs
        outs.update(
            organization_role=mapping.organization_role,
            workspace_name=mapping.workspace_name,
            workspace_role=mapping.workspace_role,
        )
        return outs


KIND = Kind(
    name="ScimGroup",
    description="A LangSmith SCIM group: its members get the organisation or workspace role its name carries.",
    inputs=ScimGroupInputs,
    outputs=ScimGroupOutputs,
    api=ScimGroups("Group", "/Groups", value_lists=("members",)),
    scope="organization",
    delete_before_replace=True,  # display names are unique
    conformance=Conformance(
        example={"display_name": "Conformance:Organization User:Workspace 1:Viewer"},
        update={"external_id": "conformance-group"},
        replace={"display_name": "Conformance:Organization User:Workspace 1:Editor"},
        invalid=(
            ({"display_name": "Engineering"}, "display_name"),
            ({"name_separator": "/"}, "name_separator"),
            ({"members": ["u1", "u1"]}, "members"),
        ),
        drift={"external_id": "changed by hand"},
        setup="scim_token",
    ),
)
