"""SCIM discovery (RFC 7644 §4, RFC 7643 §5-7): `/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`.

They describe exactly what `routes.py` and `protocol.py` serve: PATCH, filtering (with `/.search`), sorting,
ETags and index pagination are supported; Bulk, password changes and cursor pagination are not; the resource
types are User and Group without schema extensions (an extension in a body is refused). The schemas are
`scim2-models`' core ones with LangSmith's two documented deviations (user-management docs,
/work/shared/reference/langsmith-api.md §8): a user's `emails` are required (a work email is), and a group's
`displayName` is immutable (groups cannot be renamed through SCIM).

Like every `/scim/v2` endpoint they need the SCIM bearer token. They are read-only: other methods answer
405 (protocol.fallback_router), and a `filter` answers 403, as RFC 7644 §4 asks so that a client cannot
believe a filter it sent was applied.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request, Response
from scim2_models import (
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    Context,
    ETag,
    Filter,
    ForbiddenException,
    Group,
    ListResponse,
    Meta,
    Mutability,
    NotFoundException,
    Pagination,
    Patch,
    Required,
    Resource,
    ResourceType,
    Schema,
    ServiceProviderConfig,
    Sort,
    User,
)

from .protocol import DEFAULT_COUNT, MAX_COUNT, Organization, ScimResponse, base_url, scim_router, selection

router = scim_router()

#: The resource types served, with the description RFC 7643 §6 gives them.
RESOURCE_MODELS: dict[str, tuple[type[Resource[Any]], str]] = {
    "User": (User, "User Account"),
    "Group": (Group, "Group"),
}


def service_provider_config(request: Request) -> ServiceProviderConfig:
    """RFC 7643 §5: the features `/scim/v2` supports."""
    return ServiceProviderConfig(
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=MAX_COUNT),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=True),
        etag=ETag(supported=True),
        authentication_schemes=[
            AuthenticationScheme(
                type=AuthenticationScheme.Type.oauthbearertoken,
                name="SCIM bearer token",
                description="Authorization: Bearer <token>, a SCIM token made through "
                "/v1/platform/orgs/current/scim/tokens",
                primary=True,
            )
        ],
        pagination=Pagination(
            cursor=False,
            index=True,
            default_pagination_method=Pagination.DefaultPaginationMethod.index,
            default_page_size=DEFAULT_COUNT,
            max_page_size=MAX_COUNT,
        ),
        meta=Meta(resource_type="ServiceProviderConfig", location=f"{base_url(request)}/ServiceProviderConfig"),
    )


def resource_type(request: Request, name: str) -> ResourceType:
    """RFC 7643 §6: one resource type, without schema extensions."""
    model, description = RESOURCE_MODELS[name]
    described = ResourceType.from_resource(model)
    described.description = description
    described.meta = Meta(resource_type="ResourceType", location=f"{base_url(request)}/ResourceTypes/{name}")
    return described


def schema(request: Request, name: str) -> Schema:
    """RFC 7643 §7: a resource type's schema, with LangSmith's deviations from the core one."""
    model, _ = RESOURCE_MODELS[name]
    described = model.to_schema()
    for attribute in described.attributes or []:
        if name == "User" and attribute.name == "emails":
            # LangSmith requires a work email (docs, user-management; check_user in routes.py).
            attribute.required = Required.true
        if name == "Group" and attribute.name == "displayName":
            # LangSmith's groups cannot be renamed through SCIM (docs, user-management; save_group in routes.py).
            attribute.mutability = Mutability("immutable")
    described.meta = Meta(resource_type="Schema", location=f"{base_url(request)}/Schemas/{described.id}")
    return described


def schemas(request: Request) -> dict[str, Schema]:
    return {str(described.id): described for described in (schema(request, name) for name in RESOURCE_MODELS)}


def refuse_filters(request: Request) -> None:
    """RFC 7644 §4: discovery endpoints do not filter; a `filter` is answered 403 so that no client believes
    its conditions were applied."""
    if "filter" in request.query_params:
        raise ForbiddenException(detail="Discovery endpoints do not support filtering")


def one(resource: Resource[Any], request: Request) -> Response:
    parameters = selection(request, type(resource))
    return ScimResponse(resource.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=parameters))


def listed(model: type[Resource[Any]], resources: list[Any], request: Request) -> Response:
    body = ListResponse[model](  # type: ignore[valid-type]
        total_results=len(resources), start_index=1, items_per_page=len(resources), resources=resources
    )
    parameters = selection(request, model)
    return ScimResponse(body.model_dump(scim_ctx=Context.SEARCH_RESPONSE, response_parameters=parameters))


@router.get("/ServiceProviderConfig")
async def get_service_provider_config(request: Request, organization_id: Organization) -> Response:
    refuse_filters(request)
    return one(service_provider_config(request), request)


@router.get("/ResourceTypes")
async def list_resource_types(request: Request, organization_id: Organization) -> Response:
    refuse_filters(request)
    return listed(ResourceType, [resource_type(request, name) for name in RESOURCE_MODELS], request)


@router.get("/ResourceTypes/{name}")
async def get_resource_type(name: str, request: Request, organization_id: Organization) -> Response:
    refuse_filters(request)
    if name not in RESOURCE_MODELS:
        raise NotFoundException(detail=f"Resource type {name} not found")
    return one(resource_type(request, name), request)


@router.get("/Schemas")
async def list_schemas(request: Request, organization_id: Organization) -> Response:
    refuse_filters(request)
    return listed(Schema, list(schemas(request).values()), request)


@router.get("/Schemas/{schema_id}")
async def get_schema(schema_id: str, request: Request, organization_id: Organization) -> Response:
    refuse_filters(request)
    described = schemas(request).get(schema_id)
    if described is None:
        raise NotFoundException(detail=f"Schema {schema_id} not found")
    return one(described, request)
