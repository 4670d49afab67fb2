"""`BulkExportDestination`: an S3-compatible bucket that bulk exports write to (`/api/v1/bulk-exports/destinations`).

Credentials are write-only: the API answers with `credentials_keys` (the names of the credential fields it
holds), never a value, so they are kept from state as a secret and a change made out of band cannot be seen.
The API has no delete: destroy forgets the destination, with a warning, and it stays in LangSmith.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import Field, HttpUrl, field_validator

from ..framework import Conformance, Kind, NestedInputs, OutputsModel, RestCollection, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped
from ..framework.strategies.base import Created, Existing, Obj

log = logging.getLogger("pulumi_langsmith")


class AddressingStyle(str, Enum):
    AUTO = "auto"
    VIRTUAL = "virtual"
    PATH = "path"


class BotocoreS3Config(NestedInputs):
    """botocore's `Config(s3=...)` options the API passes on (spec `BotocoreS3Config`)."""

    addressing_style: AddressingStyle | None = Field(
        None, description="`virtual` for services needing virtual-hosted style, `path` for path style, `auto`."
    )
    use_accelerate_endpoint: bool | None = Field(None, description="Whether to use the S3 Accelerate endpoint.")
    payload_signing_enabled: bool | None = Field(None, description="Whether to SHA256-sign SigV4 payloads.")
    us_east_1_regional_endpoint: Literal["regional", "legacy"] | None = Field(
        None, description="Which S3 endpoint to use in us-east-1."
    )


class S3Config(NestedInputs):
    """Where exports are written (spec `BulkExportDestinationS3Config`); fixed at creation."""

    bucket_name: str | None = Field(None, min_length=3, max_length=63, description="The bucket.")
    prefix: str = Field("", max_length=2048, description="Key prefix of every exported file.")
    region: str | None = Field(None, min_length=1, max_length=64, description="The bucket's region.")
    endpoint_url: str | None = Field(
        None, max_length=2048, description="Endpoint of an S3-compatible service (default: AWS S3)."
    )
    include_bucket_in_prefix: bool = Field(
        True, description="Whether file paths start with the bucket name (false when the endpoint URL has it)."
    )
    aws_role_arn: str | None = Field(
        None,
        max_length=2048,
        pattern=r"^arn:aws[a-z-]*:iam::\d{12}:role/.+$",
        description="IAM role LangSmith assumes instead of using static credentials.",
    )
    s3_additional_kwargs: dict[str, Annotated[str, Field(max_length=2048)]] | None = Field(
        None,
        max_length=32,
        description="Extra arguments of every S3 write, e.g. server-side encryption: "
        '`{"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": "..."}`.',
    )
    config_kwargs_s3: BotocoreS3Config | None = Field(None, description="botocore `Config(s3=...)` options.")

    @field_validator("endpoint_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parsed = HttpUrl(value.strip())
        if parsed.username or parsed.password:
            raise ValueError("must not carry user info: put credentials in `credentials`, which are secret")
        return value.strip()


class S3Credentials(NestedInputs):
    """Static credentials (spec `BulkExportDestinationS3Credentials`)."""

    access_key_id: str = Field(min_length=1, max_length=255, description="Access key id.")
    secret_access_key: str = Field(min_length=1, max_length=2048, description="Secret access key.")
    session_token: str | None = Field(None, max_length=2048, description="Session token of temporary credentials.")


class BulkExportDestinationInputs(WorkspaceScopedInputs):
    display_name: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=255,
        pattern=r"^[a-zA-Z0-9\-_ ']+$",
        description="Name of the destination (letters, digits, spaces, `-`, `_`, `'`). Changing it replaces it.",
    )
    config: S3Config = field(
        key=True, replace=True, description="The bucket and how to write to it; changing it replaces the destination."
    )
    credentials: S3Credentials | None = field(
        None,
        secret=True,
        write_only=True,
        description="Static credentials (secret; never read back). Leave unset with `config.aws_role_arn`.",
    )
    destination_type: Literal["s3"] = field("s3", replace=True, description="`s3`, the only type the API has.")


