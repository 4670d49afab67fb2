"""The bulk-exports family: its tables and router (`/api/v1`)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="bulk_exports",
        tables=(tables.DESTINATIONS, tables.EXPORTS),
        mounts=(Mount(routes.router, ("/api/v1",)),),
    )
)
