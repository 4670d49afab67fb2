"""Emulator workspaces and organisations."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from pulumi_langsmith.testing import LangSmithEmulator


@pytest.fixture
def api(langsmith_emulator: LangSmithEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def test_new_organization_has_one_default_workspace(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    workspaces = api.get("/api/v1/workspaces").json()
    assert [w["id"] for w in workspaces] == [langsmith_emulator.workspace_id]
    assert workspaces[0]["organization_id"] == langsmith_emulator.organization_id
    assert workspaces[0]["is_deleted"] is False


def test_create_workspace_honours_client_id_and_handle(api: httpx.Client) -> None:
    wanted = str(uuid.uuid4())
    handle = f"team-{wanted[:8]}"
    response = api.post("/api/v1/workspaces", json={"id": wanted, "display_name": "Team (A)", "tenant_handle": handle})
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["display_name"], body["tenant_handle"]) == (wanted, "Team (A)", handle)
    assert api.get(f"/api/v1/workspaces/{wanted}").json()["display_name"] == "Team (A)"


def test_reusing_a_workspace_id_conflicts(api: httpx.Client) -> None:
    wanted = str(uuid.uuid4())
    assert api.post("/api/v1/workspaces", json={"id": wanted, "display_name": "One"}).status_code == 200
    response = api.post("/api/v1/workspaces", json={"id": wanted, "display_name": "Two"})
    assert response.status_code == 409
    assert isinstance(response.json()["detail"], str)


@pytest.mark.parametrize("display_name", ["", "semi;colon", "emoji 🚀", None, 5])
def test_invalid_workspace_display_name_is_422(api: httpx.Client, display_name: object) -> None:
    response = api.post("/api/v1/workspaces", json={"display_name": display_name})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][:2] == ["body", "display_name"]


def test_patch_workspace_renames_it(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Before"}).json()
    response = api.patch(f"/api/v1/workspaces/{workspace['id']}", json={"display_name": "After"})
    assert response.status_code == 200
    assert response.json()["display_name"] == "After"
    assert api.get(f"/api/v1/workspaces/{workspace['id']}").json()["display_name"] == "After"


def test_patch_workspace_requires_display_name(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Before"}).json()
    assert api.patch(f"/api/v1/workspaces/{workspace['id']}", json={}).status_code == 422


def test_deleted_workspace_is_hidden_unless_include_deleted(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Doomed"}).json()
    assert api.delete(f"/api/v1/workspaces/{workspace['id']}").status_code == 200

    assert workspace["id"] not in [w["id"] for w in api.get("/api/v1/workspaces").json()]
    assert api.get(f"/api/v1/workspaces/{workspace['id']}").status_code == 404
    listed = {w["id"]: w for w in api.get("/api/v1/workspaces", params={"include_deleted": True}).json()}
    assert listed[workspace["id"]]["is_deleted"] is True
    got = api.get(f"/api/v1/workspaces/{workspace['id']}", params={"include_deleted": "true"})
    assert got.status_code == 200 and got.json()["is_deleted"] is True


def test_deleting_or_patching_a_deleted_workspace_is_404(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Doomed"}).json()
    api.delete(f"/api/v1/workspaces/{workspace['id']}")
    assert api.delete(f"/api/v1/workspaces/{workspace['id']}").status_code == 404
    assert api.patch(f"/api/v1/workspaces/{workspace['id']}", json={"display_name": "X"}).status_code == 404


def test_reusing_the_id_of_a_deleted_workspace_conflicts(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Doomed"}).json()
    api.delete(f"/api/v1/workspaces/{workspace['id']}")
    assert api.post("/api/v1/workspaces", json={"id": workspace["id"], "display_name": "Again"}).status_code == 409


def test_unknown_workspace_is_404_and_malformed_id_is_422(api: httpx.Client) -> None:
    assert api.get(f"/api/v1/workspaces/{uuid.uuid4()}").status_code == 404
    assert api.get("/api/v1/workspaces/not-a-uuid").status_code == 422


def test_current_organization_describes_the_keys_organization(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    org = api.get("/api/v1/orgs/current").json()
    info = api.get("/api/v1/orgs/current/info").json()
    assert org["id"] == info["id"] == langsmith_emulator.organization_id
    assert org["config"]["can_use_rbac"] is True
    assert "organization:manage" in org["permissions"]


@pytest.mark.parametrize("prefix", ["/v1/platform", "/api/v1/platform"])
def test_platform_organization_info_is_served_at_saas_and_self_hosted_paths(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, prefix: str
) -> None:
    response = api.get(f"{prefix}/orgs/current/info")
    assert response.status_code == 200
    assert response.json()["id"] == langsmith_emulator.organization_id
    assert None not in response.json().values()
