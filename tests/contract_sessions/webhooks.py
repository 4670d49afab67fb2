"""The webhooks family's contract session: prompt webhooks (a test delivery included) and workspace secrets
(run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from prompt_webhook_receiver import WebhookReceiver
from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every prompt-webhook and workspace-secret operation, plus the main refusals."""
    webhook = call(
        "POST",
        "/api/v1/prompt-webhooks",
        200,
        json={
            "id": str(uuid.uuid4()),
            "url": "https://hooks.example.com/prompts",
            "headers": {"Authorization": "Bearer x"},
            "include_prompts": [str(uuid.uuid4())],
            "exclude_prompts": [],
            "triggers": ["commit", "tag:create"],
        },
    )
    call("POST", "/api/v1/prompt-webhooks", 409, json={"id": webhook["id"], "url": "https://hooks.example.com/x"})
    call("POST", "/api/v1/prompt-webhooks", 422, json={"url": "https://hooks.example.com", "triggers": ["push"]})
    call("GET", "/api/v1/prompt-webhooks", 200)
    call("GET", f"/api/v1/prompt-webhooks/{webhook['id']}", 200)
    call("GET", f"/api/v1/prompt-webhooks/{uuid.uuid4()}", 404)
    call("PATCH", f"/api/v1/prompt-webhooks/{webhook['id']}", 200, json={"triggers": ["tag:update"], "headers": None})
    with WebhookReceiver() as receiver, emulator.server.webhook_policy.allowing(receiver.host_port):
        test_payload = {
            "prompt_id": str(uuid.uuid4()), "prompt_name": "p", "manifest": {}, "commit_hash": "abc123",
            "created_at": "2026-01-02T03:04:05Z", "created_by": "contract", "event": "commit", "tag_name": None,
        }  # fmt: skip
        call(
            "POST",
            "/api/v1/prompt-webhooks/test",
            200,
            json={"webhook": {"url": receiver.url, "triggers": ["commit"]}, "payload": test_payload},
        )
    call("DELETE", f"/api/v1/prompt-webhooks/{webhook['id']}", 200)
    call("POST", "/api/v1/workspaces/current/secrets", 200, json=[{"key": "OPENAI_API_KEY", "value": "sk-x"}])
    call("POST", "/api/v1/workspaces/current/secrets", 422, json=[{"key": "NO_VALUE"}])
    call("GET", "/api/v1/workspaces/current/secrets", 200)
    call("POST", "/api/v1/workspaces/current/secrets", 200, json=[{"key": "OPENAI_API_KEY", "value": None}])
