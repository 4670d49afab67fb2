"""The annotations family: its tables and its routers (`/api/v1`; reviewer routes at the platform paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="annotations",
        tables=(tables.ANNOTATION_QUEUES, tables.FEEDBACK_CONFIGS, tables.FEEDBACK_FORMULAS),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),
        ),
    )
)
