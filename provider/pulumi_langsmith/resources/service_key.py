"""`ServiceKey`: an organisation service key (`/api/v1/orgs/current/service-keys`), plus the machinery the
key kinds share (expiry validation, the once-only secret `key` output, lookup by listing)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar

import pulumi
import pulumi.dynamic as dynamic
from pydantic import Field, field_validator

from ..engine import (
    InputsModel,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    Scoped,
    SpecProvider,
    contains_unknown,
    post_revoking_orphans,
)
from ..errors import NotFoundError
from .role import exactly_one_role, resolve_role_id, role_inputs_from_api

_UUID = r"^[0-9a-fA-F-]{36}$"
ORG_INFO_PATH = "/api/v1/orgs/current/info"


def normalize_expiry(value: Any) -> Any:
    """ISO 8601 date-time → canonical UTC (`2026-01-02T03:04:05+00:00`); a naive time is UTC."""
    if value is None or not isinstance(value, str) or contains_unknown(value):
        return value
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError("must be an ISO 8601 date-time, e.g. 2027-01-31T00:00:00Z") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat()


class KeyInputs(InputsModel):
    """Inputs every key kind shares."""

    description: str = Field(min_length=1, description="What the key is for. Changing it replaces the key.")
    expires_at: str | None = Field(
        default=None,
        description="Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key.",
    )

    _normalize_expiry = field_validator("expires_at", mode="before")(normalize_expiry)


class KeySpec(ResourceSpec):
    """A key kind: created once, value secret and kept from the create response, found by listing."""

    scope = "organization"
    secret_fields = frozenset({"key"})
    preserved_outputs = frozenset({"key"})
    delete_before_replace = False  # rotation: the new key exists before the old one is revoked
    list_filter_param = None
    #: `OrganizationInfo` setting that caps this kind's expiry.
    max_expiry_setting: ClassVar[str]
    outputs = (
        OutputField("key", "string", "The key's value: returned once at creation, kept as a secret.", secret=True),
        OutputField("short_key", "string", "Masked form of the key, as LangSmith lists it."),
        OutputField("created_at", "string", "Creation time (ISO 8601)."),
    )

    def outputs_from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {o.name: obj.get(o.name) for o in self.outputs}

    def from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {"description": obj.get("description"), "expires_at": normalize_expiry(obj.get("expires_at"))}

    def read_object(self, api: Scoped, object_id: str) -> dict[str, Any]:
        for obj in api.get(self.collection_path) or []:
            if str(obj.get("id")) == object_id:
                return obj
        raise NotFoundError("GET", self.collection_path, 404, f"{self.kind} {object_id} not found")

    def check_expiry_limit(self, api: Scoped, inputs: InputsModel) -> None:
        """Refuse an expiry beyond the organisation's maximum for this kind (needs a request: done at create)."""
        expires_at = inputs.model_dump().get("expires_at")
        if not expires_at:
            return
        info = api.client.get(ORG_INFO_PATH, organization_id=api.client.settings.organization_id) or {}
        limit = info.get(self.max_expiry_setting)
        if limit is not None and datetime.fromisoformat(expires_at) > datetime.now(timezone.utc) + timedelta(
            days=int(limit)
        ):
            raise ValueError(
                f"{self.kind}.expires_at {expires_at} is beyond the organization's limit of {limit} days "
                f"({self.max_expiry_setting}); choose an earlier expiry"
            )


