"""The access family's contract session: members, roles, API keys and SCIM tokens (run by `test_contract.py`
and `test_emulator_access_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every access operation once, successfully, plus the main refusals."""
    roles = call("GET", "/api/v1/orgs/current/roles", 200)
    by_name = {role["name"]: role["id"] for role in roles}
    org_user, org_admin = by_name["ORGANIZATION_USER"], by_name["ORGANIZATION_ADMIN"]
    editor, viewer = by_name["WORKSPACE_USER"], by_name["WORKSPACE_VIEWER"]

    role = call(
        "POST",
        "/api/v1/orgs/current/roles",
        200,
        json={"display_name": "Annotator", "description": "labels runs", "permissions": ["runs:read"]},
    )
    call(
        "POST",
        "/api/v1/orgs/current/roles",
        400,
        json={"display_name": "Bad", "description": "", "permissions": ["x:y"]},
    )
    call("POST", "/api/v1/orgs/current/roles", 422, json={"display_name": "No permissions", "description": ""})
    call(
        "PATCH",
        f"/api/v1/orgs/current/roles/{role['id']}",
        200,
        json={"display_name": "Annotator", "description": "labels", "permissions": ["runs:read", "feedback:create"]},
    )

    invite = call("POST", "/api/v1/orgs/current/members", 200, json={"email": "Ada@Example.com ", "role_id": org_user})
    call("POST", "/api/v1/orgs/current/members", 409, json={"email": "ada@example.com"})
    call("GET", "/api/v1/orgs/current/members/pending", 200, params={"emails": ["ada@example.com"]})
    call("PATCH", f"/api/v1/orgs/current/members/{invite['id']}/pending", 200, json={"role_id": org_admin})
    call("DELETE", f"/api/v1/orgs/current/members/{invite['id']}/pending", 200)
    call(
        "POST", "/api/v1/orgs/current/members", 200, json={"email": "ada@example.com", "role_name": "Organization User"}
    )
    emulator.server.accept_invite(emulator.organization_id, "ada@example.com")
    members = call("GET", "/api/v1/orgs/current/members", 200)
    ada = next(m for m in members["members"] if m["email"] == "ada@example.com")
    call("GET", "/api/v1/orgs/current/members/active", 200, params={"emails": ["ada@example.com"], "limit": 500})
    call("PATCH", f"/api/v1/orgs/current/members/{ada['id']}", 200, json={"role_id": org_admin})

    call("POST", "/api/v1/workspaces/current/members", 400, json={"ls_user_id": str(uuid.uuid4()), "role_id": editor})
    member = call(
        "POST", "/api/v1/workspaces/current/members", 200, json={"org_identity_id": ada["id"], "role_id": editor}
    )
    call("GET", "/api/v1/workspaces/current/members", 200)
    call("GET", "/api/v1/workspaces/current/members/active", 200, params={"emails": ["ada@example.com"]})
    call("PATCH", f"/api/v1/workspaces/current/members/{member['id']}", 200, json={"role_id": viewer})
    call("PATCH", f"/api/v1/workspaces/current/members/{member['id']}", 400, json={"role_id": org_user})
    call("DELETE", f"/api/v1/workspaces/current/members/{member['id']}", 200)
    call("DELETE", f"/api/v1/orgs/current/members/{ada['id']}", 200)
    call("DELETE", f"/api/v1/orgs/current/roles/{role['id']}", 200)

    created = call(
        "POST",
        "/api/v1/orgs/current/service-keys",
        200,
        json={"description": "ci", "expires_at": "2099-01-01T00:00:00Z", "workspaces": [emulator.workspace_id]},
    )
    call(
        "POST",
        "/api/v1/orgs/current/service-keys",
        400,
        json={"description": "old", "expires_at": "2001-01-01T00:00:00Z"},
    )
    listed = call("GET", "/api/v1/orgs/current/service-keys", 200, params={"workspace_ids": [emulator.workspace_id]})
    assert all("key" not in item for item in listed)
    call("PATCH", f"/api/v1/orgs/current/service-keys/{created['id']}", 200, json={"role_id": viewer})
    call("DELETE", f"/api/v1/orgs/current/service-keys/{created['id']}", 200)
    pat = call("POST", "/api/v1/orgs/current/personal-access-tokens", 200, json={"description": "me"})
    call("GET", "/api/v1/orgs/current/personal-access-tokens", 200)
    call("DELETE", f"/api/v1/orgs/current/personal-access-tokens/{pat['id']}", 200)
    legacy = call("POST", "/api/v1/api-key", 200, json={"description": "legacy"})
    call("GET", "/api/v1/api-key", 200)
    call("DELETE", f"/api/v1/api-key/{legacy['id']}", 200)
    call("DELETE", f"/api/v1/api-key/{legacy['id']}", 404)

    for prefix in ("/v1/platform", "/api/v1/platform"):
        token = call("POST", f"{prefix}/orgs/current/scim/tokens", 201, json={"description": "okta"})
        call("GET", f"{prefix}/orgs/current/scim/tokens", 200)
        call("GET", f"{prefix}/orgs/current/scim/tokens/{token['id']}", 200)
        call("PATCH", f"{prefix}/orgs/current/scim/tokens/{token['id']}", 200, json={"description": "entra"})
        call("DELETE", f"{prefix}/orgs/current/scim/tokens/{token['id']}", 204)
        call("GET", f"{prefix}/orgs/current/scim/tokens/{token['id']}", 404)
