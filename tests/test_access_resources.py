"""Members, roles, keys and SCIM tokens: the providers against the emulator (create, read, update, drift, delete)."""

from __future__ import annotations

import logging
import pickle
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import (
    ApiKeyProvider,
    OrgMemberProvider,
    PersonalAccessTokenProvider,
    RoleProvider,
    ScimTokenProvider,
    ServiceKeyProvider,
    WorkspaceMemberProvider,
)


def checked(provider, inputs: dict[str, Any], olds: dict[str, Any] | None = None) -> dict[str, Any]:
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def failures(provider, inputs: dict[str, Any], olds: dict[str, Any] | None = None) -> dict[str, str]:
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    return {f.property: f.reason for f in result.failures}


def plain(outs: dict[str, Any]) -> dict[str, Any]:
    return {k: rpc.unwrap_rpc_secret(v) for k, v in outs.items()}


def is_secret(value: Any) -> bool:
    return isinstance(value, dict) and value.get(rpc._special_sig_key) == rpc._special_secret_sig


def in_days(days: int) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).replace(microsecond=0).isoformat()


@pytest.fixture
def org(langsmith_emulator):
    """The emulator's store and the test organisation's id."""
    return langsmith_emulator.server.store, langsmith_emulator.organization_id


def role_id(org, name: str) -> str:
    _store, org_id = org
    return principals.role_id_of(org_id, name)


# ================================================================ OrgMember


def test_org_member_invite_is_pending_until_accepted_then_active(langsmith_emulator, org) -> None:
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"email": "  Grace@Example.COM "}))
    assert created.id == "grace@example.com"
    assert created.outs["status"] == "pending" and created.outs["role"] == "ORGANIZATION_USER"

    langsmith_emulator.server.accept_invite(langsmith_emulator.organization_id, "grace@example.com")
    refreshed = provider.read(created.id, created.outs)
    assert refreshed.outs["status"] == "active"
    assert refreshed.outs["role"] == "ORGANIZATION_USER" and refreshed.outs["ls_user_id"]
    assert provider.diff(created.id, refreshed.outs, checked(provider, {"email": "grace@example.com"})).changes is False


def test_org_member_role_change_patches_an_active_member(langsmith_emulator, org) -> None:
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"email": "ada@example.com"}))
    langsmith_emulator.server.accept_invite(langsmith_emulator.organization_id, "ada@example.com")
    active = provider.read(created.id, created.outs).outs
    news = checked(provider, {"email": "ada@example.com", "role": "ORGANIZATION_ADMIN"})
    diff = provider.diff(created.id, active, news)
    assert diff.changes and diff.replaces == []
    langsmith_emulator.clear_log()
    updated = provider.update(created.id, active, news)
    assert updated.outs["role_name"] == "Organization Admin" and updated.outs["status"] == "active"
    assert [(r.method, r.path) for r in langsmith_emulator.writes()] == [
        ("PATCH", f"/api/v1/orgs/current/members/{active['identity_id']}")
    ]


def test_org_member_role_change_updates_a_pending_invite_in_place(langsmith_emulator, org) -> None:
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"email": "lin@example.com"}))
    news = checked(provider, {"email": "lin@example.com", "role_id": role_id(org, "ORGANIZATION_ADMIN")})
    langsmith_emulator.clear_log()
    updated = provider.update(created.id, created.outs, news)
    assert updated.outs["status"] == "pending" and updated.outs["role_name"] == "Organization Admin"
    writes = [(r.method, r.path) for r in langsmith_emulator.writes()]
    assert writes == [("PATCH", f"/api/v1/orgs/current/members/{created.outs['identity_id']}/pending")]
    assert updated.outs["identity_id"] == created.outs["identity_id"]


def test_org_member_bad_inputs_fail_at_preview_without_requests(langsmith_emulator) -> None:
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    assert "email" in failures(provider, {"email": "not-an-email"})
    assert "role_id" in failures(
        provider,
        {"email": "a@example.com", "role": "ORGANIZATION_USER", "role_id": "0" * 8 + "-0000-0000-0000-" + "0" * 12},
    )
    assert "role_id" in failures(provider, {"email": "a@example.com", "role_id": "admin"})
    assert langsmith_emulator.requests == []


