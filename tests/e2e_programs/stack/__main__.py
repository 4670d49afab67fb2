"""End-to-end test program: one of each foundation kind, shaped by stack config so tests can edit inputs."""

import json

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
prefix = config.require("prefix")
workspace_id = config.get("workspaceId")

workspace = langsmith.Workspace("workspace", display_name=config.get("workspaceName") or f"{prefix} Workspace")
dataset = langsmith.Dataset(
    "dataset",
    name=config.get("datasetName") or f"{prefix}-dataset",
    description=config.get("datasetDescription") or "managed by pulumi",
    data_type=config.get("datasetType") or "kv",
    metadata=json.loads(config.get("datasetMetadata") or '{"owner": "e2e"}'),
    workspace_id=workspace_id,
    adopt_existing=config.get_bool("adoptExisting") or False,
)
project = langsmith.Project(
    "project",
    name=f"{prefix}-project",
    description=config.get("projectDescription") or "traces",
    default_dataset_id=dataset.id,
    workspace_id=workspace_id,
)

pulumi.export("workspace_id", workspace.id)
pulumi.export("dataset_id", dataset.id)
pulumi.export("project_id", project.id)
pulumi.export("dataset_tenant", dataset.tenant_id)
