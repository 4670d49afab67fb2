"""SCIM 2.0 (RFC 7643/7644) at `/scim/v2`: `/Users` and `/Groups`, as LangSmith provisions members through it.

No LangSmith SCIM spec exists; LangChain's API overview calls the SCIM API "SCIM 2.0 compliant", so these
routes follow RFC 7643/7644 and the LangSmith docs (user-management):

- The protocol (auth, SCIM errors, query parameters, ETags, unknown paths) is `protocol.py`; the discovery
  endpoints describing what is served here are `discovery.py`.
- Lists (`GET /Users`, `GET /Groups`) and searches (`POST /Users/.search`, `POST /Groups/.search`, RFC 7644
  §3.4.3) take a `filter` (every RFC 7644 §3.4.2.2 operator, `and`/`or`/`not`, value paths), `sortBy` and
  `sortOrder`, `startIndex` (1-based) and `count`, `attributes` or `excludedAttributes`, and answer a
  `ListResponse`. Every resource answer takes `attributes`/`excludedAttributes` (RFC 7644 §3.9).
- `POST` creates (201 with `Location`), `PUT` replaces, `PATCH` applies a PatchOp (`add`/`remove`/`replace`),
  `DELETE` answers 204; `meta` carries `resourceType`, `location`, `created`, `lastModified` and `version`.
- LangSmith's own rules (docs, user-management; /work/shared/reference/langsmith-api.md §8): a SCIM user is
  an active member of the organisation (a deactivated one is not) and needs a work email
  (`emails[type eq "work"].value`); a group's display name carries the role mapping
  (`<prefix>Organization Admin[s]`, or `<prefix><org role><sep><workspace><sep><workspace role>` with the
  organisation's `scim_group_name_separator`), its members get those roles, and groups cannot be renamed.

`scim2-server` was not used for the protocol core: it serves RFC surface LangSmith does not document (Bulk,
`/Me`) and provisioning must write through the access family's principals; the models, filters, sorting,
attribute selection and PatchOp of `scim2-models` are used.
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from fastapi import Request, Response
from scim2_models import (
    Context,
    Group,
    GroupMember,
    InvalidValueException,
    Meta,
    MutabilityException,
    NotFoundException,
    PatchOp,
    SearchRequest,
    UniquenessException,
    User,
)

from ...auth import StoreDep
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from . import directory
from .protocol import (
    Organization,
    ResourceT,
    base_url,
    check_if_match,
    list_response,
    rendered,
    scim_body,
    scim_router,
    search_query,
    selection,
)
from .tables import SCIM_GROUPS, SCIM_USERS

router = scim_router()


# ================================================================ helpers


def stamped(resource: ResourceT, request: Request, created: str | None = None) -> ResourceT:
    """Set the resource's `meta` (RFC 7643 §3.1); `version` is added when it is rendered (protocol.py)."""
    now = utcnow().isoformat()
    resource_type = type(resource).__name__
    resource.meta = Meta(
        resource_type=resource_type,
        created=created or now,
        last_modified=now,
        location=f"{base_url(request)}/{resource_type}s/{resource.id}",
    )
    return resource


def created_of(resource: Any) -> str | None:
    return resource.meta.created.isoformat() if resource.meta and resource.meta.created else None


# ================================================================ users


def user_doc(user: User) -> Document:
    return user.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)


def load_user(store: Store, organization_id: str, user_id: str) -> User:
    doc = store.get_in(SCIM_USERS, organization_id, user_id)
    if doc is None:
        raise NotFoundException(detail=f"User {user_id} not found")
    return User.model_validate(doc, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)


