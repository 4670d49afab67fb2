"""Pydantic models of the spec schemas `sandboxes.*Registry*` (`langsmith-platform-openapi.docs.json`)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..automation.schemas import _go, go


class CreateRegistryPayload(BaseModel):
    """Spec `sandboxes.CreateRegistryPayload`."""

    name: str = Field(json_schema_extra=_go)
    password: str = Field(json_schema_extra=_go)
    url: str = Field(json_schema_extra=_go)
    username: str = Field(json_schema_extra=_go)


class UpdateRegistryPayload(BaseModel):
    """Spec `sandboxes.UpdateRegistryPayload`."""

    name: str = go()
    password: str = go()
    url: str = go()
    username: str = go()


class RegistryResponse(BaseModel):
    """Spec `sandboxes.RegistryResponse` (no credentials: they are never answered)."""

    created_at: str = go()
    created_by: str = go()
    id: str = go()
    name: str = go()
    updated_at: str = go()
    updated_by: str = go()
    url: str = go()


class RegistryListResponse(BaseModel):
    """Spec `sandboxes.RegistryListResponse`."""

    offset: int = go()
    registries: list[RegistryResponse] = go()
