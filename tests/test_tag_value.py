"""`TagValue` against the emulator: a child of its key (composite id, the key in the path and not the body), its own
id as an output, a new key replaces it, and deleting the key takes the value with it."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.typed import TagValueProvider

KEYS = "/api/v1/workspaces/current/tag-keys"


def checked(p: TagValueProvider, **inputs) -> dict:
    result = p.check({}, {"__provider": "p", OWNER_KEY: "proj/dev/TagValue/prod", **inputs})
    assert result.failures == []
    return result.inputs


def test_value_id_is_composite_and_its_own_id_is_an_output(langsmith_emulator, out_of_band):
    key = out_of_band.post(KEYS, json={"key": "env"}).json()
    p = configure(TagValueProvider(), langsmith_emulator)
    created = p.create(checked(p, tag_key_id=key["id"], value="prod"))
    own = created.outs["tag_value_id"]
    assert created.id == f"{key['id']}/{own}"
    assert out_of_band.get(f"{KEYS}/{key['id']}/tag-values/{own}").json()["value"] == "prod"


def test_another_key_replaces_the_value(langsmith_emulator, out_of_band):
    env, stage = (out_of_band.post(KEYS, json={"key": k}).json()["id"] for k in ("env", "stage"))
    p = configure(TagValueProvider(), langsmith_emulator)
    created = p.create(checked(p, tag_key_id=env, value="prod"))
    diff = p.diff(created.id, created.outs, checked(p, tag_key_id=stage, value="prod"))
    assert diff.replaces == ["tag_key_id"]


def test_deleting_the_key_drops_the_value_on_refresh(langsmith_emulator, out_of_band):
    key = out_of_band.post(KEYS, json={"key": "env"}).json()
    p = configure(TagValueProvider(), langsmith_emulator)
    created = p.create(checked(p, tag_key_id=key["id"], value="prod"))
    out_of_band.delete(f"{KEYS}/{key['id']}")
    assert not p.read(created.id, created.outs).id


def test_get_tag_value_finds_a_value_by_key_and_value(langsmith_emulator, out_of_band):
    from pulumi_langsmith import NotFoundError, get_tag_value
    from pulumi_langsmith.config import resolve_settings

    settings = resolve_settings(
        environ={"LANGSMITH_API_KEY": langsmith_emulator.api_key, "LANGSMITH_ENDPOINT": langsmith_emulator.base_url}
    )
    key = out_of_band.post(KEYS, json={"key": "env"}).json()
    prod = out_of_band.post(f"{KEYS}/{key['id']}/tag-values", json={"value": "prod"}).json()
    found = get_tag_value(key="env", value="prod", settings=settings)
    assert (found["id"], found["tag_key_id"], found["key"]) == (prod["id"], key["id"], "env")
    with pytest.raises(NotFoundError, match="no value 'dev'"):
        get_tag_value(key="env", value="dev", settings=settings)
    with pytest.raises(NotFoundError, match="no tag key 'team'"):
        get_tag_value(key="team", value="ml", settings=settings)
