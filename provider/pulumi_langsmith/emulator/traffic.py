"""ASGI middleware that injects the configured faults and records every request in a log."""

from __future__ import annotations

import asyncio
import logging
import threading
import traceback
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .faults import Fault, FaultConfig

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class RequestRecord:
    """One request the emulator received."""

    method: str
    path: str
    query: str
    #: The status sent; None when the connection was dropped before any response.
    status: int | None
    #: The `X-Tenant-Id` header as sent.
    tenant_id: str | None
    #: The organisation the API key belongs to (None when it was missing or unknown).
    organization_id: str | None
    #: The injected fault, e.g. `503`, `429`, `drop`, `drop_after` (None when none was).
    fault: str | None = None

    @property
    def is_write(self) -> bool:
        return self.method not in READ_METHODS


#: How many requests a `RequestLog` keeps by default: the most recent ones, older ones are dropped.
DEFAULT_REQUEST_LOG_SIZE = 10_000


class RequestLog:
    """A thread-safe ring of the most recent `RequestRecord`s (at most `maxlen`, default `DEFAULT_REQUEST_LOG_SIZE`).

    A long-running emulator keeps bounded memory: once full, each new record drops the oldest.
    """

    def __init__(self, maxlen: int = DEFAULT_REQUEST_LOG_SIZE) -> None:
        if maxlen < 1:
            raise ValueError("maxlen must be positive")
        self._records: deque[RequestRecord] = deque(maxlen=maxlen)
        self._lock = threading.Lock()

    @property
    def maxlen(self) -> int:
        return self._records.maxlen or 0

    def append(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)

    def entries(self) -> list[RequestRecord]:
        """A snapshot of every record so far."""
        with self._lock:
            return list(self._records)

    def writes(self) -> list[RequestRecord]:
        """The records of non-read requests (whether or not they succeeded)."""
        return [record for record in self.entries() if record.is_write]

    def clear(self) -> None:
        with self._lock:
            self._records.clear()


@dataclass(frozen=True)
class UnhandledError:
    """An exception a route raised and nothing handled (answered 500)."""

    method: str
    path: str
    error: str
    traceback: str


class ErrorLog:
    """Unhandled exceptions of the app (the most recent `maxlen`), with a running count to compare against."""

    def __init__(self, maxlen: int = 100) -> None:
        self._errors: deque[UnhandledError] = deque(maxlen=maxlen)
        self._count = 0
        self._lock = threading.Lock()

    def record(self, method: str, path: str, exc: BaseException) -> None:
        entry = UnhandledError(
            method, path, f"{type(exc).__name__}: {exc}"[:500], "".join(traceback.format_exception(exc))[-4000:]
        )
        with self._lock:
            self._errors.append(entry)
            self._count += 1

    @property
    def count(self) -> int:
        """How many were recorded since the app started (never decreases)."""
        with self._lock:
            return self._count

    def since(self, count: int) -> list[UnhandledError]:
        """The errors recorded after `count` was read (as many as are still kept)."""
        with self._lock:
            new = self._count - count
            return list(self._errors)[-new:] if new > 0 else []


class ConnectionDropped(Exception):
    """Raised after a partial response so the server closes the connection."""


class _QuietDrops(logging.Filter):
    """Hide uvicorn's error log for connections the emulator drops on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


def silence_dropped_connection_errors() -> None:
    """Install the log filter on uvicorn's error logger (once)."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _QuietDrops) for f in logger.filters):
        logger.addFilter(_QuietDrops())


class TrafficMiddleware:
    """Delay, fail or drop requests as `faults` says, and log each one in `log`."""

    def __init__(self, app: ASGIApp, *, faults: FaultConfig, log: RequestLog) -> None:
        self.app = app
        self.faults = faults
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.faults.latency_ms:
            await asyncio.sleep(self.faults.latency_ms / 1000)
        state = scope.setdefault("state", {})
        fault = self.faults.choose(scope["method"], scope["path"])

        def record(status: int | None) -> None:
            self.log.append(
                RequestRecord(
                    method=scope["method"],
                    path=scope["path"],
                    query=scope.get("query_string", b"").decode("latin-1"),
                    status=status,
                    tenant_id=Headers(scope=scope).get("x-tenant-id"),
                    organization_id=state.get("organization_id"),
                    fault=fault.label if fault else None,
                )
            )

        if fault is None:
            # Log before the last body chunk leaves: once a client has its response, the entry exists.
            status: int | None = None
            logged = False

            async def log_then_send(message: Message) -> None:
                nonlocal status, logged
                if message["type"] == "http.response.start":
                    status = message["status"]
                    # A response without a body (204, 304, an empty one) is complete for the client as soon
                    # as its headers arrive: log it before they leave.
                    empty = (b"content-length", b"0") in [(k.lower(), v) for k, v in message.get("headers", [])]
                    if (status in (204, 304) or empty) and not logged:
                        logged = True
                        record(status)
                elif message["type"] == "http.response.body" and not message.get("more_body") and not logged:
                    logged = True
                    record(status)
                await send(message)

            try:
                await self.app(scope, receive, log_then_send)
            except BaseException:
                if not logged:
                    record(status or 500)
                raise
            if not logged:
                record(status)
            return

        if not fault.after:
            record(None if fault.kind == "drop" else fault.status)
            if fault.kind == "drop":
                await _drain(receive)  # unread request bytes would make the close a reset instead
                await _drop(send, [])
            else:
                await _fail(scope, receive, send, fault)
            return

        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        handled_status = next(m["status"] for m in messages if m["type"] == "http.response.start")
        record(handled_status if fault.kind == "drop" else fault.status)
        if fault.kind == "drop":
            await _drop(send, messages)
        else:
            await _fail(scope, receive, send, fault)


async def _fail(scope: Scope, receive: Receive, send: Send, fault: Fault) -> None:
    assert fault.status is not None
    headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
    response = JSONResponse({"detail": HTTPStatus(fault.status).phrase}, fault.status, headers=headers)
    await response(scope, receive, send)


async def _drain(receive: Receive) -> None:
    """Read the whole request body (not handled: a request dropped before handling)."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _drop(send: Send, messages: list[Message]) -> None:
    """Send the start of `messages` (or of an empty 200) and half of its body, then break the connection."""
    start = next((m for m in messages if m["type"] == "http.response.start"), None)
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    if start is None:
        start = {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    headers = MutableHeaders(raw=list(start.get("headers", [])))
    headers["content-length"] = str(max(len(body), 1))
    await send({**start, "headers": headers.raw})
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    raise ConnectionDropped
