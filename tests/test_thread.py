"""`Thread` against a real Agent Server (langgraph-api in memory): the deterministic id that makes a retried
create find its own thread, metadata that merges, metadata the server adds when a run uses the thread, and
the TTL sent whole."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import ThreadProvider
from pulumi_langsmith.resources.thread import KIND, ThreadInputs

OWNER = "proj/stack/Thread/seeded"


def checked(provider, inputs, olds=None):
    result = provider.check(dict(olds or {}), {"__provider": "p", OWNER_KEY: OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def provider(langsmith_emulator):
    return configure(ThreadProvider(), langsmith_emulator)


def threads(agent_server):
    with agent_server.client() as api:
        return api.post("/threads/search", json={"limit": 100}).json()


def test_a_retried_create_finds_its_own_thread(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "metadata": {"team": "ml"}})
    first = provider.create(inputs)
    again = provider.create(inputs)  # the engine was killed before it saved the first create's state
    assert again.id == first.id
    assert [t["thread_id"] for t in threads(agent_server)] == [first.id]


def test_a_removed_metadata_key_is_removed_and_shows_no_diff(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "metadata": {"a": 1, "b": 2}})
    created = provider.create(inputs)
    news = checked(provider, {**inputs, "metadata": {"a": 1}}, olds=inputs)
    updated = provider.update(created.id, created.outs, news)

    with agent_server.client() as api:
        live = api.get(f"/threads/{created.id}").json()
    assert live["metadata"] == {"a": 1, "b": None}, "the server merges metadata: the removed key is an explicit null"
    read = provider.read(created.id, updated.outs)
    assert read.inputs["metadata"] == {"a": 1}
    assert provider.diff(created.id, read.outs, news).changes is False


def test_metadata_a_run_adds_to_the_thread_is_not_drift(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "metadata": {"team": "ml"}})
    created = provider.create(inputs)
    with agent_server.client() as api:
        run = api.post(f"/threads/{created.id}/runs/wait", json={"assistant_id": "echo", "input": {"message": "hi"}})
        assert run.status_code == 200, run.text
        live = api.get(f"/threads/{created.id}").json()
    assert live["metadata"]["graph_id"] == "echo", "the server records the run's graph on the thread"
    read = provider.read(created.id, created.outs)
    assert read.inputs["metadata"] == {"team": "ml"}
    assert provider.diff(created.id, read.outs, inputs).changes is False


def test_a_thread_deleted_out_of_band_is_gone_on_refresh(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "ttl": 60})
    created = provider.create(inputs)
    with agent_server.client() as api:
        api.delete(f"/threads/{created.id}")  # what the server's sweeper does when the TTL expires
    assert provider.read(created.id, created.outs).id is None


def test_a_ttl_change_sends_the_whole_ttl_so_the_strategy_is_kept():
    old = ThreadInputs(url="http://127.0.0.1:1", ttl=60, ttl_strategy="keep_latest")
    new = ThreadInputs(url="http://127.0.0.1:1", ttl=30, ttl_strategy="keep_latest")
    assert KIND.api.update_body(old, new, ["ttl"], {}) == {"ttl": {"ttl": 30, "strategy": "keep_latest"}}


def test_a_strategy_without_a_ttl_fails_at_preview(provider):
    result = provider.check({}, {"__provider": "p", "url": "http://127.0.0.1:1", "ttl_strategy": "delete"})
    assert [f.property for f in result.failures] == ["ttl_strategy"]
