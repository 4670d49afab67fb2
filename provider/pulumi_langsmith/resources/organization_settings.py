"""`OrganizationSettings`: the organisation's own settings (`GET/PATCH /api/v1/orgs/current/info`).

A singleton: there is always exactly one, so create adopts it and brings the fields the program sets to
their inputs; every field left unset stays unmanaged (whatever the organisation holds). Destroy forgets
the settings with a warning and leaves them as they are. `sso_only` is read from the organisation's info
but written through its own operation (`PATCH /api/v1/orgs/current/login-methods`).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from ..framework import Conformance, InputsModel, Kind, OutputsModel, Singleton, field
from ..framework.scoped import Scoped

ORG_INFO_PATH = "/api/v1/orgs/current/info"
LOGIN_METHODS_PATH = "/api/v1/orgs/current/login-methods"


def _ip_or_network(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(f"{value[:64]!r} is not an IP address or CIDR range (e.g. 203.0.113.0/24)") from None
    return value


IpOrNetwork = Annotated[str, Field(min_length=1, max_length=64), AfterValidator(_ip_or_network)]
ExpiryDays = Annotated[int, Field(ge=1, le=36_500)]


class OrganizationSettingsInputs(InputsModel):
    max_pat_expiry_days: ExpiryDays | None = field(
        None, description="Longest lifetime, in days, of a personal access token created from now on."
    )
    max_service_key_expiry_days: ExpiryDays | None = field(
        None, description="Longest lifetime, in days, of a service key created from now on."
    )
    max_api_key_expiry_days: ExpiryDays | None = field(
        None, description="Longest lifetime, in days, of a (legacy) API key created from now on."
    )
    ip_allowlist: list[IpOrNetwork] | None = field(
        None,
        unordered=True,
        max_length=1000,
        description="IP addresses and CIDR ranges the organisation's API may be called from (empty: any).",
    )
    public_sharing_disabled: bool | None = field(None, description="Whether public sharing of traces is disabled.")
    pat_creation_disabled: bool | None = field(
        None, description="Whether members may no longer create personal access tokens."
    )
    invites_enabled: bool | None = field(None, description="Whether members may be invited by email.")
    jit_provisioning_enabled: bool | None = field(
        None, description="Whether SSO users are added to the organisation on their first login."
    )
    workspace_admin_can_invite_to_org: bool | None = field(
        None, description="Whether workspace admins may invite new members to the organisation."
    )
    security_contact: str | None = field(
        None,
        min_length=3,
        max_length=320,
        pattern=r"^[^@\s]+@[^@\s]+$",
        description="Email address LangSmith contacts about security matters.",
    )
    sso_only: bool | None = field(
        None,
        description="Whether members may log in only through SSO (set through the login-methods operation).",
    )


class OrganizationSettingsOutputs(OutputsModel):
    organization_id: str | None = field(None, api_name="id", description="The organisation these settings are of.")
    display_name: str | None = field(None, description="The organisation's name.")


class OrganizationSettingsApi(Singleton):
    """Requests: create 1 (GET) plus the update when a managed field differs; read 1; update 1 (PATCH info),
    or 2 when `sso_only` changes (its own PATCH, then the info PATCH, or a GET when nothing else changed);
    delete 0 (forgets)."""

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> dict[str, Any]:
        # `OrganizationUpdate` has no `sso_only`: the login methods have an operation of their own.
        if "sso_only" in changed and new.sso_only is not None:
            api.patch(LOGIN_METHODS_PATH, {"sso_only": new.sso_only})
        return super().update(api, object_id, old, new, [f for f in changed if f != "sso_only"], state)


KIND = Kind(
    name="OrganizationSettings",
    description="The organisation's settings: key and token lifetime caps, the IP allow-list, public "
    "sharing, invitations and SSO-only login. One per organisation; only the fields you set are managed.",
    inputs=OrganizationSettingsInputs,
    outputs=OrganizationSettingsOutputs,
    scope="organization",
    api=OrganizationSettingsApi(ORG_INFO_PATH),
    docs="There is always exactly one: `pulumi up` adopts it, and fields you leave unset keep whatever the "
    "organisation holds. `pulumi destroy` forgets the settings (with a warning) and leaves them in place: "
    "LangSmith cannot delete them. LangSmith enforces the expiry caps on keys and tokens created afterwards.",
    conformance=Conformance(
        example={"max_pat_expiry_days": 90, "public_sharing_disabled": True},
        update={"max_pat_expiry_days": 30, "ip_allowlist": ["10.0.0.0/8", "203.0.113.7"], "sso_only": True},
        replace=None,  # every field changes in place
        invalid=(
            ({"max_pat_expiry_days": 0}, "max_pat_expiry_days"),
            ({"ip_allowlist": ["not-an-ip"]}, "ip_allowlist"),
            ({"security_contact": "nobody"}, "security_contact"),
        ),
        drift={"max_pat_expiry_days": 7},
        delete_forgets=True,
    ),
)
