"""Members, roles, API keys and SCIM tokens: the LangSmith routes over the principals (`principals.py`).

`router` is mounted at `/api/v1`; `platform_router` (the Go service's SCIM token routes) at `/v1/platform`
and `/api/v1/platform`. Parameters and bodies are the spec's. Organisation writes need an organisation-admin
key, as the real API's `organization:manage` permission does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, HTTPException, Query, Response
from fastapi.responses import JSONResponse

from ...auth import OrganizationAdmin, OrganizationCaller, Principal, StoreDep, WorkspaceCaller, forbidden
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from ..langsmith.tables import ORGANIZATIONS, WORKSPACES
from . import principals
from .schemas import (
    APIKeyCreateRequest,
    APIKeyCreateResponse,
    APIKeyGetResponse,
    APIKeyUpdateRequest,
    CreateRoleRequest,
    CreateScimTokenPayload,
    Identity,
    IdentityCreate,
    IdentityPatch,
    MemberIdentity,
    MemberSortField,
    OrganizationMembers,
    OrgIdentityPatch,
    OrgMemberIdentity,
    OrgPendingIdentity,
    PendingIdentity,
    PendingIdentityCreate,
    PendingIdentityPatch,
    Role,
    ScimErrorResponse,
    ScimTokenResponse,
    ScimTokenSensitiveResponse,
    TenantMembers,
    UpdateRoleRequest,
    UpdateScimTokenPayload,
)
from .tables import ORG_IDENTITIES, PENDING_IDENTITIES, SCIM_TOKENS, WORKSPACE_IDENTITIES

router = APIRouter()
platform_router = APIRouter()

MemberLimit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]
Emails = Annotated[list[str], Query()]
UuidList = Annotated[list[UUID], Query()]


def failure(exc: principals.IdentityError) -> HTTPException:
    return HTTPException(status_code=exc.status, detail=exc.detail)


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


def require_admin_of_workspace(principal: Principal) -> None:
    """Managing members needs `workspaces:manage-members`: organisation admins have it everywhere."""
    if not principal.org_admin:
        raise forbidden()


# ================================================================ shared views


def role_names(store: Store, org_id: str) -> dict[str, str]:
    return {role["id"]: role["display_name"] for role in principals.list_roles(store, org_id)}


def org_member_view(store: Store, member: Document, names: dict[str, str]) -> OrgMemberIdentity:
    user = principals.get_user(store, member["ls_user_id"]) or {}
    workspaces = [
        w["id"]
        for w in store.list(WORKSPACES, member["organization_id"])
        if not w["is_deleted"] and principals.get_workspace_member(store, w["id"], member["ls_user_id"])
    ]
    return OrgMemberIdentity(
        id=member["id"],
        organization_id=member["organization_id"],
        created_at=member["created_at"],
        user_id=member["user_id"],
        ls_user_id=member["ls_user_id"],
        read_only=False,
        role_id=member["role_id"],
        role_name=names.get(member["role_id"]),
        access_scope="organization",
        email=user.get("email"),
        full_name=user.get("full_name"),
        display_name=user.get("full_name") or user.get("email"),
        is_disabled=member.get("is_disabled", False),
        org_role_id=member["role_id"],
        org_role_name=names.get(member["role_id"]),
        tenant_ids=workspaces,
    )


def pending_view(pending: Document, names: dict[str, str]) -> OrgPendingIdentity:
    return OrgPendingIdentity(
        email=pending["email"],
        role_id=pending["role_id"],
        role_name=names.get(pending["role_id"]),
        workspace_ids=pending.get("workspace_ids"),
        workspace_role_id=pending.get("workspace_role_id"),
        workspace_role_name=names.get(pending.get("workspace_role_id") or ""),
        full_name=pending.get("full_name"),
        access_scope="organization",
        id=pending["id"],
        organization_id=pending["organization_id"],
        created_at=pending["created_at"],
        org_role_id=pending["role_id"],
        org_role_name=names.get(pending["role_id"]),
        tenant_ids=pending.get("workspace_ids") or [],
    )


def workspace_member_view(store: Store, member: Document, names: dict[str, str]) -> MemberIdentity:
    user = principals.get_user(store, member["ls_user_id"]) or {}
    org_member = principals.get_org_member(store, member["organization_id"], member["ls_user_id"]) or {}
    return MemberIdentity(
        id=member["id"],
        organization_id=member["organization_id"],
        tenant_id=member["tenant_id"],
        created_at=member["created_at"],
        user_id=member["user_id"],
        ls_user_id=member["ls_user_id"],
        read_only=False,
        role_id=member["role_id"],
        role_name=names.get(member["role_id"]),
        access_scope="workspace",
        email=user.get("email"),
        full_name=user.get("full_name"),
        display_name=user.get("full_name") or user.get("email"),
        org_role_id=org_member.get("role_id"),
        org_role_name=names.get(org_member.get("role_id") or ""),
    )


def sort_members(views: list[Any], sort_by: MemberSortField, descending: bool) -> list[Any]:
    keys: dict[MemberSortField, Callable[[Any], Any]] = {
        MemberSortField.name: lambda v: (getattr(v, "full_name", None) or "").lower(),
        MemberSortField.email: lambda v: (v.email or "").lower(),
        MemberSortField.role: lambda v: (v.role_name or "").lower(),
        MemberSortField.created_at: lambda v: v.created_at,
    }
    return sorted(views, key=keys[sort_by], reverse=descending)


def matches(view: Any, emails: list[str], q: str | None) -> bool:
    wanted = {principals.normalize_email(e) for e in emails}
    if wanted and principals.normalize_email(view.email or "") not in wanted:
        return False
    if q:
        haystack = f"{view.email or ''} {getattr(view, 'full_name', None) or ''}".lower()
        return q.lower() in haystack
    return True


def resolve_role(store: Store, org_id: str, role_id: UUID | None, role_name: str | None) -> str | None:
    if role_id is not None:
        return str(role_id)
    if role_name:
        role = principals.find_role(store, org_id, role_name)
        if role is None:
            raise HTTPException(status_code=404, detail=f"Role {role_name} not found")
        return role["id"]
    return None


# ================================================================ organisation members


@router.get("/orgs/current/members", response_model=OrganizationMembers)
async def get_current_org_members(principal: OrganizationCaller, store: StoreDep) -> OrganizationMembers:
    """Active members and pending invites of the caller's organisation."""
    org_id = principal.organization_id
    names = role_names(store, org_id)
    return OrganizationMembers(
        organization_id=org_id,
        members=[org_member_view(store, m, names) for m in store.list(ORG_IDENTITIES, org_id)],
        pending=[pending_view(p, names) for p in store.list(PENDING_IDENTITIES, org_id)],
    )


