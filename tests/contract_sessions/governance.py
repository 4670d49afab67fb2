"""The governance family's contract session: retention settings (run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every governance operation, plus the main refusals."""
    # Retention: the organisation's default tier (system default until set), a workspace's, the Go routes.
    listed = call("GET", "/api/v1/orgs/ttl-settings", 200)
    assert [s["configured_by"] for s in listed if s["tenant_id"] is None] == ["system"]
    call("PUT", "/api/v1/orgs/ttl-settings", 200, json={"default_trace_tier": "shortlived"})
    call("PUT", "/api/v1/orgs/ttl-settings", 422, json={"default_trace_tier": "forever"})
    call(
        "PUT",
        "/api/v1/orgs/ttl-settings",
        200,
        json={"tenant_id": emulator.workspace_id, "default_trace_tier": "longlived", "apply_to_all_projects": True},
    )
    call(
        "PUT",
        "/api/v1/orgs/ttl-settings",
        404,
        json={"tenant_id": str(uuid.uuid4()), "default_trace_tier": "longlived"},
    )
    call("GET", "/workspaces/current/ttl-settings", 200)
    call("PUT", "/workspaces/current/ttl-settings", 200, json={"longlived_ttl_days": 90})
    call("PUT", "/workspaces/current/ttl-settings", 400, json={"longlived_ttl_days": 0})
    call("GET", "/api/workspaces/current/ttl-settings", 200)
    call("PUT", "/api/workspaces/current/ttl-settings", 200, json={"longlived_ttl_days": 120})
    listed = call("GET", "/api/v1/orgs/ttl-settings", 200)
    assert [s["longlived_ttl_days"] for s in listed if s["tenant_id"] == emulator.workspace_id] == [120]
