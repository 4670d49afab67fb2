"""An agent as code, in one `pulumi up`: deploy it, wait for it, then configure its Agent Server.

1. a `Deployment` from GitHub; `pulumi up` goes on once its revision is live;
2. on the URL it reports (`agent.url`, unknown at preview until the deployment exists):
   an `Assistant` (the graph with its configuration), a daily `Cron` running it, and a `StoreItem` of team
   preferences in the server's long-term memory.

Runs against LangSmith Cloud (set `langsmith:apiKey`) or the emulator with a real Agent Server
(`pulumi-langsmith emulator --agent-runtime`, then `pulumi config set langsmith:endpoint
http://127.0.0.1:1984`; `make demo` does all of it). Stack config: `name` (default `<stack>-agent`),
`graphId` (default `agent`, the emulator's graph), `timezone` (default `Europe/Paris`), `redeploy` (a new
value redeploys the live revision), `agentServerUrl` (configure another Agent Server than the deployment's).
"""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
name = config.get("name") or f"{pulumi.get_stack()}-agent"

# The GitHub App integration and the repository to deploy (installed through the LangSmith UI).
integration = langsmith.get_github_integration()
repository = langsmith.list_github_repositories(integration["id"])[0]

agent = langsmith.Deployment(
    "agent",
    name=name,
    source="github",
    source_config={
        "integration_id": integration["id"],
        "repo_url": repository["url"],
        "deployment_type": "dev",
        "build_on_push": False,
    },
    source_revision_config={"repo_ref": repository["default_branch"], "langgraph_config_path": "langgraph.json"},
    environment_variables={"LOG_LEVEL": "info"},
    redeploy_trigger=config.get("redeploy"),
)

# On the deployment's own Agent Server: each takes `url=agent.url`, so it waits for the deployment. The
# `agentServerUrl` config names another Agent Server instead (a standalone or self-hosted one).
url = config.get("agentServerUrl") or agent.url
support = langsmith.Assistant(
    "support",
    url=url,
    name="support",
    graph_id=config.get("graphId") or "agent",
    description="Answers support questions.",
    config={"configurable": {"model": "small"}},
    metadata={"team": "support"},
)
digest = langsmith.Cron(
    "daily-digest",
    url=url,
    assistant_id=support.id,
    schedule="0 9 * * *",
    timezone=config.get("timezone") or "Europe/Paris",
    input={"message": "Summarise yesterday's open tickets."},
    metadata={"team": "support"},
    no_end_time=True,  # a deliberate, reviewed "runs until removed" (the production cron policy asks for one)
)
preferences = langsmith.StoreItem(
    "team-preferences",
    url=url,
    namespace=["teams", "support"],
    key="preferences",
    value={"tone": "friendly", "language": "en", "escalate_after_minutes": 30},
)

pulumi.export("deployment_id", agent.id)
pulumi.export("url", agent.url)
pulumi.export("revision", agent.latest_revision_id)
pulumi.export("assistant_id", support.id)
pulumi.export("assistant_version", support.version)
pulumi.export("cron_id", digest.id)
pulumi.export("store_item", preferences.id)
