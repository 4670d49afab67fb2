"""`RepoOwner`: an organisation member made an owner of a prompt by email, removed by identity_id in a DELETE
body; someone who is an owner already is adopted only with `adopt_existing`; a non-member is refused."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.emulator.families.access import principals
from pulumi_langsmith.errors import NotFoundError
from pulumi_langsmith.resources import RepoOwnerProvider

OWNER = "test/stack/RepoOwner/alice"


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", "__identity": OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


@pytest.fixture
def owners(langsmith_emulator, out_of_band):
    out_of_band.post("/api/v1/repos", json={"repo_handle": "joke", "is_public": False})
    store, org = langsmith_emulator.server.store, langsmith_emulator.organization_id
    user = principals.ensure_user(store, "alice@example.com")
    principals.add_org_member(store, org, user["id"], principals.role_id_of(org, "ORGANIZATION_USER"))
    return configure(RepoOwnerProvider(), langsmith_emulator)


def listed(out_of_band):
    return out_of_band.get("/api/v1/repos/-/joke/owners").json()["owners"]


def test_create_adds_by_email_and_delete_removes_by_identity_in_the_body(owners, langsmith_emulator, out_of_band):
    created = owners.create(checked(owners, {"repo_handle": "joke", "email": " Alice@Example.com "}))
    [owner] = listed(out_of_band)
    assert created.outs["identity_id"] == owner["identity_id"] and created.id == f"-/joke/{owner['identity_id']}"
    assert owners.read(created.id, created.outs).inputs["email"] == "alice@example.com"
    langsmith_emulator.clear_log()
    owners.delete(created.id, created.outs)
    [delete] = langsmith_emulator.writes()
    assert (delete.method, delete.path) == ("DELETE", "/api/v1/repos/-/joke/owners")
    assert listed(out_of_band) == []


def test_an_existing_owner_is_refused_then_adopted(owners, out_of_band):
    out_of_band.post("/api/v1/repos/-/joke/owners", json={"email": "alice@example.com"})
    inputs = {"repo_handle": "joke", "email": "alice@example.com"}
    with pytest.raises(Exception, match="adopt_existing"):
        owners.create(checked(owners, inputs))
    adopted = owners.create(checked(owners, {**inputs, "adopt_existing": True}))
    assert adopted.outs["identity_id"] == listed(out_of_band)[0]["identity_id"]


def test_someone_outside_the_organisation_is_refused(owners):
    with pytest.raises(NotFoundError):
        owners.create(checked(owners, {"repo_handle": "joke", "email": "stranger@example.com"}))


def test_an_owner_removed_out_of_band_is_gone_on_refresh(owners, out_of_band):
    created = owners.create(checked(owners, {"repo_handle": "joke", "email": "alice@example.com"}))
    out_of_band.request("DELETE", "/api/v1/repos/-/joke/owners", json={"identity_id": created.outs["identity_id"]})
    assert owners.read(created.id, created.outs).id is None
