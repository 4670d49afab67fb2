"""The real Pulumi CLI against the real Agent Server (langgraph-api in memory, behind a recording proxy): a config
change keeps the assistant and bumps its version without a replacement; an engine killed right after the cron
POST leaves exactly one cron after the next `up`; an expired store item is reported by refresh; destroy
removes everything the stack made."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from agent_server import RecordingProxy
from e2e_support import PulumiProject, kill_processes_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def proxy(agent_server):
    recording = RecordingProxy(agent_server.url)
    yield recording
    recording.close()


@pytest.fixture
def project(tmp_path, langsmith_emulator, proxy):
    stack = PulumiProject.create(tmp_path, "agent_server", name="langsmith-agent-server")
    stack.config("url", proxy.url)
    stack.config("prefix", "e2e")
    # The Agent Server takes the LangSmith API key; the provider needs an endpoint even for these kinds.
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    return stack


def made_by_tests(agent_server):
    """What exists on the server beyond the assistants it made for its graphs."""
    with agent_server.client() as api:
        assistants = [
            a["assistant_id"]
            for a in api.post("/assistants/search", json={"limit": 1000}).json()
            if (a.get("metadata") or {}).get("created_by") != "system"
        ]
        crons = [c["cron_id"] for c in api.post("/runs/crons/search", json={"limit": 1000}).json()]
        threads = [t["thread_id"] for t in api.post("/threads/search", json={"limit": 1000}).json()]
        items = api.post("/store/items/search", json={"namespace_prefix": ["e2e"], "limit": 1000}).json()["items"]
    return {"assistants": assistants, "crons": crons, "threads": threads, "items": items}


def test_a_config_change_keeps_the_assistant_and_bumps_its_version(project, agent_server):
    project.up()
    before = project.outputs()
    assert before["assistant_version"] == 1
    assert project.changes() == {}, "no diff right after up"

    project.config("assistantConfig", '{"configurable": {"model": "large"}}')
    assert project.changes() == {"assistant": "update"}
    project.up()
    after = project.outputs()
    assert after["assistant_id"] == before["assistant_id"]
    assert after["assistant_version"] == 2
    with agent_server.client() as api:
        live = api.get(f"/assistants/{after['assistant_id']}").json()
    assert live["config"]["configurable"] == {"model": "large"} and live["version"] == 2
    assert project.changes() == {}, "no perpetual diff after the PATCH made a new version"


def test_an_engine_killed_right_after_the_cron_post_leaves_one_cron(project, agent_server, proxy):
    command = [project.binary, "up", "--skip-preview", "--yes", "--non-interactive"]
    process = subprocess.Popen(
        command, cwd=project.directory, env=project.environment(), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip

    def kill_after_cron_post(exchange):
        if exchange.method == "POST" and exchange.path == "/runs/crons" and exchange.status == 200:
            os.killpg(process.pid, signal.SIGKILL)  # the CLI, before the provider has the answer
            kill_processes_in(project.directory)  # its language host, program and provider host

    proxy.after = kill_after_cron_post
    try:
        process.wait(timeout=240)
    finally:
        proxy.after = None
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        kill_processes_in(project.directory)
    assert len(proxy.requests("POST", "/runs/crons")) == 1
    assert len(made_by_tests(agent_server)["crons"]) == 1, "the killed create made its cron"

    for lock in (project.home.parent / "backend").rglob("locks/**/*.json"):
        lock.unlink()  # a killed CLI leaves the file backend's stack lock behind
    rerun = project.run("up", "--skip-preview", check=False)
    assert rerun.returncode == 0, rerun.output
    crons = made_by_tests(agent_server)["crons"]
    assert crons == [project.outputs()["cron_id"]], "exactly one cron: the orphan was replaced, not duplicated"
    assert project.changes() == {}


def test_an_expired_store_item_is_reported_by_refresh(project, agent_server, proxy):
    project.config("itemTtl", "0.01")  # minutes
    project.up()
    time.sleep(1)
    assert proxy.sweep() == 1  # the server's sweeper (the in-memory runtime ignores store TTLs)

    refreshed = project.run("refresh", "--skip-preview")
    assert "item" in refreshed.output and "deleted" in refreshed.output
    assert "item" not in project.resources()
    assert project.changes() == {"item": "create"}, "the next up puts it back"


def test_destroy_removes_everything_it_made(project, agent_server):
    project.up()
    made = made_by_tests(agent_server)
    assert [len(made[k]) for k in ("assistants", "crons", "threads", "items")] == [1, 1, 1, 1]
    project.run("destroy", "--skip-preview")
    assert made_by_tests(agent_server) == {"assistants": [], "crons": [], "threads": [], "items": []}
