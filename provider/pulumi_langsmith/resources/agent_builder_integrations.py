"""`AgentBuilderIntegrations`: which integrations a workspace's Agent Builder agents may use
(`GET/PUT /v1/agent-builder/integrations`).

A singleton per workspace: there is always one, so create adopts it and brings the fields the program sets
to their inputs (the PUT replaces both fields, so it carries the live value of the one left unset). The API
has no delete: destroy forgets the settings with a warning and leaves them as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field

from ..framework import Conformance, Kind, NestedInputs, OutputsModel, Singleton, WorkspaceInputs, field


class IntegrationOverride(NestedInputs):
    integration_key: str = Field(min_length=1, max_length=128, description="The integration (a catalog `key`).")
    is_enabled: bool = Field(description="Whether agents may use it, whatever the default.")


class AgentBuilderIntegrationsInputs(WorkspaceInputs):
    integrations_enabled_by_default: bool | None = field(
        None, description="Whether an integration without an override is enabled."
    )
    integration_overrides: list[IntegrationOverride] | None = field(
        None,
        unordered=True,
        max_length=500,
        description="Integrations enabled or disabled regardless of the default (each at most once).",
    )


class AgentBuilderIntegrationsOutputs(OutputsModel):
    integration_catalog: list[dict[str, Any]] | None = field(
        None, description="The integrations the workspace knows (`key`, `display_name`, `can_invoke`)."
    )


def _distinct_overrides(inputs: AgentBuilderIntegrationsInputs) -> list[tuple[str, str]]:
    keys = [o.integration_key for o in inputs.integration_overrides or []]
    if len(set(keys)) != len(keys):
        return [("integration_overrides", "each integration_key at most once")]
    return []


class AgentBuilderIntegrationsApi(Singleton):
    """Requests: create 1 (GET) plus the PUT when a managed field differs (its body over a second GET, as the
    PUT replaces both fields), read 1, update 2 (GET, PUT), delete 0 (forgets)."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live = super().live_inputs(obj, state)
        if live.get("integration_overrides") is not None:  # the API's objects, without fields it may add
            live["integration_overrides"] = [
                {"integration_key": o.get("integration_key"), "is_enabled": o.get("is_enabled")}
                for o in live["integration_overrides"]
            ]
        return live


KIND = Kind(
    name="AgentBuilderIntegrations",
    description="Which integrations a workspace's Agent Builder agents may use: a default and per-integration "
    "overrides. One per workspace; only the fields you set are managed.",
    inputs=AgentBuilderIntegrationsInputs,
    outputs=AgentBuilderIntegrationsOutputs,
    validate=_distinct_overrides,
    api=AgentBuilderIntegrationsApi("/v1/agent-builder/integrations", update_method="PUT"),
    docs="There is always exactly one per workspace: `pulumi up` adopts it, and a field you leave unset keeps "
    "whatever the workspace holds. `pulumi destroy` forgets the settings (with a warning) and leaves them in "
    "place: the API cannot delete them.",
    conformance=Conformance(
        example={"integration_overrides": [{"integration_key": "slack", "is_enabled": False}]},
        update={
            "integrations_enabled_by_default": False,
            "integration_overrides": [{"integration_key": "github", "is_enabled": True}],
        },
        replace=None,  # only another workspace replaces, and the suite has one workspace
        invalid=(
            ({"integration_overrides": [{"integration_key": "", "is_enabled": True}]}, "integration_overrides"),
            (
                {
                    "integration_overrides": [
                        {"integration_key": "slack", "is_enabled": True},
                        {"integration_key": "slack", "is_enabled": False},
                    ]
                },
                "integration_overrides",
            ),
        ),
        drift={"integration_overrides": [{"integration_key": "notion", "is_enabled": False}]},
        delete_forgets=True,
    ),
)
