"""The sandboxes family: its table and router, under `/v2/sandboxes` (SaaS) and `/api/v2/sandboxes`
(self-hosted). The prefix is the family's own, so the control plane's `/v2` routes are not shadowed."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="sandboxes",
        tables=(tables.SANDBOX_REGISTRIES,),
        mounts=(Mount(routes.router, ("/v2/sandboxes", "/api/v2/sandboxes")),),
    )
)
