"""The real Pulumi CLI against the emulator for `ScimUser` and `ScimGroup`: up, no-op preview, member changes
in place, rename replaces, drift, out-of-band delete, bad group name at preview, destroy; the SCIM token stays secret."""

from __future__ import annotations

import httpx
import pytest
from e2e_support import PulumiProject
from test_emulator_scim_rfc7644 import create_scim_token

pytestmark = pytest.mark.e2e


@pytest.fixture
def token(langsmith_emulator) -> str:
    return create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key)


@pytest.fixture
def project(tmp_path, langsmith_emulator, token):
    stack = PulumiProject.create(tmp_path, "scim")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    stack.config("langsmith:scimToken", token, secret=True)
    return stack


@pytest.fixture
def scim(langsmith_emulator, token):
    with httpx.Client(
        base_url=f"{langsmith_emulator.base_url}/scim/v2",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"},
    ) as client:
        yield client


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}
    ) as client:
        yield client


def editors_of_default_workspace(api, workspace_id: str) -> set[str]:
    members = api.get("/api/v1/workspaces/current/members/active", headers={"X-Tenant-Id": workspace_id}).json()
    return {m["email"] for m in members if m["role_name"] == "Editor"}


def test_up_maps_group_to_workspace_role_and_nothing_changes_after(project, api, scim, token, langsmith_emulator):
    assert project.changes() == {"user-alice": "create", "editors": "create"}
    run = project.up()
    assert project.outputs()["workspace_role"] == "Editor"
    assert editors_of_default_workspace(api, langsmith_emulator.workspace_id) == {"alice@example.com"}
    assert project.changes() == {}
    assert token not in project.run("stack", "export").stdout and token not in run.output


def test_member_changes_update_in_place_and_rename_replaces(project, api, scim, langsmith_emulator):
    project.up()
    group_id = project.outputs()["group_id"]
    project.config("users", '["alice", "bob"]')
    project.config("members", '["bob"]')
    assert project.changes() == {"user-bob": "create", "editors": "update"}
    project.up()
    assert project.outputs()["group_id"] == group_id
    assert editors_of_default_workspace(api, langsmith_emulator.workspace_id) == {"bob@example.com"}
    project.config("groupName", "LS:Organization User:Workspace 1:Viewer")
    assert project.changes() == {"editors": "replace"}
    project.up()
    assert project.outputs()["group_id"] != group_id
    assert scim.get(f"/Groups/{group_id}").status_code == 404


def test_refresh_sees_drift_and_deletion_then_up_repairs(project, scim):
    project.up()
    outputs = project.outputs()
    user_id, group_id = outputs["user_ids"]["alice"], outputs["group_id"]
    scim.patch(f"/Users/{user_id}", json={"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                                          "Operations": [{"op": "replace", "path": "active", "value": False}]})  # fmt: skip
    scim.delete(f"/Groups/{group_id}")
    project.run("refresh")
    assert project.changes() == {"user-alice": "update", "editors": "create"}
    project.up()
    assert scim.get(f"/Users/{user_id}").json()["active"] is True
    project.run("destroy")
    assert scim.get("/Users").json()["totalResults"] == 0 and scim.get("/Groups").json()["totalResults"] == 0


def test_bad_group_name_fails_preview_without_requests(project, langsmith_emulator):
    project.config("groupName", "Engineering Editors")
    langsmith_emulator.clear_log()
    result = project.run("preview", check=False)
    assert result.returncode != 0 and "display_name" in result.output
    assert not langsmith_emulator.requests


def test_a_scim_token_beginning_with_a_dash_is_set_as_a_value_not_a_flag(tmp_path):
    # SCIM tokens are URL-safe base64: about one in 64 begins with `-`, which the CLI would read as a flag.
    stack = PulumiProject.create(tmp_path, "scim")
    stack.config("langsmith:scimToken", "-T-dash-first-token", secret=True)
    shown = stack.run("config", "get", "langsmith:scimToken").stdout.strip()
    assert shown == "-T-dash-first-token"
