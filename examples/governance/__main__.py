"""Governance as code: a tag key `env` with values `prod` and `dev`, taggings on a project, a prompt and a
dataset, and an access policy denying `env=prod` projects and prompts to a custom role, held by a service key;
a usage limit on the workspace, trace retention for the organisation and the workspace, and organisation
settings (API key lifetime cap, no personal access tokens); an encrypted export destination with secret
credentials (config `exportAccessKeyId` and `exportSecretAccessKey`; without them, an IAM role) and a nightly
export of the production traces to it.

The key can read the untagged project and prompt (`scratch`) but gets 403 on the `env=prod` ones. ABAC is an
Enterprise feature of LangSmith: against an organization without it, the access policy is refused with 403.

The organisation settings and the organisation's retention are singletons: every stack of this program adopts
the same ones (a second stack changes nothing when its config agrees), and `pulumi destroy` forgets them with a
warning and leaves them in place. So does the export destination (LangSmith cannot delete one); destroy
cancels the scheduled export. A production stack (`prod*`) sets `ssoOnly: true`, as the policy pack's
`langsmith-sso-only-in-prod` requires.

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
# SSO-only login: unmanaged (whatever the organisation holds) unless set; production stacks set it true.
sso_only = config.get_bool("ssoOnly")

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
triage = langsmith.Prompt(
    "prod-triage",
    repo_handle=f"{prefix}-prod-triage",
    description="Production ticket triage",
    template={"template": "Classify this support ticket: {ticket}"},
    **in_workspace,
)
draft = langsmith.Prompt(
    "scratch-draft",
    repo_handle=f"{prefix}-scratch-draft",
    description="Untagged draft",
    template={"template": "Summarise: {text}"},
    **in_workspace,
)

langsmith.Tagging(
    "prod-traces-env", tag_value_id=prod.id, resource_type="project", resource_id=prod_traces.id, **in_workspace
)
langsmith.Tagging(
    "prod-triage-env", tag_value_id=prod.id, resource_type="prompt", resource_id=triage.id, **in_workspace
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

# Usage and retention: at most a million traces a month in the workspace; new traces of the organisation are
# short-lived (base retention), and the workspace keeps long-lived ones 180 days (at most the policy pack's
# `langsmith-trace-retention-at-most`, 400 by default).
langsmith.UsageLimit("monthly-traces", limit_type="monthly_traces", limit_value=1_000_000, **in_workspace)
langsmith.OrgTtlSettings("org-retention", default_trace_tier="shortlived")
langsmith.WorkspaceTtlSettings("workspace-retention", longlived_ttl_days=180, **in_workspace)

# The organisation's settings: only the fields set here are managed, the others keep what the organisation holds.
langsmith.OrganizationSettings(
    "organization",
    max_api_key_expiry_days=90,
    pat_creation_disabled=True,
    sso_only=sso_only,
)

# Scheduled exports of the production traces to the warehouse bucket, encrypted at rest (the policy pack's
# `langsmith-export-destination-encryption`). The credentials are write-only secrets: LangSmith shows only which
# fields it holds, and the stack keeps them encrypted. Without them, LangSmith assumes the IAM role instead.
export_secret = config.get_secret("exportSecretAccessKey")
warehouse = langsmith.BulkExportDestination(
    "warehouse",
    display_name=f"{prefix} warehouse",
    config={
        "bucket_name": config.get("exportBucket") or "langsmith-governance-exports",
        "prefix": f"{prefix}/traces",
        "region": "us-east-1",
        "s3_additional_kwargs": {"ServerSideEncryption": "aws:kms"},
        **({} if export_secret else {"aws_role_arn": "arn:aws:iam::123456789012:role/langsmith-exports"}),
    },
    credentials={
        "access_key_id": config.require_secret("exportAccessKeyId"),
        "secret_access_key": export_secret,
    }
    if export_secret
    else None,
    **in_workspace,
)
nightly_export = langsmith.BulkExport(
    "prod-traces-nightly",
    bulk_export_destination_id=warehouse.id,
    session_id=prod_traces.id,
    start_time="2026-01-01T00:00:00Z",
    interval_hours=24,
    compression="zstandard",
    **in_workspace,
)

pulumi.export("workspace_id", workspace.id)
pulumi.export("prod_project_id", prod_traces.id)
pulumi.export("untagged_project_id", scratch.id)
pulumi.export("dataset_id", golden.id)
pulumi.export("prod_prompt", triage.repo_handle)
pulumi.export("untagged_prompt", draft.repo_handle)
pulumi.export("access_policy_id", no_prod.id)
pulumi.export("contractor_key", contractor_key.key)  # a secret output
pulumi.export("export_destination_id", warehouse.id)
pulumi.export("bulk_export_id", nightly_export.id)
