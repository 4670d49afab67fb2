"""The foundation kinds checked through the raw API, independently of the provider: the object the emulator
holds after create and update, drift made by hand, crash-retries. The common lifecycle of every kind (no-op
refresh, out-of-band delete, delete, adoption) is in the conformance suite, tests/test_conformance.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from conftest import configure
from pulumi_langsmith.resources import DatasetProvider, ProjectProvider, WorkspaceProvider


@dataclass
class Case:
    provider: type
    inputs: dict[str, Any]
    update: dict[str, Any]
    path: str
    drift: dict[str, Any]
    tenant_header_is_object: bool = False


CASES = {
    "dataset": Case(
        DatasetProvider,
        {"name": "crud-dataset", "description": "first", "data_type": "chat", "metadata": {"team": "evals", "n": 2.0}},
        {"description": "second", "metadata": {"team": "evals", "n": 3}},
        "/api/v1/datasets/{id}",
        {"description": "changed behind pulumi"},
    ),
    "project": Case(
        ProjectProvider,
        {"name": "crud-project", "description": "first", "metadata": {"owner": "ml"}},
        {"description": "second", "metadata": {"owner": "platform"}},
        "/api/v1/sessions/{id}",
        {"description": "changed behind pulumi"},
    ),
    "workspace": Case(
        WorkspaceProvider,
        {"display_name": "CRUD Workspace"},
        {"display_name": "CRUD Workspace Renamed"},
        "/api/v1/workspaces/{id}",
        {"display_name": "Changed Behind Pulumi"},
        tenant_header_is_object=True,
    ),
}


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == []
    return result.inputs


def headers_for(case: Case, object_id: str) -> dict[str, str]:
    return {"X-Tenant-Id": object_id} if case.tenant_header_is_object else {}


@pytest.fixture(params=sorted(CASES))
def case(request) -> Case:
    return CASES[request.param]


def test_create_returns_full_outputs_and_the_emulator_holds_the_object(case, langsmith_emulator, out_of_band):
    provider = configure(case.provider(), langsmith_emulator)
    created = provider.create(checked(provider, case.inputs))
    live = out_of_band.get(case.path.format(id=created.id), headers=headers_for(case, created.id)).json()
    for key, value in case.inputs.items():
        assert created.outs[key] == value
    name_field = "display_name" if "display_name" in case.inputs else "name"
    assert live[name_field] == case.inputs[name_field]
    assert all(name in created.outs for name in provider.kind.output_names)


def test_update_patches_in_place_and_returns_full_outputs(case, langsmith_emulator, out_of_band):
    provider = configure(case.provider(), langsmith_emulator)
    created = provider.create(checked(provider, case.inputs))
    news = checked(provider, {**case.inputs, **case.update})
    diff = provider.diff(created.id, created.outs, news)
    assert diff.changes and not diff.replaces
    updated = provider.update(created.id, created.outs, news)
    for key, value in case.update.items():
        assert updated.outs[key] == value
    assert set(created.outs) <= set(updated.outs)
    assert provider.diff(created.id, updated.outs, news).changes is False


def test_refresh_records_drift_made_out_of_band(case, langsmith_emulator, out_of_band):
    provider = configure(case.provider(), langsmith_emulator)
    created = provider.create(checked(provider, case.inputs))
    response = out_of_band.patch(
        case.path.format(id=created.id), json=case.drift, headers=headers_for(case, created.id)
    )
    assert response.status_code == 200, response.text
    read = provider.read(created.id, created.outs)
    assert read.id == created.id
    for key, value in case.drift.items():
        assert read.inputs[key] == value and read.outs[key] == value
    # The next preview plans to put it back.
    assert provider.diff(created.id, read.outs, checked(provider, case.inputs)).changes is True


def test_create_retried_after_a_crash_finds_its_own_object(case, langsmith_emulator):
    provider = configure(case.provider(), langsmith_emulator)
    props = {**checked(provider, case.inputs), "__identity": "proj/stack/kind/crashy"}
    first = provider.create(props)  # as if the process died before Pulumi saved the state
    again = provider.create(props)
    assert again.id == first.id


def test_project_metadata_update_keeps_other_extra_keys(langsmith_emulator, out_of_band):
    provider = configure(ProjectProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"name": "extra-keeper", "metadata": {"v": 1}}))
    out_of_band.patch(
        f"/api/v1/sessions/{created.id}", json={"extra": {"metadata": {"v": 1}, "runtime": {"sdk": "py"}}}
    ).raise_for_status()
    provider.update(created.id, created.outs, checked(provider, {"name": "extra-keeper", "metadata": {"v": 2}}))
    extra = out_of_band.get(f"/api/v1/sessions/{created.id}").json()["extra"]
    assert extra == {"metadata": {"v": 2}, "runtime": {"sdk": "py"}}
    provider.update(created.id, created.outs, checked(provider, {"name": "extra-keeper"}))
    assert out_of_band.get(f"/api/v1/sessions/{created.id}").json()["extra"] == {"runtime": {"sdk": "py"}}


@pytest.mark.parametrize("provider_class", [DatasetProvider, ProjectProvider], ids=["dataset", "project"])
def test_objects_of_a_workspace_deleted_out_of_band_are_dropped_and_destroy_succeeds(
    provider_class, langsmith_emulator, out_of_band
):
    workspaces = configure(WorkspaceProvider(), langsmith_emulator)
    workspace = workspaces.create(checked(workspaces, {"display_name": "Doomed Workspace"}))
    provider = configure(provider_class(), langsmith_emulator)
    created = provider.create(checked(provider, {"name": "orphaned", "workspace_id": workspace.id}))
    out_of_band.delete(f"/api/v1/workspaces/{workspace.id}", headers={"X-Tenant-Id": workspace.id}).raise_for_status()
    assert not provider.read(created.id, created.outs).id  # refresh drops it
    provider.delete(created.id, created.outs)  # destroy does not fail on the 403 for the deleted workspace
