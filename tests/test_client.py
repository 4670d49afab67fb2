"""The shared REST client: headers, retries, Retry-After, deadline, typed errors, redaction, pagination."""

import threading

import httpx
import pytest
import respx
from pulumi_langsmith.client import Api, LangSmithClient, close_pooled_clients, parse_retry_after
from pulumi_langsmith.config import ProviderSettings, resolve_settings
from pulumi_langsmith.errors import (
    ApiError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TransportError,
    UnauthorizedError,
    ValidationError,
)

BASE = "http://ls.test"
KEY = "lsv2_sk_0123456789abcdef0123456789abcdef_0123456789"


@pytest.fixture(autouse=True)
def _fresh_pool():
    close_pooled_clients()
    yield
    close_pooled_clients()


def make_client(**overrides) -> tuple[LangSmithClient, list[float]]:
    settings = resolve_settings(lambda k: {"langsmith:apiKey": KEY, "langsmith:endpoint": BASE}.get(k), environ={})
    if overrides:
        settings = settings.model_copy(update=overrides)
    sleeps: list[float] = []
    return LangSmithClient(settings, backoff_initial=0.01, backoff_max=0.05, sleep=sleeps.append), sleeps


@respx.mock
def test_sends_api_key_tenant_org_and_user_agent_headers():
    route = respx.get(f"{BASE}/api/v1/datasets").mock(return_value=httpx.Response(200, json=[]))
    client, _ = make_client()
    client.get("/api/v1/datasets", tenant_id="t-1", organization_id="o-1")
    request = route.calls.last.request
    assert request.headers["X-Api-Key"] == KEY
    assert request.headers["X-Tenant-Id"] == "t-1"
    assert request.headers["X-Organization-Id"] == "o-1"
    assert request.headers["User-Agent"].startswith("pulumi-langsmith/")


@respx.mock
def test_tenant_header_applies_to_one_request_only():
    route = respx.get(f"{BASE}/api/v1/datasets").mock(return_value=httpx.Response(200, json=[]))
    client, _ = make_client()
    client.get("/api/v1/datasets", tenant_id="t-1")
    client.get("/api/v1/datasets")
    assert "X-Tenant-Id" not in route.calls.last.request.headers


@respx.mock
def test_retries_503_then_succeeds_with_backoff():
    route = respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"ok": True})]
    )
    client, sleeps = make_client()
    assert client.get("/x") == {"ok": True}
    assert route.call_count == 3 and len(sleeps) == 2
    assert all(0 <= s <= 0.05 for s in sleeps)


@respx.mock
def test_honours_retry_after_seconds():
    respx.get(f"{BASE}/x").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=[])]
    )
    client, sleeps = make_client()
    client.get("/x")
    assert sleeps == [3.0]


def test_parses_retry_after_http_date():
    now = 1_700_000_000.0
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:25 GMT", now=now) == pytest.approx(5.0)
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("-4") == 0.0


@respx.mock
def test_gives_up_after_max_retries_with_typed_error():
    route = respx.get(f"{BASE}/x").mock(return_value=httpx.Response(500, json={"detail": "boom"}))
    client, _ = make_client(max_retries=2)
    with pytest.raises(ServerError) as info:
        client.get("/x")
    assert route.call_count == 3
    assert info.value.status == 500 and "GET /x" in str(info.value) and "boom" in str(info.value)


@respx.mock
def test_deadline_bounds_waiting_on_retry_after():
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(429, headers={"Retry-After": "100"}))
    client, sleeps = make_client(retry_deadline_seconds=1.0, max_retries=5)
    with pytest.raises(RateLimitedError):
        client.get("/x")
    assert sum(sleeps) <= 1.0  # a 100 s hint beyond a 1 s deadline: give up at once
    assert sleeps == []


@respx.mock
def test_plain_post_is_not_retried_after_a_server_error():
    route = respx.post(f"{BASE}/api/v1/things").mock(return_value=httpx.Response(503))
    client, _ = make_client()
    with pytest.raises(ServerError):
        client.post("/api/v1/things", {"name": "a"})
    assert route.call_count == 1


