"""The automation family's contract session: evaluators, run rules and alert rules, with their refusals
(run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every evaluator, run-rule and alert-rule operation, plus the main refusals."""
    project = call("POST", "/api/v1/sessions", 200, json={"name": "automation contract"})
    dataset = call("POST", "/api/v1/datasets", 200, json={"name": "automation contract"})

    # Evaluators: enveloped create and PATCH, bare GET, 409 on DELETE while a rule uses one.
    judge = call(
        "POST",
        "/v1/platform/evaluators",
        201,
        json={
            "name": "judge",
            "type": "llm",
            "llm_evaluator": {"prompt_repo_handle": "my-judge", "variable_mapping": {"q": "input"}},
        },
    )["evaluator"]
    code = call(
        "POST",
        "/api/v1/platform/evaluators",
        201,
        json={"name": "exact", "type": "code", "code_evaluator": {"code": "def perform_eval(run, example): ..."}},
    )["evaluator"]
    call("POST", "/v1/platform/evaluators", 400, json={"name": "bad", "type": "llm"})
    call("GET", "/v1/platform/evaluators", 200, params={"name_contains": "JUD"})
    call("GET", f"/v1/platform/evaluators/{judge['id']}", 200)
    call("GET", f"/v1/platform/evaluators/{uuid.uuid4()}", 404)
    call("PATCH", f"/v1/platform/evaluators/{judge['id']}", 200, json={"llm_evaluator": {"commit_hash_or_tag": "prod"}})
    call("PATCH", f"/v1/platform/evaluators/{judge['id']}", 400, json={"code_evaluator": {"code": "x"}})

    # Run rules: a project or a dataset, exactly one; read through the list.
    rule = call(
        "POST",
        "/api/v1/runs/rules",
        200,
        json={
            "display_name": "judge half", "session_id": project["id"], "sampling_rate": 0.5,
            "evaluator_id": judge["id"], "webhooks": [{"url": "https://hooks.example.com/r", "headers": {"X-Key": "k"}}],
            "alerts": [{"routing_key": "rk", "severity": "error"}], "backfill_from": "2026-01-01T00:00:00Z",
        },
    )  # fmt: skip
    inline = call(
        "POST",
        "/api/v1/runs/rules",
        200,
        json={
            "display_name": "inline", "dataset_id": dataset["id"], "sampling_rate": 1,
            "code_evaluators": [{"code": "def perform_eval(run, example): ...", "language": "python"}],
        },
    )  # fmt: skip
    call("POST", "/api/v1/runs/rules", 422, json={"display_name": "both", "sampling_rate": 1,
         "session_id": project["id"], "dataset_id": dataset["id"]})  # fmt: skip
    call("POST", "/api/v1/runs/rules", 422, json={"display_name": "neither", "sampling_rate": 1})
    call("POST", "/api/v1/runs/rules", 422, json={"display_name": "id and inline", "sampling_rate": 1,
         "session_id": project["id"], "evaluator_id": judge["id"], "code_evaluators": [{"code": "x"}]})  # fmt: skip
    call("POST", "/api/v1/runs/rules", 422, json={"display_name": "no rate", "session_id": project["id"]})
    call("GET", "/api/v1/runs/rules", 200, params={"id": [rule["id"], inline["id"]]})
    call("GET", "/api/v1/runs/rules", 200, params={"session_id": project["id"], "name_contains": "JUDGE"})
    call("GET", "/api/v1/runs/rules", 200, params={"type": "dataset", "evaluator_id": inline["evaluator_id"]})
    call("GET", "/api/v1/runs/rules", 422, params={"id": "not-a-uuid"})
    call("PATCH", f"/api/v1/runs/rules/{rule['id']}", 200, json={"display_name": "judge fifth", "sampling_rate": 0.2})
    call("PATCH", f"/api/v1/runs/rules/{rule['id']}", 422, json={"sampling_rate": 0.2})
    call("PATCH", f"/api/v1/runs/rules/{uuid.uuid4()}", 404, json={"display_name": "x", "sampling_rate": 0.2})
    call("DELETE", f"/v1/platform/evaluators/{judge['id']}", 409)
    call("DELETE", f"/api/v1/runs/rules/{inline['id']}", 200)
    call("DELETE", f"/v1/platform/evaluators/{judge['id']}", 204, params={"delete_run_rules": "true"})
    call("PATCH", f"/api/v1/runs/rules/{rule['id']}", 404, json={"display_name": "gone", "sampling_rate": 0.2})
    call("DELETE", f"/v1/platform/evaluators/{code['id']}", 204)

    # Alert rules: nested under a session, no list; PATCH sends the whole {rule, actions}.
    alert = {
        "rule": {"name": "slow", "description": "p50 over 2 s", "type": "threshold", "aggregation": "avg",
                 "attribute": "latency", "operator": "gte", "window_minutes": 5, "threshold": 2.0},
        "actions": [{"target": "webhook", "config": {"url": "https://hooks.example.com/a", "headers": {"X": "y"}}}],
    }  # fmt: skip
    created = call("POST", f"/v1/platform/alerts/{project['id']}", 201, json=alert)
    rule_path = f"/v1/platform/alerts/{project['id']}/{created['rule']['id']}"
    call("POST", f"/v1/platform/alerts/{uuid.uuid4()}", 400, json=alert)
    call("GET", rule_path, 200)
    call("GET", f"/v1/platform/alerts/{project['id']}/{uuid.uuid4()}", 404)
    changed = {**alert, "rule": {**alert["rule"], "threshold": 4.0}}
    call("PATCH", rule_path, 200, json=changed)
    call("DELETE", rule_path, 200)
    call("GET", rule_path, 404)
