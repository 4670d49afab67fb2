"""Typed errors of the provider and its REST client. Messages never carry a credential."""

from __future__ import annotations

from typing import Any


class LangSmithProviderError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(LangSmithProviderError):
    """Provider configuration is invalid."""


class MissingCredentialsError(ConfigurationError):
    """No credential was configured for a request that needs one."""


class AlreadyExistsError(LangSmithProviderError):
    """An object with the resource's natural key exists and adoption was not asked for."""


class ApiError(LangSmithProviderError):
    """An HTTP request failed: carries method, path, status and the server's detail."""

    def __init__(
        self,
        method: str,
        path: str,
        status: int | None,
        detail: Any = None,
        *,
        retry_after: float | None = None,
        hint: str | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.status = status
        self.detail = detail
        self.retry_after = retry_after
        self.hint = hint
        """Where the URL or credential came from (config key), for errors a user fixes in configuration."""
        super().__init__(self._message())

    def _message(self) -> str:
        status = f"HTTP {self.status}" if self.status is not None else "no response"
        text = f"{self.method} {self.path} failed: {status}"
        detail = format_detail(self.detail)
        text = f"{text}: {detail}" if detail else text
        return f"{text} ({self.hint})" if self.hint else text


class TransportError(ApiError):
    """The connection failed or dropped before a complete response arrived."""


class BadRequestError(ApiError):
    """400: the server rejected the request."""


class UnauthorizedError(ApiError):
    """401: the API key is missing or invalid."""


class ForbiddenError(ApiError):
    """403: the key may not act on this workspace or organization."""


class NotFoundError(ApiError):
    """404: the object does not exist (or is invisible from this workspace)."""


class ConflictError(ApiError):
    """409: the object conflicts with an existing one (duplicate name or id)."""


class ValidationError(ApiError):
    """422: the server's request validation failed; `field_errors` maps field paths to messages."""

    @property
    def field_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if isinstance(self.detail, list):
            for item in self.detail:
                if isinstance(item, dict):
                    loc = [str(p) for p in item.get("loc", []) if p not in ("body", "query", "path")]
                    errors[".".join(loc) or "(request)"] = str(item.get("msg", ""))
        return errors


class RateLimitedError(ApiError):
    """429: too many requests; `retry_after` holds the server's hint in seconds."""


class ServerError(ApiError):
    """5xx or 408: the server failed or timed out."""


def format_detail(detail: Any) -> str:
    """Render a FastAPI / Go-service error body as one readable line."""
    if detail is None or detail == "":
        return ""
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict) and "msg" in item:
                loc = ".".join(str(p) for p in item.get("loc", []) if p not in ("body", "query", "path"))
                parts.append(f"{loc}: {item['msg']}" if loc else str(item["msg"]))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    if isinstance(detail, dict):
        for key in ("detail", "error", "message", "title"):
            if key in detail:
                extra = detail.get("details")
                return f"{format_detail(detail[key])}" + (f" ({extra})" if extra else "")
        return ", ".join(f"{k}={v}" for k, v in detail.items())
    return str(detail)


def error_for_status(
    method: str, path: str, status: int, detail: Any, retry_after: float | None = None, hint: str | None = None
) -> ApiError:
    """The typed error for an HTTP status."""
    cls: type[ApiError]
    if status == 400:
        cls = BadRequestError
    elif status == 401:
        cls = UnauthorizedError
    elif status == 403:
        cls = ForbiddenError
    elif status == 404:
        cls = NotFoundError
    elif status == 409:
        cls = ConflictError
    elif status == 422:
        cls = ValidationError
    elif status == 429:
        cls = RateLimitedError
    elif status == 408 or status >= 500:
        cls = ServerError
    else:
        cls = ApiError
    return cls(method, path, status, detail, retry_after=retry_after, hint=hint)
