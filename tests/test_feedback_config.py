"""`FeedbackConfig`: addressed by its key on the collection (read `?key=`, PATCH with the key in the body,
DELETE `?feedback_key=`), cross-field checks at preview."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.resources import FeedbackConfigProvider

CONTINUOUS = {"type": "continuous", "min": 0, "max": 1}


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def test_every_operation_addresses_the_collection_by_key(langsmith_emulator):
    provider = configure(FeedbackConfigProvider(), langsmith_emulator)
    inputs = checked(provider, {"feedback_key": "correctness", "feedback_config": CONTINUOUS})
    langsmith_emulator.clear_log()
    created = provider.create(inputs)
    assert created.id == "correctness"
    news = checked(provider, {"feedback_key": "correctness", "feedback_config": {"type": "freeform"}})
    provider.update(created.id, created.outs, news)
    read = provider.read(created.id, created.outs)
    assert read.inputs["feedback_config"]["type"] == "freeform"
    provider.delete(created.id, read.outs)
    assert [(r.method, r.path, r.query) for r in langsmith_emulator.requests] == [
        ("POST", "/api/v1/feedback-configs", ""),
        ("PATCH", "/api/v1/feedback-configs", ""),
        ("GET", "/api/v1/feedback-configs", "key=correctness"),
        ("DELETE", "/api/v1/feedback-configs", "feedback_key=correctness"),
    ]
    assert not provider.read(created.id, read.outs).id


@pytest.mark.parametrize(
    ("config", "prop"),
    [
        ({"type": "categorical"}, "feedback_config.categories"),
        ({"type": "continuous", "min": 2, "max": 1}, "feedback_config.min"),
    ],
)
def test_inconsistent_scoring_fails_at_preview(config, prop, langsmith_emulator):
    langsmith_emulator.clear_log()
    result = FeedbackConfigProvider().check({}, {"feedback_key": "k", "feedback_config": config})
    assert [f.property for f in result.failures] == [prop]
    assert langsmith_emulator.requests == []


def test_a_create_whose_response_is_lost_leaves_one_config(langsmith_emulator, out_of_band):
    provider = configure(FeedbackConfigProvider(), langsmith_emulator)
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix="/api/v1/feedback-configs", drop=True, after=True)
    created = provider.create(checked(provider, {"feedback_key": "lost-once", "feedback_config": CONTINUOUS}))
    assert created.id == "lost-once"
    listed = out_of_band.get("/api/v1/feedback-configs", params={"key": "lost-once"}).json()
    assert [c["feedback_key"] for c in listed] == ["lost-once"]
    assert [(r.fault, r.status) for r in langsmith_emulator.requests if r.method == "POST"] == [("drop_after", 200)]
