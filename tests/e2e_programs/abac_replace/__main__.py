"""End-to-end test program: an `env=prod` `Tag` component on a project, and a deny policy (its description from
config `policyDescription`) attached to a custom role held by a workspace-scoped service key; a second, untagged
project. Changing the description replaces the policy (the API has no update) and so re-attaches it."""

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
prefix = config.require("prefix")

workspace = langsmith.Workspace("abac", display_name=f"{prefix} ABAC")
in_workspace = {"workspace_id": workspace.id}
prod = langsmith.Tag("env-prod", key="env", value="prod", **in_workspace)
tagged = langsmith.Project("tagged", name=f"{prefix}-tagged", **in_workspace)
untagged = langsmith.Project("untagged", name=f"{prefix}-untagged", **in_workspace)
langsmith.Tagging(
    "tagged-env", tag_value_id=prod.tag_value_id, resource_type="project", resource_id=tagged.id, **in_workspace
)

role = langsmith.Role("reader", display_name=f"{prefix} Reader", permissions=["projects:read", "runs:read"])
policy = langsmith.AccessPolicy(
    "no-prod",
    name=f"{prefix} no production",
    description=config.require("policyDescription"),
    effect="deny",
    condition_groups=[
        {
            "permission": "projects:read",
            "resource_type": "project",
            "conditions": [{"attribute_key": "env", "operator": "equals", "attribute_value": "prod"}],
        }
    ],
)
langsmith.AccessPolicyAttachment("reader-no-prod", role_id=role.id, access_policy_id=policy.id)
key = langsmith.ServiceKey(
    "reader-key",
    description=f"{prefix} reader",
    expires_at=config.require("keyExpiresAt"),
    workspaces=[workspace.id],
    workspace_role_id=role.id,
)

pulumi.export("workspace_id", workspace.id)
pulumi.export("tagged_project_id", tagged.id)
pulumi.export("untagged_project_id", untagged.id)
pulumi.export("policy_id", policy.id)
pulumi.export("key", key.key)
