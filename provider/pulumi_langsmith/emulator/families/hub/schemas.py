"""Prompt hub models: spec `CreateRepoRequest`, `UpdateRepoRequest`, `RepoWithLookups`, `RepoTag*`,
`*RepoOwner*`, `commits.*` and `hub_environments.*` of `langsmith-platform-openapi.docs.json`.

Repos, tags and owners are the FastAPI service (optional fields are `anyOf [T, null]` without a default);
commits and hub environments the Go service (`_go`: no default, plain `object`s).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated, Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def _go(schema: dict[str, Any]) -> None:
    """A Go struct field: no default, and an `object` without `additionalProperties`."""
    schema.pop("default", None)
    if schema.get("type") == "object" and schema.get("additionalProperties") is True:
        del schema["additionalProperties"]


def optional(**constraints: Any) -> Any:
    return Field(default=None, json_schema_extra=_no_default, **constraints)


def go(**constraints: Any) -> Any:
    return Field(default=None, json_schema_extra=_go, **constraints)


class RepoType(str, Enum):
    prompt = "prompt"
    file = "file"
    agent = "agent"
    skill = "skill"


class RepoSource(str, Enum):
    internal = "internal"
    external = "external"


class CreateRepoRequest(BaseModel):
    """Spec `CreateRepoRequest`."""

    tag_value_ids: Annotated[list[UUID], Field(max_length=100)] | None = optional()
    repo_handle: str
    description: str | None = optional()
    readme: str | None = optional()
    is_public: bool
    tags: list[str] | None = optional()
    repo_type: RepoType = RepoType.prompt
    source: RepoSource | None = optional()
    restricted_mode: bool | None = optional()


class UpdateRepoRequest(BaseModel):
    """Spec `UpdateRepoRequest`: the fields sent (non-null) replace the stored ones."""

    model_config = ConfigDict(extra="forbid")

    description: str | None = optional()
    readme: str | None = optional()
    tags: list[str] | None = optional()
    is_public: bool | None = optional()
    is_archived: bool | None = optional()
    restricted_mode: bool | None = optional()


class RepoOwner(BaseModel):
    """Spec `RepoOwner`."""

    identity_id: UUID | None
    ls_user_id: UUID
    email: str | None
    full_name: str | None
    created_at: datetime


class RepoExampleResponse(BaseModel):
    """Spec `RepoExampleResponse`."""

    id: UUID
    start_time: datetime | None = optional()
    inputs: dict[str, Any] | None = optional()
    outputs: dict[str, Any] | None = optional()
    session_id: UUID


class CommitManifestResponse(BaseModel):
    """Spec `CommitManifestResponse`."""

    commit_hash: str
    manifest: dict[str, Any]
    examples: list[RepoExampleResponse] | None = optional()


class RepoWithLookups(BaseModel):
    """Spec `RepoWithLookups` (the fields the emulator keeps)."""

    repo_handle: str
    description: str | None = optional()
    readme: str | None = optional()
    id: UUID
    tenant_id: UUID
    created_at: datetime
    updated_at: datetime
    is_public: bool
    is_archived: bool
    restricted_mode: bool = False
    tags: list[str]
    original_repo_id: UUID | None = optional()
    upstream_repo_id: UUID | None = optional()
    commit_tags: list[str] = []
    repo_type: RepoType
    source: RepoSource | None = optional()
    owner: str | None
    full_name: str
    num_likes: int
    num_downloads: int
    num_views: int
    liked_by_auth_user: bool | None = optional()
    last_commit_hash: str | None = optional()
    num_commits: int
    created_by: str | None = optional()
    original_repo_full_name: str | None = optional()
    upstream_repo_full_name: str | None = optional()
    latest_commit_manifest: CommitManifestResponse | None = optional()
    owners: list[RepoOwner] | None = optional()


class RepoEnvelope(BaseModel):
    """Spec `CreateRepoResponse` / `GetRepoResponse`."""

    repo: RepoWithLookups


class ListReposResponse(BaseModel):
    """Spec `ListReposResponse`."""

    repos: list[RepoWithLookups]
    total: int


SkipWebhooks = bool | list[UUID]


class RepoTagRequest(BaseModel):
    """Spec `RepoTagRequest`."""

    tag_name: str
    commit_id: UUID
    skip_webhooks: SkipWebhooks = False


class RepoUpdateTagRequest(BaseModel):
    """Spec `RepoUpdateTagRequest`."""

    commit_id: UUID
    skip_webhooks: SkipWebhooks = False


class RepoTag(BaseModel):
    """Spec `RepoTag`."""

    id: UUID
    repo_id: UUID
    commit_id: UUID
    commit_hash: str
    tag_name: str
    created_at: datetime
    updated_at: datetime


class AddRepoOwnerRequest(BaseModel):
    """Spec `AddRepoOwnerRequest`."""

    email: str


class RemoveRepoOwnerRequest(BaseModel):
    """Spec `RemoveRepoOwnerRequest`."""

    identity_id: UUID


class ListRepoOwnersResponse(BaseModel):
    """Spec `ListRepoOwnersResponse`."""

    owners: list[RepoOwner]


# ================================================================ commits (Go)


class CreateCommitReq(BaseModel):
    """Spec `commits.CreateCommitReq`."""

    model_config = ConfigDict(title="commits.CreateCommitReq")

    description: str = go()
    manifest: dict[str, Any] = go()
    parent_commit: str = go()
    skip_webhooks: Any = go()


class CommitWithLookups(BaseModel):
    """Spec `commits.CommitWithLookups`."""

    model_config = ConfigDict(title="commits.CommitWithLookups")

    commit_hash: str = go()
    created_at: datetime = go()
    description: str = go()
    example_run_ids: list[UUID] = go()
    full_name: str = go()
    id: UUID = go()
    manifest: dict[str, Any] = go()
    manifest_sha: list[int] = go()
    num_downloads: int = go()
    num_views: int = go()
    parent_commit_hash: str = go()
    parent_id: UUID = go()
    repo_id: UUID = go()
    updated_at: datetime = go()


class CreateCommitResponse(BaseModel):
    """Spec `commits.CreateCommitResponse`."""

    commit: CommitWithLookups = go()


class ListCommitsResponse(BaseModel):
    """Spec `commits.ListCommitsResponse`."""

    commits: list[CommitWithLookups] = go()
    total: int = go()


class CommitResponse(BaseModel):
    """Spec `commits.CommitResponse`."""

    commit_hash: str = go()
    manifest: dict[str, Any] = go()


# ================================================================ hub environments (Go)


class EnvironmentEntry(BaseModel):
    """Spec `hub_environments.EnvironmentEntry`."""

    name: str = Field(min_length=1, max_length=64)


class CreateEnvironmentsRequest(BaseModel):
    """Spec `hub_environments.CreateEnvironmentsRequest`."""

    environments: list[EnvironmentEntry] = Field(min_length=1, max_length=4)


class UpdateEnvironmentsRequest(BaseModel):
    """Spec `hub_environments.UpdateEnvironmentsRequest`."""

    environments: list[EnvironmentEntry] = Field(max_length=4)


class HubEnvironmentsModel(BaseModel):
    """Spec `hub_environments.HubEnvironmentsModel`."""

    environments: list[EnvironmentEntry] = go()
    id: str = go()
