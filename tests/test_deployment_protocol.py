"""`Deployment` through the real dynamic-provider host (`python -m pulumi.dynamic`) over gRPC: the
lifecycle with real pickling and serialisation, secrets on the wire, and a host killed mid-wait."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from google.protobuf import json_format
from protocol_harness import ProviderServer, RpcError
from protocol_harness import _deserialize as deserialize
from pulumi.runtime.proto import provider_pb2
from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import DeploymentProvider

TYPE = "pulumi-python:dynamic/langsmith:Deployment"
CP = "/api-host/v2/deployments"
SECRET = "sk-wire-secret-value"


@pytest.fixture
def control_plane(langsmith_emulator) -> Iterator[Any]:
    settings = control_plane_settings(langsmith_emulator.server.app)
    settings.reset()
    yield settings
    settings.reset()


def start_host(emulator) -> ProviderServer:
    host = ProviderServer(env={"LANGSMITH_API_KEY": "", "LANGSMITH_ENDPOINT": ""})
    host.configure({"langsmith:apiKey": emulator.api_key, "langsmith:endpoint": emulator.base_url})
    return host


def inputs(host: ProviderServer, emulator, out_of_band, **overrides: Any) -> dict[str, Any]:
    integration = out_of_band.get("/v1/integrations/github/install").json()[0]["id"]
    props = {
        "__provider": host.provider_blob(DeploymentProvider()),
        OWNER_KEY: "proto/dev/Deployment/agent",
        "name": "proto-agent",
        "source": "github",
        "source_config": {
            "integration_id": integration,
            "repo_url": "https://github.com/emulator-org/agent",
            "deployment_type": "dev",
        },
        "source_revision_config": {"repo_ref": "main", "langgraph_config_path": "langgraph.json"},
        "environment_variables": {"LOG_LEVEL": "info"},
        "secrets": {"OPENAI_API_KEY": SECRET},
        **overrides,
    }
    return props


def creates(emulator) -> list[Any]:
    return [r for r in emulator.writes() if r.method == "POST" and r.path == CP]


def test_lifecycle_over_grpc_keeps_secrets_out_of_the_outputs(langsmith_emulator, out_of_band, control_plane) -> None:
    with start_host(langsmith_emulator) as host:
        urn = host.urn(TYPE, "agent")
        props = inputs(host, langsmith_emulator, out_of_band)
        bad = host.check(urn, {}, {**props, "source": "internal_source"})
        assert [f.property for f in bad.failures] == ["source"]

        check = host.check(urn, {}, props)
        checked = host.checked_inputs(check)
        response = host.stub.Create(provider_pb2.CreateRequest(urn=urn, properties=check.inputs))
        assert SECRET not in json.dumps(json_format.MessageToDict(response.properties))
        deployment_id, outs = response.id, deserialize(response.properties)
        assert outs["latest_revision_status"] == "DEPLOYED"

        assert host.diff(urn, deployment_id, outs, checked).changes == provider_pb2.DiffResponse.DIFF_NONE
        rotated = host.checked_inputs(host.check(urn, checked, {**props, "secrets": {"OPENAI_API_KEY": "sk-new"}}))
        diff = host.diff(urn, deployment_id, outs, rotated)
        assert diff.changes == provider_pb2.DiffResponse.DIFF_SOME and list(diff.replaces) == []
        updated = host.update(urn, deployment_id, outs, rotated)
        assert updated["latest_revision_id"] != outs["latest_revision_id"]
        assert "sk-new" not in json.dumps(updated, default=str)

        host.delete(urn, deployment_id, updated)
        assert out_of_band.get(f"{CP}/{deployment_id}").status_code == 404


def test_host_killed_mid_wait_then_rerun_converges_on_the_same_deployment(
    langsmith_emulator, out_of_band, control_plane
) -> None:
    control_plane.stage_seconds = 0.4  # about 2.4 s until the first revision is live
    first = start_host(langsmith_emulator)
    urn = first.urn(TYPE, "agent")
    props = first.checked_inputs(first.check(urn, {}, inputs(first, langsmith_emulator, out_of_band)))
    outcome: dict[str, Any] = {}

    def run_create() -> None:
        try:
            outcome["result"] = first.create(urn, props)
        except RpcError as error:
            outcome["error"] = error

    thread = threading.Thread(target=run_create)
    thread.start()
    deadline = time.monotonic() + 10
    while not any(r.status == 201 for r in creates(langsmith_emulator)):
        assert time.monotonic() < deadline, "the create never reached the control plane"
        time.sleep(0.01)
    first.close()  # the engine dies while the provider waits for the revision
    thread.join(timeout=10)
    assert "error" in outcome and "result" not in outcome

    with start_host(langsmith_emulator) as second:
        deployment_id, outs = second.create(urn, props)
    assert outs["latest_revision_status"] == "DEPLOYED"
    assert len(creates(langsmith_emulator)) == 1
    listed = out_of_band.get("/api-host/v2/deployments").json()["resources"]
    assert [d["id"] for d in listed] == [deployment_id]
