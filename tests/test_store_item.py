"""`StoreItem` against a real Agent Server: PUT upserts, a read that never extends an item's life, write-only
ttl and index, deletion with a JSON body, and namespace labels the dotted read can address."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import StoreItemProvider


def checked(provider, inputs, olds=None):
    result = provider.check(dict(olds or {}), {"__provider": "p", OWNER_KEY: "p/s/StoreItem/x", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def provider(langsmith_emulator):
    return configure(StoreItemProvider(), langsmith_emulator)


def item(agent_server, namespace, key):
    with agent_server.client() as api:
        return api.get("/store/items", params={"namespace": ".".join(namespace), "key": key}).json()


def test_a_namespace_label_with_a_dot_fails_at_preview(provider):
    result = provider.check(
        {}, {"__provider": "p", "url": "http://127.0.0.1:1", "namespace": ["a.b"], "key": "k", "value": {}}
    )
    assert [f.property for f in result.failures] == ["namespace[0]"]


def test_create_update_delete_with_ttl_and_index(provider, agent_server):
    inputs = checked(
        provider,
        {
            "url": agent_server.url,
            "namespace": ["users", "alice"],
            "key": "prefs",
            "value": {"theme": "dark"},
            "ttl": 60,
            "index": ["theme"],
        },
    )
    created = provider.create(inputs)
    assert created.id == "users.alice/prefs"
    assert item(agent_server, ["users", "alice"], "prefs")["value"] == {"theme": "dark"}

    read = provider.read(created.id, created.outs)
    assert read.inputs["ttl"] == 60 and read.inputs["index"] == ["theme"], "write-only inputs are kept from state"
    assert provider.diff(created.id, read.outs, inputs).changes is False

    news = checked(provider, {**inputs, "value": {"theme": "light"}}, olds=inputs)
    provider.update(created.id, created.outs, news)
    assert item(agent_server, ["users", "alice"], "prefs")["value"] == {"theme": "light"}

    provider.delete(created.id, news)
    assert item(agent_server, ["users", "alice"], "prefs") is None
    assert not provider.read(created.id, news).id


def test_an_item_made_elsewhere_is_refused_unless_adopted(provider, agent_server):
    with agent_server.client() as api:
        api.put("/store/items", json={"namespace": ["shared"], "key": "k", "value": {"v": 1}})
    inputs = checked(provider, {"url": agent_server.url, "namespace": ["shared"], "key": "k", "value": {"v": 2}})
    with pytest.raises(AlreadyExistsError):
        provider.create(inputs)
    assert item(agent_server, ["shared"], "k")["value"] == {"v": 1}, "a refused create overwrites nothing"
    adopted = provider.create({**inputs, "adopt_existing": True})
    assert adopted.id == "shared/k"
    assert item(agent_server, ["shared"], "k")["value"] == {"v": 2}
