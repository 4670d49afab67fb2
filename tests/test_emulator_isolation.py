"""No cross-organisation oracles: a create never tells whether an id or handle exists in another organisation.

Dataset, project and prompt-webhook ids are unique per workspace (`Table.ids_per_scope`), so an id another
organisation uses is free for the caller: the create answers exactly as it does for an id nobody uses.
Workspace `tenant_handle`s are unique per organisation.
"""

from __future__ import annotations

from uuid import uuid4

import httpx
import pytest


@pytest.fixture
def other_org(langsmith_emulator):
    """A second organisation of the same emulator and an httpx client acting as its admin."""
    tenancy = langsmith_emulator.server.create_organization("Other")
    with httpx.Client(
        base_url=langsmith_emulator.base_url,
        headers={"X-Api-Key": tenancy.api_key, "X-Tenant-Id": tenancy.workspace_id},
        timeout=10,
    ) as client:
        yield client


@pytest.fixture
def mine(langsmith_emulator):
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers, timeout=10) as client:
        yield client


def _shape(response: httpx.Response) -> tuple[int, list[str]]:
    """What a caller can compare between two creates: the status and the response's fields."""
    body = response.json()
    return response.status_code, sorted(body) if isinstance(body, dict) else []


CREATES = {
    "dataset": ("/api/v1/datasets", lambda i: {"id": i, "name": f"ds-{uuid4()}"}),
    "project": ("/api/v1/sessions", lambda i: {"id": i, "name": f"p-{uuid4()}"}),
    "prompt webhook": (
        "/api/v1/prompt-webhooks",
        lambda i: {"id": i, "url": "https://example.com/hook", "triggers": ["commit"]},
    ),
}


@pytest.mark.parametrize("kind", sorted(CREATES))
def test_an_id_taken_in_another_organisation_answers_like_a_fresh_id(kind, mine, other_org):
    path, body = CREATES[kind]
    theirs = str(uuid4())
    assert other_org.post(path, json=body(theirs)).status_code == 200

    taken_elsewhere = mine.post(path, json=body(theirs))
    fresh = mine.post(path, json=body(str(uuid4())))

    assert taken_elsewhere.status_code == 200, taken_elsewhere.text
    assert _shape(taken_elsewhere) == _shape(fresh)
    assert taken_elsewhere.json()["id"] == theirs


@pytest.mark.parametrize("kind", sorted(CREATES))
def test_the_same_id_in_two_organisations_names_two_separate_objects(kind, mine, other_org):
    path, body = CREATES[kind]
    shared = str(uuid4())
    assert other_org.post(path, json=body(shared)).status_code == 200
    assert mine.post(path, json=body(shared)).status_code == 200

    assert mine.delete(f"{path}/{shared}").status_code == 200
    assert mine.get(f"{path}/{shared}").status_code == 404
    assert other_org.get(f"{path}/{shared}").status_code == 200  # theirs survives my delete


def test_an_id_used_twice_in_one_workspace_is_still_a_conflict(mine):
    dataset_id = str(uuid4())
    assert mine.post("/api/v1/datasets", json={"id": dataset_id, "name": "a"}).status_code == 200
    assert mine.post("/api/v1/datasets", json={"id": dataset_id, "name": "b"}).status_code == 409


def test_patching_a_shared_id_changes_only_the_callers_object(mine, other_org):
    shared = str(uuid4())
    other_org.post("/api/v1/datasets", json={"id": shared, "name": "theirs"})
    mine.post("/api/v1/datasets", json={"id": shared, "name": "mine"})
    assert mine.patch(f"/api/v1/datasets/{shared}", json={"description": "changed"}).status_code == 200
    assert other_org.get(f"/api/v1/datasets/{shared}").json()["description"] is None


def test_a_tenant_handle_taken_in_another_organisation_answers_like_a_fresh_one(mine, other_org):
    handle = f"h-{uuid4().hex[:12]}"
    assert (
        other_org.post("/api/v1/workspaces", json={"display_name": "Theirs", "tenant_handle": handle}).status_code
        == 200
    )

    taken_elsewhere = mine.post("/api/v1/workspaces", json={"display_name": "Mine", "tenant_handle": handle})
    fresh = mine.post("/api/v1/workspaces", json={"display_name": "Mine 2", "tenant_handle": f"h-{uuid4().hex[:12]}"})

    assert taken_elsewhere.status_code == 200, taken_elsewhere.text
    assert _shape(taken_elsewhere) == _shape(fresh)


def test_a_tenant_handle_used_twice_in_one_organisation_is_a_conflict(mine):
    handle = f"h-{uuid4().hex[:12]}"
    assert mine.post("/api/v1/workspaces", json={"display_name": "One", "tenant_handle": handle}).status_code == 200
    assert mine.post("/api/v1/workspaces", json={"display_name": "Two", "tenant_handle": handle}).status_code == 409


def test_store_refuses_to_address_a_per_scope_id_without_its_scope(langsmith_emulator):
    from pulumi_langsmith.emulator.families.langsmith.tables import DATASETS

    with pytest.raises(ValueError, match="per scope"):
        langsmith_emulator.server.store.get(DATASETS, uuid4())
