"""Models of the audit-log family, after the spec schemas of `langsmith-platform-openapi.docs.json` (OCSF API
Activity, class 6003)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum, IntEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from ._operations import OPERATIONS

AuditLogOperation = Enum("AuditLogOperation", {name: name for name in OPERATIONS}, type=str)  # type: ignore[misc]


class OCSFClassUid(IntEnum):
    API_ACTIVITY = 6003


class OCSFClassName(str, Enum):
    API_ACTIVITY = "API Activity"


class OCSFCategoryUid(IntEnum):
    APPLICATION_ACTIVITY = 6


class OCSFCategoryName(str, Enum):
    APPLICATION_ACTIVITY = "Application Activity"


class OCSFSeverityId(IntEnum):
    OTHER = 99


class OCSFTypeUid(IntEnum):
    UNKNOWN = 600300
    CREATE = 600301
    READ = 600302
    UPDATE = 600303
    DELETE = 600304
    OTHER = 600399


class OCSFActivityId(IntEnum):
    UNKNOWN = 0
    CREATE = 1
    READ = 2
    UPDATE = 3
    DELETE = 4
    OTHER = 99


class OCSFStatusId(IntEnum):
    UNKNOWN = 0
    SUCCESS = 1
    FAILURE = 2
    OTHER = 99


class OCSFProduct(BaseModel):
    name: str
    vendor_name: str


class OCSFMetadata(BaseModel):
    uid: UUID
    product: OCSFProduct


class OCSFApi(BaseModel):
    operation: AuditLogOperation


class OCSFUrl(BaseModel):
    path: str


class OCSFHttpRequest(BaseModel):
    http_method: str
    url: OCSFUrl


class OCSFHttpResponse(BaseModel):
    code: int | None


class OCSFUser(BaseModel):
    uid: UUID | None
    credential_uid: UUID | None


class OCSFActor(BaseModel):
    user: OCSFUser


class OCSFEndpoint(BaseModel):
    ip: str | None
    port: int | None
    intermediate_ips: list[str] | None


class OCSFResourceDetails(BaseModel):
    uid: UUID


class AuditLogEnrichments(BaseModel):
    request_method: str = None  # type: ignore[assignment]  # optional in the spec
    request_path: str = None  # type: ignore[assignment]
    client_host: str | None = None
    client_port: int | None = None
    x_forwarded_for: str | None = None
    response_status_code: int | None = None
    resource_ids: list[str] | None = None


class AuditLogMessage(BaseModel):
    id: UUID
    operation_name: str
    operation_succeeded: bool | None
    request_time: datetime
    api_key_id: UUID | None
    user_id: UUID | None
    ls_user_id: UUID | None
    organization_id: UUID | None
    workspace_id: UUID | None
    enrichments: AuditLogEnrichments | None


class OCSFUnmapped(BaseModel):
    original_audit_log: AuditLogMessage


class OCSFApiActivity(BaseModel):
    class_uid: OCSFClassUid
    class_name: OCSFClassName
    category_uid: OCSFCategoryUid
    category_name: OCSFCategoryName
    severity_id: OCSFSeverityId
    type_uid: OCSFTypeUid
    activity_id: OCSFActivityId
    activity_name: str
    status_id: OCSFStatusId
    status: str
    time: int
    metadata: OCSFMetadata
    api: OCSFApi
    http_request: OCSFHttpRequest
    http_response: OCSFHttpResponse
    actor: OCSFActor
    src_endpoint: OCSFEndpoint
    resources: list[OCSFResourceDetails]
    unmapped: OCSFUnmapped


class ListAuditLogsOCSFResponse(BaseModel):
    model_config = ConfigDict(title="ListAuditLogsOCSFResponse")

    cursor: str | None
    items: list[OCSFApiActivity]
