"""Authentication, tenant resolution and permissions as the real API does them: `X-Api-Key`, `X-Tenant-Id`,
`X-Organization-Id`, and the permission catalogue of the spec (`authz_internal.Permission`).

- No `X-Api-Key` or an unknown one: 401. A key authenticates by its hash; the store never holds a key.
- Workspace-scoped operations act in the workspace named by `X-Tenant-Id`, or the key's default workspace.
  A header naming a workspace the key cannot act in (another organisation's, a deleted one, another
  workspace for a workspace-scoped key, or not a UUID at all): 403.
- Organisation-scoped operations take `X-Organization-Id`; naming another organisation (or not a UUID): 403.
  They ignore `X-Tenant-Id`.
- Every route declares the permissions it needs, once: `dependencies=[requires("datasets:create")]`. A caller
  acts with its own roles, resolved on every request (so a changed or custom role takes effect at once): its
  organisation role's permissions (`organization:*`) for organisation operations, and its workspace role's in
  the addressed workspace for the rest. An organisation admin holds every permission in every workspace of its
  organisation (docs: organization-workspace-operations.mdx, "Permission inheritance"). Lacking one: 403.
- Routes addressing one taggable resource also name it (`requires("projects:read", resource=("project",
  "session_id"))`): the access policies attached to the caller's roles are then evaluated on the resource's
  tags (ABAC, `families/abac/enforce.py`), and a denial is a 403 as well.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader

from .families.abac import enforce
from .families.access import principals
from .families.access.principals import key_is_active
from .families.audit import recorder as audit_recorder
from .families.langsmith.tables import API_KEYS, WORKSPACES
from .store import Document, Store

api_key_header = APIKeyHeader(name="X-API-Key", scheme_name="API Key", auto_error=False)
tenant_id_header = APIKeyHeader(name="X-Tenant-Id", scheme_name="Tenant ID", auto_error=False)
organization_id_header = APIKeyHeader(name="X-Organization-Id", scheme_name="Organization ID", auto_error=False)

_EVERY_WORKSPACE_PERMISSION = frozenset(principals.WORKSPACE_PERMISSIONS)


@dataclass(frozen=True)
class Principal:
    """Who is calling and where: the key's organisation, the workspace the request acts in, and its roles.

    `org_permissions`: what its organisation role grants (a workspace-scoped key has no organisation role and
    only reads the organisation). `role_permissions`: what its workspace role grants in each workspace it may
    act in (`workspace_ids`; every workspace for an organisation admin). `identity`: who it acts as, the owner
    of the PATs it creates (a PAT acts as its creator).
    """

    organization_id: str
    workspace_id: str
    org_admin: bool
    org_permissions: frozenset[str] = frozenset()
    role_permissions: frozenset[str] = frozenset()
    workspace_ids: tuple[str, ...] = ()
    identity: str = ""
    role_ids: tuple[str, ...] = ()
    """The caller's roles (workspace and organisation), to which access policies are attached."""

    def can_act_in(self, workspace_id: str) -> bool:
        """Whether the key may act in this workspace of its organisation at all."""
        return self.org_admin or str(workspace_id) in self.workspace_ids

    def permissions_in(self, workspace_id: str) -> frozenset[str]:
        """The workspace permissions the caller holds in this workspace (none where it cannot act)."""
        if self.org_admin:
            return _EVERY_WORKSPACE_PERMISSION
        return self.role_permissions if self.can_act_in(workspace_id) else frozenset()

    @property
    def permissions(self) -> frozenset[str]:
        """Organisation permissions plus the workspace permissions in the workspace the request acts in."""
        return self.org_permissions | self.permissions_in(self.workspace_id)

    def may_manage(self, workspace_id: str) -> bool:
        """Whether this caller may change the workspace (`workspaces:manage` there)."""
        return "workspaces:manage" in self.permissions_in(workspace_id)

    def grantable_workspace_permissions(self) -> frozenset[str]:
        """The workspace permissions it holds wherever it acts: what a role it creates may grant."""
        return _EVERY_WORKSPACE_PERMISSION if self.org_admin else self.role_permissions


def get_store(request: Request) -> Store:
    """The emulator's store."""
    return request.app.state.store


def forbidden(detail: str = "Forbidden") -> HTTPException:
    return HTTPException(status_code=403, detail=detail)


def _authenticate(request: Request, api_key: str | None) -> Document:
    if not api_key:
        raise HTTPException(status_code=401, detail="Unauthorized")
    key = get_store(request).get(API_KEYS, principals.hash_key(api_key))
    if key is None or not key_is_active(key):  # deleted, revoked or expired keys stop authenticating
        raise HTTPException(status_code=401, detail="Invalid token")
    request.state.organization_id = key["organization_id"]
    request.state.audit_actor = audit_recorder.actor_of(key)  # who the audit log names for this request
    return key


def _principal(store: Store, key: Document, workspace_id: str) -> Principal:
    org_id = key["organization_id"]
    org_role_id = key.get("org_role_id")
    org_admin = org_role_id is not None and org_role_id == principals.role_id_of(org_id, principals.ORGANIZATION_ADMIN)
    if key.get("workspace_ids") is None:  # organisation-wide: its organisation role
        org_permissions = principals.role_permissions(store, org_id, org_role_id)
    else:  # a workspace identity: a member who reads the organisation (spec APIKeyGetResponse: no org role)
        org_permissions = frozenset({"organization:read"})
    return Principal(
        organization_id=org_id,
        workspace_id=workspace_id,
        org_admin=org_admin,
        org_permissions=org_permissions,
        role_permissions=principals.role_permissions(store, org_id, key.get("role_id")),
        workspace_ids=tuple(key.get("workspace_ids") or [key["workspace_id"]]),
        identity=key.get("owner") or key.get("key_id") or key["id"],
        role_ids=tuple(str(r) for r in (key.get("role_id"), org_role_id) if r),
    )


