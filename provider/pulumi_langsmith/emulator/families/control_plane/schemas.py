"""Pydantic models mirroring the Deployment control-plane OpenAPI schemas (`control-plane-openapi.json`).

Names, fields, types and constraints follow `components/schemas` of the control-plane spec; nullable
fields carry no default in the spec's JSON Schema, so `Nullable(...)` hides pydantic's `default: null`.
Request models ignore unknown fields, as the real FastAPI service does. `LogsResponse` and `LogEntry`
come from the newer per-endpoint documentation (reference `langsmith-api.md` §1), not from the saved spec;
so do the fields and enum values `scripts/extract_contract.py` lists in `DOCUMENTED_SCHEMA_ADDITIONS`
(the scale-to-zero deployment types, `SourceConfig.repo_branch`, `display_name`), each cited there.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, Field


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def Nullable(**constraints: Any) -> Any:
    """A nullable, optional field as the spec writes it (`anyOf [T, null]`, no `default`)."""
    return Field(default=None, json_schema_extra=_no_default, **constraints)


class DeploymentSource(str, Enum):
    """Spec `Deployment.source`."""

    github = "github"
    external_docker = "external_docker"
    internal_docker = "internal_docker"
    internal_source = "internal_source"


class RevisionSource(str, Enum):
    """Spec `DeploymentPatchRequest.revision_source`."""

    github = "github"
    internal_docker = "internal_docker"
    internal_source = "internal_source"


class DeploymentType(str, Enum):
    """Spec `SourceConfigRequest.deployment_type`, with the scale-to-zero types of the newer API (the official
    provider's `dev_zero`/`dev_free_zero`; see `DOCUMENTED_SCHEMA_ADDITIONS` in scripts/extract_contract.py)."""

    dev_free = "dev_free"
    dev = "dev"
    prod = "prod"
    dev_zero = "dev_zero"
    dev_free_zero = "dev_free_zero"


class DeploymentTypeFilter(str, Enum):
    """Spec `deployment_type` query parameter of `GET /v2/deployments` (the saved spec's three values)."""

    dev_free = "dev_free"
    dev = "dev"
    prod = "prod"


class DeploymentStatus(str, Enum):
    """Spec `Deployment.status`."""

    AWAITING_DATABASE = "AWAITING_DATABASE"
    READY = "READY"
    UNUSED = "UNUSED"
    AWAITING_DELETE = "AWAITING_DELETE"
    UNKNOWN = "UNKNOWN"


class RevisionStatus(str, Enum):
    """Spec `Revision.status`."""

    CREATING = "CREATING"
    QUEUED = "QUEUED"
    AWAITING_BUILD = "AWAITING_BUILD"
    BUILDING = "BUILDING"
    AWAITING_DEPLOY = "AWAITING_DEPLOY"
    DEPLOYING = "DEPLOYING"
    CREATE_FAILED = "CREATE_FAILED"
    BUILD_FAILED = "BUILD_FAILED"
    DEPLOY_FAILED = "DEPLOY_FAILED"
    DEPLOYED = "DEPLOYED"
    SKIPPED = "SKIPPED"
    INTERRUPTED = "INTERRUPTED"
    UNKNOWN = "UNKNOWN"


class LogType(str, Enum):
    """Revision logs `type` query parameter (newer docs)."""

    build = "build"
    deploy = "deploy"


class LogOrder(str, Enum):
    asc = "asc"
    desc = "desc"


class LogLevel(str, Enum):
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"
    CRITICAL = "CRITICAL"


# ---------------------------------------------------------------- Kubernetes fragments of a resource spec


class EnvVar(BaseModel):
    """Spec `EnvVar`."""

    name: str
    value: str | None = Nullable()
    valueFrom: dict[str, Any] | None = Nullable()


class ResourceRequirements(BaseModel):
    """Spec `ResourceRequirements`."""

    limits: dict[str, str] | None = Nullable()
    requests: dict[str, str] | None = Nullable()


class VolumeMount(BaseModel):
    """Spec `VolumeMount` (its `name` and `mountPath` are not in the spec's `required`)."""

    name: str = Field(default=None, json_schema_extra=_no_default)  # type: ignore[assignment]
    mountPath: str = Field(default=None, json_schema_extra=_no_default)  # type: ignore[assignment]
    subPath: str | None = Nullable()
    mountPropagation: str | None = Nullable()
    readOnly: bool | None = Nullable()
    subPathExpr: str | None = Nullable()


class Container(BaseModel):
    """Spec `Container`."""

    name: str
    image: str
    imagePullPolicy: str | None = Nullable()
    command: list[str] | None = Nullable()
    args: list[str] | None = Nullable()
    workingDir: str | None = Nullable()
    env: list[EnvVar] | None = Nullable()
    envFrom: list[dict[str, Any]] | None = Nullable()
    resources: ResourceRequirements | None = Nullable()
    volumeMounts: list[VolumeMount] | None = Nullable()
    securityContext: dict[str, Any] | None = Nullable()
    restartPolicy: str | None = Nullable()


class LocalObjectReference(BaseModel):
    """Spec `LocalObjectReference`."""

    name: str


class Volume(BaseModel):
    """Spec `Volume` (`name` is not in the spec's `required`)."""

    name: str = Field(default=None, json_schema_extra=_no_default)  # type: ignore[assignment]
    configMap: dict[str, Any] | None = Nullable()
    secret: dict[str, Any] | None = Nullable()
    emptyDir: dict[str, Any] | None = Nullable()
    persistentVolumeClaim: dict[str, Any] | None = Nullable()
    nfs: dict[str, Any] | None = Nullable()
    projected: dict[str, Any] | None = Nullable()
    downwardAPI: dict[str, Any] | None = Nullable()
    csi: dict[str, Any] | None = Nullable()


class ResourceSpec(BaseModel):
    """Spec `ResourceSpec-Input` / `ResourceSpec-Output` (identical)."""

    min_scale: int | None = Nullable()
    max_scale: int | None = Nullable()
    cpu: float | None = Nullable(ge=0.1, le=8.0)
    cpu_limit: float | None = Nullable(ge=0.1, le=16.0)
    memory_mb: int | None = Nullable()
    memory_limit_mb: int | None = Nullable()
    queue_min_scale: int | None = Nullable()
    queue_max_scale: int | None = Nullable()
    queue_cpu: float | None = Nullable(ge=0.1, le=8.0)
    queue_cpu_limit: float | None = Nullable(ge=0.1, le=16.0)
    queue_memory_mb: int | None = Nullable()
    queue_memory_limit_mb: int | None = Nullable()
    orchestrator_cpu: float | None = Nullable()
    orchestrator_cpu_limit: float | None = Nullable()
    orchestrator_memory_mb: int | None = Nullable()
    orchestrator_memory_limit_mb: int | None = Nullable()
    orchestrator_min_scale: int | None = Nullable()
    orchestrator_max_scale: int | None = Nullable()
    executor_cpu: float | None = Nullable()
    executor_cpu_limit: float | None = Nullable()
    executor_memory_mb: int | None = Nullable()
    executor_memory_limit_mb: int | None = Nullable()
    redis_cpu: float | None = Nullable(ge=0.1, le=8.0)
    redis_cpu_limit: float | None = Nullable(ge=0.1, le=16.0)
    redis_memory_mb: int | None = Nullable()
    redis_memory_limit_mb: int | None = Nullable()
    labels: dict[str, str] | None = Nullable()
    annotations: dict[str, str] | None = Nullable()
    service_account_name: str | None = Nullable()
    image_pull_secrets: list[LocalObjectReference] | None = Nullable()
    volumes: list[Volume] | None = Nullable()
    volume_mounts: list[VolumeMount] | None = Nullable()
    init_containers: list[Container] | None = Nullable()
    sidecars: list[Container] | None = Nullable()
    db_cpu: float | None = Nullable()
    db_cpu_limit: float | None = Nullable()
    db_memory_mb: int | None = Nullable()
    db_memory_limit_mb: int | None = Nullable()
    db_storage_gi: int | None = Nullable()
    db_max_connections: int | None = Nullable()


# ---------------------------------------------------------------- deployments


class ListenerConfig(BaseModel):
    """Spec `ListenerConfig`."""

    k8s_namespace: str | None = Nullable()


class SourceConfigRequest(BaseModel):
    """Spec `SourceConfigRequest`."""

    integration_id: UUID | None = Nullable()
    repo_url: str | None = Nullable()
    deployment_type: DeploymentType | None = Nullable()
    build_on_push: bool | None = Nullable()
    custom_url: str | None = Nullable()
    resource_spec: ResourceSpec | None = Nullable()
    listener_id: UUID | None = Nullable()
    listener_config: ListenerConfig | None = Nullable()
    install_command: str | None = Nullable()
    build_command: str | None = Nullable()


class SourceConfig(SourceConfigRequest):
    """Spec `SourceConfig` (the response form), with the newer API's `repo_branch`: the branch of a github
    deployment whose `source_revision_config.repo_ref` the API reports resolved (official provider's import)."""

    repo_branch: str | None = Nullable()


class SourceRevisionConfigRequest(BaseModel):
    """Spec `SourceRevisionConfigRequest`."""

    repo_ref: str | None = Nullable()
    langgraph_config_path: str | None = Nullable()
    image_uri: str | None = Nullable()
    source_tarball_path: str | None = Nullable()


class SourceRevisionConfig(SourceRevisionConfigRequest):
    """Spec `SourceRevisionConfig`."""

    repo_commit_sha: str | None = Nullable()


class Secret(BaseModel):
    """Spec `Secret`."""

    name: str
    value: str


class SecretReference(BaseModel):
    """Spec `SecretReference`."""

    name: str
    secret_name: str
    secret_key: str


class DeploymentCreateRequest(BaseModel):
    """Spec `DeploymentCreateRequest`."""

    name: str
    source: DeploymentSource
    source_config: SourceConfigRequest
    source_revision_config: SourceRevisionConfigRequest
    secrets: list[Secret]
    secret_references: list[SecretReference] | None = Nullable()


class DeploymentPatchRequest(BaseModel):
    """Spec `DeploymentPatchRequest` (also the body of the newer `POST .../revisions`)."""

    revision_source: RevisionSource | None = Nullable()
    display_name: str | None = Nullable(min_length=1)
    source_config: SourceConfigRequest | None = Nullable()
    source_revision_config: SourceRevisionConfigRequest | None = Nullable()
    secrets: list[Secret] | None = Nullable()
    secret_references: list[SecretReference] | None = Nullable()


class Deployment(BaseModel):
    """Spec `Deployment`."""

    name: str
    display_name: str | None = Nullable()
    source: DeploymentSource
    source_config: SourceConfig
    source_revision_config: SourceRevisionConfig
    secrets: list[Secret]
    secret_references: list[SecretReference] | None = Nullable()
    id: UUID
    tenant_id: UUID
    created_at: datetime
    updated_at: datetime
    status: DeploymentStatus
    latest_revision_id: UUID | None
    active_revision_id: UUID | None
    image_version: str | None = Nullable()


class DeploymentsList(BaseModel):
    """Spec `DeploymentsList`."""

    resources: list[Deployment]
    offset: int


class Revision(BaseModel):
    """Spec `Revision`."""

    id: UUID
    created_at: datetime
    updated_at: datetime
    status: RevisionStatus
    source: DeploymentSource
    source_revision_config: SourceRevisionConfig


class RevisionsList(BaseModel):
    """Spec `RevisionsList`."""

    resources: list[Revision]
    offset: int


class GithubIntegration(BaseModel):
    """Spec `GithubIntegration`."""

    id: UUID
    installation_id: int
    name: str


class GithubRepository(BaseModel):
    """Spec `GithubRepository`."""

    host_integration_id: UUID
    id: int
    name: str
    owner: str
    url: str
    default_branch: str


class LogsResponse(BaseModel):
    """`LogsResponse` of the newer revision-logs endpoint: log entries and the cursor of the next page."""

    logs: list[dict[str, Any]]
    next_offset: str | None


# ---------------------------------------------------------------- listeners (self-hosted control planes)


class ListenerComputeConfig(BaseModel):
    """Spec `ListenerComputeConfig`."""

    k8s_namespaces: list[str] | None = Nullable()


class ListenerCreateRequest(BaseModel):
    """Spec `ListenerCreateRequest`."""

    version: str | None = Nullable()
    compute_type: Literal["k8s"]
    compute_id: str
    compute_config: ListenerComputeConfig


class ListenerPatchRequest(BaseModel):
    """Spec `ListenerPatchRequest`."""

    version: str | None = Nullable()
    compute_config: ListenerComputeConfig | None = Nullable()


class Listener(ListenerCreateRequest):
    """Spec `Listener`."""

    id: UUID
    created_at: datetime
    updated_at: datetime


class ListenersList(BaseModel):
    """Spec `ListenersList`."""

    resources: list[Listener]
    offset: int
