"""`Prompt`: a hub repo plus append-only commits. A template change posts exactly one commit after the latest
(`parent_commit`), repo fields are patched, equal manifests written differently are no change, commits are
never deleted, a commit whose answer is lost is found rather than posted twice, a commit made meanwhile is refused, the Go-root commit routes go under `/api` on a self-hosted
endpoint, and a commit fires the workspace's prompt webhooks."""

from __future__ import annotations

import pytest
from conftest import configure
from prompt_webhook_receiver import WebhookReceiver
from pulumi_langsmith.errors import ConflictError
from pulumi_langsmith.prompt_manifest import from_manifest, to_manifest
from pulumi_langsmith.resources import PromptProvider

OWNER = "test/stack/Prompt/joke"
JOKE = {"template": "Tell a joke about {topic}"}
CHAT = {
    "messages": [{"role": "system", "content": "You tell {style} jokes."}, {"role": "human", "content": "{topic}"}],
    "model": {"lc": 1, "type": "constructor", "id": ["langchain", "chat_models", "openai", "ChatOpenAI"],
              "kwargs": {"model": "gpt-4o-mini", "temperature": 0}},
}  # fmt: skip


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", "__identity": OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def prompts(langsmith_emulator):
    return configure(PromptProvider(), langsmith_emulator)


def writes(emulator):
    return [(r.method, r.path) for r in emulator.writes()]


def commits(out_of_band, handle="joke"):
    return out_of_band.get(f"/commits/-/{handle}").json()["commits"]


def test_create_posts_the_repo_then_one_commit_and_outputs_its_hash_and_url(prompts, langsmith_emulator, out_of_band):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE, "description": "jokes"}))
    assert writes(langsmith_emulator) == [("POST", "/api/v1/repos"), ("POST", "/api/commits/-/joke")]
    [commit] = commits(out_of_band)
    assert created.outs["commit_hash"] == commit["commit_hash"]
    assert created.outs["commit_url"] == f"{langsmith_emulator.base_url}/prompts/joke/{commit['commit_hash']}"
    assert commit["manifest"] == to_manifest(JOKE)
    assert commit["manifest"]["kwargs"]["input_variables"] == ["topic"]


def test_a_template_change_posts_exactly_one_commit_after_the_latest(prompts, langsmith_emulator, out_of_band):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    news = checked(prompts, {"repo_handle": "joke", "template": CHAT}, created.outs)
    assert prompts.diff(created.id, created.outs, news).changes
    langsmith_emulator.clear_log()
    updated = prompts.update(created.id, created.outs, news)
    assert writes(langsmith_emulator) == [("POST", "/api/commits/-/joke")]
    latest, first = commits(out_of_band)
    assert latest["parent_commit_hash"] == first["commit_hash"] == created.outs["commit_hash"]
    assert updated.outs["commit_hash"] == latest["commit_hash"] != created.outs["commit_hash"]
    assert latest["manifest"]["id"][-1] == "RunnableSequence"  # the prompt with its model settings


def test_repo_fields_are_patched_and_cleared_without_a_commit(prompts, langsmith_emulator, out_of_band):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE, "description": "jokes"}))
    langsmith_emulator.clear_log()
    news = checked(prompts, {"repo_handle": "joke", "template": JOKE, "tags": ["fun"], "is_public": True})
    updated = prompts.update(created.id, created.outs, news)
    assert writes(langsmith_emulator) == [("PATCH", "/api/v1/repos/-/joke")]
    repo = out_of_band.get("/api/v1/repos/-/joke").json()["repo"]
    assert repo["tags"] == ["fun"] and repo["is_public"] and not repo["description"]
    assert prompts.diff(created.id, prompts.read(created.id, updated.outs).outs, news).changes is False


def test_the_same_manifest_written_another_way_is_no_change(prompts):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    explicit = {**JOKE, "input_variables": ["topic"], "template_format": "f-string"}
    assert not prompts.diff(
        created.id, created.outs, checked(prompts, {"repo_handle": "joke", "template": explicit})
    ).changes
    raw = checked(prompts, {"repo_handle": "joke", "manifest": to_manifest(JOKE)})
    assert prompts.diff(created.id, created.outs, raw).changes  # another input, though: template → manifest


def test_a_raw_manifest_is_committed_as_given_and_read_back_raw(prompts, out_of_band):
    manifest = {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "structured", "X"], "kwargs": {"a": 1.0}}
    created = prompts.create(checked(prompts, {"repo_handle": "raw", "manifest": manifest}))
    assert commits(out_of_band, "raw")[0]["manifest"] == manifest
    read = prompts.read(created.id, created.outs)
    assert read.inputs["manifest"] == manifest and "template" not in read.inputs


