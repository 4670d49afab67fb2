"""The gateway family: its tables and router (the Go platform routes at SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="gateway",
        tables=(tables.GATEWAY_POLICIES,),
        mounts=(Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),),
    )
)
