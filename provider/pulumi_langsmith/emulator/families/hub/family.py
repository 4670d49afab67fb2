"""The hub family: its tables and routers (`/api/v1`; the Go `/commits` routes at the root and under `/api`)."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="hub",
        tables=(tables.REPOS, tables.COMMITS, tables.REPO_TAGS, tables.REPO_OWNERS, tables.HUB_ENVIRONMENTS),
        mounts=(
            Mount(routes.router, ("/api/v1",)),
            Mount(routes.commits_router, ("/commits", "/api/commits")),
        ),
    )
)
