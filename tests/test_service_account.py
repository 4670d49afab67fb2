"""`ServiceAccount`: read from the list (no item GET), workspaces kept from state, every change replaces."""

from __future__ import annotations

from conftest import configure
from pulumi_langsmith.resources import ServiceAccountProvider

ACCOUNTS = "/api/v1/service-accounts"


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def test_workspaces_are_kept_across_a_refresh_and_make_the_default_workspace(langsmith_emulator):
    provider = configure(ServiceAccountProvider(), langsmith_emulator)
    inputs = checked(provider, {"name": "robot", "workspaces": [{"workspace_id": langsmith_emulator.workspace_id}]})
    created = provider.create(inputs)
    assert created.outs["default_workspace_id"] == langsmith_emulator.workspace_id
    assert created.outs["organization_identity_id"]

    langsmith_emulator.clear_log()
    read = provider.read(created.id, created.outs)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("GET", ACCOUNTS)]
    assert read.outs["workspaces"] == inputs["workspaces"]
    assert read.outs["organization_identity_id"] == created.outs["organization_identity_id"]
    assert provider.diff(created.id, read.outs, inputs).changes is False


def test_a_change_of_workspaces_replaces_the_account(langsmith_emulator):
    provider = configure(ServiceAccountProvider(), langsmith_emulator)
    inputs = checked(provider, {"name": "robot"})
    created = provider.create(inputs)
    news = checked(
        provider, {"name": "robot", "workspaces": [{"workspace_id": langsmith_emulator.workspace_id}]}, inputs
    )
    assert provider.diff(created.id, created.outs, news).replaces == ["workspaces"]


def test_delete_removes_the_account_from_the_list(langsmith_emulator, out_of_band):
    provider = configure(ServiceAccountProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"name": "robot"}))
    provider.delete(created.id, created.outs)
    assert out_of_band.get(ACCOUNTS).json() == []
