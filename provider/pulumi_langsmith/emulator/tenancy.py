"""Organisations, their workspaces and API keys: seeding and creation."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from .families.langsmith.schemas import PaymentPlanTier, utcnow
from .families.langsmith.tables import API_KEYS, ORGANIZATIONS, WORKSPACES
from .store import Document, Store

DEFAULT_ORGANIZATION_NAME = "LangSmith Emulator"
DEFAULT_WORKSPACE_NAME = "Workspace 1"

#: Plan limits and feature flags of emulated organisations (an enterprise plan: RBAC, many workspaces).
ORGANIZATION_CONFIG: dict[str, Any] = {
    "plan_tier": PaymentPlanTier.enterprise.value,
    "max_identities": 1000,
    "max_workspaces": 1000,
    "can_use_rbac": True,
    "can_use_abac": True,
    "can_use_audit_logs": True,
    "can_add_seats": True,
    "can_disable_public_sharing": True,
    "can_use_langgraph_cloud": True,
    "max_langgraph_cloud_deployments": 100,
    "can_use_saml_sso": True,
    "can_use_bulk_export": True,
    "can_set_api_key_max_expiry": True,
    "max_prompt_webhooks": 10,
    "ip_allowlist_enabled": False,
}

ORGANIZATION_ADMIN_PERMISSIONS = [
    "organization:manage",
    "organization:read",
    "organization:pats:create",
    "workspaces:manage",
    "workspaces:read",
]
ORGANIZATION_MEMBER_PERMISSIONS = ["organization:read", "workspaces:read"]
WORKSPACE_ADMIN_PERMISSIONS = [
    f"{kind}:{action}"
    for kind in ("datasets", "projects", "prompts", "annotation-queues", "rules", "deployments")
    for action in ("create", "read", "update", "delete")
] + ["workspaces:manage", "workspaces:read"]
WORKSPACE_ADMIN_ROLE_NAME = "Admin"

_SEED_KEY = "seed"


@dataclass(frozen=True)
class Tenancy:
    """An organisation, its default workspace and an API key that can act in it."""

    organization_id: str
    workspace_id: str
    api_key: str


def new_api_key() -> str:
    """A fresh key in the format of real LangSmith service keys: `lsv2_sk_<32 hex>_<10 hex>`."""
    return f"lsv2_sk_{secrets.token_hex(16)}_{secrets.token_hex(5)}"


def workspace_admin_role_id(organization_id: str) -> str:
    """The id of the workspace Admin role of an organisation (stable per organisation)."""
    return str(uuid5(NAMESPACE_URL, f"langsmith-emulator:{organization_id}:role:WORKSPACE_ADMIN"))


def new_workspace(
    store: Store,
    organization_id: str,
    display_name: str,
    *,
    workspace_id: UUID | str | None = None,
    tenant_handle: str | None = None,
) -> Document:
    """Store a new workspace of the organisation and return it."""
    doc: Document = {
        "id": str(workspace_id or uuid4()),
        "organization_id": organization_id,
        "created_at": utcnow().isoformat(),
        "display_name": display_name,
        "is_personal": False,
        "is_deleted": False,
        "tenant_handle": tenant_handle,
        "data_plane_url": None,
    }
    return store.insert(WORKSPACES, doc, scope=organization_id, name=display_name)


def create_api_key(
    store: Store, organization_id: str, workspace_id: str, *, org_admin: bool, key: str | None = None
) -> str:
    """Store an API key of the organisation whose default workspace is `workspace_id`.

    An organisation-admin key may act in every workspace of its organisation (`X-Tenant-Id`);
    a workspace key only in its own.
    """
    key = key or new_api_key()
    doc = {"id": key, "organization_id": organization_id, "workspace_id": workspace_id, "org_admin": org_admin}
    store.insert(API_KEYS, doc, scope=organization_id)
    return key


def create_organization(
    store: Store, display_name: str = DEFAULT_ORGANIZATION_NAME, *, api_key: str | None = None
) -> Tenancy:
    """Store a new organisation with its default workspace and an organisation-admin API key."""
    with store.transaction():
        organization_id = str(uuid4())
        org: Document = {
            "id": organization_id,
            "display_name": display_name,
            "created_at": utcnow().isoformat(),
            "is_personal": False,
            "tier": PaymentPlanTier.enterprise.value,
            "config": dict(ORGANIZATION_CONFIG),
        }
        store.insert(ORGANIZATIONS, org, scope=organization_id, name=display_name)
        workspace = new_workspace(store, organization_id, DEFAULT_WORKSPACE_NAME)
        key = create_api_key(store, organization_id, workspace["id"], org_admin=True, key=api_key)
    return Tenancy(organization_id, workspace["id"], key)


def seed(store: Store, api_key: str | None = None) -> Tenancy:
    """The emulator's own organisation: created on first start, reused from a data file afterwards.

    A given `api_key` becomes (or already is) an organisation-admin key of that organisation.
    """
    with store.transaction():
        saved = store.get_meta(_SEED_KEY)
        if saved is None:
            tenancy = create_organization(store, api_key=api_key)
            store.set_meta(_SEED_KEY, tenancy.__dict__)
            return tenancy
        tenancy = Tenancy(**saved)
        if api_key is None or api_key == tenancy.api_key:
            return tenancy
        existing = store.get(API_KEYS, api_key)
        if existing is None:
            create_api_key(store, tenancy.organization_id, tenancy.workspace_id, org_admin=True, key=api_key)
        elif existing["organization_id"] != tenancy.organization_id:
            raise ValueError("the given API key belongs to another organisation of this data file")
        return Tenancy(tenancy.organization_id, tenancy.workspace_id, api_key)