class BulkExportDestinationOutputs(OutputsModel):
    credentials_keys: list[str] | None = field(
        None, description="Names of the credential fields LangSmith holds (the API never shows their values)."
    )
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Time of the last change (ISO 8601).")


class Destinations(RestCollection):
    """The API takes no client id and does not refuse a duplicate name, so create looks the destination up first
    (same name and config); one found is refused unless `adopt_existing` (a POST whose answer is lost is found
    again by that lookup before the retry). Requests: create 2 (list, POST), read 1, update 1 (PATCH of the
    credentials, the only change the API allows), delete 0 (there is no delete: destroy forgets)."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        config = live.get("config")
        if isinstance(config, Mapping):  # fields newer than this provider are not ours to compare
            live["config"] = {k: v for k, v in config.items() if k in S3Config.model_fields}
        # The values are never shown, but their keys are: credentials whose keys differ from ours were changed
        # (or removed) out of band, which shows as drift and the next update sends ours again.
        wanted, held = state.get("credentials"), obj.get("credentials_keys")
        if isinstance(wanted, Mapping) and held is not None:
            if sorted(held) != sorted(k for k, v in wanted.items() if v is not None):
                live["credentials"] = None
        return live

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        outcome = super().create(api, inputs, owner)
        if isinstance(outcome, Existing) and inputs.credentials is not None:
            # Whatever credentials an adopted destination holds are unknown: adoption sends ours.
            return Existing({**outcome.obj, "credentials_keys": []}, outcome.ours)
        return outcome

    def check(self, inputs: Any, olds: Mapping[str, Any]) -> list[tuple[str, str]]:
        # PATCH replaces the credentials but cannot remove them; a replacement with the same name and config
        # would find the forgotten destination again: removing them is refused instead.
        if olds.get("credentials") and inputs.credentials is None:
            same = olds.get("display_name") == inputs.display_name and self.same(
                "config", olds.get("config"), inputs.config.model_dump(mode="json")
            )
            if same:
                return [("credentials", "cannot be removed from a destination (LangSmith only replaces them)")]
        return []

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        log.warning(
            "BulkExportDestination %s (%s): destroy forgets it and leaves it in LangSmith (the API cannot delete "
            "a destination)",
            object_id,
            state.get("display_name"),
        )


KIND = Kind(
    name="BulkExportDestination",
    description="An S3-compatible bucket that bulk exports of traces are written to, with write-only credentials.",
    inputs=BulkExportDestinationInputs,
    outputs=BulkExportDestinationOutputs,
    api=Destinations("/api/v1/bulk-exports/destinations", paginated=False, list_filter=None),
    docs=(
        "LangSmith cannot delete an export destination: `pulumi destroy` forgets it (with a warning) and it stays "
        "in the workspace. The credentials are write-only: LangSmith shows only `credentials_keys`, so a change "
        "made outside Pulumi cannot be seen; changing them in the program updates them in place. Everything else "
        "is fixed at creation and replaces the destination (the old one is forgotten, not deleted). For "
        "encryption at rest, set `config.s3_additional_kwargs` (e.g. `ServerSideEncryption`); the "
        "`export-destination-encryption` policy can require it."
    ),
    conformance=Conformance(
        example={
            "display_name": "conformance-exports",
            "config": {
                "bucket_name": "conformance-exports",
                "region": "us-east-1",
                "prefix": "traces",
                "s3_additional_kwargs": {"ServerSideEncryption": "AES256"},
            },
            "credentials": {"access_key_id": "AKIACONFORMANCE1", "secret_access_key": "conformance-secret-1"},
        },
        update={"credentials": {"access_key_id": "AKIACONFORMANCE2", "secret_access_key": "conformance-secret-2"}},
        replace={"display_name": "conformance-exports-2"},
        invalid=(
            ({"display_name": "no/slashes"}, "display_name"),
            ({"config": {"bucket_name": "ab"}}, "config.bucket_name"),
            ({"config": {"endpoint_url": "not a url"}}, "config.endpoint_url"),
            ({"credentials": {"access_key_id": "", "secret_access_key": "x"}}, "credentials.access_key_id"),
        ),
        drift=None,  # nothing can change out of band but the credentials, which no read shows
        delete_forgets=True,
    ),
)
