"""`ScimUser` / `ScimGroup` at preview: input checks (group-name role mapping included) with zero requests,
and the SCIM payloads the specs build (PatchOp add/remove for members, replace for attributes)."""

from __future__ import annotations

import pytest
from pulumi_langsmith.resources import ScimGroupProvider, ScimUserProvider, scim_group, scim_user
from pulumi_langsmith.resources.scim_group import GroupRoleMapping, parse_group_name

PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"

A = "00000000-0000-4000-8000-00000000000a"
B = "00000000-0000-4000-8000-00000000000b"


def failures(provider, inputs) -> dict[str, str]:
    return {f.property: f.reason for f in provider.check({}, {"__provider": "p", **inputs}).failures}


@pytest.mark.parametrize(
    ("name", "separator", "expected"),
    [
        ("Organization Admin", ":", GroupRoleMapping("Organization Admin")),
        ("LS:Organization Admins", ":", GroupRoleMapping("Organization Admin", prefix="LS:")),
        ("organization user:Engineering:Editor", ":", GroupRoleMapping("Organization User", "Engineering", "Editor")),
        (
            "LS:Organization User:Engineering:Editor",
            ":",
            GroupRoleMapping("Organization User", "Engineering", "Editor", "LS:"),
        ),
        (
            "Groups-Organization Viewer-Workspace 1-Viewer",
            "-",
            GroupRoleMapping("Organization Viewer", "Workspace 1", "Viewer", "Groups-"),
        ),
        ("Organization Operator&Prod&Admin", "&", GroupRoleMapping("Organization Operator", "Prod", "Admin")),
    ],
)
def test_group_names_map_to_roles(name, separator, expected):
    assert parse_group_name(name, separator) == expected


@pytest.mark.parametrize(
    ("name", "separator", "reason"),
    [
        ("Engineering", ":", "<org role>"),
        ("Organization User:Engineering", ":", "<org role>"),
        ("Team Lead:Engineering:Editor", ":", "must end with an organisation role"),
        ("Organization User::Editor", ":", "no workspace"),
        ("Organization User:Engineering:", ":", "no workspace role"),
        ("Organization User:Engineering:Editor", "-", "separator '-'"),
    ],
)
def test_bad_group_names_fail_at_preview_with_a_clear_reason(name, separator, reason, langsmith_emulator):
    langsmith_emulator.clear_log()
    found = failures(ScimGroupProvider(), {"display_name": name, "name_separator": separator})
    assert list(found) == ["display_name"]
    assert reason in found["display_name"]
    assert langsmith_emulator.requests == []


@pytest.mark.parametrize(
    ("inputs", "prop"),
    [
        ({"display_name": "Organization Admins", "name_separator": "/"}, "name_separator"),
        (
            {
                "display_name": "Organization Admins",
                "members": ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000001"],
            },
            "members",
        ),
        ({"display_name": "Organization Admins", "members": [" "]}, "members[0]"),
        ({"display_name": "Organization Admins", "members": ["../../etc/passwd"]}, "members[0]"),
        ({"display_name": "Organization Admins", "displayName": "x"}, "displayName"),
    ],
)
def test_bad_group_inputs_fail_on_the_property(inputs, prop):
    assert prop in failures(ScimGroupProvider(), inputs)


@pytest.mark.parametrize(
    ("inputs", "prop"),
    [
        ({"user_name": "alice", "email": "not-an-email"}, "email"),
        ({"user_name": "", "email": "alice@example.com"}, "user_name"),
        ({"user_name": " alice", "email": "alice@example.com"}, "user_name"),
        ({"user_name": "alice"}, "email"),
        ({"user_name": "alice", "email": "alice@example.com", "name": {"first": "A"}}, "name.first"),
        ({"user_name": "alice", "email": "alice@example.com", "external_id": ""}, "external_id"),
    ],
)
def test_bad_user_inputs_fail_at_preview_on_the_property(inputs, prop, langsmith_emulator):
    langsmith_emulator.clear_log()
    assert prop in failures(ScimUserProvider(), inputs)
    assert langsmith_emulator.requests == []


def test_user_email_is_trimmed_and_lower_cased():
    result = ScimUserProvider().check({}, {"user_name": "alice", "email": "  Alice@Example.COM "})
    assert result.failures == [] and result.inputs["email"] == "alice@example.com"


def test_member_changes_are_patch_add_and_remove_operations():
    kind = scim_group.KIND
    old = kind.inputs.model_validate(
        {
            "display_name": "Organization Admins",
            "members": ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"],
        }
    )
    new = kind.inputs.model_validate(
        {
            "display_name": "Organization Admins",
            "members": [
                "00000000-0000-4000-8000-000000000002",
                "00000000-0000-4000-8000-000000000003",
                "00000000-0000-4000-8000-000000000004",
            ],
        }
    )
    body = kind.api.update_body(old, new, ["members"], {})
    assert body["schemas"] == [PATCH_OP]
    assert body["Operations"] == [
        {
            "op": "add",
            "path": "members",
            "value": [
                {"value": "00000000-0000-4000-8000-000000000003"},
                {"value": "00000000-0000-4000-8000-000000000004"},
            ],
        },
        {"op": "remove", "path": 'members[value eq "00000000-0000-4000-8000-000000000001"]'},
    ]


def test_user_changes_are_patch_replace_operations():
    kind = scim_user.KIND
    old = kind.inputs.model_validate({"user_name": "alice", "email": "alice@example.com", "external_id": "x1"})
    new = kind.inputs.model_validate({"user_name": "alice", "email": "alice@example.com", "active": False})
    body = kind.api.update_body(old, new, ["active", "external_id"], {})
    assert body["Operations"] == [
        {"op": "replace", "path": "active", "value": False},
        {"op": "remove", "path": "externalId"},
    ]


def test_display_name_change_replaces_and_member_change_does_not():
    provider = ScimGroupProvider()
    olds = provider.check({}, {"display_name": "Organization User:Eng:Editor", "members": [A]}).inputs
    renamed = provider.check({}, {"display_name": "Organization User:Eng:Viewer", "members": [A]}).inputs
    regrouped = provider.check({}, {"display_name": "Organization User:Eng:Editor", "members": [B, A]}).inputs
    assert provider.diff("g", olds, renamed).replaces == ["display_name"]
    diff = provider.diff("g", olds, regrouped)
    assert diff.changes and diff.replaces == []
    assert (
        provider.diff(
            "g", olds, provider.check({}, {"display_name": "Organization User:Eng:Editor", "members": [A]}).inputs
        ).changes
        is False
    )
