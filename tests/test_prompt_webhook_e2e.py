"""The real Pulumi CLI against the emulator for `PromptWebhook` and `WorkspaceSecret`: create, no-op preview,
update vs replace, drift, out-of-band delete, bad input at preview, secrecy of header values and secret values."""

from __future__ import annotations

import json

import httpx
import pytest
from e2e_support import PulumiProject

pytestmark = pytest.mark.e2e

HOOK_TOKEN = "Bearer e2e-hook-token-5f1c"
SECRET_VALUE = "sk-e2e-secret-value-9a7b"


@pytest.fixture
def project(tmp_path, langsmith_emulator):
    stack = PulumiProject.create(tmp_path, "webhook_secret")
    stack.config("langsmith:endpoint", langsmith_emulator.base_url)
    stack.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    stack.config("hookToken", HOOK_TOKEN, secret=True)
    stack.config("secretValue", SECRET_VALUE, secret=True)
    return stack


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}
    ) as client:
        yield client


def secret_keys(api) -> list[str]:
    return [s["key"] for s in api.get("/api/v1/workspaces/current/secrets").json()]


def test_up_then_no_changes_and_values_are_secret_everywhere(project, api):
    assert project.changes() == {"hook": "create", "secret": "create"}
    run = project.up()
    [hook] = api.get("/api/v1/prompt-webhooks").json()
    assert hook["headers"] == {"Authorization": HOOK_TOKEN} and hook["triggers"] == ["commit"]
    assert secret_keys(api) == ["OPENAI_API_KEY"]
    assert project.changes() == {}
    state = project.run("stack", "export").stdout
    for plaintext in (HOOK_TOKEN, SECRET_VALUE):
        assert plaintext not in state
        assert plaintext not in run.output
        assert plaintext not in project.run("stack", "output", "--json").stdout
    assert project.outputs()["secret_value"] == "[secret]"


def test_values_given_as_plain_strings_are_still_secret_in_state_after_up_and_refresh(project, api):
    project.config("plainInputs", "true")
    # Not secret in the config either: nothing but the kinds themselves marks these values secret.
    project.run("config", "set", "--plaintext", "hookToken", HOOK_TOKEN)
    project.run("config", "set", "--plaintext", "secretValue", SECRET_VALUE)
    run = project.up()
    project.run("refresh")
    # Only our resources: the dynamic provider's own state records the (here plaintext) stack config.
    state = json.dumps(project.resources())
    assert '"ciphertext"' in state
    for plaintext in (HOOK_TOKEN, SECRET_VALUE):
        assert plaintext not in state and plaintext not in run.output
    assert project.changes() == {}


def test_changes_update_in_place_or_replace(project, api):
    project.up()
    hook_id = project.outputs()["hook_id"]
    project.config("hookTriggers", '["commit", "tag:update"]')
    project.config("secretValue", "rotated-value", secret=True)
    assert project.changes() == {"hook": "update", "secret": "update"}
    project.up()
    assert sorted(api.get(f"/api/v1/prompt-webhooks/{hook_id}").json()["triggers"]) == ["commit", "tag:update"]
    project.config("envVarName", "EVALUATOR_SETTING")
    assert project.changes() == {"secret": "replace"}
    project.up()
    assert secret_keys(api) == ["EVALUATOR_SETTING"]


def test_refresh_reports_drift_and_out_of_band_deletes(project, api):
    project.up()
    hook_id = project.outputs()["hook_id"]
    api.patch(f"/api/v1/prompt-webhooks/{hook_id}", json={"triggers": ["tag:create"]})
    api.post("/api/v1/workspaces/current/secrets", json=[{"key": "OPENAI_API_KEY", "value": None}])
    project.run("refresh")
    state = project.run("stack", "export").stdout
    assert HOOK_TOKEN not in state and SECRET_VALUE not in state  # refresh keeps them secret too
    assert project.changes() == {"hook": "update", "secret": "create"}
    project.up()
    assert api.get(f"/api/v1/prompt-webhooks/{hook_id}").json()["triggers"] == ["commit"]
    assert secret_keys(api) == ["OPENAI_API_KEY"]
    project.run("destroy")
    assert api.get("/api/v1/prompt-webhooks").json() == [] and secret_keys(api) == []


def test_http_url_fails_preview_without_writes(project, langsmith_emulator):
    project.config("hookUrl", "http://hooks.example.com/plain")
    langsmith_emulator.clear_log()
    result = project.run("preview", check=False)
    assert result.returncode != 0
    assert "url" in result.output and "https://" in result.output
    assert not langsmith_emulator.writes()
