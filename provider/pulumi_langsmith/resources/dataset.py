"""`Dataset`: a LangSmith dataset (`/api/v1/datasets`)."""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

import pulumi
from pydantic import BaseModel, ConfigDict, Field

from ..engine import InputsModel, LangSmithResource, OutputField, ResourceSpec, SpecProvider, WorkspaceScopedInputs


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
    path: list[str] = Field(
        min_length=1, description='Path of the example field to transform, e.g. `["inputs", "messages"]`.'
    )
    transformation_type: TransformationType = Field(description="The transformation to apply.")


class DatasetInputs(WorkspaceScopedInputs):
    name: str = Field(min_length=1, description="Dataset name, unique in its workspace.")
    description: str | None = Field(default=None, description="What the dataset is for.")
    data_type: DataType = Field(default=DataType.KV, description="`kv`, `llm` or `chat`; fixed at creation.")
    inputs_schema: dict[str, Any] | None = Field(
        default=None, description="JSON Schema that example inputs must satisfy (`inputs_schema_definition`)."
    )
    outputs_schema: dict[str, Any] | None = Field(
        default=None, description="JSON Schema that example outputs must satisfy (`outputs_schema_definition`)."
    )
    metadata: dict[str, Any] | None = Field(default=None, description="Free-form metadata.")
    transformations: list[DatasetTransformation] | None = Field(
        default=None, description="Transformations applied to examples."
    )


_API_NAMES = {"inputs_schema": "inputs_schema_definition", "outputs_schema": "outputs_schema_definition"}


class DatasetSpec(ResourceSpec):
    kind = "Dataset"
    description = "A LangSmith dataset of examples, used for evaluations."
    inputs = DatasetInputs
    collection_path = "/api/v1/datasets"
    item_path = "/api/v1/datasets/{id}"
    natural_key = ("name",)
    replace_on_change = frozenset({"data_type", "workspace_id"})
    client_supplied_id = True
    outputs = (
        OutputField("tenant_id", "string", "Workspace that holds the dataset."),
        OutputField("created_at", "string", "Creation time (ISO 8601)."),
        OutputField("modified_at", "string", "Last modification time (ISO 8601)."),
    )

    def to_api(self, inputs: InputsModel, fields: Any = None) -> dict[str, Any]:
        body = super().to_api(inputs, fields)
        return {_API_NAMES.get(k, k): v for k, v in body.items()}

    def create_body(self, inputs: InputsModel, object_id: str | None) -> dict[str, Any]:
        body = super().create_body(inputs, object_id)
        metadata = body.pop("metadata", None)
        if metadata is not None:
            body["extra"] = {"metadata": metadata}
        return body

    def from_api(self, obj: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": obj.get("name"),
            "description": obj.get("description"),
            "data_type": obj.get("data_type") or DataType.KV.value,
            "inputs_schema": obj.get("inputs_schema_definition"),
            "outputs_schema": obj.get("outputs_schema_definition"),
            "metadata": obj.get("metadata"),
            "transformations": obj.get("transformations"),
        }


class DatasetProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = DatasetSpec()


class Dataset(LangSmithResource, module="langsmith", name="Dataset"):
    """A LangSmith dataset. Type token `pulumi-python:dynamic/langsmith:Dataset`."""

    _provider_class = DatasetProvider

    name: pulumi.Output[str]
    """Dataset name, unique in its workspace."""
    description: pulumi.Output[str | None]
    """What the dataset is for."""
    data_type: pulumi.Output[str]
    """`kv`, `llm` or `chat`."""
    inputs_schema: pulumi.Output[dict[str, Any] | None]
    """JSON Schema that example inputs must satisfy."""
    outputs_schema: pulumi.Output[dict[str, Any] | None]
    """JSON Schema that example outputs must satisfy."""
    metadata: pulumi.Output[dict[str, Any] | None]
    """Free-form metadata."""
    transformations: pulumi.Output[list[dict[str, Any]] | None]
    """Transformations applied to examples."""
    workspace_id: pulumi.Output[str | None]
    """Workspace asked for in the inputs (None: the provider default)."""
    adopt_existing: pulumi.Output[bool]
    """Whether an existing dataset of the same name may be adopted."""
    tenant_id: pulumi.Output[str]
    """Workspace that holds the dataset."""
    created_at: pulumi.Output[str]
    """Creation time (ISO 8601)."""
    modified_at: pulumi.Output[str]
    """Last modification time (ISO 8601)."""

    def __init__(
        self,
        resource_name: str,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        data_type: pulumi.Input[str] | None = None,
        inputs_schema: pulumi.Input[dict[str, Any]] | None = None,
        outputs_schema: pulumi.Input[dict[str, Any]] | None = None,
        metadata: pulumi.Input[dict[str, Any]] | None = None,
        transformations: pulumi.Input[list[dict[str, Any]]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "name": name,
                "description": description,
                "data_type": data_type,
                "inputs_schema": inputs_schema,
                "outputs_schema": outputs_schema,
                "metadata": metadata,
                "transformations": transformations,
                "workspace_id": workspace_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )
