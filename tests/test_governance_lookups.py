"""Lookups of the organisation, its workspaces, roles, members and secrets, and of the instance."""

from __future__ import annotations

import pytest
from pulumi_langsmith import (
    get_info,
    get_organization,
    get_role,
    get_user,
    get_workspace,
    list_workspace_members,
    list_workspace_secret_names,
)
from pulumi_langsmith.config import resolve_settings
from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.errors import NotFoundError


@pytest.fixture
def settings(langsmith_emulator):
    return resolve_settings(
        environ={"LANGSMITH_API_KEY": langsmith_emulator.api_key, "LANGSMITH_ENDPOINT": langsmith_emulator.base_url}
    )


def test_get_workspace_by_id_or_display_name(langsmith_emulator, out_of_band, settings):
    made = out_of_band.post("/api/v1/workspaces", json={"display_name": "Lookups"}).json()
    assert get_workspace(display_name="Lookups", settings=settings)["id"] == made["id"]
    assert get_workspace(id=made["id"], settings=settings)["display_name"] == "Lookups"
    with pytest.raises(NotFoundError):
        get_workspace(display_name="Nowhere", settings=settings)
    with pytest.raises(ValueError):
        get_workspace(settings=settings)


def test_get_organization_and_info(langsmith_emulator, settings):
    assert get_organization(settings=settings)["id"] == langsmith_emulator.organization_id
    info = get_info(settings=settings)
    assert info["version"] and info["self_hosted"] is True  # the emulator is not a SaaS host


def test_get_role_finds_built_in_and_custom_roles(langsmith_emulator, out_of_band, settings):
    viewer = get_role(name="WORKSPACE_VIEWER", settings=settings)
    assert viewer["id"] == principals.role_id_of(langsmith_emulator.organization_id, "WORKSPACE_VIEWER")
    custom = out_of_band.post(
        "/api/v1/orgs/current/roles",
        json={"display_name": "Annotator", "description": "", "permissions": ["runs:read"]},
    ).json()
    assert get_role(name="annotator", settings=settings)["id"] == custom["id"]


def test_get_user_and_workspace_members(langsmith_emulator, settings):
    store = langsmith_emulator.server.store
    user = principals.ensure_user(store, "ada@example.com")
    principals.add_org_member(
        store,
        langsmith_emulator.organization_id,
        user["id"],
        principals.role_id_of(langsmith_emulator.organization_id, "ORGANIZATION_USER"),
    )
    assert get_user(email="Ada@Example.com", settings=settings)["email"] == "ada@example.com"
    with pytest.raises(NotFoundError):
        get_user(email="nobody@example.com", settings=settings)
    assert isinstance(list_workspace_members(settings=settings), list)


def test_secret_names_never_values(langsmith_emulator, out_of_band, settings):
    out_of_band.post("/api/v1/workspaces/current/secrets", json=[{"key": "OPENAI_API_KEY", "value": "sk-very-secret"}])
    names = list_workspace_secret_names(settings=settings)
    assert names == ["OPENAI_API_KEY"] and "sk-very-secret" not in repr(names)
