"""`BulkExport`: destroy cancels it, a cancellation out of band drops it, and an identical export is not duplicated."""

from __future__ import annotations

import pytest
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.resources import BulkExportProvider


def checked(provider, inputs, olds=None):
    result = provider.check(olds or {}, {"__provider": "p", **inputs})
    assert result.failures == [], result.failures
    return result.inputs


@pytest.fixture
def target(out_of_band):
    destination = out_of_band.post(
        "/api/v1/bulk-exports/destinations", json={"display_name": "warehouse", "config": {"bucket_name": "wh-bucket"}}
    ).json()
    project = out_of_band.post("/api/v1/sessions", json={"name": "exported"}).json()
    return {"bulk_export_destination_id": destination["id"], "session_id": project["id"]}


def test_scheduled_export_is_cancelled_by_destroy(langsmith_emulator, out_of_band, target):
    provider = configure(BulkExportProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {**target, "start_time": "2026-01-01T00:00:00Z", "interval_hours": 6}))
    assert created.outs["status"] == "IntervalScheduled"

    provider.delete(created.id, created.outs)
    assert out_of_band.get(f"/api/v1/bulk-exports/{created.id}").json()["status"] == "Cancelled"
    provider.delete(created.id, created.outs)  # cancelling again is harmless


def test_one_off_export_and_a_time_written_another_way_is_no_change(langsmith_emulator, target):
    provider = configure(BulkExportProvider(), langsmith_emulator)
    inputs = checked(
        provider, {**target, "start_time": "2026-01-01T01:00:00+01:00", "end_time": "2026-01-02T00:00:00+00:00"}
    )
    created = provider.create(inputs)
    assert created.outs["status"] == "Created"
    read = provider.read(created.id, created.outs)
    assert read.inputs["start_time"] == "2026-01-01T01:00:00+01:00"
    assert provider.diff(created.id, read.outs, inputs).changes is False


def test_cancelled_out_of_band_is_dropped_by_refresh(langsmith_emulator, out_of_band, target):
    provider = configure(BulkExportProvider(), langsmith_emulator)
    created = provider.create(checked(provider, {**target, "start_time": "2026-01-01T00:00:00Z", "interval_hours": 6}))
    out_of_band.patch(f"/api/v1/bulk-exports/{created.id}", json={"status": "Cancelled"})
    assert not provider.read(created.id, created.outs).id


def test_an_identical_live_export_is_refused_and_a_cancelled_one_is_not(langsmith_emulator, out_of_band, target):
    body = {**target, "start_time": "2026-01-01T00:00:00Z", "interval_hours": 6}
    theirs = out_of_band.post("/api/v1/bulk-exports", json=body).json()
    provider = configure(BulkExportProvider(), langsmith_emulator)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        provider.create(checked(provider, body))

    out_of_band.patch(f"/api/v1/bulk-exports/{theirs['id']}", json={"status": "Cancelled"})
    created = provider.create(checked(provider, body))
    assert created.id != theirs["id"]
    live = [e for e in out_of_band.get("/api/v1/bulk-exports").json() if e["status"] != "Cancelled"]
    assert [e["id"] for e in live] == [created.id]


def test_exporting_nothing_or_backwards_in_time_is_refused_at_preview(langsmith_emulator, target):
    provider = configure(BulkExportProvider(), langsmith_emulator)
    nothing = {"bulk_export_destination_id": target["bulk_export_destination_id"], "start_time": "2026-01-01T00:00:00Z"}
    assert [f.property for f in provider.check({}, nothing).failures] == ["session_id"]
    backwards = {**target, "start_time": "2026-01-02T00:00:00Z", "end_time": "2026-01-01T00:00:00Z"}
    assert [f.property for f in provider.check({}, backwards).failures] == ["end_time"]
