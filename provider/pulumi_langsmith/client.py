"""The shared REST client for the LangSmith API, the deployment control plane and SCIM.

One pooled `httpx.Client` per (base URL, credentials) per process, shared safely by the dynamic
provider host's worker threads. Retries use tenacity: exponential backoff with full jitter on 408,
429, 5xx and connection errors, honouring `Retry-After`, bounded by an attempt count and a deadline.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timezone
from enum import Enum
from typing import Any

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_any,
    wait_random_exponential,
)
from tenacity.stop import stop_base

from . import redaction
from ._version import __version__
from .config import ProviderSettings
from .errors import ApiError, BadRequestError, RateLimitedError, ServerError, TransportError, error_for_status

log = logging.getLogger("pulumi_langsmith")

USER_AGENT = f"pulumi-langsmith/{__version__}"
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"})


class Api(str, Enum):
    """Which API family a path belongs to: it picks the base URL and the credentials."""

    LANGSMITH = "langsmith"
    CONTROL_PLANE = "control_plane"
    SCIM = "scim"
    AGENT_SERVER = "agent_server"
    """The Agent Server of one deployment: its base URL is the resource's `url` input (usually
    `Deployment.url`), authenticated with the LangSmith API key as `X-Api-Key`."""


_pool: dict[tuple[str, str, float], httpx.Client] = {}
_pool_lock = threading.Lock()


def _pooled_http_client(base_url: str, headers: Mapping[str, str], timeout: float) -> httpx.Client:
    """The process-wide pooled client for this base URL and credentials."""
    fingerprint = hashlib.sha256("\n".join(f"{k}:{v}" for k, v in sorted(headers.items())).encode()).hexdigest()
    key = (base_url, fingerprint, timeout)
    with _pool_lock:
        client = _pool.get(key)
        if client is None or client.is_closed:
            client = httpx.Client(
                base_url=base_url,
                headers={**headers, "User-Agent": USER_AGENT, "Accept": "application/json"},
                timeout=httpx.Timeout(timeout),
                limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
            )
            _pool[key] = client
        return client


def close_pooled_clients() -> None:
    """Close every pooled HTTP client (tests, benchmark)."""
    with _pool_lock:
        for client in _pool.values():
            client.close()
        _pool.clear()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.fromtimestamp(now if now is not None else time.time(), tz=timezone.utc)
    return max(0.0, (when - current).total_seconds())


class _WaitRetryAfterOrJitter:
    """Wait the server's `Retry-After` when given, else exponential backoff with full jitter; never past the deadline."""

    def __init__(self, initial: float, maximum: float, deadline: float) -> None:
        self._jitter = wait_random_exponential(multiplier=initial, max=maximum)
        self._deadline = deadline

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = getattr(exc, "retry_after", None)
        wait = float(hinted) if hinted is not None else self._jitter(state)
        return max(0.0, min(wait, _remaining(state, self._deadline)))


def _remaining(state: RetryCallState, deadline: float) -> float:
    """Seconds left before the deadline (counting both wall time and time slept)."""
    return deadline - max(state.seconds_since_start or 0.0, state.idle_for)


class _StopAtDeadline(stop_base):
    """Stop when the deadline has passed, or when the server asks us to wait beyond it."""

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def __call__(self, state: RetryCallState) -> bool:
        remaining = _remaining(state, self._deadline)
        exc = state.outcome.exception() if state.outcome else None
        hinted = getattr(exc, "retry_after", None)
        return remaining <= 0 or (hinted is not None and hinted > remaining)


def _is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, (TransportError, ServerError, RateLimitedError))


#: Path prefixes of the Go service's routes at the SaaS root, which a self-hosted install serves under `/api`.
#: (`/v2/sandboxes/` is the LangSmith host's, `/api/v2/sandboxes/` self-hosted: not the control plane's `/v2`.)
GO_ROOT_ROUTES = ("/v1/platform/", "/workspaces/", "/commits/", "/repos/", "/v2/sandboxes/")