def test_org_member_delete_removes_the_invite_or_the_membership(langsmith_emulator, org) -> None:
    store, org_id = org
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    pending = provider.create(checked(provider, {"email": "p@example.com"}))
    active = provider.create(checked(provider, {"email": "a@example.com"}))
    langsmith_emulator.server.accept_invite(org_id, "a@example.com")
    provider.delete(pending.id, pending.outs)
    provider.delete(active.id, active.outs)
    assert provider.read(pending.id, pending.outs).id is None
    assert provider.read(active.id, active.outs).id is None
    assert principals.org_member_by_email(store, org_id, "a@example.com") is None
    provider.delete(active.id, active.outs)  # already gone: nothing to do


def test_refresh_drops_org_member_removed_out_of_band(langsmith_emulator, out_of_band) -> None:
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"email": "gone@example.com"}))
    out_of_band.delete(f"/api/v1/orgs/current/members/{created.outs['identity_id']}/pending").raise_for_status()
    assert provider.read(created.id, created.outs).id is None


def test_org_member_that_exists_fails_unless_adopted(langsmith_emulator, out_of_band) -> None:
    out_of_band.post("/api/v1/orgs/current/members", json={"email": "dup@example.com"}).raise_for_status()
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="dup@example.com"):
        provider.create(checked(provider, {"email": "dup@example.com"}))
    adopted = provider.create(
        checked(provider, {"email": "dup@example.com", "role": "ORGANIZATION_ADMIN", "adopt_existing": True})
    )
    assert adopted.outs["role_name"] == "Organization Admin"


# ================================================================ WorkspaceMember


