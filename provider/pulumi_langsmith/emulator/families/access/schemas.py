"""Pydantic models of the LangSmith spec schemas for members, roles, API keys and SCIM tokens.

Names, fields, types and defaults follow `components/schemas` of `langsmith-platform-openapi.docs.json`;
the spec name is given where the class name differs.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

from ..langsmith.schemas import UtcDatetime


def _no_default(schema: dict[str, Any]) -> None:
    """Go structs have optional fields without a declared default."""
    schema.pop("default", None)


class AccessScope(str, Enum):
    """Spec `AccessScope`."""

    organization = "organization"
    workspace = "workspace"


class MemberSortField(str, Enum):
    """Spec `MemberSortField`."""

    name = "name"
    email = "email"
    role = "role"
    created_at = "created_at"


# ---------------------------------------------------------------- members


class AuthProvider(str, Enum):
    """Spec `AuthProvider`."""

    email = "email"
    supabase_non_sso = "supabase:non-sso"
    supabase_sso = "supabase:sso"
    oidc = "oidc"
    custom_oidc = "custom-oidc"


class ProvisioningMethod(str, Enum):
    """Spec `ProvisioningMethod`."""

    scim = "scim"
    saml_jit = "saml:jit"
    bootstrap = "bootstrap"


class ProviderUserSlim(BaseModel):
    """Spec `ProviderUserSlim` (a login method linked to a user)."""

    id: UUID
    provider: AuthProvider | None = None
    ls_user_id: UUID
    saml_provider_id: UUID | None = None
    provider_user_id: UUID | None = None
    created_at: datetime
    updated_at: datetime
    email: str | None = None
    full_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    is_disabled: bool | None = None
    provisioning_method: ProvisioningMethod | None = None
    email_confirmed_at: datetime | None = None


class PendingIdentityCreate(BaseModel):
    """Spec `PendingIdentityCreate` (an invite)."""

    email: str
    read_only: bool = Field(default=False, json_schema_extra={"deprecated": True})
    role_id: UUID | None = None
    role_name: str | None = None
    workspace_ids: list[UUID] | None = None
    workspace_role_id: UUID | None = None
    workspace_role_name: str | None = None
    password: str | None = None
    full_name: str | None = None


class PendingIdentity(BaseModel):
    """Spec `PendingIdentity`."""

    email: str
    read_only: bool = Field(default=False, json_schema_extra={"deprecated": True})
    role_id: UUID | None = None
    role_name: str | None = None
    workspace_ids: list[UUID] | None = None
    workspace_role_id: UUID | None = None
    workspace_role_name: str | None = None
    password: str | None = None
    full_name: str | None = None
    access_scope: AccessScope = AccessScope.workspace
    id: UUID
    user_id: UUID | None = None
    tenant_id: UUID | None = None
    organization_id: UUID | None = None
    created_at: datetime
    org_role_id: UUID | None = None
    org_role_name: str | None = None


class OrgPendingIdentity(PendingIdentity):
    """Spec `OrgPendingIdentity`."""

    tenant_ids: list[UUID] = []


class PendingIdentityPatch(BaseModel):
    """Spec `PendingIdentityPatch`."""

    role_id: UUID | None = None
    role_name: str | None = None


class Identity(BaseModel):
    """Spec `Identity`."""

    id: UUID
    organization_id: UUID
    tenant_id: UUID | None = None
    created_at: datetime
    user_id: UUID
    ls_user_id: UUID
    read_only: bool = Field(json_schema_extra={"deprecated": True})
    role_id: UUID | None = None
    role_name: str | None = None
    access_scope: AccessScope = AccessScope.workspace


class MemberIdentity(Identity):
    """Spec `MemberIdentity`."""

    email: str | None = None
    full_name: str | None = None
    avatar_url: str | None = None
    linked_login_methods: list[ProviderUserSlim] = []
    display_name: str | None = None
    is_disabled: bool = False
    org_role_id: UUID | None = None
    org_role_name: str | None = None


class OrgMemberIdentity(MemberIdentity):
    """Spec `OrgMemberIdentity`."""

    tenant_ids: list[UUID] = []


class OrganizationMembers(BaseModel):
    """Spec `OrganizationMembers`."""

    organization_id: UUID
    members: list[OrgMemberIdentity]
    pending: list[OrgPendingIdentity]


class TenantMembers(BaseModel):
    """Spec `TenantMembers`."""

    tenant_id: UUID
    members: list[MemberIdentity]
    pending: list[PendingIdentity]


class OrgIdentityPatch(BaseModel):
    """Spec `OrgIdentityPatch`."""

    password: str | None = None
    full_name: str | None = None
    role_id: UUID | None = None


class IdentityCreate(BaseModel):
    """Spec `IdentityCreate` (add an existing organisation member to the workspace)."""

    user_id: UUID | None = Field(default=None, json_schema_extra={"deprecated": True})
    org_identity_id: UUID | None = None
    ls_user_id: UUID | None = None
    read_only: bool | None = Field(default=None, json_schema_extra={"deprecated": True})
    role_id: UUID | None = None


class IdentityPatch(BaseModel):
    """Spec `IdentityPatch`."""

    read_only: bool | None = Field(default=None, json_schema_extra={"deprecated": True})
    role_id: UUID


# ---------------------------------------------------------------- roles


class Role(BaseModel):
    """Spec `Role`."""

    id: UUID
    name: str
    display_name: str
    description: str
    organization_id: UUID | None = None
    permissions: list[str]
    access_scope: AccessScope | None = None
    is_restricted: bool = False


class CreateRoleRequest(BaseModel):
    """Spec `CreateRoleRequest`."""

    display_name: str
    description: str
    permissions: list[str]


class UpdateRoleRequest(CreateRoleRequest):
    """Spec `UpdateRoleRequest` (a full replacement)."""


# ---------------------------------------------------------------- API keys


class APIKeyCreateRequest(BaseModel):
    """Spec `APIKeyCreateRequest`."""

    description: str = "Default API key"
    read_only: bool = Field(default=False, json_schema_extra={"deprecated": True})
    expires_at: UtcDatetime | None = None
    workspaces: list[UUID] | None = None
    role_id: UUID | None = None
    org_role_id: UUID | None = None
    default_workspace_id: UUID | None = None


class APIKeyUpdateRequest(BaseModel):
    """Spec `APIKeyUpdateRequest`."""

    role_id: UUID | None = None
    org_role_id: UUID | None = None


class APIKeyGetResponse(BaseModel):
    """Spec `APIKeyGetResponse` (no key value: only `short_key`)."""

    created_at: datetime | None = None
    id: UUID
    short_key: str
    description: str
    read_only: bool = Field(default=False, json_schema_extra={"deprecated": True})
    last_used_at: datetime | None = None
    expires_at: datetime | None = None
    workspace_names: list[str] | None = None
    default_workspace_name: str | None = None
    role_id: UUID | None = None
    org_role_id: UUID | None = None
    access_scope: AccessScope | None = None


class APIKeyCreateResponse(APIKeyGetResponse):
    """Spec `APIKeyCreateResponse`: the only response that carries the key value."""

    key: str


# ---------------------------------------------------------------- SCIM tokens (Go service: no nulls)


class CreateScimTokenPayload(BaseModel):
    """Spec `scim.CreateScimTokenPayload`."""

    description: str = Field(default="", json_schema_extra=_no_default)


class UpdateScimTokenPayload(BaseModel):
    """Spec `scim.UpdateScimTokenPayload` (an omitted description is left as it is)."""

    description: str = Field(default=None, json_schema_extra=_no_default)  # type: ignore[assignment]


class ScimTokenResponse(BaseModel):
    """Spec `scim.ScimTokenResponse` (no token value: only `short_token`)."""

    created_at: str
    description: str
    id: str
    last_used_at: str = Field(default=None, json_schema_extra=_no_default)  # type: ignore[assignment]
    """Absent until the token is first used (routes drop nulls, as the Go service does)."""
    short_token: str
    updated_at: str


class ScimTokenSensitiveResponse(ScimTokenResponse):
    """Spec `scim.ScimTokenSensitiveResponse`: the only response that carries the token."""

    token: str


class ScimErrorResponse(BaseModel):
    """Spec `scim.ErrorResponse`."""

    error: str
