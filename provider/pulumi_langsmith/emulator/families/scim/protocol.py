"""The SCIM 2.0 protocol layer shared by the resource and discovery endpoints (RFC 7644).

- Every answer is `application/scim+json`; every failure, authentication, validation, unknown paths and
  methods included, is an RFC 7644 §3.12 error `{schemas: [...Error], status, scimType?, detail}`.
- Auth: `Authorization: Bearer <SCIM token>` (LangSmith's docs, user-management), 401 otherwise.
- Query parameters (RFC 7644 §3.4.2, §3.9): `filter`, `sortBy`, `sortOrder`, `startIndex`, `count`,
  `attributes`, `excludedAttributes`, validated by `scim2-models` against the endpoint's resource type.
- ETags (RFC 7644 §3.14): `meta.version` is a weak ETag derived from the resource's content, sent as the
  `ETag` header; `If-Match` guards PUT/PATCH/DELETE (412), `If-None-Match` on GET answers 304.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Coroutine
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from scim2_models import (
    Context,
    Error,
    InvalidSyntaxException,
    InvalidValueException,
    ListResponse,
    NotFoundException,
    PreconditionFailedException,
    Resource,
    ResponseParameters,
    SCIMException,
    SearchRequest,
)
from starlette.routing import Match

from ...auth import get_store
from . import directory

SCIM_MEDIA_TYPE = "application/scim+json"
PREFIX = "/scim/v2"
#: The page size without `count`, and the largest page (ServiceProviderConfig: filter.maxResults,
#: pagination.defaultPageSize/maxPageSize).
DEFAULT_COUNT = 100
MAX_COUNT = 1000
ResourceT = TypeVar("ResourceT", bound=Resource[Any])
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class ScimResponse(JSONResponse):
    media_type = SCIM_MEDIA_TYPE


def error_response(
    status: int, detail: str, scim_type: str | None = None, headers: dict[str, str] | None = None
) -> ScimResponse:
    """An RFC 7644 §3.12 error."""
    error = Error(status=status, scim_type=scim_type, detail=detail)
    return ScimResponse(error.model_dump(), status_code=status, headers=headers)


class ScimUnauthorized(Exception):
    """No or an unknown bearer token."""


def scim_exception(exc: ValidationError) -> SCIMException:
    """The SCIM error a failed validation stands for: the scimType `scim2-models` gave it, else invalidValue."""
    first = exc.errors()[0]
    context = first.get("ctx") or {}
    message = str(first.get("msg"))
    if context.get("scim_type"):
        return SCIMException.from_error(
            Error(status=int(context.get("status") or 400), scim_type=context["scim_type"], detail=message)
        )
    where = ".".join(str(part) for part in first.get("loc") or ())
    return InvalidValueException(detail=f"{where}: {message}" if where else message)


class ScimRoute(APIRoute):
    """A route whose failures, authentication and validation included, answer the SCIM error shape."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def scim_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except ValidationError as exc:
                return scim_error(scim_exception(exc))
            except SCIMException as exc:
                return scim_error(exc)
            except ScimUnauthorized as exc:
                return error_response(401, str(exc), headers={"WWW-Authenticate": "Bearer"})
            except RequestValidationError as exc:
                return error_response(400, f"Invalid request: {exc.errors()[0].get('msg')}", "invalidValue")

        return scim_handler


def scim_error(exc: SCIMException) -> ScimResponse:
    error = exc.to_error()
    return ScimResponse(error.model_dump(), status_code=int(error.status or 400))


def scim_router() -> APIRouter:
    return APIRouter(route_class=ScimRoute, include_in_schema=False)


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


# ================================================================ bodies and query parameters


