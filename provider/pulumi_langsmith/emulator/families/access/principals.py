"""The access family's principals (its store logic): users, organisation members and invites, workspace members, roles,
API keys (service keys, personal access tokens, legacy workspace keys) and SCIM tokens.

Routes (`routes.py`, the SCIM family's `directory.py`) and tests call this module; nothing here speaks HTTP.
Every function takes the `Store` first and runs in one store transaction. Signatures are stable:

Roles
- `builtin_roles(store, org_id) -> list[Document]`: the organisation's system roles (stored on first use):
  `ORGANIZATION_ADMIN` ("Organization Admin"), `ORGANIZATION_USER` ("Organization User"),
  `ORGANIZATION_VIEWER` ("Organization Viewer"), `WORKSPACE_ADMIN` ("Admin"), `WORKSPACE_USER` ("Editor"),
  `WORKSPACE_VIEWER` ("Viewer"). Ids are stable per organisation (`role_id_of(org_id, name)`).
- `list_roles(store, org_id)`, `get_role(store, org_id, role_id)`, `find_role(store, org_id, name_or_display_name)`.
- `create_role(store, org_id, display_name, description, permissions)`, `update_role(...)`, `delete_role(...)`.

Users and members (a "user id" below is the global `ls_user_id`, the id of `ensure_user`'s document)
- `ensure_user(store, email, full_name=None) -> Document`: the user with this (normalised) email, created if new.
- `add_org_member(store, org_id, user_id, role_id) -> Document`: the active organisation identity (created, or
  its role updated); a pending invite for the same email is consumed.
- `get_org_member(store, org_id, user_id)`, `org_member_by_email(store, org_id, email)`.
- `remove_org_member(store, org_id, user_id) -> bool`: also removes the user's workspace memberships in the org.
- `invite(store, org_id, email, role_id, *, workspace_ids=None, workspace_role_id=None, full_name=None)`:
  a pending invite (`PENDING_IDENTITIES`).
- `accept_invite(store, org_id, email) -> Document`: the invite becomes a membership (plus the workspace
  memberships it named). Also exposed as `EmulatorServer.accept_invite` for tests; the real API has no such route.
- `set_workspace_member(store, workspace_id, user_id, role_id) -> Document`: add or re-role a workspace identity.
- `get_workspace_member(store, workspace_id, user_id)`, `remove_workspace_member(store, workspace_id, user_id) -> bool`.

Keys and tokens
- `create_key(store, org_id, kind, *, description, expires_at, workspace_ids, role_id, org_role_id,
  default_workspace_id, owner=None) -> (record, key)`: a managed key whose value authenticates until deleted or
  expired; the store keeps only its hash (`hash_key`, `credential`), with the roles it acts with.
- `role_permissions(store, org_id, role_id) -> frozenset[str]`: what a role grants now (`auth.py` resolves a
  key's roles on every request, so custom role changes take effect at once).
- `delete_key(store, org_id, key_id) -> Document | None`: revoke a key; it stops authenticating at once.
- `key_is_active(api_key_doc) -> bool`: used by `auth.py` (deleted keys are gone; expired ones are refused).
- `create_scim_token(store, org_id, description, expires_at=None) -> (record, token)`.
- `org_of_scim_token(store, token) -> str | None`: the organisation a SCIM bearer token authenticates (None when
  unknown, deleted or expired); records `last_used_at`. `organization_of_scim_token` is the same.
- `set_key_expiry_limits(store, org_id, *, max_service_key_expiry_days, max_pat_expiry_days,
  max_api_key_expiry_days)`: the organisation's key lifetime caps (reported by `GET /orgs/current/info`).

SCIM provisioning (what `/scim/v2` does to the organisation)
- `organization_role_names(store, org_id)`, `workspace_role_names(store, org_id)`: role display names.
- `provision_scim_member(store, org_id, scim_user_id, *, email, full_name, active)`: the SCIM user's member
  (created as `ORGANIZATION_USER`; an inactive user is no member).
- `deprovision_scim_member(store, org_id, scim_user_id)`; `scim_member_user_id(store, org_id, scim_user_id)`.
- `set_scim_member_roles(store, org_id, scim_user_id, org_role, workspaces)`: org role and
  `{workspace_id: workspace role}` (display names) its groups grant; only SCIM-granted workspace
  memberships are ever removed.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal
from uuid import NAMESPACE_URL, uuid4, uuid5

from ...store import Document, Store
from ..langsmith.schemas import utcnow
from ..langsmith.tables import API_KEYS, ORGANIZATIONS, WORKSPACES
from .tables import MANAGED_KEYS, ORG_IDENTITIES, PENDING_IDENTITIES, ROLES, SCIM_TOKENS, USERS, WORKSPACE_IDENTITIES

KeyKind = Literal["service", "pat", "legacy"]

ORGANIZATION_ADMIN = "ORGANIZATION_ADMIN"
ORGANIZATION_USER = "ORGANIZATION_USER"
ORGANIZATION_VIEWER = "ORGANIZATION_VIEWER"
WORKSPACE_ADMIN = "WORKSPACE_ADMIN"
WORKSPACE_USER = "WORKSPACE_USER"
WORKSPACE_VIEWER = "WORKSPACE_VIEWER"

#: The permission catalogue (spec `authz_internal.Permission`).
PERMISSIONS: tuple[str, ...] = (
    "annotation-queues:create", "annotation-queues:delete", "annotation-queues:read", "annotation-queues:update",
    "charts:create", "charts:delete", "charts:read", "charts:update",
    "datasets:create", "datasets:delete", "datasets:download", "datasets:read", "datasets:share",
    "datasets:tag-on-create", "datasets:update",
    "deployments:create", "deployments:delete", "deployments:read", "deployments:update",
    "feedback:create", "feedback:delete", "feedback:read", "feedback:update",
    "experiments:run",
    "issues:create", "issues:delete", "issues:read", "issues:update",
    "projects:create", "projects:delete", "projects:read", "projects:tag-on-create", "projects:update",
    "projects:increase-trace-tier", "projects:decrease-trace-tier",
    "prompts:create", "prompts:delete", "prompts:read", "prompts:tag-on-create", "prompts:update", "prompts:share",
    "rules:create", "rules:delete", "rules:read", "rules:update", "rules:configure-retention",
    "runs:create", "runs:read", "runs:share", "runs:delete",
    "sandboxes:create", "sandboxes:delete", "sandboxes:read", "sandboxes:tag-on-create", "sandboxes:update",
    "sandboxes:exec",
    "workspaces:manage-members", "workspaces:manage-secrets", "workspaces:manage", "workspaces:manage-model-configs",
    "workspaces:read",
    "alerts:create", "alerts:update", "alerts:delete", "alerts:read",
    "bulk-exports:read", "bulk-exports:manage",
    "mcp-servers:create", "mcp-servers:delete", "mcp-servers:invoke", "mcp-servers:read", "mcp-servers:update",
    "gateway:invoke",
    "fleet:read-admin-config", "fleet:write-admin-config",
    "organization:pats:create", "organization:read", "organization:manage",
)  # fmt: skip

ORGANIZATION_PERMISSIONS: tuple[str, ...] = tuple(p for p in PERMISSIONS if p.startswith("organization:"))
WORKSPACE_PERMISSIONS: tuple[str, ...] = tuple(p for p in PERMISSIONS if not p.startswith("organization:"))
_ORG_PERMISSIONS = ORGANIZATION_PERMISSIONS
_WORKSPACE_PERMISSIONS = WORKSPACE_PERMISSIONS
# The system roles' permissions follow the docs' operations reference (langchain-ai/docs
# src/langsmith/organization-workspace-operations.mdx): a Viewer reads (and downloads datasets); an Editor
# does everything but manage the workspace, create or delete projects, delete datasets, annotation queues,
# deployments or runs, share datasets, manage bulk exports or Fleet's admin settings.
_READ_PERMISSIONS = tuple(p for p in _WORKSPACE_PERMISSIONS if p.endswith(":read")) + ("datasets:download",)
_MANAGE_ONLY = {
    "workspaces:manage", "workspaces:manage-members", "workspaces:manage-secrets", "workspaces:manage-model-configs",
    "projects:create", "projects:tag-on-create", "projects:delete", "datasets:delete", "datasets:share",
    "annotation-queues:delete", "deployments:delete", "runs:delete", "bulk-exports:manage",
    "fleet:read-admin-config", "fleet:write-admin-config",
}  # fmt: skip


@dataclass(frozen=True)
class BuiltinRole:
    """A system role: its system name, display name, scope and permissions."""

    name: str
    display_name: str
    access_scope: Literal["organization", "workspace"]
    permissions: tuple[str, ...]
    description: str


BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole(ORGANIZATION_ADMIN, "Organization Admin", "organization", _ORG_PERMISSIONS, "Full access to the organization."),
    BuiltinRole(ORGANIZATION_USER, "Organization User", "organization",
                ("organization:read", "organization:pats:create"), "Member of the organization."),
    BuiltinRole(ORGANIZATION_VIEWER, "Organization Viewer", "organization", ("organization:read",),
                "Read-only member of the organization; cannot create personal access tokens."),
    BuiltinRole(WORKSPACE_ADMIN, "Admin", "workspace", _WORKSPACE_PERMISSIONS, "Full access to the workspace."),
    BuiltinRole(WORKSPACE_USER, "Editor", "workspace",
                tuple(p for p in _WORKSPACE_PERMISSIONS if p not in _MANAGE_ONLY),
                "Full access except workspace management."),
    BuiltinRole(WORKSPACE_VIEWER, "Viewer", "workspace", _READ_PERMISSIONS, "Read-only access to the workspace."),
)  # fmt: skip


class IdentityError(ValueError):
    """A request the identity layer refuses; `status` is the HTTP status the real API answers with."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def normalize_email(email: str) -> str:
    """Emails compare trimmed and lower-case."""
    return email.strip().lower()


