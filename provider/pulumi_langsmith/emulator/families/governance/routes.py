"""Governance routes: trace retention (TTL settings).

`router` is mounted at `/api/v1`; `root_router` (the Go service's routes at the SaaS root) at `/` and at the
self-hosted `/api`. Models (`schemas.py`) follow the spec schemas of `langsmith-platform-openapi.docs.json`.

- Retention: `GET/PUT /api/v1/orgs/ttl-settings` list and upsert the organisation's default trace tier (its
  own setting has `tenant_id` null; one with a `tenant_id` is that workspace's). Before any PUT the
  organisation's setting is the system default (long-lived, `configured_by: system`). The Go
  `GET/PUT /workspaces/current/ttl-settings` reads and sets the workspace's long-lived trace retention in
  days (`is_custom` once set); the organisation's list reports it as the workspace's `longlived_ttl_days`.
"""

from __future__ import annotations

from typing import Any
from uuid import NAMESPACE_URL, uuid5

from fastapi import APIRouter, HTTPException

from ...auth import OrganizationCaller, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from ..langsmith.tables import WORKSPACES
from .schemas import TTLSettings, TTLSettingsResponse, UpdateTTLSettingsRequest, UpsertTTLSettingsRequest
from .tables import TTL_SETTINGS

router = APIRouter()
root_router = APIRouter()

#: Long-lived traces are kept this many days unless a workspace sets its own retention (LangSmith's 400).
DEFAULT_LONGLIVED_TTL_DAYS = 400
MAX_LONGLIVED_TTL_DAYS = 3650


# ================================================================ retention


def _ttl_id(organization_id: str, tenant_id: str | None) -> str:
    """One setting per organisation and per workspace: its id is derived from them."""
    return str(uuid5(NAMESPACE_URL, f"langsmith-emulator:{organization_id}:ttl:{tenant_id or 'org'}"))


def _ttl_setting(store: Store, organization_id: str, tenant_id: str | None) -> Document | None:
    return store.get_in(TTL_SETTINGS, organization_id, _ttl_id(organization_id, tenant_id))


def _system_default(organization_id: str) -> Document:
    now = utcnow().isoformat()
    return {
        "id": _ttl_id(organization_id, None),
        "tenant_id": None,
        "organization_id": organization_id,
        "default_trace_tier": "longlived",
        "apply_to_all_projects": False,
        "configured_by": "system",
        "longlived_ttl_days": None,
        "created_at": now,
        "updated_at": now,
    }


def _upsert_ttl(store: Store, organization_id: str, tenant_id: str | None, changes: dict[str, Any]) -> Document:
    with store.transaction():
        doc = _ttl_setting(store, organization_id, tenant_id)
        now = utcnow().isoformat()
        if doc is None:
            doc = {**_system_default(organization_id), **changes, "configured_by": "user"}
            doc.update(id=_ttl_id(organization_id, tenant_id), tenant_id=tenant_id)
            doc.update(created_at=now, updated_at=now)
            store.insert(TTL_SETTINGS, doc, scope=organization_id)
        else:
            doc.update(changes, configured_by="user", updated_at=now)
            store.replace(TTL_SETTINGS, doc, scope=organization_id)
    return doc


@router.get("/orgs/ttl-settings", response_model=list[TTLSettings], dependencies=[requires("organization:read")])
async def list_org_ttl_settings(principal: OrganizationCaller, store: StoreDep) -> list[Document]:
    """The organisation's retention setting (the system default until set) and those of its workspaces."""
    settings = store.list(TTL_SETTINGS, principal.organization_id)
    if not any(s["tenant_id"] is None for s in settings):
        settings.insert(0, _system_default(principal.organization_id))
    return settings


@router.put("/orgs/ttl-settings", response_model=TTLSettings, dependencies=[requires("organization:manage")])
async def upsert_org_ttl_settings(
    body: UpsertTTLSettingsRequest, principal: OrganizationCaller, store: StoreDep
) -> Document:
    """Set the default trace tier of the organisation (`tenant_id` null) or of one of its workspaces."""
    tenant_id = str(body.tenant_id) if body.tenant_id else None
    if tenant_id is not None:
        workspace = store.get(WORKSPACES, tenant_id)
        if workspace is None or workspace["organization_id"] != principal.organization_id or workspace["is_deleted"]:
            raise HTTPException(status_code=404, detail="Workspace not found")
    changes = {"default_trace_tier": body.default_trace_tier.value, "apply_to_all_projects": body.apply_to_all_projects}
    return _upsert_ttl(store, principal.organization_id, tenant_id, changes)


def _workspace_ttl(store: Store, organization_id: str, workspace_id: str) -> TTLSettingsResponse:
    doc = _ttl_setting(store, organization_id, workspace_id) or {}
    days = doc.get("longlived_ttl_days")
    return TTLSettingsResponse(
        is_custom=days is not None,
        longlived_ttl_days=days if days is not None else DEFAULT_LONGLIVED_TTL_DAYS,
        tenant_id=workspace_id,
    )


@root_router.get(
    "/workspaces/current/ttl-settings", response_model=TTLSettingsResponse, dependencies=[requires("workspaces:read")]
)
async def get_workspace_ttl_settings(principal: WorkspaceCaller, store: StoreDep) -> TTLSettingsResponse:
    """How long the workspace keeps long-lived traces (LangSmith's default until set)."""
    return _workspace_ttl(store, principal.organization_id, principal.workspace_id)


@root_router.put(
    "/workspaces/current/ttl-settings", response_model=TTLSettingsResponse, dependencies=[requires("workspaces:manage")]
)
async def update_workspace_ttl_settings(
    body: UpdateTTLSettingsRequest, principal: WorkspaceCaller, store: StoreDep
) -> TTLSettingsResponse:
    """Set how many days the workspace keeps long-lived traces."""
    days = body.longlived_ttl_days
    if days is None or not 1 <= days <= MAX_LONGLIVED_TTL_DAYS:
        raise HTTPException(
            status_code=400, detail=f"longlived_ttl_days must be between 1 and {MAX_LONGLIVED_TTL_DAYS}"
        )
    current = _ttl_setting(store, principal.organization_id, principal.workspace_id)
    changes: dict[str, Any] = {"longlived_ttl_days": days}
    if current is None:
        changes.update(default_trace_tier="longlived", apply_to_all_projects=False)
    _upsert_ttl(store, principal.organization_id, principal.workspace_id, changes)
    return _workspace_ttl(store, principal.organization_id, principal.workspace_id)
