"""`ScimToken`: a SCIM bearer token of the organisation (`/v1/platform/orgs/current/scim/tokens`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import Conformance, InputsModel, Kind, OutputsModel, ShownOnce, field


class ScimTokenInputs(InputsModel):
    description: str = field(
        min_length=1,
        max_length=1024,
        description="What the token is for (e.g. the identity provider). Changes in place. LangSmith lists it with "
        "this resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.",
    )
    expires_at: str | None = field(
        None,
        replace=True,
        max_length=64,
        description="Must stay unset: LangSmith SCIM tokens do not expire (the API takes only a description). "
        "Rotate a token by replacing the resource.",
    )


class ScimTokenOutputs(OutputsModel):
    token: str | None = field(
        None, secret=True, once=True, description="The token: returned once at creation, kept as a secret."
    )
    short_token: str | None = field(None, description="Masked form of the token, as LangSmith lists it.")
    created_at: str | None = field(None, description="Creation time.")
    last_used_at: str | None = field(None, description="When the token last authenticated a SCIM request.")


def _no_expiry(inputs: ScimTokenInputs) -> list[tuple[str, str]]:
    if inputs.expires_at is not None:
        return [
            ("expires_at", "LangSmith SCIM tokens have no expiry (the API takes only a description); leave it unset")
        ]
    return []


class ScimTokens(ShownOnce):
    # The API takes (and returns) only a description.
    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        return {k: v for k, v in super().to_api(inputs, fields).items() if k == "description"}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        return {**super().live_inputs(obj, state), "expires_at": None}  # the owner marker stripped there


KIND = Kind(
    name="ScimToken",
    description="A LangSmith SCIM bearer token (for an identity provider's SCIM client).",
    inputs=ScimTokenInputs,
    outputs=ScimTokenOutputs,
    api=ScimTokens("/v1/platform/orgs/current/scim/tokens", expiry=None, item_read=True),
    conformance=Conformance(
        example={"description": "conformance-idp"},
        update={"description": "conformance-idp, renamed"},
        replace=None,  # only `expires_at` replaces, and it must stay unset
        invalid=(
            ({"description": ""}, "description"),
            ({"expires_at": "2099-01-01T00:00:00Z"}, "expires_at"),
        ),
        drift={"description": "changed by hand"},
    ),
    validate=_no_expiry,
    scope="organization",
    delete_before_replace=False,  # rotation: the new token exists before the old one is revoked
)