def test_workspace_member_of_someone_not_yet_an_active_org_member_is_a_clear_error(langsmith_emulator) -> None:
    org_members = configure(OrgMemberProvider(), langsmith_emulator)
    org_members.create(checked(org_members, {"email": "new@example.com"}))
    provider = configure(WorkspaceMemberProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    with pytest.raises(ValueError, match="new@example.com has been invited .* not accepted"):
        provider.create(checked(provider, {"email": "new@example.com"}))
    with pytest.raises(ValueError, match="stranger@example.com is not a member"):
        provider.create(checked(provider, {"email": "stranger@example.com"}))
    assert langsmith_emulator.writes() == []


def test_workspace_member_create_change_role_drift_and_delete(langsmith_emulator, org, out_of_band) -> None:
    store, org_id = org
    user = principals.ensure_user(store, "wm@example.com")
    principals.add_org_member(store, org_id, user["id"], role_id(org, "ORGANIZATION_USER"))
    provider = configure(WorkspaceMemberProvider(), langsmith_emulator)
    inputs = checked(provider, {"email": "WM@example.com", "workspace_id": langsmith_emulator.workspace_id})
    created = provider.create(inputs)
    assert created.outs["role_name"] == "Editor" and created.outs["ls_user_id"] == user["id"]
    assert provider.diff(created.id, provider.read(created.id, created.outs).outs, inputs).changes is False

    news = checked(provider, {**inputs, "role": "WORKSPACE_VIEWER"})
    assert provider.diff(created.id, created.outs, news).replaces == []
    updated = provider.update(created.id, created.outs, news)
    assert updated.outs["role_name"] == "Viewer"

    headers = {"X-Tenant-Id": langsmith_emulator.workspace_id}
    out_of_band.patch(
        f"/api/v1/workspaces/current/members/{created.id}",
        json={"role_id": role_id(org, "WORKSPACE_ADMIN")},
        headers=headers,
    ).raise_for_status()
    drifted = provider.read(created.id, updated.outs)
    assert drifted.outs["role_id"] == role_id(org, "WORKSPACE_ADMIN") and drifted.outs["role"] is None
    assert provider.diff(created.id, drifted.outs, news).changes

    moved = checked(provider, {**news, "workspace_id": "00000000-0000-4000-8000-000000000000"})
    assert "workspace_id" in provider.diff(created.id, updated.outs, moved).replaces
    provider.delete(created.id, updated.outs)
    assert provider.read(created.id, updated.outs).id is None
    assert principals.org_member_by_email(store, org_id, "wm@example.com") is not None


# ================================================================ Role


def test_role_create_update_refresh_and_delete(langsmith_emulator, out_of_band) -> None:
    provider = configure(RoleProvider(), langsmith_emulator)
    inputs = checked(provider, {"display_name": "Annotator", "permissions": ["runs:read", "feedback:create"]})
    created = provider.create(inputs)
    assert created.outs["name"] and created.outs["access_scope"] == "workspace"
    reordered = checked(provider, {"display_name": "Annotator", "permissions": ["feedback:create", "runs:read"]})
    assert provider.diff(created.id, provider.read(created.id, created.outs).outs, reordered).changes is False

    news = checked(provider, {**inputs, "description": "labels traces", "permissions": ["runs:read"]})
    updated = provider.update(created.id, created.outs, news)
    assert updated.outs["permissions"] == ["runs:read"]
    out_of_band.delete(f"/api/v1/orgs/current/roles/{created.id}").raise_for_status()
    assert provider.read(created.id, updated.outs).id is None


def test_role_with_an_empty_description_shows_no_change_after_refresh(langsmith_emulator) -> None:
    provider = configure(RoleProvider(), langsmith_emulator)
    inputs = checked(provider, {"display_name": "Silent", "description": "", "permissions": ["runs:read"]})
    created = provider.create(inputs)
    refreshed = provider.read(created.id, created.outs)
    assert provider.diff(created.id, refreshed.outs, inputs).changes is False


def test_role_with_unknown_permission_fails_at_preview(langsmith_emulator) -> None:
    provider = configure(RoleProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    found = failures(provider, {"display_name": "X", "permissions": ["runs:read", "runs:fly"]})
    assert "runs:fly" in found["permissions[1]"]
    assert "permissions" in failures(provider, {"display_name": "X", "permissions": []})
    assert langsmith_emulator.requests == []


# ================================================================ keys


def test_service_key_value_is_a_secret_kept_on_refresh_and_update(langsmith_emulator) -> None:
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"description": "ci", "expires_at": in_days(30)}))
    assert is_secret(created.outs["key"])
    key = rpc.unwrap_rpc_secret(created.outs["key"])
    assert key.startswith("lsv2_sk_") and created.outs["short_key"] != key
    state = plain(created.outs)  # what the engine hands back on refresh: secrets unwrapped
    refreshed = provider.read(created.id, state)
    assert is_secret(refreshed.outs["key"]) and rpc.unwrap_rpc_secret(refreshed.outs["key"]) == key
    news = checked(provider, {"description": "ci", "expires_at": state["expires_at"], "role": "ORGANIZATION_ADMIN"})
    assert provider.diff(created.id, plain(refreshed.outs), news).replaces == []
    updated = provider.update(created.id, plain(refreshed.outs), news)
    assert rpc.unwrap_rpc_secret(updated.outs["key"]) == key
    assert updated.outs["org_role_id"] == principals.role_id_of(
        langsmith_emulator.organization_id, "ORGANIZATION_ADMIN"
    )
    with httpx.Client(base_url=langsmith_emulator.base_url) as http:  # the key works, with its new org role
        assert http.get("/api/v1/workspaces", headers={"X-Api-Key": key}).status_code == 200


def test_service_key_description_or_workspaces_change_replaces(langsmith_emulator) -> None:
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    inputs = checked(provider, {"description": "ci"})
    created = provider.create(inputs)
    assert provider.diff(created.id, created.outs, checked(provider, {"description": "cd"})).replaces == ["description"]
    scoped = checked(provider, {"description": "ci", "workspaces": [langsmith_emulator.workspace_id]})
    assert provider.diff(created.id, created.outs, scoped).replaces == ["workspaces"]


