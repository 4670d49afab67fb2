"""Routes of the agent-builder family (errors are a bare `{error: message}` map).

- GET answers the workspace's settings: the default policy (`integrations_enabled_by_default`, true until
  set), the overrides, and the catalog of integrations the workspace knows. There is always one.
- PUT replaces the default policy and the overrides (an absent field is its default: enabled by default,
  no overrides); an override names a catalog integration, at most once (400 otherwise). No DELETE.
"""

from __future__ import annotations

from typing import Any
from uuid import NAMESPACE_URL, uuid5

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from ...auth import StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from .schemas import AgentBuilderIntegrationsPayload, AgentBuilderIntegrationsUpdatePayload
from .tables import AGENT_BUILDER_INTEGRATIONS

router = APIRouter()

#: The integrations every emulated workspace knows: (key, display name).
CATALOG = (
    ("github", "GitHub"),
    ("gmail", "Gmail"),
    ("google-calendar", "Google Calendar"),
    ("linear", "Linear"),
    ("notion", "Notion"),
    ("slack", "Slack"),
)


def _catalog() -> list[Document]:
    return [
        {"id": str(uuid5(NAMESPACE_URL, f"agent-builder:{key}")), "key": key, "display_name": name, "can_invoke": True}
        for key, name in CATALOG
    ]


def _settings(store: Store, workspace_id: str) -> Document:
    return store.get_in(AGENT_BUILDER_INTEGRATIONS, workspace_id, workspace_id) or {
        "id": workspace_id,
        "integrations_enabled_by_default": True,
        "integration_overrides": [],
    }


def view(doc: Document) -> Document:
    return {
        "integrations_enabled_by_default": doc["integrations_enabled_by_default"],
        "integration_overrides": doc["integration_overrides"],
        "integration_catalog": _catalog(),
    }


@router.get("/integrations", response_model=AgentBuilderIntegrationsPayload, dependencies=[requires("workspaces:read")])
async def get_integrations(principal: WorkspaceCaller, store: StoreDep) -> Any:
    return view(_settings(store, principal.workspace_id))


@router.put(
    "/integrations",
    response_model=AgentBuilderIntegrationsPayload,
    dependencies=[requires("fleet:write-admin-config")],
)
async def put_integrations(
    body: AgentBuilderIntegrationsUpdatePayload, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Replace the default policy and the overrides of the workspace."""
    overrides = [o.model_dump() for o in body.integration_overrides or []]
    known = {key for key, _ in CATALOG}
    keys = [o.get("integration_key") for o in overrides]
    unknown = sorted(str(k) for k in keys if k not in known)
    if unknown:
        return JSONResponse({"error": f"unknown integrations: {', '.join(unknown)}"}, status_code=400)
    if len(set(keys)) != len(keys):
        return JSONResponse({"error": "each integration may be overridden at most once"}, status_code=400)
    workspace = principal.workspace_id
    doc = {
        "id": workspace,
        "integrations_enabled_by_default": True
        if body.integrations_enabled_by_default is None
        else body.integrations_enabled_by_default,
        "integration_overrides": [
            {"integration_key": o["integration_key"], "is_enabled": bool(o["is_enabled"])} for o in overrides
        ],
    }
    with store.transaction():
        if store.get_in(AGENT_BUILDER_INTEGRATIONS, workspace, workspace) is None:
            store.insert(AGENT_BUILDER_INTEGRATIONS, doc, scope=workspace)
        else:
            store.replace(AGENT_BUILDER_INTEGRATIONS, doc)
    return view(doc)
