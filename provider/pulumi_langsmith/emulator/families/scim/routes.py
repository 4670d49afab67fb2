"""SCIM 2.0 (RFC 7643/7644) at `/scim/v2`: `/Users` and `/Groups`, as LangSmith provisions members through it.

No LangSmith SCIM spec exists, so these routes follow RFC 7644 and the LangSmith docs (user-management):

- Auth: `Authorization: Bearer <SCIM token>`, a token made through `/v1/platform/orgs/current/scim/tokens`;
  without a valid one, 401 with the SCIM error shape.
- Bodies and responses are `application/scim+json`, parsed and rendered with `scim2-models`; errors are
  `{schemas: [...Error], status, scimType?, detail}`.
- Lists take `filter` (comparisons with `eq`, joined by `and`/`or`), `startIndex` (1-based) and `count`,
  and answer a `ListResponse`.
- `PUT` replaces, `PATCH` applies a PatchOp (`add`/`remove`/`replace`), `DELETE` answers 204.
- A SCIM user is an active member of the organisation (a deactivated one is not); the work email is
  required. A group's display name carries the role mapping (`<prefix>Organization Admin[s]`, or
  `<prefix><org role><sep><workspace><sep><workspace role>` with the organisation's
  `scim_group_name_separator`) and its members get those roles; groups cannot be renamed.

`scim2-server` was not used for the protocol core: it serves the whole RFC surface (Bulk, `/.search`,
`/Me`, discovery endpoints, ETags) that LangSmith does not document, and provisioning must write
through the access family's principals; the models, filters and PatchOp of `scim2-models` are used.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any, TypeVar
from uuid import uuid4

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from scim2_models import (
    Context,
    Error,
    Group,
    GroupMember,
    InvalidFilterException,
    InvalidSyntaxException,
    InvalidValueException,
    ListResponse,
    Meta,
    MutabilityException,
    NotFoundException,
    PatchOp,
    Resource,
    SCIMException,
    ScimFilter,
    UniquenessException,
    User,
)
from scim2_models.path.expressions import (
    CompareOperator,
    Comparison,
    FilterNode,
    LogicalExpr,
)

from ...auth import StoreDep, get_store
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from . import directory
from .tables import SCIM_GROUPS, SCIM_USERS

SCIM_MEDIA_TYPE = "application/scim+json"
DEFAULT_COUNT = 100
MAX_COUNT = 1000
ResourceT = TypeVar("ResourceT", bound=Resource[Any])


class ScimResponse(JSONResponse):
    media_type = SCIM_MEDIA_TYPE


def error_response(status: int, detail: str, scim_type: str | None = None) -> ScimResponse:
    """An RFC 7644 §3.12 error."""
    error = Error(status=status, scim_type=scim_type, detail=detail)
    return ScimResponse(error.model_dump(), status_code=status)


class ScimRoute(APIRoute):
    """A route whose failures, authentication and validation included, answer the SCIM error shape."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def scim_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except SCIMException as exc:
                error = exc.to_error()
                return ScimResponse(error.model_dump(), status_code=int(error.status or 400))
            except ScimUnauthorized as exc:
                return error_response(401, str(exc))
            except RequestValidationError as exc:
                return error_response(400, f"Invalid request: {exc.errors()[0].get('msg')}", "invalidValue")

        return scim_handler


class ScimUnauthorized(Exception):
    """No or an unknown bearer token."""


router = APIRouter(route_class=ScimRoute, include_in_schema=False)


