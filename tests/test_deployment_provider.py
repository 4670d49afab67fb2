"""`Deployment` against the emulated control plane: preview checks, create-and-wait, revisions, secrets,
failures with logs, failure without loss (timeouts, lost responses), drift, replace and delete."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import configure
from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import DeploymentProvider
from pulumi_langsmith.resources import deployment as deployment_module
from pulumi_langsmith.resources.deployment import OWNER_ENV_VAR
from pulumi_langsmith.waiting import DeploymentFailedError, DeploymentWaitTimeoutError

IDENTITY = "proj/dev/Deployment/agent"
CP = "/api-host/v2/deployments"


@pytest.fixture
def control_plane(langsmith_emulator) -> Iterator[Any]:
    """The emulator's control-plane timing knobs, restored after the test."""
    settings = control_plane_settings(langsmith_emulator.server.app)
    settings.reset()
    yield settings
    settings.reset()
    deployment_module.KIND.api.no_revisions_endpoint.clear()


@pytest.fixture
def provider(langsmith_emulator, control_plane) -> DeploymentProvider:
    return configure(DeploymentProvider(), langsmith_emulator)


@pytest.fixture
def integration_id(out_of_band) -> str:
    return out_of_band.get("/v1/integrations/github/install").json()[0]["id"]


def github_inputs(integration_id: str, **overrides: Any) -> dict[str, Any]:
    props: dict[str, Any] = {
        OWNER_KEY: IDENTITY,
        "name": "agent",
        "source": "github",
        "source_config": {
            "integration_id": integration_id,
            "repo_url": "https://github.com/emulator-org/agent",
            "deployment_type": "dev",
            "build_on_push": True,
        },
        "source_revision_config": {"repo_ref": "main", "langgraph_config_path": "langgraph.json"},
        "environment_variables": {"LOG_LEVEL": "info"},
        "secrets": {"OPENAI_API_KEY": "sk-first-secret"},
    }
    props.update(overrides)
    return props


def docker_inputs(**overrides: Any) -> dict[str, Any]:
    props: dict[str, Any] = {
        OWNER_KEY: "proj/dev/Deployment/docker-agent",
        "name": "docker-agent",
        "source": "external_docker",
        "source_config": {
            "listener_id": "5f0c1b7e-8a43-4f3e-9a43-2d1e3c4b5a69",
            "listener_config": {"k8s_namespace": "agents"},
            "resource_spec": {"min_scale": 1, "max_scale": 2, "cpu": 1, "memory_mb": 1024},
        },
        "source_revision_config": {"image_uri": "registry.example.com/agent:1"},
    }
    props.update(overrides)
    return props


def checked(provider: DeploymentProvider, props: dict[str, Any], olds: dict[str, Any] | None = None) -> dict[str, Any]:
    result = provider.check(olds or {}, props)
    assert not result.failures, [(f.property, f.reason) for f in result.failures]
    return result.inputs


def failures(provider: DeploymentProvider, props: dict[str, Any]) -> dict[str, str]:
    return {f.property: f.reason for f in provider.check({}, props).failures}