def check_user(store: Store, organization_id: str, user: User, user_id: str | None) -> str:
    """The user's work email; 400 without one, 409 when the userName or email is taken.

    Not RFC 7643 (its `emails` are optional): LangSmith maps `emails[type eq "work"].value` and requires it
    (docs, user-management; /work/shared/reference/langsmith-api.md §8); `/Schemas` marks `emails` required.
    """
    emails = user.emails or []
    work = next((e for e in emails if e.type == "work" and e.value), None) or next((e for e in emails if e.value), None)
    if work is None:
        raise InvalidValueException(detail='A work email (emails[type eq "work"].value) is required')
    email = str(work.value).strip().lower()
    for doc in store.list(SCIM_USERS, organization_id):
        if doc["id"] == user_id:
            continue
        other = User.model_validate(doc, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
        if (other.user_name or "").lower() == (user.user_name or "").lower():
            raise UniquenessException(detail=f"userName {user.user_name!r} is already taken")
        if user.external_id and other.external_id == user.external_id:
            raise UniquenessException(detail=f"externalId {user.external_id!r} is already taken")
        if any(str(e.value).strip().lower() == email for e in other.emails or [] if e.value):
            raise UniquenessException(detail=f"A user with email {email!r} already exists")
    return email


def save_user(store: Store, organization_id: str, user: User, *, new: bool) -> None:
    email = check_user(store, organization_id, user, None if new else str(user.id))
    doc = user_doc(user)
    if new:
        store.insert(SCIM_USERS, doc, scope=organization_id, name=(user.user_name or "").lower())
    else:
        store.replace(SCIM_USERS, doc, name=(user.user_name or "").lower())
    full_name = (user.name.formatted if user.name else None) or " ".join(
        part for part in ((user.name.given_name, user.name.family_name) if user.name else ()) if part
    )
    directory.provision_user(
        store, organization_id, str(user.id), email=email, full_name=full_name or None, active=user.active is not False
    )
    sync_roles(store, organization_id)


def users_of(store: Store, organization_id: str) -> list[User]:
    return [
        User.model_validate(d, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
        for d in store.list(SCIM_USERS, organization_id)
    ]


@router.get("/Users")
async def list_users(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    return list_response(User, users_of(store, organization_id), search_query(request, User))


@router.post("/Users/.search")
async def search_users(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    """RFC 7644 §3.4.3: a query in a SearchRequest body (ServiceProviderConfig: filter.supported)."""
    search = await scim_body(request, SearchRequest[User], Context.SEARCH_REQUEST)
    return list_response(User, users_of(store, organization_id), search)


@router.post("/Users")
async def create_user(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, User)
    user = await scim_body(request, User, Context.RESOURCE_CREATION_REQUEST)
    with store.transaction():
        user.id = str(uuid4())
        if user.active is None:
            user.active = True
        stamped(user, request)
        save_user(store, organization_id, user, new=True)
    return rendered(user, Context.RESOURCE_CREATION_RESPONSE, 201, request=request, parameters=parameters)


@router.get("/Users/{user_id}")
async def get_user(user_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, User)
    user = load_user(store, organization_id, user_id)
    return rendered(user, Context.RESOURCE_QUERY_RESPONSE, request=request, parameters=parameters)


@router.put("/Users/{user_id}")
async def replace_user(user_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, User)
    replacement = await scim_body(request, User, Context.RESOURCE_REPLACEMENT_REQUEST)
    with store.transaction():
        current = load_user(store, organization_id, user_id)
        check_if_match(request, current)
        replacement.id = current.id
        if replacement.active is None:
            replacement.active = True
        stamped(replacement, request, created=created_of(current))
        save_user(store, organization_id, replacement, new=False)
    return rendered(replacement, Context.RESOURCE_REPLACEMENT_RESPONSE, request=request, parameters=parameters)


@router.patch("/Users/{user_id}")
async def patch_user(user_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, User)
    operation = await scim_body(request, PatchOp[User], Context.RESOURCE_PATCH_REQUEST)
    with store.transaction():
        user = load_user(store, organization_id, user_id)
        check_if_match(request, user)
        created = created_of(user)
        operation.patch(user)
        stamped(user, request, created=created)
        save_user(store, organization_id, user, new=False)
    return rendered(user, Context.RESOURCE_PATCH_RESPONSE, request=request, parameters=parameters)


@router.delete("/Users/{user_id}")
async def delete_user(user_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    with store.transaction():
        check_if_match(request, load_user(store, organization_id, user_id))
        store.delete(SCIM_USERS, [user_id])
        for doc in store.list(SCIM_GROUPS, organization_id):
            members = [m for m in doc.get("members") or [] if m.get("value") != user_id]
            if len(members) != len(doc.get("members") or []):
                doc["members"] = members or None
                store.replace(SCIM_GROUPS, doc, name=doc["displayName"])
        directory.deprovision_user(store, organization_id, user_id)
        sync_roles(store, organization_id)
    return Response(status_code=204)


# ================================================================ groups


def load_group(store: Store, organization_id: str, group_id: str) -> Group:
    doc = store.get_in(SCIM_GROUPS, organization_id, group_id)
    if doc is None:
        raise NotFoundException(detail=f"Group {group_id} not found")
    return Group.model_validate(doc, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)


def save_group(store: Store, organization_id: str, group: Group, *, previous: Group | None) -> None:
    """Store the group; members must be users of the organisation, and the name can never change."""
    if previous is not None and previous.display_name != group.display_name:
        raise MutabilityException(detail="Groups cannot be renamed through SCIM")
    taken = store.find_by_name(SCIM_GROUPS, organization_id, str(group.display_name))
    if taken is not None and taken["id"] != group.id:
        raise UniquenessException(detail=f"displayName {group.display_name!r} is already taken")
    members: list[GroupMember] = []
    for member in group.members or []:
        user = store.get_in(SCIM_USERS, organization_id, str(member.value))
        if user is None:
            raise InvalidValueException(detail=f"Member {member.value} is not a user of this organization")
        if all(m.value != member.value for m in members):
            members.append(GroupMember(value=member.value, type="User", display=user.get("userName")))
    group.members = members or None
    doc = group.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
    if previous is None:
        store.insert(SCIM_GROUPS, doc, scope=organization_id, name=group.display_name)
    else:
        store.replace(SCIM_GROUPS, doc, name=group.display_name)
    sync_roles(store, organization_id)


def groups_of(store: Store, organization_id: str) -> list[Group]:
    return [
        Group.model_validate(doc, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
        for doc in store.list(SCIM_GROUPS, organization_id)
    ]


def sync_roles(store: Store, organization_id: str) -> None:
    """Give every SCIM user the organisation role and workspace memberships its groups' names map to."""
    groups = [
        (directory.role_mapping(store, organization_id, str(g.display_name)), g)
        for g in groups_of(store, organization_id)
    ]
    for doc in store.list(SCIM_USERS, organization_id):
        grants = [
            mapping for mapping, group in groups if mapping and any(m.value == doc["id"] for m in group.members or [])
        ]
        directory.apply_grants(store, organization_id, doc["id"], grants)


@router.get("/Groups")
async def list_groups(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    return list_response(Group, groups_of(store, organization_id), search_query(request, Group))


@router.post("/Groups/.search")
async def search_groups(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    """RFC 7644 §3.4.3: a query in a SearchRequest body (ServiceProviderConfig: filter.supported)."""
    search = await scim_body(request, SearchRequest[Group], Context.SEARCH_REQUEST)
    return list_response(Group, groups_of(store, organization_id), search)


@router.post("/Groups")
async def create_group(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, Group)
    group = await scim_body(request, Group, Context.RESOURCE_CREATION_REQUEST)
    with store.transaction():
        group.id = str(uuid4())
        stamped(group, request)
        save_group(store, organization_id, group, previous=None)
    return rendered(group, Context.RESOURCE_CREATION_RESPONSE, 201, request=request, parameters=parameters)


@router.get("/Groups/{group_id}")
async def get_group(group_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, Group)
    group = load_group(store, organization_id, group_id)
    return rendered(group, Context.RESOURCE_QUERY_RESPONSE, request=request, parameters=parameters)


@router.put("/Groups/{group_id}")
async def replace_group(group_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, Group)
    replacement = await scim_body(request, Group, Context.RESOURCE_REPLACEMENT_REQUEST)
    with store.transaction():
        current = load_group(store, organization_id, group_id)
        check_if_match(request, current)
        replacement.id = current.id
        stamped(replacement, request, created=created_of(current))
        save_group(store, organization_id, replacement, previous=current)
    return rendered(replacement, Context.RESOURCE_REPLACEMENT_RESPONSE, request=request, parameters=parameters)


@router.patch("/Groups/{group_id}")
async def patch_group(group_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    parameters = selection(request, Group)
    operation = await scim_body(request, PatchOp[Group], Context.RESOURCE_PATCH_REQUEST)
    with store.transaction():
        current = load_group(store, organization_id, group_id)
        check_if_match(request, current)
        group = current.model_copy(deep=True)
        operation.patch(group)
        stamped(group, request, created=created_of(current))
        save_group(store, organization_id, group, previous=current)
    return rendered(group, Context.RESOURCE_PATCH_RESPONSE, request=request, parameters=parameters)


@router.delete("/Groups/{group_id}")
async def delete_group(group_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    with store.transaction():
        check_if_match(request, load_group(store, organization_id, group_id))
        store.delete(SCIM_GROUPS, [group_id])
        sync_roles(store, organization_id)
    return Response(status_code=204)
