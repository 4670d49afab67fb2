"""Pydantic models mirroring the LangSmith OpenAPI schemas the emulator serves.

Names, fields, types, defaults and constraints follow `components/schemas` of the LangSmith spec
(`langsmith-platform-openapi.docs.json`); the spec name is given where the class name differs.
Request models ignore unknown fields, as the real FastAPI service does.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, StringConstraints

WORKSPACE_DISPLAY_NAME_PATTERN = r"^[a-zA-Z0-9\-_ '@()]+$"


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(timezone.utc)


def as_utc(value: datetime) -> datetime:
    """Read a naive timestamp as UTC (the SDKs send naive `datetime.now().isoformat()`).

    A time that has no UTC form (`9999-12-31T23:59:59-05:00` is past year 9999 in UTC) is a validation
    error (422), not an overflow in a route.
    """
    try:
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("the time is out of range once converted to UTC") from None


UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]
WorkspaceDisplayName = Annotated[str, StringConstraints(min_length=1, pattern=WORKSPACE_DISPLAY_NAME_PATTERN)]
TagValueIds = Annotated[list[UUID], Field(max_length=100)]
JsonObject = dict[str, Any]


def random_project_name() -> str:
    """A name for a project created without one."""
    return f"project-{secrets.token_hex(4)}"


# ---------------------------------------------------------------- enums


class DataType(str, Enum):
    """Spec `DataType`."""

    kv = "kv"
    llm = "llm"
    chat = "chat"


class DatasetTransformationType(str, Enum):
    """Spec `DatasetTransformationType`."""

    convert_to_openai_message = "convert_to_openai_message"
    convert_to_openai_tool = "convert_to_openai_tool"
    remove_system_messages = "remove_system_messages"
    remove_extra_fields = "remove_extra_fields"
    extract_tools_from_run = "extract_tools_from_run"


class SortByDatasetColumn(str, Enum):
    """Spec `SortByDatasetColumn`."""

    name = "name"
    created_at = "created_at"
    last_session_start_time = "last_session_start_time"
    example_count = "example_count"
    session_count = "session_count"
    modified_at = "modified_at"


class GetDatasetsSelect(str, Enum):
    """Spec `GetDatasetsSelect`."""

    example_count = "example_count"


class TraceTier(str, Enum):
    """Spec `TraceTier`."""

    longlived = "longlived"
    shortlived = "shortlived"


class SessionSortableColumns(str, Enum):
    """Spec `SessionSortableColumns`."""

    name = "name"
    start_time = "start_time"
    last_run_start_time = "last_run_start_time"
    latency_p50 = "latency_p50"
    latency_p99 = "latency_p99"
    error_rate = "error_rate"
    feedback = "feedback"


class FeedbackSourceParam(str, Enum):
    """Spec `FeedbackSourceParam`."""

    session = "session"
    run = "run"


class PaymentPlanTier(str, Enum):
    """Spec `PaymentPlanTier`."""

    no_plan = "no_plan"
    developer = "developer"
    developer_01_2026 = "developer_01_2026"
    developer_07_2026 = "developer_07_2026"
    plus = "plus"
    plus_01_2026 = "plus_01_2026"
    plus_07_2026 = "plus_07_2026"
    enterprise = "enterprise"
    developer_legacy = "developer_legacy"
    plus_legacy = "plus_legacy"
    free = "free"
    free_07_2026 = "free_07_2026"
    enterprise_legacy = "enterprise_legacy"
    startup = "startup"
    startup_v0 = "startup_v0"
    startup_07_2026 = "startup_07_2026"
    partner = "partner"
    premier = "premier"


# ---------------------------------------------------------------- workspaces


class WorkspaceCreate(BaseModel):
    """Spec `WorkspaceCreate`."""

    id: UUID = Field(default_factory=uuid4)
    display_name: WorkspaceDisplayName
    tenant_handle: str | None = None


class WorkspacePatch(BaseModel):
    """Spec `WorkspacePatch`."""

    display_name: WorkspaceDisplayName


class Tenant(BaseModel):
    """Spec `app__schemas__Tenant`."""

    id: UUID
    organization_id: UUID | None = None
    created_at: datetime
    display_name: str
    is_personal: bool
    is_deleted: bool
    tenant_handle: str | None = None
    data_plane_url: str | None = None


class TenantForUser(Tenant):
    """Spec `TenantForUser`."""

    read_only: bool = Field(default=False, json_schema_extra={"deprecated": True})
    role_id: UUID | None = None
    role_name: str | None = None
    permissions: list[str] | None = None


# ---------------------------------------------------------------- organizations


class OrganizationConfig(BaseModel):
    """Spec `OrganizationConfig` (the plan limits and feature flags the emulator reports)."""

    plan_tier: str | None = None
    max_identities: int = 5
    max_workspaces: int = 1
    can_use_rbac: bool = False
    can_use_abac: bool = False
    can_use_audit_logs: bool = False
    can_add_seats: bool = True
    can_disable_public_sharing: bool = False
    can_use_langgraph_cloud: bool = False
    max_langgraph_cloud_deployments: int = 3
    can_use_saml_sso: bool = False
    can_use_bulk_export: bool = False
    can_set_api_key_max_expiry: bool = False
    max_prompt_webhooks: int = 1
    ip_allowlist_enabled: bool = False


class Organization(BaseModel):
    """Spec `Organization` (`GET /api/v1/orgs/current`)."""

    id: UUID | None = None
    display_name: str | None = None
    config: OrganizationConfig
    connected_to_stripe: bool
    connected_to_metronome: bool
    is_personal: bool
    tier: PaymentPlanTier | None = None
    has_cancelled: bool
    end_of_billing_period: datetime | None = None
    reached_max_workspaces: bool = False
    permissions: list[str] = []
    marketplace_payouts_enabled: bool = False
    byoc_create_saas_workspace_enabled: bool = True
    default_sso_provision: bool = False
    security_contact: str | None = None
    scim_group_name_separator: str = ":"


class OrganizationInfo(BaseModel):
    """Spec `OrganizationInfo` (`GET /api/v1/orgs/current/info`)."""

    id: UUID | None = None
    display_name: str | None = None
    config: OrganizationConfig
    is_personal: bool
    tier: PaymentPlanTier | None = None
    reached_max_workspaces: bool = False
    permissions: list[str] = []
    disabled: bool = False
    member_disabled: bool = False
    sso_only: bool = False
    jit_provisioning_enabled: bool = True
    invites_enabled: bool = True
    sso_login_slug: str | None = None
    public_sharing_disabled: bool = False
    pat_creation_disabled: bool = False
    workspace_admin_can_invite_to_org: bool = False
    byoc_create_saas_workspace_enabled: bool = True
    marketplace_payouts_enabled: bool = False
    default_sso_provision: bool = False
    max_api_key_expiry_days: int | None = None
    security_contact: str | None = None
    max_pat_expiry_days: int | None = None
    max_service_key_expiry_days: int | None = None
    scim_group_name_separator: str = ":"
    can_export_usage_backfill: bool = False
    ip_allowlist: list[str] = Field(default_factory=list)
    ip_allowlist_enabled: bool = False
    disabled_model_providers: list[str] = Field(default_factory=list)


class InfoGetResponse(BaseModel):
    """Spec `InfoGetResponse` (`GET /api/v1/info`): the instance's version and license."""

    version: str
    git_sha: str | None = None
    license_expiration_time: datetime | None = None
    instance_flags: dict[str, Any] = Field(default_factory=dict)


