"""Lookups for programs: a deployment by name or id (without variable values), its revisions, integrations."""

from __future__ import annotations

import pytest
from pulumi_langsmith import (
    NotFoundError,
    get_deployment,
    get_deployment_revision,
    get_github_integration,
    list_deployment_revisions,
    list_github_repositories,
)
from pulumi_langsmith.config import resolve_settings
from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings


@pytest.fixture
def settings(langsmith_emulator):
    control_plane_settings(langsmith_emulator.server.app).reset()
    return resolve_settings(
        environ={"LANGSMITH_API_KEY": langsmith_emulator.api_key, "LANGSMITH_ENDPOINT": langsmith_emulator.base_url}
    )


@pytest.fixture
def deployment(out_of_band, settings):
    integration = get_github_integration(settings=settings)
    repo = list_github_repositories(integration["id"], settings=settings)[0]
    body = {
        "name": "looked-up",
        "source": "github",
        "source_config": {
            "integration_id": integration["id"],
            "repo_url": repo["url"],
            "deployment_type": "dev",
            "build_on_push": False,
        },
        "source_revision_config": {"repo_ref": repo["default_branch"], "langgraph_config_path": "langgraph.json"},
        "secrets": [{"name": "OPENAI_API_KEY", "value": "sk-lookup-secret"}],
    }
    created = out_of_band.post("/v2/deployments", json=body)
    created.raise_for_status()
    out_of_band.patch(f"/v2/deployments/{created.json()['id']}", json={"source_revision_config": {"repo_ref": "v2"}})
    return created.json()


def test_get_deployment_by_name_or_id_never_returns_variable_values(deployment, settings) -> None:
    by_name = get_deployment(name="looked-up", settings=settings)
    by_id = get_deployment(deployment_id=deployment["id"], settings=settings)
    assert by_name["id"] == by_id["id"] == deployment["id"]
    assert by_name["variable_names"] == ["OPENAI_API_KEY"] and "secrets" not in by_name
    assert "sk-lookup-secret" not in repr(by_name) + repr(by_id)


def test_get_deployment_of_an_unknown_name_is_not_found(settings) -> None:
    with pytest.raises(NotFoundError, match="no deployment named 'nope'"):
        get_deployment(name="nope", settings=settings)
    with pytest.raises(ValueError):
        get_deployment(settings=settings)


def test_list_deployment_revisions_newest_first_and_by_status(deployment, settings) -> None:
    revisions = list_deployment_revisions(deployment["id"], settings=settings)
    assert len(revisions) == 2 and revisions[1]["id"] == deployment["latest_revision_id"]
    assert revisions[0]["source_revision_config"]["repo_ref"] == "v2"
    assert list_deployment_revisions(deployment["id"], status=["BUILD_FAILED"], settings=settings) == []


def test_get_deployment_revision_by_id_and_an_unknown_one_is_not_found(deployment, settings) -> None:
    revision = get_deployment_revision(
        deployment["latest_revision_id"], deployment_id=deployment["id"], settings=settings
    )
    assert revision["id"] == deployment["latest_revision_id"]
    assert revision["source_revision_config"]["repo_ref"] == "main" and revision["source"] == "github"
    with pytest.raises(NotFoundError):
        get_deployment_revision(
            "00000000-0000-4000-8000-000000000000", deployment_id=deployment["id"], settings=settings
        )


def test_github_integration_lookup_by_name(settings) -> None:
    assert get_github_integration(name="emulator-org", settings=settings)["name"] == "emulator-org"
    with pytest.raises(NotFoundError, match="found 'emulator-org'"):
        get_github_integration(name="someone-else", settings=settings)
