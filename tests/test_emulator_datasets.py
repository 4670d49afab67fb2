"""Emulator datasets: create, read, list filters, PATCH semantics, deletes."""

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


def create(api: httpx.Client, **fields: object) -> dict:
    response = api.post("/api/v1/datasets", json=fields)
    assert response.status_code == 200, response.text
    return response.json()


def test_create_dataset_returns_it_with_server_fields(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    dataset = create(api, name="qa", description="questions", data_type="chat")
    assert dataset["name"] == "qa" and dataset["description"] == "questions" and dataset["data_type"] == "chat"
    assert dataset["tenant_id"] == langsmith_emulator.workspace_id
    assert dataset["session_count"] == 0 and dataset["example_count"] == 0
    assert uuid.UUID(dataset["id"])
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json() == dataset


def test_create_dataset_honours_client_id(api: httpx.Client) -> None:
    wanted = str(uuid.uuid4())
    assert create(api, name="mine", id=wanted)["id"] == wanted


def test_duplicate_dataset_name_conflicts(api: httpx.Client) -> None:
    create(api, name="twice")
    response = api.post("/api/v1/datasets", json={"name": "twice"})
    assert response.status_code == 409
    assert "already exists" in response.json()["detail"]


def test_duplicate_dataset_id_conflicts(api: httpx.Client) -> None:
    wanted = str(uuid.uuid4())
    create(api, name="first", id=wanted)
    assert api.post("/api/v1/datasets", json={"name": "second", "id": wanted}).status_code == 409


def test_metadata_is_sent_as_extra_metadata_and_read_back_as_metadata(api: httpx.Client) -> None:
    dataset = create(api, name="with-metadata", extra={"metadata": {"team": "search"}})
    assert dataset["metadata"] == {"team": "search"}
    assert "extra" not in dataset


def test_create_dataset_rejects_spec_invalid_bodies(api: httpx.Client) -> None:
    assert api.post("/api/v1/datasets", json={}).status_code == 422
    assert api.post("/api/v1/datasets", json={"name": "x", "data_type": "tabular"}).status_code == 422
    assert api.post("/api/v1/datasets", json={"name": "x", "id": "nope"}).status_code == 422
    too_many_tags = [str(uuid.uuid4()) for _ in range(101)]
    assert api.post("/api/v1/datasets", json={"name": "x", "tag_value_ids": too_many_tags}).status_code == 422
    bad_transformation = [{"path": ["a"], "transformation_type": "shout"}]
    assert api.post("/api/v1/datasets", json={"name": "x", "transformations": bad_transformation}).status_code == 422


def test_unknown_body_fields_are_ignored(api: httpx.Client) -> None:
    dataset = create(api, name="lenient", surprise="ignored")
    assert "surprise" not in dataset


def test_patch_leaves_omitted_fields_and_clears_explicit_nulls(api: httpx.Client) -> None:
    schema = {"type": "object"}
    dataset = create(api, name="patchy", description="keep me", inputs_schema_definition=schema)

    response = api.patch(f"/api/v1/datasets/{dataset['id']}", json={"inputs_schema_definition": None})
    assert response.status_code == 200
    assert response.headers["X-Updated-Examples-Count"] == "0"
    assert response.json()["description"] == "keep me"
    assert response.json()["inputs_schema_definition"] is None
    assert "metadata" not in response.json()  # DatasetSchemaForUpdate has no metadata

    missing = {"__missing__": "__missing__"}
    api.patch(f"/api/v1/datasets/{dataset['id']}", json={"description": missing, "name": "renamed"})
    after = api.get(f"/api/v1/datasets/{dataset['id']}").json()
    assert (after["name"], after["description"]) == ("renamed", "keep me")


def test_patch_metadata_replaces_and_null_clears_it(api: httpx.Client) -> None:
    dataset = create(api, name="meta", extra={"metadata": {"a": 1}})
    api.patch(f"/api/v1/datasets/{dataset['id']}", json={"metadata": {"b": 2}})
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["metadata"] == {"b": 2}
    api.patch(f"/api/v1/datasets/{dataset['id']}", json={"metadata": None})
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["metadata"] is None


def test_patch_updates_modified_at(api: httpx.Client) -> None:
    dataset = create(api, name="timestamps")
    api.patch(f"/api/v1/datasets/{dataset['id']}", json={"description": "changed"})
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["modified_at"] > dataset["modified_at"]


def test_renaming_onto_an_existing_dataset_name_conflicts(api: httpx.Client) -> None:
    create(api, name="taken")
    dataset = create(api, name="mine")
    assert api.patch(f"/api/v1/datasets/{dataset['id']}", json={"name": "taken"}).status_code == 409
    assert api.patch(f"/api/v1/datasets/{dataset['id']}", json={"name": "mine"}).status_code == 200


def test_patch_rejects_data_type_changes_silently_and_bad_types_loudly(api: httpx.Client) -> None:
    dataset = create(api, name="typed", data_type="kv")
    assert api.patch(f"/api/v1/datasets/{dataset['id']}", json={"data_type": "chat"}).status_code == 200
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["data_type"] == "kv"
    assert api.patch(f"/api/v1/datasets/{dataset['id']}", json={"name": ["list"]}).status_code == 422


def test_unknown_dataset_is_404(api: httpx.Client) -> None:
    missing = uuid.uuid4()
    assert api.get(f"/api/v1/datasets/{missing}").status_code == 404
    assert api.patch(f"/api/v1/datasets/{missing}", json={}).status_code == 404
    assert api.delete(f"/api/v1/datasets/{missing}").status_code == 404


def test_list_filters_by_name_id_type_and_metadata(api: httpx.Client) -> None:
    alpha = create(api, name="Alpha set", data_type="kv", extra={"metadata": {"env": "prod", "n": 1}})
    beta = create(api, name="beta set", data_type="chat", extra={"metadata": {"env": "dev"}})
    create(api, name="gamma", data_type="llm")

    def names(**params: Any) -> set[str]:
        response = api.get("/api/v1/datasets", params=params)
        assert response.status_code == 200, response.text
        return {d["name"] for d in response.json()}

    assert names(name="Alpha set") == {"Alpha set"}
    assert names(name_contains="SET") == {"Alpha set", "beta set"}
    assert names(id=[alpha["id"], beta["id"]]) == {"Alpha set", "beta set"}
    assert names(data_type="chat") == {"beta set"}
    assert names(data_type=["chat", "llm"]) == {"beta set", "gamma"}
    assert names(metadata='{"env": "prod"}') == {"Alpha set"}
    assert api.get("/api/v1/datasets", params={"metadata": "not json"}).status_code == 422


def test_list_paginates_with_offset_and_limit(api: httpx.Client) -> None:
    for index in range(5):
        create(api, name=f"page-{index}")
    first = api.get("/api/v1/datasets", params={"sort_by": "name", "sort_by_desc": False, "limit": 2}).json()
    rest = api.get("/api/v1/datasets", params={"sort_by": "name", "sort_by_desc": False, "offset": 2}).json()
    assert [d["name"] for d in first + rest] == [f"page-{i}" for i in range(5)]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"sort_by": "size"}])
