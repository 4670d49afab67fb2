"""`ServiceKey`: an organisation service key (`/api/v1/orgs/current/service-keys`), organization-wide or scoped
to workspaces. The key machinery the key kinds share is in `_keys.py`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import Conformance, Kind, Scoped, Uuid, field
from ._keys import KEY_CONFORMANCE, KeyInputs, KeyOutputs, Keys
from .role import exactly_one_role, resolve_role_id, role_inputs_from_api

_ROLES = "__roles"
"""Key of the role inputs `expand` resolves on a read (live role names need a request)."""


class ServiceKeyInputs(KeyInputs):
    role: str | None = field(
        None,
        server_default=True,
        max_length=256,
        description="Organization role of an organization-wide key, by name (`ORGANIZATION_USER`, "
        "`ORGANIZATION_ADMIN`, or a display name). Changes in place.",
    )
    role_id: Uuid | None = field(None, server_default=True, description="Organization role by id (instead of `role`).")
    workspaces: list[Uuid] | None = field(
        None,
        replace=True,
        unordered=True,
        write_only=True,  # the API lists workspace names only
        max_length=1000,
        description="Workspaces a workspace-scoped key may act in; unset makes an organization-wide key. "
        "Changing it replaces the key.",
    )
    workspace_role: str | None = field(
        None,
        server_default=True,
        max_length=256,
        description="Workspace role the key has (name, e.g. `WORKSPACE_ADMIN`); changes in place.",
    )
    workspace_role_id: Uuid | None = field(None, server_default=True, description="Workspace role by id.")
    default_workspace_id: Uuid | None = field(
        None,
        replace=True,
        server_default=True,
        write_only=True,  # the API lists the default workspace's name only
        description="Default workspace of the key. Changing it replaces the key.",
    )


class ServiceKeyOutputs(KeyOutputs):
    access_scope: str | None = field(None, description="`organization` or `workspace`.")
    org_role_id: str | None = field(None, description="Organization role the key holds (organization-wide keys).")
    workspace_role_id_effective: str | None = field(None, description="Workspace role the key holds.")


def _rules(inputs: ServiceKeyInputs) -> list[tuple[str, str]]:
    values = inputs.model_dump()
    failures = exactly_one_role(values, "role", "role_id") + exactly_one_role(
        values, "workspace_role", "workspace_role_id"
    )
    if values.get("workspaces") is not None and (values.get("role") or values.get("role_id")):
        failures.append(("role", "an organization role is only for organization-wide keys (leave workspaces unset)"))
    if values.get("workspaces") == []:
        failures.append(("workspaces", "give at least one workspace, or leave it unset for an organization-wide key"))
    return failures


class ServiceKeys(Keys):
    # Roles are given by name or id; the API takes ids (`org_role_id`, and `role_id` for the workspace role).
    def update_body(self, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]) -> dict[str, Any]:
        values = new.model_dump(mode="json")
        body = {}
        for pair in (("role", "role_id"), ("workspace_role", "workspace_role_id")):
            if set(pair) & set(changed):
                body.update({f: values[f] for f in pair if values.get(f) is not None})
        return body

    def resolve(self, api: Scoped, body: dict[str, Any]) -> dict[str, Any]:
        body = dict(body)
        org_role = body.pop("role_id", None) or (
            resolve_role_id(api, body.pop("role"), "organization", "role") if body.get("role") else None
        )
        workspace_role = body.pop("workspace_role_id", None) or (
            resolve_role_id(api, body.pop("workspace_role"), "workspace", "workspace_role")
            if body.get("workspace_role")
            else None
        )
        body.pop("role", None)
        body.pop("workspace_role", None)
        return {**body, **{k: v for k, v in (("org_role_id", org_role), ("role_id", workspace_role)) if v}}

    def expand(self, api: Scoped, obj: dict[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        roles = {
            **role_inputs_from_api(api, obj.get("org_role_id"), state, "role", "role_id"),
            **role_inputs_from_api(api, obj.get("role_id"), state, "workspace_role", "workspace_role_id"),
        }
        if obj.get("access_scope") == "workspace":
            roles.update(role=None, role_id=None)
        return {**obj, _ROLES: roles}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        unresolved = dict.fromkeys(("role", "role_id", "workspace_role", "workspace_role_id"))
        return {**super().live_inputs(obj, state), **unresolved, **obj.get(_ROLES, {})}

    def outputs(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {**super().outputs(obj), "workspace_role_id_effective": obj.get("role_id")}


KIND = Kind(
    name="ServiceKey",
    description="A LangSmith service key, organization-wide or scoped to workspaces.",
    inputs=ServiceKeyInputs,
    outputs=ServiceKeyOutputs,
    api=ServiceKeys("/api/v1/orgs/current/service-keys", max_expiry_setting="max_service_key_expiry_days"),
    conformance=Conformance(
        **{
            **KEY_CONFORMANCE,
            "example": {"description": "conformance-key", "role": "ORGANIZATION_USER"},
            "update": {"role": "ORGANIZATION_ADMIN"},
            "invalid": (
                *KEY_CONFORMANCE["invalid"],
                ({"role": "ORGANIZATION_USER", "role_id": "00000000-0000-4000-8000-000000000000"}, "role_id"),
                ({"workspaces": []}, "workspaces"),
                ({"workspaces": ["not-a-workspace"]}, "workspaces[0]"),
            ),
        }
    ),
    validate=_rules,
    scope="organization",
    delete_before_replace=False,  # rotation: the new key exists before the old one is revoked
)