class LangSmithClient:
    """Typed, retrying access to the LangSmith, control-plane and SCIM APIs for one set of settings."""

    def __init__(
        self,
        settings: ProviderSettings,
        *,
        backoff_initial: float = 0.5,
        backoff_max: float = 8.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        redaction.install()
        redaction.register(self._secrets())
        self._backoff_initial = backoff_initial
        self._backoff_max = backoff_max
        self._sleep = sleep

    # -- plumbing -------------------------------------------------------------------------------

    def _base_and_headers(self, api: Api, base_url: str | None = None) -> tuple[str, dict[str, str]]:
        if api is Api.AGENT_SERVER:
            if not base_url:
                raise BadRequestError("", "", None, "the Agent Server URL (the resource's `url` input) is not set")
            return base_url.rstrip("/"), {"X-Api-Key": self.settings.require_api_key()}
        if api is Api.SCIM:
            token = self.settings.require_scim_token()
            return self.settings.scim_endpoint, {"Authorization": f"Bearer {token}"}
        key = self.settings.require_api_key()
        base = self.settings.control_plane_endpoint if api is Api.CONTROL_PLANE else self.settings.endpoint
        return base, {"X-Api-Key": key}

    def _hint(self, api: Api, base: str, path: str, status: int | None) -> str | None:
        """For a transport error, 401 or 404: the URL and the config key that chose it (or the credential's)."""
        if status not in (None, 401, 404):
            return None
        if api is Api.AGENT_SERVER:
            url_key, credential = "the resource's `url` input (the deployment's Agent Server)", "langsmith:apiKey"
        elif api is Api.SCIM:
            url_key, credential = "langsmith:scimEndpoint (default <endpoint>/scim/v2)", "langsmith:scimToken"
        elif api is Api.CONTROL_PLANE:
            url_key = "langsmith:controlPlaneEndpoint (default: derived from langsmith:endpoint)"
            credential = "langsmith:apiKey"
        else:
            url_key, credential = "langsmith:endpoint (default: langsmith:region)", "langsmith:apiKey"
        url = base.rstrip("/") + path
        if status == 401:
            return f"{url} refused the credential in {credential}; the URL comes from {url_key}"
        if status == 404:
            return f"not found at {url}; the URL comes from {url_key}"
        return f"could not reach {url}; the URL comes from {url_key}"

    def _secrets(self) -> list[str]:
        values = []
        for secret in (self.settings.api_key, self.settings.scim_token):
            if secret is not None and secret.get_secret_value():
                values.append(secret.get_secret_value())
        return values

    def redact(self, text: str) -> str:
        """Replace every configured credential, and every registered secret input, in `text`."""
        return redaction.redact(text, self._secrets())

    def _redact_detail(self, detail: Any) -> Any:
        if isinstance(detail, str):
            return self.redact(detail)
        if isinstance(detail, list):
            return [self._redact_detail(item) for item in detail]
        if isinstance(detail, dict):
            return {k: self._redact_detail(v) for k, v in detail.items()}
        return detail

    def _send_once(
        self,
        method: str,
        path: str,
        api: Api,
        params: Mapping[str, Any] | None,
        json: Any,
        headers: Mapping[str, str],
        base_url: str | None = None,
    ) -> httpx.Response:
        base, auth = self._base_and_headers(api, base_url)
        client = _pooled_http_client(base, auth, self.settings.timeout_seconds)
        request_headers = dict(headers)
        if api is Api.SCIM and json is not None:
            request_headers["Content-Type"] = "application/scim+json"
        try:
            response = client.request(method, path, params=params, json=json, headers=request_headers)
        except httpx.InvalidURL as exc:  # e.g. a query too long for a URL: no request was sent
            raise BadRequestError(method, path, None, self.redact(f"invalid request URL: {exc}")) from None
        except httpx.HTTPError as exc:
            raise TransportError(
                method,
                path,
                None,
                self.redact(f"{type(exc).__name__}: {exc}"),
                hint=self._hint(api, base, path, None),
            ) from None
        log.debug("%s %s -> %s", method, path, response.status_code)
        if response.status_code >= 400:
            try:
                body = response.json()
                detail = body.get("detail", body) if isinstance(body, dict) else body
            except ValueError:
                # Redact before cutting: a secret straddling the cut would keep its first characters.
                detail = self.redact(response.text)[:500]
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise error_for_status(
                method,
                path,
                response.status_code,
                self._redact_detail(detail),
                retry_after,
                hint=self._hint(api, base, path, response.status_code),
            )
        return response

    # -- public API -----------------------------------------------------------------------------

    def langsmith_path(self, path: str, *, go_root: bool | None = None) -> str:
        """A LangSmith path as this host serves it. The Go service's routes sit at the SaaS root
        (`/v1/platform/...`, `/workspaces/current/ttl-settings`, `/commits/{owner}/{repo}`); a self-hosted
        install serves them under `/api` like everything else (`/api/v1/platform/...`). Paths under `/api/`
        are the same everywhere. `go_root` says whether `path` is such a route (default: whether it starts
        with one of `GO_ROOT_ROUTES`), for a Go route the list does not know yet."""
        if go_root is None:
            go_root = path.startswith(GO_ROOT_ROUTES)
        if self.settings.self_hosted and go_root:
            return "/api" + path
        return path

    def request(
        self,
        method: str,
        path: str,
        *,
        api: Api = Api.LANGSMITH,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        tenant_id: str | None = None,
        organization_id: str | None = None,
        idempotent: bool | None = None,
        recover: Callable[[], Any] | None = None,
        base_url: str | None = None,
        go_root: bool | None = None,
    ) -> Any:
        """Send one API request with retries and return its decoded JSON body (None when empty).

        `tenant_id` / `organization_id` become `X-Tenant-Id` / `X-Organization-Id` for this request only.
        A POST is retried after an ambiguous failure only when `idempotent` (client-supplied id) or when
        `recover` is given: before each retry it is called, and a non-None result (the object the lost
        attempt created) is returned instead of posting again. 429 is always retried: nothing was done.
        `base_url` is the Agent Server's URL (`Api.AGENT_SERVER` only: one per deployment, so per request).
        `go_root`: whether the path is a Go-service route at the host root (see `langsmith_path`).
        """
        method = method.upper()
        path = self.langsmith_path(path, go_root=go_root) if api is Api.LANGSMITH else path
        headers: dict[str, str] = {}
        if tenant_id:
            headers["X-Tenant-Id"] = str(tenant_id)
        if organization_id:
            headers["X-Organization-Id"] = str(organization_id)
        retry_safe = idempotent if idempotent is not None else method in _IDEMPOTENT_METHODS
        retry_safe = retry_safe or recover is not None

        def should_retry(exc: BaseException) -> bool:
            if isinstance(exc, RateLimitedError):
                return True
            return retry_safe and _is_retryable(exc)

        deadline = self.settings.retry_deadline_seconds
        retrying = Retrying(
            stop=stop_any(stop_after_attempt(self.settings.max_retries + 1), _StopAtDeadline(deadline)),
            wait=_WaitRetryAfterOrJitter(self._backoff_initial, self._backoff_max, deadline),
            retry=retry_if_exception(should_retry),
            sleep=self._sleep,
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                if recover is not None and attempt.retry_state.attempt_number > 1:
                    found = recover()
                    if found is not None:
                        return found
                response = self._send_once(method, path, api, params, json, headers, base_url)
                if not response.content:
                    return None
                try:
                    return response.json()
                except ValueError:
                    return response.text
        raise AssertionError("unreachable")  # pragma: no cover

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("POST", path, json=json, **kwargs)

    def patch(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("PATCH", path, json=json, **kwargs)

    def put(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("PUT", path, json=json, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.request("DELETE", path, **kwargs)

    def paginate(
        self, path: str, *, params: Mapping[str, Any] | None = None, page_size: int = 100, **kwargs: Any
    ) -> Iterator[Any]:
        """Items of an `offset`/`limit` list that answers with bare JSON arrays."""
        offset = 0
        while True:
            page = self.get(path, params={**(params or {}), "offset": offset, "limit": page_size}, **kwargs)
            if not isinstance(page, list):
                raise ApiError("GET", path, 200, f"expected a JSON array, got {type(page).__name__}")
            yield from page
            if len(page) < page_size:
                return
            offset += len(page)

    def paginate_resources(
        self, path: str, *, params: Mapping[str, Any] | None = None, page_size: int = 100, **kwargs: Any
    ) -> Iterator[Any]:
        """Items of a control-plane list answering `{resources: [...], offset: <next offset>}`."""
        offset = 0
        kwargs.setdefault("api", Api.CONTROL_PLANE)
        while True:
            body = self.get(path, params={**(params or {}), "offset": offset, "limit": page_size}, **kwargs)
            resources = body.get("resources", []) if isinstance(body, dict) else []
            yield from resources
            next_offset = body.get("offset") if isinstance(body, dict) else None
            if len(resources) < page_size or not isinstance(next_offset, int) or next_offset <= offset:
                return
            offset = next_offset

    def paginate_scim(
        self, path: str, *, filter: str | None = None, page_size: int = 100, **kwargs: Any
    ) -> Iterator[Any]:
        """Resources of a SCIM list (RFC 7644 §3.4.2: `startIndex`/`count`, `ListResponse`), optionally filtered."""
        start = 1
        params: dict[str, Any] = {"filter": filter} if filter else {}
        kwargs.setdefault("api", Api.SCIM)
        while True:
            body = self.get(path, params={**params, "startIndex": start, "count": page_size}, **kwargs)
            resources = body.get("Resources", []) if isinstance(body, dict) else []
            yield from resources
            total = body.get("totalResults", 0) if isinstance(body, dict) else 0
            start += len(resources)
            if not resources or start > total:
                return
