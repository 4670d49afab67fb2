"""`Example`: each write is a dataset version; split membership (`metadata.dataset_split`) is not ours."""

from __future__ import annotations

from conftest import configure
from pulumi_langsmith.resources import ExampleProvider


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def dataset(out_of_band, name="golden"):
    return out_of_band.post("/api/v1/datasets", json={"name": name}).json()["id"]


def test_each_write_is_a_new_dataset_version(langsmith_emulator, out_of_band):
    dataset_id = dataset(out_of_band)
    provider = configure(ExampleProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "inputs": {"q": "2+2"}, "outputs": {"a": "4"}})
    created = provider.create(inputs)
    first = out_of_band.get(f"/api/v1/datasets/{dataset_id}/version").json()["as_of"]

    news = checked(provider, {**inputs, "outputs": {"a": "four"}}, olds=inputs)
    provider.update(created.id, created.outs, news)
    versions = out_of_band.get(f"/api/v1/datasets/{dataset_id}/versions").json()
    assert versions[1]["as_of"] == first and versions[0]["as_of"] > first

    then = out_of_band.get(f"/api/v1/examples/{created.id}", params={"as_of": first}).json()
    assert then["outputs"] == {"a": "4"}
    provider.delete(created.id, created.outs)
    assert out_of_band.get("/api/v1/examples", params={"dataset": dataset_id}).json() == []
    assert len(out_of_band.get("/api/v1/examples", params={"dataset": dataset_id, "as_of": first}).json()) == 1


def test_split_membership_is_neither_shown_nor_overwritten(langsmith_emulator, out_of_band):
    dataset_id = dataset(out_of_band)
    provider = configure(ExampleProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "inputs": {"q": "hi"}, "metadata": {"team": "qa"}})
    created = provider.create(inputs)
    out_of_band.put(f"/api/v1/datasets/{dataset_id}/splits", json={"split_name": "hard", "examples": [created.id]})

    read = provider.read(created.id, created.outs)
    assert read.inputs["metadata"] == {"team": "qa"}
    assert provider.diff(created.id, read.outs, inputs).changes is False

    news = checked(provider, {**inputs, "metadata": {"team": "evals"}}, olds=inputs)
    provider.update(created.id, read.outs, news)
    live = out_of_band.get(f"/api/v1/examples/{created.id}").json()
    assert live["metadata"] == {"team": "evals", "dataset_split": ["base", "hard"]}


def test_examples_go_with_their_dataset(langsmith_emulator, out_of_band):
    dataset_id = dataset(out_of_band)
    provider = configure(ExampleProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"dataset_id": dataset_id, "inputs": {"q": "hi"}}))
    assert out_of_band.get(f"/api/v1/datasets/{dataset_id}").json()["example_count"] == 1
    out_of_band.delete(f"/api/v1/datasets/{dataset_id}")
    assert not provider.read(created.id, created.outs).id


def test_a_retried_create_finds_its_own_example(langsmith_emulator, out_of_band):
    dataset_id = dataset(out_of_band)
    provider = configure(ExampleProvider(), langsmith_emulator)
    inputs = checked(provider, {"__identity": "p/s/Example/one", "dataset_id": dataset_id, "inputs": {"q": "hi"}})
    first = provider.create(inputs)
    again = provider.create(inputs)
    assert again.id == first.id
    assert len(out_of_band.get("/api/v1/examples", params={"dataset": dataset_id}).json()) == 1
