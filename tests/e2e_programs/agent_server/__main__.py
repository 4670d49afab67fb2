"""End-to-end test program: an assistant, a cron running it, a store item and a thread on one Agent Server
(`url` in stack config), shaped by stack config so tests can edit inputs."""

import json

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
url = config.require("url")
prefix = config.require("prefix")

assistant = langsmith.Assistant(
    "assistant",
    url=url,
    name=f"{prefix}-assistant",
    graph_id="echo",
    config=json.loads(config.get("assistantConfig") or '{"configurable": {"model": "small"}}'),
    metadata={"team": "e2e"},
)
cron = langsmith.Cron(
    "cron",
    url=url,
    assistant_id=assistant.id,
    schedule=config.get("cronSchedule") or "0 3 * * *",
    input={"message": "nightly"},
    end_time="2030-01-01T00:00:00Z",
)
item = langsmith.StoreItem(
    "item",
    url=url,
    namespace=[prefix, "prefs"],
    key="defaults",
    value={"tone": "friendly"},
    ttl=config.get_float("itemTtl"),
)
thread = langsmith.Thread("thread", url=url, metadata={"purpose": "seeded"})

pulumi.export("assistant_id", assistant.id)
pulumi.export("assistant_version", assistant.version)
pulumi.export("cron_id", cron.id)
pulumi.export("thread_id", thread.id)
