"""The access family's tables (see `principals` for what each holds)."""

from ...store import Table

USERS = Table("users")
ORG_IDENTITIES = Table("org_identities")
PENDING_IDENTITIES = Table("pending_identities")
WORKSPACE_IDENTITIES = Table("workspace_identities")
ROLES = Table("roles")
MANAGED_KEYS = Table("managed_keys")
SCIM_TOKENS = Table("scim_tokens")