def create(provider: DeploymentProvider, props: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    inputs = checked(provider, props)
    result = provider.create(inputs)
    return result.id, {**result.outs, OWNER_KEY: props[OWNER_KEY]}, inputs


def posts(emulator, suffix: str = "") -> list[Any]:
    return [r for r in emulator.writes() if r.method == "POST" and r.path == CP + suffix]


def revision_posts(emulator, deployment_id: str) -> list[Any]:
    return [r for r in emulator.writes() if r.method == "POST" and r.path == f"{CP}/{deployment_id}/revisions"]


# ------------------------------------------------------------------ preview checks


def test_check_rejects_upload_sources_with_a_reason_and_sends_nothing(provider, langsmith_emulator) -> None:
    langsmith_emulator.clear_log()
    for source in ("internal_docker", "internal_source"):
        reasons = failures(provider, docker_inputs(source=source))
        assert "upload" in reasons["source"] and "external_docker" in reasons["source"]
    assert langsmith_emulator.requests == []


@pytest.mark.parametrize(
    ("section", "field"),
    [
        ("source_config", "integration_id"),
        ("source_config", "repo_url"),
        ("source_config", "deployment_type"),
        ("source_revision_config", "repo_ref"),
        ("source_revision_config", "langgraph_config_path"),
    ],
)
def test_check_github_needs_integration_repo_type_ref_and_config_path(provider, integration_id, section, field) -> None:
    props = github_inputs(integration_id)
    del props[section][field]
    assert failures(provider, props) == {f"{section}.{field}": "required for github deployments"}


def test_check_external_docker_needs_an_image_and_a_resource_spec(provider) -> None:
    props = docker_inputs(source_revision_config={}, source_config={"listener_id": None})
    reasons = failures(provider, props)
    assert set(reasons) == {"source_revision_config.image_uri", "source_config.resource_spec"}


def test_check_rejects_github_fields_on_external_docker(provider) -> None:
    props = docker_inputs()
    props["source_config"]["build_on_push"] = True
    props["source_revision_config"]["repo_ref"] = "main"
    assert set(failures(provider, props)) == {"source_config.build_on_push", "source_revision_config.repo_ref"}


def test_check_build_on_push_with_a_tag_ref_is_invalid(provider, integration_id) -> None:
    props = github_inputs(
        integration_id, source_revision_config={"repo_ref": "refs/tags/v1", "langgraph_config_path": "l.json"}
    )
    assert "tag" in failures(provider, props)["source_config.build_on_push"]
    props["source_config"]["build_on_push"] = False
    assert failures(provider, props) == {}


def test_check_only_scale_to_zero_types_may_scale_to_zero(provider, integration_id) -> None:
    props = github_inputs(integration_id)
    props["source_config"]["resource_spec"] = {"min_scale": 0, "max_scale": 1}
    assert "scale-to-zero" in failures(provider, props)["source_config.resource_spec.min_scale"]
    props["source_config"]["deployment_type"] = "dev_zero"
    assert failures(provider, props) == {}
    docker = docker_inputs()
    docker["source_config"]["resource_spec"]["min_scale"] = 0
    assert "cannot scale to zero" in failures(provider, docker)["source_config.resource_spec.min_scale"]


def test_check_rejects_inconsistent_resource_spec(provider) -> None:
    props = docker_inputs()
    props["source_config"]["resource_spec"] = {"min_scale": 3, "max_scale": 2, "cpu": 2, "cpu_limit": 1}
    assert set(failures(provider, props)) == {
        "source_config.resource_spec.min_scale",
        "source_config.resource_spec.cpu_limit",
    }
    props["source_config"]["resource_spec"] = {"cpu": 9}
    assert "source_config.resource_spec.cpu" in failures(provider, props)


def test_check_rejects_a_variable_set_twice_or_reserved(provider, integration_id) -> None:
    props = github_inputs(integration_id, secrets={"LOG_LEVEL": "x", OWNER_ENV_VAR: "y", "1BAD": "z"})
    reasons = failures(provider, props)
    assert "environment_variables" in reasons["secrets.LOG_LEVEL"]
    assert "reserved" in reasons[f"secrets.{OWNER_ENV_VAR}"]
    assert "not a valid environment variable name" in reasons["secrets.1BAD"]


def test_check_rejects_unknown_properties_with_the_property_path(provider, integration_id) -> None:
    props = github_inputs(integration_id)
    props["source_config"]["repo_branch"] = "main"
    assert set(failures(provider, props)) == {"source_config.repo_branch"}


# ------------------------------------------------------------------ create and wait


def test_create_waits_until_the_revision_is_deployed(provider, langsmith_emulator, out_of_band, integration_id) -> None:
    deployment_id, outs, _ = create(provider, github_inputs(integration_id))
    assert outs["status"] == "READY"
    assert outs["latest_revision_status"] == "DEPLOYED"
    assert outs["active_revision_id"] == outs["latest_revision_id"]
    assert outs["url"].startswith("https://agent-") and outs["tenant_id"] == langsmith_emulator.workspace_id
    assert outs["created_at"] and outs["updated_at"]
    assert len(posts(langsmith_emulator)) == 1
    project = out_of_band.get("/api/v1/sessions", params={"name": "agent"}).json()
    assert [p["name"] for p in project] == ["agent"]  # the control plane made the tracing project
    live = out_of_band.get(f"{CP}/{deployment_id}").json()
    assert {s["name"] for s in live["secrets"]} == {"LOG_LEVEL", "OPENAI_API_KEY", OWNER_ENV_VAR}


def test_create_without_waiting_returns_while_the_revision_is_in_progress(
    provider, control_plane, integration_id
) -> None:
    control_plane.stage_seconds = 5
    _, outs, _ = create(provider, github_inputs(integration_id, wait_for_ready=False))
    assert outs["latest_revision_status"] in {"CREATING", "QUEUED"}
    assert outs["active_revision_id"] is None


def test_outputs_never_hold_secret_values(provider, integration_id) -> None:
    _, outs, _ = create(provider, github_inputs(integration_id))
    assert "sk-first-secret" not in json.dumps(outs)
    assert outs["secrets"] is None and outs["secret_names"] == ["OPENAI_API_KEY"]
    assert outs["secrets_hash"]["value"]  # wrapped as a secret output
    assert DeploymentProvider.kind.secret_fields == {"secrets", "secrets_hash"}


def test_no_diff_after_create_or_refresh(provider, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    assert provider.diff(deployment_id, outs, inputs).changes is False
    refreshed = provider.read(deployment_id, outs)
    assert provider.diff(deployment_id, {**refreshed.outs, OWNER_KEY: IDENTITY}, inputs).changes is False


# ------------------------------------------------------------------ updates and revisions


def test_env_var_change_makes_exactly_one_new_revision(
    provider, langsmith_emulator, out_of_band, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(provider, {**inputs, "environment_variables": {"LOG_LEVEL": "debug"}}, inputs)
    diff = provider.diff(deployment_id, outs, news)
    assert diff.changes and diff.replaces == []
    updated = provider.update(deployment_id, outs, news).outs
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1
    assert updated["latest_revision_id"] != outs["latest_revision_id"]
    assert updated["latest_revision_status"] == "DEPLOYED"
    live = out_of_band.get(f"{CP}/{deployment_id}").json()
    assert {s["name"]: s["value"] for s in live["secrets"]}["LOG_LEVEL"] == "debug"


def test_changed_secret_is_detected_by_its_hash_and_makes_a_new_revision(
    provider, langsmith_emulator, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(provider, {**inputs, "secrets": {"OPENAI_API_KEY": "sk-second-secret"}}, inputs)
    assert provider.diff(deployment_id, outs, news).changes is True
    updated = provider.update(deployment_id, outs, news).outs
    assert updated["secrets_hash"] != outs["secrets_hash"]
    assert "sk-second-secret" not in json.dumps(updated)
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1
    assert provider.diff(deployment_id, {**updated, OWNER_KEY: IDENTITY}, news).changes is False


def test_behaviour_only_changes_touch_nothing(provider, langsmith_emulator, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(provider, {**inputs, "wait_timeout_seconds": 60}, inputs)
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, outs, news).outs
    assert updated["wait_timeout_seconds"] == 60 and langsmith_emulator.writes() == []


def test_build_on_push_is_patched_without_a_revision(provider, langsmith_emulator, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(provider, {**inputs, "source_config": {**inputs["source_config"], "build_on_push": False}}, inputs)
    assert provider.diff(deployment_id, outs, news).replaces == []
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, outs, news).outs
    assert [(w.method, w.path) for w in langsmith_emulator.writes()] == [("PATCH", f"{CP}/{deployment_id}")]
    assert updated["latest_revision_id"] == outs["latest_revision_id"]


def test_resource_spec_is_merged_over_the_live_spec(provider, out_of_band) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs())
    unmanaged = {"queue_cpu": 0.5, "sidecars": [{"name": "proxy", "image": "envoy:1"}]}
    live_spec = out_of_band.get(f"{CP}/{deployment_id}").json()["source_config"]["resource_spec"]
    out_of_band.patch(
        f"{CP}/{deployment_id}", json={"source_config": {"resource_spec": {**live_spec, **unmanaged}}}
    ).raise_for_status()
    spec = {**inputs["source_config"]["resource_spec"], "cpu": 2, "labels": {"team": "agents"}}
    news = checked(provider, {**inputs, "source_config": {**inputs["source_config"], "resource_spec": spec}}, inputs)
    provider.update(deployment_id, outs, news)
    live = out_of_band.get(f"{CP}/{deployment_id}").json()["source_config"]["resource_spec"]
    assert live["cpu"] == 2 and live["labels"] == {"team": "agents"}
    assert live["queue_cpu"] == 0.5 and live["sidecars"][0]["name"] == "proxy"


def test_revision_falls_back_to_patch_when_the_revisions_endpoint_is_missing(
    provider, langsmith_emulator, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    langsmith_emulator.faults.fail_next(1, status=404, method="POST", path_prefix=f"{CP}/{deployment_id}/revisions")
    news = checked(
        provider, {**inputs, "source_revision_config": {**inputs["source_revision_config"], "repo_ref": "v2"}}, inputs
    )
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, outs, news).outs
    writes = [(w.method, w.path, w.status) for w in langsmith_emulator.writes()]
    assert writes == [("POST", f"{CP}/{deployment_id}/revisions", 404), ("PATCH", f"{CP}/{deployment_id}", 200)]
    assert updated["latest_revision_id"] != outs["latest_revision_id"]
    assert updated["source_revision_config"]["repo_ref"] == "v2"


@pytest.mark.parametrize(
    ("change", "replaced"),
    [
        ({"name": "agent-2"}, "name"),
        ({"source": "external_docker"}, "source"),
        ({"source_config": {"deployment_type": "prod"}}, "source_config"),
        ({"source_config": {"repo_url": "https://github.com/emulator-org/other"}}, "source_config"),
        ({"source_config": {"integration_id": "0b0e2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"}}, "source_config"),
    ],
)
def test_fields_the_api_cannot_change_replace_the_deployment(provider, integration_id, change, replaced) -> None:
    olds = checked(provider, github_inputs(integration_id))
    news = json.loads(json.dumps(olds))
    for key, value in change.items():
        news[key] = {**news[key], **value} if isinstance(value, dict) else value
    diff = provider.diff("id", olds, news)
    assert diff.replaces == [replaced]
    assert diff.delete_before_replace is (replaced != "name")  # a new name can be created before the old goes


def test_listener_namespace_change_replaces(provider) -> None:
    olds = checked(provider, docker_inputs())
    news = json.loads(json.dumps(olds))
    news["source_config"]["listener_config"] = {"k8s_namespace": "other"}
    assert provider.diff("id", olds, news).replaces == ["source_config"]


def test_listener_change_replaces_and_a_custom_url_change_is_patched(provider, langsmith_emulator) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs())
    news = json.loads(json.dumps(inputs))
    news["source_config"]["listener_id"] = "6a1d2c8f-9b54-4a4f-8b54-3e2f4d5c6b7a"
    assert provider.diff(deployment_id, outs, news).replaces == ["source_config"]
    news = checked(
        provider,
        {**inputs, "source_config": {**inputs["source_config"], "custom_url": "https://agent.example.com"}},
        inputs,
    )
    assert provider.diff(deployment_id, outs, news).replaces == []
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, outs, news).outs
    assert [(w.method, w.path) for w in langsmith_emulator.writes()] == [("PATCH", f"{CP}/{deployment_id}")]
    assert updated["url"] == "https://agent.example.com"
    assert updated["latest_revision_id"] == outs["latest_revision_id"]


def test_build_command_change_makes_exactly_one_new_revision(
    provider, langsmith_emulator, out_of_band, integration_id
) -> None:
    props = github_inputs(integration_id)
    props["source_config"] = {**props["source_config"], "install_command": "npm ci", "build_command": "npm run build"}
    deployment_id, outs, inputs = create(provider, props)
    news = checked(
        provider, {**inputs, "source_config": {**inputs["source_config"], "build_command": "yarn build"}}, inputs
    )
    assert provider.diff(deployment_id, outs, news).replaces == []
    updated = provider.update(deployment_id, outs, news).outs
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1
    assert updated["latest_revision_id"] != outs["latest_revision_id"]
    live = out_of_band.get(f"{CP}/{deployment_id}").json()["source_config"]
    assert (live["install_command"], live["build_command"]) == ("npm ci", "yarn build")


# ------------------------------------------------------------------ failures with logs


def test_build_failure_names_the_status_and_shows_build_log_lines(provider, integration_id) -> None:
    props = github_inputs(
        integration_id, source_revision_config={"repo_ref": "emulator-fail-build", "langgraph_config_path": "l.json"}
    )
    with pytest.raises(DeploymentFailedError) as failure:
        create(provider, props)
    message = str(failure.value)
    assert "BUILD_FAILED" in message and "[build] ERROR" in message and "No matching distribution" in message
    assert "sk-first-secret" not in message


def test_failure_log_lines_that_echo_a_secret_value_are_scrubbed(provider, integration_id, monkeypatch) -> None:
    from pulumi_langsmith import waiting

    real_excerpt = waiting.revision_log_excerpt

    def server_printing_its_config(*args: Any) -> list[str]:  # an agent that logs its settings, then crashes
        return [*real_excerpt(*args), "[deploy] ERROR: OpenAI rejected key sk-first-secret (401)"]

    monkeypatch.setattr(waiting, "revision_log_excerpt", server_printing_its_config)
    props = github_inputs(
        integration_id, source_revision_config={"repo_ref": "emulator-fail-deploy", "langgraph_config_path": "l.json"}
    )
    with pytest.raises(DeploymentFailedError) as failure:
        create(provider, props)
    assert "sk-first-secret" not in str(failure.value) + repr(failure.value.log_excerpt)
    assert "OpenAI rejected key [SECRET] (401)" in str(failure.value)
    assert failure.value.status == "DEPLOY_FAILED" and "CrashLoopBackOff" in str(failure.value)


def test_deploy_failure_shows_deploy_log_lines(provider) -> None:
    props = docker_inputs(environment_variables={"LANGSMITH_EMULATOR_FAIL": "deploy"})
    with pytest.raises(DeploymentFailedError) as failure:
        create(provider, props)
    assert failure.value.status == "DEPLOY_FAILED"
    assert any("CrashLoopBackOff" in line for line in failure.value.log_excerpt)


def test_fixing_a_failed_build_reuses_the_deployment(provider, langsmith_emulator, integration_id) -> None:
    props = github_inputs(
        integration_id,
        source_revision_config={"repo_ref": "emulator-fail-build", "langgraph_config_path": "l.json"},
        keep_on_failure=True,
    )
    with pytest.raises(DeploymentFailedError, match="keep_on_failure is set"):
        create(provider, props)
    fixed = github_inputs(
        integration_id, source_revision_config={"repo_ref": "main", "langgraph_config_path": "l.json"}
    )
    _, outs, _ = create(provider, fixed)
    assert outs["latest_revision_status"] == "DEPLOYED"
    assert len(posts(langsmith_emulator)) == 1


def test_rerun_after_a_failure_outside_the_inputs_builds_again_on_the_same_deployment(
    provider, langsmith_emulator, out_of_band, control_plane, integration_id
) -> None:
    from pulumi_langsmith.emulator.families.control_plane.tables import DEPLOYMENT_REVISIONS

    control_plane.stage_seconds = 0.15
    with pytest.raises(DeploymentWaitTimeoutError):
        create(provider, github_inputs(integration_id, wait_timeout_seconds=0.1, keep_on_failure=True))
    (deployment,) = out_of_band.get(CP).json()["resources"]
    store = langsmith_emulator.server.store
    revision = store.get(DEPLOYMENT_REVISIONS, deployment["latest_revision_id"])
    revision["_plan"]["terminal"] = "BUILD_FAILED"  # a flaky build, or a bug since fixed on the same branch
    store.replace(DEPLOYMENT_REVISIONS, revision)
    path = f"{CP}/{deployment['id']}/revisions/{revision['id']}"
    while out_of_band.get(path).json()["status"] != "BUILD_FAILED":
        time.sleep(0.02)  # the failure shows once the revision reaches its end
    deployment_id, outs, _ = create(provider, github_inputs(integration_id))
    assert deployment_id == deployment["id"] and len(posts(langsmith_emulator)) == 1
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1
    assert outs["latest_revision_id"] != revision["id"] and outs["latest_revision_status"] == "DEPLOYED"


# ------------------------------------------------------------------ failure without loss


def test_timeout_then_rerun_adopts_the_deployment_without_a_second_post(
    provider, langsmith_emulator, control_plane, integration_id
) -> None:
    control_plane.stage_seconds = 0.15
    with pytest.raises(DeploymentWaitTimeoutError, match="run `pulumi up` again"):
        create(provider, github_inputs(integration_id, wait_timeout_seconds=0.1, keep_on_failure=True))
    deployment_id, outs, _ = create(provider, github_inputs(integration_id))
    assert outs["latest_revision_status"] == "DEPLOYED"
    assert len(posts(langsmith_emulator)) == 1
    assert revision_posts(langsmith_emulator, deployment_id) == []


def test_lost_create_response_is_recovered_without_a_second_deployment(
    provider, langsmith_emulator, out_of_band, integration_id
) -> None:
    langsmith_emulator.faults.fail_next(1, drop=True, after=True, method="POST", path_prefix=CP)
    _, outs, _ = create(provider, github_inputs(integration_id))
    assert outs["latest_revision_status"] == "DEPLOYED"
    assert len(out_of_band.get("/api-host/v2/deployments").json()["resources"]) == 1


def test_update_timeout_then_rerun_does_not_post_a_second_revision(
    provider, langsmith_emulator, control_plane, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    control_plane.stage_seconds = 0.15
    news = checked(
        provider, {**inputs, "environment_variables": {"LOG_LEVEL": "debug"}, "wait_timeout_seconds": 0.1}, inputs
    )
    with pytest.raises(DeploymentWaitTimeoutError):
        provider.update(deployment_id, outs, news)
    news = checked(provider, {**news, "wait_timeout_seconds": 30}, inputs)
    assert provider.diff(deployment_id, outs, news).changes  # state still holds the old outputs
    updated = provider.update(deployment_id, outs, news).outs
    assert updated["latest_revision_status"] == "DEPLOYED"
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1


def test_create_refuses_a_deployment_it_did_not_make_unless_adopting(provider, out_of_band, integration_id) -> None:
    props = github_inputs(integration_id)
    body = {
        "name": "agent", "source": "github", "source_config": props["source_config"],
        "source_revision_config": props["source_revision_config"], "secrets": [],
    }  # fmt: skip
    out_of_band.post("/v2/deployments", json=body).raise_for_status()
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        create(provider, props)
    _, outs, _ = create(provider, {**props, "adopt_existing": True})
    assert outs["latest_revision_status"] == "DEPLOYED"


def test_adopting_refuses_a_deployment_with_other_immutable_fields(provider, out_of_band, integration_id) -> None:
    props = github_inputs(integration_id)
    body = {
        "name": "agent", "source": "github", "source_config": {**props["source_config"], "deployment_type": "prod"},
        "source_revision_config": props["source_revision_config"], "secrets": [],
    }  # fmt: skip
    out_of_band.post("/v2/deployments", json=body).raise_for_status()
    with pytest.raises(AlreadyExistsError, match="deployment_type"):
        create(provider, {**props, "adopt_existing": True})


# ------------------------------------------------------------------ drift, refresh, delete


def test_refresh_detects_a_secret_changed_out_of_band(provider, out_of_band, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    live = out_of_band.get(f"{CP}/{deployment_id}").json()
    changed = [{**s, "value": "sk-rotated-by-hand"} if s["name"] == "OPENAI_API_KEY" else s for s in live["secrets"]]
    out_of_band.patch(f"{CP}/{deployment_id}", json={"secrets": changed}).raise_for_status()
    refreshed = provider.read(deployment_id, outs)
    assert "sk-rotated-by-hand" not in json.dumps(refreshed.outs) + json.dumps(refreshed.inputs)
    assert refreshed.outs["environment_variables"] == {"LOG_LEVEL": "info"}
    assert provider.diff(deployment_id, {**refreshed.outs, OWNER_KEY: IDENTITY}, inputs).changes is True


def test_refresh_sees_a_revision_config_changed_out_of_band(provider, out_of_band, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    out_of_band.patch(
        f"{CP}/{deployment_id}", json={"source_revision_config": {"repo_ref": "hotfix"}}
    ).raise_for_status()
    refreshed = provider.read(deployment_id, outs)
    assert refreshed.inputs["source_revision_config"]["repo_ref"] == "hotfix"
    assert provider.diff(deployment_id, {**refreshed.outs, OWNER_KEY: IDENTITY}, inputs).changes is True


def test_refresh_does_not_take_the_built_image_of_a_github_deployment_as_an_input(
    provider, langsmith_emulator, integration_id
) -> None:
    from pulumi_langsmith.emulator.families.control_plane.tables import DEPLOYMENTS

    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    store = langsmith_emulator.server.store
    live = store.get(DEPLOYMENTS, deployment_id)
    live["source_revision_config"]["image_uri"] = "registry.langchain.com/built/agent:abc123"  # what a build made
    store.replace(DEPLOYMENTS, live)
    refreshed = provider.read(deployment_id, outs)
    assert refreshed.inputs["source_revision_config"] == {"repo_ref": "main", "langgraph_config_path": "langgraph.json"}
    assert provider.check({}, {**refreshed.inputs, OWNER_KEY: IDENTITY}).failures == []
    assert provider.diff(deployment_id, {**refreshed.outs, OWNER_KEY: IDENTITY}, inputs).changes is False


def test_refresh_drops_a_deployment_deleted_out_of_band(provider, out_of_band, integration_id) -> None:
    deployment_id, outs, _ = create(provider, github_inputs(integration_id))
    out_of_band.delete(f"{CP}/{deployment_id}").raise_for_status()
    assert provider.read(deployment_id, outs).id is None


def test_delete_waits_until_gone_and_keeps_the_tracing_project(
    provider, control_plane, out_of_band, integration_id
) -> None:
    deployment_id, outs, _ = create(provider, github_inputs(integration_id))
    control_plane.delete_seconds = 0.2
    provider.delete(deployment_id, outs)
    assert out_of_band.get(f"{CP}/{deployment_id}").status_code == 404
    assert [p["name"] for p in out_of_band.get("/api/v1/sessions", params={"name": "agent"}).json()] == ["agent"]
    provider.delete(deployment_id, outs)  # a 404 counts as done


def test_delete_can_remove_the_tracing_project(provider, out_of_band, integration_id) -> None:
    deployment_id, outs, _ = create(provider, github_inputs(integration_id, keep_tracing_project=False))
    provider.delete(deployment_id, outs)
    assert out_of_band.get("/api/v1/sessions", params={"name": "agent"}).json() == []


def test_errors_name_method_path_status_and_never_the_key(provider, langsmith_emulator, integration_id) -> None:
    langsmith_emulator.faults.fail_next(1, status=400, method="POST", path_prefix=CP)
    with pytest.raises(Exception) as failure:
        create(provider, github_inputs(integration_id))
    message = str(failure.value)
    assert f"POST {CP.removeprefix('/api-host')}" in message and "400" in message
    assert langsmith_emulator.api_key not in message


def test_self_hosted_control_plane_paths_are_used(provider, langsmith_emulator, integration_id) -> None:
    create(provider, github_inputs(integration_id))
    assert all(r.path.startswith("/api-host/") for r in langsmith_emulator.requests if "deployments" in r.path)
    assert httpx.URL(langsmith_emulator.base_url).host == "127.0.0.1"


def test_lost_revision_response_then_rerun_does_not_post_a_second_revision(
    provider, langsmith_emulator, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(provider, {**inputs, "environment_variables": {"LOG_LEVEL": "warning"}}, inputs)
    langsmith_emulator.faults.fail_next(
        1, drop=True, after=True, method="POST", path_prefix=f"{CP}/{deployment_id}/revisions"
    )
    with pytest.raises(Exception, match="POST"):
        provider.update(deployment_id, outs, news)
    updated = provider.update(deployment_id, outs, news).outs
    assert updated["latest_revision_status"] == "DEPLOYED"
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1


def test_display_name_is_patched_after_create_and_only_when_changed(
    provider, langsmith_emulator, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id, display_name="Support agent"))
    patches = [w for w in langsmith_emulator.writes() if w.method == "PATCH"]
    assert [w.path for w in patches] == [f"{CP}/{deployment_id}"]
    news = checked(provider, {**inputs, "environment_variables": {"LOG_LEVEL": "debug"}}, inputs)
    langsmith_emulator.clear_log()
    provider.update(deployment_id, outs, news)
    assert [w.method for w in langsmith_emulator.writes()] == ["POST"]


def test_api_errors_echoing_a_secret_value_are_scrubbed(provider, integration_id) -> None:
    from pulumi_langsmith.errors import ValidationError

    echoed = [
        {"loc": ["body", "secrets", 0], "msg": "bad", "input": {"name": "OPENAI_API_KEY", "value": "sk-first-secret"}}
    ]
    with pytest.raises(ValidationError) as failure, provider.engine.scrubbed(github_inputs(integration_id)):
        raise ValidationError("POST", "/v2/deployments", 422, echoed)
    assert "sk-first-secret" not in str(failure.value) + repr(failure.value.detail)
    assert "[SECRET]" in repr(failure.value.detail)
    assert failure.value.status == 422 and failure.value.path == "/v2/deployments"


def test_unknown_mutable_values_in_preview_update_and_unknown_immutable_ones_replace(provider, integration_id) -> None:
    from pulumi.runtime import rpc

    olds = checked(provider, github_inputs(integration_id))
    news = json.loads(json.dumps(olds))
    news["source_config"]["resource_spec"] = {"labels": {"team": rpc.UNKNOWN}}
    assert provider.diff("id", olds, news).replaces == []
    news["source_config"]["integration_id"] = rpc.UNKNOWN
    assert provider.diff("id", olds, news).replaces == ["source_config"]


# ------------------------------------------------------------------ as the real control plane answers (issue 15)


def refreshed_diff(provider, deployment_id: str, outs: dict[str, Any], inputs: dict[str, Any], owner: str) -> Any:
    refreshed = provider.read(deployment_id, outs)
    return refreshed, provider.diff(deployment_id, {**refreshed.outs, OWNER_KEY: owner}, inputs)


def test_refresh_takes_no_api_echo_as_drift_null_listener_config_resolved_ref_filled_limits(
    provider, langsmith_emulator, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs())  # the API answers listener_config: null
    refreshed, diff = refreshed_diff(provider, deployment_id, outs, inputs, docker_inputs()[OWNER_KEY])
    assert diff.changes is False and diff.replaces == []
    assert refreshed.inputs["source_config"]["listener_config"] == {"k8s_namespace": "agents"}
    assert "cpu_limit" not in refreshed.inputs["source_config"]["resource_spec"]  # a server default, not ours
    github_id, github_outs, github_in = create(provider, github_inputs(integration_id))  # repo_ref comes back resolved
    refreshed, diff = refreshed_diff(provider, github_id, github_outs, github_in, IDENTITY)
    assert diff.changes is False and refreshed.inputs["source_revision_config"]["repo_ref"] == "main"
    news = checked(provider, {**github_in, "source_config": {**github_in["source_config"], "build_on_push": False}})
    langsmith_emulator.clear_log()
    provider.update(github_id, {**refreshed.outs, OWNER_KEY: IDENTITY}, news)
    assert [w.method for w in langsmith_emulator.writes()] == ["PATCH"]  # no revision from the resolved ref


def test_refresh_keeps_commands_an_older_api_answers_null(provider, langsmith_emulator, integration_id) -> None:
    from pulumi_langsmith.emulator.families.control_plane.tables import DEPLOYMENTS

    props = github_inputs(integration_id)
    props["source_config"] = {**props["source_config"], "install_command": "npm ci"}
    deployment_id, outs, inputs = create(provider, props)
    store = langsmith_emulator.server.store
    live = store.get(DEPLOYMENTS, deployment_id)
    live["source_config"]["install_command"] = None  # older control planes do not echo the commands
    store.replace(DEPLOYMENTS, live)
    refreshed, diff = refreshed_diff(provider, deployment_id, outs, inputs, IDENTITY)
    assert diff.changes is False
    news = checked(provider, {**inputs, "environment_variables": {"LOG_LEVEL": "debug"}})
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, {**refreshed.outs, OWNER_KEY: IDENTITY}, news).outs
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1
    assert updated["source_config"]["install_command"] == "npm ci"


def test_adopting_without_environment_maps_keeps_the_environment_and_writes_nothing(
    provider, langsmith_emulator, out_of_band, integration_id
) -> None:
    props = github_inputs(integration_id)
    body = {
        "name": "agent", "source": "github", "source_config": props["source_config"],
        "source_revision_config": props["source_revision_config"], "secrets": [{"name": "API_TOKEN", "value": "t0"}],
    }  # fmt: skip
    made = out_of_band.post("/v2/deployments", json=body).json()
    for _ in range(200):
        if out_of_band.get(f"{CP}/{made['id']}").json()["status"] == "READY":
            break
        time.sleep(0.02)
    del props["environment_variables"], props["secrets"]
    langsmith_emulator.clear_log()
    deployment_id, outs, inputs = create(provider, {**props, "adopt_existing": True})
    assert deployment_id == made["id"] and langsmith_emulator.writes() == []
    live = out_of_band.get(f"{CP}/{deployment_id}").json()
    assert live["secrets"] == [{"name": "API_TOKEN", "value": "t0"}]
    assert live["latest_revision_id"] == made["latest_revision_id"]
    assert provider.diff(deployment_id, outs, inputs).changes is False
    _, diff = refreshed_diff(provider, deployment_id, outs, inputs, IDENTITY)
    assert diff.changes is False


def test_omitting_both_environment_maps_leaves_the_environment_as_it_is(
    provider, langsmith_emulator, out_of_band, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(provider, {**inputs, "environment_variables": None, "secrets": None})
    assert provider.diff(deployment_id, outs, news).changes is False
    langsmith_emulator.clear_log()
    provider.update(deployment_id, outs, news)
    assert langsmith_emulator.writes() == []
    live = {s["name"] for s in out_of_band.get(f"{CP}/{deployment_id}").json()["secrets"]}
    assert {"LOG_LEVEL", "OPENAI_API_KEY"} <= live
    cleared = checked(provider, {**inputs, "environment_variables": {}, "secrets": None})
    assert provider.diff(deployment_id, outs, cleared).changes is True  # `{}` is authoritative: clears them


def test_removing_an_optional_immutable_field_neither_changes_nor_replaces(provider) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs())
    news = json.loads(json.dumps(inputs))
    news["source_config"]["listener_id"] = None
    news["source_config"]["listener_config"] = None
    news["source_config"]["resource_spec"]["max_scale"] = None
    diff = provider.diff(deployment_id, outs, news)
    assert diff.changes is False and diff.replaces == []


def test_resource_spec_server_defaults_are_no_drift(provider) -> None:
    props = docker_inputs()
    props["source_config"]["resource_spec"] = {"cpu": 1}  # the server fills scale, memory and 2x limits
    deployment_id, outs, inputs = create(provider, props)
    refreshed, diff = refreshed_diff(provider, deployment_id, outs, inputs, props[OWNER_KEY])
    assert refreshed.inputs["source_config"]["resource_spec"] == {"cpu": 1}
    assert diff.changes is False


def test_a_failed_first_create_deletes_its_deployment_and_says_so(
    provider, out_of_band, control_plane, integration_id
) -> None:
    props = github_inputs(
        integration_id, source_revision_config={"repo_ref": "emulator-fail-build", "langgraph_config_path": "l.json"}
    )
    with pytest.raises(DeploymentFailedError) as failure:
        create(provider, props)
    assert "was deleted" in str(failure.value) and "[build] ERROR" in str(failure.value)
    assert out_of_band.get(CP).json()["resources"] == []
    control_plane.stage_seconds = 5  # far beyond the timeout however slow the machine is
    with pytest.raises(DeploymentWaitTimeoutError, match="was deleted"):
        create(provider, github_inputs(integration_id, wait_timeout_seconds=0.1))
    assert out_of_band.get(CP).json()["resources"] == []


def test_a_failed_first_create_never_deletes_an_adopted_deployment(provider, out_of_band, integration_id) -> None:
    props = github_inputs(integration_id)
    body = {
        "name": "agent", "source": "github", "source_config": props["source_config"],
        "source_revision_config": props["source_revision_config"], "secrets": [],
    }  # fmt: skip
    out_of_band.post("/v2/deployments", json=body).raise_for_status()
    failing = {**props, "adopt_existing": True}
    failing["source_revision_config"] = {"repo_ref": "emulator-fail-build", "langgraph_config_path": "l.json"}
    with pytest.raises(DeploymentFailedError):
        create(provider, failing)
    assert len(out_of_band.get(CP).json()["resources"]) == 1


def test_github_create_sends_build_on_push_false_when_unset(provider, langsmith_emulator, integration_id) -> None:
    from pulumi_langsmith.emulator.families.control_plane.tables import DEPLOYMENTS

    props = github_inputs(integration_id)
    del props["source_config"]["build_on_push"]
    deployment_id, outs, inputs = create(provider, props)
    assert langsmith_emulator.server.store.get(DEPLOYMENTS, deployment_id)["source_config"]["build_on_push"] is False
    _, diff = refreshed_diff(provider, deployment_id, outs, inputs, IDENTITY)
    assert diff.changes is False


@pytest.mark.parametrize("deployment_type", ["dev_zero", "dev_free_zero"])
def test_scale_to_zero_types_pass_preview_and_create(provider, integration_id, deployment_type) -> None:
    props = github_inputs(integration_id)
    props["source_config"] = {
        **props["source_config"], "deployment_type": deployment_type, "resource_spec": {"min_scale": 0, "max_scale": 1}
    }  # fmt: skip
    _, outs, _ = create(provider, props)
    assert outs["latest_revision_status"] == "DEPLOYED"


def test_display_name_is_read_back_so_its_drift_shows(provider, out_of_band, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id, display_name="Support agent"))
    out_of_band.patch(f"{CP}/{deployment_id}", json={"display_name": "Renamed by hand"}).raise_for_status()
    refreshed, diff = refreshed_diff(provider, deployment_id, outs, inputs, IDENTITY)
    assert refreshed.inputs["display_name"] == "Renamed by hand"
    assert diff.changes is True


# ------------------------------------------------------------------ redeploying


def redeploy_posts(emulator, deployment_id: str) -> list[Any]:
    return [
        r
        for r in emulator.writes()
        if r.method == "POST" and r.path.startswith(f"{CP}/{deployment_id}/revisions/") and r.path.endswith("/redeploy")
    ]


def test_a_new_redeploy_trigger_redeploys_the_live_revision_in_place(
    provider, langsmith_emulator, out_of_band, integration_id
) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs(redeploy_trigger="2026-01-01"))
    news = checked(provider, {**inputs, "redeploy_trigger": "2026-02-01"}, inputs)
    diff = provider.diff(deployment_id, outs, news)
    assert diff.changes and diff.replaces == [] and not diff.delete_before_replace
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, outs, news).outs
    assert [w.path for w in langsmith_emulator.writes()] == [
        f"{CP}/{deployment_id}/revisions/{outs['active_revision_id']}/redeploy"
    ]
    assert updated["latest_revision_id"] != outs["latest_revision_id"]
    assert updated["active_revision_id"] == updated["latest_revision_id"]
    assert updated["latest_revision_status"] == "DEPLOYED"
    revision = out_of_band.get(f"{CP}/{deployment_id}/revisions/{updated['latest_revision_id']}").json()
    assert revision["source_revision_config"]["image_uri"] == "registry.example.com/agent:1"
    assert provider.diff(deployment_id, {**updated, OWNER_KEY: outs[OWNER_KEY]}, news).changes is False


