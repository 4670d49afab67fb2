"""The tools family: its tables and router (the Go platform routes at SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="tools",
        tables=(tables.TOOLS, tables.MCP_VENDOR_SETTINGS),
        mounts=(Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),),
    )
)
