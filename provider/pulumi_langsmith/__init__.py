"""pulumi-langsmith: manage the LangSmith platform as code with Pulumi dynamic resources."""

from ._version import __version__
from .client import Api, LangSmithClient
from .config import CONFIG_KEYS, ProviderSettings, resolve_settings
from .errors import (
    AlreadyExistsError,
    ApiError,
    ConfigurationError,
    ConflictError,
    ForbiddenError,
    MissingCredentialsError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    TransportError,
    UnauthorizedError,
    ValidationError,
)
from .resources import Dataset, DataType, Project, TraceTier, Workspace

__all__ = [
    "CONFIG_KEYS",
    "AlreadyExistsError",
    "Api",
    "ApiError",
    "ConfigurationError",
    "ConflictError",
    "DataType",
    "Dataset",
    "ForbiddenError",
    "LangSmithClient",
    "MissingCredentialsError",
    "NotFoundError",
    "Project",
    "ProviderSettings",
    "RateLimitedError",
    "ServerError",
    "TraceTier",
    "TransportError",
    "UnauthorizedError",
    "ValidationError",
    "Workspace",
    "__version__",
    "resolve_settings",
]
