"""The sandboxes family's table (scope: the workspace)."""

from ...store import Table

#: Sandbox image registries, named (uniquely in the workspace) by their name; credentials stored, never answered.
SANDBOX_REGISTRIES = Table("sandbox_registries", unique_names=True)
