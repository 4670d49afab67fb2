"""The access family: its tables and its routers (`/api/v1`; platform routes also at SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="access",
        tables=(
            tables.USERS,
            tables.ORG_IDENTITIES,
            tables.PENDING_IDENTITIES,
            tables.WORKSPACE_IDENTITIES,
            tables.ROLES,
            tables.MANAGED_KEYS,
            tables.SCIM_TOKENS,
        ),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),
        ),
    )
)
