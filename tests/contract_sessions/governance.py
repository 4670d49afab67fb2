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

    # Usage limits: upserted by id, listed per workspace and per organisation, deleted.
    limit_id = str(uuid.uuid4())
    limit = {"id": limit_id, "limit_type": "monthly_traces", "limit_value": 1000}
    call("PUT", "/api/v1/usage-limits", 200, json=limit)
    call("PUT", "/api/v1/usage-limits", 200, json={**limit, "limit_value": 2000})
    call("PUT", "/api/v1/usage-limits", 400, json={**limit, "id": str(uuid.uuid4())})
    call("PUT", "/api/v1/usage-limits", 400, json={"limit_type": "monthly_traces", "limit_value": 1, "scope": "user"})
    call("PUT", "/api/v1/usage-limits", 422, json={"limit_type": "daily", "limit_value": 1})
    project = call("POST", "/api/v1/sessions", 200, json={"name": "contract-usage-limit-project"})
    call(
        "PUT",
        "/api/v1/usage-limits",
        200,
        json={
            "limit_type": "monthly_longlived_traces",
            "limit_value": 10,
            "scope": "project",
            "session_id": project["id"],
        },
    )
    assert len(call("GET", "/api/v1/usage-limits", 200)) == 2
    call("GET", "/api/v1/usage-limits/org", 200)
    call("DELETE", f"/api/v1/usage-limits/{limit_id}", 200)
    call("DELETE", f"/api/v1/usage-limits/{limit_id}", 404)

    # Service accounts: created, listed, deleted.
    account = call(
        "POST",
        "/api/v1/service-accounts",
        200,
        json={"name": "robot", "workspaces": [{"workspace_id": emulator.workspace_id}]},
    )
    call(
        "POST",
        "/api/v1/service-accounts",
        404,
        json={"name": "lost", "workspaces": [{"workspace_id": str(uuid.uuid4())}]},
    )
    call("POST", "/api/v1/service-accounts", 422, json={"workspaces": []})
    assert [a["id"] for a in call("GET", "/api/v1/service-accounts", 200)] == [account["id"]]
    call("DELETE", f"/api/v1/service-accounts/{account['id']}", 200)
    call("DELETE", f"/api/v1/service-accounts/{account['id']}", 404)

    # SSO settings: one per organisation, created, listed, changed, deleted.
    from pulumi_langsmith.emulator.families.access import principals

    viewer = principals.role_id_of(emulator.organization_id, "WORKSPACE_VIEWER")
    sso_body = {
        "default_workspace_role_id": viewer,
        "default_workspace_ids": [emulator.workspace_id],
        "metadata_url": "https://idp.example.com/metadata",
    }
    sso = call("POST", "/api/v1/orgs/current/sso-settings", 201, json=sso_body)
    call("POST", "/api/v1/orgs/current/sso-settings", 409, json=sso_body)
    call("POST", "/api/v1/orgs/current/sso-settings", 400, json={**sso_body, "metadata_url": None})
    call("GET", "/api/v1/orgs/current/sso-settings", 200)
    call("PATCH", f"/api/v1/orgs/current/sso-settings/{sso['id']}", 200, json={"sso_groups_enabled": True})
    call("PATCH", f"/api/v1/orgs/current/sso-settings/{uuid.uuid4()}", 404, json={"sso_groups_enabled": True})
    call("DELETE", f"/api/v1/orgs/current/sso-settings/{sso['id']}", 200)
    call("DELETE", f"/api/v1/orgs/current/sso-settings/{sso['id']}", 404)
