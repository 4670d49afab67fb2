"""The agent-builder family's table (scope: the workspace; one document per workspace, id = the workspace id)."""

from ...store import Table

#: A workspace's integration settings: the default policy and the per-integration overrides.
AGENT_BUILDER_INTEGRATIONS = Table("agent_builder_integrations")
