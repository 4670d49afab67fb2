"""Prompt webhooks (`/api/v1/prompt-webhooks`) and workspace secrets (`/api/v1/workspaces/current/secrets`).

`router` is mounted at `/api/v1`. Models (`schemas.py`) follow the spec schemas `PromptWebhook*`,
`SecretKey` and `SecretUpsert` of `langsmith-platform-openapi.docs.json`. Both kinds are workspace-scoped.

- A prompt webhook keeps a client-supplied `id` (a duplicate in the workspace is 409). A workspace holds
  at most the organisation's `config.max_prompt_webhooks` (400 past it). `POST /prompt-webhooks/test`
  really POSTs the test payload, with the webhook's headers, to its URL and reports the receiver's
  status, but only where `delivery.WebhookPolicy` lets it go (public https, or hosts allowed with
  `--webhook-allow`); every failure answers the same 400 (see `delivery.py`).
- Secrets are an upsert list: each `{key, value}` sets the value, `value: null` deletes the key. `GET`
  lists keys only; values never leave the emulator.
"""

from __future__ import annotations

from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Request

from ...auth import StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from ..langsmith.tables import ORGANIZATIONS
from .delivery import DeliveryFailed, WebhookPolicy, deliver
from .schemas import (
    PromptWebhook,
    PromptWebhookBase,
    PromptWebhookCreate,
    PromptWebhookTest,
    PromptWebhookUpdate,
    SecretKey,
    SecretUpsert,
)
from .tables import PROMPT_WEBHOOKS, WORKSPACE_SECRETS

router = APIRouter()

#: The one answer to a test delivery that failed, whatever the cause (no open/closed port oracle).
DELIVERY_FAILED_DETAIL = "Webhook test failed: the URL could not be delivered to."


# ================================================================ prompt webhooks


def _webhook_doc(body: PromptWebhookBase) -> Document:
    doc = body.model_dump(mode="json")
    doc["url"] = str(body.url)
    return doc


def _workspace_webhook(store: Store, workspace_id: str, webhook_id: UUID) -> Document:
    doc = store.get_in(PROMPT_WEBHOOKS, workspace_id, webhook_id)
    if doc is None:
        raise HTTPException(status_code=404, detail="Prompt webhook not found")
    return doc


def _max_webhooks(store: Store, organization_id: str) -> int:
    org = store.get(ORGANIZATIONS, organization_id) or {}
    return int((org.get("config") or {}).get("max_prompt_webhooks", 10))


