"""The real Pulumi CLI with `examples/deployment` against the emulator: create and wait, env var and secret
changes make revisions, no plaintext secret in `pulumi stack export`, build failure logs, timeout then
re-run adopts, destroy."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from e2e_support import PulumiProject, kill_processes_in
from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings

pytestmark = pytest.mark.e2e

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "deployment"
SECRET = "sk-e2e-plaintext-must-not-leak"
CP = "/api-host/v2/deployments"


@pytest.fixture
def control_plane(langsmith_emulator):
    settings = control_plane_settings(langsmith_emulator.server.app)
    settings.reset()
    yield settings
    settings.reset()


@pytest.fixture
def project(tmp_path, langsmith_emulator, control_plane):
    stack = PulumiProject.create(tmp_path, EXAMPLE, name="langsmith-deployment-e2e")
    stack.config("name", "e2e-agent")
    stack.config("openaiApiKey", SECRET, secret=True)
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    return stack


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}
    ) as client:
        yield client


def revision_posts(emulator) -> int:
    return sum(1 for r in emulator.writes() if r.method == "POST" and r.path.endswith("/revisions"))


def test_up_waits_then_changes_make_revisions_and_secrets_stay_encrypted(project, api, langsmith_emulator) -> None:
    project.up()
    outputs = project.outputs()
    assert outputs["revision_status"] == "DEPLOYED" and outputs["status"] == "READY"
    assert project.changes() == {}
    assert SECRET not in json.dumps(project.export())
    project.run("refresh", "--yes", "--skip-preview")
    assert project.changes() == {}  # no drift, no perpetual diff after a refresh
    assert SECRET not in json.dumps(project.export())

    project.config("logLevel", "debug")
    assert project.changes() == {"agent": "update"}
    project.up()
    assert revision_posts(langsmith_emulator) == 1
    live = api.get(f"{CP}/{outputs['deployment_id']}").json()
    assert {s["name"]: s["value"] for s in live["secrets"]}["LOG_LEVEL"] == "debug"

    project.config("openaiApiKey", "sk-e2e-rotated", secret=True)
    assert project.changes() == {"agent": "update"}
    project.up()
    assert revision_posts(langsmith_emulator) == 2
    state = json.dumps(project.export())
    assert SECRET not in state and "sk-e2e-rotated" not in state
    assert project.outputs()["revision_status"] == "DEPLOYED"

    project.run("destroy")
    assert api.get(f"{CP}/{outputs['deployment_id']}").status_code == 404


def test_a_failed_first_up_leaves_nothing_behind_for_destroy(project, api) -> None:
    project.config("repoRef", "emulator-fail-build")
    failed = project.run("up", "--skip-preview", check=False)
    assert failed.returncode != 0
    assert "BUILD_FAILED" in failed.output and "[build] ERROR" in failed.output and "was deleted" in failed.output
    project.run("destroy", "--yes", "--skip-preview")
    assert api.get(CP).json()["resources"] == []


def test_build_failure_shows_log_lines_and_a_fix_reuses_the_deployment(project, langsmith_emulator) -> None:
    project.config("repoRef", "emulator-fail-build")
    project.config("keepOnFailure", "true")
    failed = project.run("up", "--skip-preview", check=False)
    assert failed.returncode != 0
    assert "BUILD_FAILED" in failed.output and "[build] ERROR" in failed.output
    project.config("repoRef", "main")
    project.up()
    assert project.outputs()["revision_status"] == "DEPLOYED"
    assert sum(1 for r in langsmith_emulator.writes() if r.method == "POST" and r.path == CP) == 1


def test_timeout_then_rerun_adopts_without_a_duplicate(project, api, langsmith_emulator, control_plane) -> None:
    control_plane.stage_seconds = 1.0
    project.config("waitTimeoutSeconds", "0.5")
    project.config("keepOnFailure", "true")
    timed_out = project.run("up", "--skip-preview", check=False)
    assert timed_out.returncode != 0 and "run `pulumi up` again" in timed_out.output
    project.config("waitTimeoutSeconds", "60")
    project.up()
    assert project.outputs()["revision_status"] == "DEPLOYED"
    assert len(api.get("/api-host/v2/deployments").json()["resources"]) == 1
    assert sum(1 for r in langsmith_emulator.writes() if r.method == "POST" and r.path == CP) == 1


def test_cli_killed_mid_wait_then_rerun_converges_without_a_duplicate(
    project, api, langsmith_emulator, control_plane
) -> None:
    import os
    import signal
    import subprocess
    import time

    control_plane.stage_seconds = 2.0  # 12 s until the first revision is live: the kill lands mid-wait
    command = [project.binary, "up", "--skip-preview", "--yes", "--non-interactive"]
    process = subprocess.Popen(
        command, cwd=project.directory, env=project.environment(), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not any(r.method == "POST" and r.path == CP and r.status == 201 for r in langsmith_emulator.writes()):
            assert process.poll() is None and time.monotonic() < deadline, "the create never reached the control plane"
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the CLI
        process.wait(timeout=30)
        kill_processes_in(project.directory)  # its language host, program and provider host (own process groups)
    for lock in (project.home.parent / "backend").rglob("locks/**/*.json"):
        lock.unlink()  # a killed CLI leaves the file backend's stack lock behind
    control_plane.stage_seconds = 0.05
    rerun = project.run("up", "--skip-preview", check=False)
    assert rerun.returncode == 0, rerun.output
    assert project.outputs()["revision_status"] == "DEPLOYED"
    assert len(api.get("/api-host/v2/deployments").json()["resources"]) == 1
    assert sum(1 for r in langsmith_emulator.writes() if r.method == "POST" and r.path == CP) == 1


def test_adopting_a_deployment_made_out_of_band_leaves_its_environment_alone(project, api, langsmith_emulator) -> None:
    integration = api.get("/v1/integrations/github/install").json()[0]
    repo = api.get(f"/v1/integrations/github/{integration['id']}/repos").json()[0]
    made = api.post(
        "/v2/deployments",
        json={
            "name": "e2e-agent", "source": "github",
            "source_config": {
                "integration_id": integration["id"], "repo_url": repo["url"], "deployment_type": "dev",
                "build_on_push": False, "resource_spec": {"min_scale": 1, "max_scale": 2, "labels": {"team": "agents"}},
            },
            "source_revision_config": {"repo_ref": repo["default_branch"], "langgraph_config_path": "langgraph.json"},
            "secrets": [{"name": "MADE_BY_HAND", "value": "kept"}],
        },
    ).json()  # fmt: skip
    project.config("adoptExisting", "true")
    project.config("unmanagedEnvironment", "true")
    langsmith_emulator.clear_log()
    project.up()
    assert project.outputs()["deployment_id"] == made["id"]
    assert [w for w in langsmith_emulator.writes() if "/deployments" in w.path] == []
    live = api.get(f"{CP}/{made['id']}").json()
    assert live["secrets"] == [{"name": "MADE_BY_HAND", "value": "kept"}]
    assert live["latest_revision_id"] == made["latest_revision_id"]
    project.run("refresh", "--yes", "--skip-preview")
    assert project.changes() == {}


def test_removing_an_optional_field_neither_replaces_nor_clears(project, api) -> None:
    project.config("displayName", "Support agent")
    project.up()
    deployment_id = project.outputs()["deployment_id"]
    project.run("config", "rm", "displayName")
    assert project.changes() == {}
    project.up()
    assert project.outputs()["deployment_id"] == deployment_id
    assert api.get(f"{CP}/{deployment_id}").json()["display_name"] == "Support agent"
