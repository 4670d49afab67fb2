"""Prompts and the LLM gateway as code: a workspace with a chat prompt reviewed in this repository, a `prod` tag
that promotes one of its commits, a prompt webhook told about every commit and tag move (its token a secret),
the gateway's rate limit and monthly spend cap on the workspace, a model configuration reading its provider key
from a workspace secret, and a tool.

    pulumi config set --secret webhookToken "Bearer <token>"   # the webhook's Authorization header
    pulumi config set --secret openaiApiKey sk-...             # kept in a workspace secret
    pulumi config set prodCommit <hash>                        # promote: move `prod` to this commit (reviewed)

Editing the template commits it (one new commit; `prod` stays where it is). Promotion is a reviewed change of
`prodCommit`: the preview shows the tag moving, and the move calls the webhook (`tag:update`). Until it is set,
`prod` names the latest commit at the time the tag is created. Consumers pull the promoted prompt with
`langsmith.get_prompt("<owner>/<repo>", ref="prod")` or the LangSmith SDK (`client.pull_prompt("<repo>:prod")`).
Runs unchanged against real LangSmith or the emulator (`pulumi-langsmith emulator`).
"""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
prefix = config.get("prefix") or pulumi.get_stack()
system = config.get("systemTemplate") or "You answer questions about {product} briefly and politely."
prod_commit = config.get("prodCommit") or "latest"
hook_url = config.get("hookUrl") or "https://hooks.example.com/langsmith/prompts"
authorization = config.require_secret("webhookToken")
requests_per_minute = config.get_int("requestsPerMinute") or 600
monthly_budget_usd = config.get_float("monthlyBudgetUsd") or 500.0

workspace = langsmith.Workspace("prompts", display_name=f"{prefix} Prompts")
in_workspace = {"workspace_id": workspace.id}

# Told about every commit and tag move of the workspace's prompts (a release pipeline, a chat channel...).
hook = langsmith.PromptWebhook(
    "prompt-changes",
    url=hook_url,
    triggers=["commit", "tag:update"],
    headers={"Authorization": authorization},
    **in_workspace,
)

support = langsmith.Prompt(
    "support",
    repo_handle=f"{prefix}-support",
    description="The support assistant's prompt.",
    template={
        "messages": [{"role": "system", "content": system}, {"role": "human", "content": "{question}"}],
        "model": {
            "lc": 1,
            "type": "constructor",
            "id": ["langchain", "chat_models", "openai", "ChatOpenAI"],
            "kwargs": {"model": "gpt-4o-mini", "temperature": 0},
        },
    },
    **in_workspace,
    opts=pulumi.ResourceOptions(depends_on=[hook]),  # the webhook hears the first commit too
)

# A literal hash (config `prodCommit`) so that promotion is a reviewed change; `commit=support.commit_hash`
# would make the tag follow every template change instead (fine for a `staging` tag, not for `prod`).
prod = langsmith.PromptTag(
    "support-prod", repo_handle=support.repo_handle, tag_name="prod", commit=prod_commit, **in_workspace
)

# The LLM gateway: at most `requestsPerMinute` requests a minute and `monthlyBudgetUsd` a month for the workspace.
rate_limit = langsmith.GatewayPolicy(
    "prompts-rate-limit",
    policy_type="rate_limit",
    name=f"{prefix} prompts requests per minute",
    subject_matchers=[{"key": "workspace_id", "value": workspace.id}],
    rate_limit={"limits": [{"metric": "requests", "window": "minute", "value": requests_per_minute}]},
)
budget = langsmith.GatewaySpendCap(
    "prompts-budget",
    subject_key="workspace_id",
    subject_value=workspace.id,
    window="monthly",
    limit_usd=monthly_budget_usd,
    name=f"{prefix} prompts monthly budget",
)

# The model the playground and evaluators use: its provider key lives in a workspace secret (never a literal
# key in the configuration), which the configuration names.
openai_key = langsmith.WorkspaceSecret(
    "openai-key", key="OPENAI_API_KEY", value=config.require_secret("openaiApiKey"), **in_workspace
)
model = langsmith.ModelConfiguration(
    "support-model",
    name=f"{prefix} support model",
    provider="openai",
    model="gpt-4o-mini",
    secret_name=openai_key.key,
    parameters={"temperature": 0},
    **in_workspace,
)

# A tool agents of the workspace may call.
order_status = langsmith.Tool(
    "order-status",
    handle=f"{prefix}-order-status",
    name="Order status",
    description="The status of a customer's order.",
    parameters={"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]},
    **in_workspace,
)

pulumi.export("workspace_id", workspace.id)
pulumi.export("prompt", support.full_name)
pulumi.export("latest_commit", support.commit_hash)
pulumi.export("prod_commit", prod.commit_hash)
pulumi.export("webhook_id", hook.id)
pulumi.export("spend_cap_id", budget.id)
pulumi.export("model_configuration_id", model.id)
pulumi.export("tool_handle", order_status.handle)
