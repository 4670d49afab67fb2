"""`ScimUser`: a user provisioned through LangSmith's SCIM 2.0 API (`/scim/v2/Users`, RFC 7644).

Requests authenticate with the SCIM bearer token (`langsmith:scimToken`), not the API key. Payloads are
built and parsed with `scim2-models`. A SCIM user becomes a member of the organisation; `active=False`
deprovisions it without deleting it. Changes are sent as a PatchOp of `replace` operations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import pulumi
from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator
from scim2_models import Context, Email, Name, PatchOp, Resource, ScimFilter, User

from ..client import Api, LangSmithClient
from ..engine import (
    AdoptableInputs,
    InputsModel,
    LangSmithResource,
    OutputField,
    ResourceSpec,
    Scoped,
    SpecProvider,
)

PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


@dataclass
class ScimScoped(Scoped):
    """A client bound to the SCIM API: bearer token, `application/scim+json`, no tenant headers."""

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        kwargs.setdefault("api", Api.SCIM)
        return self.client.request(method, path, **kwargs)

    def paginate(self, path: str, **kwargs: Any) -> Iterable[Any]:
        return self.client.paginate_scim(path, **kwargs)

    def find(self, path: str, attribute: str, value: str) -> dict[str, Any] | None:
        """The first resource whose `attribute` equals `value` (a SCIM `eq` filter)."""
        return next(iter(self.paginate(path, filter=f"{attribute} eq {ScimFilter.quote(value)}")), None)


def patch_op(resource: type[Resource[Any]], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """A PatchOp request body for a resource type (RFC 7644 §3.5.2), validated by `scim2-models`."""
    message = PatchOp[resource].model_validate(  # type: ignore[valid-type]
        {"schemas": [PATCH_OP_SCHEMA], "Operations": operations}, scim_ctx=Context.RESOURCE_PATCH_REQUEST
    )
    return message.model_dump(scim_ctx=Context.RESOURCE_PATCH_REQUEST)


class ScimUserName(BaseModel):
    """The user's name."""

    model_config = ConfigDict(extra="forbid")
    given_name: str | None = Field(default=None, min_length=1)
    family_name: str | None = Field(default=None, min_length=1)
    formatted: str | None = Field(default=None, min_length=1, description="Full name, as displayed in LangSmith.")


class ScimUserInputs(AdoptableInputs):
    user_name: str = Field(
        min_length=1, description="Unique login name (usually the email, the SAML NameID or the OIDC `sub`)."
    )
    email: EmailStr = Field(description='Work email (`emails[type eq "work"]`); LangSmith requires it.')
    name: ScimUserName | None = Field(default=None, description="Given, family and formatted name.")
    active: bool = Field(default=True, description="False deprovisions the user without deleting it.")
    external_id: str | None = Field(
        default=None, min_length=1, description="The identity provider's id of the user; matched first on adoption."
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


class ScimUserSpec(ResourceSpec):
    kind = "ScimUser"
    description = "A LangSmith user provisioned through SCIM 2.0 (becomes an organisation member)."
    inputs = ScimUserInputs
    scope = "organization"
    collection_path = "/Users"
    item_path = "/Users/{id}"
    natural_key = ("user_name",)
    outputs = (
        OutputField("created_at", "string", "Creation time (SCIM `meta.created`)."),
        OutputField("last_modified", "string", "Last modification time (SCIM `meta.lastModified`)."),
    )

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return ScimScoped(client)

    def scim_resource(self, inputs: InputsModel) -> User:
        values = inputs.model_dump()
        name = values["name"]
        return User(
            user_name=values["user_name"],
            emails=[Email(value=values["email"], type=Email.Type.work, primary=True)],
            name=Name(**name) if name else None,
            active=values["active"],
            external_id=values["external_id"],
        )

    def create_body(self, inputs: InputsModel, object_id: str | None) -> dict[str, Any]:
        return self.scim_resource(inputs).model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST)

    def update_body(self, old: InputsModel, new: InputsModel, changed: list[str]) -> dict[str, Any]:
        body = self.scim_resource(new).model_dump(scim_ctx=Context.RESOURCE_REPLACEMENT_REQUEST)
        paths = {
            "user_name": "userName",
            "email": "emails",
            "name": "name",
            "active": "active",
            "external_id": "externalId",
        }
        operations = []
        for field in changed:
            path = paths.get(field)
            if path is None:
                continue
            if path in body:
                operations.append({"op": "replace", "path": path, "value": body[path]})
            else:
                operations.append({"op": "remove", "path": path})
        return patch_op(User, operations) if operations else {}

    def from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        user = User.model_validate(obj, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
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

    def outputs_from_api(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        meta = obj.get("meta") or {}
        return {"created_at": meta.get("created"), "last_modified": meta.get("lastModified")}

    def find_existing(self, api: Scoped, inputs: InputsModel) -> dict[str, Any] | None:
        assert isinstance(api, ScimScoped)
        values = inputs.model_dump()
        if values["external_id"]:
            found = api.find(self.collection_path, "externalId", values["external_id"])
            if found is not None:
                return found
        return api.find(self.collection_path, "userName", values["user_name"])

    def natural_key_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        # SCIM compares userName case-insensitively (RFC 7643 §4.1.1: caseExact false).
        return tuple(str(values.get(k) or "").lower() for k in self.natural_key)


class ScimUserProvider(SpecProvider):
    spec: ClassVar[ResourceSpec] = ScimUserSpec()


class ScimUser(LangSmithResource, module="langsmith", name="ScimUser"):
    """A SCIM-provisioned user. Type token `pulumi-python:dynamic/langsmith:ScimUser`."""

    _provider_class = ScimUserProvider

    user_name: pulumi.Output[str]
    email: pulumi.Output[str]
    name: pulumi.Output[dict[str, Any] | None]
    """`given_name`, `family_name`, `formatted`."""
    active: pulumi.Output[bool]
    external_id: pulumi.Output[str | None]
    adopt_existing: pulumi.Output[bool]
    created_at: pulumi.Output[str]
    last_modified: pulumi.Output[str]

    def __init__(
        self,
        resource_name: str,
        *,
        user_name: pulumi.Input[str],
        email: pulumi.Input[str],
        name: pulumi.Input[dict[str, pulumi.Input[str]]] | None = None,
        active: pulumi.Input[bool] | None = None,
        external_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        super().__init__(
            resource_name,
            {
                "user_name": user_name,
                "email": email,
                "name": name,
                "active": active,
                "external_id": external_id,
                "adopt_existing": adopt_existing,
            },
            opts,
        )


LEGACY_KIND = True  # not yet declared on the kind framework
