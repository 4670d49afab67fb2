"""Quick start: a workspace with two datasets and a tracing project.

Runs unchanged against real LangSmith (set `langsmith:apiKey`, and `langsmith:endpoint` or
`langsmith:region`) or against the emulator (`pulumi-langsmith emulator`).
"""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
prefix = config.get("prefix") or pulumi.get_stack()

workspace = langsmith.Workspace("team", display_name=f"{prefix} ML Platform")

golden = langsmith.Dataset(
    "golden-answers",
    name=f"{prefix}-golden-answers",
    description="Questions with reviewed reference answers.",
    data_type="kv",
    inputs_schema={
        "type": "object",
        "properties": {"question": {"type": "string"}},
        "required": ["question"],
    },
    outputs_schema={
        "type": "object",
        "properties": {"answer": {"type": "string"}},
        "required": ["answer"],
    },
    metadata={"owner": "ml-platform", "review": "weekly"},
    workspace_id=workspace.id,
)

regressions = langsmith.Dataset(
    "chat-regressions",
    name=f"{prefix}-chat-regressions",
    description="Conversations that once went wrong.",
    data_type="chat",
    workspace_id=workspace.id,
)

traces = langsmith.Project(
    "production-traces",
    name=f"{prefix}-production-traces",
    description="Traces of the production assistant.",
    metadata={"environment": "production"},
    default_dataset_id=golden.id,
    workspace_id=workspace.id,
)

pulumi.export("workspace_id", workspace.id)
pulumi.export("golden_dataset_id", golden.id)
pulumi.export("regressions_dataset_id", regressions.id)
pulumi.export("project_id", traces.id)
pulumi.export("project_tenant", traces.tenant_id)
