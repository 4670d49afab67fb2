"""The LangSmith core family: its tables and its routers (`/api/v1`; platform routes also at SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import examples, routes, tables

FAMILY = register(
    Family(
        name="langsmith",
        tables=(
            tables.ORGANIZATIONS,
            tables.API_KEYS,
            tables.WORKSPACES,
            tables.DATASETS,
            tables.SESSIONS,
            tables.EXAMPLES,
        ),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(examples.router, ("/api/v1",)),
            Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),
        ),
    )
)
