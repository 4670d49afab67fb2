"""`Workspace`: a LangSmith workspace (a tenant, `/api/v1/workspaces`), organization-scoped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..client import LangSmithClient
from ..framework import AdoptableInputs, Conformance, Kind, OutputsModel, RestCollection, Scoped, field


class WorkspaceInputs(AdoptableInputs):
    display_name: str = field(
        key=True,
        min_length=1,
        max_length=255,
        pattern=r"^[a-zA-Z0-9\-_ '@()]+$",
        description="Workspace name: letters, digits, spaces and `-_'@()`.",
    )
    tenant_handle: str | None = field(
        None,
        replace=True,
        server_default=True,
        max_length=255,
        description="Prompt-hub handle of the workspace. Only accepted on create: changing it replaces the workspace.",
    )


class WorkspaceOutputs(OutputsModel):
    organization_id: str | None = field(None, description="Organization that owns the workspace.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    is_personal: bool | None = field(None, description="Whether this is a personal workspace.")
    data_plane_url: str | None = field(None, description="Data-plane URL of the workspace, when it has its own.")


class Workspaces(RestCollection):
    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        # Listing and creating are organization-scoped; reading, PATCH and DELETE name the workspace itself in
        # X-Tenant-Id (a deleted one is refused with 403, which the engine and `delete_tolerantly` check).
        return Scoped(client, tenant_id=object_id, organization_id=client.settings.organization_id)


KIND = Kind(
    name="Workspace",
    description="A LangSmith workspace (tenant) of the organization.",
    inputs=WorkspaceInputs,
    outputs=WorkspaceOutputs,
    scope="organization",
    # display_name is not unique in the API: create looks it up first (a same-named workspace is refused
    # unless adopt_existing). WorkspacePatch requires display_name; the PATCH response is the workspace.
    api=Workspaces(
        "/api/v1/workspaces",
        client_ids=True,
        key_unique=False,
        list_filter=None,
        paginated=False,
        soft_delete_flag="is_deleted",
        read_params={"include_deleted": "true"},
        always_send=("display_name",),
    ),
    conformance=Conformance(
        example={"display_name": "Conformance Workspace"},
        update={"display_name": "Conformance Workspace Renamed"},
        replace={"tenant_handle": "conformance-handle"},
        invalid=(
            ({"display_name": ""}, "display_name"),
            ({"display_name": "bad/name"}, "display_name"),
            ({"adopt_existing": "perhaps"}, "adopt_existing"),
        ),
        drift={"display_name": "Changed By Hand"},
    ),
)
