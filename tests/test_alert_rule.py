"""`AlertRule`: nested under a project (composite id), PATCH of the whole `{rule, actions}`, action configs as
strings or objects, adoption only by id, secret configs never in plain outputs or errors."""

from __future__ import annotations

import json

import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.errors import ApiError
from pulumi_langsmith.resources import AlertRuleProvider
from pulumi_langsmith.resources.alert_rule import KIND

HOOK = {"url": "https://hooks.example.com/alerts/secret-path-42", "headers": {"Authorization": "Bearer alert-0815"}}
OTHER_ID = "00000000-0000-4000-8000-000000000001"


@pytest.fixture
def project(out_of_band):
    return out_of_band.post("/api/v1/sessions", json={"name": "alerted"}).json()["id"]


@pytest.fixture
def provider(langsmith_emulator):
    return configure(AlertRuleProvider(), langsmith_emulator)


def inputs(project, **changes):
    return {
        "session_id": project, "name": "slow", "type": "threshold", "aggregation": "avg", "attribute": "latency",
        "operator": "gte", "window_minutes": 5, "threshold": 2.0, "actions": [{"target": "webhook", "config": HOOK}],
        **changes,
    }  # fmt: skip


def checked(provider, values):
    result = provider.check({}, {"__provider": "p", **values})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def test_the_id_is_the_project_and_the_rule(provider, project, out_of_band):
    created = provider.create(checked(provider, inputs(project)))
    assert created.id == f"{project}/{created.outs['rule_id']}"
    assert out_of_band.get(f"/v1/platform/alerts/{created.id}").status_code == 200


def test_a_threshold_change_patches_the_whole_rule_and_actions(provider, project, out_of_band):
    created = provider.create(checked(provider, inputs(project)))
    news = checked(provider, inputs(project, threshold=4.0))
    body = KIND.api.update_body(None, KIND.inputs.model_validate(inputs(project, threshold=4.0)), ["threshold"], {})
    assert (
        set(body) == {"rule", "actions"} and body["rule"]["threshold"] == 4.0 and body["actions"][0]["config"] == HOOK
    )
    diff = provider.diff(created.id, created.outs, news)
    assert diff.changes and not diff.replaces
    updated = provider.update(created.id, created.outs, news)
    assert updated.outs["threshold"] == 4.0
    assert out_of_band.get(f"/v1/platform/alerts/{created.id}").json()["rule"]["threshold"] == 4.0


def test_an_action_config_returned_as_a_json_string_reads_as_an_object_without_a_diff():
    obj = {"name": "slow", "actions": [{"target": "webhook", "config": json.dumps(HOOK)}]}
    assert KIND.api.live_inputs(obj, {})["actions"] == [{"target": "webhook", "config": HOOK}]
    as_object = {"name": "slow", "actions": [{"target": "webhook", "config": HOOK}]}
    assert KIND.api.live_inputs(obj, {}) == KIND.api.live_inputs(as_object, {})


def test_an_existing_rule_is_adopted_by_id_only(provider, project, out_of_band):
    body = {"rule": {"name": "made in the UI", "description": "", "type": "threshold", "aggregation": "avg",
                     "attribute": "latency", "operator": "gte", "window_minutes": 5, "threshold": 1.0},
            "actions": [{"target": "webhook", "config": HOOK}]}  # fmt: skip
    made = out_of_band.post(f"/v1/platform/alerts/{project}", json=body).json()["rule"]
    adopted = provider.create(checked(provider, inputs(project, adopt_id=made["id"])))
    assert adopted.outs["rule_id"] == made["id"]
    live = out_of_band.get(f"/v1/platform/alerts/{project}/{made['id']}").json()["rule"]
    assert (live["name"], live["threshold"]) == ("slow", 2.0)  # brought to the program's inputs


def test_refresh_drops_a_rule_whose_project_is_gone(provider, project, out_of_band):
    created = provider.create(checked(provider, inputs(project)))
    assert out_of_band.delete(f"/api/v1/sessions/{project}").status_code == 200
    assert not provider.read(created.id, created.outs).id


def test_action_configs_are_secret_and_never_in_errors(provider, project):
    created = provider.create(checked(provider, inputs(project)))
    assert rpc.is_rpc_secret(created.outs["actions"])
    plain = json.dumps({k: v for k, v in created.outs.items() if k != "actions"})
    assert HOOK["url"] not in plain and "alert-0815" not in plain
    with pytest.raises(ApiError) as info:  # an unknown project: the API refuses the create
        provider.create(checked(provider, inputs(OTHER_ID)))
    shown = f"{info.value}\n{info.value!r}\n{info.value.detail}"
    assert HOOK["url"] not in shown and "alert-0815" not in shown
