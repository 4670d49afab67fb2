"""`PromptTag`: a tag on a commit of a prompt, named by hash or `latest`. A move is one PATCH that fires the
workspace's `tag:update` webhooks (unless `skip_webhooks`); `latest` pins the commit of its time and new commits
do not move the tag; a move out of band is drift that the next update undoes; someone else's tag is adopted only
with `adopt_existing`."""

from __future__ import annotations

import pytest
from conftest import configure
from prompt_webhook_receiver import WebhookReceiver
from pulumi_langsmith.errors import NotFoundError
from pulumi_langsmith.resources import PromptTagProvider

OWNER = "test/stack/PromptTag/prod"


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", "__identity": OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def tags(langsmith_emulator):
    return configure(PromptTagProvider(), langsmith_emulator)


def commit(out_of_band, text, parent=None):
    body = {"manifest": {"lc": 1, "type": "constructor", "id": ["x"], "kwargs": {"template": text}}}
    if parent:
        body["parent_commit"] = parent
    response = out_of_band.post("/commits/-/joke", json=body)
    assert response.status_code == 201, response.text
    return response.json()["commit"]["commit_hash"]


@pytest.fixture
def hashes(out_of_band):
    """The prompt `joke` with two commits, oldest first."""
    out_of_band.post("/api/v1/repos", json={"repo_handle": "joke", "is_public": False})
    first = commit(out_of_band, "one")
    return [first, commit(out_of_band, "two", first)]


def requests(emulator):
    return [(r.method, r.path.split("?")[0]) for r in emulator.requests]


def live_tag(out_of_band):
    return out_of_band.get("/api/v1/repos/-/joke/tags/prod").json()


def test_create_resolves_the_hash_then_posts_the_tag(tags, hashes, langsmith_emulator, out_of_band):
    langsmith_emulator.clear_log()
    created = tags.create(checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[0]}))
    assert requests(langsmith_emulator) == [("GET", "/api/commits/-/joke"), ("POST", "/api/v1/repos/-/joke/tags")]
    assert live_tag(out_of_band)["commit_hash"] == created.outs["commit_hash"] == hashes[0]
    assert created.id == f"-/joke/{live_tag(out_of_band)['id']}"


def test_a_move_is_one_patch_firing_tag_update_once(tags, hashes, langsmith_emulator, out_of_band):
    created = tags.create(checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[0]}))
    news = checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[1]}, created.outs)
    with WebhookReceiver() as receiver, langsmith_emulator.server.webhook_policy.allowing(receiver.host_port):
        out_of_band.post("/api/v1/prompt-webhooks", json={"url": receiver.url, "triggers": ["tag:update"]})
        langsmith_emulator.clear_log()
        updated = tags.update(created.id, created.outs, news)
    assert [w.method for w in langsmith_emulator.writes()] == ["PATCH"]
    assert updated.outs["commit_hash"] == live_tag(out_of_band)["commit_hash"] == hashes[1]
    [delivery] = receiver.deliveries
    assert delivery["body"]["event"] == "tag:update" and delivery["body"]["tag_name"] == "prod"
    assert delivery["body"]["commit_hash"] == hashes[1]


def test_skip_webhooks_moves_the_tag_silently(tags, hashes, langsmith_emulator, out_of_band):
    inputs = {"repo_handle": "joke", "tag_name": "prod", "skip_webhooks": True}
    created = tags.create(checked(tags, {**inputs, "commit": hashes[0]}))
    with WebhookReceiver() as receiver, langsmith_emulator.server.webhook_policy.allowing(receiver.host_port):
        out_of_band.post("/api/v1/prompt-webhooks", json={"url": receiver.url, "triggers": ["tag:update"]})
        tags.update(created.id, created.outs, checked(tags, {**inputs, "commit": hashes[1]}, created.outs))
    assert receiver.deliveries == []
    assert live_tag(out_of_band)["commit_hash"] == hashes[1]


