"""`PersonalAccessToken`: a personal access token of the calling user (`/api/v1/orgs/current/personal-access-tokens`)."""

from __future__ import annotations

from typing import ClassVar

import pulumi

from ..engine import LangSmithResource, ResourceSpec
from .service_key import KeyInputs, KeyProvider, KeySpec


class PersonalAccessTokenInputs(KeyInputs):
    pass


class PersonalAccessTokenSpec(KeySpec):
    kind = "PersonalAccessToken"
    description = "A LangSmith personal access token of the user behind the provider's API key."
    inputs = PersonalAccessTokenInputs
    collection_path = "/api/v1/orgs/current/personal-access-tokens"
    item_path = "/api/v1/orgs/current/personal-access-tokens/{id}"
    max_expiry_setting = "max_pat_expiry_days"
    replace_on_change = frozenset({"description", "expires_at"})


class PersonalAccessTokenProvider(KeyProvider):
    spec: ClassVar[ResourceSpec] = PersonalAccessTokenSpec()


class PersonalAccessToken(LangSmithResource, module="langsmith", name="PersonalAccessToken"):
    """A personal access token; `key` is a secret output. Type token `pulumi-python:dynamic/langsmith:PersonalAccessToken`."""

    _provider_class = PersonalAccessTokenProvider

    description: pulumi.Output[str]
    expires_at: pulumi.Output[str | None]
    key: pulumi.Output[str]
    """The token value (secret)."""
    short_key: pulumi.Output[str]
    created_at: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(resource_name, {"description": description, "expires_at": expires_at}, opts)


LEGACY_KIND = True  # not yet declared on the kind framework