@router.post("/orgs/current/members", response_model=PendingIdentity)
async def add_member_to_current_org(
    body: PendingIdentityCreate, principal: OrganizationAdmin, store: StoreDep
) -> PendingIdentity:
    """Invite someone to the organisation (a pending member until they accept)."""
    org_id = principal.organization_id
    try:
        with store.transaction():
            role_id = resolve_role(store, org_id, body.role_id, body.role_name)
            workspace_role_id = resolve_role(store, org_id, body.workspace_role_id, body.workspace_role_name)
            pending = principals.invite(
                store,
                org_id,
                body.email,
                role_id,
                workspace_ids=[str(w) for w in body.workspace_ids] if body.workspace_ids else None,
                workspace_role_id=workspace_role_id,
                full_name=body.full_name,
            )
    except principals.IdentityError as exc:
        raise failure(exc) from None
    view = pending_view(pending, role_names(store, org_id))
    return PendingIdentity(**view.model_dump(exclude={"tenant_ids"}))


@router.get("/orgs/current/members/active", response_model=list[OrgMemberIdentity])
async def get_current_active_org_members(
    principal: OrganizationCaller,
    store: StoreDep,
    limit: MemberLimit = 50,
    offset: Offset = 0,
    emails: Emails = [],  # noqa: B006 (FastAPI copies query defaults)
    q: str | None = None,
    sort_by_desc: bool = True,
    ls_user_ids: UuidList = [],  # noqa: B006
    # The spec types it a plain array (no null): keep the schema, default None.
    user_ids: Annotated[list[UUID], Query(deprecated=True)] = None,  # type: ignore[assignment]  # noqa: RUF013
    is_disabled: bool | None = None,
    sort_by: MemberSortField = MemberSortField.created_at,
) -> list[OrgMemberIdentity]:
    """Active members matching the filters."""
    org_id = principal.organization_id
    names = role_names(store, org_id)
    wanted_ls = {str(u) for u in ls_user_ids}
    wanted_legacy = {str(u) for u in user_ids or ()}
    views = [
        view
        for view in (org_member_view(store, m, names) for m in store.list(ORG_IDENTITIES, org_id))
        if matches(view, emails, q)
        and (not wanted_ls or str(view.ls_user_id) in wanted_ls)
        and (not wanted_legacy or str(view.user_id) in wanted_legacy)
        and (is_disabled is None or view.is_disabled == is_disabled)
    ]
    return sort_members(views, sort_by, sort_by_desc)[offset : offset + limit]


