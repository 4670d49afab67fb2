"""The audit-log family: who changed what and when (`GET /api/v1/audit-logs`, OCSF API Activity events)."""
