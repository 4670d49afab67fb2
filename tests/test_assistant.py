"""`Assistant` against a real Agent Server (langgraph-api in memory): metadata that merges, versions, the
graph check, the url unknown at preview, and the client id that makes a retried create find its own."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.errors import BadRequestError
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
