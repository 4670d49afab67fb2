"""The SCIM family's tables."""

from ...store import Table

#: SCIM users (scope: the organisation; name: the lower-cased userName).
SCIM_USERS = Table("scim_users")
#: SCIM groups (scope: the organisation; name: the displayName).
SCIM_GROUPS = Table("scim_groups")
