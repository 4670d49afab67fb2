"""`PromptWebhook`: preview validation, CRUD against the emulator, drift, adoption, secrets, the `/test` route."""

from __future__ import annotations

import uuid

import pytest
from conftest import configure
from prompt_webhook_receiver import WebhookReceiver
from pulumi.runtime import rpc
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import PromptWebhookProvider

PROMPT_A = str(uuid.uuid4())
PROMPT_B = str(uuid.uuid4())
INPUTS = {
    "url": "https://hooks.example.com/prompts",
    "triggers": ["tag:create", "commit"],
    "headers": {"Authorization": "Bearer hook-credential-123"},
    "include_prompts": [PROMPT_A],
}


def check(provider, inputs):
    return provider.check({}, {"__provider": "p", **inputs})


def checked(provider, inputs):
    result = check(provider, inputs)
    assert result.failures == [], result.failures
    return result.inputs


def failures(inputs) -> dict[str, str]:
    return {f.property: f.reason for f in check(PromptWebhookProvider(), inputs).failures}


@pytest.mark.parametrize(
    ("inputs", "prop", "reason"),
    [
        ({**INPUTS, "url": "http://hooks.example.com/x"}, "url", "https://"),
        ({**INPUTS, "url": "not a url"}, "url", "URL"),
        ({**INPUTS, "url": "https://user:pw@hooks.example.com/"}, "url", "user info"),
        ({**INPUTS, "triggers": []}, "triggers", "at least 1"),
        ({**INPUTS, "triggers": ["push"]}, "triggers[0]", "commit"),
        ({**INPUTS, "triggers": ["commit", "commit"]}, "triggers", "more than once"),
        ({**INPUTS, "headers": {"Bad Header": "x"}}, "headers", "header name"),
        ({**INPUTS, "headers": {"X-A": "a\r\nX-Injected: 1"}}, "headers", "line break"),
        ({**INPUTS, "include_prompts": ["my-prompt"]}, "include_prompts", "UUID"),
        ({**INPUTS, "exclude_prompts": [PROMPT_A]}, "exclude_prompts", "both included and excluded"),
        ({**INPUTS, "workspace_id": "default"}, "workspace_id", "at least 36 characters"),
        ({**INPUTS, "secret": "x"}, "secret", "unknown property"),
    ],
)
def test_bad_inputs_fail_at_preview_on_the_property_without_requests(inputs, prop, reason, langsmith_emulator):
    langsmith_emulator.clear_log()
    found = failures(inputs)
    assert prop in found, found
    assert reason in found[prop]
    assert langsmith_emulator.requests == []


def test_check_normalises_url_triggers_and_prompt_ids():
    inputs = checked(
        PromptWebhookProvider(), {**INPUTS, "url": " https://Hooks.Example.com ", "include_prompts": [PROMPT_A.upper()]}
    )
    assert inputs["url"] == "https://hooks.example.com/"
    assert inputs["triggers"] == ["commit", "tag:create"]
    assert inputs["include_prompts"] == [PROMPT_A]


def test_create_reads_back_and_marks_headers_secret(langsmith_emulator, out_of_band):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    created = provider.create(checked(provider, INPUTS))
    live = out_of_band.get(f"/api/v1/prompt-webhooks/{created.id}").json()
    assert live["url"] == INPUTS["url"]
    assert sorted(live["triggers"]) == ["commit", "tag:create"]
    assert live["include_prompts"] == [PROMPT_A]
    assert created.outs["tenant_id"] == langsmith_emulator.workspace_id
    assert rpc.is_rpc_secret(created.outs["headers"])
    assert rpc.unwrap_rpc_secret(created.outs["headers"]) == INPUTS["headers"]


def test_no_change_preview_after_create_and_refresh(langsmith_emulator):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    news = checked(provider, INPUTS)
    created = provider.create(news)
    refreshed = provider.read(created.id, {**news, "headers": INPUTS["headers"]})
    assert provider.diff(created.id, refreshed.outs | {"headers": INPUTS["headers"]}, news).changes is False
    assert provider.diff(created.id, refreshed.inputs, news).changes is False


def test_changing_url_triggers_and_headers_patches_in_place(langsmith_emulator, out_of_band):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    olds = checked(provider, INPUTS)
    created = provider.create(olds)
    news = checked(
        provider,
        {"url": "https://hooks.example.com/v2", "triggers": ["tag:update"], "exclude_prompts": [PROMPT_B]},
    )
    diff = provider.diff(created.id, olds, news)
    assert diff.changes and diff.replaces == []
    langsmith_emulator.clear_log()
    provider.update(created.id, olds, news)
    patch = [r for r in langsmith_emulator.writes() if r.method == "PATCH"]
    assert len(patch) == 1
    live = out_of_band.get(f"/api/v1/prompt-webhooks/{created.id}").json()
    assert live["url"] == "https://hooks.example.com/v2"
    assert live["triggers"] == ["tag:update"]
    assert not live["headers"] and not live["include_prompts"]
    assert live["exclude_prompts"] == [PROMPT_B]
    refreshed = provider.read(created.id, news)
    assert provider.diff(created.id, refreshed.inputs, news).changes is False


