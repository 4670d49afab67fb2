"""`ScimUser`, `ScimGroup`, `PromptWebhook` and `WorkspaceSecret` through the real dynamic-provider host over
gRPC: check failures with zero writes, create/diff/update/read/delete, and secret outputs marked secret on the wire."""

from __future__ import annotations

import base64

import pytest
from google.protobuf.json_format import MessageToDict
from protocol_harness import ProviderServer, _serialize
from pulumi.runtime import rpc
from pulumi.runtime.proto import provider_pb2
from pulumi_langsmith.resources import (
    PromptWebhookProvider,
    ScimGroupProvider,
    ScimUserProvider,
    WorkspaceSecretProvider,
)
from test_emulator_scim_rfc7644 import create_scim_token

SIG_KEY = "4dabf18193072939515e22adb298388d"
SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270"
KINDS = [
    ("ScimUser", ScimUserProvider, {"user_name": "proto@example.com", "email": "proto@example.com"},
     {"active": False}, {"user_name": "proto", "email": "nope"}),
    ("ScimGroup", ScimGroupProvider, {"display_name": "Organization Admins", "members": []},
     {"external_id": "grp-1"}, {"display_name": "Admins of everything"}),
    ("PromptWebhook", PromptWebhookProvider, {"url": "https://hooks.example.com/p", "triggers": ["commit"]},
     {"triggers": ["commit", "tag:create"]}, {"url": "http://hooks.example.com/p", "triggers": ["commit"]}),
    ("WorkspaceSecret", WorkspaceSecretProvider, {"key": "PROTO_TOKEN", "value": "proto-value-1"},
     {"value": "proto-value-2"}, {"key": "PROTO_TOKEN", "value": ""}),
]  # fmt: skip
SECRET_OUTPUTS = {"WorkspaceSecret": "value", "PromptWebhook": "headers"}


def plain(props: dict) -> dict:
    """Properties as the engine sends them back to this provider (which does not accept secrets): unwrapped."""
    return {key: rpc.unwrap_rpc_secret(value) for key, value in props.items()}


@pytest.fixture
def server():
    """A fresh provider host per test: the host configures each unpickled provider only once."""
    with ProviderServer(env={"LANGSMITH_API_KEY": "", "LANGSMITH_ENDPOINT": "", "LANGSMITH_SCIM_TOKEN": ""}) as running:
        yield running


@pytest.mark.parametrize(("kind", "provider_class", "inputs", "update", "bad"), KINDS, ids=[k[0] for k in KINDS])
def test_full_lifecycle_over_grpc(server, langsmith_emulator, kind, provider_class, inputs, update, bad):
    token = create_scim_token(langsmith_emulator.base_url, langsmith_emulator.api_key)
    server.configure({
        "langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": langsmith_emulator.base_url,
        "langsmith:scimToken": token,
    })  # fmt: skip
    blob = server.provider_blob(provider_class())
    urn = server.urn(f"pulumi-python:dynamic/langsmith:{kind}", f"proto-{kind.lower()}")

    langsmith_emulator.clear_log()
    failed = server.check(urn, {}, {"__provider": blob, **bad})
    assert failed.failures and failed.failures[0].property in bad
    assert langsmith_emulator.requests == []

    checked = server.checked_inputs(server.check(urn, {}, {"__provider": blob, **inputs}))
    object_id, outs = server.create(urn, checked)
    assert object_id
    outs = plain(outs)
    same = server.diff(urn, object_id, outs, checked)
    assert same.changes == provider_pb2.DiffResponse.DIFF_NONE, (list(same.diffs), outs, checked)

    news = server.checked_inputs(server.check(urn, checked, {"__provider": blob, **inputs, **update}))
    changed = server.diff(urn, object_id, outs, news)
    assert changed.changes == provider_pb2.DiffResponse.DIFF_SOME and list(changed.replaces) == []
    updated = plain(server.update(urn, object_id, outs, news))
    read_id, read_outs, read_inputs = server.read(urn, object_id, updated)
    assert read_id == object_id
    read_outs, read_inputs = plain(read_outs), plain(read_inputs)
    for key, value in update.items():
        assert read_inputs[key] == value
    server.delete(urn, object_id, read_outs)
    assert server.read(urn, object_id, read_outs)[0] == ""


@pytest.mark.parametrize(("kind", "field"), sorted(SECRET_OUTPUTS.items()))
def test_secret_outputs_are_marked_secret_on_the_wire(server, langsmith_emulator, kind, field):
    server.configure(
        {"langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": langsmith_emulator.base_url}
    )
    provider_class, inputs = next((k[1], k[2]) for k in KINDS if k[0] == kind)
    inputs = {**inputs, "headers": {"Authorization": "Bearer wire-secret"}} if kind == "PromptWebhook" else inputs
    blob = server.provider_blob(provider_class())
    urn = server.urn(f"pulumi-python:dynamic/langsmith:{kind}", f"wire-{kind.lower()}")
    checked = server.checked_inputs(server.check(urn, {}, {"__provider": blob, **inputs}))
    response = server.stub.Create(provider_pb2.CreateRequest(urn=urn, properties=_serialize(checked)))
    raw = MessageToDict(response.properties)
    assert raw[field][SIG_KEY] == SECRET_SIG
    server.delete(urn, response.id, server.checked_inputs(server.check(urn, {}, {"__provider": blob, **inputs})))


def test_provider_pickles_hold_no_scim_token(monkeypatch):
    monkeypatch.setenv("LANGSMITH_SCIM_TOKEN", "scim-topsecret-token")
    for provider_class in (ScimUserProvider, ScimGroupProvider, PromptWebhookProvider, WorkspaceSecretProvider):
        provider = provider_class()
        provider.client()
        raw = base64.b64decode(ProviderServer.provider_blob(provider))
        assert b"scim-topsecret" not in raw and len(raw) < 400
