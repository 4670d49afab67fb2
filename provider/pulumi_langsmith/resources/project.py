"""`Project`: a LangSmith tracing project (a tracer session, `/api/v1/sessions`)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, ClassVar

import pulumi
from pydantic import Field

from ..engine import InputsModel, LangSmithResource, OutputField, ResourceSpec, SpecProvider, WorkspaceScopedInputs

_UUID = r"^[0-9a-fA-F-]{36}$"


class TraceTier(str, Enum):
    """Retention tier of a project's traces."""

    LONGLIVED = "longlived"
    SHORTLIVED = "shortlived"


class ProjectInputs(WorkspaceScopedInputs):
    name: str = Field(min_length=1, description="Project name, unique in its workspace.")
    description: str | None = Field(default=None, description="What the project traces.")
    metadata: dict[str, Any] | None = Field(default=None, description="Free-form metadata (`extra.metadata`).")
    reference_dataset_id: str | None = Field(
        default=None,
        pattern=_UUID,
        description="Dataset this project is an experiment on. Fixed at creation: changing it replaces the project.",
    )
    default_dataset_id: str | None = Field(default=None, pattern=_UUID, description="Default dataset of the project.")
    trace_tier: TraceTier | None = Field(
        default=None, description="`longlived` or `shortlived` retention; unset keeps the workspace default."
    )


class ProjectSpec(ResourceSpec):
    kind = "Project"
    description = "A LangSmith tracing project (tracer session)."
    inputs = ProjectInputs
    collection_path = "/api/v1/sessions"
    item_path = "/api/v1/sessions/{id}"
    natural_key = ("name",)
    replace_on_change = frozenset({"reference_dataset_id", "workspace_id"})
    server_defaulted = frozenset({"trace_tier"})
    client_supplied_id = True
    merge_live_on_update = True
    outputs = (
        OutputField("tenant_id", "string", "Workspace that holds the project."),
        OutputField("start_time", "string", "Creation (start) time (ISO 8601)."),
    )

    def to_api(self, inputs: InputsModel, fields: Any = None) -> dict[str, Any]:
        body = super().to_api(inputs, fields)
        if "metadata" in body:
            metadata = body.pop("metadata")
            body["extra"] = {"metadata": metadata} if metadata is not None else None
        return body

    def create_body(self, inputs: InputsModel, object_id: str | None) -> dict[str, Any]:
        return {k: v for k, v in super().create_body(inputs, object_id).items() if v is not None}

    def merge_live(self, body: dict[str, Any], live: Mapping[str, Any]) -> dict[str, Any]:
        # PATCH replaces `extra` whole: keep the keys other than `metadata` that LangSmith or others put there.
        if "extra" not in body:
            return body
        kept = {k: v for k, v in (live.get("extra") or {}).items() if k != "metadata"}
        metadata = (body["extra"] or {}).get("metadata")
        return {**body, "extra": {**kept, **({"metadata": metadata} if metadata is not None else {})} or None}

    def from_api(self, obj: dict[str, Any]) -> dict[str, Any]:
        extra = obj.get("extra") or {}
        return {
            "name": obj.get("name"),
            "description": obj.get("description"),
            "metadata": extra.get("metadata") if isinstance(extra, dict) else None,
            "reference_dataset_id": obj.get("reference_dataset_id"),
            "default_dataset_id": obj.get("default_dataset_id"),
            "trace_tier": obj.get("trace_tier"),
        }


class ProjectProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = ProjectSpec()


class Project(LangSmithResource, module="langsmith", name="Project"):
    """A LangSmith tracing project. Type token `pulumi-python:dynamic/langsmith:Project`."""

    _provider_class = ProjectProvider

    name: pulumi.Output[str]
    """Project name, unique in its workspace."""
    description: pulumi.Output[str | None]
    """What the project traces."""
    metadata: pulumi.Output[dict[str, Any] | None]
    """Free-form metadata (`extra.metadata`)."""
    reference_dataset_id: pulumi.Output[str | None]
    """Dataset this project is an experiment on."""
    default_dataset_id: pulumi.Output[str | None]
    """Default dataset of the project."""
    trace_tier: pulumi.Output[str | None]
    """`longlived` or `shortlived` retention."""
    workspace_id: pulumi.Output[str | None]
    """Workspace asked for in the inputs (None: the provider default)."""
    adopt_existing: pulumi.Output[bool]
    """Whether an existing project of the same name may be adopted."""
    tenant_id: pulumi.Output[str]
    """Workspace that holds the project."""
    start_time: pulumi.Output[str]
    """Creation (start) time (ISO 8601)."""

    def __init__(
        self,
        resource_name: str,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        metadata: pulumi.Input[dict[str, Any]] | None = None,
        reference_dataset_id: pulumi.Input[str] | None = None,
        default_dataset_id: pulumi.Input[str] | None = None,
        trace_tier: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "name": name,
                "description": description,
                "metadata": metadata,
                "reference_dataset_id": reference_dataset_id,
                "default_dataset_id": default_dataset_id,
                "trace_tier": trace_tier,
                "workspace_id": workspace_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
