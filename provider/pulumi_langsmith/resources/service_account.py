"""`ServiceAccount`: a non-human member of the organisation (`POST/GET /api/v1/service-accounts`, `DELETE .../{id}`).

The API has no item GET and no update: read finds the account in the list, and every change replaces it.
It takes no client id either, so create lists the accounts first (to refuse, or with `adopt_existing`
adopt, one with the same name) and a POST whose answer was lost is recovered by finding the name again.
Its keys are `ServiceKey`s.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..framework import AdoptableInputs, Conformance, Kind, ListOnlyRead, OutputsModel, Uuid, field


class WorkspaceAssignment(BaseModel):
    """Spec `ServiceAccountWorkspaceAssignment`."""

    model_config = ConfigDict(extra="forbid")

    workspace_id: Uuid = field(description="Workspace the account is a member of.")
    role_id: Uuid | None = field(None, description="Workspace role it holds there (LangSmith's default when unset).")


class ServiceAccountInputs(AdoptableInputs):
    name: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=255,
        description="Account name. Changing it replaces the account.",
    )
    workspaces: list[WorkspaceAssignment] = field(
        default_factory=list,
        replace=True,
        write_only=True,  # the list does not show them
        unordered=True,
        max_length=1000,
        description="Workspaces the account is added to, with its role in each. Changing them replaces the account.",
    )


class ServiceAccountOutputs(OutputsModel):
    organization_id: str | None = field(None, description="The organisation the account belongs to.")
    default_workspace_id: str | None = field(None, description="The account's default workspace.")
    organization_identity_id: str | None = field(
        None, once=True, description="The account's identity in the organisation (from the create response)."
    )
    created_at: str | None = field(None, description="Creation time (ISO 8601).")


KIND = Kind(
    name="ServiceAccount",
    description="A service account: a non-human member of the organisation, whose keys are ServiceKeys.",
    inputs=ServiceAccountInputs,
    outputs=ServiceAccountOutputs,
    scope="organization",
    api=ListOnlyRead("/api/v1/service-accounts", key_unique=False, list_filter=None, paginated=False),
    conformance=Conformance(
        example={"name": "conformance-robot"},
        update={},  # nothing changes in place
        replace={"name": "conformance-robot-2"},
        invalid=(({"name": ""}, "name"), ({"workspaces": [{"workspace_id": "nope"}]}, "workspaces")),
        drift=None,  # nothing can change in place, out of band either
    ),
)
