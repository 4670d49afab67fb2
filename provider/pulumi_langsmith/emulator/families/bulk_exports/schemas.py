"""Models of the bulk-exports family, after the spec schemas of `langsmith-platform-openapi.docs.json`."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field


class BulkExportDestinationType(str, Enum):
    S3 = "s3"


class AddressingStyle(str, Enum):
    AUTO = "auto"
    VIRTUAL = "virtual"
    PATH = "path"


class UsEast1RegionalEndpoint(str, Enum):
    REGIONAL = "regional"
    LEGACY = "legacy"


class BotocoreS3Config(BaseModel):
    """Spec `BotocoreS3Config`."""

    addressing_style: AddressingStyle | None = None
    use_accelerate_endpoint: bool | None = None
    payload_signing_enabled: bool | None = None
    us_east_1_regional_endpoint: UsEast1RegionalEndpoint | None = None


class BulkExportDestinationS3Config(BaseModel):
    """Spec `BulkExportDestinationS3Config`."""

    endpoint_url: str | None = Field(None, max_length=2048)
    prefix: str = Field("", max_length=2048)
    bucket_name: str | None = Field(None, min_length=3, max_length=63)
    region: str | None = Field(None, min_length=1)
    s3_additional_kwargs: dict[str, Any] | None = None
    config_kwargs_s3: BotocoreS3Config | None = None
    include_bucket_in_prefix: bool = True
    aws_role_arn: str | None = None


class BulkExportDestinationS3Credentials(BaseModel):
    """Spec `BulkExportDestinationS3Credentials`."""

    access_key_id: str = Field(min_length=1, max_length=255)
    secret_access_key: str = Field(min_length=1, max_length=2048)
    session_token: str | None = Field(None, max_length=2048)


DISPLAY_NAME_PATTERN = r"^[a-zA-Z0-9\-_ ']+$"


class BulkExportDestinationCreate(BaseModel):
    """Spec `BulkExportDestinationCreate`."""

    destination_type: BulkExportDestinationType = BulkExportDestinationType.S3
    display_name: str = Field(min_length=1, pattern=DISPLAY_NAME_PATTERN)
    config: BulkExportDestinationS3Config
    credentials: BulkExportDestinationS3Credentials | None = None


class BulkExportDestinationUpdate(BaseModel):
    """Spec `BulkExportDestinationUpdate`: only the credentials change."""

    credentials: BulkExportDestinationS3Credentials


class BulkExportDestination(BaseModel):
    """Spec `BulkExportDestination`: never the credentials, only their keys."""

    destination_type: BulkExportDestinationType = BulkExportDestinationType.S3
    display_name: str = Field(min_length=1, pattern=DISPLAY_NAME_PATTERN)
    config: BulkExportDestinationS3Config
    id: UUID
    tenant_id: UUID
    created_at: datetime
    updated_at: datetime
    credentials_keys: list[str]


class BulkExportFormat(str, Enum):
    PARQUET = "Parquet"


class BulkExportFormatVersion(str, Enum):
    V1 = "v1"
    V2_BETA = "v2_beta"


class BulkExportCompression(str, Enum):
    NONE = "none"
    GZIP = "gzip"
    SNAPPY = "snappy"
    ZSTANDARD = "zstandard"


class BulkExportStatus(str, Enum):
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    CREATED = "Created"
    INTERVAL_SCHEDULED = "IntervalScheduled"
    FAILED = "Failed"
    TIMED_OUT = "TimedOut"
    RUNNING = "Running"


#: Statuses an export never leaves.
FINISHED = frozenset(
    {BulkExportStatus.CANCELLED, BulkExportStatus.COMPLETED, BulkExportStatus.FAILED, BulkExportStatus.TIMED_OUT}
)


class BulkExportCreate(BaseModel):
    """Spec `BulkExportCreate`."""

    bulk_export_destination_id: UUID
    session_id: UUID | None = None
    all_experiments: bool = False
    start_time: datetime
    end_time: datetime | None = None
    filter: str | None = None
    format: BulkExportFormat = BulkExportFormat.PARQUET
    format_version: BulkExportFormatVersion = BulkExportFormatVersion.V1
    compression: BulkExportCompression = BulkExportCompression.ZSTANDARD
    interval_hours: int | None = None
    export_fields: list[str] | None = None


class BulkExport(BulkExportCreate):
    """Spec `BulkExport`."""

    id: UUID
    tenant_id: UUID
    status: BulkExportStatus
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    source_bulk_export_id: UUID | None = None


class BulkExportUpdatableStatus(str, Enum):
    CANCELLED = "Cancelled"


class BulkExportUpdate(BaseModel):
    """Spec `BulkExportUpdate`: the one change an export takes is its cancellation."""

    status: BulkExportUpdatableStatus = BulkExportUpdatableStatus.CANCELLED