def _now() -> str:
    return utcnow().isoformat()


def _expired(expires_at: str | None, now: datetime | None = None) -> bool:
    if not expires_at:
        return False
    when = datetime.fromisoformat(expires_at)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when <= (now or utcnow())


# ================================================================ roles


def role_id_of(org_id: str, name: str) -> str:
    """The stable id of a system role in an organisation (matches `tenancy.workspace_admin_role_id`)."""
    return str(uuid5(NAMESPACE_URL, f"langsmith-emulator:{org_id}:role:{name}"))


def builtin_roles(store: Store, org_id: str) -> list[Document]:
    """The organisation's system roles, stored on first use."""
    with store.transaction():
        docs = []
        for role in BUILTIN_ROLES:
            role_id = role_id_of(org_id, role.name)
            doc = store.get(ROLES, role_id)
            if doc is not None and doc["permissions"] != list(role.permissions):  # a data file of an older emulator
                doc["permissions"] = list(role.permissions)
                store.replace(ROLES, doc, name=role.name)
            if doc is None:
                doc = {
                    "id": role_id,
                    "name": role.name,
                    "display_name": role.display_name,
                    "description": role.description,
                    "organization_id": org_id,
                    "permissions": list(role.permissions),
                    "access_scope": role.access_scope,
                    "is_restricted": False,
                    "builtin": True,
                }
                store.insert(ROLES, doc, scope=org_id, name=role.name)
            docs.append(doc)
        return docs


