"""The LangSmith core family's contract session: workspaces, organisations, datasets and tracer sessions
(run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every core operation once, successfully, plus the main refusals."""
    workspace_id = str(uuid.uuid4())
    call(
        "POST",
        "/api/v1/workspaces",
        200,
        json={"id": workspace_id, "display_name": "Contract (1)", "tenant_handle": f"c-{workspace_id[:8]}"},
    )
    call("GET", "/api/v1/workspaces", 200, params={"include_deleted": True})
    call("GET", f"/api/v1/workspaces/{workspace_id}", 200)
    call("PATCH", f"/api/v1/workspaces/{workspace_id}", 200, json={"display_name": "Contract renamed"})
    call("POST", "/api/v1/workspaces", 422, json={"display_name": "bad;name"})
    call("GET", "/api/v1/orgs/current", 200)
    call("GET", "/api/v1/orgs/current/info", 200)
    call("GET", "/v1/platform/orgs/current/info", 200)
    call("GET", "/api/v1/platform/orgs/current/info", 200)
    call(
        "PATCH",
        "/api/v1/orgs/current/info",
        200,
        json={"max_pat_expiry_days": 90, "ip_allowlist": ["10.0.0.0/8"], "public_sharing_disabled": True},
    )
    call("PATCH", "/api/v1/orgs/current/info", 422, json={"max_pat_expiry_days": "soon"})
    call("PATCH", "/api/v1/orgs/current/login-methods", 200, json={"sso_only": True})
    call("PATCH", "/api/v1/orgs/current/info", 200, json={"max_pat_expiry_days": None})
    call("PATCH", "/api/v1/orgs/current/login-methods", 200, json={"sso_only": False})

    dataset = call(
        "POST",
        "/api/v1/datasets",
        200,
        json={
            "id": str(uuid.uuid4()),
            "name": "contract dataset",
            "description": "d",
            "created_at": "2026-01-02T03:04:05Z",
            "inputs_schema_definition": {"type": "object"},
            "outputs_schema_definition": None,
            "externally_managed": False,
            "transformations": [{"path": ["inputs"], "transformation_type": "remove_extra_fields"}],
            "extra": {"metadata": {"owner": "contract"}},
            "data_type": "chat",
            "tag_value_ids": [],
        },
    )
    call("POST", "/api/v1/datasets", 409, json={"name": "contract dataset"})
    call("POST", "/api/v1/datasets", 422, json={"description": "no name"})
    call("GET", "/api/v1/datasets", 200, params={"name_contains": "contract", "data_type": ["chat", "kv"], "limit": 10})
    call("GET", "/api/v1/datasets", 200, params={"sort_by": "name", "sort_by_desc": False, "exclude": "example_count"})
    call("GET", f"/api/v1/datasets/{dataset['id']}", 200)
    call("GET", f"/api/v1/datasets/{uuid.uuid4()}", 404)
    call(
        "PATCH",
        f"/api/v1/datasets/{dataset['id']}",
        200,
        json={"name": "contract dataset 2", "description": None, "metadata": {"owner": "x"}, "transformations": []},
    )

    experiment = call(
        "POST",
        "/api/v1/sessions",
        200,
        json={
            "id": str(uuid.uuid4()),
            "name": "contract experiment",
            "description": "e",
            "start_time": "2026-01-02T03:04:05.123456+00:00",
            "end_time": None,
            "extra": {"metadata": {"k": "v"}},
            "reference_dataset_id": dataset["id"],
            "default_dataset_id": dataset["id"],
            "trace_tier": "longlived",
            "tag_value_ids": [],
        },
    )
    call(
        "POST",
        "/api/v1/sessions",
        200,
        params={"upsert": True},
        json={"name": "contract experiment", "description": "u"},
    )
    call("POST", "/api/v1/sessions", 409, json={"name": "contract experiment"})
    project = call("POST", "/api/v1/sessions", 200, json={"name": "contract project"})
    call("GET", "/api/v1/sessions", 200, params={"reference_dataset": dataset["id"], "include_stats": True})
    call("GET", "/api/v1/sessions", 200, params={"reference_free": True, "sort_by": "name", "limit": 1})
    call("GET", f"/api/v1/sessions/{experiment['id']}", 200, params={"include_stats": True})
    call(
        "PATCH",
        f"/api/v1/sessions/{project['id']}",
        200,
        json={"description": "p", "trace_tier": "shortlived", "end_time": "2026-01-03T00:00:00Z"},
    )
    call("PATCH", f"/api/v1/datasets/{dataset['id']}", 200, json={"baseline_experiment_id": experiment["id"]})
    call("DELETE", f"/api/v1/sessions/{project['id']}", 200)
    call("DELETE", "/api/v1/sessions", 200, params={"session_ids": [experiment["id"]]})

    dataset_contents(call, dataset["id"])

    other = call("POST", "/api/v1/datasets", 200, json={"name": "contract other"})
    call("DELETE", f"/api/v1/datasets/{dataset['id']}", 200)
    call("DELETE", "/api/v1/datasets", 200, params={"dataset_ids": [other["id"]]})
    call("DELETE", f"/api/v1/workspaces/{workspace_id}", 200)
    call("GET", f"/api/v1/workspaces/{workspace_id}", 404)
    call("GET", "/api/v1/datasets", 401, headers={"X-Api-Key": ""})
    call("GET", "/v1/platform/orgs/current/info", 401, headers={"X-Api-Key": "unknown"})
    call("GET", "/api/v1/datasets", 403, headers={"X-Tenant-Id": str(uuid.uuid4())})
    call("GET", "/api/v1/info", 200, headers={"X-Api-Key": ""})


