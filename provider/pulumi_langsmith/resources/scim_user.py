"""`ScimUser`: a user provisioned through LangSmith's SCIM 2.0 API (`/scim/v2/Users`, RFC 7644).

Requests authenticate with the SCIM bearer token (`langsmith:scimToken`), not the API key. Payloads are
built and parsed with `scim2-models`. A SCIM user becomes a member of the organisation; `active=False`
deprovisions it without deleting it. Changes are sent as a PatchOp of `replace` operations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from ..framework import AdoptableInputs, Conformance, Kind, OutputsModel, ScimResource, field

if TYPE_CHECKING:
    from scim2_models import User  # imported where used: it is slow to import


class ScimUserName(BaseModel):
    """The user's name."""

    model_config = ConfigDict(extra="forbid")
    given_name: str | None = Field(default=None, min_length=1, max_length=256)
    family_name: str | None = Field(default=None, min_length=1, max_length=256)
    formatted: str | None = Field(
        default=None, min_length=1, max_length=512, description="Full name, as displayed in LangSmith."
    )


class ScimUserInputs(AdoptableInputs):
    user_name: str = field(
        key=True,
        api_name="userName",
        min_length=1,
        max_length=512,
        description="Unique login name (usually the email, the SAML NameID or the OIDC `sub`).",
    )
    email: EmailStr = field(
        api_name="emails",
        max_length=320,
        description='Work email (`emails[type eq "work"]`); LangSmith requires it.',
    )
    name: ScimUserName | None = field(None, description="Given, family and formatted name.")
    active: bool = field(True, description="False deprovisions the user without deleting it.")
    external_id: str | None = field(
        None,
        api_name="externalId",
        min_length=1,
        max_length=512,
        description="The identity provider's id of the user; matched first on adoption.",
    )

    @field_validator("user_name", "external_id")
    @classmethod
    def _trimmed(cls, value: str | None) -> str | None:
        if value is not None and value != value.strip():
            raise ValueError("must not start or end with whitespace")
        return value

    @field_validator("email", mode="before")
    @classmethod
    def _normalised_email(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value


class ScimUserOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time (SCIM `meta.created`).")
    last_modified: str | None = field(None, description="Last modification time (SCIM `meta.lastModified`).")


class ScimUsers(ScimResource):
    def to_resource(self, values: Mapping[str, Any]) -> User:
        from scim2_models import Email, Name, User

        name = values.get("name")
        return User(
            user_name=values["user_name"],
            emails=[Email(value=values["email"], type=Email.Type.work, primary=True)],
            name=Name(**name) if name else None,
            active=values["active"],
            external_id=values.get("external_id"),
        )

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        from scim2_models import Email, User

        user = cast(User, self.parsed(obj))
        emails = user.emails or []
        work = next((e for e in emails if e.type == Email.Type.work), None) or next(iter(emails), None)
        name = None
        if user.name is not None:
            name = {
                "given_name": user.name.given_name,
                "family_name": user.name.family_name,
                "formatted": user.name.formatted,
            }
            name = name if any(name.values()) else None
        return {
            "user_name": user.user_name,
            "email": work.value.lower() if work is not None and work.value else None,
            "name": name,
            "active": user.active if user.active is not None else True,
            "external_id": user.external_id,
        }


KIND = Kind(
    name="ScimUser",
    description="A LangSmith user provisioned through SCIM 2.0 (becomes an organisation member).",
    inputs=ScimUserInputs,
    outputs=ScimUserOutputs,
    # The identity provider's id is matched first: a user renamed upstream is still the same user.
    api=ScimUsers("User", "/Users", lookup=("external_id", "user_name")),
    scope="organization",
    conformance=Conformance(
        example={"user_name": "conformance@example.com", "email": "conformance@example.com"},
        update={"active": False, "name": {"given_name": "Conformance", "family_name": "User"}},
        replace=None,
        invalid=(
            ({"user_name": ""}, "user_name"),
            ({"email": "not-an-email"}, "email"),
            ({"external_id": " padded"}, "external_id"),
        ),
        drift={"active": False},
        setup="scim_token",
    ),
)
