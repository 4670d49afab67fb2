"""The real dynamic-provider host (`python -m pulumi.dynamic`) driven over gRPC for every kind:
Configure, Check, Diff, Create, Read, Update, Delete with the real pickling and serialisation."""

from __future__ import annotations

import base64

import pytest
from protocol_harness import ProviderServer, RpcError
from pulumi.runtime.proto import provider_pb2
from pulumi_langsmith.resources import DatasetProvider, ProjectProvider, WorkspaceProvider

KINDS = [
    ("Dataset", DatasetProvider, {"name": "proto-ds", "description": "a"}, {"description": "b"}, {"name": ""}),
    (
        "Project",
        ProjectProvider,
        {"name": "proto-proj", "description": "a"},
        {"description": "b"},
        {"name": "p", "trace_tier": "x"},
    ),
    (
        "Workspace",
        WorkspaceProvider,
        {"display_name": "Proto WS"},
        {"display_name": "Proto WS 2"},
        {"display_name": "bad/name"},
    ),
]


@pytest.fixture(scope="module")
def server():
    with ProviderServer(env={"LANGSMITH_API_KEY": "", "LANGSMITH_ENDPOINT": ""}) as running:
        yield running


@pytest.mark.parametrize(("kind", "provider_class", "inputs", "update", "bad"), KINDS, ids=[k[0] for k in KINDS])
def test_full_lifecycle_over_grpc(server, langsmith_emulator, kind, provider_class, inputs, update, bad):
    server.configure(
        {"langsmith:apiKey": langsmith_emulator.api_key, "langsmith:endpoint": langsmith_emulator.base_url}
    )
    blob = server.provider_blob(provider_class())
    urn = server.urn(f"pulumi-python:dynamic/langsmith:{kind}", f"proto-{kind.lower()}")

    writes_before = len(langsmith_emulator.writes())
    failed = server.check(urn, {}, {"__provider": blob, **bad})
    assert failed.failures and failed.failures[0].property in bad
    assert len(langsmith_emulator.writes()) == writes_before

    checked = server.checked_inputs(server.check(urn, {}, {"__provider": blob, **inputs}))
    assert checked["__provider"] == blob

    object_id, outs = server.create(urn, checked)
    assert object_id and outs["__provider"] == blob
    for key, value in inputs.items():
        assert outs[key] == value

    same = server.diff(urn, object_id, outs, checked)
    assert same.changes == provider_pb2.DiffResponse.DIFF_NONE

    news = server.checked_inputs(server.check(urn, checked, {"__provider": blob, **inputs, **update}))
    changed = server.diff(urn, object_id, outs, news)
    assert changed.changes == provider_pb2.DiffResponse.DIFF_SOME and list(changed.replaces) == []

    updated = server.update(urn, object_id, outs, news)
    for key, value in update.items():
        assert updated[key] == value

    read_id, read_outs, read_inputs = server.read(urn, object_id, updated)
    assert read_id == object_id and read_inputs["__provider"] == blob
    for key, value in update.items():
        assert read_inputs[key] == value

    server.delete(urn, object_id, read_outs)
    gone_id, _, _ = server.read(urn, object_id, read_outs)
    assert gone_id == ""


def test_api_errors_reach_the_engine_with_method_path_status_and_no_key(langsmith_emulator):
    with ProviderServer() as fresh:  # the host configures each unpickled provider once: use a new process
        fresh.configure(
            {
                "langsmith:apiKey": "lsv2_sk_wrongwrongwrongwrongwrongwrong_0000000000",
                "langsmith:endpoint": langsmith_emulator.base_url,
                "langsmith:maxRetries": "0",
            }
        )
        blob = fresh.provider_blob(DatasetProvider())
        urn = fresh.urn("pulumi-python:dynamic/langsmith:Dataset", "unauthorized")
        with pytest.raises(RpcError) as info:
            fresh.create(urn, {"__provider": blob, "name": "x", "data_type": "kv"})
        details = info.value.details()
        assert "POST /api/v1/datasets failed: HTTP 401" in details
        assert "wrongwrong" not in details


def test_missing_api_key_error_names_config_key_and_env_variable(langsmith_emulator):
    with ProviderServer(env={"LANGSMITH_API_KEY": ""}) as fresh:
        fresh.configure({"langsmith:endpoint": langsmith_emulator.base_url})
        blob = fresh.provider_blob(DatasetProvider())
        with pytest.raises(RpcError) as info:
            fresh.create(
                fresh.urn("pulumi-python:dynamic/langsmith:Dataset", "nokey"), {"__provider": blob, "name": "x"}
            )
        assert "langsmith:apiKey" in info.value.details() and "LANGSMITH_API_KEY" in info.value.details()


def test_provider_pickle_is_small_by_reference_and_holds_no_secret(monkeypatch):
    monkeypatch.setenv("LANGSMITH_API_KEY", "lsv2_sk_topsecret")
    for provider_class in (DatasetProvider, ProjectProvider, WorkspaceProvider):
        provider = provider_class()
        provider.client()  # resolving settings must not leave anything on the instance that pickles
        blob = ProviderServer.provider_blob(provider)
        raw = base64.b64decode(blob)
        assert len(blob) < 200, (provider_class.__name__, len(blob))
        assert b"topsecret" not in raw and provider_class.__name__.encode() in raw
