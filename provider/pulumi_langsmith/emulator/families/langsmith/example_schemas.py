"""Pydantic models of the dataset-contents API (examples, versions, version tags, splits, shares), after
`components/schemas` of the LangSmith spec."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel
from pydantic.json_schema import SkipJsonSchema

from .schemas import AttachmentsOperations

JsonObject = dict[str, Any]


class ExampleCreate(BaseModel):
    """Spec `ExampleCreate` (the single-example POST)."""

    outputs: JsonObject | None = None
    dataset_id: UUID
    source_run_id: UUID | None = None
    source_session_id: UUID | None = None
    source_run_start_time: datetime | None = None
    source_trace_id: UUID | None = None
    metadata: JsonObject | None = None
    inputs: JsonObject | None = None
    split: list[str] | str | None = "base"
    id: UUID | None = None
    use_source_run_io: bool = False
    use_source_run_attachments: list[str] = []
    use_legacy_message_format: bool = False
    created_at: str | SkipJsonSchema[None] = None  # the spec: a string, never null


class ExampleBulkCreate(BaseModel):
    """Spec `ExampleBulkCreate` (one item of `POST /examples/bulk`)."""

    outputs: JsonObject | None = None
    dataset_id: UUID
    source_run_id: UUID | None = None
    source_session_id: UUID | None = None
    source_run_start_time: datetime | None = None
    source_trace_id: UUID | None = None
    metadata: JsonObject | None = None
    inputs: JsonObject | None = None
    split: list[str] | str | None = "base"
    id: UUID | None = None
    use_source_run_io: bool = False
    use_source_run_attachments: list[str] = []
    use_legacy_message_format: bool = False
    created_at: str | None = None


class ExampleUpdate(BaseModel):
    """Spec `ExampleUpdate`: the fields sent are changed; `metadata` replaces the whole metadata."""

    dataset_id: UUID | None = None
    inputs: JsonObject | None = None
    outputs: JsonObject | None = None
    attachments_operations: AttachmentsOperations | None = None
    metadata: JsonObject | None = None
    split: list[str] | str | None = None
    overwrite: bool = False


class Example(BaseModel):
    """Spec `Example`."""

    outputs: JsonObject | None = None
    dataset_id: UUID
    source_run_id: UUID | None = None
    metadata: JsonObject | None = None
    inputs: JsonObject
    created_at: datetime
    id: UUID
    name: str
    modified_at: datetime | None = None
    attachment_urls: JsonObject | None = None


class DatasetVersion(BaseModel):
    """Spec `DatasetVersion`."""

    tags: list[str] | None = None
    as_of: datetime


class PutDatasetVersionsSchema(BaseModel):
    """Spec `PutDatasetVersionsSchema`: pin `tag` to the version at `as_of` (a time, or `latest`)."""

    as_of: datetime | str
    tag: str


class DatasetShareSchema(BaseModel):
    """Spec `DatasetShareSchema`."""

    dataset_id: UUID
    share_token: UUID


class UpdateDatasetSplits(BaseModel):
    """Spec `Body_update_dataset_splits_api_v1_datasets__dataset_id__splits_put`."""

    split_name: str
    examples: list[UUID]
    remove: bool = False


class ExampleUpdateWithID(ExampleUpdate):
    """Spec `ExampleUpdateWithID` (one item of `PATCH /examples/bulk`)."""

    id: UUID
