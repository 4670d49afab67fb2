"""The ABAC family's contract session: tag keys, tag values, taggings and access policies, attach and detach
(run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
KEYS = "/api/v1/workspaces/current/tag-keys"
POLICIES = "/v1/platform/orgs/current/access-policies"


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every tag and access-policy operation once, successfully, plus the main refusals."""
    key = call("POST", KEYS, 200, json={"key": "env", "description": "deployment stage"})
    call("POST", KEYS, 409, json={"key": "env"})
    call("POST", KEYS, 422, json={"key": ""})
    call("GET", KEYS, 200)
    call("GET", f"{KEYS}/{key['id']}", 200)
    call("GET", f"{KEYS}/{uuid.uuid4()}", 404)
    call("PATCH", f"{KEYS}/{key['id']}", 200, json={"description": None})

    values = f"{KEYS}/{key['id']}/tag-values"
    value = call("POST", values, 200, json={"value": "prod", "description": "production"})
    call("POST", values, 409, json={"value": "prod"})
    call("GET", values, 200)
    call("GET", f"{values}/{value['id']}", 200)
    call("PATCH", f"{values}/{value['id']}", 200, json={"description": "live traffic"})

    project = call("POST", "/api/v1/sessions", 200, json={"name": "abac contract project"})
    tagging = call(
        "POST",
        "/api/v1/workspaces/current/taggings",
        200,
        json={"tag_value_id": value["id"], "resource_type": "project", "resource_id": project["id"]},
    )
    call(
        "POST",
        "/api/v1/workspaces/current/taggings",
        409,
        json={"tag_value_id": value["id"], "resource_type": "project", "resource_id": project["id"]},
    )
    call(
        "POST",
        "/api/v1/workspaces/current/taggings",
        404,
        json={"tag_value_id": value["id"], "resource_type": "dataset", "resource_id": str(uuid.uuid4())},
    )
    params = {"resource_type": "project", "resource_id": project["id"]}
    tags = call("GET", "/api/v1/workspaces/current/tags/resource", 200, params=params)
    assert tags[0]["values"][0]["taggings"][0]["id"] == tagging["id"]

    role = call(
        "POST",
        "/api/v1/orgs/current/roles",
        200,
        json={"display_name": "ABAC contract", "description": "", "permissions": ["projects:read"]},
    )
    groups = [
        {
            "permission": "projects:read",
            "resource_type": "project",
            "conditions": [
                {
                    "attribute_name": "resource_tag_key",
                    "attribute_key": "env",
                    "operator": "equals",
                    "attribute_value": "prod",
                }
            ],
        }
    ]
    policy = call(
        "POST", POLICIES, 201, json={"name": "no prod", "description": "", "effect": "deny", "condition_groups": groups}
    )
    call("POST", POLICIES, 400, json={"name": "no effect", "condition_groups": groups})
    call("GET", POLICIES, 200)
    call("GET", f"{POLICIES}/{policy['id']}", 200)
    call("GET", f"{POLICIES}/{uuid.uuid4()}", 404)
    attach = f"{POLICIES}/roles/{role['id']}/access-policies"
    call("POST", attach, 204, json={"access_policy_ids": [policy["id"]]})
    call("POST", f"{POLICIES}/roles/{uuid.uuid4()}/access-policies", 404, json={"access_policy_ids": [policy["id"]]})
    assert call("GET", f"{POLICIES}/{policy['id']}", 200)["role_ids"] == [role["id"]]
    call("DELETE", attach, 204, params={"access_policy_ids": [policy["id"]]})
    call("DELETE", f"{POLICIES}/{policy['id']}", 204)
    call("DELETE", f"/api/v1/orgs/current/roles/{role['id']}", 200)

    call("DELETE", f"/api/v1/workspaces/current/taggings/{tagging['id']}", 200)
    call("DELETE", f"{values}/{value['id']}", 200)
    call("DELETE", f"{KEYS}/{key['id']}", 200)
    call("DELETE", f"/api/v1/sessions/{project['id']}", 200)
