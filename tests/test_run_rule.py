"""`RunRule`: one project or dataset (checked at preview), server echoes are no diff, every PATCH repeats
the required fields, a create whose response is lost leaves exactly one rule, webhooks stay secret."""

from __future__ import annotations

import json

import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.errors import ApiError
from pulumi_langsmith.framework.adapter import unwrap_secrets
from pulumi_langsmith.resources import EvaluatorProvider, RunRuleProvider

RULES = "/api/v1/runs/rules"
HOOK_URL = "https://hooks.example.com/runs/very-secret-path-4711"
HOOK_TOKEN = "Bearer rule-hook-token-0815"
OTHER_ID = "00000000-0000-4000-8000-000000000001"


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", "__identity": "test/stack/RunRule/r", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def project(out_of_band):
    return out_of_band.post("/api/v1/sessions", json={"name": "rules project"}).json()["id"]


@pytest.fixture
def provider(langsmith_emulator):
    return configure(RunRuleProvider(), langsmith_emulator)


def rules_of(out_of_band, **params):
    return out_of_band.get(RULES, params=params).json()


@pytest.mark.parametrize(
    ("scope", "reason"),
    [({}, "neither is set"), ({"session_id": OTHER_ID, "dataset_id": OTHER_ID}, "both are set")],
)
def test_exactly_one_of_project_or_dataset_is_checked_at_preview_without_a_request(
    scope, reason, provider, langsmith_emulator
):
    langsmith_emulator.clear_log()
    result = provider.check({}, {"__provider": "p", "display_name": "r", "sampling_rate": 1, **scope})
    assert [f.property for f in result.failures] == ["dataset_id"]
    assert reason in result.failures[0].reason
    assert langsmith_emulator.requests == []


def test_a_project_id_unknown_at_preview_with_a_dataset_is_still_refused(provider):
    result = provider.check(
        {},
        {"__provider": "p", "display_name": "r", "sampling_rate": 1, "session_id": rpc.UNKNOWN, "dataset_id": OTHER_ID},
    )
    assert [f.property for f in result.failures] == ["dataset_id"]
    ok = provider.check({}, {"__provider": "p", "display_name": "r", "sampling_rate": 1, "session_id": rpc.UNKNOWN})
    assert ok.failures == []


def test_evaluator_id_with_inline_evaluators_is_refused_at_preview(provider):
    result = provider.check(
        {},
        {"__provider": "p", "display_name": "r", "sampling_rate": 1, "session_id": OTHER_ID,
         "evaluator_id": OTHER_ID, "code_evaluators": [{"code": "x"}]},
    )  # fmt: skip
    assert [f.property for f in result.failures] == ["code_evaluators"]


def test_a_named_evaluator_echoed_inline_is_no_perpetual_diff(provider, project, langsmith_emulator):
    evaluators = configure(EvaluatorProvider(), langsmith_emulator)
    judge = evaluators.create(
        checked(evaluators, {"name": "judge", "type": "llm", "llm_evaluator": {"prompt_repo_handle": "my-judge"}})
    )
    news = checked(
        provider, {"display_name": "judged", "session_id": project, "sampling_rate": 0.2, "evaluator_id": judge.id}
    )
    created = provider.create(news)
    assert created.outs.get("evaluators") is None  # the server's echo of the judge's prompt is not ours
    refreshed = provider.read(created.id, created.outs)
    assert refreshed.inputs.get("evaluators") is None
    assert provider.diff(created.id, refreshed.outs, news).changes is False


def test_a_generated_evaluator_id_is_no_perpetual_diff(provider, project, out_of_band):
    news = checked(
        provider,
        {"display_name": "inline", "session_id": project, "sampling_rate": 1,
         "code_evaluators": [{"code": "def perform_eval(run, example):\n    return {'score': 1}"}]},
    )  # fmt: skip
    created = provider.create(news)
    assert rules_of(out_of_band, id=created.id)[0]["evaluator_id"]  # the server generated one
    refreshed = provider.read(created.id, created.outs)
    assert refreshed.inputs.get("evaluator_id") is None
    assert provider.diff(created.id, refreshed.outs, news).changes is False


def test_every_patch_repeats_display_name_and_sampling_rate(provider, project):
    news = checked(provider, {"display_name": "filtered", "session_id": project, "sampling_rate": 0.3})
    created = provider.create(news)
    changed = checked(
        provider, {**{k: v for k, v in news.items() if not k.startswith("__")}, "filter": "eq(error, true)"}
    )
    body = RunRuleProvider.kind.api.update_body(
        None,
        RunRuleProvider.kind.inputs(**{k: v for k, v in changed.items() if not k.startswith("__")}),
        ["filter"],
        {},
    )
    assert body == {"filter": "eq(error, true)", "display_name": "filtered", "sampling_rate": 0.3}
    updated = provider.update(created.id, created.outs, changed)  # the emulator, like the API, 422s without them
    assert updated.outs["filter"] == "eq(error, true)"


def test_backfill_from_is_read_at_creation_only(provider, project):
    news = checked(
        provider,
        {
            "display_name": "backfilled",
            "session_id": project,
            "sampling_rate": 1,
            "backfill_from": "2026-01-01T00:00:00Z",
        },
    )
    created = provider.create(news)
    later = checked(
        provider, {**{k: v for k, v in news.items() if not k.startswith("__")}, "backfill_from": "2026-02-01T00:00:00Z"}
    )
    assert provider.diff(created.id, created.outs, later).changes is False


def test_a_create_whose_response_is_lost_leaves_exactly_one_rule(provider, project, langsmith_emulator, out_of_band):
    news = checked(provider, {"display_name": "lost once", "session_id": project, "sampling_rate": 0.5})
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix=RULES, drop=True, after=True)
    created = provider.create(news)
    listed = rules_of(out_of_band, session_id=project)
    assert [r["id"] for r in listed] == [created.id]
    assert [r.fault for r in langsmith_emulator.requests if r.method == "POST" and r.path == RULES] == ["drop_after"]


def test_refresh_drops_a_rule_deleted_out_of_band(provider, project, out_of_band):
    created = provider.create(checked(provider, {"display_name": "doomed", "session_id": project, "sampling_rate": 1}))
    assert out_of_band.delete(f"{RULES}/{created.id}").status_code == 200
    assert not provider.read(created.id, created.outs).id


def test_webhook_url_and_headers_are_secret_in_outputs_and_never_in_errors(provider, project, out_of_band):
    inputs = {
        "display_name": "hooked", "session_id": project, "sampling_rate": 1,
        "webhooks": [{"url": HOOK_URL, "headers": {"Authorization": HOOK_TOKEN}}],
    }  # fmt: skip
    created = provider.create(checked(provider, inputs))
    assert rpc.is_rpc_secret(created.outs["webhooks"])
    assert unwrap_secrets(created.outs["webhooks"]) == [{"url": HOOK_URL, "headers": {"Authorization": HOOK_TOKEN}}]
    read = provider.read(created.id, created.outs)
    assert rpc.is_rpc_secret(read.outs["webhooks"])
    visible = json.dumps({k: v for k, v in read.outs.items() if k != "webhooks"})
    assert HOOK_URL not in visible and HOOK_TOKEN not in visible

    gone = {**inputs, "session_id": OTHER_ID}  # an unknown project: the API refuses the create
    with pytest.raises(ApiError) as info:
        provider.create(checked(provider, gone))
    shown = f"{info.value}\n{info.value!r}\n{info.value.detail}"
    assert HOOK_URL not in shown and HOOK_TOKEN not in shown
