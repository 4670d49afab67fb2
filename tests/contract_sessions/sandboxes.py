"""The sandboxes family's contract session: sandbox registries (run by `test_contract.py`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
REGISTRIES = "/v2/sandboxes/registries"


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every registry operation, the rename and the refusals (credentials all or nothing)."""
    body = {"name": "docker-hub", "url": "https://index.docker.io/v1/", "username": "bot", "password": "pw-1"}
    created = call("POST", REGISTRIES, 201, json=body)
    assert "password" not in created and "username" not in created
    call("POST", REGISTRIES, 409, json=body)
    call("POST", "/api/v2/sandboxes/registries", 201, json={**body, "name": "ghcr"})
    call("POST", REGISTRIES, 400, json={**body, "name": "x", "password": ""})
    call("GET", REGISTRIES, 200)
    call("GET", REGISTRIES, 200, params={"limit": 1, "offset": 0, "name_contains": "dock"})
    call("GET", f"{REGISTRIES}/docker-hub", 200)
    call("GET", f"{REGISTRIES}/nope", 404)
    call("PATCH", f"{REGISTRIES}/docker-hub", 400, json={"password": "pw-2"})
    call("PATCH", f"{REGISTRIES}/docker-hub", 200, json={"username": "bot", "password": "pw-2"})
    call("PATCH", f"{REGISTRIES}/docker-hub", 409, json={"name": "ghcr"})
    call("PATCH", f"{REGISTRIES}/docker-hub", 200, json={"name": "hub", "url": "https://registry-1.docker.io"})
    call("PATCH", f"{REGISTRIES}/docker-hub", 404, json={"url": "https://x"})
    call("DELETE", f"{REGISTRIES}/hub", 204)
    call("DELETE", f"{REGISTRIES}/hub", 404)
    call("DELETE", f"{REGISTRIES}/ghcr", 204)
