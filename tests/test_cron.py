"""`Cron` against a real Agent Server: the owner marker that keeps a lost create from leaving two schedules,
thread-bound crons, a graph name as the assistant, an end time cleared by an explicit null, and the webhook
kept secret."""

from __future__ import annotations

import httpx
import pytest
import respx
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.framework.strategies.agent_server import OWNER_MARKER_KEY
from pulumi_langsmith.resources import CronProvider

OWNER = "proj/stack/Cron/nightly"


def checked(provider, inputs, olds=None, owner=OWNER):
    result = provider.check(dict(olds or {}), {"__provider": "p", OWNER_KEY: owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def provider(langsmith_emulator):
    return configure(CronProvider(), langsmith_emulator)


def crons(agent_server):
    with agent_server.client() as api:
        return api.post("/runs/crons/search", json={"limit": 100}).json()


def test_a_create_repeated_after_a_killed_engine_leaves_one_schedule(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "assistant_id": "echo", "schedule": "0 3 * * *"})
    provider.create(inputs)  # the engine is killed before it saves this create's state
    again = provider.create(inputs)
    assert [c["cron_id"] for c in crons(agent_server)] == [again.id]


def test_another_resources_cron_is_left_alone(provider, agent_server):
    theirs = checked(
        provider, {"url": agent_server.url, "assistant_id": "echo", "schedule": "0 3 * * *"}, owner="x/y/Cron/z"
    )
    provider.create(theirs)
    ours = provider.create(
        checked(provider, {"url": agent_server.url, "assistant_id": "echo", "schedule": "0 3 * * *"})
    )
    assert len(crons(agent_server)) == 2 and ours.id in {c["cron_id"] for c in crons(agent_server)}


def test_a_lost_response_is_retried_without_a_second_schedule(provider, agent_server):
    inputs = checked(provider, {"url": agent_server.url, "assistant_id": "echo", "schedule": "0 4 * * *"})
    calls = []

    def lose_the_first_response(request):
        calls.append(request)
        if len(calls) == 1:  # the server makes the cron; the answer never arrives
            with httpx.Client() as real:
                real.post(str(request.url), content=request.content, headers={"content-type": "application/json"})
            return httpx.Response(502)
        return None

    with respx.mock(assert_all_called=False) as mock:
        mock.route(method="POST", path__regex=r"/runs/crons$").mock(side_effect=lose_the_first_response)
        mock.route().pass_through()
        created = provider.create(inputs)
    assert [c["cron_id"] for c in crons(agent_server)] == [created.id]


def test_the_marker_is_never_shown_and_an_end_time_is_cleared_with_null(provider, agent_server):
    inputs = checked(
        provider,
        {
            "url": agent_server.url,
            "assistant_id": "greeter",
            "schedule": "0 5 * * *",
            "metadata": {"team": "ml"},
            "end_time": "2031-06-01T00:00:00Z",
        },
    )
    created = provider.create(inputs)
    assert created.outs["metadata"] == {"team": "ml"}
    live = crons(agent_server)[0]
    assert OWNER_MARKER_KEY in live["metadata"]

    news = checked(provider, {**inputs, "end_time": None}, olds=inputs)
    provider.update(created.id, created.outs, news)
    assert crons(agent_server)[0]["end_time"] is None
    read = provider.read(created.id, news)
    assert read.inputs.get("end_time") is None and read.inputs["metadata"] == {"team": "ml"}
    assert read.inputs["assistant_id"] == "greeter", "a graph name in the inputs is not shown as the resolved id"
    assert provider.diff(created.id, read.outs, news).changes is False


def test_a_thread_bound_cron_is_made_on_its_thread(provider, agent_server):
    with agent_server.client() as api:
        thread = api.post("/threads", json={}).json()["thread_id"]
    inputs = checked(
        provider, {"url": agent_server.url, "assistant_id": "echo", "schedule": "0 6 * * *", "thread_id": thread}
    )
    created = provider.create(inputs)
    with agent_server.client() as api:
        assert api.get(f"/runs/crons/{created.id}").json()["thread_id"] == thread
    assert provider.diff(created.id, provider.read(created.id, created.outs).outs, inputs).changes is False


def test_the_webhook_is_a_secret_kept_out_of_outputs_and_errors(provider, agent_server):
    # The runtime refuses a webhook host it cannot resolve or in a private or test range: a public address.
    hook = "https://93.184.215.14/cron?token=cron-hook-s3cret"
    inputs = checked(
        provider, {"url": agent_server.url, "assistant_id": "echo", "schedule": "0 7 * * *", "webhook": hook}
    )
    created = provider.create(inputs)
    assert rpc.is_rpc_secret(created.outs["webhook"]) and rpc.unwrap_rpc_secret(created.outs["webhook"]) == hook
    read = provider.read(created.id, created.outs)
    assert rpc.unwrap_rpc_secret(read.inputs["webhook"]) == hook
    assert provider.diff(created.id, read.outs, inputs).changes is False

    def quote_the_body(request):  # a server that quotes the request back in its error
        return httpx.Response(422, json={"detail": f"invalid cron: {request.content.decode()}"})

    base = {"url": agent_server.url, "assistant_id": "echo", "webhook": hook}
    again = checked(provider, {**base, "schedule": "0 8 * * *"}, owner="p/s/Cron/other")
    with respx.mock(assert_all_called=True) as mock:
        mock.route(method="POST", path__regex=r"/runs/crons$").mock(side_effect=quote_the_body)
        mock.route().pass_through()
        with pytest.raises(Exception) as info:
            provider.create(again)
    assert "cron-hook-s3cret" not in f"{info.value}{info.value!r}" and "POST" in str(info.value)
