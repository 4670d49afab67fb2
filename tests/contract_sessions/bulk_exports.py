"""The bulk-exports family's contract session: destinations and exports (run by `test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]

CONFIG = {"bucket_name": "contract-exports", "region": "us-east-1", "prefix": "traces"}
CREDENTIALS = {"access_key_id": "AKIACONTRACT00001", "secret_access_key": "contract-secret"}


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every bulk-export operation the emulator serves, plus the main refusals."""
    # Destinations: credentials are write-only (only their keys are shown); PATCH replaces them.
    destination = call(
        "POST",
        "/api/v1/bulk-exports/destinations",
        200,
        json={"display_name": "contract exports", "config": CONFIG, "credentials": CREDENTIALS},
    )
    assert destination["credentials_keys"] == ["access_key_id", "secret_access_key"]
    call("POST", "/api/v1/bulk-exports/destinations", 422, json={"display_name": "no/slash", "config": CONFIG})
    listed = call("GET", "/api/v1/bulk-exports/destinations", 200)
    assert [d["id"] for d in listed] == [destination["id"]]
    call("GET", f"/api/v1/bulk-exports/destinations/{destination['id']}", 200)
    call("GET", f"/api/v1/bulk-exports/destinations/{uuid.uuid4()}", 404)
    patched = call(
        "PATCH",
        f"/api/v1/bulk-exports/destinations/{destination['id']}",
        200,
        json={"credentials": {**CREDENTIALS, "session_token": "contract-token"}},
    )
    assert patched["credentials_keys"] == ["access_key_id", "secret_access_key", "session_token"]

    # Exports: one-off and scheduled, listed, read, cancelled.
    project = call("POST", "/api/v1/sessions", 200, json={"name": "contract-bulk-export-project"})
    one_off = call(
        "POST",
        "/api/v1/bulk-exports",
        200,
        json={
            "bulk_export_destination_id": destination["id"],
            "session_id": project["id"],
            "start_time": "2026-01-01T00:00:00Z",
            "end_time": "2026-01-02T00:00:00Z",
            "compression": "gzip",
        },
    )
    assert one_off["status"] == "Created"
    scheduled = call(
        "POST",
        "/api/v1/bulk-exports",
        200,
        json={
            "bulk_export_destination_id": destination["id"],
            "session_id": project["id"],
            "start_time": "2026-01-01T00:00:00Z",
            "interval_hours": 24,
        },
    )
    assert scheduled["status"] == "IntervalScheduled"
    call(
        "POST",
        "/api/v1/bulk-exports",
        404,
        json={"bulk_export_destination_id": str(uuid.uuid4()), "start_time": "2026-01-01T00:00:00Z"},
    )
    call(
        "POST",
        "/api/v1/bulk-exports",
        400,
        json={
            "bulk_export_destination_id": destination["id"],
            "start_time": "2026-01-02T00:00:00Z",
            "end_time": "2026-01-01T00:00:00Z",
        },
    )
    assert len(call("GET", "/api/v1/bulk-exports", 200, params={"limit": 1})) == 1
    call("GET", f"/api/v1/bulk-exports/{scheduled['id']}", 200)
    call("GET", f"/api/v1/bulk-exports/{uuid.uuid4()}", 404)
    cancelled = call("PATCH", f"/api/v1/bulk-exports/{scheduled['id']}", 200, json={"status": "Cancelled"})
    assert cancelled["status"] == "Cancelled"
    call("PATCH", f"/api/v1/bulk-exports/{scheduled['id']}", 422, json={"status": "Running"})
