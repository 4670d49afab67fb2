"""`ScimToken`: a SCIM bearer token of the organisation (`/v1/platform/orgs/current/scim/tokens`)."""

from __future__ import annotations

from typing import Any, ClassVar
from collections.abc import Mapping

import pulumi
import pulumi.dynamic as dynamic
from pydantic import Field

from ..client import LangSmithClient
from ..errors import NotFoundError
from ..engine import (
    InputsModel,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    Scoped,
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
    collection_path = "/orgs/current/scim/tokens"
    item_path = "/orgs/current/scim/tokens/{id}"
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

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return Scoped(client, organization_id=client.settings.organization_id)

    def _prefixed(self, api: Scoped, path: str) -> str:
        return api.client.settings.platform_prefix + path

    def to_api(self, inputs: InputsModel, fields: Any = None) -> dict[str, Any]:
        return {k: v for k, v in super().to_api(inputs, fields).items() if k == "description"}

    def from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {"description": obj.get("description"), "expires_at": None}

    def read_object(self, api: Scoped, object_id: str) -> dict[str, Any]:
        return api.get(self._prefixed(api, self.object_path(object_id)))


class ScimTokenProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = ScimTokenSpec()

    def create(self, props: dict[str, Any]) -> dynamic.CreateResult:
        spec: ScimTokenSpec = self.spec  # type: ignore[assignment]
        inputs = self._model(self._strip(props))
        api = spec.scoped(self.client(), {})
        body = spec.to_api(inputs)
        obj = post_revoking_orphans(
            api,
            spec._prefixed(api, spec.collection_path),
            post=lambda: api.post(spec._prefixed(api, spec.collection_path), body),
            is_ours=lambda token: token.get("description") == body.get("description"),
            delete=lambda token_id: self.delete(token_id, {}),
        )
        return dynamic.CreateResult(str(obj["id"]), self._outputs(inputs, obj))

    def update(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> dynamic.UpdateResult:
        spec: ScimTokenSpec = self.spec  # type: ignore[assignment]
        new = self._model(self._strip(news))
        api = spec.scoped(self.client(), {})
        obj = api.patch(spec._prefixed(api, spec.object_path(id_)), spec.to_api(new))
        outs = self._outputs(new, obj)
        self._preserve(outs, self._strip(olds))
        return dynamic.UpdateResult(outs)

    def delete(self, id_: str, props: dict[str, Any]) -> None:
        spec: ScimTokenSpec = self.spec  # type: ignore[assignment]
        api = spec.scoped(self.client(), {})
        try:
            api.delete(spec._prefixed(api, spec.object_path(id_)))
        except NotFoundError:
            pass


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
