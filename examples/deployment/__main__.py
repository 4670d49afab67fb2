"""A LangGraph agent deployed from GitHub: `pulumi up` returns once the revision is live.

Runs against LangSmith Cloud (set `langsmith:apiKey`) or the emulator (`pulumi-langsmith emulator`, then
`pulumi config set langsmith:endpoint http://127.0.0.1:1984`). Stack config:

- `name` (default `<stack>-agent`), `repoRef` (default: the repository's default branch),
  `logLevel` (a plain environment variable), `openaiApiKey` (secret: `pulumi config set --secret`),
  `waitTimeoutSeconds` (default 1800), `displayName` (optional), `keepOnFailure` (keep a failed first
  deployment instead of deleting it), `adoptExisting` (take over a deployment of that name made elsewhere),
  `unmanagedEnvironment` (omit both environment maps: the live environment is left as it is).

Try a failing build against the emulator: `pulumi config set repoRef emulator-fail-build`.
"""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
name = config.get("name") or f"{pulumi.get_stack()}-agent"

# The GitHub App integration and the repository to deploy (installed through the LangSmith UI).
integration = langsmith.get_github_integration()
repository = langsmith.list_github_repositories(integration["id"])[0]

secrets = {"OPENAI_API_KEY": config.get_secret("openaiApiKey")} if config.get("openaiApiKey") else None
environment_variables = {"LOG_LEVEL": config.get("logLevel") or "info"}
if config.get_bool("unmanagedEnvironment"):
    secrets = environment_variables = None

agent = langsmith.Deployment(
    "agent",
    name=name,
    source="github",
    source_config={
        "integration_id": integration["id"],
        "repo_url": repository["url"],
        "deployment_type": "dev",
        "build_on_push": False,
        "resource_spec": {"min_scale": 1, "max_scale": 2, "labels": {"team": "agents"}},
    },
    source_revision_config={
        "repo_ref": config.get("repoRef") or repository["default_branch"],
        "langgraph_config_path": "langgraph.json",
    },
    environment_variables=environment_variables,
    secrets=secrets,
    display_name=config.get("displayName"),
    wait_timeout_seconds=config.get_float("waitTimeoutSeconds") or 1800,
    keep_on_failure=config.get_bool("keepOnFailure") or False,
    adopt_existing=config.get_bool("adoptExisting") or False,
)

pulumi.export("deployment_id", agent.id)
pulumi.export("url", agent.url)
pulumi.export("status", agent.status)
pulumi.export("revision", agent.latest_revision_id)
pulumi.export("revision_status", agent.latest_revision_status)
