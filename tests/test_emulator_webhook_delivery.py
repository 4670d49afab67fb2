"""Prompt-webhook test deliveries (`POST /api/v1/prompt-webhooks/test`) are not an open proxy.

Only https to public addresses (checked after DNS resolution, connected to the checked address), or hosts
allowed with `webhook_allow` / `--webhook-allow`; the caller needs the webhook-managing permission; every
failure is the same 400 whatever its cause.
"""

from __future__ import annotations

import socket

import httpx
import pytest
from prompt_webhook_receiver import WebhookReceiver
from pulumi_langsmith.emulator import EmulatorServer
from pulumi_langsmith.emulator.families.webhooks import delivery
from pulumi_langsmith.emulator.families.webhooks.delivery import AllowedHost, WebhookPolicy, is_public_address

PAYLOAD = {
    "prompt_id": "p", "prompt_name": "p", "manifest": {}, "commit_hash": "c", "created_at": "t",
    "created_by": "me", "event": "commit",
}  # fmt: skip
FAILED = {"detail": "Webhook test failed: the URL could not be delivered to."}


def test_hook(api: httpx.Client, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return api.post(
        "/api/v1/prompt-webhooks/test", json={"webhook": {"url": url, "headers": headers}, "payload": PAYLOAD}
    )


test_hook.__test__ = False  # type: ignore[attr-defined]


@pytest.fixture
def api(langsmith_emulator):
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers, timeout=30) as client:
        yield client


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{receiver}/hook",  # loopback, plain http
        "https://127.0.0.1:{receiver}/hook",  # loopback
        "https://localhost:{receiver}/hook",  # a name resolving to loopback
        "https://169.254.169.254/latest/meta-data/",  # cloud metadata
        "https://[::1]:{receiver}/hook",
        "https://[::ffff:127.0.0.1]:{receiver}/hook",  # IPv4-mapped loopback
        "https://10.0.0.1/hook",
        "https://192.168.1.1/hook",
        "https://[fd00:ec2::254]/",
        "http://example.com/hook",  # public but not https
    ],
)
def test_refused_destinations_are_never_contacted_and_answer_the_one_failure(url, api):
    with WebhookReceiver() as receiver:
        response = test_hook(api, url.format(receiver=receiver.url.split(":")[2].split("/")[0]))
    assert (response.status_code, response.json()) == (400, FAILED)
    assert receiver.deliveries == []


def test_the_emulators_own_api_is_refused(api, langsmith_emulator):
    response = test_hook(
        api, f"{langsmith_emulator.base_url}/api/v1/workspaces", {"X-Api-Key": langsmith_emulator.api_key}
    )
    assert (response.status_code, response.json()) == (400, FAILED)


def test_an_open_and_a_closed_port_answer_alike(api):
    with WebhookReceiver() as receiver:
        open_answer = test_hook(api, receiver.url)
    closed_answer = test_hook(api, f"http://127.0.0.1:{closed_port()}/hook")
    assert (open_answer.status_code, open_answer.json()) == (closed_answer.status_code, closed_answer.json())
    assert receiver.deliveries == []


def test_allowed_hosts_get_deliveries_and_every_failure_still_looks_the_same(api, langsmith_emulator):
    port = closed_port()
    with (
        WebhookReceiver(status=500) as failing,
        langsmith_emulator.server.webhook_policy.allowing(failing.host_port, f"127.0.0.1:{port}"),
    ):
        receiver_error = test_hook(api, failing.url)
        closed = test_hook(api, f"http://127.0.0.1:{port}/hook")
    assert len(failing.deliveries) == 1
    assert (receiver_error.status_code, receiver_error.json()) == (closed.status_code, closed.json()) == (400, FAILED)


def test_an_allowed_port_does_not_allow_the_hosts_other_ports(api, langsmith_emulator):
    with WebhookReceiver() as receiver, langsmith_emulator.server.webhook_policy.allowing(f"127.0.0.1:{closed_port()}"):
        response = test_hook(api, receiver.url)
    assert response.status_code == 400 and receiver.deliveries == []


