"""The spend-cap policy: production workspaces of the stack have a gateway spend cap."""

from __future__ import annotations

from typing import Any

from pulumi_langsmith.policies import PROD_WORKSPACES_SPEND_CAPPED, type_token
from pulumi_policy import PolicyCustomTimeouts, PolicyResource, PolicyResourceOptions, StackValidationArgs
from pulumi_policy.proxy import unknown_checking_proxy

WORKSPACE_ID = "0f3c5b8e-2d4a-4e1f-9b7c-6a5d4c3b2a10"


def resource(kind: str, props: dict[str, Any], name: str, deps: dict[str, list[PolicyResource]] | None = None):
    options = PolicyResourceOptions(False, [], None, [], PolicyCustomTimeouts(0, 0, 0), [])
    urn = f"urn:pulumi:prod::p::{type_token(kind)}::{name}"
    return PolicyResource(
        type_token(kind), unknown_checking_proxy(props), urn, name, options, None, None, [], deps or {}
    )


def violations(*resources: PolicyResource, config: dict[str, Any] | None = None) -> list[str]:
    reported: list[str] = []
    PROD_WORKSPACES_SPEND_CAPPED.validate(
        StackValidationArgs(list(resources), config or {}), lambda message, _urn=None: reported.append(message)
    )
    return reported


def workspace(name: str = "Agents Prod") -> PolicyResource:
    return resource("Workspace", {"display_name": name}, name.lower().replace(" ", "-"))


def spend_cap(ws: PolicyResource, **props: Any) -> PolicyResource:
    values = {
        "subject_key": "workspace_id",
        "subject_value": WORKSPACE_ID,
        "window": "monthly",
        "limit_usd": 1,
        **props,
    }
    return resource("GatewaySpendCap", values, "cap", {"subject_value": [ws]})


def test_a_production_workspace_without_a_spend_cap_is_reported():
    [message] = violations(workspace())
    assert "'Agents Prod' has no spend cap" in message and "GatewaySpendCap" in message


def test_a_spend_cap_taking_the_workspace_id_satisfies_it():
    ws = workspace()
    assert violations(ws, spend_cap(ws)) == []


def test_a_disabled_cap_or_a_cap_on_another_workspace_does_not():
    ws, other = workspace(), workspace("Production EU")
    assert violations(ws, spend_cap(ws, enabled=False))
    assert [m for m in violations(ws, other, spend_cap(other)) if "Agents Prod" in m]


def test_a_spend_cap_gateway_policy_or_a_workspace_default_cap_satisfies_it():
    ws = workspace()
    matchers = [{"key": "workspace_id", "value": WORKSPACE_ID}]
    policy = resource(
        "GatewayPolicy",
        {"policy_type": "spend_cap", "subject_matchers": matchers},
        "policy",
        {"subject_matchers": [ws]},
    )
    assert violations(ws, policy) == []
    default = resource(
        "GatewayPolicy",
        {"policy_type": "default_spend_cap", "subject_matchers": [{"key": "workspace_id", "value": ""}]},
        "d",
    )
    assert violations(ws, default) == []
    rate_limit = resource(
        "GatewayPolicy", {"policy_type": "rate_limit", "subject_matchers": matchers}, "rl", {"subject_matchers": [ws]}
    )
    assert violations(ws, rate_limit)


def test_other_workspaces_need_no_cap_and_the_patterns_are_configurable():
    assert violations(workspace("Sandbox")) == []
    assert violations(workspace("Sandbox"), config={"workspace_patterns": ["(?i)sandbox"]})
