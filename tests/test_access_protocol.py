"""The access kinds through the real dynamic-provider host (`python -m pulumi.dynamic`) over gRPC:
real pickling, serialisation and secret handling."""

from __future__ import annotations

import base64

import pytest
from protocol_harness import ProviderServer
from pulumi.runtime import rpc
from pulumi.runtime.proto import provider_pb2
from pulumi_langsmith.resources import (
    ApiKeyProvider,
    OrgMemberProvider,
    PersonalAccessTokenProvider,
    RoleProvider,
    ScimTokenProvider,
    ServiceKeyProvider,
    WorkspaceMemberProvider,
)

ACCESS_PROVIDERS = (
    OrgMemberProvider, WorkspaceMemberProvider, RoleProvider, ServiceKeyProvider,
    PersonalAccessTokenProvider, ApiKeyProvider, ScimTokenProvider,
)  # fmt: skip


@pytest.fixture(scope="module")
def server():
    with ProviderServer(env={"LANGSMITH_API_KEY": "", "LANGSMITH_ENDPOINT": ""}) as running:
        yield running


def is_secret(value) -> bool:
    return isinstance(value, dict) and value.get(rpc._special_sig_key) == rpc._special_secret_sig


@pytest.mark.parametrize(
    ("kind", "provider_class", "field"),
    [("ServiceKey", ServiceKeyProvider, "key"), ("PersonalAccessToken", PersonalAccessTokenProvider, "key"),
     ("ApiKey", ApiKeyProvider, "key"), ("ScimToken", ScimTokenProvider, "token")],
)  # fmt: skip
def test_key_value_is_a_secret_over_grpc_and_survives_refresh(server, langsmith_emulator, kind, provider_class, field):
    server.configure(
        {"langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": langsmith_emulator.base_url}
    )
    blob = server.provider_blob(provider_class())
    urn = server.urn(f"pulumi-python:dynamic/langsmith:{kind}", f"proto-{kind.lower()}")
    inputs = server.checked_inputs(server.check(urn, {}, {"__provider": blob, "description": "proto"}))
    object_id, outs = server.create(urn, inputs)
    assert is_secret(outs[field])
    value = outs[field]["value"]
    assert value and outs["description"] == "proto"
    same = server.diff(urn, object_id, outs, inputs)
    assert same.changes == provider_pb2.DiffResponse.DIFF_NONE
    read_id, read_outs, _ = server.read(urn, object_id, outs)
    assert read_id == object_id and is_secret(read_outs[field]) and read_outs[field]["value"] == value
    server.delete(urn, object_id, read_outs)
    assert server.read(urn, object_id, read_outs)[0] == ""


def test_org_member_lifecycle_over_grpc(server, langsmith_emulator):
    server.configure(
        {"langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": langsmith_emulator.base_url}
    )
    blob = server.provider_blob(OrgMemberProvider())
    urn = server.urn("pulumi-python:dynamic/langsmith:OrgMember", "proto-member")
    writes = len(langsmith_emulator.writes())
    bad = server.check(urn, {}, {"__provider": blob, "email": "nope"})
    assert [f.property for f in bad.failures] == ["email"] and len(langsmith_emulator.writes()) == writes

    inputs = server.checked_inputs(server.check(urn, {}, {"__provider": blob, "email": "Proto@Example.com"}))
    assert inputs["email"] == "proto@example.com"
    object_id, outs = server.create(urn, inputs)
    assert object_id == "proto@example.com" and outs["status"] == "pending"
    langsmith_emulator.server.accept_invite(langsmith_emulator.organization_id, "proto@example.com")
    news = server.checked_inputs(
        server.check(urn, inputs, {"__provider": blob, "email": "proto@example.com", "role": "ORGANIZATION_ADMIN"})
    )
    diff = server.diff(urn, object_id, outs, news)
    assert diff.changes == provider_pb2.DiffResponse.DIFF_SOME and list(diff.replaces) == []
    updated = server.update(urn, object_id, outs, news)
    assert updated["status"] == "active" and updated["role_name"] == "Organization Admin"
    server.delete(urn, object_id, updated)
    assert server.read(urn, object_id, updated)[0] == ""