def list_roles(store: Store, org_id: str) -> list[Document]:
    """System roles, then the organisation's custom roles."""
    with store.transaction():
        builtin_roles(store, org_id)
        return store.list(ROLES, org_id)


def get_role(store: Store, org_id: str, role_id: object) -> Document | None:
    """A role of the organisation by id."""
    builtin_roles(store, org_id)
    return store.get_in(ROLES, org_id, str(role_id))


def role_permissions(store: Store, org_id: str, role_id: object) -> frozenset[str]:
    """The permissions a role of the organisation grants now (custom roles as last updated); none if unknown."""
    if role_id is None:
        return frozenset()
    role = store.get_in(ROLES, org_id, str(role_id))
    if role is None and str(role_id) in {role_id_of(org_id, r.name) for r in BUILTIN_ROLES}:
        role = get_role(store, org_id, role_id)  # system roles are stored on first use
    return frozenset(role["permissions"]) if role is not None else frozenset()


def find_role(store: Store, org_id: str, name: str) -> Document | None:
    """A role by system name (`WORKSPACE_ADMIN`) or display name (`Admin`, case-insensitive)."""
    for role in list_roles(store, org_id):
        if role["name"] == name or role["display_name"].lower() == name.lower():
            return role
    return None


def _check_permissions(permissions: list[str]) -> None:
    unknown = sorted(set(permissions) - set(PERMISSIONS))
    if unknown:
        raise IdentityError(400, f"Unknown permissions: {', '.join(unknown)}")


