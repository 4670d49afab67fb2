"""`ScimUser` / `ScimGroup` against the emulator's SCIM API: create, no-change refresh, PatchOp updates,
replacement on rename, drift, out-of-band delete, adoption, and the SCIM token's handling."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import configure
from pulumi.dynamic import Config, ConfigureRequest
from pulumi_langsmith.emulator.families.scim import routes as scim_routes
from pulumi_langsmith.errors import AlreadyExistsError, MissingCredentialsError
from pulumi_langsmith.resources import ScimGroupProvider, ScimUserProvider
from scim2_models import PatchOp
from test_emulator_scim_rfc7644 import create_scim_token

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ALICE = {
    "user_name": "alice@example.com",
    "email": "Alice@Example.com",
    "name": {"given_name": "Alice"},
    "external_id": "okta-alice",
}


@pytest.fixture
def scim_token(langsmith_emulator) -> str:
    return create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key)


@pytest.fixture
def scim(langsmith_emulator, scim_token):
    """An httpx client acting on SCIM out of band."""
    with httpx.Client(
        base_url=f"{langsmith_emulator.base_url}/scim/v2",
        headers={"Authorization": f"Bearer {scim_token}", "Content-Type": "application/scim+json"},
    ) as client:
        yield client


@pytest.fixture
def received_patches(monkeypatch) -> list[dict[str, Any]]:
    """The PatchOp bodies the emulator received, as it parsed them."""
    seen: list[dict[str, Any]] = []
    original = scim_routes.scim_body

    async def recording(request, model, context):
        parsed = await original(request, model, context)
        if isinstance(parsed, PatchOp):
            seen.append(parsed.model_dump(scim_ctx=context))
        return parsed

    monkeypatch.setattr(scim_routes, "scim_body", recording)
    return seen


def provider_for(cls, emulator, token):
    return configure(cls(), emulator, scimToken=token)


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def user(provider, **overrides):
    return checked(provider, {**ALICE, **overrides})


def test_user_create_is_a_scim_post_and_refresh_shows_no_change(langsmith_emulator, scim_token, scim):
    provider = provider_for(ScimUserProvider, langsmith_emulator, scim_token)
    news = user(provider)
    langsmith_emulator.clear_log()
    created = provider.create(news)
    assert all(r.path.startswith("/scim/v2/") for r in langsmith_emulator.requests)
    live = scim.get(f"/Users/{created.id}").json()
    assert live["userName"] == "alice@example.com" and live["emails"][0]["value"] == "alice@example.com"
    assert live["externalId"] == "okta-alice" and live["active"] is True
    assert created.outs["created_at"] and created.outs["email"] == "alice@example.com"
    refreshed = provider.read(created.id, news)
    assert provider.diff(created.id, refreshed.inputs, news).changes is False


def test_user_changes_are_patch_replace_operations(langsmith_emulator, scim_token, scim, received_patches):
    provider = provider_for(ScimUserProvider, langsmith_emulator, scim_token)
    olds = user(provider)
    created = provider.create(olds)
    news = user(provider, active=False, name={"given_name": "Alice", "family_name": "Liddell"})
    diff = provider.diff(created.id, olds, news)
    assert diff.changes and diff.replaces == []
    updated = provider.update(created.id, olds, news)
    assert updated.outs["active"] is False
    [patch] = received_patches
    assert {op["op"] for op in patch["Operations"]} == {"replace"}
    assert {op["path"] for op in patch["Operations"]} == {"active", "name"}
    live = scim.get(f"/Users/{created.id}").json()
    assert live["active"] is False and live["name"]["familyName"] == "Liddell"


def test_refresh_reports_user_drift_and_drops_deleted_users(langsmith_emulator, scim_token, scim):
    provider = provider_for(ScimUserProvider, langsmith_emulator, scim_token)
    news = user(provider)
    created = provider.create(news)
    scim.patch(
        f"/Users/{created.id}",
        json={"schemas": [PATCH_SCHEMA], "Operations": [{"op": "replace", "path": "active", "value": False}]},
    )
    refreshed = provider.read(created.id, news)
    assert refreshed.inputs["active"] is False
    assert provider.diff(created.id, refreshed.inputs, news).changes is True
    assert scim.delete(f"/Users/{created.id}").status_code == 204
    assert provider.read(created.id, news).id is None
    provider.delete(created.id, news)  # already gone: not an error


def test_existing_user_needs_adopt_existing(langsmith_emulator, scim_token, scim):
    existing = scim.post(
        "/Users",
        json={
            "schemas": [USER_SCHEMA],
            "userName": "alice@example.com",
            "emails": [{"value": "alice@example.com", "type": "work"}],
        },
    ).json()
    provider = provider_for(ScimUserProvider, langsmith_emulator, scim_token)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        provider.create(user(provider))
    adopted = provider.create(user(provider, adopt_existing=True))
    assert adopted.id == existing["id"]
    assert scim.get(f"/Users/{existing['id']}").json()["externalId"] == "okta-alice"


def test_user_without_scim_token_fails_clearly_naming_the_config(langsmith_emulator):
    provider = configure(ScimUserProvider(), langsmith_emulator)
    inputs = {"__provider": "p", "user_name": "alice@example.com", "email": "alice@example.com"}
    (failure,) = provider.check({}, inputs).failures  # at preview, without a request
    assert failure.property == "" and "langsmith:scimToken" in failure.reason
    with pytest.raises(MissingCredentialsError, match="langsmith:scimToken"):
        provider.create(provider.check({}, inputs).inputs)


def test_scim_errors_name_method_path_status_and_never_the_token(langsmith_emulator, scim_token):
    provider = provider_for(ScimUserProvider, langsmith_emulator, scim_token)
    with pytest.raises(Exception) as raised:
        provider.update("no-such-user", user(provider), user(provider, active=False))
    message = str(raised.value)
    assert "PATCH" in message and "/Users/no-such-user" in message and "404" in message
    assert scim_token not in message


def test_group_member_changes_are_patch_add_and_remove(langsmith_emulator, scim_token, scim, received_patches):
    users = provider_for(ScimUserProvider, langsmith_emulator, scim_token)
    ids = [
        users.create(user(users, user_name=f"u{n}@example.com", email=f"u{n}@example.com", external_id=None)).id
        for n in range(3)
    ]
    provider = provider_for(ScimGroupProvider, langsmith_emulator, scim_token)
    olds = checked(provider, {"display_name": "LS:Organization Admins", "members": ids[:2]})
    created = provider.create(olds)
    assert created.outs["organization_role"] == "Organization Admin" and created.outs["workspace_name"] is None
    assert sorted(m["value"] for m in scim.get(f"/Groups/{created.id}").json()["members"]) == sorted(ids[:2])
    news = checked(provider, {"display_name": "LS:Organization Admins", "members": [ids[1], ids[2]]})
    diff = provider.diff(created.id, olds, news)
    assert diff.changes and diff.replaces == []
    langsmith_emulator.clear_log()
    provider.update(created.id, olds, news)
    assert [r.method for r in langsmith_emulator.writes()] == ["PATCH"]  # never a full replace (PUT)
    [patch] = received_patches
    assert [(op["op"], op.get("path")) for op in patch["Operations"]] == [
        ("add", "members"),
        ("remove", f'members[value eq "{ids[0]}"]'),
    ]
    assert sorted(m["value"] for m in scim.get(f"/Groups/{created.id}").json()["members"]) == sorted(ids[1:])
    refreshed = provider.read(created.id, news)
    assert provider.diff(created.id, refreshed.inputs, news).changes is False


def test_group_rename_replaces_and_drift_and_deletion_are_seen(langsmith_emulator, scim_token, scim):
    provider = provider_for(ScimGroupProvider, langsmith_emulator, scim_token)
    olds = checked(provider, {"display_name": "Organization User-Workspace 1-Viewer", "name_separator": "-"})
    created = provider.create(olds)
    assert (created.outs["workspace_name"], created.outs["workspace_role"]) == ("Workspace 1", "Viewer")
    renamed = checked(provider, {"display_name": "Organization User-Workspace 1-Editor", "name_separator": "-"})
    assert provider.diff(created.id, olds, renamed).replaces == ["display_name"]
    refreshed = provider.read(created.id, olds)
    assert refreshed.inputs["name_separator"] == "-"
    assert provider.diff(created.id, refreshed.inputs, olds).changes is False
    scim.patch(
        f"/Groups/{created.id}",
        json={"schemas": [PATCH_SCHEMA], "Operations": [{"op": "replace", "path": "externalId", "value": "by-hand"}]},
    )
    assert provider.read(created.id, olds).inputs["external_id"] == "by-hand"
    assert scim.delete(f"/Groups/{created.id}").status_code == 204
    assert provider.read(created.id, olds).id is None


def test_existing_group_needs_adopt_existing(langsmith_emulator, scim_token, scim):
    existing = scim.post(
        "/Groups",
        json={"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Organization Admins"},
    ).json()
    provider = provider_for(ScimGroupProvider, langsmith_emulator, scim_token)
    with pytest.raises(AlreadyExistsError):
        provider.create(checked(provider, {"display_name": "Organization Admins"}))
    adopted = provider.create(
        checked(provider, {"display_name": "Organization Admins", "external_id": "g1", "adopt_existing": True})
    )
    assert adopted.id == existing["id"] and scim.get(f"/Groups/{existing['id']}").json()["externalId"] == "g1"


def test_group_refresh_keeps_the_creation_and_modification_times(langsmith_emulator, scim_token, scim):
    provider = provider_for(ScimGroupProvider, langsmith_emulator, scim_token)
    created = provider.create(checked(provider, {"display_name": "Organization Admins"}))
    meta = scim.get(f"/Groups/{created.id}").json()["meta"]
    refreshed = provider.read(created.id, created.outs)
    assert refreshed.outs["created_at"] == meta["created"] and refreshed.outs["last_modified"] == meta["lastModified"]


def test_scim_endpoint_and_token_come_from_their_own_config_and_environment(
    langsmith_emulator, scim_token, monkeypatch
):
    monkeypatch.setenv("LANGSMITH_SCIM_TOKEN", scim_token)
    provider = ScimUserProvider()
    # No SCIM token in the stack config, and an `endpoint` nothing listens on: SCIM uses only its own settings.
    provider.configure(ConfigureRequest(Config({
        "langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": "http://127.0.0.1:9",
        "langsmith:scimEndpoint": f"{langsmith_emulator.base_url}/scim/v2/",
    }, "test-project")))  # fmt: skip
    langsmith_emulator.clear_log()
    created = provider.create(user(provider))
    assert provider.read(created.id, created.outs).id == created.id
    assert [(r.method, r.path) for r in langsmith_emulator.writes()] == [("POST", "/scim/v2/Users")]