class KeyProvider(SpecProvider):
    """Key kinds: expiry in the past fails preview (unless unchanged), the org limit is checked before creating."""

    spec: ClassVar[KeySpec]

    def check(self, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.CheckResult:
        result = super().check(olds, news)
        if result.failures:
            return result
        expires_at = (result.inputs or {}).get("expires_at")
        unchanged = expires_at is not None and normalize_expiry(olds.get("expires_at")) == expires_at
        if isinstance(expires_at, str) and not contains_unknown(expires_at) and not unchanged:
            if datetime.fromisoformat(expires_at) <= datetime.now(timezone.utc):
                return dynamic.CheckResult(
                    news, [dynamic.CheckFailure("expires_at", f"{expires_at} is in the past; a key must expire later")]
                )
        return result

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        inputs = self._model(self._strip(props))
        api = self.spec.scoped(self.client(), inputs.model_dump())
        self.spec.check_expiry_limit(api, inputs)
        description = inputs.model_dump().get("description")
        obj = post_revoking_orphans(
            api,
            self.spec.collection_path,
            post=lambda: self._post_key(api, inputs),
            is_ours=lambda key: key.get("description") == description,
            delete=lambda key_id: self.spec.delete_object(api, key_id),
        )
        return dynamic.CreateResult(str(obj["id"]), self._outputs(inputs, obj))

    def _post_key(self, api: Scoped, inputs: InputsModel) -> dict[str, Any]:
        """POST the create request once (never retried blindly)."""
        return api.post(self.spec.collection_path, self.spec.create_body(inputs, None))


# ================================================================ ServiceKey


class ServiceKeyInputs(KeyInputs):
    role: str | None = Field(
        default=None,
        description="Organization role of an organization-wide key, by name (`ORGANIZATION_USER`, "
        "`ORGANIZATION_ADMIN`, or a display name). Changes in place.",
    )
    role_id: str | None = Field(default=None, pattern=_UUID, description="Organization role by id (instead of `role`).")
    workspaces: list[str] | None = Field(
        default=None,
        description="Workspaces a workspace-scoped key may act in; unset makes an organization-wide key. "
        "Changing it replaces the key.",
    )
    workspace_role: str | None = Field(
        default=None, description="Workspace role the key has (name, e.g. `WORKSPACE_ADMIN`); changes in place."
    )
    workspace_role_id: str | None = Field(default=None, pattern=_UUID, description="Workspace role by id.")
    default_workspace_id: str | None = Field(
        default=None, pattern=_UUID, description="Default workspace of the key. Changing it replaces the key."
    )

    @field_validator("workspaces")
    @classmethod
    def _workspace_ids(cls, value: list[str] | None) -> list[str] | None:
        for item in value or ():
            if not contains_unknown(item) and not re.fullmatch(_UUID, item):
                raise ValueError(f"{item!r} is not a workspace id (UUID)")
        return value


class ServiceKeySpec(KeySpec):
    kind = "ServiceKey"
    description = "A LangSmith service key, organization-wide or scoped to workspaces."
    inputs = ServiceKeyInputs
    collection_path = "/api/v1/orgs/current/service-keys"
    item_path = "/api/v1/orgs/current/service-keys/{id}"
    max_expiry_setting = "max_service_key_expiry_days"
    replace_on_change = frozenset({"description", "expires_at", "workspaces", "default_workspace_id"})
    server_defaulted = frozenset({"role", "role_id", "workspace_role", "workspace_role_id", "default_workspace_id"})
    unordered_fields = frozenset({"workspaces"})
    outputs = KeySpec.outputs + (
        OutputField("access_scope", "string", "`organization` or `workspace`."),
        OutputField("org_role_id", "string", "Organization role the key holds (organization-wide keys)."),
        OutputField("workspace_role_id_effective", "string", "Workspace role the key holds."),
    )

    def validate_semantics(self, inputs: InputsModel) -> list[tuple[str, str]]:
        values = inputs.model_dump()
        failures = exactly_one_role(values, "role", "role_id") + exactly_one_role(
            values, "workspace_role", "workspace_role_id"
        )
        if values.get("workspaces") is not None and (values.get("role") or values.get("role_id")):
            failures.append(
                ("role", "an organization role is only for organization-wide keys (leave workspaces unset)")
            )
        if values.get("workspaces") == []:
            failures.append(
                ("workspaces", "give at least one workspace, or leave it unset for an organization-wide key")
            )
        return failures

    def outputs_from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        outs = super().outputs_from_api(obj)
        outs["workspace_role_id_effective"] = obj.get("role_id")
        return outs

    def role_ids(self, api: Scoped, inputs: Mapping[str, Any]) -> dict[str, Any]:
        org_role = inputs.get("role_id") or (
            resolve_role_id(api, inputs["role"], "organization", "role") if inputs.get("role") else None
        )
        workspace_role = inputs.get("workspace_role_id") or (
            resolve_role_id(api, inputs["workspace_role"], "workspace", "workspace_role")
            if inputs.get("workspace_role")
            else None
        )
        return {"org_role_id": org_role, "role_id": workspace_role}


class ServiceKeyProvider(KeyProvider):
    spec: ClassVar[ResourceSpec] = ServiceKeySpec()

    def _post_key(self, api: Scoped, inputs: InputsModel) -> dict[str, Any]:
        spec: ServiceKeySpec = self.spec  # type: ignore[assignment]
        values = inputs.model_dump(mode="json")
        body = {
            "description": values["description"],
            "expires_at": values["expires_at"],
            "workspaces": values["workspaces"],
            "default_workspace_id": values["default_workspace_id"],
            **spec.role_ids(api, values),
        }
        return api.post(spec.collection_path, {k: v for k, v in body.items() if v is not None})

    def read(self, id_: str, props: dict[str, Any]) -> dynamic.ReadResult:
        result = super().read(id_, props)
        if result.id is None:
            return result
        api = self.spec.scoped(self.client(), props)
        old = self._strip(props)
        live = {
            **role_inputs_from_api(api, result.outs.get("org_role_id"), old, "role", "role_id"),
            **role_inputs_from_api(
                api, result.outs.get("workspace_role_id_effective"), old, "workspace_role", "workspace_role_id"
            ),
            "workspaces": old.get("workspaces"),  # not returned by the API (only workspace names)
            "default_workspace_id": old.get("default_workspace_id"),
        }
        if result.outs.get("access_scope") == "workspace":
            live.update(role=None, role_id=None)
        outs = {**result.outs, **live}
        inputs = {**(result.inputs or {}), **{k: v for k, v in live.items() if v is not None}}
        return dynamic.ReadResult(id_, outs, inputs)

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        spec: ServiceKeySpec = self.spec  # type: ignore[assignment]
        new = self._model(self._strip(news))
        values = new.model_dump(mode="json")
        api = spec.scoped(self.client(), values, id_)
        changed = self._changed_fields(self._strip(olds), values)
        wanted = spec.role_ids(api, values)
        body = {}
        if {"role", "role_id"} & set(changed) and wanted["org_role_id"]:
            body["org_role_id"] = wanted["org_role_id"]
        if {"workspace_role", "workspace_role_id"} & set(changed) and wanted["role_id"]:
            body["role_id"] = wanted["role_id"]
        if body:
            api.patch(spec.object_path(id_), body)
        obj = spec.read_object(api, id_)
        outs = self._outputs(new, obj)
        self._preserve(outs, self._strip(olds))
        return dynamic.UpdateResult(outs)


class ServiceKey(LangSmithResource, module="langsmith", name="ServiceKey"):
    """A LangSmith service key; `key` is a secret output. Type token `pulumi-python:dynamic/langsmith:ServiceKey`."""

    _provider_class = ServiceKeyProvider

    description: pulumi.Output[str]
    expires_at: pulumi.Output[str | None]
    role: pulumi.Output[str | None]
    role_id: pulumi.Output[str | None]
    workspaces: pulumi.Output[list[str] | None]
    workspace_role: pulumi.Output[str | None]
    workspace_role_id: pulumi.Output[str | None]
    default_workspace_id: pulumi.Output[str | None]
    key: pulumi.Output[str]
    """The key value (secret)."""
    short_key: pulumi.Output[str]
    created_at: pulumi.Output[str]
    access_scope: pulumi.Output[str]
    org_role_id: pulumi.Output[str | None]
    workspace_role_id_effective: pulumi.Output[str | None]

    def __init__(
        self,
        resource_name: str,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        workspaces: pulumi.Input[list[str]] | None = None,
        workspace_role: pulumi.Input[str] | None = None,
        workspace_role_id: pulumi.Input[str] | None = None,
        default_workspace_id: pulumi.Input[str] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "description": description,
                "expires_at": expires_at,
                "role": role,
                "role_id": role_id,
                "workspaces": workspaces,
                "workspace_role": workspace_role,
                "workspace_role_id": workspace_role_id,
                "default_workspace_id": default_workspace_id,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
