"""Emulator fault injection and request log."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from pulumi_langsmith.emulator import FaultConfig
from pulumi_langsmith.testing import LangSmithEmulator

#: How httpx reports a connection the emulator broke mid-response (a close, or a reset under load).
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


@pytest.fixture
def api(langsmith_emulator: LangSmithEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as client:
        yield client


def dataset_names(api: httpx.Client) -> list[str]:
    return [d["name"] for d in api.get("/api/v1/datasets").json()]


def test_fault_injection_503(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.fail_next()
    response = api.get("/api/v1/datasets")
    assert response.status_code == 503
    assert response.json() == {"detail": "Service Unavailable"}
    assert api.get("/api/v1/datasets").status_code == 200


def test_fault_injection_429_sets_retry_after(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.fail_next(status=429, retry_after=7)
    response = api.get("/api/v1/datasets")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"


def test_429_defaults_to_the_configured_retry_after(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.retry_after = 3
    langsmith_emulator.faults.fail_next(2, status=429)
    assert [api.get("/api/v1/datasets").headers.get("Retry-After") for _ in range(2)] == ["3", "3"]


def test_fail_next_only_hits_matching_method_and_path_prefix(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    langsmith_emulator.faults.fail_next(2, method="POST", path_prefix="/api/v1/datasets")
    assert api.get("/api/v1/datasets").status_code == 200
    assert api.post("/api/v1/sessions", json={"name": "unaffected"}).status_code == 200
    assert api.post("/api/v1/datasets", json={"name": "a"}).status_code == 503
    assert langsmith_emulator.faults.pending() == 1
    assert api.post("/api/v1/datasets", json={"name": "a"}).status_code == 503
    assert api.post("/api/v1/datasets", json={"name": "a"}).status_code == 200
    assert langsmith_emulator.faults.pending() == 0


def test_fail_next_writes_only_skips_reads_and_hits_the_first_write_of_any_method(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    made = api.post("/api/v1/datasets", json={"name": "written"}).json()
    langsmith_emulator.faults.fail_next(2, writes_only=True)
    assert api.get("/api/v1/datasets").status_code == 200
    assert api.patch(f"/api/v1/datasets/{made['id']}", json={"description": "d"}).status_code == 503
    assert api.get(f"/api/v1/datasets/{made['id']}").status_code == 200
    assert api.post("/api/v1/datasets", json={"name": "b"}).status_code == 503
    assert langsmith_emulator.faults.pending() == 0
    assert api.delete(f"/api/v1/datasets/{made['id']}").status_code in (200, 204)


def test_dropped_connection_before_handling_makes_no_write(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    langsmith_emulator.faults.fail_next(drop=True, method="POST")
    with pytest.raises(DROPPED):
        api.post("/api/v1/datasets", json={"name": "never"})
    assert dataset_names(api) == []
    [dropped] = langsmith_emulator.writes()
    assert (dropped.status, dropped.fault) == (None, "drop")


def test_drop_after_processing_keeps_the_write(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.fail_next(drop=True, after=True, method="POST", path_prefix="/api/v1/datasets")
    with pytest.raises(DROPPED):
        api.post("/api/v1/datasets", json={"name": "written"})
    assert dataset_names(api) == ["written"]
    assert api.post("/api/v1/datasets", json={"name": "written"}).status_code == 409
    [dropped, _conflict] = langsmith_emulator.writes()
    assert (dropped.status, dropped.fault) == (200, "drop_after")


def test_failure_after_processing_keeps_the_write_but_answers_the_error(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    langsmith_emulator.faults.fail_next(status=503, after=True, method="POST")
    assert api.post("/api/v1/datasets", json={"name": "half-done"}).status_code == 503
    assert dataset_names(api) == ["half-done"]


def test_fail_rate_one_fails_every_request(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.fail_rate = 1.0
    assert {api.get("/api/v1/datasets").status_code for _ in range(5)} == {503}


def test_drop_rate_one_drops_every_request(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.drop_rate = 1.0
    for _ in range(3):
        with pytest.raises(DROPPED):
            api.get("/api/v1/datasets")


def test_seeded_faults_are_deterministic() -> None:
    def outcomes(seed: int) -> list[str | None]:
        faults = FaultConfig(fail_rate=0.2, throttle_rate=0.2, drop_rate=0.1, drop_after_rate=0.1, seed=seed)
        return [(f.label if (f := faults.choose("GET", "/api/v1/datasets")) else None) for _ in range(200)]

    assert outcomes(42) == outcomes(42)
    assert outcomes(42) != outcomes(43)
    counts = {label: outcomes(42).count(label) for label in (None, "503", "429", "drop", "drop_after")}
    assert all(count > 0 for count in counts.values())


def test_reset_reseeds_and_forgets_scripted_failures() -> None:
    faults = FaultConfig(fail_rate=0.5, seed=1)
    first = [faults.choose("GET", "/") for _ in range(10)]
    faults.fail_next(3)
    faults.reset()
    assert faults.pending() == 0 and faults.fail_rate == 0
    faults.fail_rate = 0.5
    assert [faults.choose("GET", "/") for _ in range(10)] == first


@pytest.mark.parametrize("field", ["fail_rate", "throttle_rate", "drop_rate", "drop_after_rate"])
def test_fault_rates_must_be_fractions(field: str) -> None:
    with pytest.raises(ValueError):
        FaultConfig(**{field: 1.5})  # type: ignore[arg-type]


def test_latency_delays_every_request(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    langsmith_emulator.faults.latency_ms = 150
    started = time.perf_counter()
    api.get("/api/v1/datasets")
    assert time.perf_counter() - started >= 0.15


def test_request_log_records_method_path_status_and_tenant(
    langsmith_emulator: LangSmithEmulator, api: httpx.Client
) -> None:
    api.get("/api/v1/datasets", params={"limit": 5})
    api.post("/api/v1/datasets", json={"name": "logged"})
    httpx.get(f"{langsmith_emulator.base_url}/api/v1/datasets")
    read, write, anonymous = langsmith_emulator.requests
    assert (read.method, read.path, read.query, read.status) == ("GET", "/api/v1/datasets", "limit=5", 200)
    assert read.tenant_id == langsmith_emulator.workspace_id
    assert read.organization_id == langsmith_emulator.organization_id
    assert (write.method, write.status, write.is_write) == ("POST", 200, True)
    assert (anonymous.status, anonymous.organization_id, anonymous.tenant_id) == (401, None, None)
    assert langsmith_emulator.writes() == [write]
    langsmith_emulator.clear_log()
    assert langsmith_emulator.requests == []


def test_rejected_writes_are_still_logged_as_writes(langsmith_emulator: LangSmithEmulator, api: httpx.Client) -> None:
    api.post("/api/v1/datasets", json={})
    assert [(w.method, w.status) for w in langsmith_emulator.writes()] == [("POST", 422)]