@respx.mock
def test_post_is_retried_on_429_because_nothing_was_done():
    route = respx.post(f"{BASE}/api/v1/things").mock(
        side_effect=[httpx.Response(429), httpx.Response(200, json={"id": "1"})]
    )
    client, _ = make_client()
    assert client.post("/api/v1/things", {"name": "a"}) == {"id": "1"}
    assert route.call_count == 2


@respx.mock
def test_idempotent_post_is_retried_after_a_dropped_connection():
    route = respx.post(f"{BASE}/api/v1/datasets").mock(
        side_effect=[httpx.RemoteProtocolError("peer closed"), httpx.Response(200, json={"id": "d"})]
    )
    client, _ = make_client()
    assert client.post("/api/v1/datasets", {"id": "d"}, idempotent=True) == {"id": "d"}
    assert route.call_count == 2


@respx.mock
def test_post_with_recover_returns_the_object_a_lost_attempt_created():
    route = respx.post(f"{BASE}/api/v1/things").mock(side_effect=httpx.ReadTimeout("timed out"))
    client, _ = make_client()
    found = client.post("/api/v1/things", {"name": "a"}, recover=lambda: {"id": "existing"})
    assert found == {"id": "existing"} and route.call_count == 1


@respx.mock
def test_connection_error_is_a_transport_error():
    respx.get(f"{BASE}/x").mock(side_effect=httpx.ConnectError("refused"))
    client, _ = make_client(max_retries=1)
    with pytest.raises(TransportError) as info:
        client.get("/x")
    assert info.value.status is None and "GET /x" in str(info.value)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ValidationError),
    ],
)
@respx.mock
def test_status_maps_to_typed_error(status, error):
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(status, json={"detail": "nope"}))
    client, _ = make_client()
    with pytest.raises(error) as info:
        client.get("/x")
    assert info.value.status == status and "nope" in str(info.value)


@respx.mock
def test_validation_error_carries_field_details():
    detail = [
        {"loc": ["body", "display_name"], "msg": "String should match pattern", "type": "string_pattern_mismatch"}
    ]
    respx.post(f"{BASE}/api/v1/workspaces").mock(return_value=httpx.Response(422, json={"detail": detail}))
    client, _ = make_client()
    with pytest.raises(ValidationError) as info:
        client.post("/api/v1/workspaces", {"display_name": "!"})
    assert info.value.field_errors == {"display_name": "String should match pattern"}
    assert str(info.value) == "POST /api/v1/workspaces failed: HTTP 422: display_name: String should match pattern"


@respx.mock
def test_errors_never_carry_the_api_key_even_when_the_server_echoes_it():
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(401, json={"detail": f"invalid key {KEY}"}))
    client, _ = make_client()
    with pytest.raises(UnauthorizedError) as info:
        client.get("/x")
    assert KEY not in str(info.value) and KEY not in repr(info.value.detail)
    assert "[REDACTED]" in str(info.value)


@respx.mock
def test_paginates_offset_limit_bare_arrays_until_a_short_page():
    items = [{"id": i} for i in range(5)]

    def page(request):
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return httpx.Response(200, json=items[offset : offset + limit])

    route = respx.get(f"{BASE}/api/v1/datasets").mock(side_effect=page)
    client, _ = make_client()
    assert [i["id"] for i in client.paginate("/api/v1/datasets", page_size=2)] == [0, 1, 2, 3, 4]
    assert route.call_count == 3


@respx.mock
def test_paginates_control_plane_resources_with_next_offset():
    items = [{"id": i} for i in range(3)]

    def page(request):
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        chunk = items[offset : offset + limit]
        return httpx.Response(200, json={"resources": chunk, "offset": offset + len(chunk)})

    respx.get("https://ls.test.cp/v2/deployments").mock(side_effect=page)
    client, _ = make_client(control_plane_endpoint="https://ls.test.cp")
    assert [i["id"] for i in client.paginate_resources("/v2/deployments", page_size=2)] == [0, 1, 2]


@respx.mock
def test_one_pooled_http_client_shared_by_threads():
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(200, json={}))
    from pulumi_langsmith import client as client_module

    errors = []

    def work():
        try:
            for _ in range(5):
                make_client()[0].get("/x")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert not errors and len(client_module._pool) == 1


