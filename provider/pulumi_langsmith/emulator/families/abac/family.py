"""The ABAC family: its tables and its routers (tags at `/api/v1`; access policies, a platform route, at SaaS and
self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="abac",
        tables=(tables.TAG_KEYS, tables.TAG_VALUES, tables.TAGGINGS, tables.ACCESS_POLICIES),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),
        ),
    )
)
