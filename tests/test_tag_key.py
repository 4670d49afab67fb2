"""`TagKey` against the emulator: one key per name in a workspace, renamed in place, and a create whose answer is
lost verified through the list instead of being sent twice."""

from __future__ import annotations

import uuid

import httpx
import pytest
import respx
from conftest import configure
from pulumi_langsmith.emulator.families.abac.tables import TAG_KEYS
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.typed import TagKeyProvider

KEYS = "/api/v1/workspaces/current/tag-keys"


def provider(emulator) -> TagKeyProvider:
    return configure(TagKeyProvider(), emulator)


def checked(p: TagKeyProvider, **inputs) -> dict:
    result = p.check({}, {"__provider": "p", OWNER_KEY: "proj/dev/TagKey/env", **inputs})
    assert result.failures == []
    return result.inputs


def test_key_is_renamed_in_place(langsmith_emulator, out_of_band):
    p = provider(langsmith_emulator)
    created = p.create(checked(p, key="env"))
    news = checked(p, key="stage")
    diff = p.diff(created.id, created.outs, news)
    assert diff.changes and not diff.replaces
    p.update(created.id, created.outs, news)
    assert out_of_band.get(f"{KEYS}/{created.id}").json()["key"] == "stage"


def test_same_key_made_elsewhere_is_refused_then_adopted(langsmith_emulator, out_of_band):
    theirs = out_of_band.post(KEYS, json={"key": "env"}).json()
    p = provider(langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        p.create(checked(p, key="env"))
    adopted = p.create(checked(p, key="env", description="stage", adopt_existing=True))
    assert adopted.id == theirs["id"]
    assert out_of_band.get(f"{KEYS}/{theirs['id']}").json()["description"] == "stage"


def test_create_whose_answer_is_lost_is_verified_not_sent_twice(langsmith_emulator, out_of_band):
    p = provider(langsmith_emulator)
    inputs = checked(p, key="env")
    posts = []

    def lose_the_answer(request):
        posts.append(request)
        now = "2026-01-01T00:00:00+00:00"  # the key is made (straight into the emulator's store)...
        doc = {"id": str(uuid.uuid4()), "key": "env", "description": None, "created_at": now, "updated_at": now}
        langsmith_emulator.server.store.insert(TAG_KEYS, doc, scope=langsmith_emulator.workspace_id, name="env")
        raise httpx.ReadTimeout("answer lost", request=request)  # ...but the answer never arrives

    with respx.mock(assert_all_called=False) as mock:
        mock.post(url__regex=r".*/tag-keys$").mock(side_effect=lose_the_answer)
        mock.route().pass_through()
        created = p.create(inputs)
    assert len(posts) == 1
    assert [k["id"] for k in out_of_band.get(KEYS).json()] == [created.id]


def test_create_is_one_post(langsmith_emulator):
    p = provider(langsmith_emulator)
    inputs = checked(p, key="env")
    langsmith_emulator.clear_log()
    p.create(inputs)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [("POST", KEYS)]
