"""The emulator's ASGI application: the registered API families mounted at the prefixes the real hosts use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

import fastapi.routing
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .._version import __version__
from .families.audit.recorder import AuditMiddleware
from .families.webhooks.delivery import WebhookPolicy
from .faults import FaultConfig
from .limits import DEFAULT_MAX_BODY_BYTES, BodyLimitMiddleware
from .registry import Family, registered_families
from .store import Store
from .tenancy import seed
from .traffic import ConnectionDropped, ErrorLog, RequestLog, TrafficMiddleware, silence_dropped_connection_errors


def served_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(METHOD, path) of every route the app serves, sorted; included routers are flattened.

    FastAPI >= 0.16x keeps included routers as lazy route groups in `app.routes`, older versions copy
    the routes in; both are handled. Paths are templates without converters (`{model:path}` is `{model}`,
    as in the OpenAPI document: a converter only lets a parameter hold an encoded `/`).
    """
    iter_route_contexts = getattr(fastapi.routing, "iter_route_contexts", None)
    routes = iter_route_contexts(app.routes) if iter_route_contexts else app.routes
    return sorted(
        (method, str(getattr(route, "path_format", None) or getattr(route, "path", "")))
        for route in routes
        for method in (getattr(route, "methods", None) or {"*"})
    )


async def _integrity_error(request: Request, exc: Exception) -> JSONResponse:
    """A uniqueness violation that slipped past the routes' own checks is still a conflict."""
    return JSONResponse({"detail": "Conflict"}, status_code=409)


async def _unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    """A 500 for an exception no route handled, recorded in `app.state.error_log` (the test fixture fails on it)."""
    if not isinstance(exc, ConnectionDropped):  # a fault the emulator injects on purpose
        request.app.state.error_log.record(request.method, request.url.path, exc)
    return JSONResponse({"detail": "Internal Server Error"}, status_code=500)


def create_app(
    *,
    db_path: str | None = None,
    api_key: str | None = None,
    faults: FaultConfig | None = None,
    request_log: RequestLog | None = None,
    families: Sequence[Family] | None = None,
    webhook_allow: Iterable[str] = (),
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """A LangSmith emulator app over SQLite (in memory, or the file `db_path` so state survives restarts).

    The first start seeds an organisation, its default workspace and an organisation-admin API key
    (`api_key`, or a fresh `lsv2_sk_...` one); `app.state` exposes `organization_id`, `workspace_id`,
    `api_key`, `store`, `faults` and `request_log`. `families`: the API families served (default: every
    registered one, see `emulator.registry`); the store holds the tables of every registered family.
    `webhook_allow`: `HOST[:PORT]`s prompt-webhook test deliveries may reach beyond public https addresses
    (`app.state.webhook_policy`, see `families/webhooks/delivery.py`). `max_body_bytes`: larger request
    bodies answer 413 (see `limits.py`). Exceptions no route handles answer 500 and are recorded in
    `app.state.error_log`.
    """
    if families is None:
        families = registered_families()
    store = Store(db_path)
    tenancy = seed(store, api_key)
    app = FastAPI(
        title="LangSmith emulator",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.organization_id = tenancy.organization_id
    app.state.workspace_id = tenancy.workspace_id
    app.state.api_key = tenancy.api_key
    app.state.faults = faults if faults is not None else FaultConfig()
    app.state.request_log = request_log if request_log is not None else RequestLog()
    app.state.webhook_policy = WebhookPolicy(webhook_allow)
    app.state.error_log = ErrorLog()
    for family in families:
        for mount in family.mounts:
            for prefix in mount.prefixes:
                app.include_router(mount.router, prefix=prefix)
    app.add_exception_handler(sqlite3.IntegrityError, _integrity_error)
    app.add_exception_handler(Exception, _unhandled_error)
    app.add_middleware(AuditMiddleware)  # records audited writes (`families/audit`)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=max_body_bytes)
    app.add_middleware(TrafficMiddleware, faults=app.state.faults, log=app.state.request_log)  # outermost
    silence_dropped_connection_errors()
    return app
