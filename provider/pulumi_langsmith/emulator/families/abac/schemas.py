"""Pydantic models of the spec schemas for tags (`TagKey*`, `TagValue*`, `Tagging*`, `ResourceType`) and access
policies (`authz_internal.*`, `abac.ErrorResponse`, the Go service: no nulls) of `langsmith-platform-openapi.docs.json`."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

from ..access.principals import PERMISSIONS


def _no_default(schema: dict[str, Any]) -> None:
    """Spec fields that are optional without a declared default."""
    schema.pop("default", None)


def _unset() -> Any:
    """An optional field without a declared default whose value is None when it is not sent."""
    return Field(default=None, json_schema_extra=_no_default)


# ---------------------------------------------------------------- tags


class ResourceType(str, Enum):
    """Spec `ResourceType`: what a tagging may tag."""

    agent = "agent"
    dashboard = "dashboard"
    dataset = "dataset"
    deployment = "deployment"
    evaluator = "evaluator"
    experiment = "experiment"
    fleet_integration = "fleet_integration"
    mcp_server = "mcp_server"
    project = "project"
    prompt = "prompt"
    queue = "queue"
    sandbox = "sandbox"
    skill = "skill"


class TagKeyCreate(BaseModel):
    """Spec `TagKeyCreate`."""

    key: str = Field(min_length=1, max_length=255)
    description: str | None = _unset()


class TagKeyUpdate(BaseModel):
    """Spec `TagKeyUpdate`: the fields sent replace the stored ones (a null key leaves it as it is)."""

    key: str | None = Field(default=None, min_length=1, max_length=255, json_schema_extra=_no_default)
    description: str | None = _unset()


class TagKey(BaseModel):
    """Spec `TagKey`."""

    key: str = Field(min_length=1, max_length=255)
    description: str | None = _unset()
    id: UUID
    created_at: datetime
    updated_at: datetime


class TagValueCreate(BaseModel):
    """Spec `TagValueCreate`."""

    value: str = Field(min_length=1, max_length=255)
    description: str | None = _unset()


class TagValueUpdate(BaseModel):
    """Spec `TagValueUpdate`."""

    value: str | None = Field(default=None, min_length=1, max_length=255, json_schema_extra=_no_default)
    description: str | None = _unset()


class TagValue(BaseModel):
    """Spec `TagValue`."""

    value: str = Field(min_length=1, max_length=255)
    description: str | None = _unset()
    id: UUID
    tag_key_id: UUID
    created_at: datetime
    updated_at: datetime


class TaggingCreate(BaseModel):
    """Spec `TaggingCreate`."""

    tag_value_id: UUID
    resource_type: ResourceType
    resource_id: UUID


class Tagging(TaggingCreate):
    """Spec `Tagging`."""

    id: UUID
    created_at: datetime


class TagValueWithTaggings(TagValue):
    """Spec `TagValueWithTaggings`."""

    taggings: list[Tagging] = _unset()


class TagKeyWithValuesAndTaggings(TagKey):
    """Spec `TagKeyWithValuesAndTaggings`."""

    values: list[TagValueWithTaggings] = _unset()


# ---------------------------------------------------------------- access policies (Go service)

Permission = Enum("Permission", {p: p for p in PERMISSIONS}, type=str)  # type: ignore[misc]
"""Spec `authz_internal.Permission`, in the spec's order."""


class AbacAttributeName(str, Enum):
    """Spec `authz_internal.AbacAttributeName`: only resource tags so far."""

    resource_tag_key = "resource_tag_key"


class AbacOperator(str, Enum):
    """Spec `authz_internal.AbacOperator`."""

    equals = "equals"
    not_equals = "not_equals"
    equals_ignore_case = "equals_ignore_case"
    not_equals_ignore_case = "not_equals_ignore_case"
    matches = "matches"
    not_matches = "not_matches"
    equals_if_exists = "equals_if_exists"
    not_equals_if_exists = "not_equals_if_exists"
    equals_ignore_case_if_exists = "equals_ignore_case_if_exists"
    not_equals_ignore_case_if_exists = "not_equals_ignore_case_if_exists"
    matches_if_exists = "matches_if_exists"
    not_matches_if_exists = "not_matches_if_exists"


class Condition(BaseModel):
    """Spec `authz_internal.Condition`."""

    attribute_key: str = _unset()
    attribute_name: AbacAttributeName = _unset()
    attribute_value: str = _unset()
    operator: AbacOperator = _unset()


class ConditionGroup(BaseModel):
    """Spec `authz_internal.ConditionGroup`."""

    conditions: list[Condition] = _unset()
    permission: Permission = _unset()
    resource_type: str = _unset()


class CreateAccessPolicyPayload(BaseModel):
    """Spec `authz_internal.CreateAccessPolicyPayload` (`role_ids`: attach to these roles at once)."""

    condition_groups: list[ConditionGroup] = _unset()
    description: str = Field(default="", json_schema_extra=_no_default)
    effect: str = Field(default="", json_schema_extra=_no_default)
    name: str = Field(default="", json_schema_extra=_no_default)
    role_ids: list[str] = _unset()


class AccessPolicyCreateResponse(BaseModel):
    """Spec `authz_internal.AccessPolicyCreateResponse`."""

    id: str = _unset()


class AccessPolicy(BaseModel):
    """Spec `authz_internal.AccessPolicy` (every field optional in the spec; the emulator always fills them)."""

    condition_groups: list[ConditionGroup] = _unset()
    created_at: str = _unset()
    description: str = _unset()
    effect: str = _unset()
    id: str = _unset()
    name: str = _unset()
    role_ids: list[str] = _unset()
    updated_at: str = _unset()


class ListAccessPoliciesResponse(BaseModel):
    """Spec `authz_internal.ListAccessPoliciesResponse`."""

    access_policies: list[AccessPolicy] = _unset()


class AttachAccessPoliciesPayload(BaseModel):
    """Spec `authz_internal.AttachAccessPoliciesPayload`."""

    access_policy_ids: list[str] = _unset()


class AbacErrorResponse(BaseModel):
    """Spec `abac.ErrorResponse`."""

    error: str
