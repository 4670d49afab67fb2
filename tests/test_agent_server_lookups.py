"""Lookups on a deployment's Agent Server (a real one): assistants by graph, by id or name, and crons."""

from __future__ import annotations

import pytest
from pulumi_langsmith import get_assistant, list_assistants, list_crons
from pulumi_langsmith.config import resolve_settings
from pulumi_langsmith.errors import ConflictError, NotFoundError


@pytest.fixture
def settings():
    return resolve_settings(lambda k: {"langsmith:apiKey": "lsv2_sk_test"}.get(k), environ={})


def test_list_assistants_includes_the_servers_default_ones_and_filters_by_graph(agent_server, settings):
    with agent_server.client() as api:
        mine = api.post("/assistants", json={"graph_id": "echo", "name": "support"}).json()
    everything = list_assistants(url=agent_server.url, settings=settings)
    assert {a["graph_id"] for a in everything} == {"echo", "greeter"}
    echo = list_assistants(url=agent_server.url, graph_id="echo", settings=settings)
    assert {a["name"] for a in echo} == {"echo", "support"}
    assert (
        get_assistant(url=agent_server.url, name="support", settings=settings)["assistant_id"] == mine["assistant_id"]
    )
    assert (
        get_assistant(url=agent_server.url, assistant_id=mine["assistant_id"], settings=settings)["name"] == "support"
    )


def test_get_assistant_by_a_missing_or_shared_name_fails(agent_server, settings):
    with pytest.raises(NotFoundError):
        get_assistant(url=agent_server.url, name="nobody", settings=settings)
    with agent_server.client() as api:
        for _ in range(2):
            api.post("/assistants", json={"graph_id": "echo", "name": "twin"})
    with pytest.raises(ConflictError, match="2 assistants"):
        get_assistant(url=agent_server.url, name="twin", settings=settings)


def test_list_crons(agent_server, settings):
    with agent_server.client() as api:
        cron = api.post("/runs/crons", json={"assistant_id": "echo", "schedule": "0 1 * * *"}).json()
    assert [c["cron_id"] for c in list_crons(url=agent_server.url, settings=settings)] == [cron["cron_id"]]