class OrganizationUpdate(BaseModel):
    """Spec `OrganizationUpdate` (`PATCH /api/v1/orgs/current/info`): only the fields sent change."""

    display_name: Annotated[str, StringConstraints(min_length=1, pattern=r"^[a-zA-Z0-9\-_ ]+$")] = None  # type: ignore[assignment]
    public_sharing_disabled: bool | None = None
    pat_creation_disabled: bool | None = None
    unshare_all: bool | None = None
    jit_provisioning_enabled: bool | None = None
    workspace_admin_can_invite_to_org: bool | None = None
    invites_enabled: bool | None = None
    max_api_key_expiry_days: int | None = None
    security_contact: EmailStr | None = None
    max_pat_expiry_days: int | None = None
    max_service_key_expiry_days: int | None = None
    scim_group_name_separator: Annotated[str, StringConstraints(min_length=1, max_length=1)] = None  # type: ignore[assignment]
    llm_auth_proxy_enabled: bool | None = None
    llm_auth_proxy_jwt_audience: str | None = None
    ip_allowlist: list[str] | None = None
    disabled_model_providers: list[str] | None = None
    restrict_browser_secrets: bool | None = None
    byoc_create_saas_workspace_enabled: bool | None = None
    llm_auth_proxy_allowed_urls: list[str] | None = None
    engine_enabled: bool | None = None
    engine_lcu_spend_limit_monthly: float | str | None = None


