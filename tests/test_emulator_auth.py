"""Emulator authentication and tenant scoping: X-Api-Key, X-Tenant-Id, X-Organization-Id."""

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


@pytest.fixture
def anonymous(langsmith_emulator: LangSmithEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url) as client:
        yield client


def test_missing_api_key_is_401(anonymous: httpx.Client) -> None:
    response = anonymous.get("/api/v1/datasets")
    assert response.status_code == 401
    assert isinstance(response.json()["detail"], str)


def test_unknown_api_key_is_401(anonymous: httpx.Client) -> None:
    fake = "lsv2_sk_" + "0" * 32 + "_" + "0" * 10
    assert anonymous.get("/api/v1/datasets", headers={"X-Api-Key": fake}).status_code == 401
    assert anonymous.get("/api/v1/orgs/current", headers={"X-Api-Key": fake}).status_code == 401


def test_api_key_header_name_is_case_insensitive(
    langsmith_emulator: LangSmithEmulator, anonymous: httpx.Client
) -> None:
    for header in ("x-api-key", "X-API-KEY", "X-Api-Key"):
        assert anonymous.get("/api/v1/datasets", headers={header: langsmith_emulator.api_key}).status_code == 200


def test_missing_api_key_is_401_even_with_an_invalid_body(anonymous: httpx.Client) -> None:
    assert anonymous.post("/api/v1/datasets", json={"no_name": True}).status_code == 401


def test_without_tenant_header_the_keys_default_workspace_is_used(
    langsmith_emulator: LangSmithEmulator, anonymous: httpx.Client
) -> None:
    headers = {"X-Api-Key": langsmith_emulator.api_key}
    created = anonymous.post("/api/v1/datasets", json={"name": "default-ws"}, headers=headers).json()
    assert created["tenant_id"] == langsmith_emulator.workspace_id


def test_tenant_header_of_another_organization_is_403(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    other = langsmith_emulator.server.create_organization()
    response = api.get("/api/v1/datasets", headers={"X-Tenant-Id": other.workspace_id})
    assert response.status_code == 403


def test_tenant_header_naming_no_workspace_is_403(api: httpx.Client) -> None:
    assert api.get("/api/v1/datasets", headers={"X-Tenant-Id": str(uuid.uuid4())}).status_code == 403


def test_malformed_tenant_header_is_403(api: httpx.Client) -> None:
    assert api.get("/api/v1/datasets", headers={"X-Tenant-Id": "not-a-uuid"}).status_code == 403


def test_tenant_header_of_a_deleted_workspace_is_403(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Short lived"}).json()
    assert api.get("/api/v1/datasets", headers={"X-Tenant-Id": workspace["id"]}).status_code == 200
    assert api.delete(f"/api/v1/workspaces/{workspace['id']}").status_code == 200
    assert api.get("/api/v1/datasets", headers={"X-Tenant-Id": workspace["id"]}).status_code == 403


def test_org_admin_key_acts_in_any_workspace_of_its_organization(api: httpx.Client) -> None:
    workspace = api.post("/api/v1/workspaces", json={"display_name": "Second"}).json()
    created = api.post("/api/v1/datasets", json={"name": "in-second"}, headers={"X-Tenant-Id": workspace["id"]})
    assert created.status_code == 200
    assert created.json()["tenant_id"] == workspace["id"]


def test_workspace_key_cannot_act_in_another_workspace(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    second = api.post("/api/v1/workspaces", json={"display_name": "Second"}).json()
    key = langsmith_emulator.server.create_api_key(langsmith_emulator.workspace_id, org_admin=False)
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as scoped:
        assert scoped.get("/api/v1/datasets").status_code == 200
        assert scoped.get("/api/v1/datasets", headers={"X-Tenant-Id": second["id"]}).status_code == 403
        assert scoped.post("/api/v1/workspaces", json={"display_name": "Nope"}).status_code == 403
        assert [w["id"] for w in scoped.get("/api/v1/workspaces").json()] == [langsmith_emulator.workspace_id]


def test_organization_header_of_another_organization_is_403(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    other = langsmith_emulator.server.create_organization()
    own = {"X-Organization-Id": langsmith_emulator.organization_id}
    assert api.get("/api/v1/workspaces", headers=own).status_code == 200
    assert api.get("/api/v1/workspaces", headers={"X-Organization-Id": other.organization_id}).status_code == 403
    assert api.get("/api/v1/orgs/current", headers={"X-Organization-Id": "not-a-uuid"}).status_code == 403


def test_dataset_of_workspace_a_is_invisible_from_workspace_b(api: httpx.Client) -> None:
    workspace_b = api.post("/api/v1/workspaces", json={"display_name": "B"}).json()["id"]
    in_b = {"X-Tenant-Id": workspace_b}
    dataset = api.post("/api/v1/datasets", json={"name": "only-in-a"}).json()

    assert api.get(f"/api/v1/datasets/{dataset['id']}", headers=in_b).status_code == 404
    assert api.patch(f"/api/v1/datasets/{dataset['id']}", json={"description": "x"}, headers=in_b).status_code == 404
    assert api.delete(f"/api/v1/datasets/{dataset['id']}", headers=in_b).status_code == 404
    assert api.get("/api/v1/datasets", headers=in_b).json() == []
    assert api.get(f"/api/v1/datasets/{dataset['id']}").status_code == 200


def test_same_dataset_name_is_allowed_in_two_workspaces(api: httpx.Client) -> None:
    workspace_b = api.post("/api/v1/workspaces", json={"display_name": "B"}).json()["id"]
    assert api.post("/api/v1/datasets", json={"name": "shared"}).status_code == 200
    assert (
        api.post("/api/v1/datasets", json={"name": "shared"}, headers={"X-Tenant-Id": workspace_b}).status_code == 200
    )


def test_project_of_workspace_a_is_invisible_from_workspace_b(api: httpx.Client) -> None:
    workspace_b = api.post("/api/v1/workspaces", json={"display_name": "B"}).json()["id"]
    in_b = {"X-Tenant-Id": workspace_b}
    project = api.post("/api/v1/sessions", json={"name": "only-in-a"}).json()
    assert api.get(f"/api/v1/sessions/{project['id']}", headers=in_b).status_code == 404
    assert api.get("/api/v1/sessions", headers=in_b).json() == []


def test_workspace_of_another_organization_is_not_found(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    other = langsmith_emulator.server.create_organization()
    assert api.get(f"/api/v1/workspaces/{other.workspace_id}").status_code == 404
    assert api.patch(f"/api/v1/workspaces/{other.workspace_id}", json={"display_name": "x"}).status_code == 404
