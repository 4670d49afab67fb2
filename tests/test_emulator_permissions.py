"""The emulator enforces roles and permissions as LangSmith does: every route needs a permission of the spec's
catalogue (`authz_internal.Permission`), a key acts with its own organisation and workspace roles (custom roles
included), a principal never grants more than it holds, and keys are stored as hashes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.emulator.families.langsmith.tables import API_KEYS
from pulumi_langsmith.emulator.registry import registered_families
from pulumi_langsmith.testing import LangSmithEmulator


@pytest.fixture
def api(langsmith_emulator: LangSmithEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def role_id(emulator: LangSmithEmulator, name: str) -> str:
    return principals.role_id_of(emulator.organization_id, name)


@contextmanager
def client_with(emulator: LangSmithEmulator, key: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": key}) as client:
        yield client


def service_key(api: httpx.Client, **body: object) -> str:
    response = api.post("/api/v1/orgs/current/service-keys", json={"description": "test", **body})
    assert response.status_code == 200, response.text
    return str(response.json()["key"])


def viewer_key(api: httpx.Client, emulator: LangSmithEmulator) -> str:
    """A workspace-scoped key with the Viewer role in the emulator's workspace."""
    return service_key(api, workspaces=[emulator.workspace_id], role_id=role_id(emulator, principals.WORKSPACE_VIEWER))


def org_user_key(api: httpx.Client, emulator: LangSmithEmulator, workspace_role: str) -> str:
    """An organisation-wide key with the Organization User role (it may create PATs) and a workspace role."""
    return service_key(
        api,
        org_role_id=role_id(emulator, principals.ORGANIZATION_USER),
        role_id=role_id(emulator, workspace_role),
        default_workspace_id=emulator.workspace_id,
    )


def declares_permissions(dependant: Dependant) -> bool:
    """Whether `requires(...)` is among the route's dependencies (its checks are named `requires_<perms>`)."""
    return any(
        getattr(d.call, "__name__", "").startswith("requires_") or declares_permissions(d)
        for d in dependant.dependencies
    )


def test_every_route_declares_the_permissions_it_needs() -> None:
    # SCIM authenticates with its own bearer token, and `/info` answers before any key is known.
    unauthenticated = {("langsmith", "/info")}
    missing = [
        (family.name, sorted(route.methods), route.path)
        for family in registered_families()
        if family.name != "scim"
        for mount in family.mounts
        for route in mount.router.routes
        if isinstance(route, APIRoute)
        and (family.name, route.path) not in unauthenticated
        and not declares_permissions(route.dependant)
    ]
    assert missing == []


