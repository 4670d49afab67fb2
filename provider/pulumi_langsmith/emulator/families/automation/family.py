"""The automation family: its tables and routers (`/api/v1`; the Go platform routes at SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="automation",
        tables=(tables.RUN_RULES, tables.EVALUATORS, tables.ALERT_RULES),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),
        ),
    )
)
