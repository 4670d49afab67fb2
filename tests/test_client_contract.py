"""What the provider actually sends: every request of every kind's lifecycle is a spec operation, and its
JSON body validates against the spec's request schema (the emulator's own fidelity is in test_contract)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx
from conftest import configure
from pulumi_langsmith.resources import DatasetProvider, ProjectProvider, WorkspaceProvider
from test_contract import find_operation, json_schema, spec_errors

LIFECYCLES = {
    DatasetProvider: (
        {
            "name": "contract-ds",
            "description": "d",
            "data_type": "llm",
            "metadata": {"a": 1},
            "inputs_schema": {"type": "object"},
            "transformations": [{"path": ["inputs"], "transformation_type": "remove_extra_fields"}],
        },
        {"description": None, "metadata": {"a": 2}, "outputs_schema": {"type": "object"}},
    ),
    ProjectProvider: (
        {"name": "contract-proj", "description": "p", "metadata": {"b": 1}, "trace_tier": "shortlived"},
        {"description": "q", "metadata": None, "trace_tier": "longlived"},
    ),
    WorkspaceProvider: ({"display_name": "Contract WS"}, {"display_name": "Contract WS 2"}),
}


@pytest.mark.parametrize("provider_class", list(LIFECYCLES), ids=lambda c: c.kind.name)
def test_every_request_the_provider_sends_conforms_to_the_spec(provider_class, langsmith_emulator):
    inputs, update = LIFECYCLES[provider_class]
    provider = configure(provider_class(), langsmith_emulator)
    with respx.mock(assert_all_called=False) as spy:
        spy.route(host="127.0.0.1").pass_through()
        news = provider.check({}, {"__provider": "p", **inputs}).inputs
        created = provider.create(news)
        read = provider.read(created.id, created.outs)
        updated = provider.update(created.id, read.outs, provider.check({}, {**news, **update}).inputs)
        provider.delete(created.id, updated.outs)
        sent: list[httpx.Request] = [call.request for call in spy.calls]

    assert {r.method for r in sent} >= {"GET", "POST", "PATCH", "DELETE"}
    for request in sent:
        operation = find_operation(request.method, request.url.path)
        if request.content:
            body = json.loads(request.content)
            errors = spec_errors(body, json_schema(operation["requestBody"]), operation["spec"])
            assert not errors, f"{request.method} {request.url.path}: {errors}"
        declared = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        assert set(request.url.params) <= declared, (
            request.method,
            request.url.path,
            set(request.url.params) - declared,
        )
