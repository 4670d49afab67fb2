"""The control-plane family: its tables and its routers (SaaS and self-hosted paths)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="control_plane",
        tables=(tables.DEPLOYMENTS, tables.DEPLOYMENT_REVISIONS, tables.LISTENERS),
        mounts=(
            Mount(routes.router, ("/v2", "/api-host/v2")),
            Mount(routes.integrations_router, ("/v1/integrations", "/api-host/v1/integrations")),
        ),
    )
)
