"""End-to-end test program: a prompt webhook and a workspace secret, shaped by stack config."""

import json

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
# `plainInputs`: pass the header and the secret value as plain strings; the kinds must still keep them secret.
plain = config.get_bool("plainInputs") or False
hook_token = config.require("hookToken") if plain else config.require_secret("hookToken")
secret_value = config.require("secretValue") if plain else config.require_secret("secretValue")

hook = langsmith.PromptWebhook(
    "hook",
    url=config.get("hookUrl") or "https://hooks.example.com/prompts",
    triggers=json.loads(config.get("hookTriggers") or '["commit"]'),
    headers={"Authorization": hook_token},
)
secret = langsmith.WorkspaceSecret(
    "secret",
    key=config.get("envVarName") or "OPENAI_API_KEY",
    value=secret_value,
)

pulumi.export("hook_id", hook.id)
pulumi.export("hook_headers", hook.headers)
pulumi.export("secret_value", secret.value)