@router.get("/orgs/current/members/pending", response_model=list[OrgPendingIdentity])
async def get_current_pending_org_members(
    principal: OrganizationCaller,
    store: StoreDep,
    limit: MemberLimit = 50,
    offset: Offset = 0,
    emails: Emails = [],  # noqa: B006
    q: str | None = None,
    sort_by_desc: bool = True,
    sort_by: MemberSortField = MemberSortField.created_at,
) -> list[OrgPendingIdentity]:
    """Pending invites matching the filters."""
    org_id = principal.organization_id
    names = role_names(store, org_id)
    views = [
        view
        for view in (pending_view(p, names) for p in store.list(PENDING_IDENTITIES, org_id))
        if matches(view, emails, q)
    ]
    return sort_members(views, sort_by, sort_by_desc)[offset : offset + limit]


def org_member_by_id(store: Store, org_id: str, identity_id: UUID) -> Document:
    member = store.get_in(ORG_IDENTITIES, org_id, identity_id)
    if member is None:
        raise not_found("Member")
    return member


def pending_by_id(store: Store, org_id: str, identity_id: UUID) -> Document:
    pending = store.get_in(PENDING_IDENTITIES, org_id, identity_id)
    if pending is None:
        raise not_found("Pending member")
    return pending


@router.patch("/orgs/current/members/{identity_id}")
async def update_current_org_member(
    identity_id: UUID, body: OrgIdentityPatch, principal: OrganizationAdmin, store: StoreDep
) -> Any:
    """Change an active member's organisation role (and, in basic-auth mode, name or password)."""
    org_id = principal.organization_id
    try:
        with store.transaction():
            member = org_member_by_id(store, org_id, identity_id)
            if body.full_name is not None:
                user = principals.get_user(store, member["ls_user_id"]) or {}
                principals.ensure_user(store, user["email"], body.full_name)
            if body.role_id is not None:
                member = principals.add_org_member(store, org_id, member["ls_user_id"], str(body.role_id))
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return org_member_view(store, member, role_names(store, org_id)).model_dump(mode="json")


@router.patch("/orgs/current/members/{identity_id}/pending", response_model=OrgPendingIdentity)
async def patch_current_org_pending_member(
    identity_id: UUID, body: PendingIdentityPatch, principal: OrganizationAdmin, store: StoreDep
) -> OrgPendingIdentity:
    """Change the organisation role of a pending invite."""
    org_id = principal.organization_id
    with store.transaction():
        pending = pending_by_id(store, org_id, identity_id)
        role_id = resolve_role(store, org_id, body.role_id, body.role_name)
        if role_id is not None:
            role = principals.get_role(store, org_id, role_id)
            if role is None or role["access_scope"] != "organization":
                raise HTTPException(status_code=400, detail="role_id must be an organization role")
            pending["role_id"] = role_id
            store.replace(PENDING_IDENTITIES, pending, name=pending["email"])
    return pending_view(pending, role_names(store, org_id))


@router.delete("/orgs/current/members/{identity_id}")
async def remove_member_from_current_org(identity_id: UUID, principal: OrganizationAdmin, store: StoreDep) -> Any:
    """Remove an active member from the organisation and its workspaces."""
    with store.transaction():
        member = org_member_by_id(store, principal.organization_id, identity_id)
        principals.remove_org_member(store, principal.organization_id, member["ls_user_id"])
    return None


