"""The emulator's access family (principals and routes): invites, memberships, roles, keys, SCIM tokens."""

from __future__ import annotations

import httpx
import pytest
from pulumi_langsmith.emulator.families.access import principals


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers, timeout=10) as client:
        yield client


@pytest.fixture
def org(langsmith_emulator):
    return langsmith_emulator.server.store, langsmith_emulator.organization_id


def test_builtin_roles_have_the_real_system_and_display_names(api) -> None:
    roles = {r["name"]: r for r in api.get("/api/v1/orgs/current/roles").json()}
    assert {n: r["display_name"] for n, r in roles.items()} == {
        "ORGANIZATION_ADMIN": "Organization Admin", "ORGANIZATION_USER": "Organization User",
        "ORGANIZATION_VIEWER": "Organization Viewer", "WORKSPACE_ADMIN": "Admin", "WORKSPACE_USER": "Editor",
        "WORKSPACE_VIEWER": "Viewer",
    }  # fmt: skip
    assert roles["WORKSPACE_ADMIN"]["access_scope"] == "workspace"
    assert (
        api.patch(
            f"/api/v1/orgs/current/roles/{roles['WORKSPACE_ADMIN']['id']}",
            json={"display_name": "X", "description": "", "permissions": ["runs:read"]},
        ).status_code
        == 400
    )


def test_invite_becomes_a_membership_with_its_workspaces_when_accepted(langsmith_emulator, api, org) -> None:
    _store, org_id = org
    editor = principals.role_id_of(org_id, principals.WORKSPACE_USER)
    invite = api.post(
        "/api/v1/orgs/current/members",
        json={
            "email": "Inv@Example.com",
            "workspace_ids": [langsmith_emulator.workspace_id],
            "workspace_role_id": editor,
        },
    ).json()
    assert invite["email"] == "inv@example.com"
    assert api.get("/api/v1/orgs/current/members/active").json() == []
    langsmith_emulator.server.accept_invite(org_id, "inv@example.com")
    assert api.get("/api/v1/orgs/current/members/pending").json() == []
    [member] = api.get("/api/v1/orgs/current/members/active").json()
    assert member["email"] == "inv@example.com" and member["tenant_ids"] == [langsmith_emulator.workspace_id]
    [ws_member] = api.get("/api/v1/workspaces/current/members/active").json()
    assert ws_member["role_name"] == "Editor" and ws_member["org_role_name"] == "Organization User"


def test_removing_an_org_member_removes_their_workspace_memberships(langsmith_emulator, api, org) -> None:
    store, org_id = org
    user = principals.ensure_user(store, "leaver@example.com")
    member = principals.add_org_member(
        store, org_id, user["id"], principals.role_id_of(org_id, principals.ORGANIZATION_USER)
    )
    principals.set_workspace_member(
        store, langsmith_emulator.workspace_id, user["id"], principals.role_id_of(org_id, principals.WORKSPACE_VIEWER)
    )
    assert api.delete(f"/api/v1/orgs/current/members/{member['id']}").status_code == 200
    assert api.get("/api/v1/workspaces/current/members/active").json() == []


def test_workspace_member_must_be_an_active_org_member(api, org) -> None:
    store, _org_id = org
    api.post("/api/v1/orgs/current/members", json={"email": "pending@example.com"})
    user = principals.ensure_user(store, "pending@example.com")
    response = api.post("/api/v1/workspaces/current/members", json={"ls_user_id": user["id"]})
    assert response.status_code == 400 and "not an active member" in response.json()["detail"]


def test_custom_role_in_use_cannot_be_deleted(langsmith_emulator, api, org) -> None:
    store, org_id = org
    role = api.post(
        "/api/v1/orgs/current/roles", json={"display_name": "Reader", "description": "", "permissions": ["runs:read"]}
    ).json()
    assert (
        api.post(
            "/api/v1/orgs/current/roles", json={"display_name": "reader", "description": "", "permissions": []}
        ).status_code
        == 409
    )
    user = principals.ensure_user(store, "r@example.com")
    principals.add_org_member(store, org_id, user["id"], principals.role_id_of(org_id, principals.ORGANIZATION_USER))
    principals.set_workspace_member(store, langsmith_emulator.workspace_id, user["id"], role["id"])
    assert api.delete(f"/api/v1/orgs/current/roles/{role['id']}").status_code == 409


def test_key_value_is_returned_once_and_lists_show_only_the_short_key(api) -> None:
    created = api.post("/api/v1/orgs/current/service-keys", json={"description": "once"}).json()
    listed = api.get("/api/v1/orgs/current/service-keys").json()
    assert [k["short_key"] for k in listed] == [created["short_key"]]
    assert created["key"] not in api.get("/api/v1/orgs/current/service-keys").text
    assert created["short_key"].endswith(created["key"][-4:])


