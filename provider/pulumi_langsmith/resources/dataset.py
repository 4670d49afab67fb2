"""`Dataset`: a LangSmith dataset (`/api/v1/datasets`)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import Field

from ..framework import Conformance, Kind, NestedInputs, OutputsModel, RestCollection, WorkspaceScopedInputs, field


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


class DatasetTransformation(NestedInputs):
    """A transformation applied to examples at a path."""

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
        None, api_name="inputs_schema_definition", description="JSON Schema of inputs (`inputs_schema_definition`)."
    )
    outputs_schema: dict[str, Any] | None = field(
        None, api_name="outputs_schema_definition", description="JSON Schema of outputs (`outputs_schema_definition`)."
    )
    metadata: dict[str, Any] | None = field(None, description="Free-form metadata.")
    transformations: list[DatasetTransformation] | None = field(
        None, max_length=100, description="Transformations applied to examples."
    )


class DatasetOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the dataset.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    modified_at: str | None = field(None, description="Last modification time (ISO 8601).")


KIND = Kind(
    name="Dataset",
    description="A LangSmith dataset of examples, used for evaluations.",
    inputs=DatasetInputs,
    outputs=DatasetOutputs,
    # Create takes the metadata under `extra.metadata`, reads and PATCH at the top level. The PATCH response
    # (`DatasetSchemaForUpdate`) lacks `metadata` and `modified_at`: read back.
    api=RestCollection(
        "/api/v1/datasets", client_ids=True, read_back=True, create_names={"metadata": "extra.metadata"}
    ),
    conformance=Conformance(
        example={"name": "conformance-dataset", "description": "golden set"},
        update={"description": "golden set, reviewed", "metadata": {"owner": "qa"}},
        replace={"data_type": "chat"},
        invalid=(({"name": ""}, "name"), ({"data_type": "csv"}, "data_type")),
        drift={"description": "changed by hand"},
    ),
)