def dataset_contents(call: Call, dataset_id: str) -> None:
    """Examples, versions and version tags, splits and shares of a dataset."""
    example_id = str(uuid.uuid4())
    body = {"id": example_id, "dataset_id": dataset_id, "inputs": {"q": "2+2"}, "outputs": {"a": "4"}}
    call("POST", "/api/v1/examples", 200, json={**body, "metadata": {"m": 1}, "split": ["base", "hard"]})
    call("POST", "/api/v1/examples", 409, json=body)
    call("POST", "/api/v1/examples", 404, json={**body, "id": str(uuid.uuid4()), "dataset_id": str(uuid.uuid4())})
    first = call("GET", f"/api/v1/datasets/{dataset_id}/version", 200)
    call("PATCH", f"/api/v1/examples/{example_id}", 200, json={"outputs": {"a": "four"}, "split": "base"})
    call("GET", f"/api/v1/examples/{example_id}", 200, params={"dataset": dataset_id})
    call("GET", f"/api/v1/examples/{example_id}", 200, params={"as_of": first["as_of"]})
    call("GET", f"/api/v1/examples/{uuid.uuid4()}", 404)
    call("GET", "/api/v1/examples", 200, params={"dataset": dataset_id, "splits": ["base"], "limit": 10})
    call("GET", "/api/v1/examples", 200, params={"id": [example_id], "offset": 0})
    call("PUT", f"/api/v1/datasets/{dataset_id}/tags", 200, json={"as_of": first["as_of"], "tag": "prod"})
    call("PUT", f"/api/v1/datasets/{dataset_id}/tags", 200, json={"as_of": "latest", "tag": "staging"})
    call("GET", f"/api/v1/datasets/{dataset_id}/version", 200, params={"tag": "prod"})
    call("GET", f"/api/v1/datasets/{dataset_id}/version", 404, params={"tag": "nowhere"})
    call("GET", f"/api/v1/datasets/{dataset_id}/version", 200, params={"as_of": first["as_of"]})
    call("GET", f"/api/v1/datasets/{dataset_id}/versions", 200, params={"search": "prod", "limit": 5})
    call("GET", "/api/v1/examples", 200, params={"dataset": dataset_id, "as_of": "prod"})
    call("PUT", f"/api/v1/datasets/{dataset_id}/splits", 200, json={"split_name": "test", "examples": [example_id]})
    call(
        "PUT",
        f"/api/v1/datasets/{dataset_id}/splits",
        200,
        json={"split_name": "test", "examples": [example_id], "remove": True},
    )
    call("GET", f"/api/v1/datasets/{dataset_id}/splits", 200, params={"as_of": "latest"})
    call("GET", f"/api/v1/datasets/{dataset_id}/share", 200)
    call("PUT", f"/api/v1/datasets/{dataset_id}/share", 200, params={"share_projects": False})
    call("GET", f"/api/v1/datasets/{dataset_id}/share", 200)
    call("DELETE", f"/api/v1/datasets/{dataset_id}/share", 200)
    call("DELETE", f"/api/v1/datasets/{dataset_id}/share", 404)
    second = call("POST", "/api/v1/examples", 200, json={"dataset_id": dataset_id, "inputs": {"q": "1+1"}})
    call("DELETE", f"/api/v1/examples/{example_id}", 200)
    call("DELETE", "/api/v1/examples", 200, params={"example_ids": [second["id"]]})
    rows = [{"id": str(uuid.uuid4()), "dataset_id": dataset_id, "inputs": {"q": str(n)}} for n in range(2)]
    call("POST", "/api/v1/examples/bulk", 200, json=rows)
    call("POST", "/api/v1/examples/bulk", 409, json=rows)
    call("POST", "/api/v1/examples/bulk", 404, json=[{"dataset_id": str(uuid.uuid4()), "inputs": {"q": "?"}}])
    call("PATCH", "/api/v1/examples/bulk", 200, json=[{"id": r["id"], "outputs": {"a": "x"}} for r in rows])
    call("PATCH", "/api/v1/examples/bulk", 404, json=[{"id": str(uuid.uuid4()), "outputs": {"a": "x"}}])
    call("DELETE", "/api/v1/examples", 200, params={"example_ids": [r["id"] for r in rows]})
