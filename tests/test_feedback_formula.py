"""`FeedbackFormula`: exactly one of dataset or project, every PUT repeats the whole formula."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.resources import FeedbackFormulaProvider

PARTS = [{"key": "correctness", "weight": 1}]


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


@pytest.mark.parametrize(
    "scope",
    [
        {},
        {"dataset_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "session_id": "1" * 8 + "-0000-4000-8000-" + "0" * 12},
    ],
)
def test_neither_or_both_of_dataset_and_project_fail_at_preview(scope):
    inputs = {"feedback_key": "score", "aggregation_type": "avg", "formula_parts": PARTS, **scope}
    result = FeedbackFormulaProvider().check({}, inputs)
    assert [f.property for f in result.failures] == ["dataset_id"]


def test_update_puts_the_whole_formula_and_keeps_the_project(langsmith_emulator, out_of_band):
    project = out_of_band.post("/api/v1/sessions", json={"name": "scored"}).json()
    provider = configure(FeedbackFormulaProvider(), langsmith_emulator)
    base = {"feedback_key": "score", "session_id": project["id"], "aggregation_type": "avg"}
    created = provider.create(checked(provider, {**base, "formula_parts": PARTS}))
    langsmith_emulator.clear_log()
    parts = [*PARTS, {"key": "tone", "weight": 0.5}]
    updated = provider.update(created.id, created.outs, checked(provider, {**base, "formula_parts": parts}))
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [
        ("PUT", f"/api/v1/feedback/formulas/{created.id}")
    ]
    assert updated.outs["session_id"] == project["id"]
    assert [p["key"] for p in updated.outs["formula_parts"]] == ["correctness", "tone"]


def test_a_create_whose_response_is_lost_leaves_exactly_one_formula(langsmith_emulator, out_of_band):
    project = out_of_band.post("/api/v1/sessions", json={"name": "lost formula"}).json()
    provider = configure(FeedbackFormulaProvider(), langsmith_emulator)
    langsmith_emulator.faults.fail_next(
        1, method="POST", path_prefix="/api/v1/feedback/formulas", drop=True, after=True
    )
    inputs = {"feedback_key": "lost", "session_id": project["id"], "aggregation_type": "avg", "formula_parts": PARTS}
    created = provider.create(checked(provider, inputs))
    listed = [f for f in out_of_band.get("/api/v1/feedback/formulas").json() if f["feedback_key"] == "lost"]
    assert [f["id"] for f in listed] == [created.id]
    posts = [
        r.fault for r in langsmith_emulator.requests if r.method == "POST" and r.path == "/api/v1/feedback/formulas"
    ]
    assert posts == ["drop_after"]
