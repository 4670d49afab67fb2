"""pulumi-langsmith: manage the LangSmith platform as code with Pulumi dynamic resources."""

from typing import TYPE_CHECKING, Any

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
from .resources import (
    DataType,
    DeploymentSource,
    DeploymentType,
    PromptWebhookTrigger,
    TaggedResourceType,
    TraceTier,
)

__all__ = [
    "CONFIG_KEYS",
    "AlertRule",
    "AlreadyExistsError",
    "Api",
    "ApiError",
    "ApiKey",
    "Assistant",
    "ConfigurationError",
    "ConflictError",
    "Cron",
    "DataType",
    "Dataset",
    "Deployment",
    "DeploymentSource",
    "DeploymentType",
    "Evaluator",
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
    "RunRule",
    "ScimGroup",
    "ScimToken",
    "ScimUser",
    "ServerError",
    "ServiceKey",
    "StoreItem",
    "Tag",
    "TagKey",
    "TagValue",
    "TaggedResourceType",
    "Tagging",
    "TraceTier",
    "TransportError",
    "UnauthorizedError",
    "ValidationError",
    "Workspace",
    "WorkspaceMember",
    "WorkspaceSecret",
    "__version__",
    "get_annotation_queue",
    "get_assistant",
    "get_dataset",
    "get_deployment",
    "get_deployment_revision",
    "get_evaluator",
    "get_github_integration",
    "get_info",
    "get_model_configuration",
    "get_organization",
    "get_project",
    "get_prompt",
    "get_role",
    "get_tag_value",
    "get_user",
    "get_workspace",
    "list_assistants",
    "list_audit_logs",
    "list_crons",
    "list_deployment_revisions",
    "list_gateway_policies",
    "list_github_repositories",
    "list_run_rules",
    "list_workspace_members",
    "list_workspace_secret_names",
    "resolve_settings",
]


if TYPE_CHECKING:
    from .components import Tag
    from .lookups import (
        get_annotation_queue,
        get_assistant,
        get_dataset,
        get_deployment,
        get_deployment_revision,
        get_evaluator,
        get_github_integration,
        get_info,
        get_model_configuration,
        get_organization,
        get_project,
        get_prompt,
        get_role,
        get_tag_value,
        get_user,
        get_workspace,
        list_assistants,
        list_audit_logs,
        list_crons,
        list_deployment_revisions,
        list_gateway_policies,
        list_github_repositories,
        list_run_rules,
        list_workspace_members,
        list_workspace_secret_names,
    )
    from .typed import *  # noqa: F403


def __getattr__(name: str) -> Any:
    """The generated typed classes (`pulumi_langsmith.typed`) and the lookups (`pulumi_langsmith.lookups`),
    loaded on first use: the Pulumi program and the dynamic-provider host import this package for every
    `pulumi up`, and most programs use a few kinds and no lookup."""
    import importlib

    if name in __all__ and name[:1].islower():  # the public functions here are the lookups
        return getattr(importlib.import_module("pulumi_langsmith.lookups"), name)
    if name == "Tag":  # a component over TagKey and TagValue (components.py), not a kind
        return importlib.import_module("pulumi_langsmith.components").Tag
    typed = importlib.import_module("pulumi_langsmith.typed")

    if name in typed.__all__:
        return getattr(typed, name)
    raise AttributeError(f"module 'pulumi_langsmith' has no attribute {name!r}")
