"""Routes of the sandboxes family: sandbox image registries (errors are `{detail: {error, message}}`).

- A registry's name is unique in its workspace (409), and addresses it (`/registries/{name}`); a PATCH may
  rename it (409 when the new name is taken).
- `name`, `url`, `username` and `password` are all required at create (400 when empty). Credentials are
  stored and never answered. A PATCH changes credentials all or nothing: `username` without `password` (or
  the reverse) is a 400.
- The list is `{registries, offset}`, narrowed by `name_contains`, paginated by `limit`/`offset`.
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from fastapi import APIRouter, Query, Response
from fastapi.responses import JSONResponse

from ...auth import StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from .schemas import CreateRegistryPayload, RegistryListResponse, RegistryResponse, UpdateRegistryPayload
from .tables import SANDBOX_REGISTRIES

router = APIRouter()

_CREDENTIALS = ("username", "password")


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"detail": {"error": code, "message": message}}, status_code=status)


def view(doc: Document) -> Document:
    """A stored registry as the API answers it: without its credentials."""
    return {k: v for k, v in doc.items() if k not in _CREDENTIALS and v is not None}


def _registry(store: Store, workspace_id: str, name: str) -> Document | None:
    return store.find_by_name(SANDBOX_REGISTRIES, workspace_id, name)


@router.get(
    "/registries",
    response_model=RegistryListResponse,
    response_model_exclude_none=True,
    dependencies=[requires("sandboxes:read")],
)
async def list_registries(
    principal: WorkspaceCaller,
    store: StoreDep,
    limit: int = Query(default=None),
    offset: int = Query(default=None),
    name_contains: str = Query(default=None),
) -> Any:
    docs = store.list(SANDBOX_REGISTRIES, principal.workspace_id)
    if name_contains:
        docs = [d for d in docs if name_contains.lower() in d["name"].lower()]
    start = max(offset or 0, 0)
    size = limit if limit is not None and limit > 0 else 100
    return {"registries": [view(d) for d in docs[start : start + size]], "offset": start}


@router.post(
    "/registries",
    response_model=RegistryResponse,
    response_model_exclude_none=True,
    status_code=201,
    dependencies=[requires("sandboxes:create")],
)
async def create_registry(body: CreateRegistryPayload, principal: WorkspaceCaller, store: StoreDep) -> Any:
    values = body.model_dump()
    missing = [k for k in ("name", "url", "username", "password") if not values.get(k)]
    if missing:
        return error(400, "invalid_request", f"{', '.join(missing)} required")
    now = utcnow().isoformat()
    doc = {
        "id": str(uuid4()),
        **values,
        "created_at": now,
        "updated_at": now,
        "created_by": principal.identity or None,
        "updated_by": principal.identity or None,
    }
    with store.transaction():
        if _registry(store, principal.workspace_id, body.name) is not None:
            return error(409, "conflict", f"a registry named {body.name!r} already exists")
        store.insert(SANDBOX_REGISTRIES, doc, scope=principal.workspace_id, name=body.name)
    return view(doc)


@router.get(
    "/registries/{name}",
    response_model=RegistryResponse,
    response_model_exclude_none=True,
    dependencies=[requires("sandboxes:read")],
)
async def get_registry(name: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    doc = _registry(store, principal.workspace_id, name)
    return error(404, "not_found", "registry not found") if doc is None else view(doc)


@router.patch(
    "/registries/{name}",
    response_model=RegistryResponse,
    response_model_exclude_none=True,
    dependencies=[requires("sandboxes:update")],
)
async def update_registry(name: str, body: UpdateRegistryPayload, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Apply the fields present; credentials change together (both or neither)."""
    values = body.model_dump(exclude_none=True)
    if len([k for k in _CREDENTIALS if values.get(k)]) == 1:
        return error(400, "invalid_request", "username and password are updated together")
    if any(values.get(k) == "" for k in ("name", "url", *_CREDENTIALS)):
        return error(400, "invalid_request", "fields cannot be empty")
    with store.transaction():
        doc = _registry(store, principal.workspace_id, name)
        if doc is None:
            return error(404, "not_found", "registry not found")
        new_name = str(values.get("name") or doc["name"])
        if new_name != doc["name"] and _registry(store, principal.workspace_id, new_name) is not None:
            return error(409, "conflict", f"a registry named {new_name!r} already exists")
        doc = {**doc, **values, "updated_at": utcnow().isoformat(), "updated_by": principal.identity or None}
        store.replace(SANDBOX_REGISTRIES, doc, name=new_name)
    return view(doc)


@router.delete(
    "/registries/{name}", status_code=204, response_class=Response, dependencies=[requires("sandboxes:delete")]
)
async def delete_registry(name: str, principal: WorkspaceCaller, store: StoreDep) -> Response:
    with store.transaction():
        doc = _registry(store, principal.workspace_id, name)
        if doc is None:
            return error(404, "not_found", "registry not found")
        store.delete(SANDBOX_REGISTRIES, [doc["id"]])
    return Response(status_code=204)
