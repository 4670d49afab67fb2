"""The webhooks family: its tables and its router (`/api/v1`)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="webhooks",
        tables=(tables.PROMPT_WEBHOOKS, tables.WORKSPACE_SECRETS),
        mounts=(Mount(routes.router, ("/api/v1",)),),
    )
)
