"""Authentication and tenant resolution as the real API does it: `X-Api-Key`, `X-Tenant-Id`, `X-Organization-Id`.

- No `X-Api-Key` or an unknown one: 401.
- Workspace-scoped operations act in the workspace named by `X-Tenant-Id`, or the key's default workspace.
  A header naming a workspace the key cannot act in (another organisation's, a deleted one, another
  workspace for a workspace-scoped key, or not a UUID at all): 403.
- Organisation-scoped operations take `X-Organization-Id`; naming another organisation (or not a UUID): 403.
  They ignore `X-Tenant-Id`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader

from .families.access.principals import key_is_active
from .families.langsmith.tables import API_KEYS, WORKSPACES
from .store import Document, Store

api_key_header = APIKeyHeader(name="X-API-Key", scheme_name="API Key", auto_error=False)
tenant_id_header = APIKeyHeader(name="X-Tenant-Id", scheme_name="Tenant ID", auto_error=False)
organization_id_header = APIKeyHeader(name="X-Organization-Id", scheme_name="Organization ID", auto_error=False)


@dataclass(frozen=True)
class Principal:
    """Who is calling and where: the key's organisation and the workspace the request acts in."""

    organization_id: str
    workspace_id: str
    org_admin: bool

    def may_manage(self, workspace_id: str) -> bool:
        """Whether this caller may change the workspace (organisation admins: any of their organisation's)."""
        return self.org_admin or workspace_id == self.workspace_id


def get_store(request: Request) -> Store:
    """The emulator's store."""
    return request.app.state.store


def forbidden() -> HTTPException:
    return HTTPException(status_code=403, detail="Forbidden")


def _authenticate(request: Request, api_key: str | None) -> Document:
    if not api_key:
        raise HTTPException(status_code=401, detail="Unauthorized")
    key = get_store(request).get(API_KEYS, api_key)
    if key is None or not key_is_active(key):  # deleted, revoked or expired keys stop authenticating
        raise HTTPException(status_code=401, detail="Invalid token")
    request.state.organization_id = key["organization_id"]
    return key


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
    org_id = key["organization_id"]
    workspace_id = key["workspace_id"]
    if tenant_id:
        try:
            workspace_id = str(UUID(tenant_id))
        except ValueError:
            raise forbidden() from None
        if not key["org_admin"] and workspace_id not in (key.get("workspace_ids") or [key["workspace_id"]]):
            raise forbidden()
    workspace = get_store(request).get_in(WORKSPACES, org_id, workspace_id)
    if workspace is None or workspace["is_deleted"]:
        raise forbidden()
    return Principal(org_id, workspace_id, key["org_admin"])


def organization_principal(
    request: Request,
    api_key: Annotated[str | None, Security(api_key_header)],
    organization_id: Annotated[str | None, Security(organization_id_header)],
) -> Principal:
    """Authenticate an organisation-scoped request."""
    key = _authenticate(request, api_key)
    if organization_id and not _same_uuid(organization_id, key["organization_id"]):
        raise forbidden()
    return Principal(key["organization_id"], key["workspace_id"], key["org_admin"])


def organization_admin(principal: Annotated[Principal, Depends(organization_principal)]) -> Principal:
    """An organisation-scoped caller with an organisation-admin key."""
    if not principal.org_admin:
        raise forbidden()
    return principal


WorkspaceCaller = Annotated[Principal, Depends(workspace_principal)]
OrganizationCaller = Annotated[Principal, Depends(organization_principal)]
OrganizationAdmin = Annotated[Principal, Depends(organization_admin)]
StoreDep = Annotated[Store, Depends(get_store)]
