"""The webhooks family: prompt webhooks and workspace secrets (both workspace-scoped)."""
