"""Governance as code, ABAC part: a tag key `env` with values `prod` and `dev`, taggings on a project and a
dataset, and an access policy denying `env=prod` projects and prompts to a custom role, held by a service key.

The key can read the untagged project (`scratch`) but gets 403 on the `env=prod` one. ABAC is an Enterprise
feature of LangSmith: against an organization without it, the access policy is refused with 403.

Runs unchanged against real LangSmith or the emulator (`pulumi-langsmith emulator`).
"""

from datetime import datetime, timedelta, timezone

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
prefix = config.get("prefix") or pulumi.get_stack()
# Keys expire within 90 days (the policy pack's `langsmith-credentials-expire`): the first day of the month
# 60 days from now, the same all month, so the key rotates monthly.
key_expires_at = config.get("keyExpiresAt") or (datetime.now(timezone.utc) + timedelta(days=60)).strftime(
    "%Y-%m-01T00:00:00Z"
)

workspace = langsmith.Workspace("governance", display_name=f"{prefix} Governance")
in_workspace = {"workspace_id": workspace.id}

env = langsmith.TagKey("env", key="env", description="Deployment stage", **in_workspace)
prod = langsmith.TagValue("env-prod", tag_key_id=env.id, value="prod", description="Production", **in_workspace)
dev = langsmith.TagValue("env-dev", tag_key_id=env.id, value="dev", description="Development", **in_workspace)

prod_traces = langsmith.Project(
    "prod-traces", name=f"{prefix}-prod-traces", description="Production traces", **in_workspace
)
scratch = langsmith.Project("scratch", name=f"{prefix}-scratch", description="Untagged experiments", **in_workspace)
golden = langsmith.Dataset("golden", name=f"{prefix}-golden", description="Development golden set", **in_workspace)

langsmith.Tagging(
    "prod-traces-env", tag_value_id=prod.id, resource_type="project", resource_id=prod_traces.id, **in_workspace
)
langsmith.Tagging("golden-env", tag_value_id=dev.id, resource_type="dataset", resource_id=golden.id, **in_workspace)

contractor = langsmith.Role(
    "contractor",
    display_name=f"{prefix} Contractor",
    description="Reads projects, prompts and datasets, except production ones.",
    permissions=["projects:read", "runs:read", "prompts:read", "datasets:read"],
)


def env_is(value: str) -> list[dict[str, str]]:
    return [{"attribute_key": "env", "operator": "equals", "attribute_value": value}]


no_prod = langsmith.AccessPolicy(
    "no-prod",
    name=f"{prefix} no production",
    description="Production projects and prompts are off limits.",
    effect="deny",
    condition_groups=[
        {"permission": "projects:read", "resource_type": "project", "conditions": env_is("prod")},
        {"permission": "prompts:read", "resource_type": "prompt", "conditions": env_is("prod")},
    ],
)
langsmith.AccessPolicyAttachment("contractor-no-prod", role_id=contractor.id, access_policy_id=no_prod.id)

contractor_key = langsmith.ServiceKey(
    "contractor-key",
    description=f"{prefix} contractor",
    expires_at=key_expires_at,
    workspaces=[workspace.id],
    workspace_role_id=contractor.id,
)

pulumi.export("workspace_id", workspace.id)
pulumi.export("prod_project_id", prod_traces.id)
pulumi.export("untagged_project_id", scratch.id)
pulumi.export("dataset_id", golden.id)
pulumi.export("access_policy_id", no_prod.id)
pulumi.export("contractor_key", contractor_key.key)  # a secret output
