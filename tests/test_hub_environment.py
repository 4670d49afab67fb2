"""`HubEnvironment`: one environment list per workspace. Create POSTs it; when the workspace has one, the 409
adopts it and one PATCH sets the program's list; update PATCHes the whole list; destroy deletes the record."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.resources import HubEnvironmentProvider

OWNER = "test/stack/HubEnvironment/envs"


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", "__identity": OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def envs(langsmith_emulator):
    return configure(HubEnvironmentProvider(), langsmith_emulator)


def writes(emulator):
    return [(r.method, r.path.rsplit("/", 1)[0] if r.method != "POST" else r.path) for r in emulator.writes()]


def live(out_of_band):
    return out_of_band.get("/api/v1/hub/environments")


def test_create_is_one_post_and_destroy_deletes_the_record(envs, langsmith_emulator, out_of_band):
    created = envs.create(checked(envs, {"environments": ["dev", "prod"]}))
    assert writes(langsmith_emulator) == [("POST", "/api/v1/hub/environments")]
    assert live(out_of_band).json() == {"id": created.id, "environments": [{"name": "dev"}, {"name": "prod"}]}
    envs.delete(created.id, created.outs)
    assert live(out_of_band).status_code == 404


def test_an_existing_list_is_adopted_and_set_to_the_programs(envs, langsmith_emulator, out_of_band):
    theirs = out_of_band.post("/api/v1/hub/environments", json={"environments": [{"name": "qa"}]}).json()
    langsmith_emulator.clear_log()
    created = envs.create(checked(envs, {"environments": ["dev", "staging", "prod"]}))
    assert created.id == theirs["id"]
    assert writes(langsmith_emulator) == [("POST", "/api/v1/hub/environments"), ("PATCH", "/api/v1/hub/environments")]
    assert [e["name"] for e in live(out_of_band).json()["environments"]] == ["dev", "staging", "prod"]


def test_a_list_deleted_and_remade_out_of_band_is_not_ours(envs, out_of_band):
    created = envs.create(checked(envs, {"environments": ["dev"]}))
    out_of_band.delete(f"/api/v1/hub/environments/{created.id}")
    out_of_band.post("/api/v1/hub/environments", json={"environments": [{"name": "qa"}]})
    assert envs.read(created.id, created.outs).id is None
