"""Benchmark program: one `Deployment` from an image (config `image`); each new image makes a revision."""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
agent = langsmith.Deployment(
    "agent",
    name="bench-agent",
    source="external_docker",
    source_config={"resource_spec": {"min_scale": 1, "max_scale": 1}},
    source_revision_config={"image_uri": config.require("image")},
    wait_timeout_seconds=600,
)
pulumi.export("revision", agent.latest_revision_id)
