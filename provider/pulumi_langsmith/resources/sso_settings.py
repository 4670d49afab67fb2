"""`SsoSettings`: the organisation's SAML SSO settings (`/api/v1/orgs/current/sso-settings`).

An organisation has at most one. There is no item GET: read finds it in the list by id. Create lists
first: when the organisation already has SSO settings they are refused, or with `adopt_existing` adopted
and brought to the inputs (one PATCH); otherwise one POST. Updates PATCH the changed fields by id (the
response is the settings), and destroy deletes them (the organisation then has no SSO).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field

from ..framework import AdoptableInputs, Conformance, Created, Existing, Kind, ListOnlyRead, OutputsModel, Uuid, field
from ..framework.scoped import Scoped

SSO_PATH = "/api/v1/orgs/current/sso-settings"


class SsoSettingsInputs(AdoptableInputs):
    default_workspace_role_id: Uuid = field(
        description="Workspace role of users SSO provisions (see `get_role`).",
    )
    default_workspace_ids: list[Uuid] = field(
        unordered=True,
        min_length=1,
        max_length=1000,
        description="Workspaces users SSO provisions join.",
    )
    metadata_url: str | None = field(
        None,
        min_length=1,
        max_length=2048,
        pattern=r"^https://",
        description="URL of the identity provider's SAML metadata.",
    )
    metadata_xml: str | None = field(
        None,
        min_length=1,
        max_length=1_000_000,
        description="The identity provider's SAML metadata (instead of a URL).",
    )
    sso_groups_enabled: bool | None = field(
        None, server_default=True, description="Whether roles come from the identity provider's groups."
    )
    sso_groups_claim_field: Annotated[str, Field(min_length=1, max_length=255)] | None = field(
        None, server_default=True, description="SAML attribute holding the groups (LangSmith's default: `groups`)."
    )
    sso_groups_required: bool | None = field(
        None, server_default=True, description="Whether a user without a matching group is refused."
    )
    sso_groups_role_sync_enabled: bool | None = field(
        None, server_default=True, description="Whether group changes update roles at each login."
    )


class SsoSettingsOutputs(OutputsModel):
    provider_id: str | None = field(None, description="Id of the SAML provider LangSmith registered.")
    organization_id: str | None = field(None, description="The organisation the settings are of.")


def _one_metadata_source(inputs: SsoSettingsInputs) -> list[tuple[str, str]]:
    if (inputs.metadata_url is None) == (inputs.metadata_xml is None):
        return [("metadata_url", "set exactly one of metadata_url and metadata_xml")]
    return []


class SsoSettingsApi(ListOnlyRead):
    def find(self, api: Scoped, inputs: Any) -> dict[str, Any] | None:
        # One per organisation: whatever is there is the one with our "key".
        return next((dict(obj) for obj in api.get(self.collection) or []), None)

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        # No natural key, no client id: the organisation's one settings object is the key.
        found = self.find(api, inputs)
        if found is not None:
            return Existing(found, ours=False)
        body = self.create_body(inputs, None)
        return Created(dict(api.post(self.collection, body, recover=lambda: self.find(api, inputs))))

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        return (
            f"the organisation already has SSO settings (id {obj.get('id')}); set adopt_existing=True to manage "
            "them with this resource"
        )


KIND = Kind(
    name="SsoSettings",
    description="The organisation's SAML SSO settings: the identity provider's metadata, and the role and "
    "workspaces of users SSO provisions. One per organisation.",
    inputs=SsoSettingsInputs,
    outputs=SsoSettingsOutputs,
    scope="organization",
    validate=_one_metadata_source,
    # Requests: create 2 (the list, then the POST; or the PATCH of adopted settings), read 1, update 1, delete 1.
    api=SsoSettingsApi(SSO_PATH, key_unique=False, list_filter=None, paginated=False),
    docs="An organisation has at most one: a second resource is refused unless `adopt_existing` is set. "
    "`pulumi destroy` deletes the settings, so SSO logins stop working; pair it with `OrganizationSettings."
    "sso_only` with care.",
    conformance=Conformance(
        example={
            "default_workspace_role_id": "00000000-0000-0000-0000-000000000000",
            "default_workspace_ids": ["00000000-0000-0000-0000-000000000000"],
            "metadata_url": "https://idp.example.com/saml/metadata",
        },
        update={"sso_groups_enabled": True, "metadata_url": "https://idp.example.com/saml/metadata-v2"},
        replace=None,  # every field changes in place
        invalid=(
            ({"default_workspace_ids": []}, "default_workspace_ids"),
            ({"metadata_url": None}, "metadata_url"),
            ({"metadata_url": "http://idp.example.com/metadata"}, "metadata_url"),
        ),
        drift={"metadata_url": "https://idp.example.com/changed-by-hand"},
        setup="workspace_role_and_workspace",
    ),
)
