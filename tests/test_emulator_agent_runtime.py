"""The emulator's deployments answer on a working Agent Server URL: with the runtime installed, a github
deployment's `url` is a real `langgraph dev` serving the package's graph; without it, the url answers 503
naming `make agent-runtime` (and the control plane works all the same)."""

from __future__ import annotations

import httpx
import pytest
from agent_server import langgraph_executable
from pulumi_langsmith.emulator import EmulatorServer, agent_runtime


def github_deployment(emulator: EmulatorServer) -> dict:
    with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key}, timeout=10) as api:
        integration = api.get("/v1/integrations/github/install").json()[0]
        created = api.post(
            "/v2/deployments",
            json={
                "name": "agent",
                "source": "github",
                "source_config": {
                    "integration_id": integration["id"],
                    "repo_url": "https://github.com/emulator-org/agent",
                    "deployment_type": "dev",
                    "build_on_push": False,
                },
                "source_revision_config": {"repo_ref": "main", "langgraph_config_path": "langgraph.json"},
                "secrets": [],
            },
        )
        assert created.status_code == 201, created.text
        return created.json()


def test_without_the_runtime_the_deployment_url_answers_503_naming_make_agent_runtime(monkeypatch) -> None:
    monkeypatch.setattr(agent_runtime, "langgraph_executable", lambda search=(): None)
    with EmulatorServer(agent_runtime=True) as emulator:
        assert emulator.agent_runtime_available is False
        url = github_deployment(emulator)["source_config"]["custom_url"]
        assert url == emulator.agent_runtime_url
        answer = httpx.post(f"{url}/assistants/search", json={})
        assert answer.status_code == 503
        assert "make agent-runtime" in answer.json()["detail"]
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{url}/ok", timeout=2)  # stopped with the emulator


def test_with_the_runtime_the_deployment_url_is_a_real_agent_server(monkeypatch) -> None:
    executable = langgraph_executable()
    if executable is None:
        pytest.skip("the Agent Server runtime (langgraph-cli[inmem]) is not installed: run `make agent-runtime`")
    monkeypatch.setenv("PULUMI_LANGSMITH_LANGGRAPH", executable)
    with EmulatorServer(agent_runtime=True) as emulator:
        assert emulator.agent_runtime_available is True
        url = github_deployment(emulator)["source_config"]["custom_url"]
        assert url == emulator.agent_runtime_url
        assert httpx.get(f"{url}/ok", timeout=5).status_code == 200
        graphs = {a["graph_id"] for a in httpx.post(f"{url}/assistants/search", json={}, timeout=10).json()}
        assert graphs == {"agent"}
        process = emulator._runtime.process if emulator._runtime else None
    assert process is not None and process.poll() is not None  # stopped with the emulator


def test_without_agent_runtime_deployments_report_a_cloud_style_hostname() -> None:
    with EmulatorServer() as emulator:
        deployment = github_deployment(emulator)
        assert emulator.agent_runtime_url is None
        assert deployment["source_config"]["custom_url"].endswith(".us.langgraph.app")
