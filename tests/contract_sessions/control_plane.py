"""The control-plane family's contract session: every deployment, revision, log and integration operation
with spec-valid requests, SaaS and self-hosted paths (run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from typing import Any

from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings
from pulumi_langsmith.testing import LangSmithEmulator

RESOURCE_SPEC = {"min_scale": 1, "max_scale": 2, "cpu": 1, "memory_mb": 1024, "labels": {"team": "a"}}


def session(call: Any, emulator: LangSmithEmulator) -> None:
    """Exercise every control-plane operation with spec-valid requests (SaaS and self-hosted paths)."""
    settings = control_plane_settings(emulator.server.app)
    settings.stage_seconds = 0.0
    try:
        integration = call("GET", "/v1/integrations/github/install", 200)[0]
        repo = call("GET", f"/api-host/v1/integrations/github/{integration['id']}/repos", 200)[0]
        call("GET", f"/v1/integrations/github/{uuid.uuid4()}/repos", 404)
        github = call(
            "POST",
            "/v2/deployments",
            201,
            json={
                "name": f"contract-agent-{uuid.uuid4().hex[:6]}",
                "source": "github",
                "source_config": {
                    "integration_id": integration["id"], "repo_url": repo["url"], "deployment_type": "dev",
                    "build_on_push": True, "install_command": None, "build_command": None,
                    "resource_spec": {"min_scale": 1, "max_scale": 3},
                },
                "source_revision_config": {"repo_ref": "main", "langgraph_config_path": "langgraph.json"},
                "secrets": [{"name": "OPENAI_API_KEY", "value": "sk-test"}],
            },
        )  # fmt: skip
        call("POST", "/v2/deployments", 400, json={**docker_body("bad"), "source": "internal_source"})
        docker = call("POST", "/api-host/v2/deployments", 201, json=docker_body("contract-docker"))
        call("POST", "/v2/deployments", 400, json=docker_body("contract-docker"))  # a taken name: 400, as declared
        call("GET", "/v2/deployments", 200, params={"name_contains": "contract", "limit": 1})
        call("GET", "/api-host/v2/deployments", 200, params={"deployment_type": "dev", "status": "READY"})
        call("GET", f"/v2/deployments/{github['id']}", 200)
        call("GET", f"/v2/deployments/{uuid.uuid4()}", 404)
        patched = call(
            "PATCH",
            f"/v2/deployments/{docker['id']}",
            200,
            json={
                "source_config": {"custom_url": "https://agent.example.com", "resource_spec": RESOURCE_SPEC},
                "source_revision_config": {"image_uri": "registry.example.com/agent:2"},
                "secrets": [{"name": "A", "value": "1"}],
                "secret_references": [{"name": "DB_URL", "secret_name": "db", "secret_key": "url"}],
            },
        )
        call("PATCH", f"/v2/deployments/{github['id']}", 400, json={"source_config": {"deployment_type": "prod"}})
        revision = call(
            "POST",
            f"/api-host/v2/deployments/{github['id']}/revisions",
            201,
            json={"source_revision_config": {"repo_ref": "emulator-fail-build"}},
        )
        call("GET", f"/v2/deployments/{github['id']}/revisions", 200, params={"status": "BUILD_FAILED,DEPLOYED"})
        call("GET", f"/v2/deployments/{github['id']}/revisions/{revision['id']}", 200)
        call("GET", f"/v2/deployments/{github['id']}/revisions/{uuid.uuid4()}", 404)
        logs = call(
            "GET",
            f"/v2/deployments/{github['id']}/revisions/{revision['id']}/logs",
            200,
            params={"type": "build", "limit": 2, "order": "desc"},
        )
        assert logs["next_offset"] is not None
        call(
            "GET",
            f"/api-host/v2/deployments/{github['id']}/revisions/{revision['id']}/logs",
            200,
            params={"type": "deploy", "level": "ERROR", "offset": "0"},
        )
        call("GET", f"/v2/deployments/{github['id']}/revisions/{revision['id']}/logs", 422, params={"type": "x"})
        call(
            "POST",
            f"/v2/deployments/{docker['id']}/revisions/{patched['latest_revision_id']}/redeploy",
            200,
        )
        call("DELETE", f"/v2/deployments/{docker['id']}", 204, params={"delete_tracing_project": True})
        call("DELETE", "/v2/deployments", 200, params={"deployment_ids": [github["id"]]})
        call("DELETE", f"/v2/deployments/{github['id']}", 404)
        listeners(call)
    finally:
        settings.reset()


def docker_body(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "source": "external_docker",
        "source_config": {
            "listener_id": str(uuid.uuid4()),
            "listener_config": {"k8s_namespace": "agents"},
            "resource_spec": RESOURCE_SPEC,
        },
        "source_revision_config": {"image_uri": "registry.example.com/agent:1"},
        "secrets": [],
        "secret_references": None,
    }


def listeners(call: Any) -> None:
    """Listeners: self-hosted only (the cloud path refuses a create with 403), unique per compute id (409)."""
    compute_id = f"contract-cluster-{uuid.uuid4().hex[:6]}"
    body = {"compute_type": "k8s", "compute_id": compute_id, "compute_config": {"k8s_namespaces": ["agents"]}}
    call("POST", "/v2/listeners", 403, json=body)
    listener = call("POST", "/api-host/v2/listeners", 201, json={**body, "version": "1"})
    call("POST", "/api-host/v2/listeners", 409, json=body)
    call("POST", "/api-host/v2/listeners", 422, json={**body, "compute_type": "ecs"})
    call("GET", "/api-host/v2/listeners", 200, params={"limit": 1, "offset": 0})
    call("GET", "/v2/listeners", 200)
    call("GET", f"/api-host/v2/listeners/{listener['id']}", 200)
    call("GET", f"/api-host/v2/listeners/{uuid.uuid4()}", 404)
    call(
        "PATCH",
        f"/api-host/v2/listeners/{listener['id']}",
        200,
        json={"version": "2", "compute_config": {"k8s_namespaces": ["agents", "staging"]}},
    )
    call("PATCH", f"/api-host/v2/listeners/{uuid.uuid4()}", 404, json={"version": "3"})
    call("DELETE", f"/api-host/v2/listeners/{listener['id']}", 204)
    call("DELETE", f"/api-host/v2/listeners/{listener['id']}", 404)
