"""`ScimToken`: a SCIM bearer token of the organisation (`/v1/platform/orgs/current/scim/tokens`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import pulumi
import pulumi.dynamic as dynamic
from pydantic import Field

from ..engine import (
    InputsModel,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    SpecProvider,
    post_revoking_orphans,
)


class ScimTokenInputs(InputsModel):
    description: str = Field(
        min_length=1, description="What the token is for (e.g. the identity provider). Changes in place."
    )
    expires_at: str | None = Field(
        default=None,
        description="Must stay unset: LangSmith SCIM tokens do not expire (the API takes only a description). "
        "Rotate a token by replacing the resource.",
    )


class ScimTokenSpec(ResourceSpec):
    kind = "ScimToken"
    description = "A LangSmith SCIM bearer token (for an identity provider's SCIM client)."
    inputs = ScimTokenInputs
    scope = "organization"
    collection_path = "/v1/platform/orgs/current/scim/tokens"
    item_path = "/v1/platform/orgs/current/scim/tokens/{id}"
    secret_fields = frozenset({"token"})
    preserved_outputs = frozenset({"token"})
    replace_on_change = frozenset({"expires_at"})
    outputs = (
        OutputField("token", "string", "The token: returned once at creation, kept as a secret.", secret=True),
        OutputField("short_token", "string", "Masked form of the token, as LangSmith lists it."),
        OutputField("created_at", "string", "Creation time."),
        OutputField("last_used_at", "string", "When the token last authenticated a SCIM request."),
    )

    def validate_semantics(self, inputs: InputsModel) -> list[tuple[str, str]]:
        if inputs.model_dump().get("expires_at") is not None:
            return [
                (
                    "expires_at",
                    "LangSmith SCIM tokens have no expiry (the API takes only a description); leave it unset",
                )
            ]
        return []

    def to_api(self, inputs: InputsModel, fields: Any = None) -> dict[str, Any]:
        return {k: v for k, v in super().to_api(inputs, fields).items() if k == "description"}

    def from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {"description": obj.get("description"), "expires_at": None}


class ScimTokenProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = ScimTokenSpec()

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        inputs = self._model(self._strip(props))
        api = self.spec.scoped(self.client(), {})
        body = self.spec.create_body(inputs, None)
        obj = post_revoking_orphans(
            api,
            self.spec.collection_path,
            post=lambda: api.post(self.spec.collection_path, body),
            is_ours=lambda token: token.get("description") == body.get("description"),
            delete=lambda token_id: self.spec.delete_object(api, token_id),
        )
        return dynamic.CreateResult(str(obj["id"]), self._outputs(inputs, obj))


class ScimToken(LangSmithResource, module="langsmith", name="ScimToken"):
    """A SCIM bearer token; `token` is a secret output. Type token `pulumi-python:dynamic/langsmith:ScimToken`."""

    _provider_class = ScimTokenProvider

    description: pulumi.Output[str]
    expires_at: pulumi.Output[str | None]
    token: pulumi.Output[str]
    """The token value (secret)."""
    short_token: pulumi.Output[str]
    created_at: pulumi.Output[str]
    last_used_at: pulumi.Output[str | None]

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