async def scim_body(request: Request, model: type[Any], context: Context) -> Any:
    """The request body parsed as `model` in `context`; 400 invalidSyntax/invalidValue otherwise."""
    content_type = (request.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in (SCIM_MEDIA_TYPE, "application/json"):
        raise InvalidSyntaxException(detail=f"Content-Type must be {SCIM_MEDIA_TYPE}")
    try:
        payload = await request.json()
    except ValueError:
        raise InvalidSyntaxException(detail="The body is not JSON") from None
    if not isinstance(payload, dict):
        raise InvalidSyntaxException(detail="The body must be a JSON object")
    try:
        return model.model_validate(payload, scim_ctx=context)
    except ValidationError as exc:
        raise scim_exception(exc) from None


def search_query(request: Request, model: type[ResourceT]) -> SearchRequest[ResourceT]:
    """A list's query parameters (RFC 7644 §3.4.2, §3.9) as the SearchRequest they stand for."""
    names = ("filter", "sortBy", "sortOrder", "startIndex", "count", "attributes", "excludedAttributes")
    params = {name: request.query_params[name] for name in names if name in request.query_params}
    if "cursor" in request.query_params:
        # ServiceProviderConfig: pagination.cursor is false (RFC 9865 §4).
        raise InvalidValueException(detail="Cursor pagination is not supported; use startIndex and count")
    return SearchRequest[model].model_validate(params)  # type: ignore[valid-type]


def selection(request: Request, model: type[ResourceT]) -> ResponseParameters[ResourceT]:
    """The `attributes`/`excludedAttributes` query parameters (RFC 7644 §3.9) of a single-resource answer."""
    names = ("attributes", "excludedAttributes")
    params = {name: request.query_params[name] for name in names if name in request.query_params}
    return ResponseParameters[model].model_validate(params)  # type: ignore[valid-type]


# ================================================================ answers


def base_url(request: Request) -> str:
    return f"{str(request.base_url).rstrip('/')}{PREFIX}"


def version_of(resource: Resource[Any]) -> str:
    """A weak ETag of the resource's content (RFC 7644 §3.14), meta.version left out."""
    doc = resource.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
    (doc.get("meta") or {}).pop("version", None)
    digest = hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()[:32]
    return f'W/"{digest}"'


def versioned(resource: ResourceT) -> ResourceT:
    if resource.meta is not None:
        resource.meta.version = version_of(resource)
    return resource


def check_if_match(request: Request, resource: Resource[Any]) -> None:
    """412 when `If-Match` names no current version of the resource (RFC 7644 §3.14, RFC 7232 §3.1)."""
    wanted = request.headers.get("If-Match")
    if wanted is None:
        return
    tags = {tag.strip() for tag in wanted.split(",")}
    if "*" not in tags and version_of(resource) not in tags:
        raise PreconditionFailedException(detail="The resource changed: If-Match names no current version")


def rendered(
    resource: Resource[Any],
    context: Context,
    status: int = 200,
    *,
    request: Request,
    parameters: ResponseParameters[Any] | None = None,
) -> Response:
    """One resource, with its ETag; 201s also carry `Location` (RFC 7644 §3.3); a GET whose `If-None-Match`
    names its version answers 304."""
    versioned(resource)
    version = resource.meta.version if resource.meta else None
    headers = {"ETag": str(version)} if version else {}
    if status == 201 and resource.meta and resource.meta.location:
        headers["Location"] = str(resource.meta.location)
    if request.method == "GET" and version:
        matches = {tag.strip() for tag in (request.headers.get("If-None-Match") or "").split(",")}
        if version in matches or "*" in matches:
            return Response(status_code=304, headers=headers)
    body = resource.model_dump(scim_ctx=context, response_parameters=parameters)
    return ScimResponse(body, status_code=status, headers=headers)


def list_response(model: type[ResourceT], resources: list[ResourceT], search: SearchRequest[Any]) -> ScimResponse:
    """The resources `search` selects, ordered and paged as a `ListResponse` (RFC 7644 §3.4.2):
    `startIndex` below 1 is 1, `count` below 0 is 0 and above MAX_COUNT is MAX_COUNT."""
    if search.filter is not None:
        resources = [resource for resource in resources if search.filter.match(resource)]
    resources = search.sort(resources)
    start = search.start_index_0 or 0
    size = DEFAULT_COUNT if search.count is None else min(search.count, MAX_COUNT)
    page = [versioned(resource) for resource in resources[start : start + size]]
    body = ListResponse[model](  # type: ignore[valid-type]
        total_results=len(resources), start_index=start + 1, items_per_page=len(page), resources=page
    )
    return ScimResponse(body.model_dump(scim_ctx=Context.SEARCH_RESPONSE, response_parameters=search))


# ================================================================ unknown paths and methods


def fallback_router(*routers: APIRouter) -> APIRouter:
    """The last router under `/scim/v2`: 405 (with `Allow`) for a method a served path does not take,
    404 for a path nothing serves, both as SCIM errors instead of the framework's plain JSON."""
    fallback = scim_router()

    @fallback.api_route("/{path:path}", methods=ALL_METHODS)
    async def unknown(path: str, request: Request) -> Response:
        scope = {"type": "http", "path": f"/{path}", "method": request.method}
        allowed = sorted(
            {
                method
                for router in routers
                for route in router.routes
                if isinstance(route, APIRoute) and route.matches(scope)[0] != Match.NONE
                for method in route.methods or ()
            }
        )
        if allowed:
            return error_response(
                405, f"{request.method} is not supported on {PREFIX}/{path}", headers={"Allow": ", ".join(allowed)}
            )
        raise NotFoundException(detail=f"{PREFIX}/{path} is not a SCIM endpoint")

    return fallback
