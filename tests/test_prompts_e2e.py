"""The `examples/prompts` project through the real Pulumi CLI against the emulator: a chat prompt, a `prod`
tag, a prompt webhook, a gateway rate limit and a spend cap, a model configuration reading a workspace secret, a tool. Editing the template makes exactly one commit and
one webhook delivery and leaves `prod` where it is; `prod` moves only when `prodCommit` says so (one PATCH, one
`tag:update` delivery); a second spend cap on the same workspace fails at create with the adopt hint; no secret
in `stack export`; destroy leaves nothing."""

from __future__ import annotations

import httpx
import pytest
from e2e_support import REPO_ROOT, PulumiProject
from pulumi_langsmith.emulator.families.hub.routes import delivery_log

pytestmark = pytest.mark.e2e

HOOK_TOKEN = "Bearer e2e-prompts-hook-token-3e8a"
OPENAI_KEY = "sk-e2e-prompts-openai-key-61d0"
POLICIES = "/v1/platform/gateway-policies"


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, REPO_ROOT / "examples" / "prompts", name="langsmith-prompts")
    stack.config("prefix", "e2e")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    stack.config("webhookToken", HOOK_TOKEN, secret=True)
    stack.config("openaiApiKey", OPENAI_KEY, secret=True)
    # Loopback, which the emulator refuses to deliver to: every attempt is still recorded in its delivery log.
    stack.config("hookUrl", "https://127.0.0.1:9/prompts")
    return stack


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}, timeout=10
    ) as client:
        yield client


def events(emulator, webhook_id: str) -> list[str]:
    return [d["event"] for d in delivery_log(emulator.server.app) if d["webhook_id"] == webhook_id]


def writes(emulator) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in emulator.writes()]


def test_prompts_example_commits_once_per_edit_and_promotes_only_by_tag(project, api, tmp_path, langsmith_emulator):
    assert project.changes() == {
        "prompts": "create", "prompt-changes": "create", "support": "create", "support-prod": "create",
        "prompts-rate-limit": "create", "prompts-budget": "create", "openai-key": "create",
        "support-model": "create", "order-status": "create",
    }  # fmt: skip
    run = project.up()
    outputs = project.outputs()
    workspace = {"X-Tenant-Id": outputs["workspace_id"]}
    first = outputs["latest_commit"]
    assert outputs["prod_commit"] == first and events(langsmith_emulator, outputs["webhook_id"]) == ["commit"]
    assert project.changes() == {}
    tool = api.get(f"/api/v1/platform/tools/{outputs['tool_handle']}", headers=workspace).json()
    assert (tool["handle"], tool["parameters"]["required"]) == ("e2e-order-status", ["order_id"])
    exported = project.run("stack", "export").stdout
    for secret in (HOOK_TOKEN, OPENAI_KEY, langsmith_emulator.api_key):
        assert secret not in exported and secret not in run.output

    # A template edit: exactly one commit, one delivery, and `prod` stays on the reviewed commit.
    project.config("systemTemplate", "You answer questions about {product} in one sentence.")
    assert project.changes() == {"support": "update"}
    langsmith_emulator.clear_log()
    project.up()
    assert writes(langsmith_emulator) == [("POST", "/api/commits/-/e2e-support")]
    second = project.outputs()["latest_commit"]
    assert second != first and events(langsmith_emulator, outputs["webhook_id"]) == ["commit", "commit"]
    tag = api.get("/api/v1/repos/-/e2e-support/tags/prod", headers=workspace).json()
    assert tag["commit_hash"] == project.outputs()["prod_commit"] == first
    assert project.changes() == {}

    # Promotion: `prod` moves only when the program says so, with one PATCH and one `tag:update` delivery.
    project.config("prodCommit", second)
    assert project.changes() == {"support-prod": "update"}
    langsmith_emulator.clear_log()
    project.up()
    assert writes(langsmith_emulator) == [("PATCH", "/api/v1/repos/-/e2e-support/tags/prod")]
    assert events(langsmith_emulator, outputs["webhook_id"]) == ["commit", "commit", "tag:update"]
    assert api.get("/api/v1/repos/-/e2e-support/tags/prod", headers=workspace).json()["commit_hash"] == second
    assert project.changes() == {}

    # A second spend cap on the same workspace: the gateway would upsert it over the first, so create refuses.
    (tmp_path / "second").mkdir()
    other = PulumiProject.create(tmp_path / "second", "spend_cap", name="langsmith-second-cap")
    other.config("langsmith:endpoint", langsmith_emulator.base_url)
    other.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    other.config("subjectValue", outputs["workspace_id"])
    refused = other.run("up", "--skip-preview", check=False)
    assert refused.returncode != 0 and "adopt_existing" in refused.output
    subject = {"subject_matcher_key": "workspace_id", "subject_matcher_value": outputs["workspace_id"]}
    [cap] = api.get(POLICIES, params={**subject, "policy_type": "spend_cap"}).json()
    assert cap["id"] == outputs["spend_cap_id"] and cap["config"] == {"window": "monthly", "limit_usd": 500}

    project.run("destroy")
    assert api.get(POLICIES, params=subject).json() == []
    assert outputs["workspace_id"] not in [w["id"] for w in api.get("/api/v1/workspaces").json()]