def test_workspace_scoped_service_key_acts_only_in_its_workspaces(langsmith_emulator) -> None:
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    created = provider.create(
        checked(
            provider,
            {
                "description": "ws",
                "workspaces": [langsmith_emulator.workspace_id],
                "workspace_role": "WORKSPACE_VIEWER",
            },
        )
    )
    assert created.outs["access_scope"] == "workspace"
    key = rpc.unwrap_rpc_secret(created.outs["key"])
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as http:
        assert http.get("/api/v1/datasets", headers={"X-Tenant-Id": langsmith_emulator.workspace_id}).status_code == 200
        other = langsmith_emulator.server.create_organization().workspace_id
        assert http.get("/api/v1/datasets", headers={"X-Tenant-Id": other}).status_code == 403
    refreshed = provider.read(created.id, plain(created.outs))
    assert refreshed.outs["workspace_role"] == "WORKSPACE_VIEWER" and refreshed.outs["workspaces"] == [
        langsmith_emulator.workspace_id
    ]


def test_revoked_service_key_stops_authenticating(langsmith_emulator) -> None:
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"description": "short-lived"}))
    key = rpc.unwrap_rpc_secret(created.outs["key"])
    provider.delete(created.id, plain(created.outs))
    with httpx.Client(base_url=langsmith_emulator.base_url) as http:
        assert http.get("/api/v1/orgs/current", headers={"X-Api-Key": key}).status_code == 401
    assert provider.read(created.id, plain(created.outs)).id is None


def test_expired_key_stops_authenticating(langsmith_emulator, org) -> None:
    store, org_id = org
    _record, key = principals.create_key(
        store, org_id, "service", description="old", expires_at=datetime.now(timezone.utc) - timedelta(seconds=1),
        workspace_ids=None, role_id=None, org_role_id=None, default_workspace_id=None,
    )  # fmt: skip
    with httpx.Client(base_url=langsmith_emulator.base_url) as http:
        assert http.get("/api/v1/orgs/current", headers={"X-Api-Key": key}).status_code == 401


@pytest.mark.parametrize("provider_class", [ServiceKeyProvider, PersonalAccessTokenProvider, ApiKeyProvider])
def test_key_expiry_in_the_past_fails_at_preview_unless_unchanged(langsmith_emulator, provider_class) -> None:
    provider = configure(provider_class(), langsmith_emulator)
    langsmith_emulator.clear_log()
    past = "2020-01-01T00:00:00Z"
    assert "in the past" in failures(provider, {"description": "k", "expires_at": past})["expires_at"]
    assert "ISO 8601" in failures(provider, {"description": "k", "expires_at": "next tuesday"})["expires_at"]
    # Still at preview when another input is not known yet (an output of another resource).
    assert "in the past" in failures(provider, {"description": rpc.UNKNOWN, "expires_at": past})["expires_at"]
    # A time past year 9999 in UTC is named as the property's failure (not an OverflowError of the check).
    assert (
        "out of range"
        in failures(provider, {"description": "k", "expires_at": "9999-12-31T23:59:59-05:00"})["expires_at"]
    )
    # A key that has since expired keeps previewing cleanly: only a new expiry must lie in the future.
    assert checked(provider, {"description": "k", "expires_at": past}, olds={"expires_at": "2020-01-01T00:00:00+00:00"})
    naive = checked(provider, {"description": "k", "expires_at": "2099-01-01T00:00:00"})
    assert naive["expires_at"] == "2099-01-01T00:00:00+00:00"
    assert langsmith_emulator.requests == []


def test_service_key_expiry_in_the_past_fails_at_preview_while_its_workspaces_are_unknown(langsmith_emulator) -> None:
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    inputs = {"description": "k", "expires_at": "2020-01-01T00:00:00Z", "workspaces": rpc.UNKNOWN}
    assert "in the past" in failures(provider, inputs)["expires_at"]


