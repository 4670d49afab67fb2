"""The real Pulumi CLI (preview, up, refresh, destroy) against the emulator, for the foundation kinds."""

from __future__ import annotations

import base64

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject

pytestmark = pytest.mark.e2e

OUR_NAMES = {"workspace", "dataset", "project"}


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, "stack")
    stack.config("prefix", "e2e")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    return stack


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}
    ) as client:
        yield client


def datasets(api):
    return {d["name"]: d for d in api.get("/api/v1/datasets").json()}


def test_preview_up_and_a_second_preview_shows_no_changes(project, api, langsmith_emulator):
    assert project.changes() == {"workspace": "create", "dataset": "create", "project": "create"}
    assert not langsmith_emulator.writes(), "preview must not write"

    project.up()
    outputs = project.outputs()
    live = datasets(api)
    assert set(live) == {"e2e-dataset"}
    dataset = live["e2e-dataset"]
    assert dataset["id"] == outputs["dataset_id"] and dataset["description"] == "managed by pulumi"
    assert dataset["metadata"] == {"owner": "e2e"} and dataset["data_type"] == "kv"
    sessions = {s["name"]: s for s in api.get("/api/v1/sessions").json()}
    assert sessions["e2e-project"]["default_dataset_id"] == dataset["id"]
    workspaces = {w["display_name"]: w for w in api.get("/api/v1/workspaces").json()}
    assert workspaces["e2e Workspace"]["id"] == outputs["workspace_id"]

    assert project.changes() == {}


def test_mutable_change_updates_in_place_and_replace_field_replaces(project, api):
    project.up()
    before = datasets(api)["e2e-dataset"]["id"]

    project.config("datasetDescription", "now with a better description")
    assert project.changes() == {"dataset": "update"}
    project.up()
    live = datasets(api)["e2e-dataset"]
    assert live["id"] == before and live["description"] == "now with a better description"

    project.config("datasetType", "chat")
    assert project.changes() == {"dataset": "replace", "project": "update"}  # its default_dataset_id follows
    project.up()
    live = datasets(api)["e2e-dataset"]
    assert live["id"] != before and live["data_type"] == "chat"
    assert project.changes() == {}


def test_refresh_records_drift_and_up_puts_it_back(project, api):
    project.up()
    ids = project.outputs()
    api.patch(f"/api/v1/datasets/{ids['dataset_id']}", json={"description": "edited in the UI"}).raise_for_status()
    api.patch(f"/api/v1/sessions/{ids['project_id']}", json={"description": "edited too"}).raise_for_status()
    api.patch(
        f"/api/v1/workspaces/{ids['workspace_id']}",
        json={"display_name": "Renamed By Hand"},
        headers={"X-Tenant-Id": ids["workspace_id"]},
    ).raise_for_status()

    project.run("refresh")
    state = project.resources()
    assert state["dataset"]["inputs"]["description"] == "edited in the UI"
    assert state["project"]["inputs"]["description"] == "edited too"
    assert state["workspace"]["inputs"]["display_name"] == "Renamed By Hand"
    assert project.changes() == {"dataset": "update", "project": "update", "workspace": "update"}

    project.up()
    assert datasets(api)["e2e-dataset"]["description"] == "managed by pulumi"
    assert {s["name"]: s for s in api.get("/api/v1/sessions").json()}["e2e-project"]["description"] == "traces"
    assert "e2e Workspace" in {w["display_name"] for w in api.get("/api/v1/workspaces").json()}
    assert project.changes() == {}


def test_refresh_drops_objects_deleted_out_of_band_and_up_recreates_them(project, api):
    project.up()
    ids = project.outputs()
    api.delete(f"/api/v1/sessions/{ids['project_id']}").raise_for_status()
    api.delete(f"/api/v1/datasets/{ids['dataset_id']}").raise_for_status()

    project.run("refresh")
    assert {"dataset", "project"}.isdisjoint(project.resources())
    assert project.changes() == {"dataset": "create", "project": "create"}

    project.up()
    assert "e2e-dataset" in datasets(api)
    assert "e2e-project" in {s["name"] for s in api.get("/api/v1/sessions").json()}
    assert project.changes() == {}


def test_invalid_input_fails_preview_naming_the_property_without_any_write(project, langsmith_emulator):
    project.config("workspaceName", "no/slashes allowed")
    result = project.run("preview", check=False)
    assert result.returncode != 0
    assert "display_name" in result.output and "pattern" in result.output
    assert not langsmith_emulator.writes()


def test_state_holds_no_credential_and_a_small_provider(project, langsmith_emulator):
    project.up()
    exported = project.run("stack", "export").stdout
    assert langsmith_emulator.api_key not in exported
    for resource in project.resources().values():
        blob = resource["outputs"]["__provider"]
        assert isinstance(blob, str) and len(blob) < 200
        assert langsmith_emulator.api_key.encode() not in base64.b64decode(blob)
    config_file = (project.directory / f"Pulumi.{project.stack}.yaml").read_text()
    assert langsmith_emulator.api_key not in config_file and "secure:" in config_file


def test_environment_credentials_work_and_destroy_removes_everything(tmp_path, langsmith_emulator, api):
    project = PulumiProject.create(
        tmp_path,
        "stack",
        LANGSMITH_API_KEY=langsmith_emulator.api_key,
        LANGSMITH_ENDPOINT=langsmith_emulator.base_url,
    )
    project.config("prefix", "envcfg")
    project.up()
    assert "envcfg-dataset" in datasets(api)

    project.run("destroy")
    assert datasets(api) == {}
    assert api.get("/api/v1/sessions").json() == []
    assert "envcfg Workspace" not in {w["display_name"] for w in api.get("/api/v1/workspaces").json()}
    assert project.resources() == {}


def test_quickstart_example_goes_up_without_drift_and_comes_down(tmp_path, langsmith_emulator, api):
    example = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "quickstart", name="langsmith-quickstart")
    example.config("langsmith:endpoint", langsmith_emulator.base_url)
    example.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    example.up()
    outputs = example.outputs()
    assert outputs["project_tenant"] == outputs["workspace_id"]
    example.run("refresh")
    assert example.changes() == {}
    example.run("destroy")
    assert example.resources() == {}


def test_existing_dataset_is_refused_then_adopted_with_adopt_existing(project, api):
    existing = api.post("/api/v1/datasets", json={"name": "e2e-dataset", "description": "made by hand"}).json()

    refused = project.run("up", "--skip-preview", check=False)
    assert refused.returncode != 0
    assert "already exists" in refused.output and "adopt_existing" in refused.output

    project.config("adoptExisting", "true")
    project.up()
    live = datasets(api)
    assert list(live) == ["e2e-dataset"] and live["e2e-dataset"]["id"] == existing["id"]
    assert live["e2e-dataset"]["description"] == "managed by pulumi"
    assert project.outputs()["dataset_id"] == existing["id"]
    assert project.changes() == {}
