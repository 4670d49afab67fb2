"""Organisations, their workspaces and API keys: seeding and creation."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from .families.access import principals
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
    store: Store,
    organization_id: str,
    workspace_id: str,
    *,
    org_admin: bool,
    key: str | None = None,
    role: str = principals.WORKSPACE_ADMIN,
) -> str:
    """Store an API key of the organisation whose default workspace is `workspace_id`; returns the key.

    An organisation-admin key (`ORGANIZATION_ADMIN`) acts in every workspace of its organisation (`X-Tenant-Id`)
    with every permission; any other key only in `workspace_id`, with the workspace role `role` (a system role
    name such as `WORKSPACE_VIEWER`, or a role id). The store keeps the key's hash, never the key.
    """
    key = key or new_api_key()
    role_id = principals.role_id_of(organization_id, principals.WORKSPACE_ADMIN if org_admin else role)
    if not org_admin and principals.get_role(store, organization_id, role) is not None:
        role_id = role
    principals.credential(
        store,
        organization_id,
        key,
        workspace_id=workspace_id,
        workspace_ids=None if org_admin else [workspace_id],
        org_role_id=principals.role_id_of(organization_id, principals.ORGANIZATION_ADMIN) if org_admin else None,
        role_id=role_id,
    )
    return key


def _migrate_plain_keys(store: Store) -> None:
    """Data files of older emulators stored keys in plain text: keep only their hashes, with their roles."""
    for doc in store.list(API_KEYS):
        if "org_admin" not in doc:
            continue
        org_id = doc["organization_id"]
        record = principals.get_key(store, org_id, doc["key_id"]) if doc.get("key_id") else None
        store.delete(API_KEYS, [doc["id"]])
        if record is not None:
            principals.credential(
                store,
                org_id,
                doc["id"],
                workspace_id=record.get("default_workspace_id"),
                workspace_ids=record.get("workspace_ids"),
                org_role_id=record.get("org_role_id"),
                role_id=record["role_id"],
                expires_at=record.get("expires_at"),
                key_id=record["id"],
                owner=record.get("owner") or record["id"],
            )
        else:
            create_api_key(store, org_id, doc["workspace_id"], org_admin=bool(doc["org_admin"]), key=doc["id"])


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

    A given `api_key` becomes (or already is) an organisation-admin key of that organisation. The store never
    holds a key in plain text, so a restart from a data file without `api_key` mints a fresh organisation-admin
    key (the keys of earlier runs keep authenticating).
    """
    with store.transaction():
        _migrate_plain_keys(store)
        saved = store.get_meta(_SEED_KEY)
        if saved is None:
            tenancy = create_organization(store, api_key=api_key)
            store.set_meta(
                _SEED_KEY, {"organization_id": tenancy.organization_id, "workspace_id": tenancy.workspace_id}
            )
            return tenancy
        org_id, workspace_id = saved["organization_id"], saved["workspace_id"]
        if saved.get("api_key"):  # an older emulator's data file kept the seed key itself: keep serving it once
            api_key = api_key or saved["api_key"]
            store.set_meta(_SEED_KEY, {"organization_id": org_id, "workspace_id": workspace_id})
        if api_key is None:
            return Tenancy(org_id, workspace_id, create_api_key(store, org_id, workspace_id, org_admin=True))
        existing = store.get(API_KEYS, principals.hash_key(api_key))
        if existing is None:
            create_api_key(store, org_id, workspace_id, org_admin=True, key=api_key)
        elif existing["organization_id"] != org_id:
            raise ValueError("the given API key belongs to another organisation of this data file")
        return Tenancy(org_id, workspace_id, api_key)
