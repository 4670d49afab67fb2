"""`OrgMember`: a member of the organisation, invited by email (`/api/v1/orgs/current/members`).

A member is pending until the invitee accepts, then active; the resource id is the normalised email,
which stays the same across that change (the server's invite id and membership id differ).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from email_validator import EmailNotValidError, validate_email
from pydantic import field_validator, model_validator

from ..framework import AdoptableInputs, Conformance, Invitation, Kind, OutputsModel, Scoped, Uuid, field
from ..framework.strategies.invitation import Membership
from .role import RoleScope, exactly_one_role, resolve_role_id, role_inputs_from_api

MEMBERS_PATH = "/api/v1/orgs/current/members"
DEFAULT_ORG_ROLE = "ORGANIZATION_USER"


def normalized_email(value: Any) -> Any:
    """Trim and lower-case an email and check its syntax (no DNS lookup)."""
    if not isinstance(value, str):
        return value
    email = value.strip().lower()
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from None
    return email


def find_member(api: Scoped, email: str) -> tuple[str, dict[str, Any]] | None:
    """("active" | "pending", the member) for this email, if any."""
    found = Invitation(MEMBERS_PATH).find(api, {"email": email}, {"emails": [email]})
    return None if found is None else (found.pop("status"), found)


class NamedRole(Membership):
    """A member's role by name (`role`, resolved among the organisation's roles of `role_scope`) or by id."""

    role_scope: RoleScope = "organization"

    def role_id(self, api: Scoped, inputs: Any) -> str | None:
        return inputs.role_id or resolve_role_id(api, inputs.role, self.role_scope, "role")

    def live_role(self, api: Scoped, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        return role_inputs_from_api(api, obj.get("role_id"), state, "role", "role_id")


class OrgMembers(NamedRole, Invitation):
    pass


class OrgMemberInputs(AdoptableInputs):
    email: str = field(
        key=True,
        replace=True,
        max_length=320,
        description="Email of the member (trimmed, lower-cased). Changing it replaces the member.",
    )
    role: str | None = field(
        None,
        max_length=256,
        description="Organization role by name: `ORGANIZATION_USER` (default), `ORGANIZATION_ADMIN`, or a role's "
        "display name. Changes in place (a pending invite is re-sent).",
    )
    role_id: Uuid | None = field(None, description="Organization role by id (instead of `role`).")

    _email = field_validator("email", mode="before")(normalized_email)

    @model_validator(mode="after")
    def _default_role(self) -> OrgMemberInputs:
        if self.role is None and self.role_id is None:
            self.role = DEFAULT_ORG_ROLE
        return self


class OrgMemberOutputs(OutputsModel):
    status: str | None = field(None, description="`pending` until the invite is accepted, then `active`.")
    identity_id: str | None = field(
        None, api_name="id", description="Id of the membership (or of the invite while pending)."
    )
    ls_user_id: str | None = field(None, description="The user's LangSmith id (once active).")
    role_name: str | None = field(None, description="Display name of the member's organization role.")


KIND = Kind(
    name="OrgMember",
    description="A member of the LangSmith organization (an invite until accepted).",
    inputs=OrgMemberInputs,
    outputs=OrgMemberOutputs,
    api=OrgMembers(MEMBERS_PATH),
    scope="organization",
    validate=lambda inputs: exactly_one_role(inputs.model_dump(), "role", "role_id"),
    conformance=Conformance(
        example={"email": "conformance-member@example.com"},
        update={"role": "ORGANIZATION_ADMIN"},
        replace={"email": "conformance-member-2@example.com"},
        invalid=(
            ({"email": "not-an-email"}, "email"),
            ({"role_id": "admin"}, "role_id"),
            ({"role": "ORGANIZATION_USER", "role_id": "00000000-0000-4000-8000-000000000000"}, "role_id"),
        ),
        # The role can drift, but it then reads back as a `role_id` (an id of the test's organization, which
        # an example cannot name); tests/test_access_resources.py covers it.
        drift=None,
    ),
)
