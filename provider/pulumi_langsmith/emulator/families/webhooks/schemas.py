"""Prompt webhooks and workspace secrets: the request and response models (spec `PromptWebhook*`,
`SecretKey`, `SecretUpsert` of `langsmith-platform-openapi.docs.json`)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import AnyUrl, BaseModel, Field


class EPromptWebhookTrigger(str, Enum):
    """Spec `EPromptWebhookTrigger`."""

    commit = "commit"
    tag_create = "tag:create"
    tag_update = "tag:update"


class PromptWebhookBase(BaseModel):
    """Spec `PromptWebhookBase`."""

    url: AnyUrl
    headers: dict[str, Any] | None = None
    include_prompts: list[UUID] | None = None
    exclude_prompts: list[UUID] | None = None
    triggers: list[EPromptWebhookTrigger] = Field(default_factory=list)


class PromptWebhookCreate(PromptWebhookBase):
    """Spec `PromptWebhookCreate`."""

    id: UUID | None = None


class PromptWebhookUpdate(BaseModel):
    """Spec `PromptWebhookUpdate`: fields sent replace the stored ones; a null `url` or `triggers` keeps them."""

    include_prompts: list[UUID] | None = None
    exclude_prompts: list[UUID] | None = None
    url: AnyUrl | None = None
    headers: dict[str, Any] | None = None
    triggers: list[EPromptWebhookTrigger] | None = None


class PromptWebhook(PromptWebhookBase):
    """Spec `PromptWebhook`."""

    id: UUID
    tenant_id: UUID
    created_at: datetime
    updated_at: datetime


class PromptWebhookPayload(BaseModel):
    """Spec `PromptWebhookPayload`."""

    prompt_id: str
    prompt_name: str
    manifest: dict[str, Any]
    commit_hash: str
    created_at: str
    created_by: str
    event: EPromptWebhookTrigger
    tag_name: str | None = None


class PromptWebhookTest(BaseModel):
    """Spec `PromptWebhookTest`."""

    webhook: PromptWebhookBase
    payload: PromptWebhookPayload


class SecretKey(BaseModel):
    """Spec `SecretKey`."""

    key: str


class SecretUpsert(BaseModel):
    """Spec `SecretUpsert`."""

    key: str
    value: str | None
