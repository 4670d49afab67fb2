"""`Assistant` against a real Agent Server (langgraph-api in memory): metadata that merges, versions, the
graph check, the url unknown at preview, and the client id that makes a retried create find its own."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.errors import BadRequestError, NotFoundError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import AssistantProvider

OWNER = "proj/stack/Assistant/support"


def checked(provider, inputs, olds=None):
    result = provider.check(dict(olds or {}), {"__provider": "p", OWNER_KEY: OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def provider(langsmith_emulator):
    return configure(AssistantProvider(), langsmith_emulator)


def test_a_url_unknown_at_preview_passes_check_and_sends_nothing(provider, langsmith_emulator):
    langsmith_emulator.clear_log()
    result = provider.check({}, {"__provider": "p", "url": rpc.UNKNOWN, "name": "support", "graph_id": "echo"})
    assert result.failures == []
    assert langsmith_emulator.requests == []


def test_a_url_unknown_while_its_deployment_updates_plans_an_update_not_a_replacement(provider):
    olds = {"url": "http://agent.example", "name": "support", "graph_id": "echo", OWNER_KEY: OWNER}
    diff = provider.diff("a1", olds, {**olds, "url": rpc.UNKNOWN})
    assert diff.changes
    assert not diff.replaces


def test_a_different_known_url_replaces_the_assistant(provider):
    olds = {"url": "http://agent.example", "name": "support", "graph_id": "echo", OWNER_KEY: OWNER}
    diff = provider.diff("a1", olds, {**olds, "url": "http://other.example"})
    assert diff.replaces == ["url"]


def test_a_removed_metadata_key_is_removed_and_shows_no_diff(provider, agent_server):
    inputs = checked(
        provider, {"url": agent_server.url, "name": "support", "graph_id": "echo", "metadata": {"a": 1, "b": 2}}
    )
    created = provider.create(inputs)
    assert created.outs["version"] == 1

    news = checked(provider, {**inputs, "metadata": {"a": 1}}, olds=inputs)
    updated = provider.update(created.id, created.outs, news)
    assert updated.outs["version"] == 2, "each PATCH makes a new version"

    with agent_server.client() as api:
        live = api.get(f"/assistants/{created.id}").json()
    assert live["metadata"] == {"a": 1, "b": None}, "the server merges metadata: the removed key is an explicit null"
    read = provider.read(created.id, updated.outs)
    assert read.inputs["metadata"] == {"a": 1}
    assert provider.diff(created.id, read.outs, news).changes is False


def test_an_unknown_graph_fails_at_create_naming_the_graphs_the_server_has(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "support", "graph_id": "missing"})
    with pytest.raises(BadRequestError) as info:
        provider.create(inputs)
    assert "missing" in str(info.value) and "echo" in str(info.value) and "greeter" in str(info.value)


def test_a_retried_create_finds_its_own_assistant(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "support", "graph_id": "echo"})
    first = provider.create(inputs)
    again = provider.create(inputs)  # the engine was killed before it saved the first create's state
    assert again.id == first.id
    with agent_server.client() as api:
        named = api.post("/assistants/search", json={"name": "support"}).json()
    assert [a["assistant_id"] for a in named] == [first.id]


def test_config_and_context_mirrored_by_the_server_show_no_diff(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "ctx", "graph_id": "echo", "context": {"tone": "dry"}})
    created = provider.create(inputs)
    with agent_server.client() as api:
        live = api.get(f"/assistants/{created.id}").json()
    assert live["config"] == {"configurable": {"tone": "dry"}}  # the server's copy of the context
    read = provider.read(created.id, created.outs)
    assert read.inputs.get("config") is None
    assert provider.diff(created.id, read.outs, inputs).changes is False


def served(agent_server, assistant_id):
    with agent_server.client() as api:
        return api.get(f"/assistants/{assistant_id}").json()


def test_a_pinned_version_stays_served_while_updates_make_new_versions(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "pinned", "graph_id": "echo", "pinned_version": 1})
    created = provider.create(inputs)
    assert (created.outs["version"], created.outs["latest_version"]) == (1, 1)

    news = checked(provider, {**inputs, "description": "v2"}, olds=inputs)
    updated = provider.update(created.id, created.outs, news)
    assert (updated.outs["version"], updated.outs["latest_version"]) == (1, 2), "a new version, not served"
    assert served(agent_server, created.id)["version"] == 1
    assert served(agent_server, created.id)["description"] is None

    read = provider.read(created.id, updated.outs)
    assert read.inputs["description"] == "v2", "the inputs describe the newest version"
    assert read.inputs["pinned_version"] == 1
    assert provider.diff(created.id, read.outs, news).changes is False

    rollout = checked(provider, {**news, "pinned_version": 2}, olds=news)
    rolled = provider.update(created.id, read.outs, rollout)
    assert (rolled.outs["version"], rolled.outs["latest_version"]) == (2, 2)
    assert served(agent_server, created.id)["description"] == "v2"
    assert provider.diff(created.id, provider.read(created.id, rolled.outs).outs, rollout).changes is False


def test_a_version_set_as_latest_by_hand_is_drift_of_the_pin(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "pin-drift", "graph_id": "echo"})
    created = provider.create(inputs)
    pinned = checked(provider, {**inputs, "description": "v2", "pinned_version": 2}, olds=inputs)
    state = provider.update(created.id, created.outs, pinned).outs
    assert (state["version"], state["latest_version"]) == (2, 2)
    with agent_server.client() as api:
        api.post(f"/assistants/{created.id}/latest", json={"version": 1})

    read = provider.read(created.id, state)
    assert {k: v for k, v in read.inputs.items() if v != pinned.get(k)} == {"pinned_version": 1}
    diff = provider.diff(created.id, read.outs, pinned)
    assert diff.changes is True and diff.replaces == []
    assert provider.update(created.id, read.outs, pinned).outs["version"] == 2
    assert served(agent_server, created.id)["version"] == 2


def test_removing_the_pin_serves_the_newest_version(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "unpin", "graph_id": "echo", "pinned_version": 1})
    created = provider.create(inputs)
    news = checked(provider, {**inputs, "description": "v2"}, olds=inputs)
    updated = provider.update(created.id, created.outs, news)
    unpinned = checked(provider, {**news, "pinned_version": None}, olds=news)
    done = provider.update(created.id, updated.outs, unpinned)
    assert (done.outs["version"], done.outs["latest_version"]) == (2, 2)
    assert served(agent_server, created.id)["description"] == "v2"
    assert provider.diff(created.id, provider.read(created.id, done.outs).outs, unpinned).changes is False


def test_a_pin_to_a_version_the_server_lacks_fails_the_update(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "name": "bad-pin", "graph_id": "echo"})
    created = provider.create(inputs)
    with pytest.raises(NotFoundError, match="Version 7 not found"):
        provider.update(created.id, created.outs, checked(provider, {**inputs, "pinned_version": 7}, olds=inputs))
