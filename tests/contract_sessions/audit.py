"""The audit-log family's contract session (run by `test_contract.py`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
EVER = {"start_time": "2000-01-01T00:00:00Z", "end_time": "2100-01-01T00:00:00Z"}


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Audited writes are listed as OCSF events, filtered and paged; both times are required."""
    for index in range(3):
        call("POST", "/api/v1/datasets", 200, json={"name": f"contract-audited-{index}"})
    first = call("GET", "/api/v1/audit-logs", 200, params={**EVER, "limit": 2, "operations": ["create_dataset"]})
    assert len(first["items"]) == 2 and first["cursor"]
    rest = call("GET", "/api/v1/audit-logs", 200, params={**EVER, "limit": 2, "cursor": first["cursor"]})
    assert rest["items"]
    call("GET", "/api/v1/audit-logs", 200, params={**EVER, "workspace_id": emulator.workspace_id})
    call("GET", "/api/v1/audit-logs", 422, params={"start_time": EVER["start_time"]})
    call("GET", "/api/v1/audit-logs", 422, params={**EVER, "operations": ["not_an_operation"]})
    call("GET", "/api/v1/audit-logs", 400, params={**EVER, "cursor": "not-a-cursor"})