def test_key_expiry_beyond_the_organisation_limit_fails_before_creating(langsmith_emulator, org) -> None:
    store, org_id = org
    principals.set_key_expiry_limits(store, org_id, max_service_key_expiry_days=30)
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    inputs = checked(provider, {"description": "too long", "expires_at": in_days(90)})
    langsmith_emulator.clear_log()
    with pytest.raises(ValueError, match="expires_at .* limit of 30 days"):
        provider.create(inputs)
    assert langsmith_emulator.writes() == []
    assert provider.create(checked(provider, {"description": "ok", "expires_at": in_days(10)})).id


def test_personal_access_token_and_legacy_api_key_lifecycle(langsmith_emulator) -> None:
    for provider_class, prefix in ((PersonalAccessTokenProvider, "lsv2_pt_"), (ApiKeyProvider, "lsv2_sk_")):
        provider = configure(provider_class(), langsmith_emulator)
        created = provider.create(checked(provider, {"description": "mine"}))
        assert rpc.unwrap_rpc_secret(created.outs["key"]).startswith(prefix)
        refreshed = provider.read(created.id, plain(created.outs))
        assert refreshed.outs["key"] == created.outs["key"]
        assert provider.diff(created.id, plain(created.outs), checked(provider, {"description": "x"})).replaces == [
            "description"
        ]
        provider.delete(created.id, plain(created.outs))
        assert provider.read(created.id, plain(created.outs)).id is None


def test_legacy_api_key_is_created_in_its_workspace(langsmith_emulator, out_of_band) -> None:
    other = out_of_band.post("/api/v1/workspaces", json={"display_name": "Keys elsewhere"}).json()["id"]
    provider = configure(ApiKeyProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    created = provider.create(checked(provider, {"description": "ws", "workspace_id": other}))
    post = next(r for r in langsmith_emulator.writes() if r.method == "POST")
    assert post.path == "/api/v1/api-key"
    assert {r.tenant_id for r in langsmith_emulator.requests} == {other}  # every request, that workspace only

    def listed(workspace_id: str) -> list[str]:
        return [k["id"] for k in out_of_band.get("/api/v1/api-key", headers={"X-Tenant-Id": workspace_id}).json()]

    assert listed(other) == [created.id] and created.id not in listed(langsmith_emulator.workspace_id)
    assert provider.read(created.id, plain(created.outs)).id == created.id


# ================================================================ ScimToken


def test_scim_token_is_a_secret_that_authenticates_and_whose_description_changes_in_place(
    langsmith_emulator, org
) -> None:
    store, org_id = org
    provider = configure(ScimTokenProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"description": "okta"}))
    token = rpc.unwrap_rpc_secret(created.outs["token"])
    assert is_secret(created.outs["token"]) and principals.org_of_scim_token(store, token) == org_id
    news = checked(provider, {"description": "entra"})
    assert provider.diff(created.id, plain(created.outs), news).replaces == []
    updated = provider.update(created.id, plain(created.outs), news)
    assert updated.outs["description"] == "entra" and rpc.unwrap_rpc_secret(updated.outs["token"]) == token
    assert rpc.unwrap_rpc_secret(provider.read(created.id, plain(updated.outs)).outs["token"]) == token
    provider.delete(created.id, plain(updated.outs))
    assert principals.org_of_scim_token(store, token) is None
    assert provider.read(created.id, plain(updated.outs)).id is None


def test_scim_token_expiry_is_refused_at_preview(langsmith_emulator) -> None:
    provider = configure(ScimTokenProvider(), langsmith_emulator)
    assert (
        "no expiry" in failures(provider, {"description": "okta", "expires_at": "2099-01-01T00:00:00Z"})["expires_at"]
    )


def test_scim_token_uses_the_self_hosted_platform_prefix(langsmith_emulator) -> None:
    provider = configure(ScimTokenProvider(), langsmith_emulator, selfHosted="true")
    langsmith_emulator.clear_log()
    created = provider.create(checked(provider, {"description": "okta"}))
    assert created.id
    assert [r.path for r in langsmith_emulator.writes()] == ["/api/v1/platform/orgs/current/scim/tokens"]