def test_access_provider_pickles_are_small_by_reference_and_hold_no_secret(monkeypatch):
    monkeypatch.setenv("LANGSMITH_API_KEY", "lsv2_sk_topsecret")
    for provider_class in ACCESS_PROVIDERS:
        provider = provider_class()
        provider.client()
        raw = base64.b64decode(ProviderServer.provider_blob(provider))
        assert len(raw) < 200 and b"topsecret" not in raw, provider_class.__name__


def test_role_and_workspace_member_lifecycles_over_grpc(server, langsmith_emulator):
    from pulumi_langsmith.emulator.families.access import principals

    server.configure(
        {"langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": langsmith_emulator.base_url}
    )
    role_blob = server.provider_blob(RoleProvider())
    role_urn = server.urn("pulumi-python:dynamic/langsmith:Role", "proto-role")
    writes = len(langsmith_emulator.writes())
    bad = server.check(role_urn, {}, {"__provider": role_blob, "display_name": "R", "permissions": ["runs:fly"]})
    assert [f.property for f in bad.failures] == ["permissions[0]"] and len(langsmith_emulator.writes()) == writes
    role_inputs = server.checked_inputs(
        server.check(
            role_urn, {}, {"__provider": role_blob, "display_name": "Proto Annotator", "permissions": ["runs:read"]}
        )
    )
    role_id, role_outs = server.create(role_urn, role_inputs)
    assert server.diff(role_urn, role_id, role_outs, role_inputs).changes == provider_pb2.DiffResponse.DIFF_NONE
    role_news = server.checked_inputs(
        server.check(
            role_urn,
            role_inputs,
            {
                "__provider": role_blob,
                "display_name": "Proto Annotator",
                "permissions": ["runs:read", "feedback:create"],
            },
        )
    )
    diff = server.diff(role_urn, role_id, role_outs, role_news)
    assert diff.changes == provider_pb2.DiffResponse.DIFF_SOME and list(diff.replaces) == []
    role_outs = server.update(role_urn, role_id, role_outs, role_news)

    store, org_id = langsmith_emulator.server.store, langsmith_emulator.organization_id
    user = principals.ensure_user(store, "proto-wm@example.com")
    principals.add_org_member(store, org_id, user["id"], principals.role_id_of(org_id, "ORGANIZATION_USER"))
    blob = server.provider_blob(WorkspaceMemberProvider())
    urn = server.urn("pulumi-python:dynamic/langsmith:WorkspaceMember", "proto-wm")
    inputs = server.checked_inputs(server.check(urn, {}, {"__provider": blob, "email": "proto-wm@example.com"}))
    member_id, outs = server.create(urn, inputs)
    assert outs["role_name"] == "Editor"
    news = server.checked_inputs(
        server.check(urn, inputs, {"__provider": blob, "email": "proto-wm@example.com", "role_id": role_id})
    )
    diff = server.diff(urn, member_id, outs, news)
    assert diff.changes == provider_pb2.DiffResponse.DIFF_SOME and list(diff.replaces) == []
    outs = server.update(urn, member_id, outs, news)
    read_id, read_outs, _ = server.read(urn, member_id, outs)
    assert read_id == member_id and read_outs["role_name"] == "Proto Annotator"
    assert server.diff(urn, member_id, read_outs, news).changes == provider_pb2.DiffResponse.DIFF_NONE
    server.delete(urn, member_id, read_outs)
    assert server.read(urn, member_id, read_outs)[0] == ""
    server.delete(role_urn, role_id, role_outs)
    assert server.read(role_urn, role_id, role_outs)[0] == ""
