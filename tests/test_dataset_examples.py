"""`DatasetExamples`: a golden set from a file, as one resource: small state, bulk writes of the difference only,
check failures naming `path`, drift found by refresh, and retried creates that never duplicate."""

from __future__ import annotations

import json
import time

import pytest
from conftest import configure
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.resources import DatasetExamplesProvider

OWNER = "tests/dev/DatasetExamples/golden"


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def golden(n, start=0):
    return [
        {"id": f"q{i}", "inputs": {"question": f"{i} + {i}?"}, "outputs": {"answer": str(2 * i)}}
        for i in range(start, n)
    ]


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", OWNER_KEY: OWNER, **inputs})
    assert result.failures == [], [(f.property, f.reason) for f in result.failures]
    return result.inputs


def failures(provider, inputs):
    result = provider.check({}, {"__provider": "p", OWNER_KEY: OWNER, **inputs})
    return [(f.property, f.reason) for f in result.failures]


def live(out_of_band, dataset_id):
    examples, offset = [], 0
    while page := out_of_band.get("/api/v1/examples", params={"dataset": dataset_id, "offset": offset}).json():
        examples += page
        offset += len(page)
    return examples


def calls(emulator):
    return [(r.method, r.path.removeprefix("/api")) for r in emulator.requests]


@pytest.fixture
def dataset_id(out_of_band):
    return out_of_band.post("/api/v1/datasets", json={"name": "golden set"}).json()["id"]


def test_five_thousand_rows_are_one_bulk_create_and_an_edit_sends_only_the_difference(
    langsmith_emulator, out_of_band, dataset_id, tmp_path
):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    rows = golden(5000)
    inputs = checked(provider, {"dataset_id": dataset_id, "path": write_jsonl(tmp_path / "golden.jsonl", rows)})
    langsmith_emulator.clear_log()
    started = time.perf_counter()
    created = provider.create(inputs)
    seconds = time.perf_counter() - started
    assert calls(langsmith_emulator) == [("POST", "/v1/examples/bulk")], seconds
    assert created.outs["row_count"] == 5000 and len(live(out_of_band, dataset_id)) == 5000
    # State holds a 16-hex digest per row id, never the rows themselves.
    assert "question" not in json.dumps(created.outs)
    assert provider.diff(created.id, created.outs, inputs).changes is False

    rows[7] = {**rows[7], "outputs": {"answer": "fourteen"}}
    edited = [*rows[:10], *rows[11:], {"id": "new", "inputs": {"question": "?"}}]
    news = checked(provider, {**inputs, "path": write_jsonl(tmp_path / "golden.jsonl", edited)}, olds=inputs)
    assert news == inputs  # the same path: diff reads the file again
    assert provider.diff(created.id, created.outs, news).changes is True
    langsmith_emulator.clear_log()
    updated = provider.update(created.id, created.outs, news)
    assert calls(langsmith_emulator) == [
        ("POST", "/v1/examples/bulk"),  # the new row
        ("GET", "/v1/examples"),  # the changed row's live splits (a PATCH of metadata replaces them)
        ("PATCH", "/v1/examples/bulk"),  # the changed row
        ("DELETE", "/v1/examples"),  # the dropped row
    ]
    assert updated.outs["row_count"] == 5000
    examples = {json.dumps(e["inputs"]): e for e in live(out_of_band, dataset_id)}
    assert examples[json.dumps({"question": "7 + 7?"})]["outputs"] == {"answer": "fourteen"}
    assert json.dumps({"question": "10 + 10?"}) not in examples
    assert provider.diff(created.id, updated.outs, news).changes is False


def test_refresh_finds_examples_changed_or_deleted_out_of_band_and_the_update_writes_them_back(
    langsmith_emulator, out_of_band, dataset_id, tmp_path
):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "path": write_jsonl(tmp_path / "g.jsonl", golden(3))})
    created = provider.create(inputs)
    by_question = {e["inputs"]["question"]: e["id"] for e in live(out_of_band, dataset_id)}
    out_of_band.patch(f"/api/v1/examples/{by_question['0 + 0?']}", json={"outputs": {"answer": "wrong"}})
    out_of_band.delete(f"/api/v1/examples/{by_question['1 + 1?']}")

    read = provider.read(created.id, created.outs)
    assert read.id == created.id and read.outs["row_count"] == 2
    assert provider.diff(created.id, read.outs, inputs).changes is True
    updated = provider.update(created.id, read.outs, inputs)

    restored = {e["inputs"]["question"]: e for e in live(out_of_band, dataset_id)}
    assert sorted(restored) == ["0 + 0?", "1 + 1?", "2 + 2?"]
    assert restored["0 + 0?"]["outputs"] == {"answer": "0"}
    assert restored["1 + 1?"]["id"] != by_question["1 + 1?"]  # a deleted example's id is never reused
    again = provider.read(created.id, updated.outs)
    assert provider.diff(created.id, again.outs, inputs).changes is False


