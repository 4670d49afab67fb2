"""`DatasetShare`: the share token is a secret output; someone else's share is refused, then adopted; destroy unshares."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import DatasetShareProvider


def checked(provider, inputs):
    result = provider.check({}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def test_share_token_is_the_live_token_and_destroy_unshares(langsmith_emulator, out_of_band):
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "public"}).json()["id"]
    provider = configure(DatasetShareProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"dataset_id": dataset_id}))
    live = out_of_band.get(f"/api/v1/datasets/{dataset_id}/share").json()
    assert created.id == dataset_id
    assert created.outs["share_token"]["value"] == live["share_token"]
    provider.delete(created.id, created.outs)
    assert out_of_band.get(f"/api/v1/datasets/{dataset_id}/share").json() is None


def test_a_share_made_by_hand_is_refused_then_adopted(langsmith_emulator, out_of_band):
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "by hand"}).json()["id"]
    token = out_of_band.put(f"/api/v1/datasets/{dataset_id}/share").json()["share_token"]
    provider = configure(DatasetShareProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError):
        provider.create(checked(provider, {"dataset_id": dataset_id}))
    adopted = provider.create(checked(provider, {"dataset_id": dataset_id, "adopt_existing": True}))
    assert adopted.outs["share_token"]["value"] == token