# ================================================================ no plaintext secrets


def test_key_and_token_values_appear_nowhere_in_plaintext(langsmith_emulator, caplog, out_of_band) -> None:
    caplog.set_level(logging.DEBUG)
    values: list[str] = []
    results = []
    for provider_class, field in ((ServiceKeyProvider, "key"), (PersonalAccessTokenProvider, "key"),
                                  (ApiKeyProvider, "key"), (ScimTokenProvider, "token")):  # fmt: skip
        provider = configure(provider_class(), langsmith_emulator)
        created = provider.create(checked(provider, {"description": f"leak check {field}"}))
        values.append(rpc.unwrap_rpc_secret(created.outs[field]))
        results.append((provider, created))
        for name, value in created.outs.items():
            assert name == field or values[-1] not in repr(value), name
        assert values[-1] not in pickle.dumps(provider).decode("latin-1")
        refreshed = provider.read(created.id, plain(created.outs))
        assert all(values[-1] not in repr(v) for k, v in refreshed.outs.items() if k != field)
    listed = (
        out_of_band.get("/api/v1/orgs/current/service-keys").text
        + out_of_band.get("/v1/platform/orgs/current/scim/tokens").text
    )
    errors = []
    provider, created = results[0]
    with pytest.raises(Exception) as excinfo:  # a failing update: its message must not carry the key
        provider.update(
            created.id,
            plain(created.outs),
            checked(provider, {"description": "leak check key", "role": "NO_SUCH_ROLE"}),
        )
    errors.append(str(excinfo.value))
    for value in values:
        assert value not in caplog.text
        assert value not in listed
        assert all(value not in e for e in errors)


# ================================================================ retries, adoption, drift


def test_org_member_invite_whose_response_was_lost_is_not_sent_twice(langsmith_emulator, org) -> None:
    _store, _org_id = org
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    inputs = checked(provider, {"email": "retry@example.com"})
    langsmith_emulator.faults.fail_next(
        status=503, after=True, method="POST", path_prefix="/api/v1/orgs/current/members"
    )
    created = provider.create(inputs)
    assert created.outs["status"] == "pending"
    posts = [r for r in langsmith_emulator.writes() if r.method == "POST"]
    assert len(posts) == 1  # the lost response was recovered by finding the invite, not by inviting again


def test_service_key_whose_create_response_was_lost_leaves_no_orphan(langsmith_emulator, org) -> None:
    store, org_id = org
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    inputs = checked(provider, {"description": "once only"})
    langsmith_emulator.faults.fail_next(
        status=503, after=True, method="POST", path_prefix="/api/v1/orgs/current/service-keys"
    )
    created = provider.create(inputs)  # the first key was made, its value lost: it is revoked, then recreated
    ours = [k for k in principals.list_keys(store, org_id, "service") if k["description"].startswith("once only [")]
    assert [str(k["id"]) for k in ours] == [created.id]
    assert [r.method for r in langsmith_emulator.requests if r.method in ("POST", "DELETE")] == [
        "POST",
        "DELETE",
        "POST",
    ]


def test_service_key_create_failing_twice_reports_the_error_and_leaves_no_orphan(langsmith_emulator, org) -> None:
    store, org_id = org
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    inputs = checked(provider, {"description": "unlucky"})
    langsmith_emulator.faults.fail_next(
        2, status=503, after=True, method="POST", path_prefix="/api/v1/orgs/current/service-keys"
    )
    with pytest.raises(Exception, match="POST /api/v1/orgs/current/service-keys .*503"):
        provider.create(inputs)
    assert not [k for k in principals.list_keys(store, org_id, "service") if k["description"].startswith("unlucky")]


def test_role_that_exists_fails_unless_adopted(langsmith_emulator, out_of_band) -> None:
    out_of_band.post(
        "/api/v1/orgs/current/roles", json={"display_name": "Auditor", "description": "", "permissions": ["runs:read"]}
    ).raise_for_status()
    provider = configure(RoleProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="Auditor"):
        provider.create(checked(provider, {"display_name": "Auditor", "permissions": ["runs:read"]}))
    adopted = provider.create(
        checked(
            provider, {"display_name": "Auditor", "permissions": ["runs:read", "datasets:read"], "adopt_existing": True}
        )
    )
    assert sorted(adopted.outs["permissions"]) == ["datasets:read", "runs:read"]