def test_a_prompt_changed_in_the_ui_shows_as_drift_and_the_next_update_commits_it_back(prompts, out_of_band):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    edited = to_manifest({"template": "Tell a pun about {topic}"})
    out_of_band.post("/commits/-/joke", json={"manifest": edited, "parent_commit": created.outs["commit_hash"]})
    read = prompts.read(created.id, created.outs)
    assert read.inputs["template"]["template"] == "Tell a pun about {topic}"
    desired = checked(prompts, {"repo_handle": "joke", "template": JOKE})
    assert prompts.diff(created.id, read.outs, desired).changes
    prompts.update(created.id, read.outs, desired)
    assert [c["manifest"] for c in commits(out_of_band)] == [to_manifest(JOKE), edited, to_manifest(JOKE)]


def test_a_commit_made_meanwhile_is_refused_not_overwritten(prompts, out_of_band):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    theirs = to_manifest({"template": "Someone else's {topic}"})
    out_of_band.post("/commits/-/joke", json={"manifest": theirs})
    with pytest.raises(ConflictError, match="parent_commit"):
        prompts.update(created.id, created.outs, checked(prompts, {"repo_handle": "joke", "template": CHAT}))
    assert commits(out_of_band)[0]["manifest"] == theirs


def test_a_commit_whose_answer_is_lost_is_found_not_posted_twice(prompts, langsmith_emulator, out_of_band):
    # The commit is made, then the connection drops before its answer arrives: the retry finds it instead.
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix="/api/commits/", drop=True, after=True)
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    [first] = commits(out_of_band)
    assert created.outs["commit_hash"] == first["commit_hash"]

    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix="/api/commits/", drop=True, after=True)
    updated = prompts.update(created.id, created.outs, checked(prompts, {"repo_handle": "joke", "template": CHAT}))
    latest, _ = commits(out_of_band)
    assert updated.outs["commit_hash"] == latest["commit_hash"] and latest["manifest"] == to_manifest(CHAT)
    assert [r.method for r in langsmith_emulator.writes()].count("POST") == 3  # repo, then one commit each


def test_a_commit_post_that_never_arrived_is_posted_again(prompts, langsmith_emulator, out_of_band):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix="/api/commits/", drop=True)
    updated = prompts.update(created.id, created.outs, checked(prompts, {"repo_handle": "joke", "template": CHAT}))
    latest, first = commits(out_of_band)
    assert latest["parent_commit_hash"] == first["commit_hash"] == created.outs["commit_hash"]
    assert updated.outs["commit_hash"] == latest["commit_hash"]


def test_delete_deletes_the_repo_and_never_a_commit(prompts, langsmith_emulator):
    created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    langsmith_emulator.clear_log()
    prompts.delete(created.id, created.outs)
    assert writes(langsmith_emulator) == [("DELETE", "/api/v1/repos/-/joke")]


def test_an_existing_handle_is_refused_then_adopted_with_one_commit(prompts, out_of_band):
    out_of_band.post("/api/v1/repos", json={"repo_handle": "joke", "is_public": False})
    with pytest.raises(Exception, match="adopt_existing"):
        prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    adopted = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE, "adopt_existing": True}))
    assert [c["commit_hash"] for c in commits(out_of_band)] == [adopted.outs["commit_hash"]]


def test_a_commit_fires_the_workspaces_commit_webhooks(prompts, langsmith_emulator, out_of_band):
    with WebhookReceiver() as receiver, langsmith_emulator.server.webhook_policy.allowing(receiver.host_port):
        out_of_band.post("/api/v1/prompt-webhooks", json={"url": receiver.url, "triggers": ["commit"]})
        created = prompts.create(checked(prompts, {"repo_handle": "joke", "template": JOKE}))
    [delivery] = receiver.deliveries
    assert delivery["body"]["event"] == "commit" and delivery["body"]["commit_hash"] == created.outs["commit_hash"]
    assert delivery["body"]["prompt_name"] == "joke" and delivery["body"]["manifest"] == to_manifest(JOKE)


def test_manifests_round_trip_only_when_written_exactly():
    assert from_manifest(to_manifest(CHAT)) == {**CHAT, "template_format": "f-string", "input_variables": None}
    mustache = {"template": "Hi {{name}}{{#items}}{{.}}{{/items}}", "template_format": "mustache"}
    assert to_manifest(mustache)["kwargs"]["input_variables"] == ["items", "name"]
    extra = to_manifest(JOKE)
    extra["kwargs"]["partial_variables"] = {}
    assert from_manifest(extra) is None


def test_check_refuses_both_forms_and_bad_handles(prompts):
    failures = prompts.check({}, {"repo_handle": "joke", "template": JOKE, "manifest": to_manifest(JOKE)}).failures
    assert [f.property for f in failures] == ["manifest"]
    failures = prompts.check({}, {"repo_handle": "Joke!", "template": {"messages": []}}).failures
    assert {f.property.split(".")[0] for f in failures} == {"repo_handle", "template"}
