"""The `examples/evaluation` project through the real Pulumi CLI against the emulator: a project, an LLM
evaluator, a sampled run rule using it with a secret webhook header and sending runs to an annotation queue
(with a reviewer and a feedback config), a latency alert with a webhook action; one PATCH per changed rule,
a rule deleted out of band is recreated once, destroy in dependency order."""

from __future__ import annotations

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject

pytestmark = pytest.mark.e2e

HOOK_TOKEN = "Bearer e2e-evaluation-hook-token-7c2d"
RULES = "/api/v1/runs/rules"
REVIEWER = "e2e-reviewer@example.com"


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "evaluation", name="langsmith-evaluation")
    stack.config("prefix", "e2e")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    stack.config("webhookToken", HOOK_TOKEN, secret=True)
    stack.config("reviewerEmail", REVIEWER)
    # The reviewer is a member of the organisation (invitation accepted) before the program adds them to
    # the workspace.
    from pulumi_langsmith.emulator.families.access import principals

    store, org = langsmith_emulator.server.store, langsmith_emulator.organization_id
    user = principals.ensure_user(store, REVIEWER)
    principals.add_org_member(store, org, user["id"], principals.role_id_of(org, "ORGANIZATION_USER"))
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
        "app": "create", "correctness": "create", "judge-sample": "create", "slow-runs": "create",
        "correctness-feedback": "create", "review": "create", "reviewer": "create", "queue-reviewer": "create",
        "golden": "create", "golden-capital": "create", "golden-boiling": "create", "golden-prod": "create",
    }  # fmt: skip
    run = project.up()
    outputs = project.outputs()
    golden = outputs["golden_dataset_id"]
    examples = api.get("/api/v1/examples", params={"dataset": golden}).json()
    assert sorted(e["outputs"]["answer"] for e in examples) == ["100 °C", "Paris"]
    tagged = api.get(f"/api/v1/datasets/{golden}/version", params={"tag": "prod"}).json()
    assert tagged["as_of"] == outputs["golden_prod_version"]
    # `prod` names the version holding both examples: as of it, the dataset lists them.
    as_of_prod = api.get("/api/v1/examples", params={"dataset": golden, "as_of": "prod"}).json()
    assert len(as_of_prod) == 2
    [rule] = api.get(RULES, params={"session_id": outputs["project_id"]}).json()
    assert rule["sampling_rate"] == 0.2 and rule["evaluator_id"] == outputs["evaluator_id"]
    assert rule["webhooks"][0]["headers"] == {"Authorization": HOOK_TOKEN}
    assert rule["add_to_annotation_queue_id"] == outputs["queue_id"]
    queue = api.get(f"/api/v1/annotation-queues/{outputs['queue_id']}").json()
    assert [r["id"] for r in queue["assigned_reviewers"]] == [outputs["reviewer_identity_id"]]
    assert [i["feedback_key"] for i in queue["rubric_items"]] == ["e2e-correctness"]
    assert [c["feedback_key"] for c in api.get("/api/v1/feedback-configs").json()] == ["e2e-correctness"]
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
    assert api.get(f"/api/v1/annotation-queues/{outputs['queue_id']}").status_code == 404
    assert api.get("/api/v1/feedback-configs").json() == []
    assert api.get(f"/api/v1/datasets/{golden}").status_code == 404