def create_role(store: Store, org_id: str, display_name: str, description: str, permissions: list[str]) -> Document:
    """A custom (workspace) role; display names are unique in the organisation."""
    _check_permissions(permissions)
    with store.transaction():
        if any(r["display_name"].lower() == display_name.lower() for r in list_roles(store, org_id)):
            raise IdentityError(409, f"Role with display name '{display_name}' already exists")
        role_id = str(uuid4())
        doc: Document = {
            "id": role_id,
            "name": f"CUSTOM_{role_id.replace('-', '')[:12].upper()}",
            "display_name": display_name,
            "description": description,
            "organization_id": org_id,
            "permissions": sorted(set(permissions)),
            "access_scope": "workspace",
            "is_restricted": False,
            "builtin": False,
        }
        return store.insert(ROLES, doc, scope=org_id, name=doc["name"])


def update_role(
    store: Store, org_id: str, role_id: object, display_name: str, description: str, permissions: list[str]
) -> Document:
    """Replace a custom role's display name, description and permissions."""
    _check_permissions(permissions)
    with store.transaction():
        role = _custom_role(store, org_id, role_id)
        clash = [
            r for r in list_roles(store, org_id)
            if r["id"] != role["id"] and r["display_name"].lower() == display_name.lower()
        ]  # fmt: skip
        if clash:
            raise IdentityError(409, f"Role with display name '{display_name}' already exists")
        role.update(display_name=display_name, description=description, permissions=sorted(set(permissions)))
        return store.replace(ROLES, role, name=role["name"])


def delete_role(store: Store, org_id: str, role_id: object) -> Document:
    """Delete a custom role that no member or key holds."""
    with store.transaction():
        role = _custom_role(store, org_id, role_id)
        workspaces = [w["id"] for w in store.list(WORKSPACES, org_id)]
        in_use = any(m["role_id"] == role["id"] for ws in workspaces for m in store.list(WORKSPACE_IDENTITIES, ws))
        in_use = in_use or any(
            role["id"] in (k.get("role_id"), k.get("org_role_id")) for k in store.list(MANAGED_KEYS, org_id)
        )
        if in_use:
            raise IdentityError(409, "Role is assigned to members or API keys")
        store.delete(ROLES, [role["id"]])
        return role


def _custom_role(store: Store, org_id: str, role_id: object) -> Document:
    role = get_role(store, org_id, role_id)
    if role is None:
        raise IdentityError(404, "Role not found")
    if role.get("builtin"):
        raise IdentityError(400, "System roles cannot be modified")
    return role


# ================================================================ users and members


def ensure_user(store: Store, email: str, full_name: str | None = None) -> Document:
    """The user with this email (normalised), created when new. Its `id` is the `ls_user_id`."""
    email = normalize_email(email)
    with store.transaction():
        user = store.find_by_name(USERS, "users", email)
        if user is None:
            user = {
                "id": str(uuid4()),
                "user_id": str(uuid4()),
                "email": email,
                "full_name": full_name,
                "created_at": _now(),
            }
            store.insert(USERS, user, scope="users", name=email)
        elif full_name and user.get("full_name") != full_name:
            user["full_name"] = full_name
            store.replace(USERS, user, name=email)
        return user


def get_user(store: Store, user_id: object) -> Document | None:
    return store.get(USERS, str(user_id))


def add_org_member(store: Store, org_id: str, user_id: str, role_id: str) -> Document:
    """Make the user an active member of the organisation with this org role (or change its role)."""
    with store.transaction():
        user = get_user(store, user_id)
        if user is None:
            raise IdentityError(404, "User not found")
        _require_role(store, org_id, role_id, "organization")
        member = get_org_member(store, org_id, user_id)
        if member is not None:
            member["role_id"] = str(role_id)
            return store.replace(ORG_IDENTITIES, member, name=member["ls_user_id"])
        pending = store.find_by_name(PENDING_IDENTITIES, org_id, user["email"])
        if pending is not None:
            store.delete(PENDING_IDENTITIES, [pending["id"]])
        member = {
            "id": str(uuid4()),
            "organization_id": org_id,
            "ls_user_id": user["id"],
            "user_id": user["user_id"],
            "role_id": str(role_id),
            "created_at": _now(),
            "is_disabled": False,
        }
        return store.insert(ORG_IDENTITIES, member, scope=org_id, name=user["id"])


def get_org_member(store: Store, org_id: str, user_id: object) -> Document | None:
    """The active organisation identity of a user."""
    return store.find_by_name(ORG_IDENTITIES, org_id, str(user_id))


