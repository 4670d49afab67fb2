"""`ModelConfiguration`: a saved model configuration of a workspace (`/api/v1/playground-settings`), used by the
playground, evaluators and the agent builder.

It is sent as the official Terraform provider sends it: `simple` settings `{modelId: "provider:model",
envVarName, baseUrl, additional_kwargs}`, where `envVarName` names the workspace secret that holds the
provider's key (a reference: the key itself never enters the configuration). The API's GET echoes
`oauth_client_secret`: it is a secret input, and refresh compares the echo with a keyed hash kept in state,
so the live value is never written to state and an unchanged secret is never a diff.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, HttpUrl, field_validator

from ..errors import LangSmithProviderError
from ..framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped
from ..framework.strategies import Created

#: What refresh puts in place of an OAuth client secret changed outside Pulumi: never the live value itself
#: (a read's inputs are not encrypted), and never equal to a secret the program sets (so the next `up` puts
#: the program's secret back).
CHANGED_SECRET = "<changed outside Pulumi>"
SETTINGS_FIELDS = ("provider", "model", "secret_name", "base_url", "parameters")
AVAILABILITY_FIELDS = ("available_in_playground", "available_in_evaluators", "available_in_agent_builder")
OAUTH_FIELDS = (
    "oauth_token_url",
    "oauth_client_id",
    "oauth_client_secret",
    "oauth_token_endpoint_auth_method",
    "oauth_headers",
)
#: LangChain classes of `complex` settings (made in the UI), by provider.
COMPLEX_CLASSES = {"ChatOpenAI": "openai", "ChatAnthropic": "anthropic", "AzureChatOpenAI": "azure_openai"}
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

HeaderValues = Annotated[list[Annotated[str, Field(max_length=8192)]], Field(max_length=16)]


class ModelConfigurationInputs(WorkspaceScopedInputs):
    name: str = field(
        key=True,
        min_length=1,
        max_length=255,
        description="Name of the configuration, as the playground lists it; with `adopt_existing`, the key to adopt by.",
    )
    description: str | None = field(None, max_length=2048, description="What the configuration is for.")
    provider: str = field(
        min_length=1,
        max_length=64,
        pattern=r"^[a-z][a-z0-9_-]*$",
        description="Model provider: `openai`, `anthropic`, `azure_openai`, ...",
    )
    model: str = field(min_length=1, max_length=256, description="Model name at the provider (e.g. `gpt-4o`).")
    secret_name: str | None = field(
        None,
        max_length=255,
        description="Name of the workspace secret (e.g. a `WorkspaceSecret`'s `key`) holding the provider's API "
        "key: a reference, never the key itself (sent as the settings' `envVarName`).",
    )
    base_url: str | None = field(
        None, max_length=2048, description="Base URL of the provider's API, if not the default."
    )
    parameters: dict[str, Any] | None = field(
        None,
        max_length=64,
        description="Invocation parameters (`temperature`, `max_tokens`, ...), sent as the settings' "
        "`additional_kwargs`. Never put a key here: reference a workspace secret with `secret_name`.",
    )
    scope: Literal["workspace", "organization"] = field(
        "workspace",
        replace=True,
        write_only=True,
        description="`workspace` or `organization`, as the official provider sends it (the API does not report "
        "it). Changing it replaces the configuration.",
    )
    requests_per_second: int | None = field(
        None, ge=1, le=10_000, description="Rate at which the playground sends requests with this model."
    )
    available_in_playground: bool | None = field(
        None, server_default=True, description="Offered in the playground (default true)."
    )
    available_in_evaluators: bool | None = field(
        None, server_default=True, description="Offered to online evaluators (default true)."
    )
    available_in_agent_builder: bool | None = field(
        None, server_default=True, description="Offered in the agent builder (default false)."
    )
    oauth_token_url: str | None = field(
        None, max_length=2048, description="OAuth token URL, for a provider reached with OAuth client credentials."
    )
    oauth_client_id: str | None = field(None, max_length=1024, description="OAuth client id.")
    oauth_client_secret: str | None = field(
        None, secret=True, max_length=4096, description="OAuth client secret (secret; compared by a keyed hash)."
    )
    oauth_token_endpoint_auth_method: Literal["client_secret_basic", "client_secret_post"] | None = field(
        None, description="How the client authenticates at the token URL."
    )
    oauth_headers: dict[str, HeaderValues] | None = field(
        None, max_length=32, description="Headers sent with the token request."
    )

    @field_validator("base_url", "oauth_token_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parsed = HttpUrl(value.strip())
        if parsed.username or parsed.password:
            raise ValueError("must not carry user info: reference a workspace secret instead")
        return value.strip()

    @field_validator("secret_name")
    @classmethod
    def _secret_name(cls, value: str | None) -> str | None:
        if value is not None and not _ENV_NAME.match(value):
            raise ValueError("must be the name of a workspace secret, like OPENAI_API_KEY ([A-Za-z_][A-Za-z0-9_]*)")
        return value


class ModelConfigurationOutputs(OutputsModel):
    settings_type: str | None = field(None, description="`simple` (what this resource writes) or `complex`.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last update time (ISO 8601).")
    oauth_client_secret_hash: str | None = field(
        None, secret=True, description="Keyed hash of the OAuth client secret the API holds, for drift detection."
    )


def _validate(inputs: ModelConfigurationInputs) -> list[tuple[str, str]]:
    oauth = [n for n in OAUTH_FIELDS if getattr(inputs, n) is not None]
    if oauth and inputs.oauth_token_url is None:
        return [("oauth_token_url", f"required with {', '.join(oauth)}")]
    return []


def secret_digest(object_id: str, secret: str) -> str:
    """An HMAC of the secret keyed with the configuration's id: stable across reads, no extra salt to keep."""
    return hmac.new(object_id.encode(), secret.encode(), hashlib.sha256).hexdigest()


