"""`PromptWebhook`: a webhook called on prompt commits and tag changes (`/api/v1/prompt-webhooks`)."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, ClassVar

import pulumi
from pydantic import Field, HttpUrl, ValidationInfo, field_validator

from ..engine import (
    InputsModel,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    Scoped,
    SpecProvider,
    WorkspaceScopedInputs,
)

_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # RFC 9110 token


class PromptWebhookTrigger(str, Enum):
    """Prompt events that call a webhook."""

    COMMIT = "commit"
    TAG_CREATE = "tag:create"
    TAG_UPDATE = "tag:update"


class PromptWebhookInputs(WorkspaceScopedInputs):
    url: str = Field(description="HTTPS URL the webhook POSTs to; with `adopt_existing`, the key to adopt by.")
    triggers: list[PromptWebhookTrigger] = Field(
        min_length=1, description="Events that call the webhook: `commit`, `tag:create`, `tag:update`."
    )
    headers: dict[str, str] | None = Field(
        default=None, description="HTTP headers sent with each call (secret: often credentials)."
    )
    include_prompts: list[str] | None = Field(
        default=None, description="Prompt ids that call the webhook (default: every prompt of the workspace)."
    )
    exclude_prompts: list[str] | None = Field(default=None, description="Prompt ids that never call the webhook.")

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
        return value or None

    @field_validator("include_prompts", "exclude_prompts")
    @classmethod
    def _prompt_ids(cls, value: list[str] | None) -> list[str] | None:
        ids = []
        for item in value or []:
            if not re.fullmatch(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", item):
                raise ValueError(f"{item!r} is not a prompt id (a UUID)")
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


class PromptWebhookSpec(ResourceSpec):
    kind = "PromptWebhook"
    description = "A webhook LangSmith calls when a prompt of the workspace gets a commit or a tag."
    inputs = PromptWebhookInputs
    collection_path = "/api/v1/prompt-webhooks"
    item_path = "/api/v1/prompt-webhooks/{id}"
    natural_key = ("url",)
    replace_on_change = frozenset({"workspace_id"})
    secret_fields = frozenset({"headers"})
    unordered_fields = frozenset({"triggers", "include_prompts", "exclude_prompts"})
    client_supplied_id = True
    list_filter_param = None
    outputs = (
        OutputField("tenant_id", "string", "Workspace that holds the webhook."),
        OutputField("created_at", "string", "Creation time (ISO 8601)."),
        OutputField("updated_at", "string", "Last update time (ISO 8601)."),
    )

    def update_body(self, old: InputsModel, new: InputsModel, changed: list[str]) -> dict[str, Any]:
        # An empty object or list clears a field unambiguously; null means "unchanged" for some fields.
        body = super().update_body(old, new, changed)
        cleared = {"headers": {}, "include_prompts": [], "exclude_prompts": []}
        return {k: cleared[k] if v is None and k in cleared else v for k, v in body.items()}

    def from_api(self, obj: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": obj.get("url"),
            "triggers": sorted(obj.get("triggers") or []),
            "headers": obj.get("headers") or None,
            "include_prompts": sorted(str(p).lower() for p in obj.get("include_prompts") or []) or None,
            "exclude_prompts": sorted(str(p).lower() for p in obj.get("exclude_prompts") or []) or None,
        }

    def find_existing(self, api: Scoped, inputs: InputsModel) -> dict[str, Any] | None:
        # The list is one unpaginated array.
        wanted = inputs.model_dump(mode="json")["url"]
        return next((hook for hook in api.get(self.collection_path) or [] if hook.get("url") == wanted), None)


class PromptWebhookProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = PromptWebhookSpec()


class PromptWebhook(LangSmithResource, module="langsmith", name="PromptWebhook"):
    """A prompt webhook. Type token `pulumi-python:dynamic/langsmith:PromptWebhook`."""

    _provider_class = PromptWebhookProvider

    url: pulumi.Output[str]
    """HTTPS URL the webhook POSTs to."""
    triggers: pulumi.Output[list[str]]
    """`commit`, `tag:create` and/or `tag:update`."""
    headers: pulumi.Output[dict[str, str] | None]
    """HTTP headers sent with each call (secret)."""
    include_prompts: pulumi.Output[list[str] | None]
    exclude_prompts: pulumi.Output[list[str] | None]
    workspace_id: pulumi.Output[str | None]
    adopt_existing: pulumi.Output[bool]
    tenant_id: pulumi.Output[str]
    """Workspace that holds the webhook."""
    created_at: pulumi.Output[str]
    updated_at: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        url: pulumi.Input[str],
        triggers: pulumi.Input[list[pulumi.Input[str]]],
        headers: pulumi.Input[dict[str, pulumi.Input[str]]] | None = None,
        include_prompts: pulumi.Input[list[pulumi.Input[str]]] | None = None,
        exclude_prompts: pulumi.Input[list[pulumi.Input[str]]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "url": url,
                "triggers": triggers,
                "headers": headers,
                "include_prompts": include_prompts,
                "exclude_prompts": exclude_prompts,
                "workspace_id": workspace_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
