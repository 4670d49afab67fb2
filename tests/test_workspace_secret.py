"""`WorkspaceSecret`: upsert create/update/delete, key-only refresh, adoption, workspace scoping, secrecy."""

from __future__ import annotations

import logging
import pickle

import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.emulator.families.webhooks.tables import WORKSPACE_SECRETS
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import WorkspaceSecretProvider

SECRETS = "/api/v1/workspaces/current/secrets"
VALUE = "sk-live-0123456789abcdef"


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def keys(client, workspace_id: str | None = None) -> list[str]:
    headers = {"X-Tenant-Id": workspace_id} if workspace_id else {}
    return [item["key"] for item in client.get(SECRETS, headers=headers).json()]


@pytest.mark.parametrize(
    ("inputs", "prop"),
    [
        ({"key": "", "value": VALUE}, "key"),
        ({"key": " PADDED ", "value": VALUE}, "key"),
        ({"key": "OPENAI_API_KEY", "value": ""}, "value"),
        ({"key": "OPENAI_API_KEY"}, "value"),
        ({"key": "OPENAI_API_KEY", "value": VALUE, "workspace_id": "nope"}, "workspace_id"),
    ],
)
def test_bad_inputs_fail_at_preview_without_requests(inputs, prop, langsmith_emulator):
    langsmith_emulator.clear_log()
    result = WorkspaceSecretProvider().check({}, inputs)
    assert [f.property for f in result.failures] == [prop]
    assert all(VALUE not in f.reason for f in result.failures)
    assert langsmith_emulator.requests == []


def test_create_upserts_the_key_and_keeps_the_value_secret(langsmith_emulator, out_of_band):
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE}))
    assert created.id == "OPENAI_API_KEY"
    assert keys(out_of_band) == ["OPENAI_API_KEY"]
    assert rpc.is_rpc_secret(created.outs["value"])
    assert VALUE not in out_of_band.get(SECRETS).text


def test_no_change_preview_after_refresh(langsmith_emulator):
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    news = checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE})
    created = provider.create(news)
    refreshed = provider.read(created.id, news)
    assert refreshed.id == created.id
    assert refreshed.inputs["value"] == VALUE  # kept from state: the API never returns it
    assert provider.diff(created.id, refreshed.inputs, news).changes is False


def test_value_change_upserts_in_place_and_key_change_replaces(langsmith_emulator, out_of_band):
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    olds = checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE})
    created = provider.create(olds)
    rotated = checked(provider, {"key": "OPENAI_API_KEY", "value": "sk-rotated"})
    diff = provider.diff(created.id, olds, rotated)
    assert diff.changes and diff.replaces == []
    langsmith_emulator.clear_log()
    updated = provider.update(created.id, olds, rotated)
    [write] = langsmith_emulator.writes()
    assert (write.method, write.path) == ("POST", SECRETS)
    assert rpc.unwrap_rpc_secret(updated.outs["value"]) == "sk-rotated"
    renamed = checked(provider, {"key": "ANTHROPIC_API_KEY", "value": "sk-rotated"})
    diff = provider.diff(created.id, rotated, renamed)
    assert diff.replaces == ["key"] and diff.delete_before_replace is False


def test_refresh_drops_secret_deleted_out_of_band(langsmith_emulator, out_of_band):
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    props = checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE})
    created = provider.create(props)
    out_of_band.post(SECRETS, json=[{"key": "OPENAI_API_KEY", "value": None}])
    assert provider.read(created.id, props).id is None
    provider.delete(created.id, props)  # already gone: not an error


def test_delete_sends_a_null_value(langsmith_emulator, out_of_band):
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    props = checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE})
    out_of_band.post(SECRETS, json=[{"key": "OTHER", "value": "kept"}])
    created = provider.create(props)
    provider.delete(created.id, props)
    assert keys(out_of_band) == ["OTHER"]


def test_existing_key_needs_adopt_existing_and_adoption_overwrites_it(langsmith_emulator, out_of_band):
    out_of_band.post(SECRETS, json=[{"key": "OPENAI_API_KEY", "value": "set-by-hand"}])
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="adopt_existing") as raised:
        provider.create(checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE}))
    assert VALUE not in str(raised.value)
    adopted = provider.create(checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE, "adopt_existing": True}))
    assert adopted.id == "OPENAI_API_KEY"
    stored = langsmith_emulator.server.store.get(WORKSPACE_SECRETS, f"{langsmith_emulator.workspace_id}/OPENAI_API_KEY")
    assert stored["value"] == VALUE


def test_workspace_id_is_sent_as_tenant_header_for_that_secret_only(langsmith_emulator, out_of_band):
    other = out_of_band.post("/api/v1/workspaces", json={"display_name": "Secrets elsewhere"}).json()
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    provider.create(checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE, "workspace_id": other["id"]}))
    assert {r.tenant_id for r in langsmith_emulator.requests} == {other["id"]}
    assert keys(out_of_band, other["id"]) == ["OPENAI_API_KEY"]
    assert keys(out_of_band) == []


def test_value_never_reaches_logs_or_pickles(langsmith_emulator, caplog):
    caplog.set_level(logging.DEBUG)
    provider = configure(WorkspaceSecretProvider(), langsmith_emulator)
    props = checked(provider, {"key": "OPENAI_API_KEY", "value": VALUE})
    created = provider.create(props)
    provider.read(created.id, props)
    provider.delete(created.id, props)
    assert VALUE not in caplog.text
    assert VALUE.encode() not in pickle.dumps(provider)


def test_upsert_list_is_all_or_nothing_in_the_emulator(langsmith_emulator, out_of_band):
    response = out_of_band.post(SECRETS, json=[{"key": "A", "value": "1"}, {"key": "B"}])
    assert response.status_code == 422
    assert keys(out_of_band) == []
    out_of_band.post(
        SECRETS, json=[{"key": "A", "value": "1"}, {"key": "B", "value": "2"}, {"key": "A", "value": None}]
    )
    assert keys(out_of_band) == ["B"]
