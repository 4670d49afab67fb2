"""`Tool`: addressed by its handle (`/v1/platform/tools/{handle}`): one POST per create (a taken handle is a
409, which reads the handle's tool to refuse or adopt it), unset schemas and metadata are no drift and are
cleared with `{}`."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import ToolProvider

TOOLS = "/v1/platform/tools"
SERVED = "/api" + TOOLS  # the emulator's endpoint is self-hosted style
PARAMS = {"type": "object", "properties": {"city": {"type": "string"}}}


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", "__identity": "test/stack/Tool/t", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def tool(**extra):
    return {"handle": "weather", "name": "Weather", "description": "Current weather.", "parameters": PARAMS, **extra}


@pytest.fixture
def tools(langsmith_emulator):
    return configure(ToolProvider(), langsmith_emulator)


def test_every_operation_addresses_the_tool_by_its_handle(tools, langsmith_emulator):
    langsmith_emulator.clear_log()
    created = tools.create(checked(tools, tool()))
    updated = tools.update(created.id, created.outs, checked(tools, tool(enabled=False)))
    read = tools.read(created.id, updated.outs)
    tools.delete(created.id, read.outs)
    assert read.inputs["enabled"] is False
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [
        ("POST", SERVED),
        ("PATCH", f"{SERVED}/weather"),
        ("GET", f"{SERVED}/weather"),
        ("DELETE", f"{SERVED}/weather"),
    ]


def test_a_taken_handle_is_refused_then_adopted_with_adopt_existing(tools, out_of_band):
    out_of_band.post(TOOLS, json=tool(description="Made by hand.")).raise_for_status()
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        tools.create(checked(tools, tool()))
    adopted = tools.create(checked(tools, tool(adopt_existing=True)))
    live = out_of_band.get(f"{TOOLS}/weather").json()
    assert live["id"] == adopted.id
    assert live["description"] == "Current weather."


def test_unset_returns_and_metadata_are_no_drift_and_dropping_them_clears_them(tools, out_of_band):
    created = tools.create(checked(tools, tool(returns={"type": "string"}, metadata={"team": "agents"})))
    tools.update(created.id, created.outs, checked(tools, tool()))
    live = out_of_band.get(f"{TOOLS}/weather").json()
    assert (live["returns"], live["metadata"]) == ({}, {})
    read = tools.read(created.id, created.outs)
    assert "returns" not in read.inputs and "metadata" not in read.inputs
    assert tools.diff(created.id, read.outs, checked(tools, tool())).changes is False


def test_a_new_handle_replaces_the_tool(tools):
    created = tools.create(checked(tools, tool()))
    diff = tools.diff(created.id, created.outs, checked(tools, tool(handle="weather-v2")))
    assert diff.replaces == ["handle"]
