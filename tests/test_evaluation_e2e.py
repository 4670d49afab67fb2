"""The `examples/evaluation` project through the real Pulumi CLI against the emulator: a project, an LLM
evaluator, a sampled run rule using it with a secret webhook header, a latency alert with a webhook action;
one PATCH per changed rule, a rule deleted out of band is recreated once, destroy in dependency order."""

from __future__ import annotations

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject

pytestmark = pytest.mark.e2e

HOOK_TOKEN = "Bearer e2e-evaluation-hook-token-7c2d"
RULES = "/api/v1/runs/rules"


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "evaluation", name="langsmith-evaluation")
    stack.config("prefix", "e2e")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    stack.config("webhookToken", HOOK_TOKEN, secret=True)
    return stack


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}
    ) as client:
        yield client


def patches(emulator) -> list[str]:
    """Paths of the PATCHes sent (platform routes in their SaaS form: a self-hosted client adds `/api`)."""
    return [r.path.removeprefix("/api") if r.path.startswith("/api/v1/platform/") else r.path
            for r in emulator.requests if r.method == "PATCH"]  # fmt: skip


def test_evaluation_example_up_update_recreate_and_destroy(project, api, langsmith_emulator):
    assert project.changes() == {
        "app": "create", "correctness": "create", "judge-sample": "create", "slow-runs": "create"
    }  # fmt: skip
    run = project.up()
    outputs = project.outputs()
    [rule] = api.get(RULES, params={"session_id": outputs["project_id"]}).json()
    assert rule["sampling_rate"] == 0.2 and rule["evaluator_id"] == outputs["evaluator_id"]
    assert rule["webhooks"][0]["headers"] == {"Authorization": HOOK_TOKEN}
    assert project.changes() == {}
    exported = project.run("stack", "export").stdout
    for secret in (HOOK_TOKEN, "hooks.example.com/langsmith/runs", "hooks.example.com/langsmith/alerts"):
        assert secret not in exported and secret not in run.output

    # One PATCH each, nothing replaced.
    project.config("samplingRate", "0.5")
    project.config("latencyThreshold", "10")
    assert project.changes() == {"judge-sample": "update", "slow-runs": "update"}
    langsmith_emulator.clear_log()
    project.up()
    alert_path = f"/v1/platform/alerts/{outputs['project_id']}/{outputs['alert_rule_id']}"
    assert sorted(patches(langsmith_emulator)) == sorted([f"{RULES}/{rule['id']}", alert_path])
    assert api.get(RULES, params={"id": rule["id"]}).json()[0]["sampling_rate"] == 0.5
    assert api.get(alert_path).json()["rule"]["threshold"] == 10
    assert project.changes() == {}

    # Deleted out of band: refresh drops it, up recreates it once.
    assert api.delete(f"{RULES}/{rule['id']}").status_code == 200
    project.run("refresh")
    assert project.changes() == {"judge-sample": "create"}
    project.up()
    assert len(api.get(RULES, params={"session_id": outputs["project_id"]}).json()) == 1
    assert project.changes() == {}

    # The evaluator is in use until the rule is gone: destroy deletes the rule first.
    project.run("destroy")
    assert api.get(RULES).json() == []
    assert api.get("/v1/platform/evaluators").json()["evaluators"] == []
    assert api.get(alert_path).status_code == 404
