"""End-to-end test program: a prompt webhook and a workspace secret, shaped by stack config."""

import json

import pulumi

import pulumi_langsmith as langsmith

config = pulumi.Config()

hook = langsmith.PromptWebhook(
    "hook",
    url=config.get("hookUrl") or "https://hooks.example.com/prompts",
    triggers=json.loads(config.get("hookTriggers") or '["commit"]'),
    headers={"Authorization": config.require_secret("hookToken")},
)
secret = langsmith.WorkspaceSecret(
    "secret",
    key=config.get("envVarName") or "OPENAI_API_KEY",
    value=config.require_secret("secretValue"),
)

pulumi.export("hook_id", hook.id)
pulumi.export("hook_headers", hook.headers)
pulumi.export("secret_value", secret.value)
