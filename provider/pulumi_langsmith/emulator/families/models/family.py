"""The models family: its tables and routers (`/api/v1`; the Go platform routes at SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="models",
        tables=(tables.PLAYGROUND_SETTINGS, tables.MODEL_PRICE_MAPS, tables.FEATURE_MODELS),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.platform_router, ("/v1/platform", "/api/v1/platform")),
        ),
    )
)
