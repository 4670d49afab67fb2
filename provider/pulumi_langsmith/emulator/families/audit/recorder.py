"""Records audited writes, as LangSmith's audit log does: who (the key and the user it acts for), what (the
operation, method, path, resource ids) and when.

An ASGI middleware (`AuditMiddleware`, added by `app.py`) sees each write once it has been answered. Only
requests that authenticated (`auth.py` leaves the caller in the request state) and whose route is one of the
operations the spec's `AuditLogOperation` enum names are recorded, under that name; the emulator's own route
names that differ are mapped in `ALIASES`.
"""

from __future__ import annotations

import json
import re
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..langsmith.schemas import utcnow
from ._operations import OPERATIONS
from .tables import AUDIT_LOGS

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: The emulator's route names for audited operations the spec names otherwise.
ALIASES = {
    "generate_api_key": "create_api_key",
    "create_org_service_key": "create_service_key",
    "update_org_service_key": "update_service_key",
    "delete_org_service_key": "delete_service_key",
    "create_org_personal_access_token": "create_personal_access_token",
    "delete_org_personal_access_token": "delete_personal_access_token",
    "create_organization_roles": "create_role",
    "update_organization_roles": "update_role",
    "delete_organization_roles": "delete_role",
    "add_member_to_current_org": "invite_user_to_org",
    "update_current_org_member": "update_org_member",
    "remove_member_from_current_org": "delete_org_member",
    "patch_current_org_pending_member": "update_org_pending_member",
    "delete_current_org_pending_member": "delete_org_pending_member",
    "add_member_to_current_workspace": "add_member_to_workspace",
    "patch_current_workspace_member": "update_workspace_member",
    "delete_current_workspace_member": "delete_workspace_member",
    "patch_workspace": "update_workspace",
    "update_current_organization_info": "update_organization_info",
    "update_allowed_login_methods": "update_login_methods",
    "upsert_current_workspace_secrets": "update_workspace_secrets",
    "update_dataset_version_tag": "update_dataset_version",
    "upsert_org_ttl_settings": "update_ttl_settings",
    "update_workspace_ttl_settings": "update_ttl_settings",
    "upsert_usage_limit": "update_usage_limit",
    "create_destination": "create_bulk_export_destination",
    "update_destination": "update_bulk_export_destination",
    "create_export": "create_bulk_export",
    "cancel_export": "cancel_bulk_export",
}
_AUDITED = frozenset(OPERATIONS)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
#: Response bodies larger than this are not read for the new object's id.
_MAX_BODY = 256 * 1024


def operation_name(scope: Scope) -> str | None:
    """The audited operation a request's route is, or None when LangSmith does not audit it."""
    endpoint = scope.get("endpoint")
    name = getattr(endpoint, "__name__", "")
    name = ALIASES.get(name, name)
    return name if name in _AUDITED else None


def credential_uid(key: dict[str, Any]) -> str:
    """The id of the key that authenticated (a seeded key without a managed record: one derived from its hash)."""
    return str(key.get("key_id") or uuid5(NAMESPACE_URL, f"langsmith-emulator:key:{key['id']}"))


def actor_of(key: dict[str, Any]) -> dict[str, Any]:
    """What the audit log keeps of the caller (`auth.py` puts it in the request state)."""
    owner = key.get("owner")
    user = owner if isinstance(owner, str) and _UUID.fullmatch(owner) and owner != key.get("key_id") else None
    return {
        "organization_id": key["organization_id"],
        "api_key_id": credential_uid(key),
        "ls_user_id": user,
        "user_id": user,
    }


def _resource_ids(path_params: dict[str, Any], body: bytes) -> list[str]:
    ids = [str(UUID(str(v))) for v in path_params.values() if _UUID.fullmatch(str(v))]
    if body and len(body) <= _MAX_BODY:
        try:
            answer = json.loads(body)
        except ValueError:
            answer = None
        if isinstance(answer, dict) and _UUID.fullmatch(str(answer.get("id", ""))):
            ids.append(str(answer["id"]))
    return list(dict.fromkeys(ids))


class AuditMiddleware:
    """Records every audited write in `AUDIT_LOGS` once it is answered (failed ones too, as failures)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        status: list[int] = []
        body = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            elif message["type"] == "http.response.body" and len(body) <= _MAX_BODY:
                body.extend(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            self._record(scope, status[0] if status else None, bytes(body))

    @staticmethod
    def _record(scope: Scope, status: int | None, body: bytes) -> None:
        actor = (scope.get("state") or {}).get("audit_actor")
        name = operation_name(scope)
        if actor is None or name is None or status is None:
            return
        headers = dict(scope.get("headers") or [])
        tenant = headers.get(b"x-tenant-id", b"").decode("latin-1").strip()
        client = scope.get("client") or (None, None)
        doc = {
            "id": str(uuid4()),
            "operation_name": name,
            "operation_succeeded": status < 400,
            "request_time": utcnow().isoformat(),
            **actor,
            "workspace_id": str(UUID(tenant)) if _UUID.fullmatch(tenant) else None,
            "enrichments": {
                "request_method": scope["method"],
                "request_path": scope["path"],
                "client_host": client[0],
                "client_port": client[1],
                "x_forwarded_for": headers.get(b"x-forwarded-for", b"").decode("latin-1") or None,
                "response_status_code": status,
                "resource_ids": _resource_ids(scope.get("path_params") or {}, body),
            },
        }
        store = scope["app"].state.store
        store.insert(AUDIT_LOGS, doc, scope=actor["organization_id"])
