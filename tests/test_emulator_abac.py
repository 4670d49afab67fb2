"""The emulator enforces ABAC as LangSmith documents it: an access policy attached to a role denies (or, for
allow policies, limits) a permission on resources by their tags, for keys holding that role, on the routes that
address one project, dataset or prompt (and a prompt's commits, tags and owners), and hides denied ones from
their lists."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pulumi_langsmith.emulator.families.abac.enforce import condition_holds
from pulumi_langsmith.testing import LangSmithEmulator

POLICIES = "/v1/platform/orgs/current/access-policies"


@pytest.fixture
def api(langsmith_emulator: LangSmithEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def tag_value(api: httpx.Client, key: str, value: str) -> str:
    keys = {k["key"]: k["id"] for k in api.get("/api/v1/workspaces/current/tag-keys").json()}
    key_id = keys.get(key) or api.post("/api/v1/workspaces/current/tag-keys", json={"key": key}).json()["id"]
    created = api.post(f"/api/v1/workspaces/current/tag-keys/{key_id}/tag-values", json={"value": value})
    assert created.status_code == 200, created.text
    return str(created.json()["id"])


def tag(api: httpx.Client, value_id: str, resource_type: str, resource_id: str) -> None:
    body = {"tag_value_id": value_id, "resource_type": resource_type, "resource_id": resource_id}
    assert api.post("/api/v1/workspaces/current/taggings", json=body).status_code == 200


def role_key(api: httpx.Client, emulator: LangSmithEmulator, permissions: list[str]) -> tuple[str, str]:
    """(role id, a service key holding that custom role in the emulator's workspace)."""
    role = api.post(
        "/api/v1/orgs/current/roles",
        json={"display_name": f"abac {len(permissions)}", "description": "", "permissions": permissions},
    ).json()
    key = api.post(
        "/api/v1/orgs/current/service-keys",
        json={"description": "abac", "workspaces": [emulator.workspace_id], "role_id": role["id"]},
    ).json()["key"]
    return role["id"], key


def policy(api: httpx.Client, effect: str, permission: str, resource_type: str, *conditions: Any, **extra: Any) -> str:
    body = {
        "name": f"{effect} {permission}",
        "effect": effect,
        "condition_groups": [
            {"permission": permission, "resource_type": resource_type, "conditions": list(conditions)},
        ],
        **extra,
    }
    created = api.post(POLICIES, json=body)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def cond(key: str, operator: str, value: str) -> dict[str, str]:
    return {"attribute_name": "resource_tag_key", "attribute_key": key, "operator": operator, "attribute_value": value}


@pytest.fixture
def projects(api: httpx.Client) -> dict[str, str]:
    """Three projects: one tagged env=prod, one env=dev, one untagged."""
    ids = {n: api.post("/api/v1/sessions", json={"name": f"abac {n}"}).json()["id"] for n in ("prod", "dev", "none")}
    tag(api, tag_value(api, "env", "prod"), "project", ids["prod"])
    tag(api, tag_value(api, "env", "dev"), "project", ids["dev"])
    return ids


def test_deny_policy_makes_the_tagged_project_403_for_the_roles_key_only(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, projects: dict[str, str]
) -> None:
    role_id, key = role_key(api, langsmith_emulator, ["projects:read"])
    policy(api, "deny", "projects:read", "project", cond("env", "equals", "prod"), role_ids=[role_id])
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as reader:
        assert reader.get(f"/api/v1/sessions/{projects['prod']}").status_code == 403
        assert reader.get(f"/api/v1/sessions/{projects['none']}").status_code == 200
        assert reader.get(f"/api/v1/sessions/{projects['dev']}").status_code == 200
        listed = {p["id"] for p in reader.get("/api/v1/sessions").json()}
        assert projects["prod"] not in listed and projects["none"] in listed
    # The admin key's role carries no policy.
    assert api.get(f"/api/v1/sessions/{projects['prod']}").status_code == 200


def test_detaching_the_policy_restores_access(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, projects: dict[str, str]
) -> None:
    role_id, key = role_key(api, langsmith_emulator, ["projects:read"])
    policy_id = policy(api, "deny", "projects:read", "project", cond("env", "equals", "prod"))
    attach = f"{POLICIES}/roles/{role_id}/access-policies"
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as reader:
        assert reader.get(f"/api/v1/sessions/{projects['prod']}").status_code == 200  # not attached yet
        assert api.post(attach, json={"access_policy_ids": [policy_id]}).status_code == 204
        assert reader.get(f"/api/v1/sessions/{projects['prod']}").status_code == 403
        assert api.delete(attach, params={"access_policy_ids": [policy_id]}).status_code == 204
        assert reader.get(f"/api/v1/sessions/{projects['prod']}").status_code == 200


def test_allow_policy_limits_the_role_to_matching_resources(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, projects: dict[str, str]
) -> None:
    role_id, key = role_key(api, langsmith_emulator, ["projects:read"])
    policy(api, "allow", "projects:read", "project", cond("env", "equals", "dev"), role_ids=[role_id])
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as reader:
        assert reader.get(f"/api/v1/sessions/{projects['dev']}").status_code == 200
        assert reader.get(f"/api/v1/sessions/{projects['prod']}").status_code == 403
        assert reader.get(f"/api/v1/sessions/{projects['none']}").status_code == 403


def test_deny_on_datasets_covers_read_update_and_delete_by_permission(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    dataset = api.post("/api/v1/datasets", json={"name": "abac golden"}).json()["id"]
    tag(api, tag_value(api, "team", "ml"), "dataset", dataset)
    role_id, key = role_key(api, langsmith_emulator, ["datasets:read", "datasets:update"])
    policy(api, "deny", "datasets:update", "dataset", cond("team", "matches", "m*"), role_ids=[role_id])
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as member:
        assert member.get(f"/api/v1/datasets/{dataset}").status_code == 200
        assert member.patch(f"/api/v1/datasets/{dataset}", json={"description": "x"}).status_code == 403


def test_deleting_the_tagging_lifts_the_denial(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, projects: dict[str, str]
) -> None:
    role_id, key = role_key(api, langsmith_emulator, ["projects:read"])
    policy(api, "deny", "projects:read", "project", cond("env", "equals", "prod"), role_ids=[role_id])
    tags = api.get(
        "/api/v1/workspaces/current/tags/resource", params={"resource_type": "project", "resource_id": projects["prod"]}
    ).json()
    tagging = tags[0]["values"][0]["taggings"][0]["id"]
    assert api.delete(f"/api/v1/workspaces/current/taggings/{tagging}").status_code == 200
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as reader:
        assert reader.get(f"/api/v1/sessions/{projects['prod']}").status_code == 200


@pytest.mark.parametrize(
    ("operator", "value", "tags", "holds"),
    [
        ("equals", "prod", {"env": ["prod"]}, True),
        ("equals", "Prod", {"env": ["prod"]}, False),
        ("equals_ignore_case", "Prod", {"env": ["prod"]}, True),
        ("not_equals", "prod", {"env": ["dev"]}, True),
        ("not_equals", "prod", {"env": ["dev", "prod"]}, False),
        ("matches", "pro?", {"env": ["prod"]}, True),
        ("not_matches", "d*", {"env": ["prod"]}, True),
        ("equals", "prod", {}, False),
        ("not_equals", "prod", {}, False),
        ("equals_if_exists", "prod", {}, True),
        ("not_equals_if_exists", "prod", {"env": ["prod"]}, False),
    ],
)
def test_condition_operators(operator: str, value: str, tags: dict[str, list[str]], holds: bool) -> None:
    assert condition_holds(cond("env", operator, value), tags) is holds


def test_policy_refuses_a_missing_effect_and_unknown_roles(api: httpx.Client) -> None:
    groups = [{"permission": "projects:read", "resource_type": "project", "conditions": []}]
    assert api.post(POLICIES, json={"name": "x", "condition_groups": groups}).status_code == 400
    missing = api.post(POLICIES, json={"name": "x", "effect": "deny", "condition_groups": groups, "role_ids": ["r"]})
    assert missing.status_code == 404 and "error" in missing.json()


MANIFEST = {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "prompt", "PromptTemplate"],
            "kwargs": {"template": "Summarise {text}", "input_variables": ["text"]}}  # fmt: skip


@pytest.fixture
def prompts(api: httpx.Client) -> dict[str, str]:
    """Two prompts with a commit each: `abac-prod` tagged env=prod, `abac-open` untagged (name → repo id)."""
    ids = {}
    for handle in ("abac-prod", "abac-open"):
        created = api.post("/api/v1/repos", json={"repo_handle": handle, "is_public": False})
        assert created.status_code == 200, created.text
        ids[handle] = created.json()["repo"]["id"]
        assert api.post(f"/commits/-/{handle}", json={"manifest": MANIFEST}).status_code == 201
    tag(api, tag_value(api, "env", "prod"), "prompt", ids["abac-prod"])
    return ids


def test_deny_policy_makes_the_tagged_prompt_403_for_the_roles_key_only(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, prompts: dict[str, str]
) -> None:
    role_id, key = role_key(api, langsmith_emulator, ["prompts:read"])
    policy(api, "deny", "prompts:read", "prompt", cond("env", "equals", "prod"), role_ids=[role_id])
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as reader:
        for path in ("/api/v1/repos/-/{}", "/commits/-/{}", "/api/commits/-/{}/latest", "/api/v1/repos/-/{}/tags"):
            assert reader.get(path.format("abac-prod")).status_code == 403, path
            assert reader.get(path.format("abac-open")).status_code == 200, path
        listed = {r["repo_handle"] for r in reader.get("/api/v1/repos").json()["repos"]}
        assert listed == {"abac-open"}
    assert api.get("/api/v1/repos/-/abac-prod").status_code == 200  # the admin key's role carries no policy


def test_deny_on_prompt_writes_refuses_patch_commit_and_delete_but_not_reads(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client, prompts: dict[str, str]
) -> None:
    role_id, key = role_key(api, langsmith_emulator, ["prompts:read", "prompts:update", "prompts:delete"])
    deny = [cond("env", "equals", "prod")]
    for permission in ("prompts:update", "prompts:delete"):
        policy(api, "deny", permission, "prompt", *deny, role_ids=[role_id])
    changed = {**MANIFEST, "kwargs": {**MANIFEST["kwargs"], "template": "Shorten {text}"}}
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key}) as writer:
        assert writer.get("/api/v1/repos/-/abac-prod").status_code == 200
        assert writer.patch("/api/v1/repos/-/abac-prod", json={"description": "x"}).status_code == 403
        refused = writer.post("/commits/-/abac-prod", json={"manifest": changed})
        assert refused.status_code == 403 and "error" in refused.json()  # the Go service's error shape
        assert writer.delete("/api/v1/repos/-/abac-prod").status_code == 403
        assert writer.post("/commits/-/abac-open", json={"manifest": changed}).status_code == 201
        assert writer.delete("/api/v1/repos/-/abac-open").status_code == 200
    assert len(api.get("/commits/-/abac-prod").json()["commits"]) == 1


def test_tagging_a_prompt_needs_the_repo_and_lapses_with_it(api: httpx.Client, prompts: dict[str, str]) -> None:
    value = tag_value(api, "team", "nlp")
    missing = {"tag_value_id": value, "resource_type": "prompt", "resource_id": prompts["abac-prod"][:-4] + "0000"}
    assert api.post("/api/v1/workspaces/current/taggings", json=missing).status_code == 404
    tag(api, value, "prompt", prompts["abac-open"])
    query = {"resource_type": "prompt", "resource_id": prompts["abac-open"]}
    assert api.get("/api/v1/workspaces/current/tags/resource", params=query).json()[0]["key"] == "team"
    assert api.delete("/api/v1/repos/-/abac-open").status_code == 200
    assert api.get("/api/v1/workspaces/current/tags/resource", params=query).json() == []
