"""`Workspace`: a LangSmith workspace (a tenant, `/api/v1/workspaces`), organization-scoped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pulumi
from pydantic import Field

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
from ..errors import ForbiddenError, NotFoundError


class WorkspaceInputs(AdoptableInputs):
    display_name: str = Field(
        min_length=1,
        pattern=r"^[a-zA-Z0-9\-_ '@()]+$",
        description="Workspace name: letters, digits, spaces and `-_'@()`.",
    )
    tenant_handle: str | None = Field(
        default=None,
        description="Prompt-hub handle of the workspace. Only accepted on create: changing it replaces the workspace.",
    )


class WorkspaceSpec(ResourceSpec):
    kind = "Workspace"
    description = "A LangSmith workspace (tenant) of the organization."
    inputs = WorkspaceInputs
    scope = "organization"
    collection_path = "/api/v1/workspaces"
    item_path = "/api/v1/workspaces/{id}"
    natural_key = ("display_name",)
    replace_on_change = frozenset({"tenant_handle"})
    server_defaulted = frozenset({"tenant_handle"})
    client_supplied_id = True
    outputs = (
        OutputField("organization_id", "string", "Organization that owns the workspace."),
        OutputField("created_at", "string", "Creation time (ISO 8601)."),
        OutputField("is_personal", "boolean", "Whether this is a personal workspace."),
        OutputField("data_plane_url", "string", "Data-plane URL of the workspace, when it has its own."),
    )

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        # Listing and creating are organization-scoped; PATCH and DELETE address the workspace itself.
        return Scoped(client, tenant_id=object_id, organization_id=client.settings.organization_id)

    def read_object(self, api: Scoped, object_id: str) -> dict[str, Any]:
        # GET is organization-scoped: a deleted workspace cannot be named in X-Tenant-Id.
        return Scoped(api.client, organization_id=api.organization_id).get(
            self.object_path(object_id), params={"include_deleted": "true"}
        )

    def delete_object(self, api: Scoped, object_id: str) -> None:
        try:
            api.delete(self.object_path(object_id))
        except (NotFoundError, ForbiddenError):
            # X-Tenant-Id of a deleted workspace is refused: check whether it is already gone.
            try:
                obj = self.read_object(api, object_id)
            except NotFoundError:
                return
            if not self.is_gone(obj):
                raise

    def is_gone(self, obj: Mapping[str, Any]) -> bool:
        return bool(obj.get("is_deleted"))

    def update_body(self, old: InputsModel, new: InputsModel, changed: list[str]) -> dict[str, Any]:
        # WorkspacePatch requires display_name.
        return {"display_name": new.model_dump()["display_name"]} if "display_name" in changed else {}

    def find_existing(self, api: Scoped, inputs: InputsModel) -> dict[str, Any] | None:
        wanted = inputs.model_dump()["display_name"]
        for obj in api.get(self.collection_path) or []:
            if obj.get("display_name") == wanted and not self.is_gone(obj):
                return obj
        return None


class WorkspaceProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = WorkspaceSpec()


class Workspace(LangSmithResource, module="langsmith", name="Workspace"):
    """A LangSmith workspace. Type token `pulumi-python:dynamic/langsmith:Workspace`."""

    _provider_class = WorkspaceProvider

    display_name: pulumi.Output[str]
    """Workspace name."""
    tenant_handle: pulumi.Output[str | None]
    """Prompt-hub handle of the workspace."""
    adopt_existing: pulumi.Output[bool]
    """Whether an existing workspace of the same display name may be adopted."""
    organization_id: pulumi.Output[str]
    """Organization that owns the workspace."""
    created_at: pulumi.Output[str]
    """Creation time (ISO 8601)."""
    is_personal: pulumi.Output[bool]
    """Whether this is a personal workspace."""
    data_plane_url: pulumi.Output[str | None]
    """Data-plane URL of the workspace, when it has its own."""

    def __init__(
        self,
        resource_name: str,
        *,
        display_name: pulumi.Input[str],
        tenant_handle: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {"display_name": display_name, "tenant_handle": tenant_handle, "adopt_existing": adopt_existing},
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
