"""Test deliveries of prompt webhooks (`POST /api/v1/prompt-webhooks/test`), which must not make an open proxy.

The emulator runs inside CI networks and is sometimes bound beyond loopback, so a delivery goes out only to:

- an `https` URL whose host resolves to public addresses only. The host is resolved once, every address is
  checked (private, loopback, link-local, shared, reserved, multicast and cloud metadata addresses are
  refused, IPv4-mapped and NAT64 forms by their IPv4 address), and the connection goes to the checked
  address (the `Host` header and TLS SNI name the host), so a second DNS answer cannot swap in another;
- or a host allowed explicitly (`--webhook-allow HOST[:PORT]`, `create_app(webhook_allow=...)`,
  `EmulatorServer(webhook_allow=...)`): any scheme (http too) and any address, for local receivers in tests.
  `HOST` alone allows every port of that host.

Redirects are not followed, proxies from the environment are not used, and the whole delivery is bounded by
`DELIVERY_TIMEOUT_SECONDS`. Every failure, whatever its cause (a refused URL, no DNS answer, a closed port, a
timeout, an error status from the receiver), raises the same `DeliveryFailed`, which the route answers with
one fixed 400, so the answer tells an open port from a closed one no more than a refused address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

#: The longest a test delivery may take, DNS resolution, connection and response together.
DELIVERY_TIMEOUT_SECONDS = 5.0

#: Cloud metadata services (AWS, GCP, Azure, OCI: 169.254.169.254; AWS IPv6; Alibaba). All of them are
#: non-global anyway; listed so the refusal does not depend on that.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

#: Headers the caller may not choose: the connection's own.
_RESERVED_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection", "upgrade", "te"})


class DeliveryFailed(Exception):
    """A test delivery did not succeed; deliberately without its cause."""


@dataclass(frozen=True)
class AllowedHost:
    """A `HOST[:PORT]` exempt from the https and address checks (`port` None: every port)."""

    host: str
    port: int | None = None

    @classmethod
    def parse(cls, text: str) -> AllowedHost:
        """`example.test`, `example.test:8080`, `127.0.0.1:9000`, `[::1]:9000` or `::1`."""
        text = text.strip()
        host, port = text, ""
        if text.startswith("["):
            host, _, rest = text[1:].partition("]")
            if rest and not rest.startswith(":"):
                raise ValueError(f"not HOST[:PORT]: {text!r}")
            port = rest[1:]
        elif text.count(":") == 1:
            host, port = text.split(":")
        if not host or any(c in host for c in "/@?# "):
            raise ValueError(f"not HOST[:PORT]: {text!r}")
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            raise ValueError(f"not a port: {port!r} in {text!r}")
        return cls(host.lower().rstrip("."), int(port) if port else None)

    def matches(self, host: str, port: int) -> bool:
        return host.lower().rstrip(".") == self.host and self.port in (None, port)

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port is None else f"{host}:{self.port}"


class WebhookPolicy:
    """Where test deliveries may go: the hosts allowed beyond public https. Live: tests may allow more for a while."""

    def __init__(self, allow: Iterable[str | AllowedHost] = (), *, timeout: float = DELIVERY_TIMEOUT_SECONDS) -> None:
        self._configured = tuple(a if isinstance(a, AllowedHost) else AllowedHost.parse(a) for a in allow)
        self._allowed = list(self._configured)
        self.timeout = timeout
        self._lock = threading.Lock()

    @property
    def allowed(self) -> tuple[AllowedHost, ...]:
        with self._lock:
            return tuple(self._allowed)

    def allows(self, host: str, port: int) -> bool:
        return any(entry.matches(host, port) for entry in self.allowed)

    @contextmanager
    def allowing(self, *entries: str) -> Iterator[None]:
        """Allow these `HOST[:PORT]`s too inside the block (e.g. a local receiver in a test)."""
        added = [AllowedHost.parse(entry) for entry in entries]
        with self._lock:
            self._allowed.extend(added)
        try:
            yield
        finally:
            with self._lock:
                for entry in added:
                    self._allowed.remove(entry)

    def reset(self) -> None:
        """Back to the hosts it was created with."""
        with self._lock:
            self._allowed = list(self._configured)


def is_public_address(address: str) -> bool:
    """Whether an IP address may receive a delivery that no allow entry covers."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.is_global and not ip.is_multicast and ip not in METADATA_ADDRESSES


async def _resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def _deliver(policy: WebhookPolicy, url: str, headers: dict[str, str], payload: Any) -> int:
    try:
        target = httpx.URL(url)
    except httpx.InvalidURL:
        raise DeliveryFailed from None
    host = target.host
    if target.scheme not in ("http", "https") or not host or target.userinfo:
        raise DeliveryFailed
    port = target.port or (443 if target.scheme == "https" else 80)
    allowed = policy.allows(host, port)
    if target.scheme != "https" and not allowed:
        raise DeliveryFailed
    try:
        addresses = await _resolve(host, port)
    except (OSError, UnicodeError):
        raise DeliveryFailed from None
    if not addresses or not (allowed or all(is_public_address(a) for a in addresses)):
        raise DeliveryFailed
    checked = addresses[0]
    sent_headers = {k: v for k, v in headers.items() if k.lower() not in _RESERVED_HEADERS}
    sent_headers["Host"] = target.netloc.decode("ascii")
    extensions = {"sni_hostname": host} if target.scheme == "https" else {}
    async with httpx.AsyncClient(timeout=policy.timeout, follow_redirects=False, trust_env=False) as http:
        request = http.build_request(
            "POST", target.copy_with(host=checked), json=payload, headers=sent_headers, extensions=extensions
        )
        response = await http.send(request)
    if response.status_code >= 400:
        raise DeliveryFailed
    return response.status_code


async def deliver(policy: WebhookPolicy, url: str, headers: dict[str, str], payload: Any) -> int:
    """POST `payload` to `url` with `headers` if the policy lets it go there; the receiver's status.

    Raises `DeliveryFailed` for every failure, whatever its cause.
    """
    try:
        return await asyncio.wait_for(_deliver(policy, url, headers, payload), timeout=policy.timeout)
    except DeliveryFailed:
        raise
    except (httpx.HTTPError, OSError, TimeoutError, ValueError):
        raise DeliveryFailed from None
