"""The audit-log family's tables."""

from ...store import Table

#: Audit log messages (scope: the organisation; spec `AuditLogMessage`), one per audited write.
AUDIT_LOGS = Table("audit_logs")
