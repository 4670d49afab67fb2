"""`Dataset`: a LangSmith dataset (`/api/v1/datasets`)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from ..framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field


class DataType(str, Enum):
    """What a dataset's examples hold."""

    KV = "kv"
    LLM = "llm"
    CHAT = "chat"


class TransformationType(str, Enum):
    CONVERT_TO_OPENAI_MESSAGE = "convert_to_openai_message"
    CONVERT_TO_OPENAI_TOOL = "convert_to_openai_tool"
    REMOVE_SYSTEM_MESSAGES = "remove_system_messages"
    REMOVE_EXTRA_FIELDS = "remove_extra_fields"
    EXTRACT_TOOLS_FROM_RUN = "extract_tools_from_run"


class DatasetTransformation(BaseModel):
    """A transformation applied to examples at a path."""

    model_config = ConfigDict(extra="forbid")
    path: list[Annotated[str, Field(max_length=256)]] = Field(
        min_length=1,
        max_length=32,
        description='Path of the example field to transform, e.g. `["inputs", "messages"]`.',
    )
    transformation_type: TransformationType = Field(description="The transformation to apply.")


class DatasetInputs(WorkspaceScopedInputs):
    name: str = field(key=True, min_length=1, max_length=1024, description="Dataset name, unique in its workspace.")
    description: str | None = field(None, max_length=10_000, description="What the dataset is for.")
    data_type: DataType = field(DataType.KV, replace=True, description="`kv`, `llm` or `chat`; fixed at creation.")
    inputs_schema: dict[str, Any] | None = field(
        None,
        api_name="inputs_schema_definition",
        description="JSON Schema that example inputs must satisfy (`inputs_schema_definition`).",
    )
    outputs_schema: dict[str, Any] | None = field(
        None,
        api_name="outputs_schema_definition",
        description="JSON Schema that example outputs must satisfy (`outputs_schema_definition`).",
    )
    metadata: dict[str, Any] | None = field(None, description="Free-form metadata.")
    transformations: list[DatasetTransformation] | None = field(
        None, max_length=100, description="Transformations applied to examples."
    )


class DatasetOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the dataset.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    modified_at: str | None = field(None, description="Last modification time (ISO 8601).")


class Datasets(RestCollection):
    # Create takes metadata under `extra.metadata`; reads and PATCH use the top-level `metadata`.
    def create_body(self, inputs: Any, object_id: str | None) -> dict[str, Any]:
        body = super().create_body(inputs, object_id)
        if "metadata" in body:
            body["extra"] = {"metadata": body.pop("metadata")}
        return body

    def live_inputs(self, obj: Any, state: Any) -> dict[str, Any]:
        return {**super().live_inputs(obj, state), "data_type": obj.get("data_type") or DataType.KV.value}


KIND = Kind(
    name="Dataset",
    description="A LangSmith dataset of examples, used for evaluations.",
    inputs=DatasetInputs,
    outputs=DatasetOutputs,
    # The PATCH response (`DatasetSchemaForUpdate`) lacks `metadata` and `modified_at`: read back.
    api=Datasets("/api/v1/datasets", client_ids=True, read_back=True),
    conformance=Conformance(
        example={"name": "conformance-dataset", "description": "golden set"},
        update={"description": "golden set, reviewed", "metadata": {"owner": "qa"}},
        replace={"data_type": "chat"},
        invalid=(
            ({"name": ""}, "name"),
            ({"data_type": "csv"}, "data_type"),
            ({"workspace_id": "-" * 36}, "workspace_id"),
        ),
        drift={"description": "changed by hand"},
    ),
)
