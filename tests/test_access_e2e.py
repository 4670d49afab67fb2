"""The `examples/access` project through the real Pulumi CLI against the emulator: invites, the two-phase
workspace membership, a custom role, a service key and a SCIM token (secret everywhere), SCIM groups, destroy."""

from __future__ import annotations

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject
from test_emulator_scim_rfc7644 import create_scim_token

pytestmark = pytest.mark.e2e


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "access", name="langsmith-access")
    stack.config("prefix", "e2e")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    stack.config(
        "langsmith:scimToken", create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key), secret=True
    )
    return stack


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}
    ) as client:
        yield client


def workspace_roles(api, workspace_id: str) -> dict[str, str]:
    members = api.get("/api/v1/workspaces/current/members/active", headers={"X-Tenant-Id": workspace_id}).json()
    return {m["email"]: m["role_name"] for m in members}


def test_access_example_up_accept_invites_refresh_and_destroy(project, api, langsmith_emulator):
    planned = project.changes()
    assert planned == {
        "research": "create", "annotator": "create", "member-alice": "create", "member-bob": "create",
        "ci": "create", "identity-provider": "create", "scim-admins": "create", "scim-researchers": "create",
    }  # fmt: skip
    run = project.up()
    outputs = project.run("stack", "output", "--json", "--show-secrets").json()
    key, token = outputs["ci_key"], outputs["scim_token"]
    assert key.startswith("lsv2_sk_") and token
    assert outputs["member_status"] == {"alice@example.com": "pending", "bob@example.com": "pending"}
    assert len(outputs["scim_group_ids"]) == 2
    assert project.changes() == {}

    exported = project.run("stack", "export").stdout
    for secret in (key, token):
        assert secret not in exported and secret not in run.output
        assert secret not in project.run("stack", "output", "--json").stdout
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as ci:
        assert ci.get("/api/v1/datasets", headers={"X-Tenant-Id": outputs["workspace_id"]}).status_code == 200

    for email in ("alice@example.com", "bob@example.com"):
        langsmith_emulator.server.accept_invite(langsmith_emulator.organization_id, email)
    project.run("config", "set", "--path", "activeMembers[0]", "alice@example.com")
    project.run("config", "set", "--path", "activeMembers[1]", "bob@example.com")
    assert project.changes() == {"workspace-member-alice": "create", "workspace-member-bob": "create"}
    project.up()
    assert workspace_roles(api, outputs["workspace_id"]) == {
        "alice@example.com": "Admin",
        "bob@example.com": "e2e Annotator",
    }

    project.run("refresh")
    state = project.resources()
    assert {state[name]["outputs"]["status"] for name in ("member-alice", "member-bob")} == {"active"}
    assert state["ci"]["outputs"]["key"].get("ciphertext")  # refresh kept the key, still a secret
    assert project.changes() == {}
    project.up()  # stack outputs are recomputed by `up`: the key survived refresh unchanged
    refreshed = project.run("stack", "output", "--json", "--show-secrets").json()
    assert refreshed["ci_key"] == key and refreshed["scim_token"] == token
    assert refreshed["member_status"] == {"alice@example.com": "active", "bob@example.com": "active"}

    project.run("destroy")
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as ci:
        assert ci.get("/api/v1/orgs/current").status_code == 401
    assert api.get("/api/v1/orgs/current/members/active").json() == []
    assert [r for r in api.get("/api/v1/orgs/current/roles").json() if r["display_name"] == "e2e Annotator"] == []


def test_access_example_bad_inputs_fail_at_preview_without_writes(project, langsmith_emulator):
    project.config("keyExpiresAt", "2001-01-01T00:00:00Z")
    result = project.run("preview", check=False)
    assert result.returncode != 0 and "expires_at" in result.output and "in the past" in result.output
    assert not [r for r in langsmith_emulator.writes() if "scim/tokens" not in r.path]


def test_access_example_replaces_a_key_on_new_expiry_and_recreates_what_was_deleted_out_of_band(project, api):
    project.up()
    before = project.resources()
    project.config("keyExpiresAt", "2098-06-30T00:00:00Z")
    assert project.changes() == {"ci": "replace"}  # a key's expiry cannot change in place
    project.up()
    after = project.resources()
    assert after["ci"]["id"] != before["ci"]["id"]
    assert [k["id"] for k in api.get("/api/v1/orgs/current/service-keys").json()] == [after["ci"]["id"]]

    role_id, token_id = after["annotator"]["id"], after["identity-provider"]["id"]
    api.delete(f"/api/v1/orgs/current/roles/{role_id}").raise_for_status()
    api.delete(f"/v1/platform/orgs/current/scim/tokens/{token_id}").raise_for_status()
    project.run("refresh")
    assert project.changes() == {"annotator": "create", "identity-provider": "create"}
    project.up()
    assert project.changes() == {}
    project.run("destroy")
