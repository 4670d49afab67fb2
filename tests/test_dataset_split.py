"""`DatasetSplit`: membership read through the examples, changed by deltas, removed whole by destroy."""

from __future__ import annotations

from conftest import configure
from pulumi_langsmith.resources import DatasetSplitProvider, ExampleProvider


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


def dataset_with_examples(out_of_band, count=3):
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "split me"}).json()["id"]
    ids = [
        out_of_band.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"n": n}}).json()["id"]
        for n in range(count)
    ]
    return dataset_id, ids


def in_split(out_of_band, dataset_id, split):
    listed = out_of_band.get("/api/v1/examples", params={"dataset": dataset_id, "splits": [split]}).json()
    return sorted(e["id"] for e in listed)


def writes(emulator):
    return [(r.method, r.path.removeprefix("/api")) for r in emulator.writes()]


def test_listing_the_same_examples_in_another_order_is_no_change(langsmith_emulator, out_of_band):
    dataset_id, ids = dataset_with_examples(out_of_band)
    provider = configure(DatasetSplitProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "split_name": "test", "example_ids": ids})
    created = provider.create(inputs)
    assert in_split(out_of_band, dataset_id, "test") == sorted(ids)

    reordered = checked(provider, {**inputs, "example_ids": list(reversed(ids))}, olds=inputs)
    assert provider.diff(created.id, provider.read(created.id, created.outs).outs, reordered).changes is False


def test_an_update_adds_and_removes_the_difference_in_one_put_each(langsmith_emulator, out_of_band):
    dataset_id, ids = dataset_with_examples(out_of_band)
    provider = configure(DatasetSplitProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "split_name": "test", "example_ids": ids[:2]})
    created = provider.create(inputs)

    langsmith_emulator.clear_log()
    news = checked(provider, {**inputs, "example_ids": ids[1:]}, olds=inputs)
    provider.update(created.id, created.outs, news)
    assert writes(langsmith_emulator) == [("PUT", f"/v1/datasets/{dataset_id}/splits")] * 2
    assert in_split(out_of_band, dataset_id, "test") == sorted(ids[1:])


def test_members_added_by_hand_are_drift_and_the_next_update_takes_them_out(langsmith_emulator, out_of_band):
    dataset_id, ids = dataset_with_examples(out_of_band)
    provider = configure(DatasetSplitProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "split_name": "test", "example_ids": ids[:1]})
    created = provider.create(inputs)
    out_of_band.put(f"/api/v1/datasets/{dataset_id}/splits", json={"split_name": "test", "examples": ids[1:]})

    read = provider.read(created.id, created.outs)
    assert sorted(read.inputs["example_ids"]) == sorted(ids)
    assert provider.diff(created.id, read.outs, inputs).changes is True
    provider.update(created.id, read.outs, inputs)
    assert in_split(out_of_band, dataset_id, "test") == ids[:1]


def test_a_member_deleted_out_of_band_does_not_block_the_update(langsmith_emulator, out_of_band):
    dataset_id, ids = dataset_with_examples(out_of_band)
    provider = configure(DatasetSplitProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "split_name": "test", "example_ids": ids})
    created = provider.create(inputs)
    out_of_band.delete(f"/api/v1/examples/{ids[0]}")

    news = checked(provider, {**inputs, "example_ids": ids[2:]}, olds=inputs)
    provider.update(created.id, created.outs, news)  # state still lists the deleted example
    assert in_split(out_of_band, dataset_id, "test") == ids[2:]


def test_destroy_takes_every_example_out_of_the_split_and_keeps_the_examples(langsmith_emulator, out_of_band):
    dataset_id, ids = dataset_with_examples(out_of_band)
    provider = configure(DatasetSplitProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {"dataset_id": dataset_id, "split_name": "test", "example_ids": ids}))
    provider.delete(created.id, created.outs)

    assert "test" not in out_of_band.get(f"/api/v1/datasets/{dataset_id}/splits").json()
    assert len(out_of_band.get("/api/v1/examples", params={"dataset": dataset_id}).json()) == 3


def test_an_example_resource_updating_metadata_keeps_the_split(langsmith_emulator, out_of_band):
    dataset_id = out_of_band.post("/api/v1/datasets", json={"name": "both"}).json()["id"]
    examples = configure(ExampleProvider(), langsmith_emulator)
    example_inputs = checked(examples, {"dataset_id": dataset_id, "inputs": {"q": "?"}, "metadata": {"a": 1}})
    example = examples.create(example_inputs)
    splits = configure(DatasetSplitProvider(), langsmith_emulator)
    splits.create(checked(splits, {"dataset_id": dataset_id, "split_name": "hard", "example_ids": [example.id]}))

    changed = checked(examples, {**example_inputs, "metadata": {"a": 2}}, olds=example_inputs)
    examples.update(example.id, example.outs, changed)
    assert in_split(out_of_band, dataset_id, "hard") == [example.id]


def test_an_example_listed_twice_fails_check(langsmith_emulator):
    provider = configure(DatasetSplitProvider(), langsmith_emulator)
    same = "00000000-0000-4000-8000-000000000001"
    result = provider.check(
        {},
        {
            "__provider": "p",
            "dataset_id": "00000000-0000-4000-8000-000000000002",
            "split_name": "test",
            "example_ids": [same, same],
        },
    )
    assert [f.property for f in result.failures] == ["example_ids"]
