"""Emulator tracer sessions (projects)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pulumi_langsmith.testing import LangSmithEmulator


@pytest.fixture
def api(langsmith_emulator: LangSmithEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def create(api: httpx.Client, params: dict | None = None, **fields: object) -> dict:
    response = api.post("/api/v1/sessions", json=fields, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_create_project_keeps_client_id_and_metadata_in_extra(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    wanted = str(uuid.uuid4())
    project = create(api, id=wanted, name="tracing", description="d", extra={"metadata": {"team": "x"}})
    assert project["id"] == wanted
    assert project["tenant_id"] == langsmith_emulator.workspace_id
    assert project["extra"] == {"metadata": {"team": "x"}}
    read = api.get(f"/api/v1/sessions/{wanted}").json()
    assert (read["name"], read["description"], read["extra"]) == ("tracing", "d", {"metadata": {"team": "x"}})


def test_create_project_without_name_gets_one(api: httpx.Client) -> None:
    assert create(api)["name"]


def test_duplicate_project_name_conflicts(api: httpx.Client) -> None:
    create(api, name="twice")
    response = api.post("/api/v1/sessions", json={"name": "twice"})
    assert response.status_code == 409
    assert isinstance(response.json()["detail"], str)


def test_duplicate_project_id_conflicts(api: httpx.Client) -> None:
    wanted = str(uuid.uuid4())
    create(api, id=wanted, name="one")
    assert api.post("/api/v1/sessions", json={"id": wanted, "name": "two"}).status_code == 409


def test_upsert_updates_and_returns_the_project_of_the_same_name(api: httpx.Client) -> None:
    original = create(api, name="upserted", description="first", extra={"metadata": {"v": 1}})
    again = create(api, {"upsert": True}, name="upserted", description="second")
    assert again["id"] == original["id"]
    assert again["description"] == "second"
    assert again["extra"] == {"metadata": {"v": 1}}  # fields not sent stay
    assert len(api.get("/api/v1/sessions", params={"name": "upserted"}).json()) == 1


def test_upsert_creates_when_no_project_has_the_name(api: httpx.Client) -> None:
    wanted = str(uuid.uuid4())
    assert create(api, {"upsert": "true"}, id=wanted, name="fresh")["id"] == wanted


def test_reference_dataset_must_exist_in_the_same_workspace(api: httpx.Client) -> None:
    assert (
        api.post("/api/v1/sessions", json={"name": "e", "reference_dataset_id": str(uuid.uuid4())}).status_code == 404
    )
    other_workspace = api.post("/api/v1/workspaces", json={"display_name": "Other"}).json()["id"]
    foreign = api.post("/api/v1/datasets", json={"name": "elsewhere"}, headers={"X-Tenant-Id": other_workspace}).json()
    assert api.post("/api/v1/sessions", json={"name": "e", "reference_dataset_id": foreign["id"]}).status_code == 404


def test_patch_project_changes_sent_fields_only(api: httpx.Client) -> None:
    project = create(api, name="patchable", description="keep", trace_tier="longlived")
    response = api.patch(f"/api/v1/sessions/{project['id']}", json={"extra": {"metadata": {"a": 1}}})
    assert response.status_code == 200
    body = response.json()
    assert (body["description"], body["trace_tier"], body["extra"]) == ("keep", "longlived", {"metadata": {"a": 1}})
    cleared = api.patch(f"/api/v1/sessions/{project['id']}", json={"description": None}).json()
    assert cleared["description"] is None and cleared["name"] == "patchable"


def test_renaming_a_project_onto_an_existing_name_conflicts(api: httpx.Client) -> None:
    create(api, name="taken")
    project = create(api, name="mine")
    assert api.patch(f"/api/v1/sessions/{project['id']}", json={"name": "taken"}).status_code == 409


def test_invalid_trace_tier_is_422(api: httpx.Client) -> None:
    assert api.post("/api/v1/sessions", json={"name": "x", "trace_tier": "forever"}).status_code == 422
    assert api.post("/api/v1/sessions", json={"name": None}).status_code == 422


def test_list_filters_projects(api: httpx.Client) -> None:
    dataset = api.post("/api/v1/datasets", json={"name": "ref"}).json()
    experiment = create(api, name="Experiment one", reference_dataset_id=dataset["id"])
    tracing = create(api, name="tracing one", extra={"metadata": {"env": "prod"}})

    def ids(**params: Any) -> set[str]:
        response = api.get("/api/v1/sessions", params=params)
        assert response.status_code == 200, response.text
        return {s["id"] for s in response.json()}

    assert ids(reference_free=True) == {tracing["id"]}
    assert ids(reference_free=False) == {experiment["id"]}
    assert ids(reference_dataset=dataset["id"]) == {experiment["id"]}
    assert ids(name="tracing one") == {tracing["id"]}
    assert ids(name_contains="ONE") == {tracing["id"], experiment["id"]}
    assert ids(id=[tracing["id"]]) == {tracing["id"]}
    assert ids(metadata='{"env": "prod"}') == {tracing["id"]}


def test_list_and_read_with_stats_report_zero_runs(api: httpx.Client) -> None:
    project = create(api, name="no-runs")
    assert api.get(f"/api/v1/sessions/{project['id']}", params={"include_stats": True}).json()["run_count"] == 0
    assert api.get(f"/api/v1/sessions/{project['id']}").json()["run_count"] is None


def test_unsupported_filter_expressions_are_refused_not_ignored(api: httpx.Client) -> None:
    assert api.get("/api/v1/sessions", params={"filter": 'eq(name, "x")'}).status_code == 400


def test_delete_project_and_bulk_delete(api: httpx.Client) -> None:
    first, second, third = (create(api, name=f"p{i}")["id"] for i in range(3))
    assert api.delete(f"/api/v1/sessions/{first}").status_code == 200
    assert api.get(f"/api/v1/sessions/{first}").status_code == 404
    assert api.delete(f"/api/v1/sessions/{first}").status_code == 404
    assert api.delete("/api/v1/sessions", params={"session_ids": [second, str(uuid.uuid4())]}).status_code == 200
    assert {s["id"] for s in api.get("/api/v1/sessions").json()} == {third}
    assert api.delete("/api/v1/sessions").status_code == 422


def test_deleting_a_baseline_experiment_unsets_it_on_the_dataset(api: httpx.Client) -> None:
    dataset = api.post("/api/v1/datasets", json={"name": "with-baseline"}).json()
    experiment = create(api, name="baseline", reference_dataset_id=dataset["id"])
    patched = api.patch(f"/api/v1/datasets/{dataset['id']}", json={"baseline_experiment_id": experiment["id"]})
    assert patched.status_code == 200
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["baseline_experiment_id"] == experiment["id"]
    api.delete(f"/api/v1/sessions/{experiment['id']}")
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["baseline_experiment_id"] is None
