"""`OrgTtlSettings` and `WorkspaceTtlSettings`: singletons adopted on create, updated by PUT, forgotten on destroy;
the workspace's setting sits at a Go root route, which a self-hosted install serves under `/api`."""

from __future__ import annotations

import logging

from conftest import configure
from pulumi_langsmith.client import LangSmithClient
from pulumi_langsmith.config import ProviderSettings
from pulumi_langsmith.resources import OrgTtlSettingsProvider, WorkspaceTtlSettingsProvider

ORG_TTL = "/api/v1/orgs/ttl-settings"
WORKSPACE_TTL = "/workspaces/current/ttl-settings"


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def org_setting(client) -> dict:
    return next(s for s in client.get(ORG_TTL).json() if s["tenant_id"] is None)


def test_org_tier_is_set_by_put_and_stays_after_destroy(langsmith_emulator, out_of_band, caplog):
    provider = configure(OrgTtlSettingsProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"default_trace_tier": "shortlived"}))
    assert org_setting(out_of_band)["default_trace_tier"] == "shortlived"
    assert created.outs["configured_by"] == "user"

    langsmith_emulator.clear_log()
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        provider.delete(created.id, created.outs)
    assert [r for r in langsmith_emulator.requests if r.method != "GET"] == []
    assert org_setting(out_of_band)["default_trace_tier"] == "shortlived"
    assert any("OrgTtlSettings" in r.getMessage() and "forgets" in r.getMessage() for r in caplog.records)


def test_an_org_update_keeps_the_fields_it_does_not_manage(langsmith_emulator, out_of_band):
    out_of_band.put(ORG_TTL, json={"default_trace_tier": "longlived", "apply_to_all_projects": True})
    provider = configure(OrgTtlSettingsProvider(), langsmith_emulator)
    provider.create(checked(provider, {"default_trace_tier": "shortlived"}))
    setting = org_setting(out_of_band)
    assert setting["default_trace_tier"] == "shortlived" and setting["apply_to_all_projects"] is True


def test_workspace_retention_is_reported_in_the_organisations_list(langsmith_emulator, out_of_band):
    provider = configure(WorkspaceTtlSettingsProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"longlived_ttl_days": 60}))
    assert created.outs["is_custom"] is True
    days = [
        s["longlived_ttl_days"]
        for s in out_of_band.get(ORG_TTL).json()
        if s["tenant_id"] == langsmith_emulator.workspace_id
    ]
    assert days == [60]


def test_a_second_program_adopts_the_workspace_retention_without_a_duplicate(langsmith_emulator, out_of_band):
    first = configure(WorkspaceTtlSettingsProvider(), langsmith_emulator)
    second = configure(WorkspaceTtlSettingsProvider(), langsmith_emulator)
    first.create(checked(first, {"longlived_ttl_days": 60}))
    second.create(checked(second, {"longlived_ttl_days": 30}))
    workspace_settings = [
        s for s in out_of_band.get(ORG_TTL).json() if s["tenant_id"] == langsmith_emulator.workspace_id
    ]
    assert [s["longlived_ttl_days"] for s in workspace_settings] == [30]


def test_destroy_leaves_the_workspace_retention_in_place(langsmith_emulator, out_of_band):
    provider = configure(WorkspaceTtlSettingsProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"longlived_ttl_days": 60}))
    provider.delete(created.id, created.outs)
    assert out_of_band.get(WORKSPACE_TTL).json()["longlived_ttl_days"] == 60


def test_go_root_routes_are_under_api_only_when_self_hosted():
    saas = LangSmithClient(ProviderSettings(api_key="k", self_hosted=False))
    hosted = LangSmithClient(ProviderSettings(api_key="k", endpoint="https://ls.example.com", self_hosted=True))
    assert saas.langsmith_path(WORKSPACE_TTL) == WORKSPACE_TTL
    assert saas.langsmith_path("/v1/platform/orgs/current/info") == "/v1/platform/orgs/current/info"
    assert hosted.langsmith_path(WORKSPACE_TTL) == "/api" + WORKSPACE_TTL
    assert hosted.langsmith_path("/v1/platform/orgs/current/info") == "/api/v1/platform/orgs/current/info"
    assert hosted.langsmith_path(ORG_TTL) == saas.langsmith_path(ORG_TTL) == ORG_TTL
