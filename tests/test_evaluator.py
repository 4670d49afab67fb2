"""`Evaluator`: enveloped create and PATCH, bare GET, 409 while rules use it (named in the error; after the
rule is gone the delete succeeds), opt-in `delete_run_rules`, a type change replaces."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import ConflictError
from pulumi_langsmith.resources import EvaluatorProvider, RunRuleProvider

EVALUATORS = "/v1/platform/evaluators"
CODE = "def perform_eval(run, example):\n    return {'score': 1}"


def checked(provider, inputs, owner="test/stack/kind/r"):
    result = provider.check({}, {"__provider": "p", "__identity": owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def evaluators(langsmith_emulator):
    return configure(EvaluatorProvider(), langsmith_emulator)


@pytest.fixture
def rules(langsmith_emulator):
    return configure(RunRuleProvider(), langsmith_emulator)


@pytest.fixture
def project(out_of_band):
    return out_of_band.post("/api/v1/sessions", json={"name": "evaluated"}).json()["id"]


def code_evaluator(evaluators, name="exact", **extra):
    return evaluators.create(
        checked(evaluators, {"name": name, "type": "code", "code_evaluator": {"code": CODE}, **extra})
    )


def test_create_and_update_unwrap_the_envelope_and_read_the_bare_evaluator(evaluators, out_of_band):
    created = code_evaluator(evaluators)
    assert created.outs["code_evaluator"] == {"code": CODE, "language": "python"} and created.outs["created_at"]
    news = checked(
        evaluators, {"name": "exact", "type": "code", "code_evaluator": {"code": CODE + "\n", "language": "python"}}
    )
    updated = evaluators.update(created.id, created.outs, news)
    assert updated.outs["code_evaluator"]["code"] == CODE + "\n"
    assert out_of_band.get(f"{EVALUATORS}/{created.id}").json()["code_evaluator"]["code"] == CODE + "\n"
    assert evaluators.diff(created.id, evaluators.read(created.id, updated.outs).outs, news).changes is False


def test_a_type_change_replaces(evaluators):
    created = code_evaluator(evaluators)
    news = checked(evaluators, {"name": "exact", "type": "llm", "llm_evaluator": {"prompt_repo_handle": "judge"}})
    assert list(evaluators.diff(created.id, created.outs, news).replaces) == ["type"]


def test_destroy_while_a_rule_uses_it_names_the_rule_and_succeeds_once_the_rule_is_gone(evaluators, rules, project):
    evaluator = code_evaluator(evaluators)
    rule = rules.create(
        checked(
            rules,
            {"display_name": "uses exact", "session_id": project, "sampling_rate": 1, "evaluator_id": evaluator.id},
        )
    )
    with pytest.raises(ConflictError, match="'uses exact'.*delete_run_rules"):
        evaluators.delete(evaluator.id, evaluator.outs)
    rules.delete(rule.id, rule.outs)  # Pulumi deletes the dependent rule first
    evaluators.delete(evaluator.id, evaluator.outs)
    assert not evaluators.read(evaluator.id, evaluator.outs).id


def test_delete_run_rules_deletes_the_rules_with_the_evaluator(evaluators, rules, project):
    evaluator = code_evaluator(evaluators, delete_run_rules=True)
    rule = rules.create(
        checked(
            rules,
            {"display_name": "made elsewhere", "session_id": project, "sampling_rate": 1, "evaluator_id": evaluator.id},
        )
    )
    evaluators.delete(evaluator.id, evaluator.outs)
    assert not evaluators.read(evaluator.id, evaluator.outs).id
    assert not rules.read(rule.id, rule.outs).id


def test_an_evaluator_made_in_the_ui_is_adopted_by_name(evaluators, out_of_band):
    made = out_of_band.post(EVALUATORS, json={"name": "ui judge", "type": "code", "code_evaluator": {"code": CODE}})
    assert made.status_code == 201
    adopted = evaluators.create(
        checked(
            evaluators, {"name": "ui judge", "type": "code", "code_evaluator": {"code": CODE}, "adopt_existing": True}
        )
    )
    assert adopted.id == made.json()["evaluator"]["id"]


def test_a_create_whose_response_is_lost_leaves_exactly_one_evaluator(evaluators, langsmith_emulator, out_of_band):
    # The client addresses the platform service at its self-hosted path (`/api/v1/platform/...`).
    served = f"/api{EVALUATORS}"
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix=served, drop=True, after=True)
    created = code_evaluator(evaluators, name="lost once")
    listed = out_of_band.get(EVALUATORS, params={"name_contains": "lost once"}).json()["evaluators"]
    assert [e["id"] for e in listed] == [created.id]
    posts = [(r.path, r.fault) for r in langsmith_emulator.requests if r.method == "POST"]
    assert posts == [(served, "drop_after")]