def _same_uuid(header: str, expected: str) -> bool:
    try:
        return UUID(header) == UUID(expected)
    except ValueError:
        return False


def workspace_principal(
    request: Request,
    api_key: Annotated[str | None, Security(api_key_header)],
    tenant_id: Annotated[str | None, Security(tenant_id_header)],
) -> Principal:
    """Authenticate a workspace-scoped request and resolve the workspace it acts in."""
    key = _authenticate(request, api_key)
    store = get_store(request)
    principal = _principal(store, key, key["workspace_id"])
    workspace_id = key["workspace_id"]
    if tenant_id:
        try:
            workspace_id = str(UUID(tenant_id))
        except ValueError:
            raise forbidden() from None
        if not principal.can_act_in(workspace_id):
            raise forbidden()
    workspace = store.get_in(WORKSPACES, principal.organization_id, workspace_id)
    if workspace is None or workspace["is_deleted"]:
        raise forbidden()
    return replace(principal, workspace_id=workspace_id)


def organization_principal(
    request: Request,
    api_key: Annotated[str | None, Security(api_key_header)],
    organization_id: Annotated[str | None, Security(organization_id_header)],
) -> Principal:
    """Authenticate an organisation-scoped request."""
    key = _authenticate(request, api_key)
    if organization_id and not _same_uuid(organization_id, key["organization_id"]):
        raise forbidden()
    return _principal(get_store(request), key, key["workspace_id"])


def organization_admin(principal: Annotated[Principal, Depends(organization_principal)]) -> Principal:
    """An organisation-scoped caller with an organisation-admin key."""
    if not principal.org_admin:
        raise forbidden()
    return principal


def _missing(held: frozenset[str], permissions: tuple[str, ...]) -> HTTPException | None:
    lacking = [p for p in permissions if p not in held]
    return forbidden(f"Missing permission: {', '.join(lacking)}") if lacking else None


def abac_denied(store: Store, principal: Principal, permission: str, resource_type: str, resource_id: str) -> bool:
    """Whether the access policies of the caller's roles deny `permission` on this resource of its workspace."""
    return enforce.denied(
        store,
        principal.organization_id,
        principal.workspace_id,
        principal.role_ids,
        permission,
        resource_type,
        resource_id,
    )


def requires(
    *permissions: str, workspace: Literal["tenant", "path"] = "tenant", resource: tuple[str, str] | None = None
) -> Any:
    """The route dependency declaring the permissions an operation needs (`dependencies=[requires(...)]`).

    `organization:*` permissions are checked against the caller's organisation role (`X-Organization-Id`);
    the others in the addressed workspace: the request's (`X-Tenant-Id`, or the key's default), or with
    `workspace="path"` the `{workspace_id}` of the path (a workspace the caller cannot see at all is left to
    the route, which answers 404 as before). Unknown permission names are a programming error.

    `resource`: (ABAC resource type, path parameter holding its id) for a route addressing one taggable
    resource: access policies denying one of the permissions on it answer 403 (`families/abac/enforce.py`).
    """
    unknown = sorted(set(permissions) - set(principals.PERMISSIONS))
    if unknown or not permissions:
        raise ValueError(f"not permissions of the catalogue: {unknown or '(none)'}")
    check: Callable[..., Principal]
    if workspace == "path":

        def check(request: Request, principal: Annotated[Principal, Depends(organization_principal)]) -> Principal:
            raw = request.path_params.get("workspace_id")
            try:
                workspace_id = str(UUID(str(raw)))
            except ValueError:
                return principal  # the route's validation answers
            if principal.can_act_in(workspace_id):
                held = principal.org_permissions | principal.permissions_in(workspace_id)
                if (error := _missing(held, permissions)) is not None:
                    raise error
            return principal

    elif all(p.startswith("organization:") for p in permissions):

        def check(principal: Annotated[Principal, Depends(organization_principal)]) -> Principal:
            if (error := _missing(principal.org_permissions, permissions)) is not None:
                raise error
            return principal

    else:

        def check(request: Request, principal: Annotated[Principal, Depends(workspace_principal)]) -> Principal:
            if (error := _missing(principal.permissions, permissions)) is not None:
                raise error
            if resource is not None:
                resource_type, parameter = resource
                try:
                    resource_id = str(UUID(str(request.path_params.get(parameter))))
                except ValueError:
                    return principal  # the route's validation answers
                store = get_store(request)
                if any(abac_denied(store, principal, p, resource_type, resource_id) for p in permissions):
                    raise forbidden("Denied by an access policy")
            return principal

    check.__name__ = f"requires_{'_'.join(permissions)}".replace(":", "_").replace("-", "_")
    return Depends(check)


WorkspaceCaller = Annotated[Principal, Depends(workspace_principal)]
OrganizationCaller = Annotated[Principal, Depends(organization_principal)]
OrganizationAdmin = Annotated[Principal, Depends(organization_admin)]
StoreDep = Annotated[Store, Depends(get_store)]