def test_an_emulator_started_with_webhook_allow_delivers_to_the_allowed_receiver():
    with (
        WebhookReceiver() as receiver,
        EmulatorServer(webhook_allow=[receiver.host_port]) as server,
        httpx.Client(base_url=server.base_url, headers={"X-Api-Key": server.api_key}, timeout=30) as api,
    ):
        response = test_hook(api, receiver.url, {"X-Token": "t", "Host": "evil.example"})
    assert response.status_code == 200, response.text
    [delivered] = receiver.deliveries
    assert delivered["headers"]["X-Token"] == "t"
    assert delivered["headers"]["Host"] == receiver.host_port  # the caller does not choose the Host header


def test_a_name_is_checked_after_resolution_and_the_checked_address_is_the_one_connected(monkeypatch, api):
    """A public-looking name that resolves to loopback is refused; nothing resolves it a second time."""
    resolved: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        resolved.append(host)
        return ["127.0.0.1"]

    monkeypatch.setattr(delivery, "_resolve", resolve)
    with WebhookReceiver() as receiver:
        response = test_hook(api, f"https://hooks.example.com:{receiver.host_port.split(':')[1]}/hook")
    assert (response.status_code, response.json()) == (400, FAILED)
    assert resolved == ["hooks.example.com"] and receiver.deliveries == []


def test_a_public_name_is_connected_at_the_address_that_was_checked(monkeypatch):
    """The request goes to the checked IP, with the name in the Host header and TLS SNI."""
    sent: list[httpx.Request] = []

    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.215.14"]

    async def send(self, request, **kwargs):
        sent.append(request)
        return httpx.Response(204)

    monkeypatch.setattr(delivery, "_resolve", resolve)
    monkeypatch.setattr(httpx.AsyncClient, "send", send)
    import asyncio

    status = asyncio.run(delivery.deliver(WebhookPolicy(), "https://hooks.example.com/x", {}, {"a": 1}))
    assert status == 204
    [request] = sent
    assert request.url.host == "93.184.215.14"
    assert request.headers["Host"] == "hooks.example.com"
    assert request.extensions["sni_hostname"] == "hooks.example.com"


def test_a_viewer_key_cannot_make_the_emulator_deliver(langsmith_emulator, api):
    viewer = api.get("/api/v1/orgs/current/roles").json()
    viewer_role = next(r["id"] for r in viewer if r["name"] == "WORKSPACE_VIEWER")
    created = api.post(
        "/api/v1/orgs/current/service-keys",
        json={"description": "viewer", "workspaces": [langsmith_emulator.workspace_id], "role_id": viewer_role},
    )
    assert created.status_code == 200, created.text
    key = created.json()["key"]
    with WebhookReceiver() as receiver, langsmith_emulator.server.webhook_policy.allowing(receiver.host_port):
        response = api.post(
            "/api/v1/prompt-webhooks/test",
            json={"webhook": {"url": receiver.url}, "payload": PAYLOAD},
            headers={"X-Api-Key": key},
        )
    assert response.status_code == 403
    assert receiver.deliveries == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00:ec2::254", False),
        ("::ffff:10.0.0.1", False),
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 form of the metadata address
        ("224.0.0.1", False),
    ],
)
def test_addresses_that_may_receive_deliveries(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("127.0.0.1", AllowedHost("127.0.0.1")),
        ("Hooks.Example.com:8443", AllowedHost("hooks.example.com", 8443)),
        ("[::1]:9000", AllowedHost("::1", 9000)),
        ("::1", AllowedHost("::1")),
    ],
)
def test_allow_entries_parse(text, parsed):
    assert AllowedHost.parse(text) == parsed


@pytest.mark.parametrize("text", ["", "host:0", "host:99999", "http://host", "host:port"])
def test_bad_allow_entries_are_refused(text):
    with pytest.raises(ValueError):
        AllowedHost.parse(text)
