"""The control-plane emulator against the contract: a scripted session over every deployment, revision,
log and integration operation (called from `test_contract`'s session, which checks coverage), and bodies
the spec rejects are rejected."""

from __future__ import annotations

import copy

import httpx
import pytest
from contract_sessions.control_plane import RESOURCE_SPEC, docker_body
from pulumi_langsmith.testing import LangSmithEmulator


def test_control_plane_bodies_the_spec_rejects_are_rejected(langsmith_emulator: LangSmithEmulator) -> None:
    from test_contract import find_operation, json_schema, mutations, spec_errors

    tried = 0
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        created = api.post("/v2/deployments", json=docker_body("fuzz-docker"))
        assert created.status_code == 201, created.text
        deployment_id = created.json()["id"]
        samples = [
            ("POST", "/v2/deployments", docker_body("fuzz-docker-2"), 201),
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
        created = api.post(f"{prefix}/v2/deployments", json=docker_body(f"paths{prefix.replace('/', '-')}"))
        assert created.status_code == 201, created.text
        listed = api.get("/v2/deployments").json()["resources"]
        assert [d["id"] for d in listed] == [created.json()["id"]]
