"""The SCIM family: its tables and its router (`/scim/v2`)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="scim",
        tables=(tables.SCIM_USERS, tables.SCIM_GROUPS),
        mounts=(Mount(routes.router, ("/scim/v2",)),),
    )
)