@router.delete("/orgs/current/members/{identity_id}/pending")
async def delete_current_org_pending_member(identity_id: UUID, principal: OrganizationAdmin, store: StoreDep) -> Any:
    """Cancel a pending invite."""
    with store.transaction():
        pending = pending_by_id(store, principal.organization_id, identity_id)
        store.delete(PENDING_IDENTITIES, [pending["id"]])
    return None


# ================================================================ workspace members


def workspace_members(store: Store, principal: Principal) -> list[MemberIdentity]:
    names = role_names(store, principal.organization_id)
    return [workspace_member_view(store, m, names) for m in store.list(WORKSPACE_IDENTITIES, principal.workspace_id)]


@router.get("/workspaces/current/members", response_model=TenantMembers)
async def get_current_workspace_members(principal: WorkspaceCaller, store: StoreDep) -> TenantMembers:
    """Members of the workspace (the emulator has no workspace-only invites: `pending` is empty)."""
    return TenantMembers(tenant_id=principal.workspace_id, members=workspace_members(store, principal), pending=[])


@router.post("/workspaces/current/members", response_model=Identity)
async def add_member_to_current_workspace(
    body: IdentityCreate, principal: WorkspaceCaller, store: StoreDep
) -> Identity:
    """Add an active organisation member to the workspace (400 if they have not joined the organisation)."""
    require_admin_of_workspace(principal)
    org_id = principal.organization_id
    with store.transaction():
        org_member = None
        if body.org_identity_id is not None:
            org_member = store.get_in(ORG_IDENTITIES, org_id, body.org_identity_id)
        elif body.ls_user_id is not None:
            org_member = principals.get_org_member(store, org_id, body.ls_user_id)
        elif body.user_id is not None:
            org_member = next(
                (m for m in store.list(ORG_IDENTITIES, org_id) if m["user_id"] == str(body.user_id)), None
            )
        else:
            raise HTTPException(status_code=400, detail="One of org_identity_id, ls_user_id or user_id is required")
        if org_member is None:
            raise HTTPException(status_code=400, detail="User is not an active member of the organization")
        if principals.get_workspace_member(store, principal.workspace_id, org_member["ls_user_id"]) is not None:
            raise HTTPException(status_code=409, detail="User is already a member of this workspace")
        role_id = str(body.role_id) if body.role_id else principals.role_id_of(org_id, principals.WORKSPACE_USER)
        try:
            member = principals.set_workspace_member(store, principal.workspace_id, org_member["ls_user_id"], role_id)
        except principals.IdentityError as exc:
            raise failure(exc) from None
    view = workspace_member_view(store, member, role_names(store, org_id))
    return Identity(**view.model_dump(include=set(Identity.model_fields)))


@router.get("/workspaces/current/members/active", response_model=list[MemberIdentity])
async def get_current_active_workspace_members(
    principal: WorkspaceCaller,
    store: StoreDep,
    limit: MemberLimit = 50,
    offset: Offset = 0,
    emails: Emails = [],  # noqa: B006
    q: str | None = None,
    sort_by_desc: bool = True,
    ls_user_ids: UuidList = [],  # noqa: B006
    # The spec types it a plain array (no null): keep the schema, default None.
    user_ids: Annotated[list[UUID], Query(deprecated=True)] = None,  # type: ignore[assignment]  # noqa: RUF013
    is_disabled: bool | None = None,
    sort_by: MemberSortField = MemberSortField.created_at,
) -> list[MemberIdentity]:
    """Active members of the workspace matching the filters."""
    wanted_ls = {str(u) for u in ls_user_ids}
    wanted_legacy = {str(u) for u in user_ids or ()}
    views = [
        view
        for view in workspace_members(store, principal)
        if matches(view, emails, q)
        and (not wanted_ls or str(view.ls_user_id) in wanted_ls)
        and (not wanted_legacy or str(view.user_id) in wanted_legacy)
        and (is_disabled is None or view.is_disabled == is_disabled)
    ]
    return sort_members(views, sort_by, sort_by_desc)[offset : offset + limit]


def workspace_member_by_id(store: Store, principal: Principal, identity_id: UUID) -> Document:
    member = store.get_in(WORKSPACE_IDENTITIES, principal.workspace_id, identity_id)
    if member is None:
        raise not_found("Member")
    return member


