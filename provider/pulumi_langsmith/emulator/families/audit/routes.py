"""Audit-log routes: `GET /api/v1/audit-logs` (organisation-scoped), after `langsmith-platform-openapi.docs.json`.

Entries are the audited writes `recorder.py` records, oldest first, as OCSF API Activity events (class 6003)
carrying the original message under `unmapped.original_audit_log`. `start_time` and `end_time` (both required,
inclusive) bound the request time; `workspace_id` and `operations` filter; `cursor` (base64 JSON, from the
previous page) and `limit` (1..100, default 10) page. Reading the audit log takes `organization:manage` (an
organisation admin's).
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime, timezone
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, HTTPException, Query

from ...auth import OrganizationCaller, StoreDep, requires
from ...store import Document
from .schemas import AuditLogOperation, ListAuditLogsOCSFResponse
from .tables import AUDIT_LOGS

router = APIRouter()

_ACTIVITY = {"create": (1, "Create"), "update": (3, "Update"), "delete": (4, "Delete")}
_METHOD_ACTIVITY = {"POST": (1, "Create"), "PUT": (3, "Update"), "PATCH": (3, "Update"), "DELETE": (4, "Delete")}


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _activity(doc: Document) -> tuple[int, str]:
    verb = doc["operation_name"].split("_", 1)[0]
    if verb in _ACTIVITY:
        return _ACTIVITY[verb]
    return _METHOD_ACTIVITY.get((doc.get("enrichments") or {}).get("request_method", ""), (99, "Other"))


def ocsf(doc: Document) -> dict[str, Any]:
    """An audit log message as an OCSF API Activity event."""
    activity_id, activity_name = _activity(doc)
    enrichments = doc.get("enrichments") or {}
    succeeded = doc.get("operation_succeeded")
    when = datetime.fromisoformat(doc["request_time"])
    return {
        "class_uid": 6003,
        "class_name": "API Activity",
        "category_uid": 6,
        "category_name": "Application Activity",
        "severity_id": 99,
        "type_uid": 600300 + activity_id,
        "activity_id": activity_id,
        "activity_name": activity_name,
        "status_id": 0 if succeeded is None else (1 if succeeded else 2),
        "status": "Unknown" if succeeded is None else ("Success" if succeeded else "Failure"),
        "time": int(when.timestamp() * 1000),
        "metadata": {"uid": doc["id"], "product": {"name": "LangSmith", "vendor_name": "LangChain"}},
        "api": {"operation": doc["operation_name"]},
        "http_request": {
            "http_method": enrichments.get("request_method", ""),
            "url": {"path": enrichments.get("request_path", "")},
        },
        "http_response": {"code": enrichments.get("response_status_code")},
        "actor": {"user": {"uid": doc.get("ls_user_id"), "credential_uid": doc.get("api_key_id")}},
        "src_endpoint": {
            "ip": enrichments.get("client_host"),
            "port": enrichments.get("client_port"),
            "intermediate_ips": [enrichments["x_forwarded_for"]] if enrichments.get("x_forwarded_for") else None,
        },
        "resources": [{"uid": uid} for uid in enrichments.get("resource_ids") or []],
        "unmapped": {"original_audit_log": doc},
    }


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        offset = json.loads(base64.urlsafe_b64decode(cursor.encode()))["offset"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise HTTPException(status_code=400, detail="Invalid cursor") from None
    if not isinstance(offset, int) or offset < 0:
        raise HTTPException(status_code=400, detail="Invalid cursor")
    return offset


@router.get("/audit-logs", response_model=ListAuditLogsOCSFResponse, dependencies=[requires("organization:manage")])
async def get_audit_logs(
    principal: OrganizationCaller,
    store: StoreDep,
    start_time: Annotated[datetime, Query()],
    end_time: Annotated[datetime, Query()],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    cursor: Annotated[str | None, Query()] = None,
    workspace_id: Annotated[UUID | None, Query()] = None,
    operations: Annotated[list[AuditLogOperation] | None, Query()] = None,
) -> dict[str, Any]:
    """The organisation's audit log between `start_time` and `end_time`, oldest first, a page at a time."""
    start, end = _aware(start_time), _aware(end_time)
    wanted = {op.value for op in operations} if operations else None
    entries = [
        doc
        for doc in store.list(AUDIT_LOGS, principal.organization_id)
        if start <= datetime.fromisoformat(doc["request_time"]) <= end
        and (workspace_id is None or doc.get("workspace_id") == str(workspace_id))
        and (wanted is None or doc["operation_name"] in wanted)
    ]
    offset = _offset(cursor)
    page = entries[offset : offset + limit]
    more = offset + limit < len(entries)
    next_cursor = base64.urlsafe_b64encode(json.dumps({"offset": offset + limit}).encode()).decode() if more else None
    return {"cursor": next_cursor, "items": [ocsf(doc) for doc in page]}
