"""`Tagging` against the emulator: one POST to tag, read among the resource's tags, gone when the value or the
resource is, and the same tag on the same resource made elsewhere refused unless adopted."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError, NotFoundError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.typed import TaggingProvider

KEYS = "/api/v1/workspaces/current/tag-keys"


@pytest.fixture
def prod(out_of_band) -> dict:
    """A tag value env=prod and a project."""
    key = out_of_band.post(KEYS, json={"key": "env"}).json()
    value = out_of_band.post(f"{KEYS}/{key['id']}/tag-values", json={"value": "prod"}).json()
    project = out_of_band.post("/api/v1/sessions", json={"name": "tagged"}).json()
    return {"key": key["id"], "value": value["id"], "project": project["id"]}


def checked(p: TaggingProvider, **inputs) -> dict:
    result = p.check({}, {"__provider": "p", OWNER_KEY: "proj/dev/Tagging/t", **inputs})
    assert result.failures == []
    return result.inputs


def tagging(prod: dict, **extra) -> dict:
    return {"tag_value_id": prod["value"], "resource_type": "project", "resource_id": prod["project"], **extra}


def test_tagging_takes_one_post_and_is_read_among_the_resources_tags(langsmith_emulator, prod):
    p = configure(TaggingProvider(), langsmith_emulator)
    inputs = checked(p, **tagging(prod))
    langsmith_emulator.clear_log()
    created = p.create(inputs)
    assert [(r.method, r.path) for r in langsmith_emulator.requests] == [
        ("POST", "/api/v1/workspaces/current/taggings")
    ]
    read = p.read(created.id, created.outs)
    assert read.id == created.id and read.inputs["resource_id"] == prod["project"]


def test_every_change_replaces(langsmith_emulator, prod):
    p = configure(TaggingProvider(), langsmith_emulator)
    created = p.create(checked(p, **tagging(prod)))
    other = checked(p, **tagging(prod, resource_type="dataset"))
    diff = p.diff(created.id, created.outs, other)
    assert diff.replaces == ["resource_type"] and diff.delete_before_replace is False


def test_tagging_is_gone_when_its_value_or_project_is(langsmith_emulator, out_of_band, prod):
    p = configure(TaggingProvider(), langsmith_emulator)
    created = p.create(checked(p, **tagging(prod)))
    out_of_band.delete(f"/api/v1/sessions/{prod['project']}")
    assert not p.read(created.id, created.outs).id
    p.delete(created.id, created.outs)  # already gone: no error


def test_tagging_a_missing_project_fails(langsmith_emulator, prod):
    p = configure(TaggingProvider(), langsmith_emulator)
    with pytest.raises(NotFoundError):
        p.create(checked(p, **tagging(prod, resource_id="00000000-0000-4000-8000-000000000009")))


def test_same_tagging_made_elsewhere_is_refused_then_adopted(langsmith_emulator, out_of_band, prod):
    theirs = out_of_band.post("/api/v1/workspaces/current/taggings", json=tagging(prod)).json()
    p = configure(TaggingProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError):
        p.create(checked(p, **tagging(prod)))
    assert p.create(checked(p, **tagging(prod, adopt_existing=True))).id == theirs["id"]


def test_a_tag_values_composite_id_names_the_value(langsmith_emulator, prod):
    p = configure(TaggingProvider(), langsmith_emulator)
    inputs = checked(p, **tagging(prod, tag_value_id=f"{prod['key']}/{prod['value']}"))
    assert inputs["tag_value_id"] == prod["value"]
    assert p.create(inputs).outs["tag_value_id"] == prod["value"]
