"""The tools family: workspace tools (`/v1/platform/tools`) and MCP vendor settings
(`/v1/platform/mcp-vendors/{vendor_slug}/settings`), Go platform routes."""
