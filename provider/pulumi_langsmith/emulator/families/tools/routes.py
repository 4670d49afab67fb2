"""Routes of the tools family (Go platform routes; errors are `{error}` for tools, `{detail, message}` for MCP
vendors).

- **Tools** (`/tools`): a handle is unique in its workspace (a duplicate POST is 409); the item routes
  address a tool by handle (`/tools/{handle}`) or by id (`/tools/id/{id}`). The update payload has no
  handle: a handle never changes. PATCH applies the fields present (Go: an absent or null field is
  unchanged). Unset `metadata`, `parameters` and `returns` are answered as `{}` (Go maps). The list is
  `{tools, total, next_offset}`, narrowed by `query` (name or description), paginated by `limit`/`offset`.
- **MCP vendor settings** (`/mcp-vendors/{vendor_slug}/settings`): one per vendor in a workspace; the only
  vendor is `arcade` (the spec's `ArcadeSettings*`), another slug is 404. POST initializes them (409 when
  they exist), GET/PUT/DELETE need them (404 before the POST); PUT replaces both fields, DELETE answers the
  removed settings as not configured.
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from fastapi import APIRouter, Query, Response
from fastapi.responses import JSONResponse

from ...auth import StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from .schemas import (
    ArcadeSettingsRequest,
    ArcadeSettingsResponse,
    CreateToolPayload,
    ListToolsResponse,
    Tool,
    UpdateToolPayload,
)
from .tables import MCP_VENDOR_SETTINGS, TOOLS

platform_router = APIRouter()

MCP_VENDORS = ("arcade",)


def go_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def vendor_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"detail": message, "message": message}, status_code=status)


# Tools are prompt-side objects (the playground's tools): the spec names no permission of their own, so the
# emulator asks for the prompts permissions.


def _tool_by_handle(store: Store, workspace_id: str, handle: str) -> Document | None:
    return store.find_by_name(TOOLS, workspace_id, handle)


def _tool_by_id(store: Store, workspace_id: str, tool_id: str) -> Document | None:
    return store.get_in(TOOLS, workspace_id, str(tool_id))


def _update(store: Store, doc: Document, body: UpdateToolPayload) -> Any:
    values = body.model_dump(mode="json", exclude_none=True)
    if any(values.get(k) == "" for k in ("name", "description")):
        return go_error(400, "name and description cannot be empty")
    updated = {**doc, **values, "updated_at": utcnow().isoformat()}
    store.replace(TOOLS, updated, name=doc["handle"])
    return updated


@platform_router.get(
    "/tools",
    response_model=ListToolsResponse,
    response_model_exclude_none=True,
    dependencies=[requires("prompts:read")],
)
async def list_tools(
    principal: WorkspaceCaller,
    store: StoreDep,
    limit: int = Query(default=None),
    offset: int = Query(default=None),
    query: str = Query(default=None),
) -> Any:
    """The workspace's tools, oldest first, narrowed by `query` (in the name or description)."""
    docs = store.list(TOOLS, principal.workspace_id)
    if query:
        needle = query.lower()
        docs = [d for d in docs if needle in d["name"].lower() or needle in d["description"].lower()]
    start = max(offset or 0, 0)
    size = limit if limit is not None and limit > 0 else 100
    page = docs[start : start + size]
    more = start + size < len(docs)
    return {"tools": page, "total": len(docs), **({"next_offset": start + size} if more else {})}


