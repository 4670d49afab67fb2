"""Access as code: a workspace, a custom role, organization members and their workspace roles, a CI service
key, a SCIM token for the identity provider, and (when `langsmith:scimToken` is set) SCIM role-mapping groups.

Members are invited by email and stay `pending` until they accept; list the accepted ones in the
`activeMembers` config (`pulumi config set --path activeMembers[0] alice@example.com`) to give them a
workspace role on the next `pulumi up` - LangSmith only adds accepted members to workspaces.

Runs unchanged against real LangSmith or the emulator (`pulumi-langsmith emulator`), and passes the policy
pack with `policy/policy-config.example.json` (organisation admins allow-listed by domain):
`pulumi preview --policy-pack ../../policy --policy-pack-config ../../policy/policy-config.example.json`.
"""

from datetime import datetime, timedelta, timezone

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
langsmith_config = pulumi.Config("langsmith")
prefix = config.get("prefix") or pulumi.get_stack()
active_members = set(config.get_object("activeMembers") or [])
# Keys expire within 90 days (the policy pack's `langsmith-credentials-expire` default): by default the
# first day of the month 60 days from now, which stays the same all month, so the key rotates monthly (a
# new expiry replaces the key, the new one created before the old one is deleted).
key_expires_at = config.get("keyExpiresAt") or (datetime.now(timezone.utc) + timedelta(days=60)).strftime(
    "%Y-%m-01T00:00:00Z"
)

workspace = langsmith.Workspace("research", display_name=f"{prefix} Research")

annotator = langsmith.Role(
    "annotator",
    display_name=f"{prefix} Annotator",
    description="Reads traces and datasets, writes feedback.",
    permissions=["runs:read", "projects:read", "datasets:read", "feedback:create", "annotation-queues:read"],
)

people = {
    "alice@example.com": {"org_role": "ORGANIZATION_ADMIN", "workspace_role_id": None},
    "bob@example.com": {"org_role": "ORGANIZATION_USER", "workspace_role_id": annotator.id},
}
members = {
    email: langsmith.OrgMember(f"member-{email.split('@')[0]}", email=email, role=person["org_role"])
    for email, person in people.items()
}
workspace_members = {
    email: langsmith.WorkspaceMember(
        f"workspace-member-{email.split('@')[0]}",
        workspace_id=workspace.id,
        email=email,
        **({"role_id": person["workspace_role_id"]} if person["workspace_role_id"] else {"role": "WORKSPACE_ADMIN"}),
        opts=pulumi.ResourceOptions(depends_on=[members[email]]),
    )
    for email, person in people.items()
    if email in active_members
}

ci_key = langsmith.ServiceKey(
    "ci",
    description=f"{prefix} CI pipeline",
    expires_at=key_expires_at,
    workspaces=[workspace.id],
    workspace_role="WORKSPACE_USER",
)
scim_token = langsmith.ScimToken("identity-provider", description=f"{prefix} identity provider (SCIM)")

if langsmith_config.get("scimToken"):
    # Group names carry LangSmith's role mapping: <prefix><org role>:<workspace>:<workspace role>.
    admins = langsmith.ScimGroup("scim-admins", display_name="LS:Organization Admins")
    researchers = langsmith.ScimGroup(
        "scim-researchers",
        display_name=workspace.display_name.apply(lambda name: f"LS:Organization User:{name}:Editor"),
    )
    pulumi.export("scim_group_ids", [admins.id, researchers.id])

pulumi.export("workspace_id", workspace.id)
pulumi.export("annotator_role_id", annotator.id)
pulumi.export("member_status", {email: member.status for email, member in members.items()})
pulumi.export("workspace_member_roles", {email: m.role_name for email, m in workspace_members.items()})
pulumi.export("ci_key", ci_key.key)
pulumi.export("ci_key_short", ci_key.short_key)
pulumi.export("scim_token", scim_token.token)
