"""Governance routes: trace retention (TTL settings).

`router` is mounted at `/api/v1`; `root_router` (the Go service's routes at the SaaS root) at `/` and at the
self-hosted `/api`. Models (`schemas.py`) follow the spec schemas of `langsmith-platform-openapi.docs.json`.

- Retention: `GET/PUT /api/v1/orgs/ttl-settings` list and upsert the organisation's default trace tier (its
  own setting has `tenant_id` null; one with a `tenant_id` is that workspace's). Before any PUT the
  organisation's setting is the system default (long-lived, `configured_by: system`). The Go
  `GET/PUT /workspaces/current/ttl-settings` reads and sets the workspace's long-lived trace retention in
  days (`is_custom` once set); the organisation's list reports it as the workspace's `longlived_ttl_days`.
- Usage limits: `PUT /api/v1/usage-limits` upserts a limit of the workspace by id (a new id creates one);
  its target must match its scope (a project of the workspace, a user's identity, or nothing for the
  workspace), and one target has at most one limit of each type (400 otherwise). `GET` lists the
  workspace's, `GET /usage-limits/org` the organisation's, `DELETE /usage-limits/{id}` removes one.
- Service accounts: `POST` (names need not be unique, as in LangSmith), `GET` (the list; no item GET),
  `DELETE /{id}` answering the deleted account. Its workspaces must be the organisation's; the first is
  its default workspace.
- SSO settings: at most one per organisation (a second `POST` is 409); it needs SAML metadata (a URL or
  the XML) and a workspace role and workspaces of the organisation for newly provisioned users. `PATCH`
  changes the fields sent; `DELETE` removes it.
"""

from __future__ import annotations

from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from fastapi import APIRouter, HTTPException

from ...auth import OrganizationCaller, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..access import principals
from ..langsmith.schemas import utcnow
from ..langsmith.tables import SESSIONS, WORKSPACES
from .schemas import (
    ServiceAccount,
    ServiceAccountCreateRequest,
    ServiceAccountCreateResponse,
    SSOProvider,
    SSOSettingsCreate,
    SSOSettingsUpdate,
    TTLSettings,
    TTLSettingsResponse,
    UpdateTTLSettingsRequest,
    UpsertTTLSettingsRequest,
    UpsertUsageLimit,
    UsageLimit,
)
from .tables import SERVICE_ACCOUNTS, SSO_SETTINGS, TTL_SETTINGS, USAGE_LIMITS

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


# ================================================================ usage limits


def _limit_target(limit: Document) -> tuple[Any, ...]:
    return (limit["limit_type"], limit["scope"], limit.get("session_id"), limit.get("identity_id"))


