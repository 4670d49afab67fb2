"""Pydantic models of the spec schemas `tools.*` and `mcp_vendors.*` (`langsmith-platform-openapi.docs.json`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from ..automation.schemas import _go, go


def _map(schema: dict[str, Any]) -> None:
    """A Go `map[string]any` field: no default, `additionalProperties: true` kept (as the spec says)."""
    schema.pop("default", None)


def go_map(**kwargs: Any) -> Any:
    return Field(default=None, json_schema_extra=_map, **kwargs)


class Tool(BaseModel):
    """Spec `tools.Tool`."""

    created_at: str = go()
    description: str = go()
    enabled: bool = go()
    handle: str = go()
    id: str = go()
    metadata: dict[str, Any] = go_map()
    name: str = go()
    parameters: dict[str, Any] = go_map()
    returns: dict[str, Any] = go_map()
    tenant_id: str = go()
    updated_at: str = go()


class ListToolsResponse(BaseModel):
    """Spec `tools.ListToolsResponse`."""

    next_offset: int = go()
    tools: list[Tool] = go()
    total: int = go()


class CreateToolPayload(BaseModel):
    """Spec `tools.CreateToolPayload`."""

    description: str = Field(json_schema_extra=_go)
    enabled: bool = go()
    handle: str = Field(json_schema_extra=_go)
    metadata: dict[str, Any] = go_map()
    name: str = Field(json_schema_extra=_go)
    parameters: dict[str, Any] = Field(json_schema_extra=_map)
    returns: dict[str, Any] = go_map()


class UpdateToolPayload(BaseModel):
    """Spec `tools.UpdateToolPayload`."""

    description: str = go()
    enabled: bool = go()
    metadata: dict[str, Any] = go_map()
    name: str = go()
    parameters: dict[str, Any] = go_map()
    returns: dict[str, Any] = go_map()


class ArcadeSettingsRequest(BaseModel):
    """Spec `mcp_vendors.ArcadeSettingsRequest`."""

    organization_id: str = go()
    project_id: str = go()


class ArcadeSettingsResponse(BaseModel):
    """Spec `mcp_vendors.ArcadeSettingsResponse`."""

    is_configured: bool = go()
    organization_id: str = go()
    project_id: str = go()
