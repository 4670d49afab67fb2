"""The emulated Deployment control plane: the revision state machine (computed from the clock), failure
markers with logs, the source rules, tracing projects, pagination, deletion and tenancy."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pulumi_langsmith.emulator.families.control_plane.routes import (
    control_plane_settings,
    revision_plan,
    revision_state,
)
from pulumi_langsmith.emulator.families.control_plane.schemas import RevisionStatus

FULL_GITHUB_PATH = ["CREATING", "QUEUED", "AWAITING_BUILD", "BUILDING", "AWAITING_DEPLOY", "DEPLOYING", "DEPLOYED"]


@pytest.fixture
def control_plane(langsmith_emulator) -> Iterator[Any]:
    settings = control_plane_settings(langsmith_emulator.server.app)
    settings.reset()
    yield settings
    settings.reset()


@pytest.fixture
def api(langsmith_emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def github_body(api: httpx.Client, name: str = "agent", repo_ref: str = "main", **extra: Any) -> dict[str, Any]:
    integration = api.get("/v1/integrations/github/install").json()[0]
    return {
        "name": name,
        "source": "github",
        "source_config": {
            "integration_id": integration["id"],
            "repo_url": "https://github.com/emulator-org/agent",
            "deployment_type": "dev",
            "build_on_push": False,
        },
        "source_revision_config": {"repo_ref": repo_ref, "langgraph_config_path": "langgraph.json"},
        "secrets": [],
        **extra,
    }


def docker_body(
    name: str = "docker-agent", image: str = "registry.example.com/agent:1", **extra: Any
) -> dict[str, Any]:
    return {
        "name": name,
        "source": "external_docker",
        "source_config": {"resource_spec": {"min_scale": 1, "max_scale": 1}},
        "source_revision_config": {"image_uri": image},
        "secrets": [],
        **extra,
    }


def create(api: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = api.post("/v2/deployments", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def revision(api: httpx.Client, deployment: dict[str, Any], revision_id: str | None = None) -> dict[str, Any]:
    revision_id = revision_id or deployment["latest_revision_id"]
    return api.get(f"/v2/deployments/{deployment['id']}/revisions/{revision_id}").json()


def logs(api: httpx.Client, deployment: dict[str, Any], kind: str) -> list[str]:
    url = f"/v2/deployments/{deployment['id']}/revisions/{deployment['latest_revision_id']}/logs"
    return [entry["message"] for entry in api.get(url, params={"type": kind, "limit": 1000}).json()["logs"]]


# ------------------------------------------------------------------ the state machine, from timestamps


def test_a_github_revision_walks_every_stage_in_order() -> None:
    rev = {"_t0": 1000.0, "_plan": revision_plan("github", {"repo_ref": "main"}, [], 1.0)}
    seen = [revision_state(rev, 1000.0 + t + 0.5)[0].value for t in range(7)]
    assert seen == FULL_GITHUB_PATH


def test_an_external_docker_revision_has_no_build_stages() -> None:
    rev = {"_t0": 0.0, "_plan": revision_plan("external_docker", {"image_uri": "a:1"}, [], 1.0)}
    assert [revision_state(rev, t + 0.5)[0].value for t in range(5)] == [
        "CREATING", "QUEUED", "AWAITING_DEPLOY", "DEPLOYING", "DEPLOYED",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "config", "secrets", "ends"),
    [
        ("github", {"repo_ref": "emulator-fail-build"}, [], "BUILD_FAILED"),
        ("github", {"repo_ref": "emulator-fail-deploy"}, [], "DEPLOY_FAILED"),
        ("github", {"repo_ref": "main"}, [{"name": "LANGSMITH_EMULATOR_FAIL", "value": "build"}], "BUILD_FAILED"),
        ("external_docker", {"image_uri": "r/a:emulator-fail-deploy"}, [], "DEPLOY_FAILED"),
        (
            "external_docker",
            {"image_uri": "r/a:1"},
            [{"name": "LANGSMITH_EMULATOR_FAIL", "value": "build"}],
            "DEPLOY_FAILED",
        ),
    ],
)
def test_failure_markers_end_revisions_deterministically(source, config, secrets, ends) -> None:
    rev = {"_t0": 0.0, "_plan": revision_plan(source, config, secrets, 0.0)}
    assert revision_state(rev, 0.0)[0].value == ends


def test_a_superseded_unfinished_revision_is_skipped() -> None:
    rev = {"_t0": 0.0, "_plan": revision_plan("github", {}, [], 1.0), "_superseded_at": 2.5}
    assert revision_state(rev, 2.0)[0] is RevisionStatus.AWAITING_BUILD
    assert revision_state(rev, 3.0)[0] is RevisionStatus.SKIPPED


def test_revision_progress_is_served_over_time(api, control_plane) -> None:
    control_plane.stage_seconds = 0.1
    deployment = create(api, github_body(api))
    assert deployment["status"] == "AWAITING_DATABASE" and deployment["active_revision_id"] is None
    seen: list[str] = []
    deadline = time.monotonic() + 5
    while not seen or seen[-1] != "DEPLOYED":
        assert time.monotonic() < deadline
        status = revision(api, deployment)["status"]
        if not seen or seen[-1] != status:
            seen.append(status)
        time.sleep(0.01)
    assert seen == [s for s in FULL_GITHUB_PATH if s in seen] and seen[-1] == "DEPLOYED"
    live = api.get(f"/v2/deployments/{deployment['id']}").json()
    assert live["status"] == "READY" and live["active_revision_id"] == deployment["latest_revision_id"]


# ------------------------------------------------------------------ failures and logs


def test_build_failure_has_build_logs_with_the_error(api, control_plane) -> None:
    control_plane.stage_seconds = 0
    deployment = create(api, github_body(api, repo_ref="emulator-fail-build"))
    assert revision(api, deployment)["status"] == "BUILD_FAILED"
    build = logs(api, deployment, "build")
    assert build[0].startswith("Cloning https://github.com/emulator-org/agent") and "Build failed." in build
    assert logs(api, deployment, "deploy") == []


def test_deploy_failure_has_deploy_logs_with_the_error(api, control_plane) -> None:
    control_plane.stage_seconds = 0
    deployment = create(api, docker_body(image="registry.example.com/agent:emulator-fail-deploy"))
    assert revision(api, deployment)["status"] == "DEPLOY_FAILED"
    assert any("CrashLoopBackOff" in line for line in logs(api, deployment, "deploy"))


def test_logs_page_with_a_string_cursor(api, control_plane) -> None:
    control_plane.stage_seconds = 0
    deployment = create(api, github_body(api))
    url = f"/v2/deployments/{deployment['id']}/revisions/{deployment['latest_revision_id']}/logs"
    first = api.get(url, params={"type": "build", "limit": 3}).json()
    rest = api.get(url, params={"type": "build", "limit": 100, "offset": first["next_offset"]}).json()
    assert len(first["logs"]) == 3 and rest["next_offset"] is None
    assert [e["message"] for e in first["logs"] + rest["logs"]] == logs(api, deployment, "build")
    assert api.get(url, params={"type": "build", "offset": "x"}).status_code == 400


# ------------------------------------------------------------------ rules of the API


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"source": "internal_source"}, "upload-url"),
        ({"source": "internal_docker"}, "push token"),
        ({"source_revision_config": {"langgraph_config_path": None}}, "langgraph_config_path"),
        (
            {
                "source_config": {
                    "integration_id": str(uuid.uuid4()),
                    "repo_url": "u",
                    "deployment_type": "dev",
                    "build_on_push": False,
                }
            },
            "not found",
        ),
        ({"source_config": {"build_on_push": True}, "source_revision_config": {"repo_ref": "refs/tags/v1"}}, "tag"),
        ({"source_config": {"build_on_push": None}}, "build_on_push is required"),
    ],
)
def test_github_rules_answer_400(api, change, detail) -> None:
    body = github_body(api)
    for key, value in change.items():
        body[key] = {**body[key], **value} if isinstance(value, dict) else value
    response = api.post("/v2/deployments", json=body)
    assert response.status_code == 400 and detail in response.json()["detail"]


def test_external_docker_needs_a_resource_spec_and_no_deployment_type(api) -> None:
    body = docker_body()
    assert api.post("/v2/deployments", json={**body, "source_config": {}}).status_code == 400
    typed = {**body, "source_config": {**body["source_config"], "deployment_type": "dev"}}
    assert api.post("/v2/deployments", json=typed).status_code == 400


def test_immutable_source_config_cannot_be_patched(api) -> None:
    deployment = create(api, github_body(api))
    response = api.patch(f"/v2/deployments/{deployment['id']}", json={"source_config": {"repo_url": "other"}})
    assert response.status_code == 400 and "cannot be changed" in response.json()["detail"]


def test_patch_with_revision_fields_makes_a_revision_and_mutable_fields_do_not(api) -> None:
    deployment = create(api, github_body(api))
    url = f"/v2/deployments/{deployment['id']}"
    same = api.patch(url, json={"source_config": {"build_on_push": True}}).json()
    assert same["latest_revision_id"] == deployment["latest_revision_id"]
    empty_secrets = api.patch(url, json={"secrets": []}).json()  # an empty list means "unchanged"
    assert empty_secrets["latest_revision_id"] == deployment["latest_revision_id"]
    changed = api.patch(url, json={"secrets": [{"name": "A", "value": "1"}]}).json()
    assert changed["latest_revision_id"] != deployment["latest_revision_id"]
    assert [s["name"] for s in changed["secrets"]] == ["A"]


def test_revisions_endpoint_always_makes_a_revision(api) -> None:
    deployment = create(api, github_body(api))
    made = api.post(f"/v2/deployments/{deployment['id']}/revisions", json={})
    assert made.status_code == 201
    listed = api.get(f"/v2/deployments/{deployment['id']}/revisions").json()["resources"]
    assert [r["id"] for r in listed] == [made.json()["id"], deployment["latest_revision_id"]]


def test_duplicate_names_answer_400_as_the_spec_declares(api) -> None:
    create(api, docker_body())
    taken = api.post("/v2/deployments", json=docker_body())
    assert taken.status_code == 400 and "already exists" in taken.json()["detail"]


def test_creating_a_deployment_creates_its_tracing_project(api) -> None:
    create(api, docker_body(name="traced"))
    assert [p["name"] for p in api.get("/api/v1/sessions", params={"name": "traced"}).json()] == ["traced"]


def test_deployments_page_with_limit_and_offset(api) -> None:
    for index in range(3):
        create(api, docker_body(name=f"paged-{index}"))
    first = api.get("/v2/deployments", params={"limit": 2}).json()
    second = api.get("/v2/deployments", params={"limit": 2, "offset": first["offset"]}).json()
    assert [d["name"] for d in first["resources"] + second["resources"]] == ["paged-0", "paged-1", "paged-2"]
    assert api.get("/v2/deployments", params={"limit": 101}).status_code == 422


def test_deletion_takes_delete_seconds_then_answers_404(api, control_plane) -> None:
    control_plane.delete_seconds = 1.5
    deployment = create(api, docker_body())
    assert api.delete(f"/v2/deployments/{deployment['id']}").status_code == 204
    assert api.get(f"/v2/deployments/{deployment['id']}").json()["status"] == "AWAITING_DELETE"
    deadline = time.monotonic() + 30
    while api.get(f"/v2/deployments/{deployment['id']}").status_code != 404:
        assert time.monotonic() < deadline, "the deletion never completed"
        time.sleep(0.05)
    assert api.post("/v2/deployments", json=docker_body()).status_code == 201  # the name is free again


def test_deployments_are_invisible_from_another_organisation(api, langsmith_emulator) -> None:
    deployment = create(api, docker_body())
    other = langsmith_emulator.server.create_organization()
    headers = {"X-Api-Key": other.api_key}
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=headers) as stranger:
        assert stranger.get(f"/v2/deployments/{deployment['id']}").status_code == 404
        assert stranger.get("/v2/deployments").json()["resources"] == []
    assert api.get("/v2/deployments", headers={"X-Api-Key": "nope"}).status_code == 401


def test_cli_emulator_takes_the_deployment_timing() -> None:
    import re
    import signal
    import subprocess
    import sys

    key = "lsv2_sk_" + "c" * 32 + "_" + "d" * 10
    command = [sys.executable, "-c", "from pulumi_langsmith.cli import app; app()", "emulator", "--port", "0"]
    command += ["--api-key", key, "--log-level", "warning", "--deployment-stage-seconds", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as process:
        try:
            assert process.stdout is not None
            output = ""
            while "Ctrl-C" not in output:
                line = process.stdout.readline()
                assert line, f"the emulator exited early: {output}"
                output += line
            found = re.search(r"http://127\.0\.0\.1:\d+", output)
            assert found, output
            with httpx.Client(base_url=found.group(0), headers={"X-Api-Key": key}, timeout=5) as cli_api:
                deployment = create(cli_api, docker_body())
                assert revision(cli_api, deployment)["status"] == "DEPLOYED"
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) in (0, -signal.SIGTERM)


def test_reads_report_server_defaults_null_unreported_fields_and_a_resolved_branch(api) -> None:
    docker = create(api, docker_body(source_config={"listener_id": str(uuid.uuid4()), "listener_config": {"k8s_namespace": "a"}, "resource_spec": {"cpu": 2}}))  # fmt: skip
    config = api.get(f"/v2/deployments/{docker['id']}").json()["source_config"]
    assert config["deployment_type"] == "prod" and config["build_on_push"] is False
    assert config["listener_config"] is None and config["install_command"] is None
    spec = config["resource_spec"]
    assert (spec["cpu"], spec["cpu_limit"], spec["memory_mb"], spec["memory_limit_mb"]) == (2, 4, 2048, 4096)
    github = create(api, github_body(api, repo_ref="main"))
    read = api.get(f"/v2/deployments/{github['id']}").json()
    assert read["source_config"]["repo_branch"] == "main"
    assert read["source_revision_config"]["repo_ref"] not in (None, "main")  # resolved to the commit


def test_scale_to_zero_types_are_accepted_and_may_scale_to_zero(api) -> None:
    for deployment_type in ("dev_zero", "dev_free_zero"):
        body = github_body(api, name=f"zero-{deployment_type}".replace("_", "-"))
        body["source_config"] = {**body["source_config"], "deployment_type": deployment_type}
        body["source_config"]["resource_spec"] = {"min_scale": 0, "max_scale": 1}
        assert api.post("/v2/deployments", json=body).status_code == 201
    body = github_body(api, name="not-zero")
    body["source_config"]["resource_spec"] = {"min_scale": 0, "max_scale": 1}
    assert api.post("/v2/deployments", json=body).status_code == 400


def test_display_name_is_patched_and_read_back(api) -> None:
    deployment = create(api, docker_body())
    assert deployment["display_name"] is None
    url = f"/v2/deployments/{deployment['id']}"
    assert api.patch(url, json={"display_name": "Support agent"}).json()["display_name"] == "Support agent"
    assert api.get(url).json()["display_name"] == "Support agent"
    assert api.patch(url, json={"display_name": ""}).status_code == 422