@router.get("/usage-limits", response_model=list[UsageLimit], dependencies=[requires("workspaces:read")])
async def list_usage_limits(principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """The workspace's usage limits."""
    return store.list(USAGE_LIMITS, principal.workspace_id)


@router.get("/usage-limits/org", response_model=list[UsageLimit], dependencies=[requires("organization:read")])
async def list_org_usage_limits(principal: OrganizationCaller, store: StoreDep) -> list[Document]:
    """The usage limits of every workspace of the organisation."""
    workspaces = [w["id"] for w in store.list(WORKSPACES, principal.organization_id) if not w["is_deleted"]]
    return [limit for workspace_id in workspaces for limit in store.list(USAGE_LIMITS, workspace_id)]


@router.put("/usage-limits", response_model=UsageLimit, dependencies=[requires("workspaces:manage")])
async def upsert_usage_limit(body: UpsertUsageLimit, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """Create the limit with this id, or replace it."""
    workspace_id = principal.workspace_id
    scope = body.scope.value
    if (scope == "project") != (body.session_id is not None) or (scope == "user") != (body.identity_id is not None):
        raise HTTPException(status_code=400, detail=f"A {scope} limit needs exactly its own target")
    if body.session_id is not None and store.get_in(SESSIONS, workspace_id, body.session_id) is None:
        raise HTTPException(status_code=404, detail="Project not found")
    with store.transaction():
        doc = body.model_dump(mode="json")
        now = utcnow().isoformat()
        current = store.get_in(USAGE_LIMITS, workspace_id, body.id)
        if any(
            _limit_target(other) == _limit_target(doc) and other["id"] != doc["id"]
            for other in store.list(USAGE_LIMITS, workspace_id)
        ):
            raise HTTPException(status_code=400, detail="A usage limit of this type already exists for this target")
        doc.update(tenant_id=workspace_id, updated_at=now)
        if current is None:
            doc["created_at"] = now
            store.insert(USAGE_LIMITS, doc, scope=workspace_id)
        else:
            doc["created_at"] = current["created_at"]
            store.replace(USAGE_LIMITS, doc, scope=workspace_id)
    return doc


@router.delete("/usage-limits/{usage_limit_id}", dependencies=[requires("workspaces:manage")])
async def delete_usage_limit(usage_limit_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> dict[str, Any]:
    """Remove a limit of the workspace."""
    if not store.delete(USAGE_LIMITS, [usage_limit_id], scope=principal.workspace_id):
        raise HTTPException(status_code=404, detail="Usage limit not found")
    return {}


# ================================================================ service accounts


@router.get("/service-accounts", response_model=list[ServiceAccount], dependencies=[requires("organization:read")])
async def list_service_accounts(principal: OrganizationCaller, store: StoreDep) -> list[Document]:
    """The organisation's service accounts."""
    return store.list(SERVICE_ACCOUNTS, principal.organization_id)


@router.post(
    "/service-accounts", response_model=ServiceAccountCreateResponse, dependencies=[requires("organization:manage")]
)
async def create_service_account(
    body: ServiceAccountCreateRequest, principal: OrganizationCaller, store: StoreDep
) -> Document:
    """A new service account, a member of the given workspaces."""
    for assignment in body.workspaces:
        workspace = store.get(WORKSPACES, assignment.workspace_id)
        if workspace is None or workspace["organization_id"] != principal.organization_id or workspace["is_deleted"]:
            raise HTTPException(status_code=404, detail=f"Workspace {assignment.workspace_id} not found")
    now = utcnow().isoformat()
    doc = {
        "id": str(uuid4()),
        "created_at": now,
        "updated_at": now,
        "name": body.name,
        "organization_id": principal.organization_id,
        "default_workspace_id": str(body.workspaces[0].workspace_id) if body.workspaces else None,
        "workspaces": [a.model_dump(mode="json") for a in body.workspaces],
        "organization_identity_id": str(uuid4()),
    }
    store.insert(SERVICE_ACCOUNTS, doc, scope=principal.organization_id)
    return doc


@router.delete(
    "/service-accounts/{service_account_id}",
    response_model=ServiceAccount,
    dependencies=[requires("organization:manage")],
)
async def delete_service_account(service_account_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Document:
    """Delete a service account."""
    with store.transaction():
        doc = store.get_in(SERVICE_ACCOUNTS, principal.organization_id, service_account_id)
        if doc is None:
            raise HTTPException(status_code=404, detail="Service account not found")
        store.delete(SERVICE_ACCOUNTS, [service_account_id])
    return doc


# ================================================================ SSO settings


def _sso(store: Store, organization_id: str, sso_id: object) -> Document:
    doc = store.get_in(SSO_SETTINGS, organization_id, sso_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="SSO settings not found")
    return doc


def _check_sso_targets(store: Store, organization_id: str, role_id: object, workspace_ids: list[UUID]) -> None:
    role = principals.get_role(store, organization_id, role_id) if role_id is not None else None
    if role_id is not None and (role is None or role.get("access_scope") != "workspace"):
        raise HTTPException(status_code=400, detail="default_workspace_role_id is not a workspace role")
    for workspace_id in workspace_ids:
        workspace = store.get(WORKSPACES, workspace_id)
        if workspace is None or workspace["organization_id"] != organization_id or workspace["is_deleted"]:
            raise HTTPException(status_code=400, detail=f"Workspace {workspace_id} not found")


@router.get(
    "/orgs/current/sso-settings", response_model=list[SSOProvider], dependencies=[requires("organization:read")]
)
async def list_sso_settings(principal: OrganizationCaller, store: StoreDep) -> list[Document]:
    """The organisation's SSO settings (none, or one)."""
    return store.list(SSO_SETTINGS, principal.organization_id)


@router.post(
    "/orgs/current/sso-settings",
    response_model=SSOProvider,
    status_code=201,
    dependencies=[requires("organization:manage")],
)
async def create_sso_settings(body: SSOSettingsCreate, principal: OrganizationCaller, store: StoreDep) -> Document:
    """Set up SSO for the organisation."""
    org_id = principal.organization_id
    if not (body.metadata_url or body.metadata_xml):
        raise HTTPException(status_code=400, detail="Either metadata_url or metadata_xml is required")
    _check_sso_targets(store, org_id, body.default_workspace_role_id, body.default_workspace_ids)
    with store.transaction():
        if store.list(SSO_SETTINGS, org_id):
            raise HTTPException(status_code=409, detail="SSO settings already exist for this organization")
        doc = {
            **body.model_dump(mode="json"),
            "id": str(uuid4()),
            "organization_id": org_id,
            "provider_id": str(uuid4()),
        }
        store.insert(SSO_SETTINGS, doc, scope=org_id)
    return doc


@router.patch(
    "/orgs/current/sso-settings/{id}", response_model=SSOProvider, dependencies=[requires("organization:manage")]
)
async def update_sso_settings(
    id: UUID, body: SSOSettingsUpdate, principal: OrganizationCaller, store: StoreDep
) -> Document:
    """Change the fields sent (nulls leave a field as it is)."""
    org_id = principal.organization_id
    _check_sso_targets(store, org_id, body.default_workspace_role_id, body.default_workspace_ids or [])
    with store.transaction():
        doc = _sso(store, org_id, id)
        doc.update({k: v for k, v in body.model_dump(mode="json", exclude_unset=True).items() if v is not None})
        store.replace(SSO_SETTINGS, doc, scope=org_id)
    return doc


@router.delete(
    "/orgs/current/sso-settings/{id}", response_model=SSOProvider, dependencies=[requires("organization:manage")]
)
async def delete_sso_settings(id: UUID, principal: OrganizationCaller, store: StoreDep) -> Document:
    """Remove the organisation's SSO settings."""
    with store.transaction():
        doc = _sso(store, principal.organization_id, id)
        store.delete(SSO_SETTINGS, [id])
    return doc
