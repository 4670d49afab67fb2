"""Members, roles, API keys and SCIM tokens: the LangSmith routes over the principals (`principals.py`).

`router` is mounted at `/api/v1`; `platform_router` (the Go service's SCIM token routes) at `/v1/platform`
and `/api/v1/platform`. Parameters and bodies are the spec's. Each route declares the permission it needs
(`auth.requires`, per the docs' operations reference, langchain-ai/docs
src/langsmith/organization-workspace-operations.mdx), and a caller never grants more than it holds: the roles
of the keys it mints, the members it invites or re-roles and the custom roles it writes (`ensure_grantable`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, HTTPException, Query, Response
from fastapi.responses import JSONResponse

from ...auth import OrganizationCaller, Principal, StoreDep, WorkspaceCaller, forbidden, requires
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


def scoped_role(store: Store, org_id: str, role_id: object, scope: str) -> bool:
    """Whether `role_id` names a role of this scope (an unknown or misplaced one is the principals' 404/400)."""
    role = principals.get_role(store, org_id, role_id) if role_id is not None else None
    return role is not None and role["access_scope"] == scope


def ensure_grantable(
    store: Store,
    principal: Principal,
    *,
    org_role_id: object = None,
    role_id: object = None,
    workspace_ids: Iterable[str] = (),
) -> None:
    """A principal never grants more than it holds: an organisation role whose permissions it holds (only an
    organisation admin makes organisation admins), a workspace role whose permissions it holds in each of
    `workspace_ids`. The same check guards changing or removing a holder of a role (docs,
    organization-workspace-operations.mdx: an Org Operator "can only invite/modify Org Users and Org Viewers").
    """
    org_id = principal.organization_id
    if scoped_role(store, org_id, org_role_id, "organization"):
        admin = str(org_role_id) == principals.role_id_of(org_id, principals.ORGANIZATION_ADMIN)
        granted = principals.role_permissions(store, org_id, org_role_id)
        if (admin and not principal.org_admin) or not granted <= principal.org_permissions:
            raise forbidden("Cannot grant an organization role with permissions the caller does not hold")
    if scoped_role(store, org_id, role_id, "workspace"):
        granted = principals.role_permissions(store, org_id, role_id)
        if any(not granted <= principal.permissions_in(w) for w in workspace_ids):
            raise forbidden("Cannot grant a workspace role with permissions the caller does not hold")


def key_workspaces(store: Store, record: Document) -> list[str]:
    """The workspaces a key acts in: its own list; every workspace for an organisation admin; else its default."""
    if record.get("workspace_ids") is not None:
        return list(record["workspace_ids"])
    org_id = record["organization_id"]
    if record.get("org_role_id") == principals.role_id_of(org_id, principals.ORGANIZATION_ADMIN):
        return [w["id"] for w in store.list(WORKSPACES, org_id) if not w["is_deleted"]]
    return [record["default_workspace_id"]] if record.get("default_workspace_id") else []


def ensure_key_grantable(store: Store, principal: Principal, record: Document) -> None:
    """The caller holds everything this key (to be created, changed or revoked) acts with."""
    ensure_grantable(
        store,
        principal,
        org_role_id=record.get("org_role_id"),
        role_id=record.get("role_id"),
        workspace_ids=key_workspaces(store, record),
    )


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


@router.get("/orgs/current/members", response_model=OrganizationMembers, dependencies=[requires("organization:read")])
async def get_current_org_members(principal: OrganizationCaller, store: StoreDep) -> OrganizationMembers:
    """Active members and pending invites of the caller's organisation."""
    org_id = principal.organization_id
    names = role_names(store, org_id)
    return OrganizationMembers(
        organization_id=org_id,
        members=[org_member_view(store, m, names) for m in store.list(ORG_IDENTITIES, org_id)],
        pending=[pending_view(p, names) for p in store.list(PENDING_IDENTITIES, org_id)],
    )


@router.post("/orgs/current/members", response_model=PendingIdentity, dependencies=[requires("organization:manage")])
async def add_member_to_current_org(
    body: PendingIdentityCreate, principal: OrganizationCaller, store: StoreDep
) -> PendingIdentity:
    """Invite someone to the organisation (a pending member until they accept)."""
    org_id = principal.organization_id
    try:
        with store.transaction():
            role_id = resolve_role(store, org_id, body.role_id, body.role_name)
            workspace_role_id = resolve_role(store, org_id, body.workspace_role_id, body.workspace_role_name)
            ensure_grantable(
                store,
                principal,
                org_role_id=role_id or principals.role_id_of(org_id, principals.ORGANIZATION_USER),
                role_id=workspace_role_id or principals.role_id_of(org_id, principals.WORKSPACE_USER),
                workspace_ids=[str(w) for w in body.workspace_ids or ()],
            )
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


@router.get(
    "/orgs/current/members/active", response_model=list[OrgMemberIdentity], dependencies=[requires("organization:read")]
)
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


@router.get(
    "/orgs/current/members/pending",
    response_model=list[OrgPendingIdentity],
    dependencies=[requires("organization:read")],
)
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


@router.patch("/orgs/current/members/{identity_id}", dependencies=[requires("organization:manage")])
async def update_current_org_member(
    identity_id: UUID, body: OrgIdentityPatch, principal: OrganizationCaller, store: StoreDep
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
                ensure_grantable(store, principal, org_role_id=member["role_id"])
                ensure_grantable(store, principal, org_role_id=body.role_id)
                member = principals.add_org_member(store, org_id, member["ls_user_id"], str(body.role_id))
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return org_member_view(store, member, role_names(store, org_id)).model_dump(mode="json")


@router.patch(
    "/orgs/current/members/{identity_id}/pending",
    response_model=OrgPendingIdentity,
    dependencies=[requires("organization:manage")],
)
async def patch_current_org_pending_member(
    identity_id: UUID, body: PendingIdentityPatch, principal: OrganizationCaller, store: StoreDep
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
            ensure_grantable(store, principal, org_role_id=pending["role_id"])
            ensure_grantable(store, principal, org_role_id=role_id)
            pending["role_id"] = role_id
            store.replace(PENDING_IDENTITIES, pending, name=pending["email"])
    return pending_view(pending, role_names(store, org_id))


@router.delete("/orgs/current/members/{identity_id}", dependencies=[requires("organization:manage")])
async def remove_member_from_current_org(identity_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Any:
    """Remove an active member from the organisation and its workspaces."""
    with store.transaction():
        member = org_member_by_id(store, principal.organization_id, identity_id)
        ensure_grantable(store, principal, org_role_id=member["role_id"])
        principals.remove_org_member(store, principal.organization_id, member["ls_user_id"])
    return None


@router.delete("/orgs/current/members/{identity_id}/pending", dependencies=[requires("organization:manage")])
async def delete_current_org_pending_member(identity_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Any:
    """Cancel a pending invite."""
    with store.transaction():
        pending = pending_by_id(store, principal.organization_id, identity_id)
        ensure_grantable(store, principal, org_role_id=pending["role_id"])
        store.delete(PENDING_IDENTITIES, [pending["id"]])
    return None


# ================================================================ workspace members


def workspace_members(store: Store, principal: Principal) -> list[MemberIdentity]:
    names = role_names(store, principal.organization_id)
    return [workspace_member_view(store, m, names) for m in store.list(WORKSPACE_IDENTITIES, principal.workspace_id)]


@router.get("/workspaces/current/members", response_model=TenantMembers, dependencies=[requires("workspaces:read")])
async def get_current_workspace_members(principal: WorkspaceCaller, store: StoreDep) -> TenantMembers:
    """Members of the workspace (the emulator has no workspace-only invites: `pending` is empty)."""
    return TenantMembers(tenant_id=principal.workspace_id, members=workspace_members(store, principal), pending=[])


@router.post(
    "/workspaces/current/members", response_model=Identity, dependencies=[requires("workspaces:manage-members")]
)
async def add_member_to_current_workspace(
    body: IdentityCreate, principal: WorkspaceCaller, store: StoreDep
) -> Identity:
    """Add an active organisation member to the workspace (400 if they have not joined the organisation)."""
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
        ensure_grantable(store, principal, role_id=role_id, workspace_ids=[principal.workspace_id])
        try:
            member = principals.set_workspace_member(store, principal.workspace_id, org_member["ls_user_id"], role_id)
        except principals.IdentityError as exc:
            raise failure(exc) from None
    view = workspace_member_view(store, member, role_names(store, org_id))
    return Identity(**view.model_dump(include=set(Identity.model_fields)))


@router.get(
    "/workspaces/current/members/active",
    response_model=list[MemberIdentity],
    dependencies=[requires("workspaces:read")],
)
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


@router.patch("/workspaces/current/members/{identity_id}", dependencies=[requires("workspaces:manage-members")])
async def patch_current_workspace_member(
    identity_id: UUID, body: IdentityPatch, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Change a workspace member's role."""
    with store.transaction():
        member = workspace_member_by_id(store, principal, identity_id)
        for role_id in (member["role_id"], body.role_id):
            ensure_grantable(store, principal, role_id=role_id, workspace_ids=[principal.workspace_id])
        try:
            member = principals.set_workspace_member(
                store, principal.workspace_id, member["ls_user_id"], str(body.role_id)
            )
        except principals.IdentityError as exc:
            raise failure(exc) from None
    return workspace_member_view(store, member, role_names(store, principal.organization_id)).model_dump(mode="json")


@router.delete("/workspaces/current/members/{identity_id}", dependencies=[requires("workspaces:manage-members")])
async def delete_current_workspace_member(identity_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Remove a member from the workspace (they stay in the organisation)."""
    with store.transaction():
        member = workspace_member_by_id(store, principal, identity_id)
        ensure_grantable(store, principal, role_id=member["role_id"], workspace_ids=[principal.workspace_id])
        principals.remove_workspace_member(store, principal.workspace_id, member["ls_user_id"])
    return None


# ================================================================ roles


def ensure_role_grantable(principal: Principal, permissions: Iterable[str]) -> None:
    """A role made or changed by the caller grants only permissions the caller holds."""
    held = principal.org_permissions | principal.grantable_workspace_permissions()
    lacking = sorted(set(permissions) & set(principals.PERMISSIONS) - held)
    if lacking:
        raise forbidden(f"Cannot grant permissions the caller does not hold: {', '.join(lacking)}")


def role_view(role: Document) -> Role:
    return Role(**{k: role[k] for k in Role.model_fields if k in role})


@router.get("/orgs/current/roles", response_model=list[Role], dependencies=[requires("organization:read")])
async def list_organization_roles(principal: OrganizationCaller, store: StoreDep) -> list[Role]:
    """System roles and the organisation's custom roles."""
    return [role_view(r) for r in principals.list_roles(store, principal.organization_id)]


@router.post("/orgs/current/roles", response_model=Role, dependencies=[requires("organization:manage")])
async def create_organization_roles(body: CreateRoleRequest, principal: OrganizationCaller, store: StoreDep) -> Role:
    """A custom role (its permissions only ones the caller holds)."""
    ensure_role_grantable(principal, body.permissions)
    try:
        role = principals.create_role(
            store, principal.organization_id, body.display_name, body.description, body.permissions
        )
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return role_view(role)


@router.patch("/orgs/current/roles/{role_id}", response_model=Role, dependencies=[requires("organization:manage")])
async def update_organization_roles(
    role_id: UUID, body: UpdateRoleRequest, principal: OrganizationCaller, store: StoreDep
) -> Role:
    """Replace a custom role's display name, description and permissions."""
    current = principals.get_role(store, principal.organization_id, role_id)
    ensure_role_grantable(principal, [*body.permissions, *(current or {}).get("permissions", [])])
    try:
        role = principals.update_role(
            store, principal.organization_id, role_id, body.display_name, body.description, body.permissions
        )
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return role_view(role)


@router.delete("/orgs/current/roles/{role_id}", response_model=Role, dependencies=[requires("organization:manage")])
async def delete_organization_roles(role_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Role:
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


def owned_by(record: Document, principal: Principal) -> bool:
    """A personal access token is its owner's: others neither list nor revoke it (records of older data files,
    without an owner, stay visible)."""
    return record["kind"] != "pat" or record.get("owner") in (None, principal.identity)


def listed_keys(store: Store, principal: Principal, kind: principals.KeyKind, workspace_ids: list[UUID]) -> list[Any]:
    wanted = {str(w) for w in workspace_ids}
    return [
        key_view(store, record)
        for record in principals.list_keys(store, principal.organization_id, kind)
        if owned_by(record, principal)
        and (not wanted or wanted & set(record.get("workspace_ids") or [record.get("default_workspace_id")]))
    ]


def create_key(
    store: Store, principal: Principal, kind: principals.KeyKind, body: APIKeyCreateRequest, **overrides: Any
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "description": body.description,
        "expires_at": body.expires_at,
        "workspace_ids": [str(w) for w in body.workspaces] if body.workspaces is not None else None,
        # Spec APIKeyCreateRequest: without role_id, WORKSPACE_ADMIN, or the read-only role when read_only.
        "role_id": str(body.role_id)
        if body.role_id
        else principals.role_id_of(principal.organization_id, principals.WORKSPACE_VIEWER)
        if body.read_only
        else None,
        "org_role_id": str(body.org_role_id) if body.org_role_id else None,
        "default_workspace_id": str(body.default_workspace_id) if body.default_workspace_id else None,
        **overrides,
    }
    if fields["expires_at"] is not None:
        check_expiry(store, principal.organization_id, kind, fields["expires_at"])
    try:
        with store.transaction():  # a key granting more than the caller holds is rolled back
            record, value = principals.create_key(
                store, principal.organization_id, kind, owner=principal.identity, **fields
            )
            ensure_key_grantable(store, principal, record)
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


@router.get(
    "/orgs/current/service-keys", response_model=list[APIKeyGetResponse], dependencies=[requires("organization:read")]
)
async def list_org_service_keys(
    principal: OrganizationCaller,
    store: StoreDep,
    workspace_ids: UuidList = [],  # noqa: B006
) -> list[Any]:
    """Service keys of the organisation (values never shown)."""
    return listed_keys(store, principal, "service", workspace_ids)


@router.post(
    "/orgs/current/service-keys",
    response_model=APIKeyCreateResponse,
    dependencies=[requires("organization:pats:create")],
)
async def create_org_service_key(body: APIKeyCreateRequest, principal: OrganizationCaller, store: StoreDep) -> Any:
    """A service key: organisation-wide when `workspaces` is null. Its value is in this response only.

    An organisation-wide key also needs `organization:manage` (docs, organization-workspace-operations.mdx).
    """
    if body.workspaces is None and "organization:manage" not in principal.org_permissions:
        raise forbidden("Missing permission: organization:manage")
    return create_key(store, principal, "service", body)


@router.patch(
    "/orgs/current/service-keys/{api_key_id}",
    response_model=APIKeyGetResponse,
    dependencies=[requires("organization:manage")],
)
async def update_org_service_key(
    api_key_id: UUID, body: APIKeyUpdateRequest, principal: OrganizationCaller, store: StoreDep
) -> Any:
    """Change a key's roles without rotating it."""
    record = principals.get_key(store, principal.organization_id, api_key_id)
    if record is None or record["kind"] != "service":
        raise not_found("API key")
    try:
        with store.transaction():  # the caller holds what the key acted with and what it will act with
            ensure_key_grantable(store, principal, record)
            record = principals.update_key_roles(
                store,
                principal.organization_id,
                api_key_id,
                str(body.role_id) if body.role_id else None,
                str(body.org_role_id) if body.org_role_id else None,
            )
            ensure_key_grantable(store, principal, record)
    except principals.IdentityError as exc:
        raise failure(exc) from None
    return key_view(store, record)


def delete_key_of_kind(store: Store, principal: Principal, key_id: UUID, kinds: set[str]) -> Any:
    record = principals.get_key(store, principal.organization_id, key_id)
    if record is None or record["kind"] not in kinds or not owned_by(record, principal):
        raise not_found("API key")
    if record["kind"] != "pat":  # revoking a key needs what it holds; a PAT is revoked by its owner
        ensure_key_grantable(store, principal, record)
    principals.delete_key(store, principal.organization_id, key_id)
    return key_view(store, record)


@router.delete(
    "/orgs/current/service-keys/{api_key_id}",
    response_model=APIKeyGetResponse,
    dependencies=[requires("organization:manage")],
)
async def delete_org_service_key(api_key_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Any:
    """Revoke a service key: it stops authenticating at once."""
    return delete_key_of_kind(store, principal, api_key_id, {"service"})


@router.get(
    "/orgs/current/personal-access-tokens",
    response_model=list[APIKeyGetResponse],
    dependencies=[requires("organization:read")],
)
async def list_org_personal_access_tokens(
    principal: OrganizationCaller,
    store: StoreDep,
    workspace_ids: UuidList = [],  # noqa: B006
) -> list[Any]:
    """The caller's personal access tokens (values never shown)."""
    return listed_keys(store, principal, "pat", workspace_ids)


@router.post(
    "/orgs/current/personal-access-tokens",
    response_model=APIKeyCreateResponse,
    dependencies=[requires("organization:pats:create")],
)
async def create_org_personal_access_token(
    body: APIKeyCreateRequest, principal: OrganizationCaller, store: StoreDep
) -> Any:
    """A personal access token of the caller. Its value is in this response only."""
    org = store.get(ORGANIZATIONS, principal.organization_id) or {}
    if org.get("pat_creation_disabled"):
        raise forbidden()
    return create_key(store, principal, "pat", body)


@router.delete(
    "/orgs/current/personal-access-tokens/{pat_id}",
    response_model=APIKeyGetResponse,
    dependencies=[requires("organization:read")],
)
async def delete_org_personal_access_token(pat_id: UUID, principal: OrganizationCaller, store: StoreDep) -> Any:
    """Revoke one of the caller's personal access tokens (another principal's is not found)."""
    return delete_key_of_kind(store, principal, pat_id, {"pat"})


@router.get("/api-key", response_model=list[APIKeyGetResponse], dependencies=[requires("workspaces:read")])
async def get_api_keys(principal: WorkspaceCaller, store: StoreDep) -> list[Any]:
    """The workspace's legacy API keys."""
    return [
        key_view(store, r)
        for r in principals.list_keys(store, principal.organization_id, "legacy")
        if r.get("default_workspace_id") == principal.workspace_id
    ]


@router.post("/api-key", response_model=APIKeyCreateResponse, dependencies=[requires("workspaces:manage")])
async def generate_api_key(
    principal: WorkspaceCaller,
    store: StoreDep,
    body: Annotated[APIKeyCreateRequest, Body()] = APIKeyCreateRequest(),
) -> Any:
    """A legacy key of the workspace (`X-Tenant-Id`); the value is in this response only."""
    return create_key(
        store,
        principal,
        "legacy",
        body,
        workspace_ids=[principal.workspace_id],
        org_role_id=None,
        default_workspace_id=principal.workspace_id,
    )


@router.delete("/api-key/{api_key_id}", response_model=APIKeyGetResponse, dependencies=[requires("workspaces:manage")])
async def delete_api_key(api_key_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Revoke a legacy key of the workspace."""
    record = principals.get_key(store, principal.organization_id, api_key_id)
    if record is None or record["kind"] != "legacy" or record.get("default_workspace_id") != principal.workspace_id:
        raise not_found("API key")
    ensure_key_grantable(store, principal, record)
    principals.delete_key(store, principal.organization_id, api_key_id)
    return key_view(store, record)


# ================================================================ SCIM tokens (Go platform service)


def scim_error(status: int, message: str) -> JSONResponse:
    """The Go service's error shape, `scim.ErrorResponse`."""
    return JSONResponse(ScimErrorResponse(error=message).model_dump(), status_code=status)


def token_view(record: Document) -> dict[str, Any]:
    return {k: record[k] for k in ScimTokenResponse.model_fields if record.get(k) is not None}


@platform_router.get(
    "/orgs/current/scim/tokens",
    response_model=list[ScimTokenResponse],
    response_model_exclude_none=True,
    dependencies=[requires("organization:read")],
)
async def list_scim_tokens(principal: OrganizationCaller, store: StoreDep) -> list[Any]:
    """SCIM tokens of the organisation (values never shown)."""
    return [token_view(r) for r in store.list(SCIM_TOKENS, principal.organization_id)]


@platform_router.post(
    "/orgs/current/scim/tokens",
    response_model=ScimTokenSensitiveResponse,
    response_model_exclude_none=True,
    status_code=201,
    dependencies=[requires("organization:manage")],
)
async def create_scim_token(body: CreateScimTokenPayload, principal: OrganizationCaller, store: StoreDep) -> Any:
    """A SCIM bearer token; its value is in this response only."""
    record, token = principals.create_scim_token(store, principal.organization_id, body.description)
    return {**token_view(record), "token": token}


@platform_router.get(
    "/orgs/current/scim/tokens/{scim_token_id}",
    response_model=ScimTokenResponse,
    response_model_exclude_none=True,
    dependencies=[requires("organization:read")],
)
async def get_scim_token(scim_token_id: str, principal: OrganizationCaller, store: StoreDep) -> Any:
    record = store.get_in(SCIM_TOKENS, principal.organization_id, scim_token_id)
    return scim_error(404, "SCIM token not found") if record is None else token_view(record)


@platform_router.patch(
    "/orgs/current/scim/tokens/{scim_token_id}",
    response_model=ScimTokenResponse,
    response_model_exclude_none=True,
    dependencies=[requires("organization:manage")],
)
async def update_scim_token(
    scim_token_id: str, body: UpdateScimTokenPayload, principal: OrganizationCaller, store: StoreDep
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
    "/orgs/current/scim/tokens/{scim_token_id}",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("organization:manage")],
)
async def delete_scim_token(scim_token_id: str, principal: OrganizationCaller, store: StoreDep) -> Response:
    """Delete a SCIM token: it stops authenticating at once."""
    with store.transaction():
        record = store.get_in(SCIM_TOKENS, principal.organization_id, scim_token_id)
        if record is None:
            return scim_error(404, "SCIM token not found")
        store.delete(SCIM_TOKENS, [record["id"]])
    return Response(status_code=204)