def test_scim_requests_use_the_bearer_token(respx_mock=None):
    settings = ProviderSettings(scim_token="scim-tok", scim_endpoint="http://ls.test/scim/v2")
    with respx.mock:
        route = respx.get("http://ls.test/scim/v2/Users").mock(return_value=httpx.Response(200, json={}))
        from pulumi_langsmith.client import Api

        LangSmithClient(settings).get("/Users", api=Api.SCIM)
        assert route.calls.last.request.headers["Authorization"] == "Bearer scim-tok"


@respx.mock
def test_total_deadline_bounds_repeated_retry_after_waits():
    respx.get(f"{BASE}/x").mock(return_value=httpx.Response(503, headers={"Retry-After": "0.4"}))
    client, sleeps = make_client(retry_deadline_seconds=1.0, max_retries=10)
    with pytest.raises(ServerError):
        client.get("/x")
    assert sum(sleeps) <= 1.0 and len(sleeps) >= 2


@respx.mock
def test_platform_routes_go_under_api_when_self_hosted():
    route = respx.get(f"{BASE}/api/v1/platform/orgs/current/info").mock(return_value=httpx.Response(200, json={}))
    client, _ = make_client()  # BASE is not a SaaS host: self-hosted
    client.get("/v1/platform/orgs/current/info")
    assert route.called


@respx.mock
def test_platform_routes_stay_at_v1_platform_on_saas():
    route = respx.get("https://api.smith.langchain.com/v1/platform/orgs/current/info").mock(
        return_value=httpx.Response(200, json={})
    )
    client, _ = make_client(endpoint="https://api.smith.langchain.com", self_hosted=False)
    client.get("/v1/platform/orgs/current/info")
    assert route.called


AGENT = "http://agent.test/deployments/one"


@respx.mock
def test_agent_server_requests_go_to_the_given_url_with_the_api_key():
    route = respx.get(f"{AGENT}/assistants/a-1").mock(return_value=httpx.Response(200, json={"assistant_id": "a-1"}))
    client, _ = make_client()
    assert client.get("/assistants/a-1", api=Api.AGENT_SERVER, base_url=AGENT + "/") == {"assistant_id": "a-1"}
    assert route.calls.last.request.headers["X-Api-Key"] == KEY


@respx.mock
def test_agent_server_requests_retry_and_raise_typed_redacted_errors_naming_the_url_input():
    respx.put(f"{AGENT}/store/items").mock(
        side_effect=[httpx.Response(503), httpx.Response(404, json={"detail": f"no such thing for {KEY}"})]
    )
    client, sleeps = make_client()
    with pytest.raises(NotFoundError) as info:
        client.put("/store/items", {"key": "k"}, api=Api.AGENT_SERVER, base_url=AGENT)
    assert len(sleeps) == 1
    assert KEY not in str(info.value)
    assert f"{AGENT}/store/items" in str(info.value) and "`url` input" in str(info.value)


def test_an_agent_server_request_without_a_url_fails_before_sending():
    client, _ = make_client()
    with pytest.raises(ApiError, match="Agent Server URL"):
        client.get("/assistants/a-1", api=Api.AGENT_SERVER)


@respx.mock
def test_go_root_routes_such_as_prompt_commits_go_under_api_only_when_self_hosted():
    self_hosted = respx.get(f"{BASE}/api/commits/-/joke").mock(return_value=httpx.Response(200, json={}))
    saas = respx.get("https://api.smith.langchain.com/commits/-/joke").mock(return_value=httpx.Response(200, json={}))
    client, _ = make_client()
    client.get("/commits/-/joke")
    make_client(endpoint="https://api.smith.langchain.com", self_hosted=False)[0].get("/commits/-/joke")
    assert self_hosted.called and saas.called


@respx.mock
def test_go_root_option_marks_a_path_the_client_does_not_know():
    route = respx.get(f"{BASE}/api/somewhere/new").mock(return_value=httpx.Response(200, json={}))
    client, _ = make_client()
    client.get("/somewhere/new", go_root=True)
    assert route.called
