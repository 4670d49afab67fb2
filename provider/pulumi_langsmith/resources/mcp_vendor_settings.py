"""`McpVendorSettings`: a workspace's settings for an MCP tool vendor (`/v1/platform/mcp-vendors/{vendor_slug}/settings`,
the Go service; the vendor today is Arcade, whose settings are its organization and project).

A singleton per workspace and vendor: create POSTs it, and when the workspace has it already (a 409) adopts
it; only the fields the program sets are managed (a PUT replaces the settings, so it carries the live values
of the others). Destroy DELETEs the settings (the vendor is then unconfigured in the workspace).
"""

from __future__ import annotations

from ..framework import Conformance, Kind, OutputsModel, Singleton, WorkspaceInputs, field


class McpVendorSettingsInputs(WorkspaceInputs):
    vendor_slug: str = field(
        replace=True,
        min_length=1,
        max_length=64,
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="The MCP vendor (`arcade`); another vendor is another resource.",
    )
    vendor_organization_id: str | None = field(
        None, api_name="organization_id", min_length=1, max_length=255, description="The vendor's organization id."
    )
    vendor_project_id: str | None = field(
        None, api_name="project_id", min_length=1, max_length=255, description="The vendor's project id."
    )


class McpVendorSettingsOutputs(OutputsModel):
    is_configured: bool | None = field(None, description="Whether the vendor is configured in the workspace.")


KIND = Kind(
    name="McpVendorSettings",
    description="A workspace's settings for an MCP tool vendor (Arcade: its organization and project).",
    inputs=McpVendorSettingsInputs,
    outputs=McpVendorSettingsOutputs,
    api=Singleton(
        "/v1/platform/mcp-vendors/{vendor_slug}/settings", update_method="PUT", create_method="POST", on_delete="delete"
    ),
    docs="One per workspace and vendor: `pulumi up` creates the settings, or adopts those the workspace already "
    "has (the API answers 409); fields you leave unset keep their values. `pulumi destroy` deletes the settings.",
    conformance=Conformance(
        example={"vendor_slug": "arcade", "vendor_organization_id": "arcade-org-1", "vendor_project_id": "project-1"},
        update={"vendor_project_id": "project-2"},
        replace=None,  # another vendor is another resource; only another workspace replaces
        invalid=(({"vendor_slug": ""}, "vendor_slug"), ({"vendor_slug": "Not A Slug"}, "vendor_slug")),
        drift={"vendor_organization_id": "changed-by-hand"},
    ),
)
