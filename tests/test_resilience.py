"""The provider under injected faults: retries converge, lost responses never cause duplicates."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import ServerError, TransportError
from pulumi_langsmith.resources import DatasetProvider, ProjectProvider, WorkspaceProvider

KINDS = {
    DatasetProvider: ({"name": "resilient-ds"}, "/api/v1/datasets"),
    ProjectProvider: ({"name": "resilient-proj"}, "/api/v1/sessions"),
    WorkspaceProvider: ({"display_name": "Resilient WS"}, "/api/v1/workspaces"),
}


def inputs_of(provider, values):
    return {**provider.check({}, {"__provider": "p", **values}).inputs, "__identity": "proj/dev/kind/res"}


def count(out_of_band, path, name_field, name, **headers):
    return sum(1 for obj in out_of_band.get(path, headers=headers).json() if obj.get(name_field) == name)


@pytest.mark.parametrize("provider_class", list(KINDS), ids=lambda c: c.kind.name)
def test_lost_create_response_is_retried_without_a_duplicate(provider_class, langsmith_emulator, out_of_band):
    values, path = KINDS[provider_class]
    provider = configure(provider_class(), langsmith_emulator)
    # The POST is handled (the object exists), then the connection drops before the response arrives.
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix=path, drop=True, after=True)
    created = provider.create(inputs_of(provider, values))
    name_field, name = next(iter(values.items()))
    assert count(out_of_band, path, name_field, name) == 1
    assert created.outs[name_field] == name


@pytest.mark.parametrize("provider_class", list(KINDS), ids=lambda c: c.kind.name)
def test_create_that_failed_after_the_write_is_adopted_by_the_next_run(provider_class, langsmith_emulator, out_of_band):
    values, path = KINDS[provider_class]
    provider = configure(provider_class(), langsmith_emulator, maxRetries="0")
    langsmith_emulator.faults.fail_next(1, method="POST", path_prefix=path, drop=True, after=True)
    with pytest.raises(TransportError):
        provider.create(inputs_of(provider, values))  # `pulumi up` fails: nothing is saved in state
    created = provider.create(inputs_of(provider, values))  # the next `pulumi up`
    name_field, name = next(iter(values.items()))
    assert count(out_of_band, path, name_field, name) == 1
    assert created.outs[name_field] == name


def test_transient_503s_and_429s_are_retried(langsmith_emulator, out_of_band):
    provider = configure(DatasetProvider(), langsmith_emulator)
    langsmith_emulator.faults.fail_next(1, status=503, method="POST")
    langsmith_emulator.faults.fail_next(1, status=429, method="POST", retry_after=0)
    created = provider.create(inputs_of(provider, {"name": "flaky"}))
    assert out_of_band.get(f"/api/v1/datasets/{created.id}").status_code == 200
    statuses = [r.status for r in langsmith_emulator.requests]
    assert 503 in statuses and 429 in statuses


def test_persistent_server_errors_surface_with_method_path_and_status(langsmith_emulator):
    provider = configure(DatasetProvider(), langsmith_emulator, maxRetries="1")
    langsmith_emulator.faults.fail_rate = 1.0
    with pytest.raises(ServerError) as info:
        provider.create(inputs_of(provider, {"name": "doomed"}))
    assert "POST /api/v1/datasets failed: HTTP 503" in str(info.value)
    assert langsmith_emulator.api_key not in str(info.value)