def org_member_by_email(store: Store, org_id: str, email: str) -> Document | None:
    user = store.find_by_name(USERS, "users", normalize_email(email))
    return None if user is None else get_org_member(store, org_id, user["id"])


def remove_org_member(store: Store, org_id: str, user_id: object) -> bool:
    """Remove the user from the organisation and from its workspaces."""
    with store.transaction():
        member = get_org_member(store, org_id, user_id)
        if member is None:
            return False
        for workspace in store.list(WORKSPACES, org_id):
            remove_workspace_member(store, workspace["id"], user_id)
        store.delete(ORG_IDENTITIES, [member["id"]])
        return True


def invite(
    store: Store,
    org_id: str,
    email: str,
    role_id: str | None,
    *,
    workspace_ids: list[str] | None = None,
    workspace_role_id: str | None = None,
    full_name: str | None = None,
) -> Document:
    """A pending invite of `email` to the organisation (409 if already a member or invited)."""
    email = normalize_email(email)
    with store.transaction():
        role_id = str(role_id or role_id_of(org_id, ORGANIZATION_USER))
        _require_role(store, org_id, role_id, "organization")
        if workspace_role_id is not None:
            _require_role(store, org_id, workspace_role_id, "workspace")
        for workspace_id in workspace_ids or ():
            workspace = store.get_in(WORKSPACES, org_id, workspace_id)
            if workspace is None or workspace["is_deleted"]:
                raise IdentityError(404, f"Workspace {workspace_id} not found")
        if org_member_by_email(store, org_id, email) is not None:
            raise IdentityError(409, f"{email} is already a member of this organization")
        if store.find_by_name(PENDING_IDENTITIES, org_id, email) is not None:
            raise IdentityError(409, f"{email} has already been invited to this organization")
        doc: Document = {
            "id": str(uuid4()),
            "organization_id": org_id,
            "email": email,
            "role_id": role_id,
            "workspace_ids": [str(w) for w in workspace_ids] if workspace_ids else None,
            "workspace_role_id": str(workspace_role_id) if workspace_role_id else None,
            "full_name": full_name,
            "created_at": _now(),
        }
        return store.insert(PENDING_IDENTITIES, doc, scope=org_id, name=email)


def accept_invite(store: Store, org_id: str, email: str) -> Document:
    """The invitee accepts: the invite becomes an active membership (and the workspace memberships it named)."""
    with store.transaction():
        pending = store.find_by_name(PENDING_IDENTITIES, org_id, normalize_email(email))
        if pending is None:
            raise IdentityError(404, f"No pending invite for {email}")
        user = ensure_user(store, pending["email"], pending.get("full_name"))
        member = add_org_member(store, org_id, user["id"], pending["role_id"])
        role = pending.get("workspace_role_id") or role_id_of(org_id, WORKSPACE_USER)
        for workspace_id in pending.get("workspace_ids") or ():
            set_workspace_member(store, workspace_id, user["id"], role)
        return member


def _require_role(store: Store, org_id: str, role_id: object, scope: str) -> Document:
    role = get_role(store, org_id, role_id)
    if role is None:
        raise IdentityError(404, f"Role {role_id} not found")
    if role["access_scope"] != scope:
        raise IdentityError(400, f"Role {role['display_name']} is not an {scope} role")
    return role


def set_workspace_member(store: Store, workspace_id: str, user_id: str, role_id: str) -> Document:
    """Add an active organisation member to a workspace with a workspace role (or change its role)."""
    with store.transaction():
        workspace = store.get(WORKSPACES, workspace_id)
        if workspace is None or workspace["is_deleted"]:
            raise IdentityError(404, "Workspace not found")
        org_id = workspace["organization_id"]
        org_member = get_org_member(store, org_id, user_id)
        if org_member is None:
            raise IdentityError(400, "User is not an active member of the organization")
        _require_role(store, org_id, role_id, "workspace")
        member = get_workspace_member(store, workspace_id, user_id)
        if member is not None:
            member["role_id"] = str(role_id)
            return store.replace(WORKSPACE_IDENTITIES, member, name=member["ls_user_id"])
        member = {
            "id": str(uuid4()),
            "organization_id": org_id,
            "tenant_id": workspace_id,
            "ls_user_id": org_member["ls_user_id"],
            "user_id": org_member["user_id"],
            "org_identity_id": org_member["id"],
            "role_id": str(role_id),
            "created_at": _now(),
        }
        return store.insert(WORKSPACE_IDENTITIES, member, scope=workspace_id, name=member["ls_user_id"])