def test_refresh_sees_a_service_key_role_changed_out_of_band(langsmith_emulator, org, out_of_band) -> None:
    provider = configure(ServiceKeyProvider(), langsmith_emulator)
    inputs = checked(provider, {"description": "drift", "role": "ORGANIZATION_USER"})
    created = provider.create(inputs)
    out_of_band.patch(
        f"/api/v1/orgs/current/service-keys/{created.id}", json={"org_role_id": role_id(org, "ORGANIZATION_ADMIN")}
    ).raise_for_status()
    drifted = provider.read(created.id, plain(created.outs))
    assert drifted.outs["role"] is None and drifted.outs["role_id"] == role_id(org, "ORGANIZATION_ADMIN")
    diff = provider.diff(created.id, plain(drifted.outs), inputs)
    assert diff.changes and diff.replaces == []
    repaired = provider.update(created.id, plain(drifted.outs), inputs)
    assert repaired.outs["org_role_id"] == role_id(org, "ORGANIZATION_USER")


def test_refresh_drops_a_personal_access_token_deleted_out_of_band(langsmith_emulator, out_of_band) -> None:
    provider = configure(PersonalAccessTokenProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"description": "pat"}))
    out_of_band.delete(f"/api/v1/orgs/current/personal-access-tokens/{created.id}").raise_for_status()
    assert provider.read(created.id, plain(created.outs)).id is None
    provider.delete(created.id, plain(created.outs))  # already gone: nothing to do


def test_org_member_email_change_replaces(langsmith_emulator) -> None:
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"email": "old@example.com"}))
    diff = provider.diff(created.id, created.outs, checked(provider, {"email": "new@example.com"}))
    assert diff.replaces == ["email"] and diff.delete_before_replace


def test_scim_token_whose_create_response_was_lost_leaves_no_orphan(langsmith_emulator, out_of_band) -> None:
    from pulumi_langsmith.resources import ScimTokenProvider

    provider = configure(ScimTokenProvider(), langsmith_emulator)
    inputs = checked(provider, {"description": "okta"})
    langsmith_emulator.faults.fail_next(status=502, after=True, method="POST", path_prefix="/api/v1/platform/orgs")
    created = provider.create(inputs)
    tokens = out_of_band.get("/api/v1/platform/orgs/current/scim/tokens").json()
    assert [t["id"] for t in tokens if t["description"].startswith("okta [pulumi:")] == [created.id]


def test_replacing_a_key_creates_the_new_one_before_revoking_the_old() -> None:
    old = {"description": "ci", "expires_at": "2099-01-01T00:00:00+00:00", "key": "secret"}
    diff = ServiceKeyProvider().diff("id", old, {"description": "ci", "expires_at": "2099-06-01T00:00:00+00:00"})
    assert diff.replaces == ["expires_at"] and diff.delete_before_replace is False


def test_a_pending_invites_workspaces_survive_a_role_change(langsmith_emulator, org, out_of_band) -> None:
    out_of_band.post(
        "/api/v1/orgs/current/members",
        json={"email": "kim@example.com", "workspace_ids": [langsmith_emulator.workspace_id]},
    ).raise_for_status()
    provider = configure(OrgMemberProvider(), langsmith_emulator)
    adopted = provider.create(
        checked(
            provider,
            {"email": "kim@example.com", "role_id": role_id(org, "ORGANIZATION_ADMIN"), "adopt_existing": True},
        )
    )
    assert adopted.outs["status"] == "pending" and adopted.outs["role_name"] == "Organization Admin"
    (invite,) = out_of_band.get("/api/v1/orgs/current/members/pending").json()
    assert invite["workspace_ids"] == [langsmith_emulator.workspace_id]
