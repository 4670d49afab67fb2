"""`WorkspaceTtlSettings`: how long a workspace keeps long-lived traces (Go `GET/PUT /workspaces/current/ttl-settings`).

A singleton per workspace, at a root route of the Go service (self-hosted: under `/api`, which the client
adds). Create adopts the workspace's setting; the PUT carries the one field. Destroy forgets it with a
warning: the retention stays as it is.
"""

from __future__ import annotations

from ..framework import Conformance, Kind, OutputsModel, Singleton, WorkspaceInputs, field


class WorkspaceTtlSettingsInputs(WorkspaceInputs):
    longlived_ttl_days: int = field(ge=1, le=3650, description="Days long-lived (extended retention) traces are kept.")


class WorkspaceTtlSettingsOutputs(OutputsModel):
    is_custom: bool | None = field(
        None, description="Whether the workspace has its own retention (not LangSmith's default)."
    )


KIND = Kind(
    name="WorkspaceTtlSettings",
    description="How many days a workspace keeps long-lived traces. One per workspace; destroy leaves it as it is.",
    inputs=WorkspaceTtlSettingsInputs,
    outputs=WorkspaceTtlSettingsOutputs,
    api=Singleton("/workspaces/current/ttl-settings", update_method="PUT"),
    docs="`pulumi up` adopts the workspace's setting; `pulumi destroy` forgets it (with a warning) and leaves the "
    "retention as it is: LangSmith cannot delete it.",
    conformance=Conformance(
        example={"longlived_ttl_days": 90},
        update={"longlived_ttl_days": 180},
        replace=None,  # only another workspace replaces, and the suite has one workspace
        invalid=(({"longlived_ttl_days": 0}, "longlived_ttl_days"), ({"workspace_id": "nope"}, "workspace_id")),
        drift={"longlived_ttl_days": 30},
        delete_forgets=True,
    ),
)