def test_the_redeploy_trigger_survives_refresh_without_drift(provider, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs(redeploy_trigger="build-7"))
    refreshed = provider.read(deployment_id, outs)
    assert refreshed.inputs["redeploy_trigger"] == "build-7"
    assert provider.diff(deployment_id, {**refreshed.outs, OWNER_KEY: outs[OWNER_KEY]}, inputs).changes is False


def test_a_change_that_makes_a_revision_is_not_redeployed_twice(provider, langsmith_emulator, integration_id) -> None:
    deployment_id, outs, inputs = create(provider, github_inputs(integration_id))
    news = checked(
        provider, {**inputs, "redeploy_trigger": "again", "environment_variables": {"LOG_LEVEL": "debug"}}, inputs
    )
    langsmith_emulator.clear_log()
    provider.update(deployment_id, outs, news)
    assert len(revision_posts(langsmith_emulator, deployment_id)) == 1
    assert redeploy_posts(langsmith_emulator, deployment_id) == []


def test_removing_the_redeploy_trigger_redeploys_nothing(provider, langsmith_emulator) -> None:
    deployment_id, outs, inputs = create(provider, docker_inputs(redeploy_trigger="one"))
    news = checked(provider, {k: v for k, v in inputs.items() if k != "redeploy_trigger"}, inputs)
    langsmith_emulator.clear_log()
    updated = provider.update(deployment_id, outs, news).outs
    assert langsmith_emulator.writes() == [] and updated["latest_revision_id"] == outs["latest_revision_id"]


def test_setting_a_trigger_at_create_makes_only_the_first_revision(provider, langsmith_emulator, out_of_band) -> None:
    deployment_id, _, _ = create(provider, docker_inputs(redeploy_trigger="first"))
    assert redeploy_posts(langsmith_emulator, deployment_id) == []
    assert len(out_of_band.get(f"{CP}/{deployment_id}/revisions").json()["resources"]) == 1
