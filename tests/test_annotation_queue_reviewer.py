"""`AnnotationQueueReviewer`: one POST to assign, read through the queue's `assigned_reviewers`, any change
replaces."""

from __future__ import annotations

from conftest import configure
from pulumi_langsmith.resources import AnnotationQueueReviewerProvider
from test_conformance import _workspace_identity


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def test_assignment_is_one_post_and_is_read_through_the_queue(langsmith_emulator, out_of_band):
    queue = out_of_band.post("/api/v1/annotation-queues", json={"name": "reviewed"}).json()
    identity = _workspace_identity(langsmith_emulator, "grace@example.com")
    provider = configure(AnnotationQueueReviewerProvider(), langsmith_emulator)
    inputs = checked(provider, {"queue_id": queue["id"], "identity_id": identity})

    langsmith_emulator.clear_log()
    created = provider.create(inputs)
    (post,) = langsmith_emulator.requests  # the platform route, at this host's platform prefix
    assert post.method == "POST" and post.path.endswith(f"/v1/platform/annotation-queues/{queue['id']}/reviewers")
    assert created.id == f"{queue['id']}/{identity}"
    assert created.outs["email"] is None  # the create answers with the identity only; read fills it

    read = provider.read(created.id, created.outs)
    assert read.outs["email"] == "grace@example.com"
    assert [
        r["id"] for r in out_of_band.get(f"/api/v1/annotation-queues/{queue['id']}").json()["assigned_reviewers"]
    ] == [identity]


def test_unassigned_by_hand_is_dropped_by_read_and_any_change_replaces(langsmith_emulator, out_of_band):
    queue = out_of_band.post("/api/v1/annotation-queues", json={"name": "reviewed"}).json()
    identity = _workspace_identity(langsmith_emulator, "grace@example.com")
    provider = configure(AnnotationQueueReviewerProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"queue_id": queue["id"], "identity_id": identity}))

    other = _workspace_identity(langsmith_emulator, "alan@example.com")
    diff = provider.diff(created.id, created.outs, checked(provider, {"queue_id": queue["id"], "identity_id": other}))
    assert diff.replaces == ["identity_id"] and diff.delete_before_replace is False

    out_of_band.delete(f"/v1/platform/annotation-queues/{queue['id']}/reviewers/{identity}")
    assert not provider.read(created.id, created.outs).id
    provider.delete(created.id, created.outs)  # already gone: not an error
