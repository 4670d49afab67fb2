"""The agent-builder family: its table and router."""

from ...registry import Family, Mount, register
from . import routes, tables

FAMILY = register(
    Family(
        name="agent_builder",
        tables=(tables.AGENT_BUILDER_INTEGRATIONS,),
        mounts=(Mount(routes.router, ("/v1/agent-builder",)),),
    )
)
