"""The tools family's tables (scope: the workspace)."""

from ...store import Table

#: Tools, named by their handle (unique in the workspace: a duplicate is a 409).
TOOLS = Table("tools", unique_names=True)
#: MCP vendor settings, one per vendor slug in a workspace (named by the slug).
MCP_VENDOR_SETTINGS = Table("mcp_vendor_settings", unique_names=True)
