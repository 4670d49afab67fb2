"""The `examples/agent` project through the real Pulumi CLI against the emulator, whose deployments answer on
the session's real Agent Server: the deployment → assistant chain previews with unknown URLs and applies in one
`up` (the assistant, the daily cron and the store item made on the deployment's URL); a new redeploy trigger
updates the deployment and leaves what is on its Agent Server as it is; destroy removes everything it made."""

from __future__ import annotations

import pytest
from e2e_support import REPO_ROOT, PulumiProject
from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings

pytestmark = pytest.mark.e2e

CHAIN = ("support", "daily-digest", "team-preferences")


@pytest.fixture
def runtime_emulator(langsmith_emulator, agent_server):
    """The emulator with its github deployments reporting the session's real Agent Server as their url."""
    settings = control_plane_settings(langsmith_emulator.server.app)
    settings.reset()
    settings.agent_server_url = agent_server.url
    try:
        yield langsmith_emulator
    finally:
        settings.agent_server_url = None
        settings.reset()


@pytest.fixture
def project(tmp_path, runtime_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "agent", name="langsmith-agent")
    stack.config("name", "e2e-agent")
    stack.config("graphId", "echo")  # a graph of the tests' Agent Server (tests/data/agent/)
    stack.config("langsmith:endpoint", runtime_emulator.base_url)
    stack.config("langsmith:apiKey", runtime_emulator.api_key, secret=True)
    return stack


def test_agent_example_previews_the_chain_with_unknowns_applies_in_one_up_and_destroys(
    project, runtime_emulator, agent_server, out_of_band
):
    steps = {s["urn"].rsplit("::", 1)[1]: s for s in project.preview_steps()}
    assert {name: step["op"] for name, step in steps.items()} == {
        "agent": "create", "support": "create", "daily-digest": "create", "team-preferences": "create"
    }  # fmt: skip
    for name in CHAIN:  # the url is the deployment's, not known before it exists
        assert steps[name]["newState"]["inputs"]["url"] == "04da6b54-80e4-46f7-96ec-b56ff0331ba9", name

    run = project.up()
    assert "error" not in run.output.lower()
    outputs = project.outputs()
    assert outputs["url"] == agent_server.url
    with agent_server.client() as server:
        assistant = server.get(f"/assistants/{outputs['assistant_id']}").json()
        assert assistant["graph_id"] == "echo" and assistant["name"] == "support"
        crons = server.post("/runs/crons/search", json={"assistant_id": outputs["assistant_id"]}).json()
        assert [c["schedule"] for c in crons] == ["0 9 * * *"]
        item = server.get("/store/items", params={"namespace": "teams.support", "key": "preferences"}).json()
        assert item["value"]["tone"] == "friendly"
    assert project.changes() == {}
    # Refresh reads everything back unchanged, the Agent Server's objects included (tests/test_examples_e2e.py
    # counts on this test for the example's up, refresh and destroy).
    project.run("refresh", "--expect-no-changes")
    assert project.changes() == {}

    # A redeploy is a reviewed update of the deployment (never a replacement). A dynamic provider cannot
    # preview an update's outputs, so the url of the objects on `agent.url` is unknown in the preview: they
    # plan an update, never a replacement, and the apply compares the real, unchanged url and leaves them be.
    project.config("redeploy", "2026-12-01")
    planned = project.changes()
    assert planned["agent"] == "update", planned
    assert "replace" not in planned.values(), planned
    project.up()
    after = project.outputs()
    assert after["revision"] != outputs["revision"]
    assert (after["assistant_id"], after["assistant_version"]) == (
        outputs["assistant_id"],
        outputs["assistant_version"],
    )
    assert (after["cron_id"], after["store_item"]) == (outputs["cron_id"], outputs["store_item"])
    with agent_server.client() as server:
        assert len(server.post("/runs/crons/search", json={}).json()) == 1
    assert project.changes() == {}

    project.run("destroy")
    with agent_server.client() as server:
        assert server.get(f"/assistants/{outputs['assistant_id']}").status_code == 404
        assert server.post("/runs/crons/search", json={}).json() == []
        missing = server.get("/store/items", params={"namespace": "teams.support", "key": "preferences"})
        assert missing.status_code == 404 or missing.json() is None  # the in-memory runtime answers 200 null
    assert out_of_band.get(f"/api-host/v2/deployments/{outputs['deployment_id']}").status_code == 404
