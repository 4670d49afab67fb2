"""The webhooks family's tables."""

from ...store import Table

#: Prompt webhooks (scope: the workspace).
PROMPT_WEBHOOKS = Table("prompt_webhooks")
#: Workspace secrets (scope: the workspace; id: `<workspace id>/<key>`).
WORKSPACE_SECRETS = Table("workspace_secrets")
