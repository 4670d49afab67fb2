"""Pydantic models of the spec schemas `integrations.*` (`langsmith-platform-openapi.docs.json`)."""

from __future__ import annotations

from pydantic import BaseModel

from ..automation.schemas import go


class IntegrationCatalogEntry(BaseModel):
    """Spec `integrations.IntegrationCatalogEntry`."""

    can_invoke: bool = go()
    display_name: str = go()
    id: str = go()
    key: str = go()


class IntegrationOverride(BaseModel):
    """Spec `integrations.IntegrationOverride`."""

    integration_key: str = go()
    is_enabled: bool = go()


class IntegrationOverrideUpdate(BaseModel):
    """Spec `integrations.IntegrationOverrideUpdate`."""

    integration_key: str = go()
    is_enabled: bool = go()


class AgentBuilderIntegrationsPayload(BaseModel):
    """Spec `integrations.AgentBuilderIntegrationsPayload`."""

    integration_catalog: list[IntegrationCatalogEntry] = go()
    integration_overrides: list[IntegrationOverride] = go()
    integrations_enabled_by_default: bool = go()


class AgentBuilderIntegrationsUpdatePayload(BaseModel):
    """Spec `integrations.AgentBuilderIntegrationsUpdatePayload`."""

    integration_overrides: list[IntegrationOverrideUpdate] = go()
    integrations_enabled_by_default: bool = go()
