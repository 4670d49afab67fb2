"""`Project`: a LangSmith tracing project (a tracer session, `/api/v1/sessions`)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field


class TraceTier(str, Enum):
    """Retention tier of a project's traces."""

    LONGLIVED = "longlived"
    SHORTLIVED = "shortlived"


class ProjectInputs(WorkspaceScopedInputs):
    name: str = field(key=True, min_length=1, max_length=1024, description="Project name, unique in its workspace.")
    description: str | None = field(None, max_length=10_000, description="What the project traces.")
    metadata: dict[str, Any] | None = field(
        None, api_name="extra.metadata", description="Free-form metadata (`extra.metadata`)."
    )
    reference_dataset_id: Uuid | None = field(
        None,
        replace=True,
        description="Dataset this project is an experiment on. Fixed at creation: changing it replaces the project.",
    )
    default_dataset_id: Uuid | None = field(None, description="Default dataset of the project.")
    trace_tier: TraceTier | None = field(
        None,
        server_default=True,
        description="`longlived` or `shortlived` retention; unset keeps the workspace default.",
    )


class ProjectOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the project.")
    start_time: str | None = field(None, description="Creation (start) time (ISO 8601).")


KIND = Kind(
    name="Project",
    description="A LangSmith tracing project (tracer session).",
    inputs=ProjectInputs,
    outputs=ProjectOutputs,
    # Create is one POST with the deterministic id; the PATCH response (`TracerSessionWithoutVirtualFields`)
    # is the whole session. PATCH replaces `extra` whole: a metadata change reads the session first, to keep
    # the rest of `extra` that LangSmith or others put there.
    api=RestCollection("/api/v1/sessions", client_ids=True, merge_live_on=("metadata",)),
    conformance=Conformance(
        example={"name": "conformance-project", "description": "traces of the conformance suite"},
        update={"description": "traces, reviewed", "metadata": {"owner": "qa"}},
        replace=None,
        invalid=(
            ({"name": ""}, "name"),
            ({"trace_tier": "forever"}, "trace_tier"),
            ({"reference_dataset_id": "42"}, "reference_dataset_id"),
            ({"workspace_id": "-" * 36}, "workspace_id"),
        ),
        drift={"description": "changed by hand"},
    ),
)