class AllowedLoginMethodsUpdate(BaseModel):
    """Spec `AllowedLoginMethodsUpdate` (`PATCH /api/v1/orgs/current/login-methods`)."""

    sso_only: bool | None = None


class PlatformOrganizationConfig(BaseModel):
    """Spec `authn.OrganizationConfig` (Go service: no nulls)."""

    plan_tier: str
    max_identities: int
    max_workspaces: int
    can_use_rbac: bool
    can_use_abac: bool
    can_use_audit_logs: bool
    can_add_seats: bool
    can_disable_public_sharing: bool
    can_use_langgraph_cloud: bool
    max_langgraph_cloud_deployments: int
    can_use_saml_sso: bool
    can_use_bulk_export: bool
    can_set_api_key_max_expiry: bool
    max_prompt_webhooks: int
    ip_allowlist_enabled: bool


class PlatformOrganizationInfo(BaseModel):
    """Spec `orgs.OrganizationInfo` (`GET /v1/platform/orgs/current/info`)."""

    id: str
    display_name: str
    config: PlatformOrganizationConfig
    is_personal: bool
    tier: str
    reached_max_workspaces: bool
    permissions: list[str]
    disabled: bool
    member_disabled: bool
    sso_only: bool
    jit_provisioning_enabled: bool
    invites_enabled: bool
    public_sharing_disabled: bool
    pat_creation_disabled: bool
    workspace_admin_can_invite_to_org: bool
    byoc_create_saas_workspace_enabled: bool
    marketplace_payouts_enabled: bool
    default_sso_provision: bool
    scim_group_name_separator: str
    can_export_usage_backfill: bool
    ip_allowlist: list[str]
    ip_allowlist_enabled: bool
    disabled_model_providers: list[str]


# ---------------------------------------------------------------- datasets


class DatasetTransformation(BaseModel):
    """Spec `DatasetTransformation`."""

    path: list[str]
    transformation_type: DatasetTransformationType


class DatasetCreate(BaseModel):
    """Spec `DatasetCreate`. Metadata arrives as `extra.metadata`."""

    tag_value_ids: TagValueIds | None = None
    name: str
    description: str | None = None
    created_at: UtcDatetime = Field(default_factory=utcnow)
    inputs_schema_definition: JsonObject | None = None
    outputs_schema_definition: JsonObject | None = None
    externally_managed: bool | None = False
    transformations: list[DatasetTransformation] | None = None
    id: UUID | None = None
    extra: JsonObject | None = None
    data_type: DataType = DataType.kv


class Missing(BaseModel):
    """Spec `Missing`: the sentinel a PATCH field holds when it was not sent."""

    model_config = ConfigDict(populate_by_name=True)

    missing: Literal["__missing__"] = Field(alias="__missing__")


MISSING = Missing.model_validate({"__missing__": "__missing__"})


class AttachmentsOperations(BaseModel):
    """Spec `AttachmentsOperations`."""

    rename: dict[str, str] = Field(default_factory=dict)
    retain: list[str] = Field(default_factory=list)


class ExampleUpdate(BaseModel):
    """Spec `ExampleUpdate` (used by `DatasetUpdate.patch_examples`)."""

    dataset_id: UUID | None = None
    inputs: JsonObject | None = None
    outputs: JsonObject | None = None
    attachments_operations: AttachmentsOperations | None = None
    metadata: JsonObject | None = None
    split: list[str] | str | None = None
    overwrite: bool = False


