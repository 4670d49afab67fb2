"""Bulk-export routes (`/api/v1/bulk-exports…`), after `langsmith-platform-openapi.docs.json`.

- Destinations: `POST` stores an S3-compatible destination of the workspace, `GET` lists them or reads one,
  `PATCH /{id}` replaces its credentials (the only change the spec allows). Credentials are write-only: every
  response shows `credentials_keys` (the names of the credential fields held), never a value. The spec has
  no DELETE. The spec describes no connection test on create, so none is made (and the emulator makes no
  network request): the body is validated against the spec's schema only.
- Exports: `POST` starts a one-off export (`Created`) or a scheduled one (`interval_hours`:
  `IntervalScheduled`) of a project of the workspace to one of its destinations (404 when either is not the
  workspace's; 400 when `end_time` is not after `start_time` or `interval_hours` is below 1). `GET` lists them
  (`offset`/`limit`) or reads one; `PATCH /{id}` with `{"status": "Cancelled"}` cancels it (a finished export
  stays as it finished). There is no DELETE.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Query

from ...auth import StoreDep, WorkspaceCaller, requires
from ...store import Document
from ..langsmith.schemas import utcnow
from ..langsmith.tables import SESSIONS
from .schemas import (
    FINISHED,
    BulkExport,
    BulkExportCreate,
    BulkExportDestination,
    BulkExportDestinationCreate,
    BulkExportDestinationUpdate,
    BulkExportStatus,
    BulkExportUpdate,
)
from .tables import DESTINATIONS, EXPORTS

router = APIRouter()


def _shown(doc: Document) -> Document:
    """A destination as responses show it: the credentials' keys, never their values."""
    shown = {k: v for k, v in doc.items() if k != "credentials"}
    shown["credentials_keys"] = sorted(k for k, v in (doc.get("credentials") or {}).items() if v is not None)
    return shown


def _destination(store: Any, workspace_id: str, destination_id: object) -> Document:
    doc = store.get_in(DESTINATIONS, workspace_id, destination_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="Bulk export destination not found")
    return doc


@router.get(
    "/bulk-exports/destinations",
    response_model=list[BulkExportDestination],
    dependencies=[requires("bulk-exports:read")],
)
async def list_destinations(principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """The workspace's destinations."""
    return [_shown(doc) for doc in store.list(DESTINATIONS, principal.workspace_id)]


@router.post(
    "/bulk-exports/destinations",
    response_model=BulkExportDestination,
    dependencies=[requires("bulk-exports:manage")],
)
async def create_destination(
    body: BulkExportDestinationCreate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new destination of the workspace (names need not be unique: the spec declares no conflict)."""
    now = utcnow().isoformat()
    doc = {
        **body.model_dump(mode="json"),
        "id": str(uuid4()),
        "tenant_id": principal.workspace_id,
        "created_at": now,
        "updated_at": now,
    }
    store.insert(DESTINATIONS, doc, scope=principal.workspace_id)
    return _shown(doc)


@router.get(
    "/bulk-exports/destinations/{destination_id}",
    response_model=BulkExportDestination,
    dependencies=[requires("bulk-exports:read")],
)
async def get_destination(destination_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One destination of the workspace."""
    return _shown(_destination(store, principal.workspace_id, destination_id))


@router.patch(
    "/bulk-exports/destinations/{destination_id}",
    response_model=BulkExportDestination,
    dependencies=[requires("bulk-exports:manage")],
)
async def update_destination(
    destination_id: UUID, body: BulkExportDestinationUpdate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Replace the destination's credentials."""
    with store.transaction():
        doc = _destination(store, principal.workspace_id, destination_id)
        doc.update(credentials=body.credentials.model_dump(mode="json"), updated_at=utcnow().isoformat())
        store.replace(DESTINATIONS, doc, scope=principal.workspace_id)
    return _shown(doc)


def _export(store: Any, workspace_id: str, export_id: object) -> Document:
    doc = store.get_in(EXPORTS, workspace_id, export_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="Bulk export not found")
    return doc


@router.get("/bulk-exports", response_model=list[BulkExport], dependencies=[requires("bulk-exports:read")])
async def list_exports(
    principal: WorkspaceCaller,
    store: StoreDep,
    limit: Annotated[int | None, Query(ge=1, le=1000)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[Document]:
    """The workspace's exports, oldest first."""
    exports = store.list(EXPORTS, principal.workspace_id)
    return exports[offset : offset + limit if limit is not None else None]


@router.post("/bulk-exports", response_model=BulkExport, dependencies=[requires("bulk-exports:manage")])
async def create_export(body: BulkExportCreate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """A new one-off or scheduled export of the workspace's traces to one of its destinations."""
    workspace_id = principal.workspace_id
    _destination(store, workspace_id, body.bulk_export_destination_id)
    if body.session_id is not None and store.get_in(SESSIONS, workspace_id, body.session_id) is None:
        raise HTTPException(status_code=404, detail="Tracer session not found")
    if body.end_time is not None and body.end_time <= body.start_time:
        raise HTTPException(status_code=400, detail="end_time must be after start_time")
    if body.interval_hours is not None and body.interval_hours < 1:
        raise HTTPException(status_code=400, detail="interval_hours must be at least 1")
    now = utcnow().isoformat()
    scheduled = body.interval_hours is not None
    doc = {
        **body.model_dump(mode="json"),
        "id": str(uuid4()),
        "tenant_id": workspace_id,
        "status": (BulkExportStatus.INTERVAL_SCHEDULED if scheduled else BulkExportStatus.CREATED).value,
        "created_at": now,
        "updated_at": now,
        "finished_at": None,
        "source_bulk_export_id": None,
    }
    store.insert(EXPORTS, doc, scope=workspace_id)
    return doc


@router.get("/bulk-exports/{bulk_export_id}", response_model=BulkExport, dependencies=[requires("bulk-exports:read")])
async def get_export(bulk_export_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One export of the workspace."""
    return _export(store, principal.workspace_id, bulk_export_id)


@router.patch(
    "/bulk-exports/{bulk_export_id}", response_model=BulkExport, dependencies=[requires("bulk-exports:manage")]
)
async def cancel_export(
    bulk_export_id: UUID, body: BulkExportUpdate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Cancel an export (a scheduled one stops scheduling runs); one that already finished stays as it is."""
    with store.transaction():
        doc = _export(store, principal.workspace_id, bulk_export_id)
        if BulkExportStatus(doc["status"]) not in FINISHED:
            now = utcnow().isoformat()
            doc.update(status=body.status.value, updated_at=now, finished_at=now)
            store.replace(EXPORTS, doc, scope=principal.workspace_id)
    return doc
