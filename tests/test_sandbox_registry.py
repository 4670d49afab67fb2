"""`SandboxRegistry`: on the LangSmith host's `/v2/sandboxes` (beside, not over, the control plane's `/v2`),
addressed by name (a rename PATCHes the old name), credentials secret, write-only and all or nothing."""

from __future__ import annotations

import httpx
import pytest
from conftest import configure
from pulumi_langsmith.resources import SandboxRegistryProvider

SERVED = "/api/v2/sandboxes/registries"  # the emulator's endpoint is self-hosted style
REGISTRY = {"name": "hub", "url": "https://index.docker.io/v1/", "username": "bot", "password": "token-one-1234"}


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", "__identity": "test/stack/SandboxRegistry/r", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def registries(langsmith_emulator):
    return configure(SandboxRegistryProvider(), langsmith_emulator)


@pytest.mark.parametrize("missing", ["username", "password"])
def test_one_credential_without_the_other_fails_at_preview_naming_it(missing, langsmith_emulator):
    langsmith_emulator.clear_log()
    inputs = {k: v for k, v in REGISTRY.items() if k != missing}
    result = SandboxRegistryProvider().check({}, inputs)
    assert [f.property for f in result.failures] == [missing]
    assert "all or nothing" in result.failures[0].reason
    assert langsmith_emulator.requests == []


def test_a_rename_patches_the_registry_under_its_old_name(registries, langsmith_emulator):
    created = registries.create(checked(registries, REGISTRY))
    langsmith_emulator.clear_log()
    updated = registries.update(created.id, created.outs, checked(registries, {**REGISTRY, "name": "docker-hub"}))
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("PATCH", f"{SERVED}/hub")]
    assert updated.outs["name"] == "docker-hub"
    assert registries.read(created.id, updated.outs).id == created.id


def test_a_new_password_sends_both_credentials_and_they_are_never_read_back(registries, langsmith_emulator):
    created = registries.create(checked(registries, REGISTRY))
    langsmith_emulator.clear_log()
    news = checked(registries, {**REGISTRY, "password": "token-two-5678"})
    registries.update(created.id, created.outs, news)
    (patch,) = langsmith_emulator.writes()
    assert patch.method == "PATCH"  # accepted: the emulator refuses a PATCH with one credential (400)
    read = registries.read(created.id, news)
    assert read.inputs["password"] == "token-two-5678"  # kept from state: the API never answers it


def test_sandbox_routes_do_not_shadow_the_control_plane_v2_routes(langsmith_emulator):
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        assert client.get("/v2/deployments").status_code == 200  # the control plane
        assert client.get("/v2/sandboxes/registries").json() == {"registries": [], "offset": 0}
        assert client.get("/api/v2/sandboxes/registries").status_code == 200
        assert client.get("/v2/deployments/00000000-0000-0000-0000-000000000000").status_code == 404
