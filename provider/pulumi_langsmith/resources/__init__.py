"""Resource kinds, one module each; the typed classes are generated into `pulumi_langsmith.typed`."""

from typing import Any

from .api_key import ApiKey, ApiKeyProvider, ApiKeySpec
from .dataset import DataType
from .deployment import DeploymentSource, DeploymentType
from .personal_access_token import PersonalAccessToken, PersonalAccessTokenProvider, PersonalAccessTokenSpec
from .project import TraceTier
from .prompt_webhook import PromptWebhookTrigger
from .scim_token import ScimToken, ScimTokenProvider, ScimTokenSpec
from .service_key import ServiceKey, ServiceKeyProvider, ServiceKeySpec


def __getattr__(name: str) -> Any:
    """The generated typed classes (`pulumi_langsmith.typed`), loaded on first use."""
    import importlib

    typed = importlib.import_module("pulumi_langsmith.typed")

    if name == "ALL_PROVIDERS":
        return (*typed.ALL_PROVIDERS, *_HAND_WRITTEN)
    return getattr(typed, name)


_HAND_WRITTEN = (
    ServiceKeyProvider,
    PersonalAccessTokenProvider,
    ApiKeyProvider,
    ScimTokenProvider,
)

__all__ = [
    "ApiKey",
    "ApiKeyProvider",
    "ApiKeySpec",
    "DataType",
    "DeploymentSource",
    "DeploymentType",
    "PersonalAccessToken",
    "PersonalAccessTokenProvider",
    "PersonalAccessTokenSpec",
    "PromptWebhookTrigger",
    "ScimToken",
    "ScimTokenProvider",
    "ScimTokenSpec",
    "ServiceKey",
    "ServiceKeyProvider",
    "ServiceKeySpec",
    "TraceTier",
]
