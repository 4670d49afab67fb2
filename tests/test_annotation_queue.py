"""`AnnotationQueue`: `session_ids` only at creation, names looked up before the create, the lookup by name."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith import get_annotation_queue
from pulumi_langsmith.config import ProviderSettings
from pulumi_langsmith.errors import NotFoundError
from pulumi_langsmith.resources import AnnotationQueueProvider


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def settings(emulator) -> ProviderSettings:
    return ProviderSettings(api_key=emulator.api_key, endpoint=emulator.base_url)


def test_session_ids_are_sent_at_creation_and_a_change_replaces(langsmith_emulator, out_of_band):
    project = out_of_band.post("/api/v1/sessions", json={"name": "queue source"}).json()
    provider = configure(AnnotationQueueProvider(), langsmith_emulator)
    inputs = checked(provider, {"name": "triage", "session_ids": [project["id"]]})
    langsmith_emulator.clear_log()
    created = provider.create(inputs)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [
        ("GET", "/api/v1/annotation-queues"),  # names are not unique in LangSmith: look before creating
        ("POST", "/api/v1/annotation-queues"),
    ]
    assert created.outs["session_ids"] == [project["id"]]
    read = provider.read(created.id, created.outs)
    assert provider.diff(created.id, read.outs, inputs).changes is False  # not returned, kept from state
    diff = provider.diff(created.id, created.outs, checked(provider, {"name": "triage", "session_ids": []}))
    assert diff.replaces == ["session_ids"]


def test_rubric_changes_in_place(langsmith_emulator, out_of_band):
    provider = configure(AnnotationQueueProvider(), langsmith_emulator)
    inputs = checked(provider, {"name": "rubric", "rubric_items": [{"feedback_key": "correctness"}]})
    created = provider.create(inputs)
    news = checked(provider, {"name": "rubric", "rubric_items": [{"feedback_key": "tone", "is_required": True}]})
    provider.update(created.id, created.outs, news)
    live = out_of_band.get(f"/api/v1/annotation-queues/{created.id}").json()
    assert [(i["feedback_key"], i["is_required"]) for i in live["rubric_items"]] == [("tone", True)]


def test_get_annotation_queue_finds_the_queue_by_exact_name(langsmith_emulator, out_of_band):
    made = out_of_band.post("/api/v1/annotation-queues", json={"name": "support triage"}).json()
    out_of_band.post("/api/v1/annotation-queues", json={"name": "support triage (old)"})
    assert get_annotation_queue(name="support triage", settings=settings(langsmith_emulator))["id"] == made["id"]
    with pytest.raises(NotFoundError):
        get_annotation_queue(name="nothing", settings=settings(langsmith_emulator))
    out_of_band.post("/api/v1/annotation-queues", json={"name": "support triage"})
    with pytest.raises(ValueError, match="2 annotation queues"):
        get_annotation_queue(name="support triage", settings=settings(langsmith_emulator))


def test_a_create_whose_response_is_lost_leaves_exactly_one_queue(langsmith_emulator, out_of_band):
    provider = configure(AnnotationQueueProvider(), langsmith_emulator)
    langsmith_emulator.faults.fail_next(
        1, method="POST", path_prefix="/api/v1/annotation-queues", drop=True, after=True
    )
    inputs = {**checked(provider, {"name": "lost once"}), "__identity": "test/stack/AnnotationQueue/lost"}
    created = provider.create(inputs)
    listed = out_of_band.get("/api/v1/annotation-queues", params={"name": "lost once"}).json()
    assert [q["id"] for q in listed] == [created.id]
    # The retried POST carries the same client id: the API answers 409, and the queue is the one made first.
    posts = [(r.fault, r.status) for r in langsmith_emulator.requests if r.method == "POST"]
    assert posts == [("drop_after", 200), (None, 409)]
