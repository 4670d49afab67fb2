"""The governance family's tables."""

from ...store import Table

#: Trace retention settings (scope: the organisation; id: the setting's id). The organisation's own has
#: `tenant_id` null; a workspace's has its `tenant_id` (and `longlived_ttl_days` when custom).
TTL_SETTINGS = Table("ttl_settings")
#: Usage limits (scope: the workspace; id: the limit's, client-chosen, unique per workspace).
USAGE_LIMITS = Table("usage_limits", ids_per_scope=True)
#: Service accounts (scope: the organisation).
SERVICE_ACCOUNTS = Table("service_accounts")
#: SSO (SAML) settings (scope: the organisation; at most one per organisation).
SSO_SETTINGS = Table("sso_settings")
