"""The `examples/governance` project (ABAC part) through the real Pulumi CLI against the emulator: tags, taggings
and a deny policy attached to a custom role; that role's service key gets 403 on the `env=prod` project and 200
on the untagged one, its value stays out of the state; destroy detaches and removes everything."""

from __future__ import annotations

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject

pytestmark = pytest.mark.e2e


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "governance", name="langsmith-governance")
    stack.config("prefix", "e2e")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    return stack


def test_governance_example_denies_the_tagged_project_to_the_roles_key(project, langsmith_emulator):
    run = project.up()
    outputs = project.run("stack", "output", "--json", "--show-secrets").json()
    key = outputs["contractor_key"]
    assert key.startswith("lsv2_sk_")
    assert project.changes() == {}

    workspace = {"X-Tenant-Id": outputs["workspace_id"]}
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key, **workspace}) as contractor:
        assert contractor.get(f"/api/v1/sessions/{outputs['prod_project_id']}").status_code == 403
        assert contractor.get(f"/api/v1/sessions/{outputs['untagged_project_id']}").status_code == 200
        assert contractor.get(f"/api/v1/datasets/{outputs['dataset_id']}").status_code == 200  # tagged env=dev

    exported = project.run("stack", "export").stdout
    assert key not in exported and key not in run.output
    assert key not in project.run("stack", "output", "--json").stdout

    project.run("destroy", "--yes", "--skip-preview")
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}) as admin:
        assert admin.get("/v1/platform/orgs/current/access-policies").json()["access_policies"] == []
