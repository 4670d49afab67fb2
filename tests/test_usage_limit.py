"""`UsageLimit`: an upsert by our own id (a retried create is the same limit), read from the list, per
workspace, project or user."""

from __future__ import annotations

from conftest import configure
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import UsageLimitProvider

LIMITS = "/api/v1/usage-limits"


def checked(provider, inputs, owner="stack/prod/UsageLimit/traces"):
    result = provider.check({}, {"__provider": "p", OWNER_KEY: owner, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def test_a_retried_create_upserts_the_same_limit(langsmith_emulator, out_of_band):
    provider = configure(UsageLimitProvider(), langsmith_emulator)
    inputs = checked(provider, {"limit_type": "monthly_traces", "limit_value": 1000})
    first = provider.create(inputs)
    again = provider.create(inputs)  # the answer to the first was lost: Pulumi creates again
    assert first.id == again.id
    assert [limit["id"] for limit in out_of_band.get(LIMITS).json()] == [first.id]


def test_create_is_one_put_and_read_is_one_list(langsmith_emulator):
    provider = configure(UsageLimitProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    created = provider.create(checked(provider, {"limit_type": "monthly_traces", "limit_value": 1000}))
    provider.read(created.id, created.outs)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("PUT", LIMITS), ("GET", LIMITS)]


def test_a_project_limit_targets_its_project(langsmith_emulator, out_of_band):
    project = out_of_band.post("/api/v1/sessions", json={"name": "limited"}).json()
    provider = configure(UsageLimitProvider(), langsmith_emulator)
    created = provider.create(
        checked(
            provider,
            {
                "limit_type": "monthly_longlived_traces",
                "limit_value": 10,
                "scope": "project",
                "project_id": project["id"],
            },
        )
    )
    (limit,) = out_of_band.get(LIMITS).json()
    assert limit["id"] == created.id and limit["scope"] == "project" and limit["session_id"] == project["id"]
    assert created.outs["project_id"] == project["id"]


def test_a_target_must_match_the_scope_at_preview(langsmith_emulator):
    provider = configure(UsageLimitProvider(), langsmith_emulator)
    langsmith_emulator.clear_log()
    result = provider.check(
        {}, {"limit_type": "monthly_traces", "limit_value": 1, "project_id": "8d3e1a0c-9f55-4d5b-a1de-3b8e0b6f3c21"}
    )
    assert [f.property for f in result.failures] == ["project_id"]
    assert langsmith_emulator.requests == []


def test_delete_removes_the_limit(langsmith_emulator, out_of_band):
    provider = configure(UsageLimitProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"limit_type": "monthly_traces", "limit_value": 1000}))
    provider.delete(created.id, created.outs)
    assert out_of_band.get(LIMITS).json() == []