def get_workspace_member(store: Store, workspace_id: str, user_id: object) -> Document | None:
    return store.find_by_name(WORKSPACE_IDENTITIES, workspace_id, str(user_id))


def remove_workspace_member(store: Store, workspace_id: str, user_id: object) -> bool:
    with store.transaction():
        member = get_workspace_member(store, workspace_id, user_id)
        if member is None:
            return False
        store.delete(WORKSPACE_IDENTITIES, [member["id"]])
        return True


# ================================================================ keys and tokens

_KEY_PREFIX: dict[str, str] = {"service": "lsv2_sk", "pat": "lsv2_pt", "legacy": "lsv2_sk"}


def short_form(secret: str) -> str:
    """The masked form lists show: a prefix and the last four characters."""
    return f"{secret[:10]}...{secret[-4:]}"


def create_key(
    store: Store,
    org_id: str,
    kind: KeyKind,
    *,
    description: str,
    expires_at: datetime | None,
    workspace_ids: list[str] | None,
    role_id: str | None,
    org_role_id: str | None,
    default_workspace_id: str | None,
    owner: str | None = None,
) -> tuple[Document, str]:
    """A managed key and its value (returned only here). `workspace_ids=None` makes an organisation-wide key.

    `owner`: the identity that created it (`auth.Principal.identity`); a PAT acts as, and belongs to, its owner.
    """
    with store.transaction():
        for workspace_id in workspace_ids or ():
            workspace = store.get_in(WORKSPACES, org_id, workspace_id)
            if workspace is None or workspace["is_deleted"]:
                raise IdentityError(404, f"Workspace {workspace_id} not found")
        org_scoped = workspace_ids is None
        if org_scoped:
            org_role_id = str(org_role_id or role_id_of(org_id, ORGANIZATION_USER))
            _require_role(store, org_id, org_role_id, "organization")
        elif org_role_id is not None:
            raise IdentityError(400, "org_role_id is only valid for organization-wide keys (workspaces=null)")
        role_id = str(role_id or role_id_of(org_id, WORKSPACE_ADMIN))
        _require_role(store, org_id, role_id, "workspace")
        if default_workspace_id is None:
            live = [w["id"] for w in store.list(WORKSPACES, org_id) if not w["is_deleted"]]
            default_workspace_id = (workspace_ids or live or [None])[0]
        value = f"{_KEY_PREFIX[kind]}_{secrets.token_hex(16)}_{secrets.token_hex(5)}"
        record: Document = {
            "id": str(uuid4()),
            "kind": kind,
            "organization_id": org_id,
            "short_key": short_form(value),
            "description": description,
            "read_only": False,
            "created_at": _now(),
            "last_used_at": None,
            "expires_at": expires_at.astimezone(timezone.utc).isoformat() if expires_at else None,
            "workspace_ids": [str(w) for w in workspace_ids] if workspace_ids is not None else None,
            "default_workspace_id": str(default_workspace_id) if default_workspace_id else None,
            "role_id": role_id,
            "org_role_id": org_role_id if org_scoped else None,
            "access_scope": "organization" if org_scoped else "workspace",
            "key_fingerprint": hash_key(value),
            "owner": owner,
        }
        store.insert(MANAGED_KEYS, record, scope=org_id)
        credential(
            store,
            org_id,
            value,
            workspace_id=record["default_workspace_id"],
            workspace_ids=record["workspace_ids"],
            org_role_id=record["org_role_id"],
            role_id=role_id,
            expires_at=record["expires_at"],
            key_id=record["id"],
            owner=owner if kind == "pat" else record["id"],
        )
        return record, value


def hash_key(value: str) -> str:
    """What the store keeps of a key or token: its SHA-256 (a key authenticates by its hash, never stored plain)."""
    return hashlib.sha256(value.encode()).hexdigest()