def test_a_retried_create_finds_its_examples_instead_of_duplicating_them(
    langsmith_emulator, out_of_band, dataset_id, tmp_path
):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "path": write_jsonl(tmp_path / "g.jsonl", golden(4))})
    first = provider.create(inputs)  # its answer lost: the CLI retries the create
    second = provider.create(inputs)
    assert second.id == first.id and second.outs["content_sha256"] == first.outs["content_sha256"]
    assert len(live(out_of_band, dataset_id)) == 4


def test_destroy_deletes_every_example_it_made_and_keeps_the_others(
    langsmith_emulator, out_of_band, dataset_id, tmp_path
):
    out_of_band.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"q": "by hand"}})
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "path": write_jsonl(tmp_path / "g.jsonl", golden(250))})
    created = provider.create(inputs)
    provider.delete(created.id, created.outs)
    assert [e["inputs"] for e in live(out_of_band, dataset_id)] == [{"q": "by hand"}]
    assert provider.read(created.id, created.outs).id is None


def test_reformatting_the_file_is_no_change(langsmith_emulator, dataset_id, tmp_path):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    path = write_jsonl(tmp_path / "g.jsonl", golden(3))
    inputs = checked(provider, {"dataset_id": dataset_id, "path": path})
    created = provider.create(inputs)
    (tmp_path / "g.jsonl").write_text("\n\n".join(json.dumps(r, indent=None, sort_keys=True) for r in golden(3)))
    assert provider.diff(created.id, created.outs, inputs).changes is False


def test_a_csv_file_with_output_and_metadata_columns(langsmith_emulator, out_of_band, dataset_id, tmp_path):
    (tmp_path / "g.csv").write_text("id,question,answer,source\nq1,2 + 2?,4,book\nq2,3 + 3?,6,\n")
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    inputs = checked(
        provider,
        {
            "dataset_id": dataset_id,
            "path": str(tmp_path / "g.csv"),
            "output_columns": ["answer"],
            "metadata_columns": ["source"],
        },
    )
    provider.create(inputs)
    examples = sorted(live(out_of_band, dataset_id), key=lambda e: e["inputs"]["question"])
    assert [(e["inputs"], e["outputs"]) for e in examples] == [
        ({"question": "2 + 2?"}, {"answer": "4"}),
        ({"question": "3 + 3?"}, {"answer": "6"}),
    ]
    assert examples[0]["metadata"]["source"] == "book"


def test_an_edit_keeps_the_split_membership_of_its_examples(langsmith_emulator, out_of_band, dataset_id, tmp_path):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    inputs = checked(provider, {"dataset_id": dataset_id, "path": write_jsonl(tmp_path / "g.jsonl", golden(2))})
    created = provider.create(inputs)
    ids = [e["id"] for e in live(out_of_band, dataset_id)]
    out_of_band.put(f"/api/v1/datasets/{dataset_id}/splits", json={"split_name": "hard", "examples": ids})

    edited = [{**r, "metadata": {"reviewed": True}} for r in golden(2)]
    write_jsonl(tmp_path / "g.jsonl", edited)
    provider.update(created.id, provider.read(created.id, created.outs).outs, inputs)
    hard = out_of_band.get("/api/v1/examples", params={"dataset": dataset_id, "splits": ["hard"]}).json()
    assert sorted(e["id"] for e in hard) == sorted(ids)
    assert all(e["metadata"]["reviewed"] for e in hard)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no file"),
        ('{"id": "a", "inputs": {"q": 1}}\n{"id": "b", "inputs": \n', "line 2: not JSON"),
        ('{"id": "a", "outputs": {"a": 1}}\n', "line 1: the row has no inputs"),
        ('{"id": "a", "inputs": {"q": 1}}\n{"id": "a", "inputs": {"q": 2}}\n', "same `id` 'a'"),
        ('{"inputs": {"q": 1}}\n{"inputs": {"q": 1}}\n', "same inputs"),
        ('{"id": "a", "inputs": {"q": 1}, "expected": 2}\n', "unknown keys ['expected']"),
        ("", "has no rows"),
    ],
)
def test_a_bad_file_fails_check_naming_path_without_a_request(langsmith_emulator, tmp_path, content, reason):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    path = tmp_path / "bad.jsonl"
    if content is not None:
        path.write_text(content)
    langsmith_emulator.clear_log()
    found = failures(provider, {"dataset_id": "00000000-0000-4000-8000-000000000001", "path": str(path)})
    assert [p for p, _ in found] == ["path"] and reason in found[0][1], found
    assert langsmith_emulator.requests == []


def test_a_path_without_a_known_extension_needs_a_format(langsmith_emulator, tmp_path):
    provider = configure(DatasetExamplesProvider(), langsmith_emulator)
    (tmp_path / "golden.txt").write_text('{"inputs": {"q": 1}}\n')
    inputs = {"dataset_id": "00000000-0000-4000-8000-000000000001", "path": str(tmp_path / "golden.txt")}
    assert [p for p, _ in failures(provider, inputs)] == ["path"]
    assert failures(provider, {**inputs, "format": "jsonl"}) == []
