"""`AccessPolicy` against the emulator: created and read back in two requests after the same-name check, every
change replaces it, a same-named policy made elsewhere is refused unless adopted, and it takes effect (ABAC)."""

from __future__ import annotations

import httpx
import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.typed import AccessPolicyProvider

POLICIES = "/v1/platform/orgs/current/access-policies"
GROUPS = [
    {
        "permission": "projects:read",
        "resource_type": "project",
        "conditions": [
            {
                "attribute_name": "resource_tag_key",
                "attribute_key": "env",
                "operator": "equals",
                "attribute_value": "prod",
            }
        ],
    }
]


def checked(p: AccessPolicyProvider, **inputs) -> dict:
    result = p.check({}, {"__provider": "p", OWNER_KEY: "proj/dev/AccessPolicy/no-prod", **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def policy_inputs(**extra) -> dict:
    return {"name": "no prod", "effect": "deny", "condition_groups": GROUPS, **extra}


def test_create_checks_the_name_posts_and_reads_the_policy(langsmith_emulator):
    p = configure(AccessPolicyProvider(), langsmith_emulator)
    inputs = checked(p, **policy_inputs())
    langsmith_emulator.clear_log()
    created = p.create(inputs)
    assert [(r.method, r.path.removeprefix("/api")) for r in langsmith_emulator.requests] == [
        ("GET", POLICIES),
        ("POST", POLICIES),
        ("GET", f"{POLICIES}/{created.id}"),
    ]
    assert created.outs["role_ids"] == [] and created.outs["created_at"]
    assert p.diff(created.id, created.outs, inputs).changes is False


def test_every_change_replaces(langsmith_emulator):
    p = configure(AccessPolicyProvider(), langsmith_emulator)
    created = p.create(checked(p, **policy_inputs()))
    for change in ({"effect": "allow"}, {"description": "x"}, {"condition_groups": [{**GROUPS[0], "conditions": []}]}):
        diff = p.diff(created.id, created.outs, checked(p, **policy_inputs(**change)))
        assert diff.changes and diff.replaces == list(change), change


def test_same_named_policy_is_refused_then_adopted(langsmith_emulator, out_of_band):
    theirs = out_of_band.post(POLICIES, json=policy_inputs()).json()
    p = configure(AccessPolicyProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError):
        p.create(checked(p, **policy_inputs()))
    assert p.create(checked(p, **policy_inputs(adopt_existing=True))).id == theirs["id"]


def test_unknown_permission_fails_check(langsmith_emulator):
    p = configure(AccessPolicyProvider(), langsmith_emulator)
    bad = [{**GROUPS[0], "permission": "projects:fly"}]
    result = p.check({}, {"__provider": "p", **policy_inputs(condition_groups=bad)})
    assert [f.property for f in result.failures] == ["condition_groups[0].permission"]


def test_policy_created_with_the_provider_denies_the_roles_key(langsmith_emulator, out_of_band):
    role = out_of_band.post(
        "/api/v1/orgs/current/roles",
        json={"display_name": "Readers", "description": "", "permissions": ["projects:read"]},
    ).json()
    key = out_of_band.post(
        "/api/v1/orgs/current/service-keys",
        json={"description": "r", "workspaces": [langsmith_emulator.workspace_id], "role_id": role["id"]},
    ).json()["key"]
    tag_key = out_of_band.post("/api/v1/workspaces/current/tag-keys", json={"key": "env"}).json()
    value = out_of_band.post(f"/api/v1/workspaces/current/tag-keys/{tag_key['id']}/tag-values", json={"value": "prod"})
    project = out_of_band.post("/api/v1/sessions", json={"name": "prod traces"}).json()
    out_of_band.post(
        "/api/v1/workspaces/current/taggings",
        json={"tag_value_id": value.json()["id"], "resource_type": "project", "resource_id": project["id"]},
    )
    p = configure(AccessPolicyProvider(), langsmith_emulator)
    created = p.create(checked(p, **policy_inputs()))
    out_of_band.post(f"{POLICIES}/roles/{role['id']}/access-policies", json={"access_policy_ids": [created.id]})
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as reader:
        assert reader.get(f"/api/v1/sessions/{project['id']}").status_code == 403
