"""`PromptWebhook`: a webhook called on prompt commits and tag changes (`/api/v1/prompt-webhooks`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any

from pydantic import Field, HttpUrl, ValidationInfo, field_validator

from ..framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field

_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # RFC 9110 token
_MAX_HEADER_VALUE = 8192


class PromptWebhookTrigger(str, Enum):
    """Prompt events that call a webhook."""

    COMMIT = "commit"
    TAG_CREATE = "tag:create"
    TAG_UPDATE = "tag:update"


class PromptWebhookInputs(WorkspaceScopedInputs):
    url: str = field(
        key=True,
        max_length=2048,
        description="HTTPS URL the webhook POSTs to; with `adopt_existing`, the key to adopt by.",
    )
    triggers: list[PromptWebhookTrigger] = field(
        unordered=True,
        min_length=1,
        max_length=3,
        description="Events that call the webhook: `commit`, `tag:create`, `tag:update`.",
    )
    headers: dict[str, Annotated[str, Field(max_length=8192)]] | None = field(
        None,
        secret=True,
        max_length=64,
        description="HTTP headers sent with each call (secret: often credentials).",
    )
    include_prompts: list[Annotated[str, Field(max_length=64)]] | None = field(
        None,
        unordered=True,
        max_length=1000,
        description="Prompt ids that call the webhook (default: every prompt of the workspace).",
    )
    exclude_prompts: list[Annotated[str, Field(max_length=64)]] | None = field(
        None, unordered=True, max_length=1000, description="Prompt ids that never call the webhook."
    )

    @field_validator("url")
    @classmethod
    def _https_only(cls, value: str) -> str:
        parsed = HttpUrl(value.strip())
        if parsed.scheme != "https":
            raise ValueError(f"must be an https:// URL, got scheme {parsed.scheme!r}")
        if parsed.username or parsed.password:
            raise ValueError("must not carry user info: send credentials in `headers`, which are secret")
        return str(parsed)

    @field_validator("triggers")
    @classmethod
    def _distinct_triggers(cls, value: list[PromptWebhookTrigger]) -> list[PromptWebhookTrigger]:
        if len(set(value)) != len(value):
            raise ValueError("lists a trigger more than once")
        return sorted(value, key=lambda t: t.value)

    @field_validator("headers")
    @classmethod
    def _valid_headers(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        for name, header_value in (value or {}).items():
            if not _HEADER_NAME.match(name):
                raise ValueError(f"{name!r} is not a valid HTTP header name")
            if "\r" in header_value or "\n" in header_value:
                raise ValueError(f"the value of header {name!r} contains a line break")
            if len(header_value) > _MAX_HEADER_VALUE:
                raise ValueError(f"the value of header {name!r} is longer than {_MAX_HEADER_VALUE} characters")
        return value or None

    @field_validator("include_prompts", "exclude_prompts")
    @classmethod
    def _prompt_ids(cls, value: list[str] | None) -> list[str] | None:
        ids = []
        for item in value or []:
            if not re.fullmatch(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", item):
                raise ValueError(f"{item[:40]!r} is not a prompt id (a UUID)")
            ids.append(item.lower())
        if len(set(ids)) != len(ids):
            raise ValueError("lists a prompt more than once")
        return sorted(ids) or None

    @field_validator("exclude_prompts")
    @classmethod
    def _not_also_included(cls, value: list[str] | None, info: ValidationInfo) -> list[str] | None:
        both = set(value or ()) & set(info.data.get("include_prompts") or ())
        if both:
            raise ValueError(f"prompts both included and excluded: {sorted(both)}")
        return value


class PromptWebhookOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the webhook.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last update time (ISO 8601).")


_CLEARED: dict[str, Any] = {"headers": {}, "include_prompts": [], "exclude_prompts": []}


class PromptWebhooks(RestCollection):
    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        # An empty object or list clears a field unambiguously; null means "unchanged" for some fields.
        body = super().update_body(old, new, changed, live)
        return {k: _CLEARED[k] if v is None and k in _CLEARED else v for k, v in body.items()}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "url": obj.get("url"),
            "triggers": sorted(obj.get("triggers") or []),
            "headers": obj.get("headers") or None,
            "include_prompts": sorted(str(p).lower() for p in obj.get("include_prompts") or []) or None,
            "exclude_prompts": sorted(str(p).lower() for p in obj.get("exclude_prompts") or []) or None,
        }


KIND = Kind(
    name="PromptWebhook",
    description="A webhook LangSmith calls when a prompt of the workspace gets a commit or a tag.",
    inputs=PromptWebhookInputs,
    outputs=PromptWebhookOutputs,
    # The URL is not unique in the API: create looks it up first (the list is one unpaginated array), then
    # POSTs with the deterministic id. The PATCH response is the webhook.
    api=PromptWebhooks("/api/v1/prompt-webhooks", client_ids=True, key_unique=False, list_filter=None, paginated=False),
    conformance=Conformance(
        example={
            "url": "https://hooks.example.com/conformance",
            "triggers": ["commit"],
            "headers": {"Authorization": "Bearer conformance-hook-token"},
        },
        update={"triggers": ["commit", "tag:create"], "headers": {"Authorization": "Bearer rotated-hook-token"}},
        replace=None,  # only workspace_id replaces, which needs a second workspace
        invalid=(
            ({"url": "http://hooks.example.com/plain"}, "url"),
            ({"triggers": []}, "triggers"),
            ({"headers": {"Bad Header": "x"}}, "headers"),
            ({"include_prompts": ["my-prompt"]}, "include_prompts"),
        ),
        drift={"triggers": ["tag:update"]},
    ),
)
