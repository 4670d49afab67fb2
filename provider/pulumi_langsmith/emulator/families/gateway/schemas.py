"""Pydantic models of the spec schemas `gateway_policies.*` (`langsmith-platform-openapi.docs.json`).

Go structs: optional fields without a declared default, `config` a plain `object` (its shape depends on
`policy_type`, checked by the routes).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, Field

from ..automation.schemas import _all_of, go


class SubjectMatcher(BaseModel):
    """Spec `gateway_policies.SubjectMatcher`."""

    key: str = go()
    value: str = go()


class CreateGatewayPolicyRequest(BaseModel):
    """Spec `gateway_policies.CreateGatewayPolicyRequest`."""

    action: str = go()
    config: dict[str, Any] = go()
    description: str = go()
    enabled: bool = go()
    name: str = go()
    policy_type: str = go()
    priority: int = go()
    subject_matchers: list[SubjectMatcher] = go()


class UpdateGatewayPolicyRequest(BaseModel):
    """Spec `gateway_policies.UpdateGatewayPolicyRequest`."""

    action: str = go()
    config: dict[str, Any] = go()
    description: str = go()
    enabled: bool = go()
    name: str = go()
    priority: int = go()
    subject_matchers: list[SubjectMatcher] = go()


class RateLimitMetric(str, Enum):
    """Spec `gateway_policies.RateLimitMetric`."""

    requests = "requests"
    tokens = "tokens"


class RateLimitWindow(str, Enum):
    """Spec `gateway_policies.RateLimitWindow`."""

    minute = "minute"
    hour = "hour"


class RateLimitUsage(BaseModel):
    """Spec `gateway_policies.RateLimitUsage`."""

    metric: RateLimitMetric = Field(default=None, json_schema_extra=_all_of)  # type: ignore[assignment]
    value: int = go()
    window: RateLimitWindow = Field(default=None, json_schema_extra=_all_of)  # type: ignore[assignment]


class GatewayPolicyRecord(BaseModel):
    """Spec `gateway_policies.GatewayPolicyRecord`."""

    action: str = go()
    config: dict[str, Any] = go()
    created_at: str = go()
    created_by: str = go()
    current_spend_usd: float = go()
    current_usage: list[RateLimitUsage] = go()
    description: str = go()
    enabled: bool = go()
    id: str = go()
    is_system_generated: bool = go()
    name: str = go()
    organization_id: str = go()
    parent_policy_id: str = go()
    policy_type: str = go()
    priority: int = go()
    subject_matchers: list[SubjectMatcher] = go()
    updated_at: str = go()