def scim_organization(request: Request) -> str:
    """The organisation of the request's SCIM bearer token."""
    scheme, _, token = (request.headers.get("Authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ScimUnauthorized("Authorization: Bearer <SCIM token> is required")
    organization_id = directory.organization_of_token(get_store(request), token.strip())
    if organization_id is None:
        raise ScimUnauthorized("Invalid SCIM token")
    request.state.organization_id = organization_id
    return organization_id


Organization = Annotated[str, Depends(scim_organization)]
StartIndex = Annotated[int, Query(alias="startIndex")]
Count = Annotated[int | None, Query()]


# ================================================================ helpers


async def scim_body(request: Request, model: type[Any], context: Context) -> Any:
    """The request body parsed as `model` in `context`; 400 invalidSyntax/invalidValue otherwise."""
    content_type = (request.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in (SCIM_MEDIA_TYPE, "application/json"):
        raise InvalidSyntaxException(detail=f"Content-Type must be {SCIM_MEDIA_TYPE}")
    try:
        payload = await request.json()
    except ValueError:
        raise InvalidSyntaxException(detail="The body is not JSON") from None
    try:
        return model.model_validate(payload, scim_ctx=context)
    except ValidationError as exc:
        raise InvalidValueException(detail=str(exc.errors()[0].get("msg"))) from None


def location(request: Request, resource_type: str, resource_id: str) -> str:
    return f"{str(request.base_url).rstrip('/')}/scim/v2/{resource_type}s/{resource_id}"


def only_equality(node: FilterNode) -> None:
    """LangSmith's SCIM filters: `eq` comparisons, joined by `and`/`or`."""
    if isinstance(node, LogicalExpr):
        for term in node.terms:
            only_equality(term)
    elif not (isinstance(node, Comparison) and node.op == CompareOperator.eq):
        raise InvalidFilterException(detail="Only `eq` comparisons (joined by and/or) are supported")


def filtered(resources: list[ResourceT], model: type[ResourceT], expression: str | None) -> list[ResourceT]:
    if not expression:
        return resources
    try:
        parsed = ScimFilter[model](expression)  # type: ignore[valid-type]
    except SCIMException:
        raise
    except ValueError as exc:
        raise InvalidFilterException(detail=str(exc)) from None
    only_equality(parsed.ast)
    return [resource for resource in resources if parsed.match(resource)]


def list_response(
    model: type[ResourceT], resources: list[ResourceT], start_index: int, count: int | None
) -> ScimResponse:
    """A `ListResponse` page (RFC 7644 §3.4.2.4): `startIndex` below 1 is 1, `count` below 0 is 0."""
    start = max(start_index, 1)
    size = DEFAULT_COUNT if count is None else min(max(count, 0), MAX_COUNT)
    page = resources[start - 1 : start - 1 + size]
    body = ListResponse[model](  # type: ignore[valid-type]
        total_results=len(resources), start_index=start, items_per_page=len(page), resources=page
    )
    return ScimResponse(body.model_dump(scim_ctx=Context.SEARCH_RESPONSE))


def stamped(resource: ResourceT, request: Request, created: str | None = None) -> ResourceT:
    now = utcnow().isoformat()
    resource_type = type(resource).__name__
    resource.meta = Meta(
        resource_type=resource_type,
        created=created or now,
        last_modified=now,
        location=location(request, resource_type, str(resource.id)),
    )
    return resource


def rendered(resource: Resource[Any], context: Context, status: int = 200) -> ScimResponse:
    return ScimResponse(resource.model_dump(scim_ctx=context), status_code=status)


# ================================================================ users


def user_doc(user: User) -> Document:
    return user.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)


def load_user(store: Store, organization_id: str, user_id: str) -> User:
    doc = store.get_in(SCIM_USERS, organization_id, user_id)
    if doc is None:
        raise NotFoundException(detail=f"User {user_id} not found")
    return User.model_validate(doc, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)


def check_user(store: Store, organization_id: str, user: User, user_id: str | None) -> str:
    """The user's work email; 400 without one, 409 when the userName or email is taken."""
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


@router.get("/Users")
async def list_users(
    organization_id: Organization,
    store: StoreDep,
    filter: Annotated[str | None, Query()] = None,
    start_index: StartIndex = 1,
    count: Count = None,
) -> Response:
    users = [
        User.model_validate(d, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
        for d in store.list(SCIM_USERS, organization_id)
    ]
    return list_response(User, filtered(users, User, filter), start_index, count)


@router.post("/Users")
async def create_user(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    user = await scim_body(request, User, Context.RESOURCE_CREATION_REQUEST)
    with store.transaction():
        user.id = str(uuid4())
        if user.active is None:
            user.active = True
        stamped(user, request)
        save_user(store, organization_id, user, new=True)
    return rendered(user, Context.RESOURCE_CREATION_RESPONSE, 201)


@router.get("/Users/{user_id}")
async def get_user(user_id: str, organization_id: Organization, store: StoreDep) -> Response:
    return rendered(load_user(store, organization_id, user_id), Context.RESOURCE_QUERY_RESPONSE)


@router.put("/Users/{user_id}")
async def replace_user(user_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    replacement = await scim_body(request, User, Context.RESOURCE_REPLACEMENT_REQUEST)
    with store.transaction():
        current = load_user(store, organization_id, user_id)
        replacement.id = current.id
        if replacement.active is None:
            replacement.active = True
        stamped(
            replacement,
            request,
            created=str(current.meta.created.isoformat()) if current.meta and current.meta.created else None,
        )
        save_user(store, organization_id, replacement, new=False)
    return rendered(replacement, Context.RESOURCE_REPLACEMENT_RESPONSE)


@router.patch("/Users/{user_id}")
async def patch_user(user_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    operation = await scim_body(request, PatchOp[User], Context.RESOURCE_PATCH_REQUEST)
    with store.transaction():
        user = load_user(store, organization_id, user_id)
        created = user.meta.created.isoformat() if user.meta and user.meta.created else None
        operation.patch(user)
        stamped(user, request, created=created)
        save_user(store, organization_id, user, new=False)
    return rendered(user, Context.RESOURCE_PATCH_RESPONSE)


@router.delete("/Users/{user_id}")
async def delete_user(user_id: str, organization_id: Organization, store: StoreDep) -> Response:
    with store.transaction():
        load_user(store, organization_id, user_id)
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
async def list_groups(
    organization_id: Organization,
    store: StoreDep,
    filter: Annotated[str | None, Query()] = None,
    start_index: StartIndex = 1,
    count: Count = None,
) -> Response:
    return list_response(Group, filtered(groups_of(store, organization_id), Group, filter), start_index, count)


@router.post("/Groups")
async def create_group(request: Request, organization_id: Organization, store: StoreDep) -> Response:
    group = await scim_body(request, Group, Context.RESOURCE_CREATION_REQUEST)
    with store.transaction():
        group.id = str(uuid4())
        stamped(group, request)
        save_group(store, organization_id, group, previous=None)
    return rendered(group, Context.RESOURCE_CREATION_RESPONSE, 201)


@router.get("/Groups/{group_id}")
async def get_group(group_id: str, organization_id: Organization, store: StoreDep) -> Response:
    return rendered(load_group(store, organization_id, group_id), Context.RESOURCE_QUERY_RESPONSE)


@router.put("/Groups/{group_id}")
async def replace_group(group_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    replacement = await scim_body(request, Group, Context.RESOURCE_REPLACEMENT_REQUEST)
    with store.transaction():
        current = load_group(store, organization_id, group_id)
        replacement.id = current.id
        stamped(
            replacement,
            request,
            created=current.meta.created.isoformat() if current.meta and current.meta.created else None,
        )
        save_group(store, organization_id, replacement, previous=current)
    return rendered(replacement, Context.RESOURCE_REPLACEMENT_RESPONSE)


@router.patch("/Groups/{group_id}")
async def patch_group(group_id: str, request: Request, organization_id: Organization, store: StoreDep) -> Response:
    operation = await scim_body(request, PatchOp[Group], Context.RESOURCE_PATCH_REQUEST)
    with store.transaction():
        current = load_group(store, organization_id, group_id)
        group = current.model_copy(deep=True)
        operation.patch(group)
        stamped(
            group, request, created=current.meta.created.isoformat() if current.meta and current.meta.created else None
        )
        save_group(store, organization_id, group, previous=current)
    return rendered(group, Context.RESOURCE_PATCH_RESPONSE)


@router.delete("/Groups/{group_id}")
async def delete_group(group_id: str, organization_id: Organization, store: StoreDep) -> Response:
    with store.transaction():
        load_group(store, organization_id, group_id)
        store.delete(SCIM_GROUPS, [group_id])
        sync_roles(store, organization_id)
    return Response(status_code=204)