def test_moving_to_another_workspace_replaces(langsmith_emulator):
    provider = PromptWebhookProvider()
    olds = checked(provider, INPUTS)
    news = checked(provider, {**INPUTS, "workspace_id": str(uuid.uuid4())})
    assert provider.diff("id", olds, news).replaces == ["workspace_id"]


def test_refresh_reports_drift_made_out_of_band(langsmith_emulator, out_of_band):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    news = checked(provider, INPUTS)
    created = provider.create(news)
    out_of_band.patch(f"/api/v1/prompt-webhooks/{created.id}", json={"triggers": ["commit"]})
    refreshed = provider.read(created.id, news)
    assert refreshed.inputs["triggers"] == ["commit"]
    assert provider.diff(created.id, refreshed.inputs, news).changes is True


def test_refresh_drops_webhook_deleted_out_of_band(langsmith_emulator, out_of_band):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    created = provider.create(checked(provider, INPUTS))
    assert out_of_band.delete(f"/api/v1/prompt-webhooks/{created.id}").status_code == 200
    assert provider.read(created.id, checked(provider, INPUTS)).id is None
    provider.delete(created.id, checked(provider, INPUTS))  # already gone: not an error


def test_existing_webhook_with_same_url_needs_adopt_existing(langsmith_emulator, out_of_band):
    other = out_of_band.post("/api/v1/prompt-webhooks", json={"url": INPUTS["url"], "triggers": ["commit"]}).json()
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        provider.create(checked(provider, INPUTS))
    adopted = provider.create(checked(provider, {**INPUTS, "adopt_existing": True}))
    assert adopted.id == other["id"]
    live = out_of_band.get(f"/api/v1/prompt-webhooks/{other['id']}").json()
    assert sorted(live["triggers"]) == ["commit", "tag:create"] and live["headers"] == INPUTS["headers"]


def test_retried_create_does_not_duplicate(langsmith_emulator, out_of_band):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    first = provider.create(checked(provider, {**INPUTS, "__identity": "proj/stack/PromptWebhook/hook"}))
    again = provider.create(checked(provider, {**INPUTS, "__identity": "proj/stack/PromptWebhook/hook"}))
    assert again.id == first.id
    assert len(out_of_band.get("/api/v1/prompt-webhooks").json()) == 1


def test_delete_removes_the_webhook(langsmith_emulator, out_of_band):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    props = checked(provider, INPUTS)
    created = provider.create(props)
    provider.delete(created.id, props)
    assert out_of_band.get(f"/api/v1/prompt-webhooks/{created.id}").status_code == 404


def test_server_errors_never_show_header_values(langsmith_emulator):
    provider = configure(PromptWebhookProvider(), langsmith_emulator)
    props = checked(provider, INPUTS)
    with pytest.raises(Exception) as raised:
        provider.update(str(uuid.uuid4()), props, checked(provider, {**INPUTS, "headers": {"X-New": "s3cr3t-value"}}))
    assert "404" in str(raised.value) and "PATCH" in str(raised.value)
    assert "s3cr3t-value" not in str(raised.value) and "hook-credential-123" not in str(raised.value)


def test_test_route_delivers_payload_with_headers(langsmith_emulator, out_of_band):
    payload = {
        "prompt_id": PROMPT_A, "prompt_name": "greeting", "manifest": {"lc": 1}, "commit_hash": "abc",
        "created_at": "2026-01-01T00:00:00Z", "created_by": "me", "event": "tag:create", "tag_name": "prod",
    }  # fmt: skip
    with WebhookReceiver() as receiver, langsmith_emulator.server.webhook_policy.allowing(receiver.host_port):
        hook = {"url": receiver.url, "headers": {"X-Hook-Token": "t0k"}, "triggers": ["tag:create"]}
        response = out_of_band.post("/api/v1/prompt-webhooks/test", json={"webhook": hook, "payload": payload})
    assert response.status_code == 200, response.text
    assert response.json()["status_code"] == "200"
    [delivery] = receiver.deliveries
    assert delivery["headers"]["X-Hook-Token"] == "t0k"
    assert delivery["body"]["tag_name"] == "prod" and delivery["body"]["event"] == "tag:create"


def test_test_route_reports_a_failing_receiver(langsmith_emulator, out_of_band):
    payload = {
        "prompt_id": "p", "prompt_name": "p", "manifest": {}, "commit_hash": "c", "created_at": "t",
        "created_by": "me", "event": "commit",
    }  # fmt: skip
    with (
        WebhookReceiver(status=500) as receiver,
        langsmith_emulator.server.webhook_policy.allowing(receiver.host_port),
    ):
        response = out_of_band.post(
            "/api/v1/prompt-webhooks/test", json={"webhook": {"url": receiver.url}, "payload": payload}
        )
    assert response.status_code == 400
    assert response.json()["detail"] == "Webhook test failed: the URL could not be delivered to."
    assert len(receiver.deliveries) == 1


def test_emulator_limits_webhooks_per_workspace(langsmith_emulator, out_of_band):
    for n in range(10):
        assert out_of_band.post("/api/v1/prompt-webhooks", json={"url": f"https://h.example.com/{n}"}).is_success
    response = out_of_band.post("/api/v1/prompt-webhooks", json={"url": "https://h.example.com/11"})
    assert response.status_code == 400