def test_viewer_key_cannot_create_a_dataset(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    with client_with(langsmith_emulator, viewer_key(api, langsmith_emulator)) as viewer:
        assert viewer.get("/api/v1/datasets").status_code == 200
        response = viewer.post("/api/v1/datasets", json={"name": "viewer-made"})
        assert response.status_code == 403
        assert "datasets:create" in response.json()["detail"]
        assert viewer.post("/api/v1/sessions", json={"name": "viewer-made"}).status_code == 403
    assert api.get("/api/v1/datasets", params={"name": "viewer-made"}).json() == []


def test_viewer_key_cannot_delete_or_rename_its_workspace(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    workspace = f"/api/v1/workspaces/{langsmith_emulator.workspace_id}"
    with client_with(langsmith_emulator, viewer_key(api, langsmith_emulator)) as viewer:
        assert viewer.get(workspace).status_code == 200
        assert viewer.patch(workspace, json={"display_name": "Renamed"}).status_code == 403
        assert viewer.delete(workspace).status_code == 403
    assert api.get(workspace).json()["is_deleted"] is False


def test_editor_key_cannot_delete_a_dataset(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    # docs organization-workspace-operations.mdx: "Delete a dataset": Workspace Editor ✗ (`datasets:delete`)
    editor = service_key(
        api,
        workspaces=[langsmith_emulator.workspace_id],
        role_id=role_id(langsmith_emulator, principals.WORKSPACE_USER),
    )
    with client_with(langsmith_emulator, editor) as client:
        dataset = client.post("/api/v1/datasets", json={"name": "edited"}).json()
        assert client.patch(f"/api/v1/datasets/{dataset['id']}", json={"description": "x"}).status_code == 200
        assert client.delete(f"/api/v1/datasets/{dataset['id']}").status_code == 403


def test_viewer_key_cannot_mint_an_org_admin_pat(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    org_admin = {"org_role_id": role_id(langsmith_emulator, principals.ORGANIZATION_ADMIN)}
    pats = "/api/v1/orgs/current/personal-access-tokens"
    with client_with(langsmith_emulator, viewer_key(api, langsmith_emulator)) as viewer:
        assert viewer.post(pats, json=org_admin).status_code == 403  # a workspace key: no organization:pats:create
    with client_with(langsmith_emulator, org_user_key(api, langsmith_emulator, principals.WORKSPACE_VIEWER)) as user:
        assert user.post(pats, json=org_admin).status_code == 403
        assert (
            user.post(pats, json={"role_id": role_id(langsmith_emulator, principals.WORKSPACE_ADMIN)}).status_code
            == 403
        )
        assert (
            user.post(pats, json={"role_id": role_id(langsmith_emulator, principals.WORKSPACE_VIEWER)}).status_code
            == 200
        )
    org_viewer = service_key(api, org_role_id=role_id(langsmith_emulator, principals.ORGANIZATION_VIEWER))
    with client_with(langsmith_emulator, org_viewer) as viewer:
        assert viewer.post(pats, json={}).status_code == 403  # Organization Viewer: no organization:pats:create
    assert api.get(pats).json() == []


def test_key_cannot_revoke_another_principals_pat(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    admin_pat = api.post("/api/v1/orgs/current/personal-access-tokens", json={"description": "admin's"}).json()
    with client_with(langsmith_emulator, org_user_key(api, langsmith_emulator, principals.WORKSPACE_USER)) as user:
        assert user.get("/api/v1/orgs/current/personal-access-tokens").json() == []
        assert user.delete(f"/api/v1/orgs/current/personal-access-tokens/{admin_pat['id']}").status_code == 404
        own = user.post(
            "/api/v1/orgs/current/personal-access-tokens",
            json={"role_id": role_id(langsmith_emulator, principals.WORKSPACE_VIEWER)},
        ).json()
        assert [p["id"] for p in user.get("/api/v1/orgs/current/personal-access-tokens").json()] == [own["id"]]
        assert user.delete(f"/api/v1/orgs/current/personal-access-tokens/{own['id']}").status_code == 200
    with client_with(langsmith_emulator, admin_pat["key"]) as still_valid:
        assert still_valid.get("/api/v1/orgs/current").status_code == 200
    assert [p["id"] for p in api.get("/api/v1/orgs/current/personal-access-tokens").json()] == [admin_pat["id"]]


def test_custom_role_with_only_datasets_read_can_read_but_not_create(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    role = api.post(
        "/api/v1/orgs/current/roles",
        json={"display_name": "Dataset reader", "description": "", "permissions": ["datasets:read"]},
    ).json()
    api.post("/api/v1/datasets", json={"name": "readable"}).raise_for_status()
    key = service_key(api, workspaces=[langsmith_emulator.workspace_id], role_id=role["id"])
    with client_with(langsmith_emulator, key) as reader:
        assert [d["name"] for d in reader.get("/api/v1/datasets").json()] == ["readable"]
        assert reader.post("/api/v1/datasets", json={"name": "nope"}).status_code == 403
        assert reader.get("/api/v1/sessions").status_code == 403  # no projects:read
        # A change of the custom role takes effect on the key's next request.
        api.patch(
            f"/api/v1/orgs/current/roles/{role['id']}",
            json={
                "display_name": "Dataset reader",
                "description": "",
                "permissions": ["datasets:read", "datasets:create"],
            },
        ).raise_for_status()
        assert reader.post("/api/v1/datasets", json={"name": "now-allowed"}).status_code == 200


def test_key_role_change_takes_effect_at_once(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    created = api.post(
        "/api/v1/orgs/current/service-keys", json={"workspaces": [langsmith_emulator.workspace_id]}
    ).json()
    with client_with(langsmith_emulator, created["key"]) as client:
        assert client.post("/api/v1/datasets", json={"name": "as-admin"}).status_code == 200
        api.patch(
            f"/api/v1/orgs/current/service-keys/{created['id']}",
            json={"role_id": role_id(langsmith_emulator, principals.WORKSPACE_VIEWER)},
        ).raise_for_status()
        assert client.post("/api/v1/datasets", json={"name": "as-viewer"}).status_code == 403


def test_key_cannot_grant_more_than_it_holds(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    other = api.post("/api/v1/workspaces", json={"display_name": "Elsewhere"}).json()["id"]
    home = langsmith_emulator.workspace_id
    keys = "/api/v1/orgs/current/service-keys"
    admin_role, viewer_role = (
        role_id(langsmith_emulator, n) for n in (principals.WORKSPACE_ADMIN, principals.WORKSPACE_VIEWER)
    )
    with client_with(langsmith_emulator, org_user_key(api, langsmith_emulator, principals.WORKSPACE_USER)) as editor:
        assert editor.post(keys, json={"workspaces": [home], "role_id": admin_role}).status_code == 403
        assert editor.post(keys, json={"workspaces": [other], "role_id": viewer_role}).status_code == 403
        assert editor.post(keys, json={"role_id": viewer_role}).status_code == 403  # org-wide: organization:manage
        assert editor.post(keys, json={"workspaces": [home], "role_id": viewer_role}).status_code == 200
        # nor may it write roles, invite members or re-role anyone
        role = {"display_name": "Escalate", "description": "", "permissions": ["workspaces:manage"]}
        assert editor.post("/api/v1/orgs/current/roles", json=role).status_code == 403
        assert editor.post("/api/v1/orgs/current/members", json={"email": "x@example.com"}).status_code == 403
    # no key above the caller survives a refused request
    assert len(api.get(keys).json()) == 2
    # a workspace admin may manage its workspace's members, but never with more than it holds there
    workspace_admin = service_key(api, workspaces=[home], role_id=admin_role)
    with client_with(langsmith_emulator, workspace_admin) as ws_admin:
        custom = api.post(
            "/api/v1/orgs/current/roles",
            json={"display_name": "Wide", "description": "", "permissions": ["datasets:read"]},
        ).json()
        assert ws_admin.post("/api/v1/orgs/current/roles", json=role).status_code == 403
        assert ws_admin.get("/api/v1/workspaces/current/members").status_code == 200
        assert ws_admin.post("/api/v1/api-key", json={"role_id": custom["id"]}).status_code == 200
        assert ws_admin.post("/api/v1/api-key", json={}, headers={"X-Tenant-Id": other}).status_code == 403


def test_org_admin_key_keeps_the_common_path(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    other = api.post("/api/v1/workspaces", json={"display_name": "Second"}).json()["id"]
    assert api.post("/api/v1/datasets", json={"name": "d"}, headers={"X-Tenant-Id": other}).status_code == 200
    pat = api.post(
        "/api/v1/orgs/current/personal-access-tokens",
        json={"org_role_id": role_id(langsmith_emulator, principals.ORGANIZATION_ADMIN)},
    )
    assert pat.status_code == 200
    assert api.delete(f"/api/v1/workspaces/{other}").status_code == 200


def test_keys_are_stored_as_hashes(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    service = api.post("/api/v1/orgs/current/service-keys", json={}).json()["key"]
    pat = api.post("/api/v1/orgs/current/personal-access-tokens", json={}).json()["key"]
    legacy = api.post("/api/v1/api-key", json={}).json()["key"]
    store = langsmith_emulator.server.store
    with store.transaction():
        dump = "\n".join(store._conn.iterdump())
    for key in (service, pat, legacy, langsmith_emulator.api_key, langsmith_emulator.server.api_key):
        assert key not in dump
        stored = store.get(API_KEYS, hashlib.sha256(key.encode()).hexdigest())
        assert stored is not None  # a key authenticates by its hash
        with client_with(langsmith_emulator, key) as client:
            assert client.get("/api/v1/orgs/current").status_code == 200