def credential(
    store: Store,
    org_id: str,
    value: str,
    *,
    workspace_id: str | None,
    workspace_ids: list[str] | None,
    org_role_id: str | None,
    role_id: str,
    expires_at: str | None = None,
    key_id: str | None = None,
    owner: str | None = None,
) -> Document:
    """Store what authenticates a key (`API_KEYS`): the key's hash, never the key, with the roles it acts with.

    `workspace_ids=None`: an organisation-wide key (`org_role_id` is its organisation role; it acts in its default
    workspace, or in every workspace as an organisation admin); otherwise it acts in those workspaces only and
    has no organisation role. `owner`: the identity it acts as (a PAT's is its creator's, see `auth.Principal`).
    """
    doc: Document = {
        "id": hash_key(value),
        "organization_id": org_id,
        "workspace_id": workspace_id,
        "workspace_ids": workspace_ids,
        "org_role_id": org_role_id if workspace_ids is None else None,
        "role_id": role_id,
        "expires_at": expires_at,
        "key_id": key_id,
        "owner": owner,
    }
    return store.insert(API_KEYS, doc, scope=org_id)


def _fingerprint(value: str) -> str:
    return hash_key(value)


def list_keys(store: Store, org_id: str, kind: KeyKind) -> list[Document]:
    return [k for k in store.list(MANAGED_KEYS, org_id) if k["kind"] == kind]


def get_key(store: Store, org_id: str, key_id: object) -> Document | None:
    return store.get_in(MANAGED_KEYS, org_id, str(key_id))


def update_key_roles(
    store: Store, org_id: str, key_id: object, role_id: str | None, org_role_id: str | None
) -> Document:
    """Change a key's workspace and/or org role without rotating it."""
    with store.transaction():
        record = get_key(store, org_id, key_id)
        if record is None:
            raise IdentityError(404, "API key not found")
        if role_id is not None:
            _require_role(store, org_id, role_id, "workspace")
            record["role_id"] = str(role_id)
        if org_role_id is not None:
            if record["access_scope"] != "organization":
                raise IdentityError(400, "org_role_id is only valid for organization-wide keys")
            _require_role(store, org_id, org_role_id, "organization")
            record["org_role_id"] = str(org_role_id)
        for auth_doc in store.list(API_KEYS, org_id):  # the key acts with its new roles from its next request
            if auth_doc.get("key_id") == record["id"]:
                auth_doc.update(role_id=record["role_id"], org_role_id=record["org_role_id"])
                store.replace(API_KEYS, auth_doc)
        return store.replace(MANAGED_KEYS, record)


def delete_key(store: Store, org_id: str, key_id: object) -> Document | None:
    """Revoke a key: its record and its credential go, so it stops authenticating at once."""
    with store.transaction():
        record = get_key(store, org_id, key_id)
        if record is None:
            return None
        store.delete(API_KEYS, [d["id"] for d in store.list(API_KEYS, org_id) if d.get("key_id") == record["id"]])
        store.delete(MANAGED_KEYS, [record["id"]])
        return record


def key_is_active(api_key_doc: Document) -> bool:
    """Whether a stored credential may authenticate (not revoked, not expired)."""
    return not api_key_doc.get("revoked") and not _expired(api_key_doc.get("expires_at"))


