"""The gateway family's contract session: gateway policies, their upsert by subject matchers and refusals
(run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
POLICIES = "/v1/platform/gateway-policies"


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every gateway-policy operation, the upsert by matchers and the main refusals."""
    workspace = [{"key": "workspace_id", "value": str(uuid.uuid4())}]
    cap = call("POST", POLICIES, 201, json={
        "name": "monthly-cap", "policy_type": "spend_cap", "action": "block", "enabled": True, "priority": 0,
        "description": "prod", "subject_matchers": workspace, "config": {"window": "monthly", "limit_usd": 500},
    })  # fmt: skip
    again = call("POST", "/api/v1/platform/gateway-policies", 201, json={
        "policy_type": "spend_cap", "subject_matchers": workspace, "config": {"window": "daily", "limit_usd": 20},
    })  # fmt: skip
    assert again["id"] == cap["id"]  # upsert by matchers
    limit = call("POST", POLICIES, 201, json={
        "name": "rpm", "policy_type": "rate_limit", "subject_matchers": workspace,
        "config": {"version": 1, "limits": [{"metric": "requests", "window": "minute", "value": 60}]},
    })  # fmt: skip
    call("POST", POLICIES, 201, json={
        "name": "guard", "policy_type": "guard", "subject_matchers": [{"key": "organization_id", "value": "o"}],
        "config": {"version": 1, "detect": {"pii": True, "secrets": True}, "timeout_seconds": 2},
    })  # fmt: skip
    call("POST", POLICIES, 201, json={
        "name": "defaults", "policy_type": "default_spend_cap", "subject_matchers": [{"key": "user_id", "value": ""}],
        "config": {"window": "weekly", "limit_usd": 10},
    })  # fmt: skip
    route = {
        "name": "fallback", "policy_type": "route_config", "subject_matchers": workspace,
        "config": {"strategy": "priority_fallback", "triggers": {"status_codes": [502, 504]},
                   "fallbacks": [{"model_configs": [{"model_config_id": str(uuid.uuid4())}]}]},
    }  # fmt: skip
    call("POST", POLICIES, 201, json=route)
    call("POST", POLICIES, 409, json=route)
    call("POST", POLICIES, 400, json={"policy_type": "spend_cap", "subject_matchers": workspace, "config": {}})
    call("POST", POLICIES, 400, json={"policy_type": "nope", "subject_matchers": workspace, "config": {}})
    call("GET", POLICIES, 200)
    call("GET", POLICIES, 200, params={"policy_type": "spend_cap"})
    call(
        "GET",
        POLICIES,
        200,
        params={"subject_matcher_key": "workspace_id", "subject_matcher_value": workspace[0]["value"]},
    )
    call("GET", f"{POLICIES}/{cap['id']}", 200)
    call("GET", f"{POLICIES}/{uuid.uuid4()}", 404)
    call(
        "PATCH",
        f"{POLICIES}/{cap['id']}",
        200,
        json={"description": "", "config": {"window": "monthly", "limit_usd": 1}},
    )
    call("PATCH", f"{POLICIES}/{limit['id']}", 400, json={"config": {"window": "monthly", "limit_usd": 1}})
    call("PATCH", f"{POLICIES}/{uuid.uuid4()}", 404, json={"enabled": False})
    call("DELETE", f"{POLICIES}/{limit['id']}", 204)
    call("DELETE", f"{POLICIES}/{limit['id']}", 404)
