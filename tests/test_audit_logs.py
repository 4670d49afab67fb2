"""Audit logs: the emulator records who changed what and when; `list_audit_logs` reads them; `drift` names who."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from pulumi_langsmith import list_audit_logs
from pulumi_langsmith.config import ProviderSettings
from pulumi_langsmith.drift import DriftedResource, DriftReport, FieldChange, attribute, last_changes
from pulumi_langsmith.errors import ForbiddenError

EVER = {"start_time": "2000-01-01T00:00:00Z", "end_time": "2100-01-01T00:00:00Z"}


def settings_for(emulator, key: str | None = None) -> ProviderSettings:
    return ProviderSettings(api_key=key or emulator.api_key, endpoint=emulator.base_url)


def service_key(out_of_band, emulator) -> dict:
    """A new organisation-admin key of its own (its id is what the audit log names)."""
    return out_of_band.post(
        "/api/v1/orgs/current/service-keys",
        json={"description": "the hand that edits", "expires_at": "2099-01-01T00:00:00Z"},
    ).json()


def test_a_write_is_recorded_with_the_key_the_object_and_the_time(langsmith_emulator, out_of_band):
    key = service_key(out_of_band, langsmith_emulator)
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    dataset = out_of_band.post("/api/v1/datasets", json={"name": "audited"}).json()
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key["key"]}) as editor:
        editor.patch(f"/api/v1/datasets/{dataset['id']}", json={"description": "by hand"}).raise_for_status()
    out_of_band.get(f"/api/v1/datasets/{dataset['id']}")  # reads are not audited

    events = list_audit_logs(settings=settings_for(langsmith_emulator), **EVER)
    *_, created, updated = events
    assert created["api"]["operation"] == "create_dataset" and created["resources"] == [{"uid": dataset["id"]}]
    assert updated["api"]["operation"] == "update_dataset"
    assert updated["actor"]["user"]["credential_uid"] == key["id"]
    assert updated["http_request"] == {"http_method": "PATCH", "url": {"path": f"/api/v1/datasets/{dataset['id']}"}}
    assert updated["unmapped"]["original_audit_log"]["enrichments"]["resource_ids"] == [dataset["id"]]
    assert datetime.fromtimestamp(updated["time"] / 1000, tz=timezone.utc) >= before


def test_lookup_filters_by_time_and_operation_and_pages_through_every_entry(langsmith_emulator, out_of_band):
    for index in range(12):
        out_of_band.post("/api/v1/datasets", json={"name": f"paged {index}"})
    settings = settings_for(langsmith_emulator)
    created = list_audit_logs(settings=settings, operations=["create_dataset"], **EVER)
    assert len(created) == 12
    page = out_of_band.get("/api/v1/audit-logs", params={**EVER, "operations": ["create_dataset"]}).json()
    assert len(page["items"]) == 10 and page["cursor"]  # the spec's default page size
    past = datetime(2001, 1, 1, tzinfo=timezone.utc)
    assert list_audit_logs(settings=settings, start_time=past, end_time=past + timedelta(days=1)) == []


def test_audit_logs_need_both_times_and_an_admin(langsmith_emulator, out_of_band):
    assert out_of_band.get("/api/v1/audit-logs", params={"start_time": EVER["start_time"]}).status_code == 422
    viewer = out_of_band.post(
        "/api/v1/orgs/current/service-keys",
        json={
            "description": "viewer",
            "expires_at": "2099-01-01T00:00:00Z",
            "workspaces": [langsmith_emulator.workspace_id],
        },
    ).json()
    with pytest.raises(ForbiddenError):
        list_audit_logs(settings=settings_for(langsmith_emulator, viewer["key"]), **EVER)


def _drifted(object_id: str) -> DriftReport:
    change = FieldChange("description", "old", "new")
    resource = DriftedResource("urn:pulumi:dev::p::t::golden", "t", "golden", "changed", (change,), id=object_id)
    return DriftReport("dev", [resource])


def test_drift_names_who_last_changed_the_object(langsmith_emulator, out_of_band):
    key = service_key(out_of_band, langsmith_emulator)
    dataset = out_of_band.post("/api/v1/datasets", json={"name": "drifted"}).json()
    other = out_of_band.post("/api/v1/datasets", json={"name": "untouched"}).json()
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": key["key"]}) as editor:
        editor.patch(f"/api/v1/datasets/{dataset['id']}", json={"description": "by hand"}).raise_for_status()
    out_of_band.patch(f"/api/v1/datasets/{other['id']}", json={"description": "elsewhere"})

    report = attribute(_drifted(dataset["id"]), settings_for(langsmith_emulator))
    change = report.resources[0].last_change
    assert change is not None and change.operation == "update_dataset" and change.api_key_id == key["id"]
    assert key["id"] in change.describe()


def test_drift_says_nothing_when_the_audit_log_cannot_be_read(langsmith_emulator, out_of_band):
    viewer = out_of_band.post(
        "/api/v1/orgs/current/service-keys",
        json={
            "description": "viewer",
            "expires_at": "2099-01-01T00:00:00Z",
            "workspaces": [langsmith_emulator.workspace_id],
        },
    ).json()
    report = attribute(
        _drifted("6f1c6f8e-2a8e-4a8e-9d1f-3b8a2c1d0e9f"), settings_for(langsmith_emulator, viewer["key"])
    )
    assert report.resources[0].last_change is None  # 403: no attribution, no failure
    unreachable = ProviderSettings(api_key="lsv2_sk_x", endpoint="http://127.0.0.1:9", max_retries=0)
    assert attribute(_drifted("6f1c6f8e-2a8e-4a8e-9d1f-3b8a2c1d0e9f"), unreachable).resources[0].last_change is None


def test_the_newest_successful_event_naming_the_object_wins():
    object_id = "6f1c6f8e-2a8e-4a8e-9d1f-3b8a2c1d0e9f"

    def event(when: int, operation: str, status_id: int = 1, key: str = "k1") -> dict:
        return {
            "time": when,
            "status_id": status_id,
            "api": {"operation": operation},
            "actor": {"user": {"uid": None, "credential_uid": key}},
            "resources": [],
            "http_request": {"url": {"path": f"/api/v1/datasets/{object_id}"}},
        }

    events = [
        event(1000, "update_dataset"),
        event(3000, "delete_dataset", status_id=2),
        event(2000, "share_dataset", key="k2"),
    ]
    resource = _drifted(f"{object_id}/prod").resources[0]
    change = last_changes([resource], events)[resource.urn]
    assert (change.operation, change.api_key_id) == ("share_dataset", "k2")
