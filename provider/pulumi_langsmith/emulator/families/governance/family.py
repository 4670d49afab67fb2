"""The governance family: its tables and routers (`/api/v1`; the Go service's root routes at `/` and, self-hosted, `/api`)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="governance",
        tables=(tables.TTL_SETTINGS, tables.USAGE_LIMITS, tables.SERVICE_ACCOUNTS, tables.SSO_SETTINGS),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.root_router, ("", "/api")),
        ),
    )
)