class ModelConfigurations(RestCollection):
    """Requests: create 2 (names are not unique: the list, then the POST) and 1 more only to set an
    `available_in_*` flag (the create body has none: only a PATCH sets them), read 1, update 1, delete 1."""

    def settings(self, inputs: Any) -> dict[str, Any]:
        settings = {"modelId": f"{inputs.provider}:{inputs.model}", "additional_kwargs": inputs.parameters or {}}
        if inputs.secret_name is not None:
            settings["envVarName"] = inputs.secret_name
        if inputs.base_url is not None:
            settings["baseUrl"] = inputs.base_url
        return settings

    def field_body(self, inputs: Any, name: str) -> dict[str, Any]:
        """The API fields for one input (its value, null clearing it)."""
        if name == "requests_per_second":
            value = inputs.requests_per_second
            return {"options": {"requests_per_second": value} if value is not None else None}
        if name == "oauth_token_url":  # OAuth is on exactly when a token URL is set
            return {name: inputs.oauth_token_url, "oauth_enabled": inputs.oauth_token_url is not None}
        return {name: getattr(inputs, name)}

    def create_body(self, inputs: Any, object_id: str | None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "name": inputs.name,
            "description": inputs.description,
            "settings": self.settings(inputs),
            "settings_type": "simple",
            # Not in the spec's PlaygroundSettingsCreateRequest: the official Terraform provider sends it
            # (workspace or organization); where the API ignores it, the configuration is the workspace's.
            "scope": inputs.scope,
        }
        for name in ("requests_per_second", *OAUTH_FIELDS):
            body.update(self.field_body(inputs, name))
        if inputs.oauth_token_url is None:
            body.pop("oauth_enabled")
        return {k: v for k, v in body.items() if v is not None}

    def created(self, api: Scoped, inputs: Any, response: Any) -> Created:
        obj = dict(response)
        # `available_in_*` are PATCH-only fields: a create takes the defaults, a PATCH sets the ones given.
        wanted = {n: getattr(inputs, n) for n in AVAILABILITY_FIELDS if getattr(inputs, n) is not None}
        if any(obj.get(n) != v for n, v in wanted.items()):
            obj = dict(api.patch(self.path(self.item, {}, str(obj["id"])), wanted))
        return Created(obj)

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for name in changed:
            if name in SETTINGS_FIELDS:
                body["settings"] = self.settings(new)  # the API replaces settings whole
            elif name in AVAILABILITY_FIELDS:
                if getattr(new, name) is not None:  # null is "unchanged" for these
                    body[name] = getattr(new, name)
            elif name in ("name", "description", "requests_per_second", *OAUTH_FIELDS):
                body.update(self.field_body(new, name))
        return body

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> dict[str, Any]:
        if state.get("settings_type") == "complex" and set(changed) & set(SETTINGS_FIELDS):
            # A PATCH cannot change the settings type, and this resource writes only simple settings.
            raise LangSmithProviderError(
                f"model configuration {object_id} has complex (LangChain) settings, made in the UI; this resource "
                "manages simple ones only: delete it, or choose another name",
            )
        return super().update(api, object_id, old, new, changed, state)

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        settings = obj.get("settings") or {}
        if obj.get("settings_type", "complex") == "simple":
            provider, _, model = str(settings.get("modelId") or "").partition(":")
            secret_name, base_url = settings.get("envVarName"), settings.get("baseUrl")
            parameters = settings.get("additional_kwargs") or None
        else:  # LangChain-serialised: {"id": [..., "ChatOpenAI"], "kwargs": {"model": ...}}
            kwargs = settings.get("kwargs") or {}
            provider = COMPLEX_CLASSES.get(str((settings.get("id") or [""])[-1]), "")
            model = kwargs.get("model") or kwargs.get("model_name") or ""
            secret_name, base_url, parameters = None, kwargs.get("base_url"), None
        options = obj.get("options") or {}
        live = {
            "name": obj.get("name"),
            "description": obj.get("description"),
            "provider": provider or None,
            "model": model or None,
            "secret_name": secret_name,
            "base_url": base_url,
            "parameters": parameters,
            "requests_per_second": options.get("requests_per_second"),
            "oauth_client_secret": self.live_secret(obj, state),
            **{n: obj.get(n) for n in AVAILABILITY_FIELDS},
            **{n: obj.get(n) for n in OAUTH_FIELDS if n != "oauth_client_secret"},
        }
        if not obj.get("oauth_enabled"):
            live.update({n: None for n in OAUTH_FIELDS})
        return live

    def live_secret(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> str | None:
        """The state's OAuth client secret when the API holds the same one, else `CHANGED_SECRET` (or None)."""
        live = obj.get("oauth_client_secret")
        if live is None:
            return None
        kept = state.get("oauth_client_secret")
        known = state.get("oauth_client_secret_hash")
        if known is None and kept is not None and obj.get("id") is not None:
            known = secret_digest(str(obj["id"]), str(kept))
        if kept is not None and known and hmac.compare_digest(secret_digest(str(obj.get("id")), str(live)), known):
            return str(kept)
        return CHANGED_SECRET

    def outputs(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        secret = obj.get("oauth_client_secret")
        return {
            "settings_type": obj.get("settings_type"),
            "created_at": obj.get("created_at"),
            "updated_at": obj.get("updated_at"),
            "oauth_client_secret_hash": secret_digest(str(obj["id"]), str(secret))
            if secret is not None and obj.get("id") is not None
            else None,
        }


DOCS = """\
**Secrets.** The provider's API key stays in a workspace secret (`WorkspaceSecret`); `secret_name` names it.
The policy pack's `langsmith-model-configurations-reference-secrets` refuses a literal-looking key in
`parameters`, `oauth_headers` or `secret_name` (they are not secret). The OAuth client secret is a secret input: the API echoes it, and refresh compares the echo
with a keyed hash kept in state (an unchanged secret is no diff; one changed outside Pulumi shows as changed
and the next `up` restores it, without the live value ever entering state).

**Scope.** `scope` is sent as the official Terraform provider sends it; the API spec does not declare it and
the API does not report it, so it is kept from state.

**Availability.** `available_in_*` are set by a PATCH after the create (the API's create takes no such field).
A configuration made in the UI with `complex` (LangChain) settings can be adopted, but its model settings
cannot be changed by this resource.
"""

KIND = Kind(
    name="ModelConfiguration",
    description="A saved model configuration of a workspace: provider, model, parameters and the workspace "
    "secret its key is read from.",
    inputs=ModelConfigurationInputs,
    outputs=ModelConfigurationOutputs,
    api=ModelConfigurations(
        "/api/v1/playground-settings",
        "/api/v1/playground-settings/{id}",
        key_unique=False,
        list_filter=None,
        paginated=False,
    ),
    validate=_validate,
    docs=DOCS,
    conformance=Conformance(
        example={
            "name": "conformance-gpt",
            "provider": "openai",
            "model": "gpt-4o-mini",
            "secret_name": "OPENAI_API_KEY",
            "parameters": {"temperature": 0.2},
            "oauth_token_url": "https://auth.example.com/oauth/token",
            "oauth_client_id": "conformance-client",
            "oauth_client_secret": "conformance-oauth-secret-1",
        },
        update={
            "model": "gpt-4o",
            "description": "reviewed",
            "available_in_agent_builder": True,
            "oauth_client_secret": "conformance-oauth-secret-2",
        },
        replace={"scope": "organization"},
        invalid=(
            ({"name": ""}, "name"),
            ({"provider": "Open AI"}, "provider"),
            ({"secret_name": "sk-not a name"}, "secret_name"),
            ({"base_url": "not a url"}, "base_url"),
            ({"oauth_token_url": None}, "oauth_token_url"),
            ({"oauth_token_url": "ftp://auth.example.com"}, "oauth_token_url"),
        ),
        drift={"description": "changed by hand"},
    ),
)
