"""Provider settings: stack config (`langsmith:*`) with environment fallbacks, regions and endpoints."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from .errors import ConfigurationError, MissingCredentialsError

ConfigGetter = Callable[[str], "str | None"]


@dataclass(frozen=True)
class ConfigKey:
    """One stack config key of the `langsmith` namespace, with its environment fallbacks."""

    name: str
    env: tuple[str, ...]
    description: str
    secret: bool = False
    type: Literal["string", "number", "integer"] = "string"


CONFIG_KEYS: tuple[ConfigKey, ...] = (
    ConfigKey("apiKey", ("LANGSMITH_API_KEY",), "LangSmith API key (service key or PAT).", secret=True),
    ConfigKey(
        "endpoint",
        ("LANGSMITH_ENDPOINT",),
        "LangSmith API URL. Set it for self-hosted LangSmith or the emulator; a trailing `/api/v1` is stripped.",
    ),
    ConfigKey("region", (), "SaaS region when no endpoint is given: `us` (default) or `eu`."),
    ConfigKey(
        "workspaceId",
        ("LANGSMITH_WORKSPACE_ID", "LANGSMITH_TENANT_ID"),
        "Default workspace (sent as `X-Tenant-Id`) for workspace-scoped resources.",
    ),
    ConfigKey(
        "organizationId",
        ("LANGSMITH_ORGANIZATION_ID",),
        "Organization (sent as `X-Organization-Id`) for organization-scoped resources.",
    ),
    ConfigKey(
        "controlPlaneEndpoint",
        ("LANGSMITH_CONTROL_PLANE_ENDPOINT",),
        "Deployment control-plane URL. Derived from the endpoint when unset (SaaS: `api.host.langchain.com`; "
        "self-hosted: `<origin>/api-host`).",
    ),
    ConfigKey(
        "timeoutSeconds", (), "Connect and read timeout of one HTTP request, in seconds (default 30).", type="number"
    ),
    ConfigKey(
        "maxRetries", (), "Retries of a failed request (408, 429, 5xx, connection errors); default 4.", type="integer"
    ),
    ConfigKey("scimToken", ("LANGSMITH_SCIM_TOKEN",), "Bearer token for the SCIM v2 API.", secret=True),
    ConfigKey("scimEndpoint", ("LANGSMITH_SCIM_ENDPOINT",), "SCIM v2 base URL; default `<endpoint>/scim/v2`."),
)

CONFIG_BY_NAME: dict[str, ConfigKey] = {key.name: key for key in CONFIG_KEYS}

_SAAS_HOSTS: dict[str, tuple[str, str]] = {
    "us": ("https://api.smith.langchain.com", "https://api.host.langchain.com"),
    "eu": ("https://eu.api.smith.langchain.com", "https://eu.api.host.langchain.com"),
}
_SAAS_PREFIXES = ("", "eu.", "apac.", "aws.")

DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MAX_RETRIES = 4


class ProviderSettings(BaseModel):
    """Resolved provider settings. Credentials are `SecretStr`: they never show in reprs or logs."""

    model_config = ConfigDict(frozen=True)

    api_key: SecretStr | None = None
    endpoint: str = _SAAS_HOSTS["us"][0]
    control_plane_endpoint: str = _SAAS_HOSTS["us"][1]
    scim_endpoint: str = _SAAS_HOSTS["us"][0] + "/scim/v2"
    self_hosted: bool = False
    workspace_id: str | None = None
    organization_id: str | None = None
    timeout_seconds: float = Field(default=DEFAULT_TIMEOUT_SECONDS, gt=0)
    max_retries: int = Field(default=DEFAULT_MAX_RETRIES, ge=0, le=20)
    retry_deadline_seconds: float = Field(default=120.0, gt=0)
    scim_token: SecretStr | None = None

    @property
    def platform_prefix(self) -> str:
        """Prefix of the Go-service `/v1/platform` routes: `/api/v1/platform` when self-hosted (the client
        prefixes every root route with `/api` when self-hosted: `LangSmithClient.langsmith_path`)."""
        return "/api/v1/platform" if self.self_hosted else "/v1/platform"

    def require_api_key(self) -> str:
        """The API key, or an error naming the config key and the environment variable."""
        if self.api_key is None or not self.api_key.get_secret_value():
            raise MissingCredentialsError(
                "No LangSmith API key: set it with `pulumi config set --secret langsmith:apiKey <key>` "
                "or the LANGSMITH_API_KEY environment variable."
            )
        return self.api_key.get_secret_value()

    def require_scim_token(self) -> str:
        """The SCIM bearer token, or an error naming the config key and the environment variable."""
        if self.scim_token is None or not self.scim_token.get_secret_value():
            raise MissingCredentialsError(
                "No SCIM token: set it with `pulumi config set --secret langsmith:scimToken <token>` "
                "or the LANGSMITH_SCIM_TOKEN environment variable."
            )
        return self.scim_token.get_secret_value()


def _how_to_set(key: ConfigKey | None, example: str) -> str:
    if key is None:
        return ""
    env = f" or the {' / '.join(key.env)} environment variable" if key.env else ""
    return f": set it with `pulumi config set langsmith:{key.name} {example}`{env}"


def normalize_endpoint(url: str, key_name: str = "endpoint") -> str:
    """Strip whitespace, trailing slashes and a trailing `/api/v1` (or `/api`) from a LangSmith URL."""
    key = CONFIG_BY_NAME.get(key_name)
    how = _how_to_set(key, "https://<host>")
    value = url.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"langsmith:{key_name} must be an absolute http(s) URL, got {value!r}{how}")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigurationError(f"langsmith:{key_name} must not carry user info, a query or a fragment{how}")
    for suffix in ("/api/v1", "/api"):
        if value.endswith(suffix):
            value = value[: -len(suffix)]
            break
    return value.rstrip("/")


def _saas_control_plane(endpoint: str) -> str | None:
    host = urlsplit(endpoint).netloc
    for prefix in _SAAS_PREFIXES:
        if host == f"{prefix}api.smith.langchain.com":
            return f"https://{prefix}api.host.langchain.com"
    return None


def resolve_settings(
    get: ConfigGetter | None = None,
    environ: Mapping[str, str] | None = None,
) -> ProviderSettings:
    """Build settings from stack config (`get("langsmith:<key>")`) and the environment, config first."""
    env = os.environ if environ is None else environ

    def value(key: ConfigKey) -> str | None:
        raw = get(f"langsmith:{key.name}") if get is not None else None
        if raw is not None and str(raw).strip() != "":
            return str(raw).strip()
        for name in key.env:
            if env.get(name, "").strip():
                return env[name].strip()
        return None

    values = {key.name: value(key) for key in CONFIG_KEYS}

    region = (values["region"] or "us").lower()
    if region not in _SAAS_HOSTS:
        raise ConfigurationError(
            f"langsmith:region must be one of {sorted(_SAAS_HOSTS)}, got {region!r}: set it with "
            "`pulumi config set langsmith:region eu` (EU organisations only) or remove it with "
            "`pulumi config rm langsmith:region` (US); self-hosted LangSmith sets langsmith:endpoint instead"
        )

    if values["endpoint"]:
        endpoint = normalize_endpoint(values["endpoint"])
        saas_cp = _saas_control_plane(endpoint)
        self_hosted = saas_cp is None
        control_plane = saas_cp or f"{endpoint}/api-host"
    else:
        endpoint, control_plane = _SAAS_HOSTS[region]
        self_hosted = False
    if values["controlPlaneEndpoint"]:
        control_plane = normalize_endpoint(values["controlPlaneEndpoint"], "controlPlaneEndpoint")
    scim = f"{endpoint}/scim/v2"
    if values["scimEndpoint"]:
        normalize_endpoint(values["scimEndpoint"], "scimEndpoint")  # validated; kept as given (no /api strip)
        scim = values["scimEndpoint"].rstrip("/")

    def number(name: str, default: float, *, integer: bool, low: float, high: float) -> float:
        raw = values[name]
        if raw is None:
            return default
        try:
            parsed = float(raw)
        except ValueError:
            raise ConfigurationError(
                f"langsmith:{name} must be a number, got {raw!r}{_how_to_set(CONFIG_BY_NAME[name], str(default))}"
            ) from None
        if integer and not parsed.is_integer():
            raise ConfigurationError(
                f"langsmith:{name} must be a whole number, got {raw!r}{_how_to_set(CONFIG_BY_NAME[name], str(default))}"
            )
        if not low <= parsed <= high:
            raise ConfigurationError(
                f"langsmith:{name} must be between {low:g} and {high:g}, got {raw!r}"
                f"{_how_to_set(CONFIG_BY_NAME[name], str(default))}"
            )
        return int(parsed) if integer else parsed

    for name in ("apiKey", "scimToken"):
        credential = values[name]
        if credential and any(ord(c) < 0x21 or ord(c) == 0x7F for c in credential):
            # A control character or space would end up escaped in an HTTP library's error (b'...\\n...'),
            # where no redaction can recognise it: refuse it here, without quoting it.
            raise ConfigurationError(
                f"langsmith:{name} contains whitespace or a control character (CR, LF, NUL, ...); "
                "set it again without them"
            )

    return ProviderSettings(
        api_key=SecretStr(values["apiKey"]) if values["apiKey"] else None,
        endpoint=endpoint,
        control_plane_endpoint=control_plane,
        scim_endpoint=scim,
        self_hosted=self_hosted,
        workspace_id=values["workspaceId"],
        organization_id=values["organizationId"],
        timeout_seconds=number("timeoutSeconds", DEFAULT_TIMEOUT_SECONDS, integer=False, low=0.1, high=3600),
        max_retries=int(number("maxRetries", DEFAULT_MAX_RETRIES, integer=True, low=0, high=20)),
        scim_token=SecretStr(values["scimToken"]) if values["scimToken"] else None,
    )