def test_org_scoped_key_with_an_org_role_for_workspace_scoped_keys_is_refused(langsmith_emulator, api, org) -> None:
    _store, org_id = org
    response = api.post(
        "/api/v1/orgs/current/service-keys",
        json={"description": "x", "workspaces": [langsmith_emulator.workspace_id],
              "org_role_id": principals.role_id_of(org_id, principals.ORGANIZATION_ADMIN)},
    )  # fmt: skip
    assert response.status_code == 400


def test_workspace_key_cannot_manage_the_organisation(langsmith_emulator, api) -> None:
    key = api.post("/api/v1/api-key", json={"description": "legacy"}).json()["key"]
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as client:
        assert client.get("/api/v1/datasets").status_code == 200
        assert client.post("/api/v1/orgs/current/service-keys", json={}).status_code == 403
        assert client.post("/v1/platform/orgs/current/scim/tokens", json={}).status_code == 403


def test_expiry_beyond_the_organisation_limit_is_refused(api, org) -> None:
    store, org_id = org
    principals.set_key_expiry_limits(store, org_id, max_pat_expiry_days=7)
    assert api.get("/api/v1/orgs/current/info").json()["max_pat_expiry_days"] == 7
    response = api.post("/api/v1/orgs/current/personal-access-tokens", json={"expires_at": "2099-01-01T00:00:00Z"})
    assert response.status_code == 400 and "7 days" in response.json()["detail"]


def test_scim_token_authenticates_until_deleted_and_is_never_listed(api, org) -> None:
    store, org_id = org
    created = api.post("/v1/platform/orgs/current/scim/tokens", json={"description": "okta"})
    assert created.status_code == 201
    token = created.json()["token"]
    assert principals.org_of_scim_token(store, token) == org_id
    assert "last_used_at" in api.get(f"/v1/platform/orgs/current/scim/tokens/{created.json()['id']}").json()
    assert token not in api.get("/v1/platform/orgs/current/scim/tokens").text
    assert api.delete(f"/v1/platform/orgs/current/scim/tokens/{created.json()['id']}").status_code == 204
    assert principals.org_of_scim_token(store, token) is None
    missing = api.get(f"/v1/platform/orgs/current/scim/tokens/{created.json()['id']}")
    assert missing.status_code == 404 and missing.json() == {"error": "SCIM token not found"}


def test_scim_provisioning_makes_members_and_group_roles_workspace_memberships(langsmith_emulator, org) -> None:
    store, org_id = org
    workspace = langsmith_emulator.workspace_id
    principals.provision_scim_member(store, org_id, "scim-1", email="Sam@Example.com", full_name="Sam", active=True)
    member = principals.org_member_by_email(store, org_id, "sam@example.com")
    assert member is not None and member["role_id"] == principals.role_id_of(org_id, principals.ORGANIZATION_USER)
    assert "Organization Admin" in principals.organization_role_names(store, org_id)
    assert {"Admin", "Editor", "Viewer"} <= set(principals.workspace_role_names(store, org_id))

    principals.set_scim_member_roles(store, org_id, "scim-1", "Organization Admin", {workspace: "Viewer"})
    assert principals.org_member_by_email(store, org_id, "sam@example.com")["role_id"] == principals.role_id_of(
        org_id, principals.ORGANIZATION_ADMIN
    )
    ws_member = principals.get_workspace_member(store, workspace, member["ls_user_id"])
    assert ws_member["role_id"] == principals.role_id_of(org_id, principals.WORKSPACE_VIEWER)
    principals.set_scim_member_roles(store, org_id, "scim-1", None, {})
    assert principals.get_workspace_member(store, workspace, member["ls_user_id"]) is None

    principals.provision_scim_member(store, org_id, "scim-1", email="sam@example.com", full_name="Sam", active=False)
    assert principals.org_member_by_email(store, org_id, "sam@example.com") is None
    principals.provision_scim_member(store, org_id, "scim-1", email="sam@example.com", full_name="Sam", active=True)
    principals.deprovision_scim_member(store, org_id, "scim-1")
    assert principals.org_member_by_email(store, org_id, "sam@example.com") is None


def test_scim_role_sync_leaves_hand_made_workspace_memberships_alone(langsmith_emulator, org) -> None:
    store, org_id = org
    workspace = langsmith_emulator.workspace_id
    principals.provision_scim_member(store, org_id, "scim-2", email="kim@example.com", full_name=None, active=True)
    user_id = principals.scim_member_user_id(store, org_id, "scim-2")
    principals.set_workspace_member(
        store, workspace, user_id, principals.role_id_of(org_id, principals.WORKSPACE_ADMIN)
    )
    principals.set_scim_member_roles(store, org_id, "scim-2", None, {})
    assert principals.get_workspace_member(store, workspace, user_id) is not None