@router.patch("/workspaces/current/members/{identity_id}")
async def patch_current_workspace_member(
    identity_id: UUID, body: IdentityPatch, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Change a workspace member's role."""
    require_admin_of_workspace(principal)
    with store.transaction():
        member = workspace_member_by_id(store, principal, identity_id)
        try:
            member = principals.set_workspace_member(
                store, principal.workspace_id, member["ls_user_id"], str(body.role_id)
            )
        except principals.IdentityError as exc:
            raise failure(exc) from None
    return workspace_member_view(store, member, role_names(store, principal.organization_id)).model_dump(mode="json")


@router.delete("/workspaces/current/members/{identity_id}")
async def delete_current_workspace_member(identity_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Remove a member from the workspace (they stay in the organisation)."""
    require_admin_of_workspace(principal)
    with store.transaction():
        member = workspace_member_by_id(store, principal, identity_id)
        principals.remove_workspace_member(store, principal.workspace_id, member["ls_user_id"])
    return None


# ================================================================ roles


def role_view(role: Document) -> Role:
    return Role(**{k: role[k] for k in Role.model_fields if k in role})


@router.get("/orgs/current/roles", response_model=list[Role])
async def list_organization_roles(principal: OrganizationCaller, store: StoreDep) -> list[Role]:
    """System roles and the organisation's custom roles."""
    return [role_view(r) for r in principals.list_roles(store, principal.organization_id)]


@router.post("/orgs/current/roles", response_model=Role)
async def create_organization_roles(body: CreateRoleRequest, principal: OrganizationAdmin, store: StoreDep) -> Role:
    """A custom role."""
    try:
        role = principals.create_role(
            store, principal.organization_id, body.display_name, body.description, body.permissions
        )
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return role_view(role)


@router.patch("/orgs/current/roles/{role_id}", response_model=Role)
async def update_organization_roles(
    role_id: UUID, body: UpdateRoleRequest, principal: OrganizationAdmin, store: StoreDep
) -> Role:
    """Replace a custom role's display name, description and permissions."""
    try:
        role = principals.update_role(
            store, principal.organization_id, role_id, body.display_name, body.description, body.permissions
        )
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return role_view(role)


@router.delete("/orgs/current/roles/{role_id}", response_model=Role)
async def delete_organization_roles(role_id: UUID, principal: OrganizationAdmin, store: StoreDep) -> Role:
    """Delete a custom role nobody holds."""
    try:
        role = principals.delete_role(store, principal.organization_id, role_id)
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return role_view(role)


# ================================================================ API keys


def key_view(store: Store, record: Document) -> dict[str, Any]:
    workspaces = {w["id"]: w["display_name"] for w in store.list(WORKSPACES, record["organization_id"])}
    names = [workspaces[w] for w in record.get("workspace_ids") or () if w in workspaces]
    return {
        **{k: record.get(k) for k in APIKeyGetResponse.model_fields if k in record},
        "workspace_names": names if record.get("workspace_ids") is not None else None,
        "default_workspace_name": workspaces.get(record.get("default_workspace_id") or ""),
    }


def listed_keys(store: Store, principal: Principal, kind: principals.KeyKind, workspace_ids: list[UUID]) -> list[Any]:
    wanted = {str(w) for w in workspace_ids}
    return [
        key_view(store, record)
        for record in principals.list_keys(store, principal.organization_id, kind)
        if not wanted or wanted & set(record.get("workspace_ids") or [record.get("default_workspace_id")])
    ]


def create_key(
    store: Store, principal: Principal, kind: principals.KeyKind, body: APIKeyCreateRequest, **overrides: Any
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "description": body.description,
        "expires_at": body.expires_at,
        "workspace_ids": [str(w) for w in body.workspaces] if body.workspaces is not None else None,
        "role_id": str(body.role_id) if body.role_id else None,
        "org_role_id": str(body.org_role_id) if body.org_role_id else None,
        "default_workspace_id": str(body.default_workspace_id) if body.default_workspace_id else None,
        **overrides,
    }
    if fields["expires_at"] is not None:
        check_expiry(store, principal.organization_id, kind, fields["expires_at"])
    try:
        record, value = principals.create_key(store, principal.organization_id, kind, **fields)
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return {**key_view(store, record), "key": value}


_MAX_EXPIRY_SETTING = {
    "service": "max_service_key_expiry_days",
    "pat": "max_pat_expiry_days",
    "legacy": "max_api_key_expiry_days",
}


def check_expiry(store: Store, org_id: str, kind: principals.KeyKind, expires_at: Any) -> None:
    """Refuse an expiry in the past or beyond the organisation's limit for this kind of key."""
    now = utcnow()
    if expires_at <= now:
        raise HTTPException(status_code=400, detail="expires_at must be in the future")
    org = store.get(ORGANIZATIONS, org_id) or {}
    limit_days = org.get(_MAX_EXPIRY_SETTING[kind])
    if limit_days is not None and expires_at > now + timedelta(days=int(limit_days)):
        raise HTTPException(
            status_code=400, detail=f"expires_at is beyond the organization's maximum of {limit_days} days"
        )


@router.get("/orgs/current/service-keys", response_model=list[APIKeyGetResponse])
async def list_org_service_keys(
    principal: OrganizationCaller,
    store: StoreDep,
    workspace_ids: UuidList = [],  # noqa: B006
) -> list[Any]:
    """Service keys of the organisation (values never shown)."""
    return listed_keys(store, principal, "service", workspace_ids)


@router.post("/orgs/current/service-keys", response_model=APIKeyCreateResponse)
async def create_org_service_key(body: APIKeyCreateRequest, principal: OrganizationAdmin, store: StoreDep) -> Any:
    """A service key: organisation-wide when `workspaces` is null. Its value is in this response only."""
    return create_key(store, principal, "service", body)


@router.patch("/orgs/current/service-keys/{api_key_id}", response_model=APIKeyGetResponse)
async def update_org_service_key(
    api_key_id: UUID, body: APIKeyUpdateRequest, principal: OrganizationAdmin, store: StoreDep
) -> Any:
    """Change a key's roles without rotating it."""
    record = principals.get_key(store, principal.organization_id, api_key_id)
    if record is None or record["kind"] != "service":
        raise not_found("API key")
    try:
        record = principals.update_key_roles(
            store,
            principal.organization_id,
            api_key_id,
            str(body.role_id) if body.role_id else None,
            str(body.org_role_id) if body.org_role_id else None,
        )
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return key_view(store, record)


def delete_key_of_kind(store: Store, principal: Principal, key_id: UUID, kinds: set[str]) -> Any:
    record = principals.get_key(store, principal.organization_id, key_id)
    if record is None or record["kind"] not in kinds:
        raise not_found("API key")
    principals.delete_key(store, principal.organization_id, key_id)
    return key_view(store, record)


@router.delete("/orgs/current/service-keys/{api_key_id}", response_model=APIKeyGetResponse)
async def delete_org_service_key(api_key_id: UUID, principal: OrganizationAdmin, store: StoreDep) -> Any:
    """Revoke a service key: it stops authenticating at once."""
    return delete_key_of_kind(store, principal, api_key_id, {"service"})


@router.get("/orgs/current/personal-access-tokens", response_model=list[APIKeyGetResponse])
async def list_org_personal_access_tokens(
    principal: OrganizationCaller,
    store: StoreDep,
    workspace_ids: UuidList = [],  # noqa: B006
) -> list[Any]:
    """Personal access tokens of the organisation (values never shown)."""
    return listed_keys(store, principal, "pat", workspace_ids)


@router.post("/orgs/current/personal-access-tokens", response_model=APIKeyCreateResponse)
async def create_org_personal_access_token(
    body: APIKeyCreateRequest, principal: OrganizationCaller, store: StoreDep
) -> Any:
    """A personal access token of the caller. Its value is in this response only."""
    org = store.get(ORGANIZATIONS, principal.organization_id) or {}
    if org.get("pat_creation_disabled"):
        raise forbidden()
    return create_key(store, principal, "pat", body)


@router.delete("/orgs/current/personal-access-tokens/{pat_id}", response_model=APIKeyGetResponse)
async def delete_org_personal_access_token(pat_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Any:
    """Revoke a personal access token."""
    return delete_key_of_kind(store, principal, pat_id, {"pat"})


@router.get("/api-key", response_model=list[APIKeyGetResponse])
async def get_api_keys(principal: WorkspaceCaller, store: StoreDep) -> list[Any]:
    """The workspace's legacy API keys."""
    return [
        key_view(store, r)
        for r in principals.list_keys(store, principal.organization_id, "legacy")
        if r.get("default_workspace_id") == principal.workspace_id
    ]


@router.post("/api-key", response_model=APIKeyCreateResponse)
async def generate_api_key(
    principal: WorkspaceCaller,
    store: StoreDep,
    body: Annotated[APIKeyCreateRequest, Body()] = APIKeyCreateRequest(),
) -> Any:
    """A legacy key of the workspace (`X-Tenant-Id`); the value is in this response only."""
    require_admin_of_workspace(principal)
    return create_key(
        store,
        principal,
        "legacy",
        body,
        workspace_ids=[principal.workspace_id],
        org_role_id=None,
        default_workspace_id=principal.workspace_id,
    )


@router.delete("/api-key/{api_key_id}", response_model=APIKeyGetResponse)
async def delete_api_key(api_key_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Revoke a legacy key of the workspace."""
    require_admin_of_workspace(principal)
    record = principals.get_key(store, principal.organization_id, api_key_id)
    if record is None or record["kind"] != "legacy" or record.get("default_workspace_id") != principal.workspace_id:
        raise not_found("API key")
    principals.delete_key(store, principal.organization_id, api_key_id)
    return key_view(store, record)


# ================================================================ SCIM tokens (Go platform service)


def scim_error(status: int, message: str) -> JSONResponse:
    """The Go service's error shape, `scim.ErrorResponse`."""
    return JSONResponse(ScimErrorResponse(error=message).model_dump(), status_code=status)


def token_view(record: Document) -> dict[str, Any]:
    return {k: record[k] for k in ScimTokenResponse.model_fields if record.get(k) is not None}


@platform_router.get(
    "/orgs/current/scim/tokens", response_model=list[ScimTokenResponse], response_model_exclude_none=True
)
async def list_scim_tokens(principal: OrganizationAdmin, store: StoreDep) -> list[Any]:
    """SCIM tokens of the organisation (values never shown)."""
    return [token_view(r) for r in store.list(SCIM_TOKENS, principal.organization_id)]


@platform_router.post(
    "/orgs/current/scim/tokens",
    response_model=ScimTokenSensitiveResponse,
    response_model_exclude_none=True,
    status_code=201,
)
async def create_scim_token(body: CreateScimTokenPayload, principal: OrganizationAdmin, store: StoreDep) -> Any:
    """A SCIM bearer token; its value is in this response only."""
    record, token = principals.create_scim_token(store, principal.organization_id, body.description)
    return {**token_view(record), "token": token}


@platform_router.get(
    "/orgs/current/scim/tokens/{scim_token_id}", response_model=ScimTokenResponse, response_model_exclude_none=True
)
async def get_scim_token(scim_token_id: str, principal: OrganizationAdmin, store: StoreDep) -> Any:
    record = store.get_in(SCIM_TOKENS, principal.organization_id, scim_token_id)
    return scim_error(404, "SCIM token not found") if record is None else token_view(record)


@platform_router.patch(
    "/orgs/current/scim/tokens/{scim_token_id}", response_model=ScimTokenResponse, response_model_exclude_none=True
)
async def update_scim_token(
    scim_token_id: str, body: UpdateScimTokenPayload, principal: OrganizationAdmin, store: StoreDep
) -> Any:
    """Change a SCIM token's description (the only mutable field)."""
    with store.transaction():
        record = store.get_in(SCIM_TOKENS, principal.organization_id, scim_token_id)
        if record is None:
            return scim_error(404, "SCIM token not found")
        if body.description is not None:
            record.update(description=body.description, updated_at=utcnow().isoformat())
            store.replace(SCIM_TOKENS, record, name=record["token_fingerprint"])
    return token_view(record)


@platform_router.delete(
    "/orgs/current/scim/tokens/{scim_token_id}", status_code=204, response_class=Response, response_model=None
)
async def delete_scim_token(scim_token_id: str, principal: OrganizationAdmin, store: StoreDep) -> Response:
    """Delete a SCIM token: it stops authenticating at once."""
    with store.transaction():
        record = store.get_in(SCIM_TOKENS, principal.organization_id, scim_token_id)
        if record is None:
            return scim_error(404, "SCIM token not found")
        store.delete(SCIM_TOKENS, [record["id"]])
    return Response(status_code=204)
