"""Lookups for evaluation programs: a project by name, an evaluator by name (UI-made ones too), run rules."""

from __future__ import annotations

import pytest
from pulumi_langsmith import ConflictError, NotFoundError, get_evaluator, get_project, list_run_rules
from pulumi_langsmith.config import resolve_settings


@pytest.fixture
def settings(langsmith_emulator):
    return resolve_settings(
        environ={"LANGSMITH_API_KEY": langsmith_emulator.api_key, "LANGSMITH_ENDPOINT": langsmith_emulator.base_url}
    )


def test_get_project_finds_a_project_made_by_tracing(out_of_band, settings):
    made = out_of_band.post("/api/v1/sessions", json={"name": "traced app"}).json()
    out_of_band.post("/api/v1/sessions", json={"name": "traced app v2"})
    assert get_project(name="traced app", settings=settings)["id"] == made["id"]
    with pytest.raises(NotFoundError):
        get_project(name="traced", settings=settings)


def test_get_evaluator_finds_an_evaluator_made_in_the_ui_by_exact_name(out_of_band, settings):
    body = {"type": "code", "code_evaluator": {"code": "def perform_eval(run, example): ..."}}
    made = out_of_band.post("/v1/platform/evaluators", json={"name": "Correctness", **body}).json()["evaluator"]
    out_of_band.post("/v1/platform/evaluators", json={"name": "Correctness (strict)", **body})
    assert get_evaluator(name="Correctness", settings=settings)["id"] == made["id"]
    with pytest.raises(NotFoundError):
        get_evaluator(name="correct", settings=settings)
    out_of_band.post("/v1/platform/evaluators", json={"name": "Correctness", **body})
    with pytest.raises(ConflictError, match="several"):
        get_evaluator(name="Correctness", settings=settings)


def test_list_run_rules_filters_and_leaves_webhook_secrets_out(out_of_band, settings):
    project = out_of_band.post("/api/v1/sessions", json={"name": "ruled"}).json()["id"]
    other = out_of_band.post("/api/v1/sessions", json={"name": "other"}).json()["id"]
    hook = {"url": "https://hooks.example.com/secret-path", "headers": {"Authorization": "Bearer lookup-token"}}
    out_of_band.post("/api/v1/runs/rules", json={"display_name": "Sample errors", "session_id": project,
                     "sampling_rate": 1, "webhooks": [hook]})  # fmt: skip
    out_of_band.post("/api/v1/runs/rules", json={"display_name": "All", "session_id": other, "sampling_rate": 1})
    rules = list_run_rules(session_id=project, settings=settings)
    assert [(r["display_name"], r["webhook_count"]) for r in rules] == [("Sample errors", 1)]
    assert "secret-path" not in str(rules) and "lookup-token" not in str(rules)
    assert [r["display_name"] for r in list_run_rules(name_contains="errors", settings=settings)] == ["Sample errors"]
