"""The SCIM family: its tables and its routers (`/scim/v2`): the resources, discovery, and last the fallback
that answers unknown paths (404) and methods (405) with SCIM errors."""

from ...registry import Family, Mount, register
from . import discovery, protocol, routes, tables

FAMILY = register(
    Family(
        name="scim",
        tables=(tables.SCIM_USERS, tables.SCIM_GROUPS),
        mounts=(
            Mount(routes.router, (protocol.PREFIX,)),
            Mount(discovery.router, (protocol.PREFIX,)),
            Mount(protocol.fallback_router(routes.router, discovery.router), (protocol.PREFIX,)),
        ),
    )
)