def test_latest_pins_the_commit_of_its_time_and_new_commits_do_not_move_it(tags, hashes, out_of_band):
    inputs = checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": "latest"})
    created = tags.create(inputs)
    assert created.outs["commit_hash"] == hashes[1]
    commit(out_of_band, "three", hashes[1])
    read = tags.read(created.id, created.outs)
    assert read.inputs["commit"] == "latest"
    assert tags.diff(created.id, read.outs, inputs).changes is False
    assert live_tag(out_of_band)["commit_hash"] == hashes[1]


def test_a_move_out_of_band_is_drift_the_next_update_undoes(tags, hashes, out_of_band):
    inputs = checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[0]})
    created = tags.create(inputs)
    theirs = out_of_band.get("/commits/-/joke", params={"limit": 1}).json()["commits"][0]["id"]
    out_of_band.patch("/api/v1/repos/-/joke/tags/prod", json={"commit_id": theirs})
    read = tags.read(created.id, created.outs)
    assert read.inputs["commit"] == hashes[1]
    assert tags.diff(created.id, read.outs, inputs).changes is True
    tags.update(created.id, read.outs, inputs)
    assert live_tag(out_of_band)["commit_hash"] == hashes[0]


def test_someone_elses_tag_is_refused_then_adopted(tags, hashes, out_of_band):
    theirs = out_of_band.get("/commits/-/joke", params={"limit": 1}).json()["commits"][0]["id"]
    out_of_band.post("/api/v1/repos/-/joke/tags", json={"tag_name": "prod", "commit_id": theirs})
    inputs = {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[0]}
    with pytest.raises(Exception, match="adopt_existing"):
        tags.create(checked(tags, inputs))
    adopted = tags.create(checked(tags, {**inputs, "adopt_existing": True}))
    assert adopted.outs["commit_hash"] == live_tag(out_of_band)["commit_hash"] == hashes[0]


def test_an_unknown_commit_fails_naming_it(tags, hashes, out_of_band):
    with pytest.raises(NotFoundError, match="has no commit 'deadbeef'"):
        tags.create(checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": "deadbeef"}))
    assert out_of_band.get("/api/v1/repos/-/joke/tags").json() == []


def test_delete_deletes_the_tag_and_keeps_the_commit(tags, hashes, out_of_band):
    created = tags.create(checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[0]}))
    tags.delete(created.id, created.outs)
    assert out_of_band.get("/api/v1/repos/-/joke/tags/prod").status_code == 404
    assert len(out_of_band.get("/commits/-/joke").json()["commits"]) == 2


def test_get_prompt_returns_the_commit_a_tag_names_and_its_manifest(tags, hashes, langsmith_emulator, out_of_band):
    from pulumi_langsmith import get_prompt
    from pulumi_langsmith.config import ProviderSettings
    from pulumi_langsmith.prompt_manifest import to_manifest

    settings = ProviderSettings(api_key=langsmith_emulator.api_key, endpoint=langsmith_emulator.base_url)
    tags.create(checked(tags, {"repo_handle": "joke", "tag_name": "prod", "commit": hashes[0]}))
    langsmith_emulator.clear_log()
    prod = get_prompt("joke", ref="prod", settings=settings)
    assert len(langsmith_emulator.requests) == 1
    assert prod["commit_hash"] == hashes[0] and prod["manifest"]["kwargs"] == {"template": "one"}
    assert prod["template"] is None  # not a manifest `Prompt.template` writes
    assert get_prompt("-/joke", settings=settings)["commit_hash"] == hashes[1]
    assert get_prompt("joke", ref=hashes[0], settings=settings)["ref"] == hashes[0]

    typed = {"template": "Tell a joke about {topic}"}
    commit(out_of_band, "three", hashes[1])
    out_of_band.post("/commits/-/joke", json={"manifest": to_manifest(typed), "parent_commit": get_prompt(
        "joke", settings=settings)["commit_hash"]})  # fmt: skip
    assert get_prompt("joke", settings=settings)["template"]["template"] == typed["template"]
    with pytest.raises(NotFoundError, match="no tag or commit 'nowhere'"):
        get_prompt("joke", ref="nowhere", settings=settings)
