"""The webhooks family's tables."""

from ...store import Table

#: Prompt webhooks (scope: the workspace; client-chosen ids unique per workspace).
PROMPT_WEBHOOKS = Table("prompt_webhooks", ids_per_scope=True)
#: Workspace secrets (scope: the workspace; id: `<workspace id>/<key>`).
WORKSPACE_SECRETS = Table("workspace_secrets")
