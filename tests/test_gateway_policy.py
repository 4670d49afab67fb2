"""`GatewayPolicy`: the API upserts a POST on subject matchers, so create checks first and refuses (or, with
`adopt_existing`, adopts) a policy of the same type for the same subjects; the POST is never retried; the
config input of the policy's type is the API's `config`; in a PATCH an unset string clears with `""`."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.emulator.families.gateway import routes as gateway_routes
from pulumi_langsmith.emulator.families.gateway.routes import materialize_child
from pulumi_langsmith.emulator.families.gateway.tables import GATEWAY_POLICIES
from pulumi_langsmith.errors import AlreadyExistsError, TransportError
from pulumi_langsmith.resources import GatewayPolicyProvider, gateway_policy

POLICIES = "/v1/platform/gateway-policies"
WORKSPACE = "5d0c0ad6-8b1e-4a53-9c1b-2f3b8f4d7e10"
RPM = {"limits": [{"metric": "requests", "window": "minute", "value": 60}]}


def checked(provider, inputs, owner="test/stack/kind/r"):
    result = provider.check({}, {"__provider": "p", "__identity": owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def failures(provider, inputs):
    return {f.property: f.reason for f in provider.check({}, {"__provider": "p", **inputs}).failures}


@pytest.fixture
def policies(langsmith_emulator):
    return configure(GatewayPolicyProvider(), langsmith_emulator)


def rate_limit(**extra):
    return {
        "policy_type": "rate_limit",
        "subject_matchers": [{"key": "workspace_id", "value": WORKSPACE}],
        "rate_limit": RPM,
        **extra,
    }


def test_the_config_of_the_type_is_sent_as_config_and_read_back_into_it(policies, out_of_band):
    created = policies.create(checked(policies, rate_limit(name="rpm")))
    live = out_of_band.get(f"{POLICIES}/{created.id}").json()
    assert live["config"] == {"version": 1, "limits": RPM["limits"]}
    assert created.outs["rate_limit"] == RPM and created.outs["spend_cap"] is None
    assert (
        policies.diff(
            created.id, policies.read(created.id, created.outs).outs, checked(policies, rate_limit(name="rpm"))
        ).changes
        is False
    )


def test_check_wants_exactly_the_config_of_the_policy_type(policies):
    assert "rate_limit" in failures(policies, rate_limit(rate_limit=None))
    assert "spend_cap" in failures(policies, rate_limit(spend_cap={"window": "daily", "limit_usd": 1}))
    default = rate_limit(policy_type="default_rate_limit")
    assert "subject_matchers[0].value" in failures(policies, default)
    assert failures(policies, {**default, "subject_matchers": [{"key": "workspace_id", "value": ""}]}) == {}
    twice = {"limits": [RPM["limits"][0], {**RPM["limits"][0], "value": 5}]}
    assert "rate_limit.limits" in failures(policies, rate_limit(rate_limit=twice))
    route = {"policy_type": "route_config", "subject_matchers": [{"key": "user_id", "value": "u"}],
             "route_config": {"status_codes": [502], "fallbacks": [{"model_configs": [{"model_config_id": WORKSPACE}]}]}}  # fmt: skip
    assert {"subject_matchers", "name"} <= set(failures(policies, route))


def test_a_second_policy_for_the_same_subjects_is_refused_at_create_with_the_adopt_hint(policies, out_of_band):
    first = policies.create(checked(policies, rate_limit(name="first")))
    with pytest.raises(AlreadyExistsError, match="upserts on subject matchers.*adopt_existing"):
        policies.create(checked(policies, rate_limit(name="second"), owner="test/stack/kind/other"))
    assert out_of_band.get(f"{POLICIES}/{first.id}").json()["name"] == "first"  # not overwritten


def test_subject_matchers_in_another_order_are_the_same_subjects(policies):
    two = [{"key": "workspace_id", "value": WORKSPACE}, {"key": "user_id", "value": "u-1"}]
    policies.create(checked(policies, rate_limit(subject_matchers=two)))
    with pytest.raises(AlreadyExistsError):
        policies.create(checked(policies, rate_limit(subject_matchers=list(reversed(two)))))


def test_another_family_for_the_same_subjects_is_another_policy(policies):
    policies.create(checked(policies, rate_limit()))
    cap = rate_limit(policy_type="spend_cap", rate_limit=None, spend_cap={"window": "daily", "limit_usd": 3})
    assert policies.create(checked(policies, cap)).id


@pytest.mark.parametrize(
    ("policy_type", "family"),
    [
        ("spend_cap", "cost"),
        ("default_spend_cap", "cost"),
        ("rate_limit", "rate_limit"),
        ("default_rate_limit", "rate_limit"),
        ("guard", "guard"),
        ("route_config", "route_config"),
    ],
)
def test_the_provider_and_the_emulator_upsert_within_the_same_policy_family(policy_type, family):
    assert gateway_policy.policy_family(policy_type) == family
    assert gateway_routes.policy_family(policy_type) == family


def test_route_configs_do_not_upsert_so_several_share_a_workspace_and_the_name_is_the_key(policies, out_of_band):
    fallback = {"status_codes": [502, 504], "fallbacks": [{"model_configs": [{"model_config_id": WORKSPACE}]}]}
    route = {"policy_type": "route_config", "route_config": fallback,
             "subject_matchers": [{"key": "workspace_id", "value": WORKSPACE}]}  # fmt: skip
    first = policies.create(checked(policies, {**route, "name": "primary"}))
    second = policies.create(checked(policies, {**route, "name": "secondary"}))
    assert first.id != second.id
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        policies.create(checked(policies, {**route, "name": "primary"}))


def test_adopt_existing_takes_the_policy_over_and_brings_it_to_the_inputs(policies, out_of_band):
    made_elsewhere = out_of_band.post(POLICIES, json={
        "policy_type": "rate_limit", "name": "by hand", "subject_matchers": [{"key": "workspace_id", "value": WORKSPACE}],
        "config": {"version": 1, "limits": [{"metric": "tokens", "window": "hour", "value": 9}]},
    }).json()  # fmt: skip
    adopted = policies.create(checked(policies, rate_limit(name="managed", adopt_existing=True)))
    assert adopted.id == made_elsewhere["id"]
    live = out_of_band.get(f"{POLICIES}/{adopted.id}").json()
    assert (live["name"], live["config"]["limits"]) == ("managed", RPM["limits"])


def test_adopting_a_materialized_child_detaches_it_from_its_default(policies, langsmith_emulator, out_of_band):
    default = out_of_band.post(POLICIES, json={
        "policy_type": "default_rate_limit", "subject_matchers": [{"key": "workspace_id", "value": ""}],
        "config": {"version": 1, "limits": RPM["limits"]},
    }).json()  # fmt: skip
    store = langsmith_emulator.server.store
    child = materialize_child(store, store.get(GATEWAY_POLICIES, default["id"]), WORKSPACE)
    with pytest.raises(AlreadyExistsError, match=f"materialized from default policy {default['id']}"):
        policies.create(checked(policies, rate_limit()))
    adopted = policies.create(checked(policies, rate_limit(adopt_existing=True)))
    assert adopted.id == child["id"] and adopted.outs["parent_policy_id"] is None
    out_of_band.delete(f"{POLICIES}/{default['id']}")  # the default's cascade no longer reaches it
    assert out_of_band.get(f"{POLICIES}/{adopted.id}").status_code == 200


def test_a_create_whose_response_is_lost_is_not_retried_and_the_next_run_asks_to_adopt(
    policies, langsmith_emulator, out_of_band
):
    served = "/api/v1/platform/gateway-policies"  # the emulator's endpoint is self-hosted style
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix=served, drop=True, after=True)
    with pytest.raises(TransportError):
        policies.create(checked(policies, rate_limit()))
    posts = [r for r in langsmith_emulator.requests if r.method == "POST" and r.path == served]
    assert len(posts) == 1  # never retried blindly
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        policies.create(checked(policies, rate_limit()))
    assert len(out_of_band.get(POLICIES).json()) == 1


def test_an_unset_description_is_cleared_with_an_empty_string_in_one_patch(policies, langsmith_emulator, out_of_band):
    created = policies.create(checked(policies, rate_limit(name="rpm", description="throttle")))
    langsmith_emulator.clear_log()
    news = checked(policies, rate_limit(name="rpm"))
    policies.update(created.id, created.outs, news)
    assert out_of_band.get(f"{POLICIES}/{created.id}").json().get("description", "") == ""
    assert [r.method for r in langsmith_emulator.writes()] == ["PATCH"]
    assert policies.read(created.id, created.outs).outs["description"] is None


def test_a_subject_change_replaces(policies):
    created = policies.create(checked(policies, rate_limit()))
    news = checked(policies, rate_limit(subject_matchers=[{"key": "user_id", "value": "u-2"}]))
    assert list(policies.diff(created.id, created.outs, news).replaces) == ["subject_matchers"]


def test_list_gateway_policies_filters_by_subject_and_type(policies, langsmith_emulator):
    from pulumi_langsmith import list_gateway_policies
    from pulumi_langsmith.config import resolve_settings

    settings = resolve_settings(
        environ={"LANGSMITH_API_KEY": langsmith_emulator.api_key, "LANGSMITH_ENDPOINT": langsmith_emulator.base_url}
    )
    limit = policies.create(checked(policies, rate_limit()))
    other = rate_limit(subject_matchers=[{"key": "user_id", "value": "u-9"}])
    policies.create(checked(policies, other))
    found = list_gateway_policies(subject=("workspace_id", WORKSPACE), settings=settings)
    assert [p["id"] for p in found] == [limit.id]
    assert list_gateway_policies(subject="user_id=u-9", policy_type="spend_cap", settings=settings) == []
    assert len(list_gateway_policies(settings=settings)) == 2
    with pytest.raises(ValueError, match="key=value"):
        list_gateway_policies(subject="workspace_id", settings=settings)