class DatasetUpdate(BaseModel):
    """Spec `DatasetUpdate`: an omitted (or `Missing`) field is unchanged, an explicit null clears it."""

    name: str | Missing | None = MISSING
    description: str | Missing | None = MISSING
    inputs_schema_definition: JsonObject | Missing | None = MISSING
    outputs_schema_definition: JsonObject | Missing | None = MISSING
    patch_examples: dict[UUID, ExampleUpdate] | None = None
    transformations: list[DatasetTransformation] | Missing | None = MISSING
    metadata: JsonObject | Missing | None = MISSING
    baseline_experiment_id: UUID | Missing | None = MISSING

    def changes(self) -> dict[str, Any]:
        """The fields to change (JSON-ready), leaving out the ones that are `Missing`."""
        present = {name for name in type(self).model_fields if not isinstance(getattr(self, name), Missing)}
        present.discard("patch_examples")
        return self.model_dump(mode="json", include=present)


class DatasetSchemaForUpdate(BaseModel):
    """Spec `DatasetSchemaForUpdate` (the PATCH response; it has no `metadata`)."""

    name: str
    description: str | None = None
    created_at: datetime
    inputs_schema_definition: JsonObject | None = None
    outputs_schema_definition: JsonObject | None = None
    externally_managed: bool | None = False
    transformations: list[DatasetTransformation] | None = None
    data_type: DataType | None = DataType.kv
    id: UUID
    tenant_id: UUID


class Dataset(DatasetSchemaForUpdate):
    """Spec `Dataset`."""

    example_count: int | None = None
    session_count: int
    modified_at: datetime
    last_session_start_time: datetime | None = None
    metadata: JsonObject | None = None
    baseline_experiment_id: UUID | None = None


# ---------------------------------------------------------------- tracer sessions (projects)


class TracerSessionCreate(BaseModel):
    """Spec `TracerSessionCreate`. Metadata lives in `extra.metadata`."""

    tag_value_ids: TagValueIds | None = None
    start_time: UtcDatetime = Field(default_factory=utcnow)
    end_time: UtcDatetime | None = None
    extra: JsonObject | None = None
    name: str = Field(default_factory=random_project_name)
    description: str | None = None
    default_dataset_id: UUID | None = None
    reference_dataset_id: UUID | None = None
    trace_tier: TraceTier | None = None
    id: UUID | None = None
    num_examples: int | None = None
    num_repetitions: int | None = None
    evaluator_keys: list[str] | None = None
    kicked_off_by: str | None = None


class TracerSessionUpdate(BaseModel):
    """Spec `TracerSessionUpdate`: fields that are sent are applied; an explicit null clears."""

    name: str | None = None
    description: str | None = None
    default_dataset_id: UUID | None = None
    end_time: UtcDatetime | None = None
    extra: JsonObject | None = None
    trace_tier: TraceTier | None = None


class TracerSessionWithoutVirtualFields(BaseModel):
    """Spec `TracerSessionWithoutVirtualFields` (create and update responses)."""

    start_time: datetime
    end_time: datetime | None = None
    extra: JsonObject | None = None
    name: str
    description: str | None = None
    default_dataset_id: UUID | None = None
    reference_dataset_id: UUID | None = None
    trace_tier: TraceTier | None = None
    id: UUID
    tenant_id: UUID
    last_run_start_time_live: datetime | None = None


class TracerSession(TracerSessionWithoutVirtualFields):
    """Spec `TracerSession` (reads): adds the run statistics, which stay empty without runs."""

    run_count: int | None = None
    latency_p50: float | None = None
    latency_p99: float | None = None
    first_token_p50: float | None = None
    first_token_p99: float | None = None
    total_tokens: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_cost: str | None = None
    prompt_cost: str | None = None
    completion_cost: str | None = None
    last_run_start_time: datetime | None = None
    feedback_stats: JsonObject | None = None
    session_feedback_stats: JsonObject | None = None
    run_facets: list[JsonObject] | None = None
    error_rate: float | None = None
    streaming_rate: float | None = None
    test_run_number: int | None = None
