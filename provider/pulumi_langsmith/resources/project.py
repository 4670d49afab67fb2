"""`Project`: a LangSmith tracing project (a tracer session, `/api/v1/sessions`)."""

from __future__ import annotations

from collections.abc import Mapping
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
    metadata: dict[str, Any] | None = field(None, description="Free-form metadata (`extra.metadata`).")
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


class Sessions(RestCollection):
    # Metadata lives under `extra.metadata`, and PATCH replaces `extra` whole.
    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        body = super().to_api(inputs, fields)
        if "metadata" in body:
            metadata = body.pop("metadata")
            body["extra"] = {"metadata": metadata} if metadata is not None else None
        return body

    def merge_live(self, body: dict[str, Any], live: Mapping[str, Any]) -> dict[str, Any]:
        # Keep the keys of `extra` other than `metadata` that LangSmith or others put there.
        if "extra" not in body:
            return body
        kept = {k: v for k, v in (live.get("extra") or {}).items() if k != "metadata"}
        metadata = (body["extra"] or {}).get("metadata")
        return {**body, "extra": {**kept, **({"metadata": metadata} if metadata is not None else {})} or None}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        extra = obj.get("extra")
        metadata = extra.get("metadata") if isinstance(extra, Mapping) else None
        return {**super().live_inputs(obj, state), "metadata": metadata}


KIND = Kind(
    name="Project",
    description="A LangSmith tracing project (tracer session).",
    inputs=ProjectInputs,
    outputs=ProjectOutputs,
    # Create is one POST with the deterministic id; the PATCH response (`TracerSessionWithoutVirtualFields`)
    # is the whole session. A metadata change reads the session first, to keep the rest of `extra`.
    api=Sessions("/api/v1/sessions", client_ids=True, merge_live_on=("metadata",)),
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