@platform_router.post("/tools", response_model=Tool, status_code=201, dependencies=[requires("prompts:create")])
async def create_tool(body: CreateToolPayload, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """A new tool; a handle the workspace already has is a 409."""
    if not body.handle or not body.name or not body.description:
        return go_error(400, "handle, name and description are required")
    now = utcnow().isoformat()
    doc = {
        "id": str(uuid4()),
        "tenant_id": principal.workspace_id,
        "handle": body.handle,
        "name": body.name,
        "description": body.description,
        "parameters": body.parameters,
        "returns": body.returns or {},
        "metadata": body.metadata or {},
        "enabled": True if body.enabled is None else body.enabled,
        "created_at": now,
        "updated_at": now,
    }
    with store.transaction():
        if _tool_by_handle(store, principal.workspace_id, body.handle) is not None:
            return go_error(409, f"a tool with handle {body.handle!r} already exists")
        store.insert(TOOLS, doc, scope=principal.workspace_id, name=body.handle)
    return doc


@platform_router.get("/tools/{handle}", response_model=Tool, dependencies=[requires("prompts:read")])
async def get_tool(handle: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    doc = _tool_by_handle(store, principal.workspace_id, handle)
    return go_error(404, "tool not found") if doc is None else doc


@platform_router.patch("/tools/{handle}", response_model=Tool, dependencies=[requires("prompts:update")])
async def update_tool(handle: str, body: UpdateToolPayload, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Apply the fields present (an absent or null field is unchanged)."""
    with store.transaction():
        doc = _tool_by_handle(store, principal.workspace_id, handle)
        return go_error(404, "tool not found") if doc is None else _update(store, doc, body)


@platform_router.delete(
    "/tools/{handle}", status_code=204, response_class=Response, dependencies=[requires("prompts:delete")]
)
async def delete_tool(handle: str, principal: WorkspaceCaller, store: StoreDep) -> Response:
    with store.transaction():
        doc = _tool_by_handle(store, principal.workspace_id, handle)
        if doc is None:
            return go_error(404, "tool not found")
        store.delete(TOOLS, [doc["id"]])
    return Response(status_code=204)


@platform_router.get("/tools/id/{id}", response_model=Tool, dependencies=[requires("prompts:read")])
async def get_tool_by_id(id: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    doc = _tool_by_id(store, principal.workspace_id, id)
    return go_error(404, "tool not found") if doc is None else doc


@platform_router.patch("/tools/id/{id}", response_model=Tool, dependencies=[requires("prompts:update")])
async def update_tool_by_id(id: str, body: UpdateToolPayload, principal: WorkspaceCaller, store: StoreDep) -> Any:
    with store.transaction():
        doc = _tool_by_id(store, principal.workspace_id, id)
        return go_error(404, "tool not found") if doc is None else _update(store, doc, body)


@platform_router.delete(
    "/tools/id/{id}", status_code=204, response_class=Response, dependencies=[requires("prompts:delete")]
)
async def delete_tool_by_id(id: str, principal: WorkspaceCaller, store: StoreDep) -> Response:
    with store.transaction():
        doc = _tool_by_id(store, principal.workspace_id, id)
        if doc is None:
            return go_error(404, "tool not found")
        store.delete(TOOLS, [doc["id"]])
    return Response(status_code=204)


# -- MCP vendor settings (managing the workspace's MCP servers: the mcp-servers permissions) -------------


def _settings(store: Store, workspace_id: str, vendor_slug: str) -> Document | None:
    return store.find_by_name(MCP_VENDOR_SETTINGS, workspace_id, vendor_slug)


def _settings_view(doc: Document | None) -> Document:
    if doc is None:
        return {"is_configured": False}
    return {"is_configured": True, "organization_id": doc["organization_id"], "project_id": doc["project_id"]}


@platform_router.get(
    "/mcp-vendors/{vendor_slug}/settings",
    response_model=ArcadeSettingsResponse,
    response_model_exclude_none=True,
    dependencies=[requires("mcp-servers:read")],
)
async def get_vendor_settings(vendor_slug: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    if vendor_slug not in MCP_VENDORS:
        return vendor_error(404, f"unknown MCP vendor {vendor_slug!r}")
    doc = _settings(store, principal.workspace_id, vendor_slug)
    return vendor_error(404, "vendor settings not found") if doc is None else _settings_view(doc)


@platform_router.post(
    "/mcp-vendors/{vendor_slug}/settings",
    response_model=ArcadeSettingsResponse,
    response_model_exclude_none=True,
    status_code=201,
    dependencies=[requires("mcp-servers:create")],
)
async def create_vendor_settings(
    vendor_slug: str, body: ArcadeSettingsRequest, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Initialize the vendor's settings; a 409 when the workspace has them already."""
    if vendor_slug not in MCP_VENDORS:
        return vendor_error(404, f"unknown MCP vendor {vendor_slug!r}")
    with store.transaction():
        if _settings(store, principal.workspace_id, vendor_slug) is not None:
            return vendor_error(409, "vendor settings already exist")
        doc = {
            "id": str(uuid4()),
            "vendor_slug": vendor_slug,
            "organization_id": body.organization_id or "",
            "project_id": body.project_id or "",
        }
        store.insert(MCP_VENDOR_SETTINGS, doc, scope=principal.workspace_id, name=vendor_slug)
    return _settings_view(doc)


@platform_router.put(
    "/mcp-vendors/{vendor_slug}/settings",
    response_model=ArcadeSettingsResponse,
    response_model_exclude_none=True,
    dependencies=[requires("mcp-servers:update")],
)
async def replace_vendor_settings(
    vendor_slug: str, body: ArcadeSettingsRequest, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Replace both fields (an absent one becomes empty)."""
    if vendor_slug not in MCP_VENDORS:
        return vendor_error(404, f"unknown MCP vendor {vendor_slug!r}")
    with store.transaction():
        doc = _settings(store, principal.workspace_id, vendor_slug)
        if doc is None:
            return vendor_error(404, "vendor settings not found")
        doc = {**doc, "organization_id": body.organization_id or "", "project_id": body.project_id or ""}
        store.replace(MCP_VENDOR_SETTINGS, doc, name=vendor_slug)
    return _settings_view(doc)


@platform_router.delete(
    "/mcp-vendors/{vendor_slug}/settings",
    response_model=ArcadeSettingsResponse,
    response_model_exclude_none=True,
    dependencies=[requires("mcp-servers:delete")],
)
async def delete_vendor_settings(vendor_slug: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    if vendor_slug not in MCP_VENDORS:
        return vendor_error(404, f"unknown MCP vendor {vendor_slug!r}")
    with store.transaction():
        doc = _settings(store, principal.workspace_id, vendor_slug)
        if doc is None:
            return vendor_error(404, "vendor settings not found")
        store.delete(MCP_VENDOR_SETTINGS, [doc["id"]])
    return _settings_view(None)
