"""`GatewaySpendCap`: a `spend_cap` gateway policy with one subject; a second cap for the same subject fails at
create with the adopt hint, and adopting takes the existing cap over."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import GatewayPolicyProvider, GatewaySpendCapProvider

POLICIES = "/v1/platform/gateway-policies"
WORKSPACE = "0f3c5b8e-2d4a-4e1f-9b7c-6a5d4c3b2a10"


def checked(provider, inputs, owner="test/stack/kind/r"):
    result = provider.check({}, {"__provider": "p", "__identity": owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def caps(langsmith_emulator):
    return configure(GatewaySpendCapProvider(), langsmith_emulator)


def cap(**extra):
    return {"subject_key": "workspace_id", "subject_value": WORKSPACE, "window": "monthly", "limit_usd": 500, **extra}


def test_a_cap_is_a_spend_cap_policy_with_one_subject_matcher(caps, out_of_band):
    created = caps.create(checked(caps, cap(name="prod")))
    live = out_of_band.get(f"{POLICIES}/{created.id}").json()
    assert live["policy_type"] == "spend_cap"
    assert live["subject_matchers"] == [{"key": "workspace_id", "value": WORKSPACE}]
    assert live["config"] == {"window": "monthly", "limit_usd": 500}
    assert created.outs["current_spend_usd"] == 0


def test_a_limit_change_sends_the_whole_config(caps, out_of_band):
    created = caps.create(checked(caps, cap()))
    caps.update(created.id, created.outs, checked(caps, cap(limit_usd=20)))
    assert out_of_band.get(f"{POLICIES}/{created.id}").json()["config"] == {"window": "monthly", "limit_usd": 20}


def test_a_second_cap_for_the_same_subject_fails_at_create_with_the_adopt_hint(caps, out_of_band):
    first = caps.create(checked(caps, cap()))
    with pytest.raises(
        AlreadyExistsError, match=f"spend_cap gateway policy for workspace_id='{WORKSPACE}'.*adopt_existing"
    ):
        caps.create(checked(caps, cap(limit_usd=1), owner="test/stack/kind/second"))
    assert out_of_band.get(f"{POLICIES}/{first.id}").json()["config"]["limit_usd"] == 500


def test_a_cap_made_as_a_gateway_policy_is_adopted_as_a_spend_cap(caps, langsmith_emulator):
    policies = configure(GatewayPolicyProvider(), langsmith_emulator)
    policy = policies.create(checked(policies, {
        "policy_type": "spend_cap", "subject_matchers": [{"key": "workspace_id", "value": WORKSPACE}],
        "spend_cap": {"window": "daily", "limit_usd": 5},
    }))  # fmt: skip
    adopted = caps.create(checked(caps, cap(adopt_existing=True)))
    assert adopted.id == policy.id
    assert policies.read(policy.id, policy.outs).outs["spend_cap"] == {"window": "monthly", "limit_usd": 500}


def test_a_rate_limit_for_the_same_subject_is_no_conflict(caps, langsmith_emulator):
    policies = configure(GatewayPolicyProvider(), langsmith_emulator)
    policies.create(checked(policies, {
        "policy_type": "rate_limit", "subject_matchers": [{"key": "workspace_id", "value": WORKSPACE}],
        "rate_limit": {"limits": [{"metric": "requests", "window": "minute", "value": 1}]},
    }))  # fmt: skip
    assert caps.create(checked(caps, cap())).id
