"""The control-plane emulator against the contract: a scripted session over every deployment, revision,
log and integration operation (called from `test_contract`'s session, which checks coverage), and bodies
the spec rejects are rejected."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import httpx
import pytest
from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings
from pulumi_langsmith.testing import LangSmithEmulator

RESOURCE_SPEC = {"min_scale": 1, "max_scale": 2, "cpu": 1, "memory_mb": 1024, "labels": {"team": "a"}}


def control_plane_session(call: Any, emulator: LangSmithEmulator) -> None:
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
        call("POST", "/v2/deployments", 400, json={**_docker_body("bad"), "source": "internal_source"})
        docker = call("POST", "/api-host/v2/deployments", 201, json=_docker_body("contract-docker"))
        call("POST", "/v2/deployments", 409, json=_docker_body("contract-docker"))
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
    finally:
        settings.reset()


def _docker_body(name: str) -> dict[str, Any]:
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


def test_control_plane_bodies_the_spec_rejects_are_rejected(langsmith_emulator: LangSmithEmulator) -> None:
    from test_contract import find_operation, json_schema, mutations, spec_errors

    tried = 0
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        created = api.post("/v2/deployments", json=_docker_body("fuzz-docker"))
        assert created.status_code == 201, created.text
        deployment_id = created.json()["id"]
        samples = [
            ("POST", "/v2/deployments", _docker_body("fuzz-docker-2"), 201),
            ("PATCH", f"/v2/deployments/{deployment_id}", {"source_config": {"resource_spec": RESOURCE_SPEC}}, 200),
            (
                "POST",
                f"/v2/deployments/{deployment_id}/revisions",
                {"source_revision_config": {"image_uri": "r/a:3"}},
                201,
            ),
        ]
        for method, url, body, success in samples:
            op = find_operation(method, url)
            schema = json_schema(op["requestBody"])
            assert not spec_errors(body, schema, op["spec"]), f"the sample body of {method} {url} is not spec-valid"
            for broken in mutations(copy.deepcopy(body), schema, op["spec"]):
                if not spec_errors(broken, schema, op["spec"]):
                    continue
                tried += 1
                response = api.request(method, url, json=broken)
                assert response.status_code == 422, f"{method} {url} accepted {broken}: {response.text}"
            response = api.request(method, url, json=body)
            assert response.status_code == success, f"{method} {url} rejected its valid sample: {response.text}"
    assert tried > 30


@pytest.mark.parametrize("prefix", ["", "/api-host"])
def test_deployments_are_served_at_saas_and_self_hosted_paths(
    langsmith_emulator: LangSmithEmulator, prefix: str
) -> None:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        created = api.post(f"{prefix}/v2/deployments", json=_docker_body(f"paths{prefix.replace('/', '-')}"))
        assert created.status_code == 201, created.text
        listed = api.get("/v2/deployments").json()["resources"]
        assert [d["id"] for d in listed] == [created.json()["id"]]
