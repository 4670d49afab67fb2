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
from .resources import PromptWebhook, PromptWebhookTrigger, ScimGroup, ScimUser, WorkspaceSecret
from .resources import Deployment, DeploymentSource, DeploymentType
from .resources import ApiKey, OrgMember, PersonalAccessToken, Role, ScimToken, ServiceKey, WorkspaceMember
from .lookups import get_deployment, get_github_integration, list_deployment_revisions, list_github_repositories

__all__ = [
    "CONFIG_KEYS",
    "AlreadyExistsError",
    "ApiKey",
    "Api",
    "ApiError",
    "ConfigurationError",
    "ConflictError",
    "DataType",
    "Dataset",
    "Deployment",
    "DeploymentSource",
    "DeploymentType",
    "ForbiddenError",
    "LangSmithClient",
    "MissingCredentialsError",
    "NotFoundError",
    "OrgMember",
    "PersonalAccessToken",
    "Project",
    "PromptWebhook",
    "PromptWebhookTrigger",
    "ProviderSettings",
    "RateLimitedError",
    "Role",
    "ScimGroup",
    "ScimToken",
    "ScimUser",
    "ServerError",
    "ServiceKey",
    "TraceTier",
    "TransportError",
    "UnauthorizedError",
    "ValidationError",
    "Workspace",
    "WorkspaceMember",
    "WorkspaceSecret",
    "__version__",
    "get_deployment",
    "get_github_integration",
    "list_deployment_revisions",
    "list_github_repositories",
    "resolve_settings",
]
