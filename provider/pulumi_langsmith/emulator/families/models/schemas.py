"""Pydantic models of the spec schemas `PlaygroundSettings*`, `ModelPriceMap*` (FastAPI service) and `features.*`
(Go service), as in `langsmith-platform-openapi.docs.json`. Request models ignore unknown fields, as the real
services do (the official Terraform provider sends a `scope` no spec declares)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel

from ..automation.schemas import go
from ..langsmith.schemas import UtcDatetime

DEFAULT_MATCH_PATH = ["model", "model_name", "model_id", "model_path", "endpoint_name"]
AuthMethod = Literal["client_secret_basic", "client_secret_post"]


class PlaygroundSavedOptions(BaseModel):
    """Spec `PlaygroundSavedOptions`."""

    requests_per_second: int | None = None


class PlaygroundSettingsCreateRequest(BaseModel):
    """Spec `PlaygroundSettingsCreateRequest`."""

    name: str | None = None
    description: str | None = None
    settings: dict[str, Any]
    options: PlaygroundSavedOptions | None = None
    settings_type: Literal["complex", "simple"] = "complex"
    oauth_enabled: bool | None = None
    oauth_token_url: str | None = None
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = None
    oauth_token_endpoint_auth_method: AuthMethod | None = None
    oauth_params: dict[str, list[str]] | None = None
    oauth_headers: dict[str, list[str]] | None = None


class PlaygroundSettingsUpdateRequest(BaseModel):
    """Spec `PlaygroundSettingsUpdateRequest`: the fields sent are applied."""

    name: str | None = None
    description: str | None = None
    settings: dict[str, Any] | None = None
    options: PlaygroundSavedOptions | None = None
    available_in_playground: bool | None = None
    available_in_evaluators: bool | None = None
    available_in_agent_builder: bool | None = None
    available_in_polly: bool | None = None
    available_in_insights_heavy: bool | None = None
    available_in_insights_light: bool | None = None
    oauth_enabled: bool | None = None
    oauth_token_url: str | None = None
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = None
    oauth_token_endpoint_auth_method: AuthMethod | None = None
    oauth_params: dict[str, list[str]] | None = None
    oauth_headers: dict[str, list[str]] | None = None


class PlaygroundSettingsResponse(BaseModel):
    """Spec `PlaygroundSettingsResponse` (it echoes `oauth_client_secret`, as the real API does)."""

    id: UUID
    settings: dict[str, Any]
    options: PlaygroundSavedOptions | None = None
    name: str | None = None
    created_at: datetime
    updated_at: datetime
    description: str | None = None
    settings_type: Literal["complex", "simple"] = "complex"
    created_by_ls_user_id: UUID | None = None
    updated_by_ls_user_id: UUID | None = None
    available_in_playground: bool = True
    available_in_evaluators: bool = True
    available_in_agent_builder: bool = False
    available_in_polly: bool = False
    available_in_insights_heavy: bool = False
    available_in_insights_light: bool = False
    oauth_enabled: bool | None = None
    oauth_token_url: str | None = None
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = None
    oauth_token_endpoint_auth_method: AuthMethod | None = None
    oauth_params: dict[str, list[str]] | None = None
    oauth_headers: dict[str, list[str]] | None = None


class ModelPriceMapCreateSchema(BaseModel):
    """Spec `ModelPriceMapCreateSchema`."""

    name: str
    start_time: UtcDatetime | None = None
    match_path: list[str] = DEFAULT_MATCH_PATH  # pydantic copies the default
    match_pattern: str
    prompt_cost: float | str
    completion_cost: float | str
    prompt_cost_details: dict[str, float | str] | None = None
    completion_cost_details: dict[str, float | str] | None = None
    provider: str | None = None


class ModelPriceMapUpdateSchema(ModelPriceMapCreateSchema):
    """Spec `ModelPriceMapUpdateSchema` (the same fields: a PUT replaces the price map)."""


class ModelPriceMapSchema(BaseModel):
    """Spec `ModelPriceMapSchema`: costs as decimal strings."""

    id: UUID
    name: str
    start_time: datetime | None = None
    tenant_id: UUID | None = None
    match_path: list[str] = DEFAULT_MATCH_PATH  # pydantic copies the default
    match_pattern: str
    prompt_cost: str
    completion_cost: str
    prompt_cost_details: dict[str, str] | None = None
    completion_cost_details: dict[str, str] | None = None
    provider: str | None = None


class FeatureConfig(BaseModel):
    """Spec `features.FeatureConfig`."""

    default_model: str = go()
    disabled_models: list[str] = go()
    feature: str = go()
    org_disabled_providers: list[str] = go()


class UpsertDefaultModelRequest(BaseModel):
    """Spec `features.UpsertDefaultModelRequest`."""

    model: str = go()


class DisableModelRequest(BaseModel):
    """Spec `features.DisableModelRequest`."""

    model: str = go()
