"""`DatasetVersionTag`: pins a version, shows a tag moved out of band, and destroy forgets it."""

from __future__ import annotations

import logging

import pytest
from conftest import configure
from pulumi_langsmith.resources import DatasetVersionTagProvider


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def test_tag_pins_the_latest_version_and_a_move_out_of_band_is_drift(langsmith_emulator, out_of_band):
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "tagged"}).json()["id"]
    out_of_band.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"q": "one"}})
    provider = configure(DatasetVersionTagProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "tag": "prod"})
    created = provider.create(inputs)
    pinned = created.outs["version_as_of"]
    assert out_of_band.get(f"/api/v1/datasets/{dataset_id}/version", params={"tag": "prod"}).json()["as_of"] == pinned

    out_of_band.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"q": "two"}})
    read = provider.read(created.id, created.outs)
    assert read.inputs["as_of"] == "latest" and provider.diff(created.id, read.outs, inputs).changes is False

    out_of_band.put(f"/api/v1/datasets/{dataset_id}/tags", json={"as_of": "latest", "tag": "prod"})
    moved = provider.read(created.id, read.outs)
    assert moved.inputs["as_of"] != "latest"
    assert provider.diff(created.id, moved.outs, inputs).changes is True


def test_destroy_forgets_the_tag_with_a_warning(langsmith_emulator, out_of_band, caplog):
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "kept"}).json()["id"]
    provider = configure(DatasetVersionTagProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"dataset_id": dataset_id, "tag": "prod"}))
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        provider.delete(created.id, created.outs)
    assert "forgets" in caplog.text
    assert out_of_band.get(f"/api/v1/datasets/{dataset_id}/version", params={"tag": "prod"}).status_code == 200


def test_get_dataset_returns_the_version_a_tag_names(langsmith_emulator, out_of_band):
    from pulumi_langsmith import get_dataset
    from pulumi_langsmith.config import ProviderSettings
    from pulumi_langsmith.errors import NotFoundError

    settings = ProviderSettings(api_key=langsmith_emulator.api_key, endpoint=langsmith_emulator.base_url)
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "looked up"}).json()["id"]
    out_of_band.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"q": "one"}})
    pinned = out_of_band.put(f"/api/v1/datasets/{dataset_id}/tags", json={"as_of": "latest", "tag": "prod"}).json()
    out_of_band.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"q": "two"}})

    found = get_dataset(name="looked up", tag="prod", settings=settings)
    assert found["id"] == dataset_id and found["version"]["as_of"] == pinned["as_of"]
    assert get_dataset(name="looked up", settings=settings)["version"]["as_of"] > pinned["as_of"]
    with pytest.raises(NotFoundError):
        get_dataset(name="looked up", tag="nowhere", settings=settings)
