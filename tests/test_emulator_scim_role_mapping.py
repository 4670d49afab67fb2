"""SCIM provisioning as LangSmith applies it: SCIM users are organisation members, and group names map
members to organisation admin or to workspace memberships with a role (seen through the members APIs)."""

from __future__ import annotations

import httpx
import pytest
from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.emulator.families.langsmith.tables import ORGANIZATIONS
from test_emulator_scim_rfc7644 import create_scim_token

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


@pytest.fixture
def scim(langsmith_emulator):
    token = create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key)
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


def provision(scim, user_name: str, **extra) -> str:
    body = {
        "schemas": [USER_SCHEMA],
        "userName": user_name,
        "emails": [{"value": f"{user_name}@example.com", "type": "work"}],
        **extra,
    }
    response = scim.post("/Users", json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def group(scim, display_name: str, *member_ids: str) -> str:
    body = {"schemas": [GROUP_SCHEMA], "displayName": display_name, "members": [{"value": m} for m in member_ids]}
    response = scim.post("/Groups", json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def org_members(api) -> dict[str, str]:
    """Active organisation members: email → org role name."""
    return {m["email"]: m["role_name"] for m in api.get("/api/v1/orgs/current/members/active").json()}


def workspace_members(api, workspace_id: str) -> dict[str, str]:
    """Members of a workspace: email → workspace role name."""
    members = api.get("/api/v1/workspaces/current/members/active", headers={"X-Tenant-Id": workspace_id}).json()
    return {m["email"]: m["role_name"] for m in members}


def test_a_scim_user_is_an_active_organisation_member_until_deactivated(scim, api):
    alice = provision(scim, "alice")
    assert org_members(api)["alice@example.com"] == "Organization User"
    deactivate = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": False}]}
    assert scim.patch(f"/Users/{alice}", json=deactivate).status_code == 200
    assert "alice@example.com" not in org_members(api)
    reactivate = {"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active", "value": True}]}
    scim.patch(f"/Users/{alice}", json=reactivate)
    assert "alice@example.com" in org_members(api)
    assert scim.delete(f"/Users/{alice}").status_code == 204
    assert "alice@example.com" not in org_members(api)


def test_workspace_group_grants_membership_with_its_role_and_loses_it_on_removal(scim, api, langsmith_emulator):
    alice, bob = provision(scim, "alice"), provision(scim, "bob")
    editors = group(scim, "LS:Organization User:Workspace 1:Editor", alice)
    assert workspace_members(api, langsmith_emulator.workspace_id).get("alice@example.com") == "Editor"
    move = {"schemas": [PATCH_OP], "Operations": [
        {"op": "add", "path": "members", "value": [{"value": bob}]},
        {"op": "remove", "path": f'members[value eq "{alice}"]'},
    ]}  # fmt: skip
    assert scim.patch(f"/Groups/{editors}", json=move).status_code == 200
    members = workspace_members(api, langsmith_emulator.workspace_id)
    assert members.get("bob@example.com") == "Editor" and "alice@example.com" not in members
    assert "alice@example.com" in org_members(api)  # still in the organisation
    scim.delete(f"/Groups/{editors}")
    assert "bob@example.com" not in workspace_members(api, langsmith_emulator.workspace_id)


def test_org_admin_group_makes_members_organisation_admins(scim, api):
    alice = provision(scim, "alice")
    admins = group(scim, "Groups-Organization Admins", alice)
    assert org_members(api)["alice@example.com"] == "Organization Admin"
    scim.delete(f"/Groups/{admins}")
    assert org_members(api)["alice@example.com"] == "Organization User"


def test_role_names_are_case_insensitive_and_workspace_names_exact(scim, api, langsmith_emulator):
    alice, bob = provision(scim, "alice"), provision(scim, "bob")
    group(scim, "organization viewer:Workspace 1:viewer", alice)
    group(scim, "Organization User:workspace 1:Admin", bob)  # no such workspace: maps to nothing
    members = workspace_members(api, langsmith_emulator.workspace_id)
    assert members.get("alice@example.com") == "Viewer"
    assert "bob@example.com" not in members
    assert org_members(api)["alice@example.com"] == "Organization Viewer"


def test_organisation_separator_setting_is_used(scim, api, langsmith_emulator):
    org = langsmith_emulator.server.store.get(ORGANIZATIONS, langsmith_emulator.organization_id)
    org["scim_group_name_separator"] = "&"
    langsmith_emulator.server.store.replace(ORGANIZATIONS, org, name=org["display_name"])
    alice = provision(scim, "alice")
    group(scim, "Organization User&Workspace 1&Admin", alice)
    assert workspace_members(api, langsmith_emulator.workspace_id).get("alice@example.com") == "Admin"


def test_memberships_made_by_hand_are_left_alone(scim, api, langsmith_emulator):
    other = api.post("/api/v1/workspaces", json={"display_name": "Hand made"}).json()
    alice = provision(scim, "alice")
    user_id = principals.scim_member_user_id(langsmith_emulator.server.store, langsmith_emulator.organization_id, alice)
    principals.set_workspace_member(
        langsmith_emulator.server.store, other["id"], user_id,
        principals.role_id_of(langsmith_emulator.organization_id, principals.WORKSPACE_VIEWER),
    )  # fmt: skip
    editors = group(scim, "Organization User:Workspace 1:Editor", alice)
    scim.delete(f"/Groups/{editors}")
    assert workspace_members(api, other["id"]).get("alice@example.com") == "Viewer"
