"""Bounded resources: the size and nesting depth of what a request may send.

- A request body larger than `max_body_bytes` (default `DEFAULT_MAX_BODY_BYTES`, 10 MiB; `--max-body-mb`,
  `create_app(max_body_bytes=...)`) answers 413 before any route sees it, whether it announces its
  length or streams it.
- A JSON body, or a JSON-valued query parameter (`metadata`), nested deeper than `MAX_JSON_DEPTH` answers
  422: deeper documents would exhaust Python's recursion limit while being parsed, validated or stored.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The largest request body the emulator reads, in bytes (10 MiB).
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
#: The deepest nesting of objects and arrays a JSON body or JSON query parameter may have.
MAX_JSON_DEPTH = 64


class TooDeep(ValueError):
    """A JSON document nested deeper than `MAX_JSON_DEPTH` (or than the parser can go)."""


def json_depth(value: Any) -> int:
    """How deeply objects and arrays nest in a parsed JSON value (a scalar: 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                return deepest
            stack.extend((child, depth) for child in item)
    return deepest


def loads_bounded(text: str | bytes) -> Any:
    """`json.loads`, refusing documents nested deeper than `MAX_JSON_DEPTH` with `TooDeep`."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    if json_depth(value) > MAX_JSON_DEPTH:
        raise TooDeep(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _too_deep_response(detail: str) -> JSONResponse:
    error = {"type": "value_error", "loc": ["body"], "msg": detail, "input": None}
    return JSONResponse({"detail": [error]}, status_code=422)


class BodyLimitMiddleware:
    """Answer 413 to bodies over `max_body_bytes` and 422 to JSON bodies nested deeper than `MAX_JSON_DEPTH`.

    The body is read (at most `max_body_bytes` of it) and replayed to the app.
    """

    def __init__(self, app: ASGIApp, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        if max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        too_large = JSONResponse({"detail": f"Request body larger than {self.max_body_bytes} bytes"}, status_code=413)
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body_bytes:
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if body and "json" in headers.get("content-type", ""):
            try:
                loads_bounded(body)
            except TooDeep as error:
                await _too_deep_response(str(error))(scope, receive, send)
                return
            except ValueError:
                pass  # not JSON: the route's own validation answers
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
