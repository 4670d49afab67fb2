"""`AgentBuilderIntegrations`: a workspace singleton adopted at create, replaced by a PUT that keeps the field
the program leaves unset, forgotten (with a warning) on destroy since the API cannot delete it."""

from __future__ import annotations

import logging

import pytest
from conftest import configure
from pulumi_langsmith.resources import AgentBuilderIntegrationsProvider

INTEGRATIONS = "/v1/agent-builder/integrations"
SLACK_OFF = [{"integration_key": "slack", "is_enabled": False}]


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def integrations(langsmith_emulator):
    return configure(AgentBuilderIntegrationsProvider(), langsmith_emulator)


def test_create_adopts_and_the_put_keeps_the_unmanaged_default(integrations, out_of_band):
    out_of_band.put(INTEGRATIONS, json={"integrations_enabled_by_default": False}).raise_for_status()
    created = integrations.create(checked(integrations, {"integration_overrides": SLACK_OFF}))
    live = out_of_band.get(INTEGRATIONS).json()
    assert live["integrations_enabled_by_default"] is False  # not managed here: kept
    assert live["integration_overrides"] == SLACK_OFF
    assert [c["key"] for c in created.outs["integration_catalog"]]


def test_settings_already_as_wanted_take_no_write(integrations, langsmith_emulator):
    langsmith_emulator.clear_log()
    integrations.create(checked(integrations, {"integrations_enabled_by_default": True}))
    assert langsmith_emulator.writes() == []


def test_destroy_forgets_with_a_warning_and_leaves_the_settings(integrations, langsmith_emulator, out_of_band, caplog):
    created = integrations.create(checked(integrations, {"integration_overrides": SLACK_OFF}))
    langsmith_emulator.clear_log()
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        integrations.delete(created.id, created.outs)
    assert langsmith_emulator.requests == []
    assert "forgets" in caplog.text
    assert out_of_band.get(INTEGRATIONS).json()["integration_overrides"] == SLACK_OFF