def test_list_rejects_out_of_range_parameters(api: httpx.Client, params: dict) -> None:
    assert api.get("/api/v1/datasets", params=params).status_code == 422


def test_list_can_exclude_example_count(api: httpx.Client) -> None:
    create(api, name="counted")
    [dataset] = api.get("/api/v1/datasets", params={"exclude": "example_count"}).json()
    assert dataset["example_count"] is None


def test_experiments_count_as_dataset_sessions(api: httpx.Client) -> None:
    dataset = create(api, name="evaluated")
    api.post("/api/v1/sessions", json={"name": "experiment-1", "reference_dataset_id": dataset["id"]})
    read = api.get(f"/api/v1/datasets/{dataset['id']}").json()
    assert read["session_count"] == 1
    assert read["last_session_start_time"] is not None


def test_delete_dataset_removes_it_and_its_experiments(api: httpx.Client) -> None:
    dataset = create(api, name="doomed")
    experiment = api.post("/api/v1/sessions", json={"name": "exp", "reference_dataset_id": dataset["id"]}).json()
    assert api.delete(f"/api/v1/datasets/{dataset['id']}").status_code == 200
    assert api.get(f"/api/v1/datasets/{dataset['id']}").status_code == 404
    assert api.get(f"/api/v1/sessions/{experiment['id']}").status_code == 404


def test_bulk_delete_removes_listed_datasets_and_ignores_unknown_ids(api: httpx.Client) -> None:
    keep = create(api, name="keep")
    doomed = [create(api, name=f"bulk-{i}")["id"] for i in range(3)]
    response = api.delete("/api/v1/datasets", params={"dataset_ids": [*doomed, str(uuid.uuid4())]})
    assert response.status_code == 200
    assert [d["id"] for d in api.get("/api/v1/datasets").json()] == [keep["id"]]


def test_bulk_delete_requires_ids_and_caps_them_at_100(api: httpx.Client) -> None:
    assert api.delete("/api/v1/datasets").status_code == 422
    too_many = [str(uuid.uuid4()) for _ in range(101)]
    assert api.delete("/api/v1/datasets", params={"dataset_ids": too_many}).status_code == 422


def test_naive_timestamps_from_the_sdks_are_read_as_utc(api: httpx.Client) -> None:
    dataset = create(api, name="naive", created_at="2026-01-02T03:04:05.5")
    assert dataset["created_at"] == "2026-01-02T03:04:05.500000Z"
