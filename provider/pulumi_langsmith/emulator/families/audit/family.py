"""The audit-log family: its table and router (`/api/v1`); `recorder.AuditMiddleware` fills the table."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(Family(name="audit", tables=(tables.AUDIT_LOGS,), mounts=(Mount(routes.router, ("/api/v1",)),)))
