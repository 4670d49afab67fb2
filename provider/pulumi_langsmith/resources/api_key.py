"""`ApiKey`: a legacy workspace API key (`/api/v1/api-key`, in the workspace named by `X-Tenant-Id`)."""

from __future__ import annotations

from typing import ClassVar

import pulumi
from pydantic import Field

from ..engine import LangSmithResource, ResourceSpec
from .service_key import KeyInputs, KeyProvider, KeySpec


class ApiKeyInputs(KeyInputs):
    workspace_id: str | None = Field(
        default=None,
        pattern=r"^[0-9a-fA-F-]{36}$",
        description="Workspace of the key (sent as `X-Tenant-Id`); defaults to the provider's workspace. "
        "Changing it replaces the key.",
    )


class ApiKeySpec(KeySpec):
    kind = "ApiKey"
    description = "A legacy LangSmith API key of one workspace."
    inputs = ApiKeyInputs
    scope = "workspace"
    collection_path = "/api/v1/api-key"
    item_path = "/api/v1/api-key/{id}"
    max_expiry_setting = "max_api_key_expiry_days"
    replace_on_change = frozenset({"description", "expires_at", "workspace_id"})


class ApiKeyProvider(KeyProvider):
    spec: ClassVar[ResourceSpec] = ApiKeySpec()


class ApiKey(LangSmithResource, module="langsmith", name="ApiKey"):
    """A legacy workspace API key; `key` is a secret output. Type token `pulumi-python:dynamic/langsmith:ApiKey`."""

    _provider_class = ApiKeyProvider

    description: pulumi.Output[str]
    expires_at: pulumi.Output[str | None]
    workspace_id: pulumi.Output[str | None]
    key: pulumi.Output[str]
    """The key value (secret)."""
    short_key: pulumi.Output[str]
    created_at: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        description: pulumi.Input[str],
        workspace_id: pulumi.Input[str] | None = None,
        expires_at: pulumi.Input[str] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name, {"description": description, "workspace_id": workspace_id, "expires_at": expires_at}, opts
        )


LEGACY_KIND = True  # not yet declared on the kind framework