@router.get("/prompt-webhooks", response_model=list[PromptWebhook], dependencies=[requires("prompts:read")])
async def list_prompt_webhooks(principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """The workspace's prompt webhooks, oldest first."""
    return store.list(PROMPT_WEBHOOKS, principal.workspace_id)


@router.post("/prompt-webhooks", response_model=PromptWebhook, dependencies=[requires("prompts:update")])
async def create_prompt_webhook(body: PromptWebhookCreate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """A new prompt webhook; a client-supplied id is kept."""
    with store.transaction():
        # Ids are unique per workspace (`PROMPT_WEBHOOKS.ids_per_scope`): an id used elsewhere is free here.
        if body.id is not None and store.get_in(PROMPT_WEBHOOKS, principal.workspace_id, body.id) is not None:
            raise HTTPException(status_code=409, detail="Prompt webhook with this ID already exists.")
        limit = _max_webhooks(store, principal.organization_id)
        if len(store.list(PROMPT_WEBHOOKS, principal.workspace_id)) >= limit:
            raise HTTPException(status_code=400, detail=f"A workspace can have at most {limit} prompt webhooks.")
        now = utcnow().isoformat()
        doc = _webhook_doc(body)
        doc.update(id=str(body.id or uuid4()), tenant_id=principal.workspace_id, created_at=now, updated_at=now)
        store.insert(PROMPT_WEBHOOKS, doc, scope=principal.workspace_id)
    return doc


@router.post("/prompt-webhooks/test", response_model=dict[str, str], dependencies=[requires("prompts:update")])
async def test_prompt_webhook(body: PromptWebhookTest, principal: WorkspaceCaller, request: Request) -> dict[str, str]:
    """Deliver the test payload to the webhook's URL with its headers, where the delivery policy allows.

    The caller needs the permission that manages the workspace's prompt webhooks (the route's `requires`).
    Any failure (a URL the policy refuses, DNS, connection, timeout, a receiver's error status) is one 400.
    """
    policy: WebhookPolicy = request.app.state.webhook_policy
    headers = {str(k): str(v) for k, v in (body.webhook.headers or {}).items()}
    try:
        status = await deliver(policy, str(body.webhook.url), headers, body.payload.model_dump(mode="json"))
    except DeliveryFailed:
        raise HTTPException(status_code=400, detail=DELIVERY_FAILED_DETAIL) from None
    return {"status": "success", "status_code": str(status)}


@router.get("/prompt-webhooks/{webhook_id}", response_model=PromptWebhook, dependencies=[requires("prompts:read")])
async def get_prompt_webhook(webhook_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One prompt webhook of the workspace."""
    return _workspace_webhook(store, principal.workspace_id, webhook_id)


@router.patch("/prompt-webhooks/{webhook_id}", response_model=PromptWebhook, dependencies=[requires("prompts:update")])
async def update_prompt_webhook(
    webhook_id: UUID, body: PromptWebhookUpdate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Replace the fields that were sent."""
    with store.transaction():
        doc = _workspace_webhook(store, principal.workspace_id, webhook_id)
        changes = body.model_dump(mode="json", exclude_unset=True)
        for required in ("url", "triggers"):
            if changes.get(required, ...) is None:
                del changes[required]
        if "url" in changes:
            changes["url"] = str(body.url)
        doc.update(changes, updated_at=utcnow().isoformat())
        store.replace(PROMPT_WEBHOOKS, doc, scope=principal.workspace_id)
    return doc


@router.delete("/prompt-webhooks/{webhook_id}", dependencies=[requires("prompts:update")])
async def delete_prompt_webhook(webhook_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a prompt webhook."""
    with store.transaction():
        doc = _workspace_webhook(store, principal.workspace_id, webhook_id)
        store.delete(PROMPT_WEBHOOKS, [doc["id"]], scope=principal.workspace_id)


# ================================================================ workspace secrets


def _secret_id(workspace_id: str, key: str) -> str:
    return f"{workspace_id}/{key}"


@router.get("/workspaces/current/secrets", response_model=list[SecretKey], dependencies=[requires("workspaces:read")])
async def list_current_workspace_secrets(principal: WorkspaceCaller, store: StoreDep) -> list[dict[str, str]]:
    """The keys of the workspace's secrets (never their values)."""
    return [{"key": doc["key"]} for doc in store.list(WORKSPACE_SECRETS, principal.workspace_id)]


@router.post("/workspaces/current/secrets", dependencies=[requires("workspaces:manage-secrets")])
async def upsert_current_workspace_secrets(
    secrets: list[SecretUpsert], principal: WorkspaceCaller, store: StoreDep
) -> None:
    """Set each key's value, or delete the key when its value is null; all or nothing."""
    workspace_id = principal.workspace_id
    with store.transaction():
        for secret in secrets:
            doc_id = _secret_id(workspace_id, secret.key)
            existing = store.get(WORKSPACE_SECRETS, doc_id)
            if secret.value is None:
                store.delete(WORKSPACE_SECRETS, [doc_id])
            elif existing is None:
                doc = {"id": doc_id, "key": secret.key, "value": secret.value, "updated_at": utcnow().isoformat()}
                store.insert(WORKSPACE_SECRETS, doc, scope=workspace_id, name=secret.key)
            else:
                existing.update(value=secret.value, updated_at=utcnow().isoformat())
                store.replace(WORKSPACE_SECRETS, existing, name=secret.key)
