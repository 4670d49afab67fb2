"""No unhandled 500s and bounded resources: out-of-range times, deep JSON and huge bodies answer 4xx; the
request log is a ring; the `langsmith_emulator` fixture fails a test during which a route raised."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pulumi_langsmith.emulator import EmulatorServer, RequestLog
from pulumi_langsmith.emulator.limits import DEFAULT_MAX_BODY_BYTES, MAX_JSON_DEPTH
from pulumi_langsmith.emulator.traffic import RequestRecord

pytest_plugins = ["pytester"]


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers, timeout=60) as client:
        yield client


def nested(levels: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    value = root
    for _ in range(levels - 1):
        value["a"] = {}
        value = value["a"]
    return root


def test_a_service_key_expiring_past_year_9999_in_utc_is_a_validation_error(api):
    response = api.post(
        "/api/v1/orgs/current/service-keys", json={"description": "k", "expires_at": "9999-12-31T23:59:59-05:00"}
    )
    assert response.status_code == 422, response.text


def test_a_metadata_filter_nested_5000_levels_is_a_validation_error(api):
    response = api.get("/api/v1/datasets", params={"metadata": '{"a":' + "[" * 5000 + "]" * 5000 + "}"})
    assert response.status_code == 422, response.text


def test_dataset_metadata_nested_900_levels_is_a_validation_error(api):
    body = json.dumps({"name": "deep", "metadata": nested(900)})
    response = api.post("/api/v1/datasets", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text


def test_metadata_nested_within_the_limit_is_kept(api):
    metadata = nested(MAX_JSON_DEPTH - 2)
    dataset = api.post("/api/v1/datasets", json={"name": "shallow"}).json()
    response = api.patch(f"/api/v1/datasets/{dataset['id']}", json={"metadata": metadata})
    assert response.status_code == 200, response.text
    assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["metadata"] == metadata


def test_a_body_over_the_limit_answers_413(api):
    big = b'{"name": "big", "description": "' + b"x" * (DEFAULT_MAX_BODY_BYTES + 1) + b'"}'
    response = api.post("/api/v1/datasets", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert api.get("/api/v1/datasets", params={"name": "big"}).json() == []


def test_a_streamed_body_over_the_limit_answers_413_without_a_content_length():
    with EmulatorServer(max_body_bytes=1000) as server:
        chunks = (b'{"name": "s", "description": "' + b"x" * 600 + b'"}' for _ in range(2))
        response = httpx.post(
            f"{server.base_url}/api/v1/datasets",
            content=chunks,
            headers={"X-Api-Key": server.api_key, "Content-Type": "application/json"},
        )
        assert response.status_code == 413
        small = httpx.post(
            f"{server.base_url}/api/v1/datasets", json={"name": "ok"}, headers={"X-Api-Key": server.api_key}
        )
        assert small.status_code == 200


def test_the_request_log_is_a_bounded_ring():
    log = RequestLog(maxlen=3)
    for n in range(5):
        log.append(RequestRecord("GET", f"/{n}", "", 200, None, None))
    assert [r.path for r in log.entries()] == ["/2", "/3", "/4"]
    assert RequestLog().maxlen == 10_000


def test_the_fixture_fails_a_test_during_which_a_route_raised(pytester):
    pytester.makepyfile(
        """
        import httpx

        def test_route_raises(langsmith_emulator):
            app = langsmith_emulator.server.app

            @app.get("/boom")
            async def boom():
                raise RuntimeError("kaboom")

            assert httpx.get(langsmith_emulator.base_url + "/boom").status_code == 500
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*raised 1 unhandled exception*", "*RuntimeError: kaboom*"])
