"""`AccessPolicyAttachment` against the emulator: attach after checking the policy's roles, read through the
policy's `role_ids`, detached with the official provider's DELETE, and gone when the policy is."""

from __future__ import annotations

import time

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.typed import AccessPolicyAttachmentProvider

POLICIES = "/v1/platform/orgs/current/access-policies"


@pytest.fixture
def pair(out_of_band) -> dict:
    role = out_of_band.post(
        "/api/v1/orgs/current/roles",
        json={"display_name": "Readers", "description": "", "permissions": ["projects:read"]},
    ).json()
    group = {"permission": "projects:read", "resource_type": "project", "conditions": []}
    policy = out_of_band.post(POLICIES, json={"name": "p", "effect": "deny", "condition_groups": [group]}).json()
    return {"role_id": role["id"], "access_policy_id": policy["id"]}


def logged(emulator, count: int) -> list[tuple[str, str]]:
    """The requests logged, once `count` are (a 204's entry may land just after the client has its answer)."""
    for _ in range(100):
        if len(emulator.requests) >= count:
            break
        time.sleep(0.01)
    return [(r.method, r.path.removeprefix("/api")) for r in emulator.requests]


def checked(p, **inputs) -> dict:
    result = p.check({}, {"__provider": "p", OWNER_KEY: "proj/dev/AccessPolicyAttachment/a", **inputs})
    assert result.failures == []
    return result.inputs


def role_ids(out_of_band, pair) -> list[str]:
    return out_of_band.get(f"{POLICIES}/{pair['access_policy_id']}").json()["role_ids"]


def test_attach_read_and_detach(langsmith_emulator, out_of_band, pair):
    p = configure(AccessPolicyAttachmentProvider(), langsmith_emulator)
    inputs = checked(p, **pair)
    langsmith_emulator.clear_log()
    created = p.create(inputs)
    attach = f"{POLICIES}/roles/{pair['role_id']}/access-policies"
    assert logged(langsmith_emulator, 2) == [("GET", f"{POLICIES}/{pair['access_policy_id']}"), ("POST", attach)]
    assert created.id == f"{pair['role_id']}/{pair['access_policy_id']}"
    assert role_ids(out_of_band, pair) == [pair["role_id"]]
    assert p.read(created.id, created.outs).id == created.id

    p.delete(created.id, created.outs)  # the official provider's DELETE .../roles/{role}/access-policies?...
    assert role_ids(out_of_band, pair) == []
    assert not p.read(created.id, created.outs).id


def test_attachment_is_gone_when_the_policy_is(langsmith_emulator, out_of_band, pair):
    p = configure(AccessPolicyAttachmentProvider(), langsmith_emulator)
    created = p.create(checked(p, **pair))
    out_of_band.delete(f"{POLICIES}/{pair['access_policy_id']}")
    assert not p.read(created.id, created.outs).id
    p.delete(created.id, created.outs)  # nothing left to detach: no error


def test_attachment_made_elsewhere_is_refused_then_adopted(langsmith_emulator, out_of_band, pair):
    out_of_band.post(
        f"{POLICIES}/roles/{pair['role_id']}/access-policies", json={"access_policy_ids": [pair["access_policy_id"]]}
    )
    p = configure(AccessPolicyAttachmentProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError):
        p.create(checked(p, **pair))
    assert p.create(checked(p, **pair, adopt_existing=True)).id == f"{pair['role_id']}/{pair['access_policy_id']}"
