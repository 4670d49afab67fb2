"""Models of the governance family, after the spec schemas of `langsmith-platform-openapi.docs.json` (the spec
name is given where the class name differs)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from uuid import UUID, uuid4

from pydantic import BaseModel, ConfigDict, Field


class TraceTier(str, Enum):
    LONGLIVED = "longlived"
    SHORTLIVED = "shortlived"


class ConfiguredBy(str, Enum):
    SYSTEM = "system"
    USER = "user"


class UpsertTTLSettingsRequest(BaseModel):
    """Spec `UpsertTTLSettingsRequest` (`PUT /api/v1/orgs/ttl-settings`)."""

    tenant_id: UUID | None = None
    default_trace_tier: TraceTier
    apply_to_all_projects: bool = False


class TTLSettings(BaseModel):
    """Spec `TTLSettings`."""

    tenant_id: UUID | None = None
    default_trace_tier: TraceTier
    apply_to_all_projects: bool = False
    id: UUID
    organization_id: UUID
    created_at: datetime
    updated_at: datetime
    configured_by: ConfiguredBy
    longlived_ttl_days: int | None = None


class UpdateTTLSettingsRequest(BaseModel):
    """Spec `ttl_settings.UpdateTTLSettingsRequest` (Go: `PUT /workspaces/current/ttl-settings`)."""

    model_config = ConfigDict(title="ttl_settings.UpdateTTLSettingsRequest")

    longlived_ttl_days: int = None  # type: ignore[assignment]  # optional in the spec, but nothing to do without it


class TTLSettingsResponse(BaseModel):
    """Spec `ttl_settings.TTLSettingsResponse` (Go: no nulls)."""

    model_config = ConfigDict(title="ttl_settings.TTLSettingsResponse")

    is_custom: bool
    longlived_ttl_days: int
    tenant_id: str


# ---------------------------------------------------------------- usage limits


class UsageLimitType(str, Enum):
    MONTHLY_TRACES = "monthly_traces"
    MONTHLY_LONGLIVED_TRACES = "monthly_longlived_traces"


class UsageLimitScope(str, Enum):
    WORKSPACE = "workspace"
    PROJECT = "project"
    USER = "user"


class UpsertUsageLimit(BaseModel):
    """Spec `UpsertUsageLimit` (`PUT /api/v1/usage-limits`): the id, when given, is kept (an upsert)."""

    limit_type: UsageLimitType
    limit_value: int
    id: UUID = Field(default_factory=uuid4)
    scope: UsageLimitScope = UsageLimitScope.WORKSPACE
    session_id: UUID | None = None
    identity_id: UUID | None = None


class UsageLimit(BaseModel):
    """Spec `UsageLimit`."""

    limit_type: UsageLimitType
    limit_value: int
    id: UUID
    scope: UsageLimitScope = UsageLimitScope.WORKSPACE
    session_id: UUID | None = None
    identity_id: UUID | None = None
    tenant_id: UUID
    created_at: datetime
    updated_at: datetime


# ---------------------------------------------------------------- service accounts


class ServiceAccountWorkspaceAssignment(BaseModel):
    """Spec `ServiceAccountWorkspaceAssignment`."""

    workspace_id: UUID
    role_id: UUID | None = None


class ServiceAccountCreateRequest(BaseModel):
    """Spec `ServiceAccountCreateRequest`."""

    name: str
    workspaces: list[ServiceAccountWorkspaceAssignment] = []


class ServiceAccount(BaseModel):
    """Spec `ServiceAccount` (also `ServiceAccountDeleteResponse`)."""

    id: UUID
    created_at: datetime
    updated_at: datetime
    name: str
    organization_id: UUID
    default_workspace_id: UUID | None


class ServiceAccountCreateResponse(ServiceAccount):
    """Spec `ServiceAccountCreateResponse`."""

    organization_identity_id: UUID


# ---------------------------------------------------------------- SSO settings


class SupabaseAttributeMappingKey(BaseModel):
    """Spec `SupabaseAttributeMappingKey`."""

    name: str
    array: bool = False


class SupabaseAttributeMapping(BaseModel):
    """Spec `SupabaseAttributeMapping`."""

    keys: dict[str, SupabaseAttributeMappingKey] = Field(default_factory=dict)


class SSOSettingsCreate(BaseModel):
    """Spec `SSOSettingsCreate`."""

    default_workspace_role_id: UUID
    default_workspace_ids: list[UUID]
    metadata_xml: str | None = None
    metadata_url: str | None = None
    attribute_mapping: SupabaseAttributeMapping | None = None
    sso_groups_enabled: bool = False
    sso_groups_claim_field: str = "groups"
    sso_groups_required: bool = False
    sso_groups_role_sync_enabled: bool = True


class SSOSettingsUpdate(BaseModel):
    """Spec `SSOSettingsUpdate`: only the fields sent change."""

    default_workspace_role_id: UUID | None = None
    default_workspace_ids: list[UUID] | None = None
    metadata_url: str | None = None
    metadata_xml: str | None = None
    sso_groups_enabled: bool | None = None
    sso_groups_claim_field: str | None = None
    sso_groups_required: bool | None = None
    sso_groups_role_sync_enabled: bool | None = None
    attribute_mapping: SupabaseAttributeMapping | None = None


class SSOProvider(BaseModel):
    """Spec `SSOProvider`."""

    id: UUID
    organization_id: UUID
    provider_id: UUID
    default_workspace_role_id: UUID
    default_workspace_ids: list[UUID]
    metadata_url: str | None = None
    metadata_xml: str | None = None
    sso_groups_enabled: bool = False
    sso_groups_claim_field: str = "groups"
    sso_groups_required: bool = False
    sso_groups_role_sync_enabled: bool = True
    attribute_mapping: SupabaseAttributeMapping | None = None
    attribute_mapping_load_error: str | None = None
