"""End-to-end test program: SCIM users and a role-mapping group, shaped by stack config."""

import json

import pulumi
import pulumi_langsmith as langsmith

config = pulumi.Config()
names = json.loads(config.get("users") or '["alice"]')

users = {
    name: langsmith.ScimUser(
        f"user-{name}",
        user_name=f"{name}@example.com",
        email=f"{name}@example.com",
        name={"given_name": name.title()},
        active=config.get_bool(f"{name}Active") if config.get_bool(f"{name}Active") is not None else True,
    )
    for name in names
}
editors = langsmith.ScimGroup(
    "editors",
    display_name=config.get("groupName") or "LS:Organization User:Workspace 1:Editor",
    members=[users[name].id for name in json.loads(config.get("members") or '["alice"]')],
)

pulumi.export("user_ids", {name: user.id for name, user in users.items()})
pulumi.export("group_id", editors.id)
pulumi.export("workspace_role", editors.workspace_role)