def create_scim_token(
    store: Store, org_id: str, description: str, expires_at: datetime | None = None
) -> tuple[Document, str]:
    """A SCIM bearer token of the organisation and its value (returned only here)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    record: Document = {
        "id": str(uuid4()),
        "organization_id": org_id,
        "description": description,
        "short_token": short_form(token),
        "created_at": now,
        "updated_at": now,
        "last_used_at": None,
        "expires_at": expires_at.astimezone(timezone.utc).isoformat() if expires_at else None,
        "token_fingerprint": _fingerprint(token),
    }
    store.insert(SCIM_TOKENS, record, scope=org_id, name=record["token_fingerprint"])
    return record, token


def org_of_scim_token(store: Store, token: str) -> str | None:
    """The organisation this SCIM bearer token belongs to, or None (unknown, deleted or expired)."""
    with store.transaction():
        fingerprint = _fingerprint(token)
        for org in store.list(ORGANIZATIONS):
            record = store.find_by_name(SCIM_TOKENS, org["id"], fingerprint)
            if record is not None:
                if _expired(record.get("expires_at")):
                    return None
                record["last_used_at"] = _now()
                store.replace(SCIM_TOKENS, record, name=fingerprint)
                return str(org["id"])
        return None


# ================================================================ SCIM provisioning (used by the SCIM family's directory.py)


def organization_of_scim_token(store: Store, token: str) -> str | None:
    """Same as `org_of_scim_token`."""
    return org_of_scim_token(store, token)


def organization_role_names(store: Store, org_id: str) -> list[str]:
    """Display names of the organisation roles (`Organization Admin`, `Organization User`, ...)."""
    return [r["display_name"] for r in list_roles(store, org_id) if r["access_scope"] == "organization"]


def workspace_role_names(store: Store, org_id: str) -> list[str]:
    """Display names of the workspace roles, system and custom (`Admin`, `Editor`, `Viewer`, ...)."""
    return [r["display_name"] for r in list_roles(store, org_id) if r["access_scope"] == "workspace"]


def _scim_link_key(org_id: str, scim_user_id: str) -> str:
    return f"scim-link:{org_id}:{scim_user_id}"


def _scim_grants_key(org_id: str, scim_user_id: str) -> str:
    return f"scim-grants:{org_id}:{scim_user_id}"


def scim_member_user_id(store: Store, org_id: str, scim_user_id: str) -> str | None:
    """The `ls_user_id` behind a SCIM user of the organisation, if it was provisioned."""
    return store.get_meta(_scim_link_key(org_id, scim_user_id))


def provision_scim_member(
    store: Store, org_id: str, scim_user_id: str, *, email: str, full_name: str | None, active: bool
) -> None:
    """Make (or update) the organisation member behind a SCIM user; an inactive one is no member."""
    with store.transaction():
        previous = scim_member_user_id(store, org_id, scim_user_id)
        user = ensure_user(store, email, full_name)
        if previous is not None and previous != user["id"]:  # the SCIM user's email changed
            remove_org_member(store, org_id, previous)
        store.set_meta(_scim_link_key(org_id, scim_user_id), user["id"])
        if not active:
            remove_org_member(store, org_id, user["id"])
            store.set_meta(_scim_grants_key(org_id, scim_user_id), [])
            return
        if get_org_member(store, org_id, user["id"]) is None:
            add_org_member(store, org_id, user["id"], role_id_of(org_id, ORGANIZATION_USER))


def deprovision_scim_member(store: Store, org_id: str, scim_user_id: str) -> None:
    """Remove the organisation member behind a deleted SCIM user."""
    with store.transaction():
        user_id = scim_member_user_id(store, org_id, scim_user_id)
        if user_id is not None:
            remove_org_member(store, org_id, user_id)
        store.set_meta(_scim_link_key(org_id, scim_user_id), None)
        store.set_meta(_scim_grants_key(org_id, scim_user_id), [])


def set_scim_member_roles(
    store: Store, org_id: str, scim_user_id: str, org_role: str | None, workspaces: dict[str, str]
) -> None:
    """Give a SCIM user's member the org role and workspace roles (display names) its groups grant.

    Workspace memberships SCIM granted earlier and no group grants any more are removed; memberships made
    by hand are left alone. `org_role=None` leaves the organisation role as it is.
    """
    with store.transaction():
        user_id = scim_member_user_id(store, org_id, scim_user_id)
        if user_id is None or get_org_member(store, org_id, user_id) is None:
            return
        if org_role is not None:
            role = find_role(store, org_id, org_role)
            if role is not None and role["access_scope"] == "organization":
                add_org_member(store, org_id, user_id, role["id"])
        granted_before = set(store.get_meta(_scim_grants_key(org_id, scim_user_id)) or [])
        granted_now: list[str] = []
        for workspace_id, role_name in workspaces.items():
            role = find_role(store, org_id, role_name)
            if role is None or role["access_scope"] != "workspace":
                continue
            set_workspace_member(store, workspace_id, user_id, role["id"])
            granted_now.append(workspace_id)
        for workspace_id in granted_before - set(granted_now):
            remove_workspace_member(store, workspace_id, user_id)
        store.set_meta(_scim_grants_key(org_id, scim_user_id), granted_now)


def set_key_expiry_limits(
    store: Store,
    org_id: str,
    *,
    max_service_key_expiry_days: int | None = None,
    max_pat_expiry_days: int | None = None,
    max_api_key_expiry_days: int | None = None,
) -> None:
    """Set the organisation's maximum key lifetimes (`OrganizationInfo.max_*_expiry_days`; None = no limit)."""
    with store.transaction():
        org = store.get(ORGANIZATIONS, org_id)
        if org is None:
            raise IdentityError(404, "Organization not found")
        org.update(
            max_service_key_expiry_days=max_service_key_expiry_days,
            max_pat_expiry_days=max_pat_expiry_days,
            max_api_key_expiry_days=max_api_key_expiry_days,
        )
        store.replace(ORGANIZATIONS, org, name=org["display_name"])
