"""Typed resource classes, one per kind: GENERATED from the kind declarations in `resources/` by
`pulumi-langsmith codegen`. Do not edit by hand; `tests/test_codegen.py` fails when this file is stale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, overload

import pulumi

from .framework.adapter import KindProvider, KindResource, resolve_args

__all__ = [
    "AccessPolicy",
    "AccessPolicyArgs",
    "AccessPolicyAttachment",
    "AccessPolicyAttachmentArgs",
    "AccessPolicyAttachmentProvider",
    "AccessPolicyProvider",
    "AgentBuilderIntegrations",
    "AgentBuilderIntegrationsArgs",
    "AgentBuilderIntegrationsProvider",
    "AlertRule",
    "AlertRuleArgs",
    "AlertRuleProvider",
    "AnnotationQueue",
    "AnnotationQueueArgs",
    "AnnotationQueueProvider",
    "AnnotationQueueReviewer",
    "AnnotationQueueReviewerArgs",
    "AnnotationQueueReviewerProvider",
    "ApiKey",
    "ApiKeyArgs",
    "ApiKeyProvider",
    "Assistant",
    "AssistantArgs",
    "AssistantProvider",
    "BulkExport",
    "BulkExportArgs",
    "BulkExportDestination",
    "BulkExportDestinationArgs",
    "BulkExportDestinationProvider",
    "BulkExportProvider",
    "Cron",
    "CronArgs",
    "CronProvider",
    "Dataset",
    "DatasetArgs",
    "DatasetExamples",
    "DatasetExamplesArgs",
    "DatasetExamplesProvider",
    "DatasetProvider",
    "DatasetShare",
    "DatasetShareArgs",
    "DatasetShareProvider",
    "DatasetSplit",
    "DatasetSplitArgs",
    "DatasetSplitProvider",
    "DatasetVersionTag",
    "DatasetVersionTagArgs",
    "DatasetVersionTagProvider",
    "Deployment",
    "DeploymentArgs",
    "DeploymentProvider",
    "Evaluator",
    "EvaluatorArgs",
    "EvaluatorProvider",
    "Example",
    "ExampleArgs",
    "ExampleProvider",
    "FeatureModelConfig",
    "FeatureModelConfigArgs",
    "FeatureModelConfigProvider",
    "FeedbackConfig",
    "FeedbackConfigArgs",
    "FeedbackConfigProvider",
    "FeedbackFormula",
    "FeedbackFormulaArgs",
    "FeedbackFormulaProvider",
    "GatewayPolicy",
    "GatewayPolicyArgs",
    "GatewayPolicyProvider",
    "GatewaySpendCap",
    "GatewaySpendCapArgs",
    "GatewaySpendCapProvider",
    "HubEnvironment",
    "HubEnvironmentArgs",
    "HubEnvironmentProvider",
    "Listener",
    "ListenerArgs",
    "ListenerProvider",
    "McpVendorSettings",
    "McpVendorSettingsArgs",
    "McpVendorSettingsProvider",
    "ModelConfiguration",
    "ModelConfigurationArgs",
    "ModelConfigurationProvider",
    "ModelPriceMap",
    "ModelPriceMapArgs",
    "ModelPriceMapProvider",
    "OrgMember",
    "OrgMemberArgs",
    "OrgMemberProvider",
    "OrgTtlSettings",
    "OrgTtlSettingsArgs",
    "OrgTtlSettingsProvider",
    "OrganizationSettings",
    "OrganizationSettingsArgs",
    "OrganizationSettingsProvider",
    "PersonalAccessToken",
    "PersonalAccessTokenArgs",
    "PersonalAccessTokenProvider",
    "Project",
    "ProjectArgs",
    "ProjectProvider",
    "Prompt",
    "PromptArgs",
    "PromptProvider",
    "PromptTag",
    "PromptTagArgs",
    "PromptTagProvider",
    "PromptWebhook",
    "PromptWebhookArgs",
    "PromptWebhookProvider",
    "RepoOwner",
    "RepoOwnerArgs",
    "RepoOwnerProvider",
    "Role",
    "RoleArgs",
    "RoleProvider",
    "RunRule",
    "RunRuleArgs",
    "RunRuleProvider",
    "SandboxRegistry",
    "SandboxRegistryArgs",
    "SandboxRegistryProvider",
    "ScimGroup",
    "ScimGroupArgs",
    "ScimGroupProvider",
    "ScimToken",
    "ScimTokenArgs",
    "ScimTokenProvider",
    "ScimUser",
    "ScimUserArgs",
    "ScimUserProvider",
    "ServiceAccount",
    "ServiceAccountArgs",
    "ServiceAccountProvider",
    "ServiceKey",
    "ServiceKeyArgs",
    "ServiceKeyProvider",
    "SsoSettings",
    "SsoSettingsArgs",
    "SsoSettingsProvider",
    "StoreItem",
    "StoreItemArgs",
    "StoreItemProvider",
    "TagKey",
    "TagKeyArgs",
    "TagKeyProvider",
    "TagValue",
    "TagValueArgs",
    "TagValueProvider",
    "Tagging",
    "TaggingArgs",
    "TaggingProvider",
    "Thread",
    "ThreadArgs",
    "ThreadProvider",
    "Tool",
    "ToolArgs",
    "ToolProvider",
    "UsageLimit",
    "UsageLimitArgs",
    "UsageLimitProvider",
    "Workspace",
    "WorkspaceArgs",
    "WorkspaceMember",
    "WorkspaceMemberArgs",
    "WorkspaceMemberProvider",
    "WorkspaceProvider",
    "WorkspaceSecret",
    "WorkspaceSecretArgs",
    "WorkspaceSecretProvider",
    "WorkspaceTtlSettings",
    "WorkspaceTtlSettingsArgs",
    "WorkspaceTtlSettingsProvider",
]


class AccessPolicyArgs:
    """The arguments of a `AccessPolicy`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        effect: pulumi.Input[str],
        condition_groups: pulumi.Input[Sequence[Mapping[str, Any]]],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.name = name
        """Policy name (found by it for adoption)."""
        self.effect = effect
        """`allow` or `deny` (deny always wins)."""
        self.condition_groups = condition_groups
        """Condition groups, any of which makes the policy apply (OR); a group's conditions are AND'ed."""
        self.description = description
        """What the policy is for."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AccessPolicyProvider(KindProvider):
    """The dynamic provider of `AccessPolicy`."""

    kind_module = "pulumi_langsmith.resources.access_policy"


class AccessPolicy(KindResource, module="langsmith", name="AccessPolicy"):
    """An ABAC access policy: allows or denies permissions on tagged resources to the roles it is attached to.
    Every change replaces it. Type token `pulumi-python:dynamic/langsmith:AccessPolicy`.
    """

    _provider_class = AccessPolicyProvider

    name: pulumi.Output[str]
    """Policy name (found by it for adoption)."""
    effect: pulumi.Output[str]
    """`allow` or `deny` (deny always wins)."""
    condition_groups: pulumi.Output[Sequence[Mapping[str, Any]]]
    """Condition groups, any of which makes the policy apply (OR); a group's conditions are AND'ed."""
    description: pulumi.Output[str | None]
    """What the policy is for."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    role_ids: pulumi.Output[Sequence[str] | None]
    """Roles the policy is attached to (`AccessPolicyAttachment`)."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last change (an attachment counts)."""

    @overload
    def __init__(
        self, resource_name: str, args: AccessPolicyArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        effect: pulumi.Input[str],
        condition_groups: pulumi.Input[Sequence[Mapping[str, Any]]],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a AccessPolicy: An ABAC access policy: allows or denies permissions on tagged resources to the roles it is attached to. Every change replaces it.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AccessPolicyArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Policy name (found by it for adoption).
        :param effect: `allow` or `deny` (deny always wins).
        :param condition_groups: Condition groups, any of which makes the policy apply (OR); a group's conditions
                    are AND'ed.
        :param description: What the policy is for.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(AccessPolicyArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class AccessPolicyAttachmentArgs:
    """The arguments of a `AccessPolicyAttachment`."""

    def __init__(
        self,
        *,
        role_id: pulumi.Input[str],
        access_policy_id: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.role_id = role_id
        """The role (`Role.id`, or a built-in role's id)."""
        self.access_policy_id = access_policy_id
        """The policy (`AccessPolicy.id`)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AccessPolicyAttachmentProvider(KindProvider):
    """The dynamic provider of `AccessPolicyAttachment`."""

    kind_module = "pulumi_langsmith.resources.access_policy_attachment"


class AccessPolicyAttachment(KindResource, module="langsmith", name="AccessPolicyAttachment"):
    """An access policy attached to a role (id `<role_id>/<access_policy_id>`); any change replaces it. Type
    token `pulumi-python:dynamic/langsmith:AccessPolicyAttachment`.
    """

    _provider_class = AccessPolicyAttachmentProvider

    role_id: pulumi.Output[str]
    """The role (`Role.id`, or a built-in role's id)."""
    access_policy_id: pulumi.Output[str]
    """The policy (`AccessPolicy.id`)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """

    @overload
    def __init__(
        self, resource_name: str, args: AccessPolicyAttachmentArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        role_id: pulumi.Input[str],
        access_policy_id: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a AccessPolicyAttachment: An access policy attached to a role (id `<role_id>/<access_policy_id>`); any change replaces it.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AccessPolicyAttachmentArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param role_id: The role (`Role.id`, or a built-in role's id).
        :param access_policy_id: The policy (`AccessPolicy.id`).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(AccessPolicyAttachmentArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class AgentBuilderIntegrationsArgs:
    """The arguments of a `AgentBuilderIntegrations`."""

    def __init__(
        self,
        *,
        integrations_enabled_by_default: pulumi.Input[bool] | None = None,
        integration_overrides: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.integrations_enabled_by_default = integrations_enabled_by_default
        """Whether an integration without an override is enabled."""
        self.integration_overrides = integration_overrides
        """Integrations enabled or disabled regardless of the default (each at most once)."""
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AgentBuilderIntegrationsProvider(KindProvider):
    """The dynamic provider of `AgentBuilderIntegrations`."""

    kind_module = "pulumi_langsmith.resources.agent_builder_integrations"


class AgentBuilderIntegrations(KindResource, module="langsmith", name="AgentBuilderIntegrations"):
    """Which integrations a workspace's Agent Builder agents may use: a default and per-integration overrides.
    One per workspace; only the fields you set are managed. Type token
    `pulumi-python:dynamic/langsmith:AgentBuilderIntegrations`.
    """

    _provider_class = AgentBuilderIntegrationsProvider

    integrations_enabled_by_default: pulumi.Output[bool | None]
    """Whether an integration without an override is enabled."""
    integration_overrides: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Integrations enabled or disabled regardless of the default (each at most once)."""
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    integration_catalog: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """The integrations the workspace knows (`key`, `display_name`, `can_invoke`)."""

    @overload
    def __init__(
        self, resource_name: str, args: AgentBuilderIntegrationsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        integrations_enabled_by_default: pulumi.Input[bool] | None = None,
        integration_overrides: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a AgentBuilderIntegrations: Which integrations a workspace's Agent Builder agents may use: a default and per-integration overrides. One per workspace; only the fields you set are managed.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AgentBuilderIntegrationsArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param integrations_enabled_by_default: Whether an integration without an override is enabled.
        :param integration_overrides: Integrations enabled or disabled regardless of the default (each at most
                    once).
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(AgentBuilderIntegrationsArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class AlertRuleArgs:
    """The arguments of a `AlertRule`."""

    def __init__(
        self,
        *,
        session_id: pulumi.Input[str],
        name: pulumi.Input[str],
        type: pulumi.Input[str],
        aggregation: pulumi.Input[str],
        attribute: pulumi.Input[str],
        operator: pulumi.Input[str],
        window_minutes: pulumi.Input[int],
        actions: pulumi.Input[Sequence[Mapping[str, Any]]],
        adopt_id: pulumi.Input[str] | None = None,
        description: pulumi.Input[str] | None = None,
        threshold: pulumi.Input[float] | None = None,
        threshold_multiplier: pulumi.Input[float] | None = None,
        threshold_window_minutes: pulumi.Input[int] | None = None,
        filter: pulumi.Input[str] | None = None,
        denominator_filter: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.session_id = session_id
        """Project (tracer session) the alert watches; a change replaces."""
        self.name = name
        """Alert name."""
        self.type = type
        """`threshold` (the value crosses `threshold`) or `change` (it moves by `threshold_multiplier`)."""
        self.aggregation = aggregation
        """`avg`, `sum` or `pct` over the window."""
        self.attribute = attribute
        """The measured attribute, e.g. `latency`, `error_count`, `feedback_score`."""
        self.operator = operator
        """How the value compares with the threshold."""
        self.window_minutes = window_minutes
        """Aggregation window, 1 to 60 minutes."""
        self.actions = actions
        """What happens when the alert fires (secret)."""
        self.adopt_id = adopt_id
        """Id of an existing alert rule of this project to manage instead of creating one. LangSmith lists no
        alert rules, so an existing one can be adopted only by its id (the last part of its URL).
        """
        self.description = description
        """What the alert means."""
        self.threshold = threshold
        """Threshold, for `type: threshold`."""
        self.threshold_multiplier = threshold_multiplier
        """Relative change that fires, for `type: change`."""
        self.threshold_window_minutes = threshold_window_minutes
        """Window the change is measured against, for `type: change`."""
        self.filter = filter
        """Run filter, e.g. `eq(is_root, true)`."""
        self.denominator_filter = denominator_filter
        """Denominator filter of `pct`."""
        self.workspace_id = workspace_id
        """Workspace of the project (sent as `X-Tenant-Id`); defaults to the provider's `langsmith:workspaceId`,
        else the API key's workspace. Changing it replaces the alert rule.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AlertRuleProvider(KindProvider):
    """The dynamic provider of `AlertRule`."""

    kind_module = "pulumi_langsmith.resources.alert_rule"


class AlertRule(KindResource, module="langsmith", name="AlertRule"):
    """An alert on a project's runs (latency, errors, feedback, cost), with webhook, PagerDuty or Slack actions.
    Type token `pulumi-python:dynamic/langsmith:AlertRule`.
    """

    _provider_class = AlertRuleProvider

    session_id: pulumi.Output[str]
    """Project (tracer session) the alert watches; a change replaces."""
    name: pulumi.Output[str]
    """Alert name."""
    type: pulumi.Output[str]
    """`threshold` (the value crosses `threshold`) or `change` (it moves by `threshold_multiplier`)."""
    aggregation: pulumi.Output[str]
    """`avg`, `sum` or `pct` over the window."""
    attribute: pulumi.Output[str]
    """The measured attribute, e.g. `latency`, `error_count`, `feedback_score`."""
    operator: pulumi.Output[str]
    """How the value compares with the threshold."""
    window_minutes: pulumi.Output[int]
    """Aggregation window, 1 to 60 minutes."""
    actions: pulumi.Output[Sequence[Mapping[str, Any]]]
    """What happens when the alert fires (secret)."""
    adopt_id: pulumi.Output[str | None]
    """Id of an existing alert rule of this project to manage instead of creating one. LangSmith lists no alert
    rules, so an existing one can be adopted only by its id (the last part of its URL).
    """
    description: pulumi.Output[str | None]
    """What the alert means."""
    threshold: pulumi.Output[float | None]
    """Threshold, for `type: threshold`."""
    threshold_multiplier: pulumi.Output[float | None]
    """Relative change that fires, for `type: change`."""
    threshold_window_minutes: pulumi.Output[int | None]
    """Window the change is measured against, for `type: change`."""
    filter: pulumi.Output[str | None]
    """Run filter, e.g. `eq(is_root, true)`."""
    denominator_filter: pulumi.Output[str | None]
    """Denominator filter of `pct`."""
    workspace_id: pulumi.Output[str | None]
    """Workspace of the project (sent as `X-Tenant-Id`); defaults to the provider's `langsmith:workspaceId`, else
    the API key's workspace. Changing it replaces the alert rule.
    """
    rule_id: pulumi.Output[str | None]
    """The alert rule's own id (the resource id is `session_id/rule_id`)."""
    session_name: pulumi.Output[str | None]
    """Name of the project."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""

    @overload
    def __init__(self, resource_name: str, args: AlertRuleArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        session_id: pulumi.Input[str],
        name: pulumi.Input[str],
        type: pulumi.Input[str],
        aggregation: pulumi.Input[str],
        attribute: pulumi.Input[str],
        operator: pulumi.Input[str],
        window_minutes: pulumi.Input[int],
        actions: pulumi.Input[Sequence[Mapping[str, Any]]],
        adopt_id: pulumi.Input[str] | None = None,
        description: pulumi.Input[str] | None = None,
        threshold: pulumi.Input[float] | None = None,
        threshold_multiplier: pulumi.Input[float] | None = None,
        threshold_window_minutes: pulumi.Input[int] | None = None,
        filter: pulumi.Input[str] | None = None,
        denominator_filter: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a AlertRule: An alert on a project's runs (latency, errors, feedback, cost), with webhook, PagerDuty or Slack actions.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AlertRuleArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param session_id: Project (tracer session) the alert watches; a change replaces.
        :param name: Alert name.
        :param type: `threshold` (the value crosses `threshold`) or `change` (it moves by `threshold_multiplier`).
        :param aggregation: `avg`, `sum` or `pct` over the window.
        :param attribute: The measured attribute, e.g. `latency`, `error_count`, `feedback_score`.
        :param operator: How the value compares with the threshold.
        :param window_minutes: Aggregation window, 1 to 60 minutes.
        :param actions: What happens when the alert fires (secret).
        :param adopt_id: Id of an existing alert rule of this project to manage instead of creating one. LangSmith
                    lists no alert rules, so an existing one can be adopted only by its id (the last part of its
                    URL).
        :param description: What the alert means.
        :param threshold: Threshold, for `type: threshold`.
        :param threshold_multiplier: Relative change that fires, for `type: change`.
        :param threshold_window_minutes: Window the change is measured against, for `type: change`.
        :param filter: Run filter, e.g. `eq(is_root, true)`.
        :param denominator_filter: Denominator filter of `pct`.
        :param workspace_id: Workspace of the project (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the alert rule.
        """
        props, opts = resolve_args(AlertRuleArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class AnnotationQueueArgs:
    """The arguments of a `AnnotationQueue`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        default_dataset_id: pulumi.Input[str] | None = None,
        rubric_instructions: pulumi.Input[str] | None = None,
        rubric_items: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        num_reviewers_per_item: pulumi.Input[int] | None = None,
        enable_reservations: pulumi.Input[bool] | None = None,
        reservation_minutes: pulumi.Input[int] | None = None,
        reviewer_access_mode: pulumi.Input[str] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        session_ids: pulumi.Input[Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Queue name (looked up by `?name=`)."""
        self.description = description
        """What the queue is for."""
        self.default_dataset_id = default_dataset_id
        """Dataset that reviewed runs are added to by default."""
        self.rubric_instructions = rubric_instructions
        """Instructions for reviewers."""
        self.rubric_items = rubric_items
        """Feedback keys reviewers score."""
        self.num_reviewers_per_item = num_reviewers_per_item
        """Reviews each run needs (server default 1)."""
        self.enable_reservations = enable_reservations
        """Whether a reviewer reserves a run while reviewing it."""
        self.reservation_minutes = reservation_minutes
        """How long a reservation lasts."""
        self.reviewer_access_mode = reviewer_access_mode
        """`any` workspace member, or only `assigned` reviewers."""
        self.metadata = metadata
        """Free-form metadata."""
        self.session_ids = session_ids
        """Projects whose runs feed the queue. Taken at creation only (the API neither returns nor changes it):
        changing it replaces the queue.
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AnnotationQueueProvider(KindProvider):
    """The dynamic provider of `AnnotationQueue`."""

    kind_module = "pulumi_langsmith.resources.annotation_queue"


class AnnotationQueue(KindResource, module="langsmith", name="AnnotationQueue"):
    """A LangSmith annotation queue: runs for human review, scored against a rubric. Type token
    `pulumi-python:dynamic/langsmith:AnnotationQueue`.
    """

    _provider_class = AnnotationQueueProvider

    name: pulumi.Output[str]
    """Queue name (looked up by `?name=`)."""
    description: pulumi.Output[str | None]
    """What the queue is for."""
    default_dataset_id: pulumi.Output[str | None]
    """Dataset that reviewed runs are added to by default."""
    rubric_instructions: pulumi.Output[str | None]
    """Instructions for reviewers."""
    rubric_items: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Feedback keys reviewers score."""
    num_reviewers_per_item: pulumi.Output[int | None]
    """Reviews each run needs (server default 1)."""
    enable_reservations: pulumi.Output[bool | None]
    """Whether a reviewer reserves a run while reviewing it."""
    reservation_minutes: pulumi.Output[int | None]
    """How long a reservation lasts."""
    reviewer_access_mode: pulumi.Output[str | None]
    """`any` workspace member, or only `assigned` reviewers."""
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata."""
    session_ids: pulumi.Output[Sequence[str] | None]
    """Projects whose runs feed the queue. Taken at creation only (the API neither returns nor changes it):
    changing it replaces the queue.
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the queue."""
    queue_type: pulumi.Output[str | None]
    """`single` or `pairwise`."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last update time (ISO 8601)."""
    assigned_reviewers: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Reviewers assigned to the queue (`AnnotationQueueReviewer`)."""

    @overload
    def __init__(
        self, resource_name: str, args: AnnotationQueueArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        default_dataset_id: pulumi.Input[str] | None = None,
        rubric_instructions: pulumi.Input[str] | None = None,
        rubric_items: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        num_reviewers_per_item: pulumi.Input[int] | None = None,
        enable_reservations: pulumi.Input[bool] | None = None,
        reservation_minutes: pulumi.Input[int] | None = None,
        reviewer_access_mode: pulumi.Input[str] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        session_ids: pulumi.Input[Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a AnnotationQueue: A LangSmith annotation queue: runs for human review, scored against a rubric.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AnnotationQueueArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Queue name (looked up by `?name=`).
        :param description: What the queue is for.
        :param default_dataset_id: Dataset that reviewed runs are added to by default.
        :param rubric_instructions: Instructions for reviewers.
        :param rubric_items: Feedback keys reviewers score.
        :param num_reviewers_per_item: Reviews each run needs (server default 1).
        :param enable_reservations: Whether a reviewer reserves a run while reviewing it.
        :param reservation_minutes: How long a reservation lasts.
        :param reviewer_access_mode: `any` workspace member, or only `assigned` reviewers.
        :param metadata: Free-form metadata.
        :param session_ids: Projects whose runs feed the queue. Taken at creation only (the API neither returns nor
                    changes it): changing it replaces the queue.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(AnnotationQueueArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class AnnotationQueueReviewerArgs:
    """The arguments of a `AnnotationQueueReviewer`."""

    def __init__(
        self,
        *,
        queue_id: pulumi.Input[str],
        identity_id: pulumi.Input[str],
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.queue_id = queue_id
        """The annotation queue."""
        self.identity_id = identity_id
        """Workspace identity of the reviewer (a `WorkspaceMember`'s identity id)."""
        self.workspace_id = workspace_id
        """Workspace of the queue (sent as `X-Tenant-Id`); defaults to the provider's. Changing it replaces the
        assignment.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AnnotationQueueReviewerProvider(KindProvider):
    """The dynamic provider of `AnnotationQueueReviewer`."""

    kind_module = "pulumi_langsmith.resources.annotation_queue_reviewer"


class AnnotationQueueReviewer(KindResource, module="langsmith", name="AnnotationQueueReviewer"):
    """A reviewer assigned to an annotation queue (a queue and workspace identity pair). Type token
    `pulumi-python:dynamic/langsmith:AnnotationQueueReviewer`.
    """

    _provider_class = AnnotationQueueReviewerProvider

    queue_id: pulumi.Output[str]
    """The annotation queue."""
    identity_id: pulumi.Output[str]
    """Workspace identity of the reviewer (a `WorkspaceMember`'s identity id)."""
    workspace_id: pulumi.Output[str | None]
    """Workspace of the queue (sent as `X-Tenant-Id`); defaults to the provider's. Changing it replaces the
    assignment.
    """
    name: pulumi.Output[str | None]
    """The reviewer's name, as the queue reports it."""
    email: pulumi.Output[str | None]
    """The reviewer's email, as the queue reports it."""

    @overload
    def __init__(
        self, resource_name: str, args: AnnotationQueueReviewerArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        queue_id: pulumi.Input[str],
        identity_id: pulumi.Input[str],
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a AnnotationQueueReviewer: A reviewer assigned to an annotation queue (a queue and workspace identity pair).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AnnotationQueueReviewerArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param queue_id: The annotation queue.
        :param identity_id: Workspace identity of the reviewer (a `WorkspaceMember`'s identity id).
        :param workspace_id: Workspace of the queue (sent as `X-Tenant-Id`); defaults to the provider's. Changing it
                    replaces the assignment.
        """
        props, opts = resolve_args(AnnotationQueueReviewerArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ApiKeyArgs:
    """The arguments of a `ApiKey`."""

    def __init__(
        self,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.description = description
        """What the key is for. Changing it replaces the key. LangSmith lists it with this resource's owner
        marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.
        """
        self.expires_at = expires_at
        """Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key."""
        self.workspace_id = workspace_id
        """Workspace of the key (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it
        replaces the key.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ApiKeyProvider(KindProvider):
    """The dynamic provider of `ApiKey`."""

    kind_module = "pulumi_langsmith.resources.api_key"


class ApiKey(KindResource, module="langsmith", name="ApiKey"):
    """A legacy LangSmith API key of one workspace. Type token `pulumi-python:dynamic/langsmith:ApiKey`."""

    _provider_class = ApiKeyProvider

    description: pulumi.Output[str]
    """What the key is for. Changing it replaces the key. LangSmith lists it with this resource's owner marker
    appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.
    """
    expires_at: pulumi.Output[str | None]
    """Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key."""
    workspace_id: pulumi.Output[str | None]
    """Workspace of the key (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it replaces
    the key.
    """
    key: pulumi.Output[str | None]
    """The key's value: returned once at creation, kept as a secret."""
    short_key: pulumi.Output[str | None]
    """Masked form of the key, as LangSmith lists it."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: ApiKeyArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ApiKey: A legacy LangSmith API key of one workspace.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ApiKeyArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param description: What the key is for. Changing it replaces the key. LangSmith lists it with this
                    resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and
                    diff ignore.
        :param expires_at: Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces
                    the key.
        :param workspace_id: Workspace of the key (sent as `X-Tenant-Id`); defaults to the provider's workspace.
                    Changing it replaces the key.
        """
        props, opts = resolve_args(ApiKeyArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class AssistantArgs:
    """The arguments of a `Assistant`."""

    def __init__(
        self,
        *,
        url: pulumi.Input[str],
        name: pulumi.Input[str],
        graph_id: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        config: pulumi.Input[Mapping[str, Any]] | None = None,
        context: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        pinned_version: pulumi.Input[int] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.url = url
        """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
        deployment, so changing it replaces the object.
        """
        self.name = name
        """Assistant name (the natural key on its Agent Server)."""
        self.graph_id = graph_id
        """Graph the assistant runs (a key of `graphs` in the deployment's langgraph.json); it must exist on the
        server, else the create fails listing the graphs it has.
        """
        self.description = description
        """What the assistant is for."""
        self.config = config
        """Graph configuration (`tags`, `recursion_limit`, `configurable`, ...)."""
        self.context = context
        """Static context handed to every run. Unset: whatever the server holds (at create it copies
        `config.configurable` here).
        """
        self.metadata = metadata
        """Free-form metadata; keys removed here are removed on the server."""
        self.pinned_version = pinned_version
        """Version the server serves (set as latest). Unset: the newest version. Set: an update still makes a new
        version (`latest_version`) from the other inputs, but the pinned one stays served until this changes,
        so a rollout is a reviewed change of this number.
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class AssistantProvider(KindProvider):
    """The dynamic provider of `Assistant`."""

    kind_module = "pulumi_langsmith.resources.assistant"


class Assistant(KindResource, module="langsmith", name="Assistant"):
    """An assistant of a deployment's Agent Server: one of its graphs with a configuration. Type token
    `pulumi-python:dynamic/langsmith:Assistant`.
    """

    _provider_class = AssistantProvider

    url: pulumi.Output[str]
    """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
    deployment, so changing it replaces the object.
    """
    name: pulumi.Output[str]
    """Assistant name (the natural key on its Agent Server)."""
    graph_id: pulumi.Output[str]
    """Graph the assistant runs (a key of `graphs` in the deployment's langgraph.json); it must exist on the
    server, else the create fails listing the graphs it has.
    """
    description: pulumi.Output[str | None]
    """What the assistant is for."""
    config: pulumi.Output[Mapping[str, Any] | None]
    """Graph configuration (`tags`, `recursion_limit`, `configurable`, ...)."""
    context: pulumi.Output[Mapping[str, Any] | None]
    """Static context handed to every run. Unset: whatever the server holds (at create it copies
    `config.configurable` here).
    """
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata; keys removed here are removed on the server."""
    pinned_version: pulumi.Output[int | None]
    """Version the server serves (set as latest). Unset: the newest version. Set: an update still makes a new
    version (`latest_version`) from the other inputs, but the pinned one stays served until this changes, so a
    rollout is a reviewed change of this number.
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    version: pulumi.Output[int | None]
    """Version the server serves (the pinned one, else the newest; each update makes one)."""
    latest_version: pulumi.Output[int | None]
    """Newest version (the one the other inputs describe)."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: AssistantArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        url: pulumi.Input[str],
        name: pulumi.Input[str],
        graph_id: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        config: pulumi.Input[Mapping[str, Any]] | None = None,
        context: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        pinned_version: pulumi.Input[int] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Assistant: An assistant of a deployment's Agent Server: one of its graphs with a configuration.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `AssistantArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param url: Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
                    deployment, so changing it replaces the object.
        :param name: Assistant name (the natural key on its Agent Server).
        :param graph_id: Graph the assistant runs (a key of `graphs` in the deployment's langgraph.json); it must
                    exist on the server, else the create fails listing the graphs it has.
        :param description: What the assistant is for.
        :param config: Graph configuration (`tags`, `recursion_limit`, `configurable`, ...).
        :param context: Static context handed to every run. Unset: whatever the server holds (at create it copies
                    `config.configurable` here).
        :param metadata: Free-form metadata; keys removed here are removed on the server.
        :param pinned_version: Version the server serves (set as latest). Unset: the newest version. Set: an update
                    still makes a new version (`latest_version`) from the other inputs, but the pinned one stays
                    served until this changes, so a rollout is a reviewed change of this number.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(AssistantArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class BulkExportArgs:
    """The arguments of a `BulkExport`."""

    def __init__(
        self,
        *,
        bulk_export_destination_id: pulumi.Input[str],
        start_time: pulumi.Input[str],
        session_id: pulumi.Input[str] | None = None,
        all_experiments: pulumi.Input[bool] | None = None,
        end_time: pulumi.Input[str] | None = None,
        filter: pulumi.Input[str] | None = None,
        interval_hours: pulumi.Input[int] | None = None,
        format: pulumi.Input[str] | None = None,
        format_version: pulumi.Input[str] | None = None,
        compression: pulumi.Input[str] | None = None,
        export_fields: pulumi.Input[Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.bulk_export_destination_id = bulk_export_destination_id
        """The `BulkExportDestination` the files are written to."""
        self.start_time = start_time
        """Runs from this time (ISO 8601) on are exported."""
        self.session_id = session_id
        """The project (session) exported."""
        self.all_experiments = all_experiments
        """Export every experiment's runs too."""
        self.end_time = end_time
        """Runs up to this time (ISO 8601); unset: up to now (a scheduled export keeps going)."""
        self.filter = filter
        """A run filter (LangSmith's query language)."""
        self.interval_hours = interval_hours
        """Makes the export scheduled: a new run every this many hours. Unset: a one-off export."""
        self.format = format
        """File format: `Parquet`, the only one."""
        self.format_version = format_version
        """`v1` or `v2_beta`."""
        self.compression = compression
        """`none`, `gzip`, `snappy` or `zstandard`."""
        self.export_fields = export_fields
        """Run fields to export (default: all)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class BulkExportProvider(KindProvider):
    """The dynamic provider of `BulkExport`."""

    kind_module = "pulumi_langsmith.resources.bulk_export"


class BulkExport(KindResource, module="langsmith", name="BulkExport"):
    """An export of a project's traces to a `BulkExportDestination`: one-off, or scheduled every
    `interval_hours`. Type token `pulumi-python:dynamic/langsmith:BulkExport`.
    """

    _provider_class = BulkExportProvider

    bulk_export_destination_id: pulumi.Output[str]
    """The `BulkExportDestination` the files are written to."""
    start_time: pulumi.Output[str]
    """Runs from this time (ISO 8601) on are exported."""
    session_id: pulumi.Output[str | None]
    """The project (session) exported."""
    all_experiments: pulumi.Output[bool | None]
    """Export every experiment's runs too."""
    end_time: pulumi.Output[str | None]
    """Runs up to this time (ISO 8601); unset: up to now (a scheduled export keeps going)."""
    filter: pulumi.Output[str | None]
    """A run filter (LangSmith's query language)."""
    interval_hours: pulumi.Output[int | None]
    """Makes the export scheduled: a new run every this many hours. Unset: a one-off export."""
    format: pulumi.Output[str | None]
    """File format: `Parquet`, the only one."""
    format_version: pulumi.Output[str | None]
    """`v1` or `v2_beta`."""
    compression: pulumi.Output[str | None]
    """`none`, `gzip`, `snappy` or `zstandard`."""
    export_fields: pulumi.Output[Sequence[str] | None]
    """Run fields to export (default: all)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    status: pulumi.Output[str | None]
    """`Created`, `IntervalScheduled`, `Running`, `Completed`, ..."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    finished_at: pulumi.Output[str | None]
    """When a one-off export finished (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: BulkExportArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        bulk_export_destination_id: pulumi.Input[str],
        start_time: pulumi.Input[str],
        session_id: pulumi.Input[str] | None = None,
        all_experiments: pulumi.Input[bool] | None = None,
        end_time: pulumi.Input[str] | None = None,
        filter: pulumi.Input[str] | None = None,
        interval_hours: pulumi.Input[int] | None = None,
        format: pulumi.Input[str] | None = None,
        format_version: pulumi.Input[str] | None = None,
        compression: pulumi.Input[str] | None = None,
        export_fields: pulumi.Input[Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a BulkExport: An export of a project's traces to a `BulkExportDestination`: one-off, or scheduled every `interval_hours`.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `BulkExportArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param bulk_export_destination_id: The `BulkExportDestination` the files are written to.
        :param start_time: Runs from this time (ISO 8601) on are exported.
        :param session_id: The project (session) exported.
        :param all_experiments: Export every experiment's runs too.
        :param end_time: Runs up to this time (ISO 8601); unset: up to now (a scheduled export keeps going).
        :param filter: A run filter (LangSmith's query language).
        :param interval_hours: Makes the export scheduled: a new run every this many hours. Unset: a one-off export.
        :param format: File format: `Parquet`, the only one.
        :param format_version: `v1` or `v2_beta`.
        :param compression: `none`, `gzip`, `snappy` or `zstandard`.
        :param export_fields: Run fields to export (default: all).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(BulkExportArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class BulkExportDestinationArgs:
    """The arguments of a `BulkExportDestination`."""

    def __init__(
        self,
        *,
        display_name: pulumi.Input[str],
        config: pulumi.Input[Mapping[str, Any]],
        credentials: pulumi.Input[Mapping[str, Any]] | None = None,
        destination_type: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.display_name = display_name
        """Name of the destination (letters, digits, spaces, `-`, `_`, `'`). Changing it replaces it."""
        self.config = config
        """The bucket and how to write to it; changing it replaces the destination."""
        self.credentials = credentials
        """Static credentials (secret; never read back). Leave unset with `config.aws_role_arn`."""
        self.destination_type = destination_type
        """`s3`, the only type the API has."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class BulkExportDestinationProvider(KindProvider):
    """The dynamic provider of `BulkExportDestination`."""

    kind_module = "pulumi_langsmith.resources.bulk_export_destination"


class BulkExportDestination(KindResource, module="langsmith", name="BulkExportDestination"):
    """An S3-compatible bucket that bulk exports of traces are written to, with write-only credentials. Type
    token `pulumi-python:dynamic/langsmith:BulkExportDestination`.
    """

    _provider_class = BulkExportDestinationProvider

    display_name: pulumi.Output[str]
    """Name of the destination (letters, digits, spaces, `-`, `_`, `'`). Changing it replaces it."""
    config: pulumi.Output[Mapping[str, Any]]
    """The bucket and how to write to it; changing it replaces the destination."""
    credentials: pulumi.Output[Mapping[str, Any] | None]
    """Static credentials (secret; never read back). Leave unset with `config.aws_role_arn`."""
    destination_type: pulumi.Output[str | None]
    """`s3`, the only type the API has."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    credentials_keys: pulumi.Output[Sequence[str] | None]
    """Names of the credential fields LangSmith holds (the API never shows their values)."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Time of the last change (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: BulkExportDestinationArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        display_name: pulumi.Input[str],
        config: pulumi.Input[Mapping[str, Any]],
        credentials: pulumi.Input[Mapping[str, Any]] | None = None,
        destination_type: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a BulkExportDestination: An S3-compatible bucket that bulk exports of traces are written to, with write-only credentials.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `BulkExportDestinationArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param display_name: Name of the destination (letters, digits, spaces, `-`, `_`, `'`). Changing it replaces
                    it.
        :param config: The bucket and how to write to it; changing it replaces the destination.
        :param credentials: Static credentials (secret; never read back). Leave unset with `config.aws_role_arn`.
        :param destination_type: `s3`, the only type the API has.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(BulkExportDestinationArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class CronArgs:
    """The arguments of a `Cron`."""

    def __init__(
        self,
        *,
        url: pulumi.Input[str],
        assistant_id: pulumi.Input[str],
        schedule: pulumi.Input[str],
        timezone: pulumi.Input[str] | None = None,
        thread_id: pulumi.Input[str] | None = None,
        input: pulumi.Input[Mapping[str, Any]] | None = None,
        config: pulumi.Input[Mapping[str, Any]] | None = None,
        context: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        end_time: pulumi.Input[str] | None = None,
        no_end_time: pulumi.Input[bool] | None = None,
        on_run_completed: pulumi.Input[str] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        webhook: pulumi.Input[str] | None = None,
    ) -> None:
        self.url = url
        """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
        deployment, so changing it replaces the object.
        """
        self.assistant_id = assistant_id
        """Assistant to run: its id (`Assistant.id`) or a graph name (its default assistant). Changing it
        replaces the cron.
        """
        self.schedule = schedule
        """Cron expression, e.g. `0 9 * * 1-5` (in `timezone`)."""
        self.timezone = timezone
        """IANA time zone of the schedule (default UTC)."""
        self.thread_id = thread_id
        """Thread every run continues (a thread-bound cron); unset: each run gets a new thread."""
        self.input = input
        """The graph's input for each run."""
        self.config = config
        """Run configuration (`tags`, `configurable`, ...)."""
        self.context = context
        """Static context of each run."""
        self.metadata = metadata
        """Metadata of the cron and its runs."""
        self.end_time = end_time
        """When the schedule stops (ISO 8601); unset: it never ends."""
        self.no_end_time = no_end_time
        """Says the schedule deliberately never ends (with no `end_time`). Sent to no API: the explicit "no end"
        that the production policy `langsmith-prod-crons-end` accepts instead of an end time.
        """
        self.on_run_completed = on_run_completed
        """Stateless crons: `delete` (the server's default) or `keep` each run's thread."""
        self.enabled = enabled
        """Whether the schedule runs."""
        self.webhook = webhook
        """URL called after each run (secret: such a URL often carries a token)."""

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class CronProvider(KindProvider):
    """The dynamic provider of `Cron`."""

    kind_module = "pulumi_langsmith.resources.cron"


class Cron(KindResource, module="langsmith", name="Cron"):
    """A scheduled run of an assistant on a deployment's Agent Server (stateless or thread-bound). Type token
    `pulumi-python:dynamic/langsmith:Cron`.
    """

    _provider_class = CronProvider

    url: pulumi.Output[str]
    """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
    deployment, so changing it replaces the object.
    """
    assistant_id: pulumi.Output[str]
    """Assistant to run: its id (`Assistant.id`) or a graph name (its default assistant). Changing it replaces
    the cron.
    """
    schedule: pulumi.Output[str]
    """Cron expression, e.g. `0 9 * * 1-5` (in `timezone`)."""
    timezone: pulumi.Output[str | None]
    """IANA time zone of the schedule (default UTC)."""
    thread_id: pulumi.Output[str | None]
    """Thread every run continues (a thread-bound cron); unset: each run gets a new thread."""
    input: pulumi.Output[Mapping[str, Any] | None]
    """The graph's input for each run."""
    config: pulumi.Output[Mapping[str, Any] | None]
    """Run configuration (`tags`, `configurable`, ...)."""
    context: pulumi.Output[Mapping[str, Any] | None]
    """Static context of each run."""
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Metadata of the cron and its runs."""
    end_time: pulumi.Output[str | None]
    """When the schedule stops (ISO 8601); unset: it never ends."""
    no_end_time: pulumi.Output[bool | None]
    """Says the schedule deliberately never ends (with no `end_time`). Sent to no API: the explicit "no end" that
    the production policy `langsmith-prod-crons-end` accepts instead of an end time.
    """
    on_run_completed: pulumi.Output[str | None]
    """Stateless crons: `delete` (the server's default) or `keep` each run's thread."""
    enabled: pulumi.Output[bool | None]
    """Whether the schedule runs."""
    webhook: pulumi.Output[str | None]
    """URL called after each run (secret: such a URL often carries a token)."""
    next_run_date: pulumi.Output[str | None]
    """When the next run is due (ISO 8601)."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: CronArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        url: pulumi.Input[str],
        assistant_id: pulumi.Input[str],
        schedule: pulumi.Input[str],
        timezone: pulumi.Input[str] | None = None,
        thread_id: pulumi.Input[str] | None = None,
        input: pulumi.Input[Mapping[str, Any]] | None = None,
        config: pulumi.Input[Mapping[str, Any]] | None = None,
        context: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        end_time: pulumi.Input[str] | None = None,
        no_end_time: pulumi.Input[bool] | None = None,
        on_run_completed: pulumi.Input[str] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        webhook: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Cron: A scheduled run of an assistant on a deployment's Agent Server (stateless or thread-bound).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `CronArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param url: Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
                    deployment, so changing it replaces the object.
        :param assistant_id: Assistant to run: its id (`Assistant.id`) or a graph name (its default assistant).
                    Changing it replaces the cron.
        :param schedule: Cron expression, e.g. `0 9 * * 1-5` (in `timezone`).
        :param timezone: IANA time zone of the schedule (default UTC).
        :param thread_id: Thread every run continues (a thread-bound cron); unset: each run gets a new thread.
        :param input: The graph's input for each run.
        :param config: Run configuration (`tags`, `configurable`, ...).
        :param context: Static context of each run.
        :param metadata: Metadata of the cron and its runs.
        :param end_time: When the schedule stops (ISO 8601); unset: it never ends.
        :param no_end_time: Says the schedule deliberately never ends (with no `end_time`). Sent to no API: the
                    explicit "no end" that the production policy `langsmith-prod-crons-end` accepts instead of an
                    end time.
        :param on_run_completed: Stateless crons: `delete` (the server's default) or `keep` each run's thread.
        :param enabled: Whether the schedule runs.
        :param webhook: URL called after each run (secret: such a URL often carries a token).
        """
        props, opts = resolve_args(CronArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class DatasetArgs:
    """The arguments of a `Dataset`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        data_type: pulumi.Input[str] | None = None,
        inputs_schema: pulumi.Input[Mapping[str, Any]] | None = None,
        outputs_schema: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        transformations: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Dataset name, unique in its workspace."""
        self.description = description
        """What the dataset is for."""
        self.data_type = data_type
        """`kv`, `llm` or `chat`; fixed at creation."""
        self.inputs_schema = inputs_schema
        """JSON Schema of inputs (`inputs_schema_definition`)."""
        self.outputs_schema = outputs_schema
        """JSON Schema of outputs (`outputs_schema_definition`)."""
        self.metadata = metadata
        """Free-form metadata."""
        self.transformations = transformations
        """Transformations applied to examples."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class DatasetProvider(KindProvider):
    """The dynamic provider of `Dataset`."""

    kind_module = "pulumi_langsmith.resources.dataset"


class Dataset(KindResource, module="langsmith", name="Dataset"):
    """A LangSmith dataset of examples, used for evaluations. Type token
    `pulumi-python:dynamic/langsmith:Dataset`.
    """

    _provider_class = DatasetProvider

    name: pulumi.Output[str]
    """Dataset name, unique in its workspace."""
    description: pulumi.Output[str | None]
    """What the dataset is for."""
    data_type: pulumi.Output[str | None]
    """`kv`, `llm` or `chat`; fixed at creation."""
    inputs_schema: pulumi.Output[Mapping[str, Any] | None]
    """JSON Schema of inputs (`inputs_schema_definition`)."""
    outputs_schema: pulumi.Output[Mapping[str, Any] | None]
    """JSON Schema of outputs (`outputs_schema_definition`)."""
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata."""
    transformations: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Transformations applied to examples."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the dataset."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    modified_at: pulumi.Output[str | None]
    """Last modification time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: DatasetArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        data_type: pulumi.Input[str] | None = None,
        inputs_schema: pulumi.Input[Mapping[str, Any]] | None = None,
        outputs_schema: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        transformations: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Dataset: A LangSmith dataset of examples, used for evaluations.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `DatasetArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Dataset name, unique in its workspace.
        :param description: What the dataset is for.
        :param data_type: `kv`, `llm` or `chat`; fixed at creation.
        :param inputs_schema: JSON Schema of inputs (`inputs_schema_definition`).
        :param outputs_schema: JSON Schema of outputs (`outputs_schema_definition`).
        :param metadata: Free-form metadata.
        :param transformations: Transformations applied to examples.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(DatasetArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class DatasetExamplesArgs:
    """The arguments of a `DatasetExamples`."""

    def __init__(
        self,
        *,
        dataset_id: pulumi.Input[str],
        path: pulumi.Input[str],
        format: pulumi.Input[str] | None = None,
        id_field: pulumi.Input[str] | None = None,
        output_columns: pulumi.Input[Sequence[str]] | None = None,
        metadata_columns: pulumi.Input[Sequence[str]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        """The dataset the examples belong to."""
        self.path = path
        """The file of examples: JSONL (one object per line: `inputs`, optional `outputs` and `metadata`, and a
        row id) or CSV (a header row). A relative path is relative to the Pulumi project.
        """
        self.format = format
        """`jsonl` or `csv`; by default from the file's extension (`.jsonl`/`.ndjson`, `.csv`)."""
        self.id_field = id_field
        """The key (JSONL) or column (CSV) holding each row's stable id. A row without one is identified by its
        inputs, so editing its inputs replaces that example.
        """
        self.output_columns = output_columns
        """CSV only: the columns that are reference outputs."""
        self.metadata_columns = metadata_columns
        """CSV only: the columns that are metadata. Every other column (but the id) is an input."""
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class DatasetExamplesProvider(KindProvider):
    """The dynamic provider of `DatasetExamples`."""

    kind_module = "pulumi_langsmith.resources.dataset_examples"


class DatasetExamples(KindResource, module="langsmith", name="DatasetExamples"):
    """The examples of a dataset from a JSONL or CSV file, managed as one resource (a golden set of thousands of
    rows). Type token `pulumi-python:dynamic/langsmith:DatasetExamples`.
    """

    _provider_class = DatasetExamplesProvider

    dataset_id: pulumi.Output[str]
    """The dataset the examples belong to."""
    path: pulumi.Output[str]
    """The file of examples: JSONL (one object per line: `inputs`, optional `outputs` and `metadata`, and a row
    id) or CSV (a header row). A relative path is relative to the Pulumi project.
    """
    format: pulumi.Output[str | None]
    """`jsonl` or `csv`; by default from the file's extension (`.jsonl`/`.ndjson`, `.csv`)."""
    id_field: pulumi.Output[str | None]
    """The key (JSONL) or column (CSV) holding each row's stable id. A row without one is identified by its
    inputs, so editing its inputs replaces that example.
    """
    output_columns: pulumi.Output[Sequence[str] | None]
    """CSV only: the columns that are reference outputs."""
    metadata_columns: pulumi.Output[Sequence[str] | None]
    """CSV only: the columns that are metadata. Every other column (but the id) is an input."""
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    row_count: pulumi.Output[int | None]
    """How many examples the resource manages."""
    content_sha256: pulumi.Output[str | None]
    """Digest of the examples (row ids and contents) as last written or read: a change of the file's rows, or of
    the examples out of band, changes it, and the next update writes the difference.
    """

    @overload
    def __init__(
        self, resource_name: str, args: DatasetExamplesArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        dataset_id: pulumi.Input[str],
        path: pulumi.Input[str],
        format: pulumi.Input[str] | None = None,
        id_field: pulumi.Input[str] | None = None,
        output_columns: pulumi.Input[Sequence[str]] | None = None,
        metadata_columns: pulumi.Input[Sequence[str]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a DatasetExamples: The examples of a dataset from a JSONL or CSV file, managed as one resource (a golden set of thousands of rows).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `DatasetExamplesArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param dataset_id: The dataset the examples belong to.
        :param path: The file of examples: JSONL (one object per line: `inputs`, optional `outputs` and `metadata`,
                    and a row id) or CSV (a header row). A relative path is relative to the Pulumi project.
        :param format: `jsonl` or `csv`; by default from the file's extension (`.jsonl`/`.ndjson`, `.csv`).
        :param id_field: The key (JSONL) or column (CSV) holding each row's stable id. A row without one is
                    identified by its inputs, so editing its inputs replaces that example.
        :param output_columns: CSV only: the columns that are reference outputs.
        :param metadata_columns: CSV only: the columns that are metadata. Every other column (but the id) is an
                    input.
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(DatasetExamplesArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class DatasetShareArgs:
    """The arguments of a `DatasetShare`."""

    def __init__(
        self,
        *,
        dataset_id: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        """The dataset to share publicly."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class DatasetShareProvider(KindProvider):
    """The dynamic provider of `DatasetShare`."""

    kind_module = "pulumi_langsmith.resources.dataset_share"


class DatasetShare(KindResource, module="langsmith", name="DatasetShare"):
    """A public share of a dataset: a token that lets anyone read its examples, without an account. Type token
    `pulumi-python:dynamic/langsmith:DatasetShare`.
    """

    _provider_class = DatasetShareProvider

    dataset_id: pulumi.Output[str]
    """The dataset to share publicly."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    share_token: pulumi.Output[str | None]
    """The share token: anyone who has it can read the dataset and its examples (a capability)."""

    @overload
    def __init__(
        self, resource_name: str, args: DatasetShareArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        dataset_id: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a DatasetShare: A public share of a dataset: a token that lets anyone read its examples, without an account.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `DatasetShareArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param dataset_id: The dataset to share publicly.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(DatasetShareArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class DatasetSplitArgs:
    """The arguments of a `DatasetSplit`."""

    def __init__(
        self,
        *,
        dataset_id: pulumi.Input[str],
        split_name: pulumi.Input[str],
        example_ids: pulumi.Input[Sequence[str]],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        """The dataset whose examples are split."""
        self.split_name = split_name
        """The split, e.g. `test` (examples start in `base`)."""
        self.example_ids = example_ids
        """The examples in the split (order is no change). Examples of the dataset not listed are not in it:
        members added by hand show as drift, and the next update takes them out.
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class DatasetSplitProvider(KindProvider):
    """The dynamic provider of `DatasetSplit`."""

    kind_module = "pulumi_langsmith.resources.dataset_split"


class DatasetSplit(KindResource, module="langsmith", name="DatasetSplit"):
    """A named split of a dataset's examples (e.g. `test`), so evaluations can run on part of it. Type token
    `pulumi-python:dynamic/langsmith:DatasetSplit`.
    """

    _provider_class = DatasetSplitProvider

    dataset_id: pulumi.Output[str]
    """The dataset whose examples are split."""
    split_name: pulumi.Output[str]
    """The split, e.g. `test` (examples start in `base`)."""
    example_ids: pulumi.Output[Sequence[str]]
    """The examples in the split (order is no change). Examples of the dataset not listed are not in it: members
    added by hand show as drift, and the next update takes them out.
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """

    @overload
    def __init__(
        self, resource_name: str, args: DatasetSplitArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        dataset_id: pulumi.Input[str],
        split_name: pulumi.Input[str],
        example_ids: pulumi.Input[Sequence[str]],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a DatasetSplit: A named split of a dataset's examples (e.g. `test`), so evaluations can run on part of it.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `DatasetSplitArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param dataset_id: The dataset whose examples are split.
        :param split_name: The split, e.g. `test` (examples start in `base`).
        :param example_ids: The examples in the split (order is no change). Examples of the dataset not listed are
                    not in it: members added by hand show as drift, and the next update takes them out.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(DatasetSplitArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class DatasetVersionTagArgs:
    """The arguments of a `DatasetVersionTag`."""

    def __init__(
        self,
        *,
        dataset_id: pulumi.Input[str],
        tag: pulumi.Input[str],
        as_of: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        """The dataset whose version is tagged."""
        self.tag = tag
        """The tag, e.g. `prod`."""
        self.as_of = as_of
        """The version to pin: `latest` (the latest version when the tag is put) or a time (ISO 8601): the last
        version made on or before it.
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class DatasetVersionTagProvider(KindProvider):
    """The dynamic provider of `DatasetVersionTag`."""

    kind_module = "pulumi_langsmith.resources.dataset_version_tag"


class DatasetVersionTag(KindResource, module="langsmith", name="DatasetVersionTag"):
    """A tag (e.g. `prod`) naming one version of a dataset, so evaluations read a fixed set of examples. Type
    token `pulumi-python:dynamic/langsmith:DatasetVersionTag`.
    """

    _provider_class = DatasetVersionTagProvider

    dataset_id: pulumi.Output[str]
    """The dataset whose version is tagged."""
    tag: pulumi.Output[str]
    """The tag, e.g. `prod`."""
    as_of: pulumi.Output[str | None]
    """The version to pin: `latest` (the latest version when the tag is put) or a time (ISO 8601): the last
    version made on or before it.
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    version_as_of: pulumi.Output[str | None]
    """The `as_of` of the version the tag names (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: DatasetVersionTagArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        dataset_id: pulumi.Input[str],
        tag: pulumi.Input[str],
        as_of: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a DatasetVersionTag: A tag (e.g. `prod`) naming one version of a dataset, so evaluations read a fixed set of examples.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `DatasetVersionTagArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param dataset_id: The dataset whose version is tagged.
        :param tag: The tag, e.g. `prod`.
        :param as_of: The version to pin: `latest` (the latest version when the tag is put) or a time (ISO 8601):
                    the last version made on or before it.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(DatasetVersionTagArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class DeploymentArgs:
    """The arguments of a `Deployment`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        source: pulumi.Input[str],
        display_name: pulumi.Input[str] | None = None,
        source_config: pulumi.Input[Mapping[str, Any]] | None = None,
        source_revision_config: pulumi.Input[Mapping[str, Any]] | None = None,
        environment_variables: pulumi.Input[Mapping[str, str]] | None = None,
        secrets: pulumi.Input[Mapping[str, str]] | None = None,
        secret_references: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        wait_for_ready: pulumi.Input[bool] | None = None,
        wait_timeout_seconds: pulumi.Input[float] | None = None,
        redeploy_trigger: pulumi.Input[str] | None = None,
        keep_tracing_project: pulumi.Input[bool] | None = None,
        keep_on_failure: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Deployment name (also its tracing project's); fixed at creation."""
        self.source = source
        """`github` or `external_docker`; fixed at creation."""
        self.display_name = display_name
        """Name shown in the UI."""
        self.source_config = source_config
        """"""
        self.source_revision_config = source_revision_config
        """"""
        self.environment_variables = environment_variables
        """Plain environment variables."""
        self.secrets = secrets
        """Secret environment variables (never in state)."""
        self.secret_references = secret_references
        """Variables filled from Kubernetes Secrets (external_docker)."""
        self.wait_for_ready = wait_for_ready
        """Wait until each new revision is DEPLOYED."""
        self.wait_timeout_seconds = wait_timeout_seconds
        """How long to wait for a revision or a deletion."""
        self.redeploy_trigger = redeploy_trigger
        """Any value; setting it to a new one redeploys the current revision as it is (an update, shown in the
        plan), e.g. to pick up a new image pushed under the same tag or a rotated external secret.
        """
        self.keep_tracing_project = keep_tracing_project
        """Keep the tracing project when deleting."""
        self.keep_on_failure = keep_on_failure
        """Keep the deployment when its first create fails (failed revision or timeout); by default it is
        deleted, since a failed create leaves it in no Pulumi state.
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class DeploymentProvider(KindProvider):
    """The dynamic provider of `Deployment`."""

    kind_module = "pulumi_langsmith.resources.deployment"


class Deployment(KindResource, module="langsmith", name="Deployment"):
    """A LangSmith Deployment (LangGraph agent server) from GitHub or a Docker image. Type token
    `pulumi-python:dynamic/langsmith:Deployment`.
    """

    _provider_class = DeploymentProvider

    name: pulumi.Output[str]
    """Deployment name (also its tracing project's); fixed at creation."""
    source: pulumi.Output[str]
    """`github` or `external_docker`; fixed at creation."""
    display_name: pulumi.Output[str | None]
    """Name shown in the UI."""
    source_config: pulumi.Output[Mapping[str, Any] | None]
    """"""
    source_revision_config: pulumi.Output[Mapping[str, Any] | None]
    """"""
    environment_variables: pulumi.Output[Mapping[str, str] | None]
    """Plain environment variables."""
    secrets: pulumi.Output[Mapping[str, str] | None]
    """Secret environment variables (never in state)."""
    secret_references: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Variables filled from Kubernetes Secrets (external_docker)."""
    wait_for_ready: pulumi.Output[bool | None]
    """Wait until each new revision is DEPLOYED."""
    wait_timeout_seconds: pulumi.Output[float | None]
    """How long to wait for a revision or a deletion."""
    redeploy_trigger: pulumi.Output[str | None]
    """Any value; setting it to a new one redeploys the current revision as it is (an update, shown in the plan),
    e.g. to pick up a new image pushed under the same tag or a rotated external secret.
    """
    keep_tracing_project: pulumi.Output[bool | None]
    """Keep the tracing project when deleting."""
    keep_on_failure: pulumi.Output[bool | None]
    """Keep the deployment when its first create fails (failed revision or timeout); by default it is deleted,
    since a failed create leaves it in no Pulumi state.
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    status: pulumi.Output[str | None]
    """Deployment status (READY, AWAITING_DATABASE, ...)."""
    latest_revision_id: pulumi.Output[str | None]
    """Newest revision."""
    latest_revision_status: pulumi.Output[str | None]
    """Status of the newest revision."""
    active_revision_id: pulumi.Output[str | None]
    """Revision currently deployed."""
    url: pulumi.Output[str | None]
    """URL of the deployment's Agent Server (`source_config.custom_url`)."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last update time (ISO 8601)."""
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the deployment."""
    secret_names: pulumi.Output[Sequence[str] | None]
    """Names of the secret variables (their values are never stored)."""
    secrets_salt: pulumi.Output[str | None]
    """Salt of `secrets_hash`."""
    secrets_hash: pulumi.Output[str | None]
    """Salted HMAC of the secrets, for drift detection."""

    @overload
    def __init__(
        self, resource_name: str, args: DeploymentArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        source: pulumi.Input[str],
        display_name: pulumi.Input[str] | None = None,
        source_config: pulumi.Input[Mapping[str, Any]] | None = None,
        source_revision_config: pulumi.Input[Mapping[str, Any]] | None = None,
        environment_variables: pulumi.Input[Mapping[str, str]] | None = None,
        secrets: pulumi.Input[Mapping[str, str]] | None = None,
        secret_references: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        wait_for_ready: pulumi.Input[bool] | None = None,
        wait_timeout_seconds: pulumi.Input[float] | None = None,
        redeploy_trigger: pulumi.Input[str] | None = None,
        keep_tracing_project: pulumi.Input[bool] | None = None,
        keep_on_failure: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Deployment: A LangSmith Deployment (LangGraph agent server) from GitHub or a Docker image.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `DeploymentArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Deployment name (also its tracing project's); fixed at creation.
        :param source: `github` or `external_docker`; fixed at creation.
        :param display_name: Name shown in the UI.
        :param source_config:
        :param source_revision_config:
        :param environment_variables: Plain environment variables.
        :param secrets: Secret environment variables (never in state).
        :param secret_references: Variables filled from Kubernetes Secrets (external_docker).
        :param wait_for_ready: Wait until each new revision is DEPLOYED.
        :param wait_timeout_seconds: How long to wait for a revision or a deletion.
        :param redeploy_trigger: Any value; setting it to a new one redeploys the current revision as it is (an
                    update, shown in the plan), e.g. to pick up a new image pushed under the same tag or a rotated
                    external secret.
        :param keep_tracing_project: Keep the tracing project when deleting.
        :param keep_on_failure: Keep the deployment when its first create fails (failed revision or timeout); by
                    default it is deleted, since a failed create leaves it in no Pulumi state.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(DeploymentArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class EvaluatorArgs:
    """The arguments of a `Evaluator`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        type: pulumi.Input[str],
        llm_evaluator: pulumi.Input[Mapping[str, Any]] | None = None,
        code_evaluator: pulumi.Input[Mapping[str, Any]] | None = None,
        delete_run_rules: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Evaluator name. Names need not be unique in LangSmith; with `adopt_existing` the one evaluator of this
        name is adopted.
        """
        self.type = type
        """`llm` or `code`; fixed at creation (a change replaces)."""
        self.llm_evaluator = llm_evaluator
        """The judge, for `type: llm`."""
        self.code_evaluator = code_evaluator
        """The code, for `type: code`."""
        self.delete_run_rules = delete_run_rules
        """On destroy, delete the run rules that still use the evaluator (`?delete_run_rules=true`). Off by
        default: LangSmith refuses to delete an evaluator in use (409), and a rule that takes `evaluator.id`
        is destroyed first anyway.
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class EvaluatorProvider(KindProvider):
    """The dynamic provider of `Evaluator`."""

    kind_module = "pulumi_langsmith.resources.evaluator"


class Evaluator(KindResource, module="langsmith", name="Evaluator"):
    """An LLM-as-judge or code evaluator of the workspace, which run rules use to score runs. Type token
    `pulumi-python:dynamic/langsmith:Evaluator`.
    """

    _provider_class = EvaluatorProvider

    name: pulumi.Output[str]
    """Evaluator name. Names need not be unique in LangSmith; with `adopt_existing` the one evaluator of this
    name is adopted.
    """
    type: pulumi.Output[str]
    """`llm` or `code`; fixed at creation (a change replaces)."""
    llm_evaluator: pulumi.Output[Mapping[str, Any] | None]
    """The judge, for `type: llm`."""
    code_evaluator: pulumi.Output[Mapping[str, Any] | None]
    """The code, for `type: code`."""
    delete_run_rules: pulumi.Output[bool | None]
    """On destroy, delete the run rules that still use the evaluator (`?delete_run_rules=true`). Off by default:
    LangSmith refuses to delete an evaluator in use (409), and a rule that takes `evaluator.id` is destroyed
    first anyway.
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the evaluator."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""
    feedback_keys: pulumi.Output[Sequence[str] | None]
    """Feedback keys the evaluator writes."""

    @overload
    def __init__(self, resource_name: str, args: EvaluatorArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        type: pulumi.Input[str],
        llm_evaluator: pulumi.Input[Mapping[str, Any]] | None = None,
        code_evaluator: pulumi.Input[Mapping[str, Any]] | None = None,
        delete_run_rules: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Evaluator: An LLM-as-judge or code evaluator of the workspace, which run rules use to score runs.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `EvaluatorArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Evaluator name. Names need not be unique in LangSmith; with `adopt_existing` the one evaluator
                    of this name is adopted.
        :param type: `llm` or `code`; fixed at creation (a change replaces).
        :param llm_evaluator: The judge, for `type: llm`.
        :param code_evaluator: The code, for `type: code`.
        :param delete_run_rules: On destroy, delete the run rules that still use the evaluator
                    (`?delete_run_rules=true`). Off by default: LangSmith refuses to delete an evaluator in use
                    (409), and a rule that takes `evaluator.id` is destroyed first anyway.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(EvaluatorArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ExampleArgs:
    """The arguments of a `Example`."""

    def __init__(
        self,
        *,
        dataset_id: pulumi.Input[str],
        inputs: pulumi.Input[Mapping[str, Any]],
        outputs: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.dataset_id = dataset_id
        """The dataset the example belongs to."""
        self.inputs = inputs
        """The example's inputs (what the application under test receives)."""
        self.outputs = outputs
        """Reference outputs (what a good answer looks like)."""
        self.metadata = metadata
        """Free-form metadata. The `dataset_split` key is LangSmith's split membership: it is left to
        `DatasetSplit` (neither read nor overwritten here).
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ExampleProvider(KindProvider):
    """The dynamic provider of `Example`."""

    kind_module = "pulumi_langsmith.resources.example"


class Example(KindResource, module="langsmith", name="Example"):
    """An example of a LangSmith dataset: inputs, reference outputs and metadata. Type token
    `pulumi-python:dynamic/langsmith:Example`.
    """

    _provider_class = ExampleProvider

    dataset_id: pulumi.Output[str]
    """The dataset the example belongs to."""
    inputs: pulumi.Output[Mapping[str, Any]]
    """The example's inputs (what the application under test receives)."""
    outputs: pulumi.Output[Mapping[str, Any] | None]
    """Reference outputs (what a good answer looks like)."""
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata. The `dataset_split` key is LangSmith's split membership: it is left to `DatasetSplit`
    (neither read nor overwritten here).
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    name: pulumi.Output[str | None]
    """The name LangSmith gives the example."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    modified_at: pulumi.Output[str | None]
    """Time of the dataset version that last wrote it (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: ExampleArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        dataset_id: pulumi.Input[str],
        inputs: pulumi.Input[Mapping[str, Any]],
        outputs: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Example: An example of a LangSmith dataset: inputs, reference outputs and metadata.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ExampleArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param dataset_id: The dataset the example belongs to.
        :param inputs: The example's inputs (what the application under test receives).
        :param outputs: Reference outputs (what a good answer looks like).
        :param metadata: Free-form metadata. The `dataset_split` key is LangSmith's split membership: it is left to
                    `DatasetSplit` (neither read nor overwritten here).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(ExampleArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class FeatureModelConfigArgs:
    """The arguments of a `FeatureModelConfig`."""

    def __init__(
        self,
        *,
        feature: pulumi.Input[str],
        default_model: pulumi.Input[str] | None = None,
        disabled_models: pulumi.Input[Sequence[str]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.feature = feature
        """The feature (e.g. `playground`, `evaluators`, `agent_builder`). Changing it replaces the resource."""
        self.default_model = default_model
        """The feature's default model (`provider:model`, e.g. `openai:gpt-4o`); unset leaves it as it is."""
        self.disabled_models = disabled_models
        """Models (`provider:model`) or whole providers (`anthropic`) the feature must not offer; exactly these
        are disabled (an empty list enables every one); unset leaves them as they are.
        """
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class FeatureModelConfigProvider(KindProvider):
    """The dynamic provider of `FeatureModelConfig`."""

    kind_module = "pulumi_langsmith.resources.feature_model_config"


class FeatureModelConfig(KindResource, module="langsmith", name="FeatureModelConfig"):
    """The default model of a LangSmith feature in a workspace, and the models it must not offer. Type token
    `pulumi-python:dynamic/langsmith:FeatureModelConfig`.
    """

    _provider_class = FeatureModelConfigProvider

    feature: pulumi.Output[str]
    """The feature (e.g. `playground`, `evaluators`, `agent_builder`). Changing it replaces the resource."""
    default_model: pulumi.Output[str | None]
    """The feature's default model (`provider:model`, e.g. `openai:gpt-4o`); unset leaves it as it is."""
    disabled_models: pulumi.Output[Sequence[str] | None]
    """Models (`provider:model`) or whole providers (`anthropic`) the feature must not offer; exactly these are
    disabled (an empty list enables every one); unset leaves them as they are.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    org_disabled_providers: pulumi.Output[Sequence[str] | None]
    """Providers the organization disables for the feature (not the workspace's to enable)."""

    @overload
    def __init__(
        self, resource_name: str, args: FeatureModelConfigArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        feature: pulumi.Input[str],
        default_model: pulumi.Input[str] | None = None,
        disabled_models: pulumi.Input[Sequence[str]] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a FeatureModelConfig: The default model of a LangSmith feature in a workspace, and the models it must not offer.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `FeatureModelConfigArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param feature: The feature (e.g. `playground`, `evaluators`, `agent_builder`). Changing it replaces the
                    resource.
        :param default_model: The feature's default model (`provider:model`, e.g. `openai:gpt-4o`); unset leaves it
                    as it is.
        :param disabled_models: Models (`provider:model`) or whole providers (`anthropic`) the feature must not
                    offer; exactly these are disabled (an empty list enables every one); unset leaves them as they
                    are.
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(FeatureModelConfigArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class FeedbackConfigArgs:
    """The arguments of a `FeedbackConfig`."""

    def __init__(
        self,
        *,
        feedback_key: pulumi.Input[str],
        feedback_config: pulumi.Input[Mapping[str, Any]],
        is_lower_score_better: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.feedback_key = feedback_key
        """The feedback key (the config's address; changing it replaces the config)."""
        self.feedback_config = feedback_config
        """Type of the feedback and its range or categories."""
        self.is_lower_score_better = is_lower_score_better
        """Whether lower scores are better (server default false)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class FeedbackConfigProvider(KindProvider):
    """The dynamic provider of `FeedbackConfig`."""

    kind_module = "pulumi_langsmith.resources.feedback_config"


class FeedbackConfig(KindResource, module="langsmith", name="FeedbackConfig"):
    """The scoring of a feedback key in a workspace (continuous range, categories or free form). Type token
    `pulumi-python:dynamic/langsmith:FeedbackConfig`.
    """

    _provider_class = FeedbackConfigProvider

    feedback_key: pulumi.Output[str]
    """The feedback key (the config's address; changing it replaces the config)."""
    feedback_config: pulumi.Output[Mapping[str, Any]]
    """Type of the feedback and its range or categories."""
    is_lower_score_better: pulumi.Output[bool | None]
    """Whether lower scores are better (server default false)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the config."""
    modified_at: pulumi.Output[str | None]
    """Last modification time (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: FeedbackConfigArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        feedback_key: pulumi.Input[str],
        feedback_config: pulumi.Input[Mapping[str, Any]],
        is_lower_score_better: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a FeedbackConfig: The scoring of a feedback key in a workspace (continuous range, categories or free form).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `FeedbackConfigArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param feedback_key: The feedback key (the config's address; changing it replaces the config).
        :param feedback_config: Type of the feedback and its range or categories.
        :param is_lower_score_better: Whether lower scores are better (server default false).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(FeedbackConfigArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class FeedbackFormulaArgs:
    """The arguments of a `FeedbackFormula`."""

    def __init__(
        self,
        *,
        feedback_key: pulumi.Input[str],
        aggregation_type: pulumi.Input[str],
        formula_parts: pulumi.Input[Sequence[Mapping[str, Any]]],
        dataset_id: pulumi.Input[str] | None = None,
        session_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.feedback_key = feedback_key
        """The computed feedback key."""
        self.aggregation_type = aggregation_type
        """`sum` or `avg` of the weighted keys."""
        self.formula_parts = formula_parts
        """The weighted keys."""
        self.dataset_id = dataset_id
        """Dataset whose experiments get the key (or `session_id`)."""
        self.session_id = session_id
        """Project whose runs get the key (or `dataset_id`)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class FeedbackFormulaProvider(KindProvider):
    """The dynamic provider of `FeedbackFormula`."""

    kind_module = "pulumi_langsmith.resources.feedback_formula"


class FeedbackFormula(KindResource, module="langsmith", name="FeedbackFormula"):
    """A feedback key computed from other keys (weighted sum or average) for a dataset or project. Type token
    `pulumi-python:dynamic/langsmith:FeedbackFormula`.
    """

    _provider_class = FeedbackFormulaProvider

    feedback_key: pulumi.Output[str]
    """The computed feedback key."""
    aggregation_type: pulumi.Output[str]
    """`sum` or `avg` of the weighted keys."""
    formula_parts: pulumi.Output[Sequence[Mapping[str, Any]]]
    """The weighted keys."""
    dataset_id: pulumi.Output[str | None]
    """Dataset whose experiments get the key (or `session_id`)."""
    session_id: pulumi.Output[str | None]
    """Project whose runs get the key (or `dataset_id`)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    modified_at: pulumi.Output[str | None]
    """Last modification time (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: FeedbackFormulaArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        feedback_key: pulumi.Input[str],
        aggregation_type: pulumi.Input[str],
        formula_parts: pulumi.Input[Sequence[Mapping[str, Any]]],
        dataset_id: pulumi.Input[str] | None = None,
        session_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a FeedbackFormula: A feedback key computed from other keys (weighted sum or average) for a dataset or project.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `FeedbackFormulaArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param feedback_key: The computed feedback key.
        :param aggregation_type: `sum` or `avg` of the weighted keys.
        :param formula_parts: The weighted keys.
        :param dataset_id: Dataset whose experiments get the key (or `session_id`).
        :param session_id: Project whose runs get the key (or `dataset_id`).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(FeedbackFormulaArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class GatewayPolicyArgs:
    """The arguments of a `GatewayPolicy`."""

    def __init__(
        self,
        *,
        policy_type: pulumi.Input[str],
        subject_matchers: pulumi.Input[Sequence[Mapping[str, Any]]],
        name: pulumi.Input[str] | None = None,
        description: pulumi.Input[str] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        priority: pulumi.Input[int] | None = None,
        action: pulumi.Input[str] | None = None,
        spend_cap: pulumi.Input[Mapping[str, Any]] | None = None,
        rate_limit: pulumi.Input[Mapping[str, Any]] | None = None,
        guard: pulumi.Input[Mapping[str, Any]] | None = None,
        route_config: pulumi.Input[Mapping[str, Any]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.policy_type = policy_type
        """`spend_cap`, `default_spend_cap`, `rate_limit`, `default_rate_limit`, `guard` or `route_config`; fixed
        at creation.
        """
        self.subject_matchers = subject_matchers
        """Who the policy applies to (AND). The API upserts on them, so they are the policy's identity: a change
        replaces it.
        """
        self.name = name
        """Policy name (required and unique for `route_config`)."""
        self.description = description
        """What the policy is for."""
        self.enabled = enabled
        """Whether the gateway enforces the policy."""
        self.priority = priority
        """Evaluation order among policies."""
        self.action = action
        """What a hit does; currently always `block`."""
        self.spend_cap = spend_cap
        """Config of a `spend_cap` / `default_spend_cap`."""
        self.rate_limit = rate_limit
        """Config of a `rate_limit` / `default_rate_limit`."""
        self.guard = guard
        """Config of a `guard`."""
        self.route_config = route_config
        """Config of a `route_config`."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class GatewayPolicyProvider(KindProvider):
    """The dynamic provider of `GatewayPolicy`."""

    kind_module = "pulumi_langsmith.resources.gateway_policy"


class GatewayPolicy(KindResource, module="langsmith", name="GatewayPolicy"):
    """A policy of the LangSmith LLM gateway: spend cap, rate limit, guard or route config. Type token
    `pulumi-python:dynamic/langsmith:GatewayPolicy`.
    """

    _provider_class = GatewayPolicyProvider

    policy_type: pulumi.Output[str]
    """`spend_cap`, `default_spend_cap`, `rate_limit`, `default_rate_limit`, `guard` or `route_config`; fixed at
    creation.
    """
    subject_matchers: pulumi.Output[Sequence[Mapping[str, Any]]]
    """Who the policy applies to (AND). The API upserts on them, so they are the policy's identity: a change
    replaces it.
    """
    name: pulumi.Output[str | None]
    """Policy name (required and unique for `route_config`)."""
    description: pulumi.Output[str | None]
    """What the policy is for."""
    enabled: pulumi.Output[bool | None]
    """Whether the gateway enforces the policy."""
    priority: pulumi.Output[int | None]
    """Evaluation order among policies."""
    action: pulumi.Output[str | None]
    """What a hit does; currently always `block`."""
    spend_cap: pulumi.Output[Mapping[str, Any] | None]
    """Config of a `spend_cap` / `default_spend_cap`."""
    rate_limit: pulumi.Output[Mapping[str, Any] | None]
    """Config of a `rate_limit` / `default_rate_limit`."""
    guard: pulumi.Output[Mapping[str, Any] | None]
    """Config of a `guard`."""
    route_config: pulumi.Output[Mapping[str, Any] | None]
    """Config of a `route_config`."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    organization_id: pulumi.Output[str | None]
    """Organization that holds the policy."""
    parent_policy_id: pulumi.Output[str | None]
    """The default policy this one was materialized from (cleared once managed here)."""
    is_system_generated: pulumi.Output[bool | None]
    """Whether the gateway runtime made the policy."""
    current_spend_usd: pulumi.Output[float | None]
    """Spend in the current window (spend caps)."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""

    @overload
    def __init__(
        self, resource_name: str, args: GatewayPolicyArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        policy_type: pulumi.Input[str],
        subject_matchers: pulumi.Input[Sequence[Mapping[str, Any]]],
        name: pulumi.Input[str] | None = None,
        description: pulumi.Input[str] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        priority: pulumi.Input[int] | None = None,
        action: pulumi.Input[str] | None = None,
        spend_cap: pulumi.Input[Mapping[str, Any]] | None = None,
        rate_limit: pulumi.Input[Mapping[str, Any]] | None = None,
        guard: pulumi.Input[Mapping[str, Any]] | None = None,
        route_config: pulumi.Input[Mapping[str, Any]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a GatewayPolicy: A policy of the LangSmith LLM gateway: spend cap, rate limit, guard or route config.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `GatewayPolicyArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param policy_type: `spend_cap`, `default_spend_cap`, `rate_limit`, `default_rate_limit`, `guard` or
                    `route_config`; fixed at creation.
        :param subject_matchers: Who the policy applies to (AND). The API upserts on them, so they are the policy's
                    identity: a change replaces it.
        :param name: Policy name (required and unique for `route_config`).
        :param description: What the policy is for.
        :param enabled: Whether the gateway enforces the policy.
        :param priority: Evaluation order among policies.
        :param action: What a hit does; currently always `block`.
        :param spend_cap: Config of a `spend_cap` / `default_spend_cap`.
        :param rate_limit: Config of a `rate_limit` / `default_rate_limit`.
        :param guard: Config of a `guard`.
        :param route_config: Config of a `route_config`.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(GatewayPolicyArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class GatewaySpendCapArgs:
    """The arguments of a `GatewaySpendCap`."""

    def __init__(
        self,
        *,
        subject_key: pulumi.Input[str],
        subject_value: pulumi.Input[str],
        window: pulumi.Input[str],
        limit_usd: pulumi.Input[float],
        name: pulumi.Input[str] | None = None,
        description: pulumi.Input[str] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.subject_key = subject_key
        """What the cap applies to: `organization_id`, `workspace_id`, `user_id`, `api_key_id` or `run_rule_id`.
        The API upserts on the subject, so it is the cap's identity: a change replaces it.
        """
        self.subject_value = subject_value
        """The subject's id (e.g. a workspace id)."""
        self.window = window
        """`hourly`, `daily`, `weekly` or `monthly`."""
        self.limit_usd = limit_usd
        """Spend limit in US dollars for each window (402 once reached)."""
        self.name = name
        """Policy name."""
        self.description = description
        """What the cap is for."""
        self.enabled = enabled
        """Whether the gateway enforces the cap."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class GatewaySpendCapProvider(KindProvider):
    """The dynamic provider of `GatewaySpendCap`."""

    kind_module = "pulumi_langsmith.resources.gateway_spend_cap"


class GatewaySpendCap(KindResource, module="langsmith", name="GatewaySpendCap"):
    """A spend cap of the LangSmith LLM gateway for one subject (a `spend_cap` gateway policy). Type token
    `pulumi-python:dynamic/langsmith:GatewaySpendCap`.
    """

    _provider_class = GatewaySpendCapProvider

    subject_key: pulumi.Output[str]
    """What the cap applies to: `organization_id`, `workspace_id`, `user_id`, `api_key_id` or `run_rule_id`. The
    API upserts on the subject, so it is the cap's identity: a change replaces it.
    """
    subject_value: pulumi.Output[str]
    """The subject's id (e.g. a workspace id)."""
    window: pulumi.Output[str]
    """`hourly`, `daily`, `weekly` or `monthly`."""
    limit_usd: pulumi.Output[float]
    """Spend limit in US dollars for each window (402 once reached)."""
    name: pulumi.Output[str | None]
    """Policy name."""
    description: pulumi.Output[str | None]
    """What the cap is for."""
    enabled: pulumi.Output[bool | None]
    """Whether the gateway enforces the cap."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    organization_id: pulumi.Output[str | None]
    """Organization that holds the policy."""
    parent_policy_id: pulumi.Output[str | None]
    """The default policy this one was materialized from (cleared once managed here)."""
    is_system_generated: pulumi.Output[bool | None]
    """Whether the gateway runtime made the policy."""
    current_spend_usd: pulumi.Output[float | None]
    """Spend in the current window (spend caps)."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""

    @overload
    def __init__(
        self, resource_name: str, args: GatewaySpendCapArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        subject_key: pulumi.Input[str],
        subject_value: pulumi.Input[str],
        window: pulumi.Input[str],
        limit_usd: pulumi.Input[float],
        name: pulumi.Input[str] | None = None,
        description: pulumi.Input[str] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a GatewaySpendCap: A spend cap of the LangSmith LLM gateway for one subject (a `spend_cap` gateway policy).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `GatewaySpendCapArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param subject_key: What the cap applies to: `organization_id`, `workspace_id`, `user_id`, `api_key_id` or
                    `run_rule_id`. The API upserts on the subject, so it is the cap's identity: a change replaces
                    it.
        :param subject_value: The subject's id (e.g. a workspace id).
        :param window: `hourly`, `daily`, `weekly` or `monthly`.
        :param limit_usd: Spend limit in US dollars for each window (402 once reached).
        :param name: Policy name.
        :param description: What the cap is for.
        :param enabled: Whether the gateway enforces the cap.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(GatewaySpendCapArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class HubEnvironmentArgs:
    """The arguments of a `HubEnvironment`."""

    def __init__(
        self,
        *,
        environments: pulumi.Input[Sequence[str]],
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.environments = environments
        """The environment names prompts are promoted through, in order (1 to 4, unique), e.g. `["dev",
        "staging", "prod"]`.
        """
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class HubEnvironmentProvider(KindProvider):
    """The dynamic provider of `HubEnvironment`."""

    kind_module = "pulumi_langsmith.resources.hub_environment"


class HubEnvironment(KindResource, module="langsmith", name="HubEnvironment"):
    """The workspace's prompt hub environments (e.g. dev, staging, prod): one list per workspace. Type token
    `pulumi-python:dynamic/langsmith:HubEnvironment`.
    """

    _provider_class = HubEnvironmentProvider

    environments: pulumi.Output[Sequence[str]]
    """The environment names prompts are promoted through, in order (1 to 4, unique), e.g. `["dev", "staging",
    "prod"]`.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """

    @overload
    def __init__(
        self, resource_name: str, args: HubEnvironmentArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        environments: pulumi.Input[Sequence[str]],
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a HubEnvironment: The workspace's prompt hub environments (e.g. dev, staging, prod): one list per workspace.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `HubEnvironmentArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param environments: The environment names prompts are promoted through, in order (1 to 4, unique), e.g.
                    `["dev", "staging", "prod"]`.
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(HubEnvironmentArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ListenerArgs:
    """The arguments of a `Listener`."""

    def __init__(
        self,
        *,
        compute_id: pulumi.Input[str],
        compute_type: pulumi.Input[str] | None = None,
        k8s_namespaces: pulumi.Input[Sequence[str]] | None = None,
        version: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.compute_id = compute_id
        """Your id of the compute cluster (e.g. the Kubernetes cluster's name); unique in the workspace, fixed at
        creation.
        """
        self.compute_type = compute_type
        """`k8s`; fixed at creation."""
        self.k8s_namespaces = k8s_namespaces
        """Kubernetes namespaces the listener deploys to (`Deployment.source_config.listener_config`)."""
        self.version = version
        """Version of the listener."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ListenerProvider(KindProvider):
    """The dynamic provider of `Listener`."""

    kind_module = "pulumi_langsmith.resources.listener"


class Listener(KindResource, module="langsmith", name="Listener"):
    """A listener of a self-hosted control plane: deploys `external_docker` deployments to a cluster. Type token
    `pulumi-python:dynamic/langsmith:Listener`.
    """

    _provider_class = ListenerProvider

    compute_id: pulumi.Output[str]
    """Your id of the compute cluster (e.g. the Kubernetes cluster's name); unique in the workspace, fixed at
    creation.
    """
    compute_type: pulumi.Output[str | None]
    """`k8s`; fixed at creation."""
    k8s_namespaces: pulumi.Output[Sequence[str] | None]
    """Kubernetes namespaces the listener deploys to (`Deployment.source_config.listener_config`)."""
    version: pulumi.Output[str | None]
    """Version of the listener."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last update time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: ListenerArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        compute_id: pulumi.Input[str],
        compute_type: pulumi.Input[str] | None = None,
        k8s_namespaces: pulumi.Input[Sequence[str]] | None = None,
        version: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Listener: A listener of a self-hosted control plane: deploys `external_docker` deployments to a cluster.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ListenerArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param compute_id: Your id of the compute cluster (e.g. the Kubernetes cluster's name); unique in the
                    workspace, fixed at creation.
        :param compute_type: `k8s`; fixed at creation.
        :param k8s_namespaces: Kubernetes namespaces the listener deploys to
                    (`Deployment.source_config.listener_config`).
        :param version: Version of the listener.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(ListenerArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class McpVendorSettingsArgs:
    """The arguments of a `McpVendorSettings`."""

    def __init__(
        self,
        *,
        vendor_slug: pulumi.Input[str],
        vendor_organization_id: pulumi.Input[str] | None = None,
        vendor_project_id: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.vendor_slug = vendor_slug
        """The MCP vendor (`arcade`); another vendor is another resource."""
        self.vendor_organization_id = vendor_organization_id
        """The vendor's organization id."""
        self.vendor_project_id = vendor_project_id
        """The vendor's project id."""
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class McpVendorSettingsProvider(KindProvider):
    """The dynamic provider of `McpVendorSettings`."""

    kind_module = "pulumi_langsmith.resources.mcp_vendor_settings"


class McpVendorSettings(KindResource, module="langsmith", name="McpVendorSettings"):
    """A workspace's settings for an MCP tool vendor (Arcade: its organization and project). Type token
    `pulumi-python:dynamic/langsmith:McpVendorSettings`.
    """

    _provider_class = McpVendorSettingsProvider

    vendor_slug: pulumi.Output[str]
    """The MCP vendor (`arcade`); another vendor is another resource."""
    vendor_organization_id: pulumi.Output[str | None]
    """The vendor's organization id."""
    vendor_project_id: pulumi.Output[str | None]
    """The vendor's project id."""
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    is_configured: pulumi.Output[bool | None]
    """Whether the vendor is configured in the workspace."""

    @overload
    def __init__(
        self, resource_name: str, args: McpVendorSettingsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        vendor_slug: pulumi.Input[str],
        vendor_organization_id: pulumi.Input[str] | None = None,
        vendor_project_id: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a McpVendorSettings: A workspace's settings for an MCP tool vendor (Arcade: its organization and project).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `McpVendorSettingsArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param vendor_slug: The MCP vendor (`arcade`); another vendor is another resource.
        :param vendor_organization_id: The vendor's organization id.
        :param vendor_project_id: The vendor's project id.
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(McpVendorSettingsArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ModelConfigurationArgs:
    """The arguments of a `ModelConfiguration`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        provider: pulumi.Input[str],
        model: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        secret_name: pulumi.Input[str] | None = None,
        base_url: pulumi.Input[str] | None = None,
        parameters: pulumi.Input[Mapping[str, Any]] | None = None,
        scope: pulumi.Input[str] | None = None,
        requests_per_second: pulumi.Input[int] | None = None,
        available_in_playground: pulumi.Input[bool] | None = None,
        available_in_evaluators: pulumi.Input[bool] | None = None,
        available_in_agent_builder: pulumi.Input[bool] | None = None,
        oauth_token_url: pulumi.Input[str] | None = None,
        oauth_client_id: pulumi.Input[str] | None = None,
        oauth_client_secret: pulumi.Input[str] | None = None,
        oauth_token_endpoint_auth_method: pulumi.Input[str] | None = None,
        oauth_headers: pulumi.Input[Mapping[str, Sequence[str]]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Name of the configuration, as the playground lists it; with `adopt_existing`, the key to adopt by."""
        self.provider = provider
        """Model provider: `openai`, `anthropic`, `azure_openai`, ..."""
        self.model = model
        """Model name at the provider (e.g. `gpt-4o`)."""
        self.description = description
        """What the configuration is for."""
        self.secret_name = secret_name
        """Name of the workspace secret (e.g. a `WorkspaceSecret`'s `key`) holding the provider's API key: a
        reference, never the key itself (sent as the settings' `envVarName`).
        """
        self.base_url = base_url
        """Base URL of the provider's API, if not the default."""
        self.parameters = parameters
        """Invocation parameters (`temperature`, `max_tokens`, ...), sent as the settings' `additional_kwargs`.
        Never put a key here: reference a workspace secret with `secret_name`.
        """
        self.scope = scope
        """`workspace` or `organization`, as the official provider sends it (the API does not report it).
        Changing it replaces the configuration.
        """
        self.requests_per_second = requests_per_second
        """Rate at which the playground sends requests with this model."""
        self.available_in_playground = available_in_playground
        """Offered in the playground (default true)."""
        self.available_in_evaluators = available_in_evaluators
        """Offered to online evaluators (default true)."""
        self.available_in_agent_builder = available_in_agent_builder
        """Offered in the agent builder (default false)."""
        self.oauth_token_url = oauth_token_url
        """OAuth token URL, for a provider reached with OAuth client credentials."""
        self.oauth_client_id = oauth_client_id
        """OAuth client id."""
        self.oauth_client_secret = oauth_client_secret
        """OAuth client secret (secret; compared by a keyed hash)."""
        self.oauth_token_endpoint_auth_method = oauth_token_endpoint_auth_method
        """How the client authenticates at the token URL."""
        self.oauth_headers = oauth_headers
        """Headers sent with the token request."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ModelConfigurationProvider(KindProvider):
    """The dynamic provider of `ModelConfiguration`."""

    kind_module = "pulumi_langsmith.resources.model_configuration"


class ModelConfiguration(KindResource, module="langsmith", name="ModelConfiguration"):
    """A saved model configuration of a workspace: provider, model, parameters and the workspace secret its key
    is read from. Type token `pulumi-python:dynamic/langsmith:ModelConfiguration`.
    """

    _provider_class = ModelConfigurationProvider

    name: pulumi.Output[str]
    """Name of the configuration, as the playground lists it; with `adopt_existing`, the key to adopt by."""
    provider: pulumi.Output[str]
    """Model provider: `openai`, `anthropic`, `azure_openai`, ..."""
    model: pulumi.Output[str]
    """Model name at the provider (e.g. `gpt-4o`)."""
    description: pulumi.Output[str | None]
    """What the configuration is for."""
    secret_name: pulumi.Output[str | None]
    """Name of the workspace secret (e.g. a `WorkspaceSecret`'s `key`) holding the provider's API key: a
    reference, never the key itself (sent as the settings' `envVarName`).
    """
    base_url: pulumi.Output[str | None]
    """Base URL of the provider's API, if not the default."""
    parameters: pulumi.Output[Mapping[str, Any] | None]
    """Invocation parameters (`temperature`, `max_tokens`, ...), sent as the settings' `additional_kwargs`. Never
    put a key here: reference a workspace secret with `secret_name`.
    """
    scope: pulumi.Output[str | None]
    """`workspace` or `organization`, as the official provider sends it (the API does not report it). Changing it
    replaces the configuration.
    """
    requests_per_second: pulumi.Output[int | None]
    """Rate at which the playground sends requests with this model."""
    available_in_playground: pulumi.Output[bool | None]
    """Offered in the playground (default true)."""
    available_in_evaluators: pulumi.Output[bool | None]
    """Offered to online evaluators (default true)."""
    available_in_agent_builder: pulumi.Output[bool | None]
    """Offered in the agent builder (default false)."""
    oauth_token_url: pulumi.Output[str | None]
    """OAuth token URL, for a provider reached with OAuth client credentials."""
    oauth_client_id: pulumi.Output[str | None]
    """OAuth client id."""
    oauth_client_secret: pulumi.Output[str | None]
    """OAuth client secret (secret; compared by a keyed hash)."""
    oauth_token_endpoint_auth_method: pulumi.Output[str | None]
    """How the client authenticates at the token URL."""
    oauth_headers: pulumi.Output[Mapping[str, Sequence[str]] | None]
    """Headers sent with the token request."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    settings_type: pulumi.Output[str | None]
    """`simple` (what this resource writes) or `complex`."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last update time (ISO 8601)."""
    oauth_client_secret_hash: pulumi.Output[str | None]
    """Keyed hash of the OAuth client secret the API holds, for drift detection."""

    @overload
    def __init__(
        self, resource_name: str, args: ModelConfigurationArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        provider: pulumi.Input[str],
        model: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        secret_name: pulumi.Input[str] | None = None,
        base_url: pulumi.Input[str] | None = None,
        parameters: pulumi.Input[Mapping[str, Any]] | None = None,
        scope: pulumi.Input[str] | None = None,
        requests_per_second: pulumi.Input[int] | None = None,
        available_in_playground: pulumi.Input[bool] | None = None,
        available_in_evaluators: pulumi.Input[bool] | None = None,
        available_in_agent_builder: pulumi.Input[bool] | None = None,
        oauth_token_url: pulumi.Input[str] | None = None,
        oauth_client_id: pulumi.Input[str] | None = None,
        oauth_client_secret: pulumi.Input[str] | None = None,
        oauth_token_endpoint_auth_method: pulumi.Input[str] | None = None,
        oauth_headers: pulumi.Input[Mapping[str, Sequence[str]]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ModelConfiguration: A saved model configuration of a workspace: provider, model, parameters and the workspace secret its key is read from.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ModelConfigurationArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Name of the configuration, as the playground lists it; with `adopt_existing`, the key to adopt
                    by.
        :param provider: Model provider: `openai`, `anthropic`, `azure_openai`, ...
        :param model: Model name at the provider (e.g. `gpt-4o`).
        :param description: What the configuration is for.
        :param secret_name: Name of the workspace secret (e.g. a `WorkspaceSecret`'s `key`) holding the provider's
                    API key: a reference, never the key itself (sent as the settings' `envVarName`).
        :param base_url: Base URL of the provider's API, if not the default.
        :param parameters: Invocation parameters (`temperature`, `max_tokens`, ...), sent as the settings'
                    `additional_kwargs`. Never put a key here: reference a workspace secret with `secret_name`.
        :param scope: `workspace` or `organization`, as the official provider sends it (the API does not report it).
                    Changing it replaces the configuration.
        :param requests_per_second: Rate at which the playground sends requests with this model.
        :param available_in_playground: Offered in the playground (default true).
        :param available_in_evaluators: Offered to online evaluators (default true).
        :param available_in_agent_builder: Offered in the agent builder (default false).
        :param oauth_token_url: OAuth token URL, for a provider reached with OAuth client credentials.
        :param oauth_client_id: OAuth client id.
        :param oauth_client_secret: OAuth client secret (secret; compared by a keyed hash).
        :param oauth_token_endpoint_auth_method: How the client authenticates at the token URL.
        :param oauth_headers: Headers sent with the token request.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(ModelConfigurationArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ModelPriceMapArgs:
    """The arguments of a `ModelPriceMap`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        match_pattern: pulumi.Input[str],
        prompt_cost: pulumi.Input[float],
        completion_cost: pulumi.Input[float],
        match_path: pulumi.Input[Sequence[str]] | None = None,
        prompt_cost_details: pulumi.Input[Mapping[str, float]] | None = None,
        completion_cost_details: pulumi.Input[Mapping[str, float]] | None = None,
        provider: pulumi.Input[str] | None = None,
        start_time: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Name of the entry (usually the model's); with `adopt_existing`, the key to adopt by."""
        self.match_pattern = match_pattern
        """Regular expression the model name of a run must match."""
        self.prompt_cost = prompt_cost
        """Cost of one prompt (input) token, in US dollars."""
        self.completion_cost = completion_cost
        """Cost of one completion (output) token, in US dollars."""
        self.match_path = match_path
        """Where in a run's invocation parameters the model name is looked for (default: `model`, `model_name`,
        `model_id`, `model_path`, `endpoint_name`).
        """
        self.prompt_cost_details = prompt_cost_details
        """Costs of kinds of prompt tokens (e.g. `cache_read`), per token."""
        self.completion_cost_details = completion_cost_details
        """Costs of kinds of completion tokens (e.g. `reasoning`), per token."""
        self.provider = provider
        """The model's provider (e.g. `openai`)."""
        self.start_time = start_time
        """When the prices start to apply (ISO 8601; without an offset, UTC)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ModelPriceMapProvider(KindProvider):
    """The dynamic provider of `ModelPriceMap`."""

    kind_module = "pulumi_langsmith.resources.model_price_map"


class ModelPriceMap(KindResource, module="langsmith", name="ModelPriceMap"):
    """The price of a model's tokens, which LangSmith uses to compute the cost of traced runs. Type token
    `pulumi-python:dynamic/langsmith:ModelPriceMap`.
    """

    _provider_class = ModelPriceMapProvider

    name: pulumi.Output[str]
    """Name of the entry (usually the model's); with `adopt_existing`, the key to adopt by."""
    match_pattern: pulumi.Output[str]
    """Regular expression the model name of a run must match."""
    prompt_cost: pulumi.Output[float]
    """Cost of one prompt (input) token, in US dollars."""
    completion_cost: pulumi.Output[float]
    """Cost of one completion (output) token, in US dollars."""
    match_path: pulumi.Output[Sequence[str] | None]
    """Where in a run's invocation parameters the model name is looked for (default: `model`, `model_name`,
    `model_id`, `model_path`, `endpoint_name`).
    """
    prompt_cost_details: pulumi.Output[Mapping[str, float] | None]
    """Costs of kinds of prompt tokens (e.g. `cache_read`), per token."""
    completion_cost_details: pulumi.Output[Mapping[str, float] | None]
    """Costs of kinds of completion tokens (e.g. `reasoning`), per token."""
    provider: pulumi.Output[str | None]
    """The model's provider (e.g. `openai`)."""
    start_time: pulumi.Output[str | None]
    """When the prices start to apply (ISO 8601; without an offset, UTC)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the entry."""

    @overload
    def __init__(
        self, resource_name: str, args: ModelPriceMapArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        match_pattern: pulumi.Input[str],
        prompt_cost: pulumi.Input[float],
        completion_cost: pulumi.Input[float],
        match_path: pulumi.Input[Sequence[str]] | None = None,
        prompt_cost_details: pulumi.Input[Mapping[str, float]] | None = None,
        completion_cost_details: pulumi.Input[Mapping[str, float]] | None = None,
        provider: pulumi.Input[str] | None = None,
        start_time: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ModelPriceMap: The price of a model's tokens, which LangSmith uses to compute the cost of traced runs.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ModelPriceMapArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Name of the entry (usually the model's); with `adopt_existing`, the key to adopt by.
        :param match_pattern: Regular expression the model name of a run must match.
        :param prompt_cost: Cost of one prompt (input) token, in US dollars.
        :param completion_cost: Cost of one completion (output) token, in US dollars.
        :param match_path: Where in a run's invocation parameters the model name is looked for (default: `model`,
                    `model_name`, `model_id`, `model_path`, `endpoint_name`).
        :param prompt_cost_details: Costs of kinds of prompt tokens (e.g. `cache_read`), per token.
        :param completion_cost_details: Costs of kinds of completion tokens (e.g. `reasoning`), per token.
        :param provider: The model's provider (e.g. `openai`).
        :param start_time: When the prices start to apply (ISO 8601; without an offset, UTC).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(ModelPriceMapArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class OrgMemberArgs:
    """The arguments of a `OrgMember`."""

    def __init__(
        self,
        *,
        email: pulumi.Input[str],
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.email = email
        """Email of the member (trimmed, lower-cased). Changing it replaces the member."""
        self.role = role
        """Organization role by name: `ORGANIZATION_USER` (default), `ORGANIZATION_ADMIN`, or a role's display
        name. Changes in place (a pending invite is re-sent).
        """
        self.role_id = role_id
        """Organization role by id (instead of `role`)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class OrgMemberProvider(KindProvider):
    """The dynamic provider of `OrgMember`."""

    kind_module = "pulumi_langsmith.resources.org_member"


class OrgMember(KindResource, module="langsmith", name="OrgMember"):
    """A member of the LangSmith organization (an invite until accepted). Type token
    `pulumi-python:dynamic/langsmith:OrgMember`.
    """

    _provider_class = OrgMemberProvider

    email: pulumi.Output[str]
    """Email of the member (trimmed, lower-cased). Changing it replaces the member."""
    role: pulumi.Output[str | None]
    """Organization role by name: `ORGANIZATION_USER` (default), `ORGANIZATION_ADMIN`, or a role's display name.
    Changes in place (a pending invite is re-sent).
    """
    role_id: pulumi.Output[str | None]
    """Organization role by id (instead of `role`)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    status: pulumi.Output[str | None]
    """`pending` until the invite is accepted, then `active`."""
    identity_id: pulumi.Output[str | None]
    """Id of the membership (or of the invite while pending)."""
    ls_user_id: pulumi.Output[str | None]
    """The user's LangSmith id (once active)."""
    role_name: pulumi.Output[str | None]
    """Display name of the member's organization role."""

    @overload
    def __init__(self, resource_name: str, args: OrgMemberArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        email: pulumi.Input[str],
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a OrgMember: A member of the LangSmith organization (an invite until accepted).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `OrgMemberArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param email: Email of the member (trimmed, lower-cased). Changing it replaces the member.
        :param role: Organization role by name: `ORGANIZATION_USER` (default), `ORGANIZATION_ADMIN`, or a role's
                    display name. Changes in place (a pending invite is re-sent).
        :param role_id: Organization role by id (instead of `role`).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(OrgMemberArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class OrgTtlSettingsArgs:
    """The arguments of a `OrgTtlSettings`."""

    def __init__(
        self,
        *,
        default_trace_tier: pulumi.Input[str],
        apply_to_all_projects: pulumi.Input[bool] | None = None,
    ) -> None:
        self.default_trace_tier = default_trace_tier
        """Retention tier of new traces: `longlived` (extended retention) or `shortlived` (base, 14 days)."""
        self.apply_to_all_projects = apply_to_all_projects
        """Whether the tier also applies to existing projects, not only to new ones."""

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class OrgTtlSettingsProvider(KindProvider):
    """The dynamic provider of `OrgTtlSettings`."""

    kind_module = "pulumi_langsmith.resources.org_ttl_settings"


class OrgTtlSettings(KindResource, module="langsmith", name="OrgTtlSettings"):
    """The organisation's default trace retention tier. One per organisation; destroy leaves it as it is. Type
    token `pulumi-python:dynamic/langsmith:OrgTtlSettings`.
    """

    _provider_class = OrgTtlSettingsProvider

    default_trace_tier: pulumi.Output[str]
    """Retention tier of new traces: `longlived` (extended retention) or `shortlived` (base, 14 days)."""
    apply_to_all_projects: pulumi.Output[bool | None]
    """Whether the tier also applies to existing projects, not only to new ones."""
    setting_id: pulumi.Output[str | None]
    """Id of the organisation's retention setting."""
    configured_by: pulumi.Output[str | None]
    """`user` once set, `system` for LangSmith's default."""
    longlived_ttl_days: pulumi.Output[int | None]
    """Days long-lived traces are kept, when customised."""

    @overload
    def __init__(
        self, resource_name: str, args: OrgTtlSettingsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        default_trace_tier: pulumi.Input[str],
        apply_to_all_projects: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a OrgTtlSettings: The organisation's default trace retention tier. One per organisation; destroy leaves it as it is.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `OrgTtlSettingsArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param default_trace_tier: Retention tier of new traces: `longlived` (extended retention) or `shortlived`
                    (base, 14 days).
        :param apply_to_all_projects: Whether the tier also applies to existing projects, not only to new ones.
        """
        props, opts = resolve_args(OrgTtlSettingsArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class OrganizationSettingsArgs:
    """The arguments of a `OrganizationSettings`."""

    def __init__(
        self,
        *,
        max_pat_expiry_days: pulumi.Input[int] | None = None,
        max_service_key_expiry_days: pulumi.Input[int] | None = None,
        max_api_key_expiry_days: pulumi.Input[int] | None = None,
        ip_allowlist: pulumi.Input[Sequence[str]] | None = None,
        public_sharing_disabled: pulumi.Input[bool] | None = None,
        pat_creation_disabled: pulumi.Input[bool] | None = None,
        invites_enabled: pulumi.Input[bool] | None = None,
        jit_provisioning_enabled: pulumi.Input[bool] | None = None,
        workspace_admin_can_invite_to_org: pulumi.Input[bool] | None = None,
        security_contact: pulumi.Input[str] | None = None,
        sso_only: pulumi.Input[bool] | None = None,
    ) -> None:
        self.max_pat_expiry_days = max_pat_expiry_days
        """Longest lifetime, in days, of a personal access token created from now on."""
        self.max_service_key_expiry_days = max_service_key_expiry_days
        """Longest lifetime, in days, of a service key created from now on."""
        self.max_api_key_expiry_days = max_api_key_expiry_days
        """Longest lifetime, in days, of a (legacy) API key created from now on."""
        self.ip_allowlist = ip_allowlist
        """IP addresses and CIDR ranges the organisation's API may be called from (empty: any)."""
        self.public_sharing_disabled = public_sharing_disabled
        """Whether public sharing of traces is disabled."""
        self.pat_creation_disabled = pat_creation_disabled
        """Whether members may no longer create personal access tokens."""
        self.invites_enabled = invites_enabled
        """Whether members may be invited by email."""
        self.jit_provisioning_enabled = jit_provisioning_enabled
        """Whether SSO users are added to the organisation on their first login."""
        self.workspace_admin_can_invite_to_org = workspace_admin_can_invite_to_org
        """Whether workspace admins may invite new members to the organisation."""
        self.security_contact = security_contact
        """Email address LangSmith contacts about security matters."""
        self.sso_only = sso_only
        """Whether members may log in only through SSO (set through the login-methods operation)."""

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class OrganizationSettingsProvider(KindProvider):
    """The dynamic provider of `OrganizationSettings`."""

    kind_module = "pulumi_langsmith.resources.organization_settings"


class OrganizationSettings(KindResource, module="langsmith", name="OrganizationSettings"):
    """The organisation's settings: key and token lifetime caps, the IP allow-list, public sharing, invitations
    and SSO-only login. One per organisation; only the fields you set are managed. Type token
    `pulumi-python:dynamic/langsmith:OrganizationSettings`.
    """

    _provider_class = OrganizationSettingsProvider

    max_pat_expiry_days: pulumi.Output[int | None]
    """Longest lifetime, in days, of a personal access token created from now on."""
    max_service_key_expiry_days: pulumi.Output[int | None]
    """Longest lifetime, in days, of a service key created from now on."""
    max_api_key_expiry_days: pulumi.Output[int | None]
    """Longest lifetime, in days, of a (legacy) API key created from now on."""
    ip_allowlist: pulumi.Output[Sequence[str] | None]
    """IP addresses and CIDR ranges the organisation's API may be called from (empty: any)."""
    public_sharing_disabled: pulumi.Output[bool | None]
    """Whether public sharing of traces is disabled."""
    pat_creation_disabled: pulumi.Output[bool | None]
    """Whether members may no longer create personal access tokens."""
    invites_enabled: pulumi.Output[bool | None]
    """Whether members may be invited by email."""
    jit_provisioning_enabled: pulumi.Output[bool | None]
    """Whether SSO users are added to the organisation on their first login."""
    workspace_admin_can_invite_to_org: pulumi.Output[bool | None]
    """Whether workspace admins may invite new members to the organisation."""
    security_contact: pulumi.Output[str | None]
    """Email address LangSmith contacts about security matters."""
    sso_only: pulumi.Output[bool | None]
    """Whether members may log in only through SSO (set through the login-methods operation)."""
    organization_id: pulumi.Output[str | None]
    """The organisation these settings are of."""
    display_name: pulumi.Output[str | None]
    """The organisation's name."""

    @overload
    def __init__(
        self, resource_name: str, args: OrganizationSettingsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        max_pat_expiry_days: pulumi.Input[int] | None = None,
        max_service_key_expiry_days: pulumi.Input[int] | None = None,
        max_api_key_expiry_days: pulumi.Input[int] | None = None,
        ip_allowlist: pulumi.Input[Sequence[str]] | None = None,
        public_sharing_disabled: pulumi.Input[bool] | None = None,
        pat_creation_disabled: pulumi.Input[bool] | None = None,
        invites_enabled: pulumi.Input[bool] | None = None,
        jit_provisioning_enabled: pulumi.Input[bool] | None = None,
        workspace_admin_can_invite_to_org: pulumi.Input[bool] | None = None,
        security_contact: pulumi.Input[str] | None = None,
        sso_only: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a OrganizationSettings: The organisation's settings: key and token lifetime caps, the IP allow-list, public sharing, invitations and SSO-only login. One per organisation; only the fields you set are managed.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `OrganizationSettingsArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param max_pat_expiry_days: Longest lifetime, in days, of a personal access token created from now on.
        :param max_service_key_expiry_days: Longest lifetime, in days, of a service key created from now on.
        :param max_api_key_expiry_days: Longest lifetime, in days, of a (legacy) API key created from now on.
        :param ip_allowlist: IP addresses and CIDR ranges the organisation's API may be called from (empty: any).
        :param public_sharing_disabled: Whether public sharing of traces is disabled.
        :param pat_creation_disabled: Whether members may no longer create personal access tokens.
        :param invites_enabled: Whether members may be invited by email.
        :param jit_provisioning_enabled: Whether SSO users are added to the organisation on their first login.
        :param workspace_admin_can_invite_to_org: Whether workspace admins may invite new members to the
                    organisation.
        :param security_contact: Email address LangSmith contacts about security matters.
        :param sso_only: Whether members may log in only through SSO (set through the login-methods operation).
        """
        props, opts = resolve_args(OrganizationSettingsArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class PersonalAccessTokenArgs:
    """The arguments of a `PersonalAccessToken`."""

    def __init__(
        self,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
    ) -> None:
        self.description = description
        """What the key is for. Changing it replaces the key. LangSmith lists it with this resource's owner
        marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.
        """
        self.expires_at = expires_at
        """Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key."""

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class PersonalAccessTokenProvider(KindProvider):
    """The dynamic provider of `PersonalAccessToken`."""

    kind_module = "pulumi_langsmith.resources.personal_access_token"


class PersonalAccessToken(KindResource, module="langsmith", name="PersonalAccessToken"):
    """A LangSmith personal access token of the user behind the provider's API key. Type token
    `pulumi-python:dynamic/langsmith:PersonalAccessToken`.
    """

    _provider_class = PersonalAccessTokenProvider

    description: pulumi.Output[str]
    """What the key is for. Changing it replaces the key. LangSmith lists it with this resource's owner marker
    appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.
    """
    expires_at: pulumi.Output[str | None]
    """Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key."""
    key: pulumi.Output[str | None]
    """The key's value: returned once at creation, kept as a secret."""
    short_key: pulumi.Output[str | None]
    """Masked form of the key, as LangSmith lists it."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: PersonalAccessTokenArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a PersonalAccessToken: A LangSmith personal access token of the user behind the provider's API key.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `PersonalAccessTokenArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param description: What the key is for. Changing it replaces the key. LangSmith lists it with this
                    resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and
                    diff ignore.
        :param expires_at: Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces
                    the key.
        """
        props, opts = resolve_args(PersonalAccessTokenArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ProjectArgs:
    """The arguments of a `Project`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        reference_dataset_id: pulumi.Input[str] | None = None,
        default_dataset_id: pulumi.Input[str] | None = None,
        trace_tier: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Project name, unique in its workspace."""
        self.description = description
        """What the project traces."""
        self.metadata = metadata
        """Free-form metadata (`extra.metadata`)."""
        self.reference_dataset_id = reference_dataset_id
        """Dataset this project is an experiment on. Fixed at creation: changing it replaces the project."""
        self.default_dataset_id = default_dataset_id
        """Default dataset of the project."""
        self.trace_tier = trace_tier
        """`longlived` or `shortlived` retention; unset keeps the workspace default."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ProjectProvider(KindProvider):
    """The dynamic provider of `Project`."""

    kind_module = "pulumi_langsmith.resources.project"


class Project(KindResource, module="langsmith", name="Project"):
    """A LangSmith tracing project (tracer session). Type token `pulumi-python:dynamic/langsmith:Project`."""

    _provider_class = ProjectProvider

    name: pulumi.Output[str]
    """Project name, unique in its workspace."""
    description: pulumi.Output[str | None]
    """What the project traces."""
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata (`extra.metadata`)."""
    reference_dataset_id: pulumi.Output[str | None]
    """Dataset this project is an experiment on. Fixed at creation: changing it replaces the project."""
    default_dataset_id: pulumi.Output[str | None]
    """Default dataset of the project."""
    trace_tier: pulumi.Output[str | None]
    """`longlived` or `shortlived` retention; unset keeps the workspace default."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the project."""
    start_time: pulumi.Output[str | None]
    """Creation (start) time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: ProjectArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        reference_dataset_id: pulumi.Input[str] | None = None,
        default_dataset_id: pulumi.Input[str] | None = None,
        trace_tier: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Project: A LangSmith tracing project (tracer session).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ProjectArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Project name, unique in its workspace.
        :param description: What the project traces.
        :param metadata: Free-form metadata (`extra.metadata`).
        :param reference_dataset_id: Dataset this project is an experiment on. Fixed at creation: changing it
                    replaces the project.
        :param default_dataset_id: Default dataset of the project.
        :param trace_tier: `longlived` or `shortlived` retention; unset keeps the workspace default.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(ProjectArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class PromptArgs:
    """The arguments of a `Prompt`."""

    def __init__(
        self,
        *,
        repo_handle: pulumi.Input[str],
        owner: pulumi.Input[str] | None = None,
        template: pulumi.Input[Mapping[str, Any]] | None = None,
        manifest: pulumi.Input[Mapping[str, Any]] | None = None,
        description: pulumi.Input[str] | None = None,
        readme: pulumi.Input[str] | None = None,
        tags: pulumi.Input[Sequence[str]] | None = None,
        is_public: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.repo_handle = repo_handle
        """The prompt's name (lowercase letters, digits, `-`, `_`), unique in its workspace. Changing it makes a
        new prompt.
        """
        self.owner = owner
        """The workspace's hub handle, or `-` (the default) for the workspace the request acts in."""
        self.template = template
        """The prompt as a typed template (string or chat, input variables, model settings); a change commits it.
        Set this or `manifest`.
        """
        self.manifest = manifest
        """The prompt as a raw LangChain manifest, for shapes `template` does not cover; a change commits it. Set
        this or `template`.
        """
        self.description = description
        """What the prompt is for."""
        self.readme = readme
        """The prompt's readme (Markdown)."""
        self.tags = tags
        """Hub tags (labels) of the repo."""
        self.is_public = is_public
        """Whether anyone can read the prompt on the public hub."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class PromptProvider(KindProvider):
    """The dynamic provider of `Prompt`."""

    kind_module = "pulumi_langsmith.resources.prompt"


class Prompt(KindResource, module="langsmith", name="Prompt"):
    """A prompt in the LangSmith prompt hub: a repo whose commits hold the prompt's versions. Type token
    `pulumi-python:dynamic/langsmith:Prompt`.
    """

    _provider_class = PromptProvider

    repo_handle: pulumi.Output[str]
    """The prompt's name (lowercase letters, digits, `-`, `_`), unique in its workspace. Changing it makes a new
    prompt.
    """
    owner: pulumi.Output[str | None]
    """The workspace's hub handle, or `-` (the default) for the workspace the request acts in."""
    template: pulumi.Output[Mapping[str, Any] | None]
    """The prompt as a typed template (string or chat, input variables, model settings); a change commits it. Set
    this or `manifest`.
    """
    manifest: pulumi.Output[Mapping[str, Any] | None]
    """The prompt as a raw LangChain manifest, for shapes `template` does not cover; a change commits it. Set
    this or `template`.
    """
    description: pulumi.Output[str | None]
    """What the prompt is for."""
    readme: pulumi.Output[str | None]
    """The prompt's readme (Markdown)."""
    tags: pulumi.Output[Sequence[str] | None]
    """Hub tags (labels) of the repo."""
    is_public: pulumi.Output[bool | None]
    """Whether anyone can read the prompt on the public hub."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    commit_hash: pulumi.Output[str | None]
    """The latest commit's hash (what the prompt's tags point at)."""
    commit_url: pulumi.Output[str | None]
    """The latest commit in the LangSmith UI."""
    full_name: pulumi.Output[str | None]
    """`owner/repo_handle` (just the handle without a hub handle)."""
    updated_at: pulumi.Output[str | None]
    """Last change to the repo (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: PromptArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        repo_handle: pulumi.Input[str],
        owner: pulumi.Input[str] | None = None,
        template: pulumi.Input[Mapping[str, Any]] | None = None,
        manifest: pulumi.Input[Mapping[str, Any]] | None = None,
        description: pulumi.Input[str] | None = None,
        readme: pulumi.Input[str] | None = None,
        tags: pulumi.Input[Sequence[str]] | None = None,
        is_public: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Prompt: A prompt in the LangSmith prompt hub: a repo whose commits hold the prompt's versions.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `PromptArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param repo_handle: The prompt's name (lowercase letters, digits, `-`, `_`), unique in its workspace.
                    Changing it makes a new prompt.
        :param owner: The workspace's hub handle, or `-` (the default) for the workspace the request acts in.
        :param template: The prompt as a typed template (string or chat, input variables, model settings); a change
                    commits it. Set this or `manifest`.
        :param manifest: The prompt as a raw LangChain manifest, for shapes `template` does not cover; a change
                    commits it. Set this or `template`.
        :param description: What the prompt is for.
        :param readme: The prompt's readme (Markdown).
        :param tags: Hub tags (labels) of the repo.
        :param is_public: Whether anyone can read the prompt on the public hub.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(PromptArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class PromptTagArgs:
    """The arguments of a `PromptTag`."""

    def __init__(
        self,
        *,
        repo_handle: pulumi.Input[str],
        tag_name: pulumi.Input[str],
        commit: pulumi.Input[str],
        owner: pulumi.Input[str] | None = None,
        skip_webhooks: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.repo_handle = repo_handle
        """The prompt (its `repo_handle`)."""
        self.tag_name = tag_name
        """The tag, e.g. `prod`; unique in its prompt."""
        self.commit = commit
        """The commit the tag names: a commit hash (e.g. a `Prompt`'s `commit_hash` output, to follow the
        prompt's latest commit), or `latest` (the latest commit when the tag is set; later commits do not move
        it). A change moves the tag.
        """
        self.owner = owner
        """The workspace's hub handle, or `-` (the default) for the workspace the request acts in."""
        self.skip_webhooks = skip_webhooks
        """Move the tag without calling the workspace's prompt webhooks (`tag:create`, `tag:update`)."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class PromptTagProvider(KindProvider):
    """The dynamic provider of `PromptTag`."""

    kind_module = "pulumi_langsmith.resources.prompt_tag"


class PromptTag(KindResource, module="langsmith", name="PromptTag"):
    """A named tag (e.g. `prod`) on one commit of a prompt: moving it promotes that commit. Type token
    `pulumi-python:dynamic/langsmith:PromptTag`.
    """

    _provider_class = PromptTagProvider

    repo_handle: pulumi.Output[str]
    """The prompt (its `repo_handle`)."""
    tag_name: pulumi.Output[str]
    """The tag, e.g. `prod`; unique in its prompt."""
    commit: pulumi.Output[str]
    """The commit the tag names: a commit hash (e.g. a `Prompt`'s `commit_hash` output, to follow the prompt's
    latest commit), or `latest` (the latest commit when the tag is set; later commits do not move it). A
    change moves the tag.
    """
    owner: pulumi.Output[str | None]
    """The workspace's hub handle, or `-` (the default) for the workspace the request acts in."""
    skip_webhooks: pulumi.Output[bool | None]
    """Move the tag without calling the workspace's prompt webhooks (`tag:create`, `tag:update`)."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    commit_hash: pulumi.Output[str | None]
    """The hash of the commit the tag names."""
    commit_id: pulumi.Output[str | None]
    """The id of the commit the tag names."""
    updated_at: pulumi.Output[str | None]
    """When the tag was last set or moved (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: PromptTagArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        repo_handle: pulumi.Input[str],
        tag_name: pulumi.Input[str],
        commit: pulumi.Input[str],
        owner: pulumi.Input[str] | None = None,
        skip_webhooks: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a PromptTag: A named tag (e.g. `prod`) on one commit of a prompt: moving it promotes that commit.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `PromptTagArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param repo_handle: The prompt (its `repo_handle`).
        :param tag_name: The tag, e.g. `prod`; unique in its prompt.
        :param commit: The commit the tag names: a commit hash (e.g. a `Prompt`'s `commit_hash` output, to follow
                    the prompt's latest commit), or `latest` (the latest commit when the tag is set; later commits
                    do not move it). A change moves the tag.
        :param owner: The workspace's hub handle, or `-` (the default) for the workspace the request acts in.
        :param skip_webhooks: Move the tag without calling the workspace's prompt webhooks (`tag:create`,
                    `tag:update`).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(PromptTagArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class PromptWebhookArgs:
    """The arguments of a `PromptWebhook`."""

    def __init__(
        self,
        *,
        url: pulumi.Input[str],
        triggers: pulumi.Input[Sequence[str]],
        headers: pulumi.Input[Mapping[str, str]] | None = None,
        include_prompts: pulumi.Input[Sequence[str]] | None = None,
        exclude_prompts: pulumi.Input[Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.url = url
        """HTTPS URL the webhook POSTs to; with `adopt_existing`, the key to adopt by."""
        self.triggers = triggers
        """Events that call the webhook: `commit`, `tag:create`, `tag:update`."""
        self.headers = headers
        """HTTP headers sent with each call (secret: often credentials)."""
        self.include_prompts = include_prompts
        """Prompt ids that call the webhook (default: every prompt of the workspace)."""
        self.exclude_prompts = exclude_prompts
        """Prompt ids that never call the webhook."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class PromptWebhookProvider(KindProvider):
    """The dynamic provider of `PromptWebhook`."""

    kind_module = "pulumi_langsmith.resources.prompt_webhook"


class PromptWebhook(KindResource, module="langsmith", name="PromptWebhook"):
    """A webhook LangSmith calls when a prompt of the workspace gets a commit or a tag. Type token
    `pulumi-python:dynamic/langsmith:PromptWebhook`.
    """

    _provider_class = PromptWebhookProvider

    url: pulumi.Output[str]
    """HTTPS URL the webhook POSTs to; with `adopt_existing`, the key to adopt by."""
    triggers: pulumi.Output[Sequence[str]]
    """Events that call the webhook: `commit`, `tag:create`, `tag:update`."""
    headers: pulumi.Output[Mapping[str, str] | None]
    """HTTP headers sent with each call (secret: often credentials)."""
    include_prompts: pulumi.Output[Sequence[str] | None]
    """Prompt ids that call the webhook (default: every prompt of the workspace)."""
    exclude_prompts: pulumi.Output[Sequence[str] | None]
    """Prompt ids that never call the webhook."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the webhook."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last update time (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: PromptWebhookArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        url: pulumi.Input[str],
        triggers: pulumi.Input[Sequence[str]],
        headers: pulumi.Input[Mapping[str, str]] | None = None,
        include_prompts: pulumi.Input[Sequence[str]] | None = None,
        exclude_prompts: pulumi.Input[Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a PromptWebhook: A webhook LangSmith calls when a prompt of the workspace gets a commit or a tag.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `PromptWebhookArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param url: HTTPS URL the webhook POSTs to; with `adopt_existing`, the key to adopt by.
        :param triggers: Events that call the webhook: `commit`, `tag:create`, `tag:update`.
        :param headers: HTTP headers sent with each call (secret: often credentials).
        :param include_prompts: Prompt ids that call the webhook (default: every prompt of the workspace).
        :param exclude_prompts: Prompt ids that never call the webhook.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(PromptWebhookArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class RepoOwnerArgs:
    """The arguments of a `RepoOwner`."""

    def __init__(
        self,
        *,
        repo_handle: pulumi.Input[str],
        email: pulumi.Input[str],
        owner: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.repo_handle = repo_handle
        """The prompt (its `repo_handle`)."""
        self.email = email
        """Email of the organisation member to make an owner of the prompt."""
        self.owner = owner
        """The workspace's hub handle, or `-` (the default) for the workspace the request acts in."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class RepoOwnerProvider(KindProvider):
    """The dynamic provider of `RepoOwner`."""

    kind_module = "pulumi_langsmith.resources.repo_owner"


class RepoOwner(KindResource, module="langsmith", name="RepoOwner"):
    """An organisation member who owns (collaborates on) a prompt in the hub. Type token
    `pulumi-python:dynamic/langsmith:RepoOwner`.
    """

    _provider_class = RepoOwnerProvider

    repo_handle: pulumi.Output[str]
    """The prompt (its `repo_handle`)."""
    email: pulumi.Output[str]
    """Email of the organisation member to make an owner of the prompt."""
    owner: pulumi.Output[str | None]
    """The workspace's hub handle, or `-` (the default) for the workspace the request acts in."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    identity_id: pulumi.Output[str | None]
    """The member's organisation identity id."""
    ls_user_id: pulumi.Output[str | None]
    """The member's user id."""
    full_name: pulumi.Output[str | None]
    """The member's name."""
    created_at: pulumi.Output[str | None]
    """When the member became an owner (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: RepoOwnerArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        repo_handle: pulumi.Input[str],
        email: pulumi.Input[str],
        owner: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a RepoOwner: An organisation member who owns (collaborates on) a prompt in the hub.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `RepoOwnerArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param repo_handle: The prompt (its `repo_handle`).
        :param email: Email of the organisation member to make an owner of the prompt.
        :param owner: The workspace's hub handle, or `-` (the default) for the workspace the request acts in.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(RepoOwnerArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class RoleArgs:
    """The arguments of a `Role`."""

    def __init__(
        self,
        *,
        display_name: pulumi.Input[str],
        permissions: pulumi.Input[Sequence[str]],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.display_name = display_name
        """Role name shown in LangSmith, unique in the organization."""
        self.permissions = permissions
        """Permissions granted, e.g. `datasets:read` (see the LangSmith permission list)."""
        self.description = description
        """What the role is for."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class RoleProvider(KindProvider):
    """The dynamic provider of `Role`."""

    kind_module = "pulumi_langsmith.resources.role"


class Role(KindResource, module="langsmith", name="Role"):
    """A custom LangSmith role (assignable in every workspace of the organization). Type token
    `pulumi-python:dynamic/langsmith:Role`.
    """

    _provider_class = RoleProvider

    display_name: pulumi.Output[str]
    """Role name shown in LangSmith, unique in the organization."""
    permissions: pulumi.Output[Sequence[str]]
    """Permissions granted, e.g. `datasets:read` (see the LangSmith permission list)."""
    description: pulumi.Output[str | None]
    """What the role is for."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    name: pulumi.Output[str | None]
    """System name of the role, generated by LangSmith."""
    organization_id: pulumi.Output[str | None]
    """Organization that owns the role."""
    access_scope: pulumi.Output[str | None]
    """`workspace` or `organization`."""

    @overload
    def __init__(self, resource_name: str, args: RoleArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        display_name: pulumi.Input[str],
        permissions: pulumi.Input[Sequence[str]],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Role: A custom LangSmith role (assignable in every workspace of the organization).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `RoleArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param display_name: Role name shown in LangSmith, unique in the organization.
        :param permissions: Permissions granted, e.g. `datasets:read` (see the LangSmith permission list).
        :param description: What the role is for.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(RoleArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class RunRuleArgs:
    """The arguments of a `RunRule`."""

    def __init__(
        self,
        *,
        display_name: pulumi.Input[str],
        sampling_rate: pulumi.Input[float],
        session_id: pulumi.Input[str] | None = None,
        dataset_id: pulumi.Input[str] | None = None,
        is_enabled: pulumi.Input[bool] | None = None,
        filter: pulumi.Input[str] | None = None,
        trace_filter: pulumi.Input[str] | None = None,
        tree_filter: pulumi.Input[str] | None = None,
        evaluator_id: pulumi.Input[str] | None = None,
        evaluators: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        code_evaluators: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        add_to_dataset_id: pulumi.Input[str] | None = None,
        add_to_dataset_prefer_correction: pulumi.Input[bool] | None = None,
        add_to_annotation_queue_id: pulumi.Input[str] | None = None,
        webhooks: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        alerts: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        backfill_from: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.display_name = display_name
        """Rule name; with the project or dataset, its natural key."""
        self.sampling_rate = sampling_rate
        """Share of matching runs the rule acts on, 0 to 1."""
        self.session_id = session_id
        """Project (tracer session) whose runs the rule sees. Set exactly one of session_id and dataset_id;
        changing either replaces the rule.
        """
        self.dataset_id = dataset_id
        """Dataset whose experiment runs the rule sees (instead of a project)."""
        self.is_enabled = is_enabled
        """Whether the rule runs."""
        self.filter = filter
        """Run filter, e.g. `eq(is_root, true)`."""
        self.trace_filter = trace_filter
        """Filter on the run's root run."""
        self.tree_filter = tree_filter
        """Filter on any run of the trace."""
        self.evaluator_id = evaluator_id
        """Evaluator the rule runs (e.g. `Evaluator.id`). Unset: whatever the server holds, which is the
        evaluator it generates for inline `evaluators`.
        """
        self.evaluators = evaluators
        """Inline LLM judges (instead of `evaluator_id`)."""
        self.code_evaluators = code_evaluators
        """Inline code evaluators (instead of `evaluator_id`)."""
        self.add_to_dataset_id = add_to_dataset_id
        """Dataset the matching runs are added to as examples."""
        self.add_to_dataset_prefer_correction = add_to_dataset_prefer_correction
        """Add corrected outputs where there are some."""
        self.add_to_annotation_queue_id = add_to_annotation_queue_id
        """Annotation queue the matching runs go to."""
        self.webhooks = webhooks
        """Webhooks the matching runs are POSTed to (secret)."""
        self.alerts = alerts
        """PagerDuty alerts (secret: the routing key)."""
        self.backfill_from = backfill_from
        """Apply the rule to runs since this time (ISO 8601) once, at creation. Read at creation only: a later
        change does nothing (replace the rule to backfill again).
        """
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class RunRuleProvider(KindProvider):
    """The dynamic provider of `RunRule`."""

    kind_module = "pulumi_langsmith.resources.run_rule"


class RunRule(KindResource, module="langsmith", name="RunRule"):
    """An automation rule of a project or dataset: sampled, filtered runs are evaluated, added to a dataset or
    annotation queue, sent to webhooks, or alerted on. Type token `pulumi-python:dynamic/langsmith:RunRule`.
    """

    _provider_class = RunRuleProvider

    display_name: pulumi.Output[str]
    """Rule name; with the project or dataset, its natural key."""
    sampling_rate: pulumi.Output[float]
    """Share of matching runs the rule acts on, 0 to 1."""
    session_id: pulumi.Output[str | None]
    """Project (tracer session) whose runs the rule sees. Set exactly one of session_id and dataset_id; changing
    either replaces the rule.
    """
    dataset_id: pulumi.Output[str | None]
    """Dataset whose experiment runs the rule sees (instead of a project)."""
    is_enabled: pulumi.Output[bool | None]
    """Whether the rule runs."""
    filter: pulumi.Output[str | None]
    """Run filter, e.g. `eq(is_root, true)`."""
    trace_filter: pulumi.Output[str | None]
    """Filter on the run's root run."""
    tree_filter: pulumi.Output[str | None]
    """Filter on any run of the trace."""
    evaluator_id: pulumi.Output[str | None]
    """Evaluator the rule runs (e.g. `Evaluator.id`). Unset: whatever the server holds, which is the evaluator it
    generates for inline `evaluators`.
    """
    evaluators: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Inline LLM judges (instead of `evaluator_id`)."""
    code_evaluators: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Inline code evaluators (instead of `evaluator_id`)."""
    add_to_dataset_id: pulumi.Output[str | None]
    """Dataset the matching runs are added to as examples."""
    add_to_dataset_prefer_correction: pulumi.Output[bool | None]
    """Add corrected outputs where there are some."""
    add_to_annotation_queue_id: pulumi.Output[str | None]
    """Annotation queue the matching runs go to."""
    webhooks: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Webhooks the matching runs are POSTed to (secret)."""
    alerts: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """PagerDuty alerts (secret: the routing key)."""
    backfill_from: pulumi.Output[str | None]
    """Apply the rule to runs since this time (ISO 8601) once, at creation. Read at creation only: a later change
    does nothing (replace the rule to backfill again).
    """
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the rule."""
    session_name: pulumi.Output[str | None]
    """Name of the project."""
    dataset_name: pulumi.Output[str | None]
    """Name of the dataset."""
    evaluator_version: pulumi.Output[int | None]
    """Version of the rule's evaluator."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""

    @overload
    def __init__(self, resource_name: str, args: RunRuleArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        display_name: pulumi.Input[str],
        sampling_rate: pulumi.Input[float],
        session_id: pulumi.Input[str] | None = None,
        dataset_id: pulumi.Input[str] | None = None,
        is_enabled: pulumi.Input[bool] | None = None,
        filter: pulumi.Input[str] | None = None,
        trace_filter: pulumi.Input[str] | None = None,
        tree_filter: pulumi.Input[str] | None = None,
        evaluator_id: pulumi.Input[str] | None = None,
        evaluators: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        code_evaluators: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        add_to_dataset_id: pulumi.Input[str] | None = None,
        add_to_dataset_prefer_correction: pulumi.Input[bool] | None = None,
        add_to_annotation_queue_id: pulumi.Input[str] | None = None,
        webhooks: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        alerts: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        backfill_from: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a RunRule: An automation rule of a project or dataset: sampled, filtered runs are evaluated, added to a dataset or annotation queue, sent to webhooks, or alerted on.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `RunRuleArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param display_name: Rule name; with the project or dataset, its natural key.
        :param sampling_rate: Share of matching runs the rule acts on, 0 to 1.
        :param session_id: Project (tracer session) whose runs the rule sees. Set exactly one of session_id and
                    dataset_id; changing either replaces the rule.
        :param dataset_id: Dataset whose experiment runs the rule sees (instead of a project).
        :param is_enabled: Whether the rule runs.
        :param filter: Run filter, e.g. `eq(is_root, true)`.
        :param trace_filter: Filter on the run's root run.
        :param tree_filter: Filter on any run of the trace.
        :param evaluator_id: Evaluator the rule runs (e.g. `Evaluator.id`). Unset: whatever the server holds, which
                    is the evaluator it generates for inline `evaluators`.
        :param evaluators: Inline LLM judges (instead of `evaluator_id`).
        :param code_evaluators: Inline code evaluators (instead of `evaluator_id`).
        :param add_to_dataset_id: Dataset the matching runs are added to as examples.
        :param add_to_dataset_prefer_correction: Add corrected outputs where there are some.
        :param add_to_annotation_queue_id: Annotation queue the matching runs go to.
        :param webhooks: Webhooks the matching runs are POSTed to (secret).
        :param alerts: PagerDuty alerts (secret: the routing key).
        :param backfill_from: Apply the rule to runs since this time (ISO 8601) once, at creation. Read at creation
                    only: a later change does nothing (replace the rule to backfill again).
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(RunRuleArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class SandboxRegistryArgs:
    """The arguments of a `SandboxRegistry`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        url: pulumi.Input[str],
        username: pulumi.Input[str] | None = None,
        password: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.name = name
        """Registry name, unique in the workspace (its address in the API); a rename is in place."""
        self.url = url
        """Registry URL, e.g. `https://index.docker.io/v1/`."""
        self.username = username
        """Registry username (secret; never answered by the API). Set with `password`."""
        self.password = password
        """Registry password or token (secret; never answered by the API). Set with `username`."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class SandboxRegistryProvider(KindProvider):
    """The dynamic provider of `SandboxRegistry`."""

    kind_module = "pulumi_langsmith.resources.sandbox_registry"


class SandboxRegistry(KindResource, module="langsmith", name="SandboxRegistry"):
    """A private container-image registry that LangSmith sandboxes pull images from, with its credentials
    (secrets). Type token `pulumi-python:dynamic/langsmith:SandboxRegistry`.
    """

    _provider_class = SandboxRegistryProvider

    name: pulumi.Output[str]
    """Registry name, unique in the workspace (its address in the API); a rename is in place."""
    url: pulumi.Output[str]
    """Registry URL, e.g. `https://index.docker.io/v1/`."""
    username: pulumi.Output[str | None]
    """Registry username (secret; never answered by the API). Set with `password`."""
    password: pulumi.Output[str | None]
    """Registry password or token (secret; never answered by the API). Set with `username`."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""
    created_by: pulumi.Output[str | None]
    """Who created the registry."""
    updated_by: pulumi.Output[str | None]
    """Who last updated the registry."""

    @overload
    def __init__(
        self, resource_name: str, args: SandboxRegistryArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        url: pulumi.Input[str],
        username: pulumi.Input[str] | None = None,
        password: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a SandboxRegistry: A private container-image registry that LangSmith sandboxes pull images from, with its credentials (secrets).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `SandboxRegistryArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Registry name, unique in the workspace (its address in the API); a rename is in place.
        :param url: Registry URL, e.g. `https://index.docker.io/v1/`.
        :param username: Registry username (secret; never answered by the API). Set with `password`.
        :param password: Registry password or token (secret; never answered by the API). Set with `username`.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(SandboxRegistryArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ScimGroupArgs:
    """The arguments of a `ScimGroup`."""

    def __init__(
        self,
        *,
        display_name: pulumi.Input[str],
        name_separator: pulumi.Input[str] | None = None,
        members: pulumi.Input[Sequence[str]] | None = None,
        external_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.display_name = display_name
        """Group name carrying the role mapping; groups cannot be renamed, so changing it replaces the group."""
        self.name_separator = name_separator
        """The organisation's `scim_group_name_separator`, used to check `display_name` at preview."""
        self.members = members
        """Ids of the member `ScimUser`s."""
        self.external_id = external_id
        """The identity provider's id of the group."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ScimGroupProvider(KindProvider):
    """The dynamic provider of `ScimGroup`."""

    kind_module = "pulumi_langsmith.resources.scim_group"


class ScimGroup(KindResource, module="langsmith", name="ScimGroup"):
    """A LangSmith SCIM group: its members get the organisation or workspace role its name carries. Type token
    `pulumi-python:dynamic/langsmith:ScimGroup`.
    """

    _provider_class = ScimGroupProvider

    display_name: pulumi.Output[str]
    """Group name carrying the role mapping; groups cannot be renamed, so changing it replaces the group."""
    name_separator: pulumi.Output[str | None]
    """The organisation's `scim_group_name_separator`, used to check `display_name` at preview."""
    members: pulumi.Output[Sequence[str] | None]
    """Ids of the member `ScimUser`s."""
    external_id: pulumi.Output[str | None]
    """The identity provider's id of the group."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    organization_role: pulumi.Output[str | None]
    """Organisation role the group's members get."""
    workspace_name: pulumi.Output[str | None]
    """Workspace the group's members join (none for admin groups)."""
    workspace_role: pulumi.Output[str | None]
    """Workspace role of the group's members."""
    created_at: pulumi.Output[str | None]
    """Creation time (SCIM `meta.created`)."""
    last_modified: pulumi.Output[str | None]
    """Last modification time (SCIM `meta.lastModified`)."""

    @overload
    def __init__(self, resource_name: str, args: ScimGroupArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        display_name: pulumi.Input[str],
        name_separator: pulumi.Input[str] | None = None,
        members: pulumi.Input[Sequence[str]] | None = None,
        external_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ScimGroup: A LangSmith SCIM group: its members get the organisation or workspace role its name carries.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ScimGroupArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param display_name: Group name carrying the role mapping; groups cannot be renamed, so changing it replaces
                    the group.
        :param name_separator: The organisation's `scim_group_name_separator`, used to check `display_name` at
                    preview.
        :param members: Ids of the member `ScimUser`s.
        :param external_id: The identity provider's id of the group.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(ScimGroupArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ScimTokenArgs:
    """The arguments of a `ScimToken`."""

    def __init__(
        self,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
    ) -> None:
        self.description = description
        """What the token is for (e.g. the identity provider). Changes in place. LangSmith lists it with this
        resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff
        ignore.
        """
        self.expires_at = expires_at
        """Must stay unset: LangSmith SCIM tokens do not expire (the API takes only a description). Rotate a
        token by replacing the resource.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ScimTokenProvider(KindProvider):
    """The dynamic provider of `ScimToken`."""

    kind_module = "pulumi_langsmith.resources.scim_token"


class ScimToken(KindResource, module="langsmith", name="ScimToken"):
    """A LangSmith SCIM bearer token (for an identity provider's SCIM client). Type token
    `pulumi-python:dynamic/langsmith:ScimToken`.
    """

    _provider_class = ScimTokenProvider

    description: pulumi.Output[str]
    """What the token is for (e.g. the identity provider). Changes in place. LangSmith lists it with this
    resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff
    ignore.
    """
    expires_at: pulumi.Output[str | None]
    """Must stay unset: LangSmith SCIM tokens do not expire (the API takes only a description). Rotate a token by
    replacing the resource.
    """
    token: pulumi.Output[str | None]
    """The token: returned once at creation, kept as a secret."""
    short_token: pulumi.Output[str | None]
    """Masked form of the token, as LangSmith lists it."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    last_used_at: pulumi.Output[str | None]
    """When the token last authenticated a SCIM request."""

    @overload
    def __init__(self, resource_name: str, args: ScimTokenArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ScimToken: A LangSmith SCIM bearer token (for an identity provider's SCIM client).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ScimTokenArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param description: What the token is for (e.g. the identity provider). Changes in place. LangSmith lists it
                    with this resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which
                    refresh and diff ignore.
        :param expires_at: Must stay unset: LangSmith SCIM tokens do not expire (the API takes only a description).
                    Rotate a token by replacing the resource.
        """
        props, opts = resolve_args(ScimTokenArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ScimUserArgs:
    """The arguments of a `ScimUser`."""

    def __init__(
        self,
        *,
        user_name: pulumi.Input[str],
        email: pulumi.Input[Any],
        name: pulumi.Input[Mapping[str, Any]] | None = None,
        active: pulumi.Input[bool] | None = None,
        external_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.user_name = user_name
        """Unique login name (usually the email, the SAML NameID or the OIDC `sub`)."""
        self.email = email
        """Work email (`emails[type eq "work"]`); LangSmith requires it."""
        self.name = name
        """Given, family and formatted name."""
        self.active = active
        """False deprovisions the user without deleting it."""
        self.external_id = external_id
        """The identity provider's id of the user; matched first on adoption."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ScimUserProvider(KindProvider):
    """The dynamic provider of `ScimUser`."""

    kind_module = "pulumi_langsmith.resources.scim_user"


class ScimUser(KindResource, module="langsmith", name="ScimUser"):
    """A LangSmith user provisioned through SCIM 2.0 (becomes an organisation member). Type token
    `pulumi-python:dynamic/langsmith:ScimUser`.
    """

    _provider_class = ScimUserProvider

    user_name: pulumi.Output[str]
    """Unique login name (usually the email, the SAML NameID or the OIDC `sub`)."""
    email: pulumi.Output[Any]
    """Work email (`emails[type eq "work"]`); LangSmith requires it."""
    name: pulumi.Output[Mapping[str, Any] | None]
    """Given, family and formatted name."""
    active: pulumi.Output[bool | None]
    """False deprovisions the user without deleting it."""
    external_id: pulumi.Output[str | None]
    """The identity provider's id of the user; matched first on adoption."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    created_at: pulumi.Output[str | None]
    """Creation time (SCIM `meta.created`)."""
    last_modified: pulumi.Output[str | None]
    """Last modification time (SCIM `meta.lastModified`)."""

    @overload
    def __init__(self, resource_name: str, args: ScimUserArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        user_name: pulumi.Input[str],
        email: pulumi.Input[Any],
        name: pulumi.Input[Mapping[str, Any]] | None = None,
        active: pulumi.Input[bool] | None = None,
        external_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ScimUser: A LangSmith user provisioned through SCIM 2.0 (becomes an organisation member).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ScimUserArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param user_name: Unique login name (usually the email, the SAML NameID or the OIDC `sub`).
        :param email: Work email (`emails[type eq "work"]`); LangSmith requires it.
        :param name: Given, family and formatted name.
        :param active: False deprovisions the user without deleting it.
        :param external_id: The identity provider's id of the user; matched first on adoption.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(ScimUserArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ServiceAccountArgs:
    """The arguments of a `ServiceAccount`."""

    def __init__(
        self,
        *,
        name: pulumi.Input[str],
        workspaces: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.name = name
        """Account name. Changing it replaces the account."""
        self.workspaces = workspaces
        """Workspaces the account is added to, with its role in each. Changing them replaces the account."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ServiceAccountProvider(KindProvider):
    """The dynamic provider of `ServiceAccount`."""

    kind_module = "pulumi_langsmith.resources.service_account"


class ServiceAccount(KindResource, module="langsmith", name="ServiceAccount"):
    """A service account: a non-human member of the organisation, whose keys are ServiceKeys. Type token
    `pulumi-python:dynamic/langsmith:ServiceAccount`.
    """

    _provider_class = ServiceAccountProvider

    name: pulumi.Output[str]
    """Account name. Changing it replaces the account."""
    workspaces: pulumi.Output[Sequence[Mapping[str, Any]] | None]
    """Workspaces the account is added to, with its role in each. Changing them replaces the account."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    organization_id: pulumi.Output[str | None]
    """The organisation the account belongs to."""
    default_workspace_id: pulumi.Output[str | None]
    """The account's default workspace."""
    organization_identity_id: pulumi.Output[str | None]
    """The account's identity in the organisation (from the create response)."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: ServiceAccountArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        name: pulumi.Input[str],
        workspaces: pulumi.Input[Sequence[Mapping[str, Any]]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ServiceAccount: A service account: a non-human member of the organisation, whose keys are ServiceKeys.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ServiceAccountArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param name: Account name. Changing it replaces the account.
        :param workspaces: Workspaces the account is added to, with its role in each. Changing them replaces the
                    account.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(ServiceAccountArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ServiceKeyArgs:
    """The arguments of a `ServiceKey`."""

    def __init__(
        self,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        workspaces: pulumi.Input[Sequence[str]] | None = None,
        workspace_role: pulumi.Input[str] | None = None,
        workspace_role_id: pulumi.Input[str] | None = None,
        default_workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.description = description
        """What the key is for. Changing it replaces the key. LangSmith lists it with this resource's owner
        marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.
        """
        self.expires_at = expires_at
        """Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key."""
        self.role = role
        """Organization role of an organization-wide key, by name (`ORGANIZATION_USER`, `ORGANIZATION_ADMIN`, or
        a display name). Changes in place.
        """
        self.role_id = role_id
        """Organization role by id (instead of `role`)."""
        self.workspaces = workspaces
        """Workspaces a workspace-scoped key may act in; unset makes an organization-wide key. Changing it
        replaces the key.
        """
        self.workspace_role = workspace_role
        """Workspace role the key has (name, e.g. `WORKSPACE_ADMIN`); changes in place."""
        self.workspace_role_id = workspace_role_id
        """Workspace role by id."""
        self.default_workspace_id = default_workspace_id
        """Default workspace of the key. Changing it replaces the key."""

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ServiceKeyProvider(KindProvider):
    """The dynamic provider of `ServiceKey`."""

    kind_module = "pulumi_langsmith.resources.service_key"


class ServiceKey(KindResource, module="langsmith", name="ServiceKey"):
    """A LangSmith service key, organization-wide or scoped to workspaces. Type token
    `pulumi-python:dynamic/langsmith:ServiceKey`.
    """

    _provider_class = ServiceKeyProvider

    description: pulumi.Output[str]
    """What the key is for. Changing it replaces the key. LangSmith lists it with this resource's owner marker
    appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and diff ignore.
    """
    expires_at: pulumi.Output[str | None]
    """Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces the key."""
    role: pulumi.Output[str | None]
    """Organization role of an organization-wide key, by name (`ORGANIZATION_USER`, `ORGANIZATION_ADMIN`, or a
    display name). Changes in place.
    """
    role_id: pulumi.Output[str | None]
    """Organization role by id (instead of `role`)."""
    workspaces: pulumi.Output[Sequence[str] | None]
    """Workspaces a workspace-scoped key may act in; unset makes an organization-wide key. Changing it replaces
    the key.
    """
    workspace_role: pulumi.Output[str | None]
    """Workspace role the key has (name, e.g. `WORKSPACE_ADMIN`); changes in place."""
    workspace_role_id: pulumi.Output[str | None]
    """Workspace role by id."""
    default_workspace_id: pulumi.Output[str | None]
    """Default workspace of the key. Changing it replaces the key."""
    key: pulumi.Output[str | None]
    """The key's value: returned once at creation, kept as a secret."""
    short_key: pulumi.Output[str | None]
    """Masked form of the key, as LangSmith lists it."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    access_scope: pulumi.Output[str | None]
    """`organization` or `workspace`."""
    org_role_id: pulumi.Output[str | None]
    """Organization role the key holds (organization-wide keys)."""
    workspace_role_id_effective: pulumi.Output[str | None]
    """Workspace role the key holds."""

    @overload
    def __init__(
        self, resource_name: str, args: ServiceKeyArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        description: pulumi.Input[str],
        expires_at: pulumi.Input[str] | None = None,
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        workspaces: pulumi.Input[Sequence[str]] | None = None,
        workspace_role: pulumi.Input[str] | None = None,
        workspace_role_id: pulumi.Input[str] | None = None,
        default_workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a ServiceKey: A LangSmith service key, organization-wide or scoped to workspaces.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ServiceKeyArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param description: What the key is for. Changing it replaces the key. LangSmith lists it with this
                    resource's owner marker appended (` [pulumi:<12 hex>]`, see docs/access.md), which refresh and
                    diff ignore.
        :param expires_at: Expiry (ISO 8601 date-time; naive means UTC); unset never expires. Changing it replaces
                    the key.
        :param role: Organization role of an organization-wide key, by name (`ORGANIZATION_USER`,
                    `ORGANIZATION_ADMIN`, or a display name). Changes in place.
        :param role_id: Organization role by id (instead of `role`).
        :param workspaces: Workspaces a workspace-scoped key may act in; unset makes an organization-wide key.
                    Changing it replaces the key.
        :param workspace_role: Workspace role the key has (name, e.g. `WORKSPACE_ADMIN`); changes in place.
        :param workspace_role_id: Workspace role by id.
        :param default_workspace_id: Default workspace of the key. Changing it replaces the key.
        """
        props, opts = resolve_args(ServiceKeyArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class SsoSettingsArgs:
    """The arguments of a `SsoSettings`."""

    def __init__(
        self,
        *,
        default_workspace_role_id: pulumi.Input[str],
        default_workspace_ids: pulumi.Input[Sequence[str]],
        metadata_url: pulumi.Input[str] | None = None,
        metadata_xml: pulumi.Input[str] | None = None,
        sso_groups_enabled: pulumi.Input[bool] | None = None,
        sso_groups_claim_field: pulumi.Input[str] | None = None,
        sso_groups_required: pulumi.Input[bool] | None = None,
        sso_groups_role_sync_enabled: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.default_workspace_role_id = default_workspace_role_id
        """Workspace role of users SSO provisions (see `get_role`)."""
        self.default_workspace_ids = default_workspace_ids
        """Workspaces users SSO provisions join."""
        self.metadata_url = metadata_url
        """URL of the identity provider's SAML metadata."""
        self.metadata_xml = metadata_xml
        """The identity provider's SAML metadata (instead of a URL)."""
        self.sso_groups_enabled = sso_groups_enabled
        """Whether roles come from the identity provider's groups."""
        self.sso_groups_claim_field = sso_groups_claim_field
        """SAML attribute holding the groups (LangSmith's default: `groups`)."""
        self.sso_groups_required = sso_groups_required
        """Whether a user without a matching group is refused."""
        self.sso_groups_role_sync_enabled = sso_groups_role_sync_enabled
        """Whether group changes update roles at each login."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class SsoSettingsProvider(KindProvider):
    """The dynamic provider of `SsoSettings`."""

    kind_module = "pulumi_langsmith.resources.sso_settings"


class SsoSettings(KindResource, module="langsmith", name="SsoSettings"):
    """The organisation's SAML SSO settings: the identity provider's metadata, and the role and workspaces of
    users SSO provisions. One per organisation. Type token `pulumi-python:dynamic/langsmith:SsoSettings`.
    """

    _provider_class = SsoSettingsProvider

    default_workspace_role_id: pulumi.Output[str]
    """Workspace role of users SSO provisions (see `get_role`)."""
    default_workspace_ids: pulumi.Output[Sequence[str]]
    """Workspaces users SSO provisions join."""
    metadata_url: pulumi.Output[str | None]
    """URL of the identity provider's SAML metadata."""
    metadata_xml: pulumi.Output[str | None]
    """The identity provider's SAML metadata (instead of a URL)."""
    sso_groups_enabled: pulumi.Output[bool | None]
    """Whether roles come from the identity provider's groups."""
    sso_groups_claim_field: pulumi.Output[str | None]
    """SAML attribute holding the groups (LangSmith's default: `groups`)."""
    sso_groups_required: pulumi.Output[bool | None]
    """Whether a user without a matching group is refused."""
    sso_groups_role_sync_enabled: pulumi.Output[bool | None]
    """Whether group changes update roles at each login."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    provider_id: pulumi.Output[str | None]
    """Id of the SAML provider LangSmith registered."""
    organization_id: pulumi.Output[str | None]
    """The organisation the settings are of."""

    @overload
    def __init__(
        self, resource_name: str, args: SsoSettingsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        default_workspace_role_id: pulumi.Input[str],
        default_workspace_ids: pulumi.Input[Sequence[str]],
        metadata_url: pulumi.Input[str] | None = None,
        metadata_xml: pulumi.Input[str] | None = None,
        sso_groups_enabled: pulumi.Input[bool] | None = None,
        sso_groups_claim_field: pulumi.Input[str] | None = None,
        sso_groups_required: pulumi.Input[bool] | None = None,
        sso_groups_role_sync_enabled: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a SsoSettings: The organisation's SAML SSO settings: the identity provider's metadata, and the role and workspaces of users SSO provisions. One per organisation.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `SsoSettingsArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param default_workspace_role_id: Workspace role of users SSO provisions (see `get_role`).
        :param default_workspace_ids: Workspaces users SSO provisions join.
        :param metadata_url: URL of the identity provider's SAML metadata.
        :param metadata_xml: The identity provider's SAML metadata (instead of a URL).
        :param sso_groups_enabled: Whether roles come from the identity provider's groups.
        :param sso_groups_claim_field: SAML attribute holding the groups (LangSmith's default: `groups`).
        :param sso_groups_required: Whether a user without a matching group is refused.
        :param sso_groups_role_sync_enabled: Whether group changes update roles at each login.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(SsoSettingsArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class StoreItemArgs:
    """The arguments of a `StoreItem`."""

    def __init__(
        self,
        *,
        url: pulumi.Input[str],
        namespace: pulumi.Input[Sequence[str]],
        key: pulumi.Input[str],
        value: pulumi.Input[Mapping[str, Any]],
        ttl: pulumi.Input[float] | None = None,
        index: pulumi.Input[str | Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.url = url
        """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
        deployment, so changing it replaces the object.
        """
        self.namespace = namespace
        """Namespace path, e.g. `["users", "alice"]` (labels without dots); changing it replaces the item."""
        self.key = key
        """Key of the item in its namespace."""
        self.value = value
        """The item's JSON object."""
        self.ttl = ttl
        """Time to live in minutes (none: never expires). An expired item shows as drift on refresh."""
        self.index = index
        """Search indexing: `false` to skip it, field paths to index, or unset for the server's default."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class StoreItemProvider(KindProvider):
    """The dynamic provider of `StoreItem`."""

    kind_module = "pulumi_langsmith.resources.store_item"


class StoreItem(KindResource, module="langsmith", name="StoreItem"):
    """An item of a deployment's Agent Server long-term store (namespace, key, JSON value). Type token
    `pulumi-python:dynamic/langsmith:StoreItem`.
    """

    _provider_class = StoreItemProvider

    url: pulumi.Output[str]
    """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
    deployment, so changing it replaces the object.
    """
    namespace: pulumi.Output[Sequence[str]]
    """Namespace path, e.g. `["users", "alice"]` (labels without dots); changing it replaces the item."""
    key: pulumi.Output[str]
    """Key of the item in its namespace."""
    value: pulumi.Output[Mapping[str, Any]]
    """The item's JSON object."""
    ttl: pulumi.Output[float | None]
    """Time to live in minutes (none: never expires). An expired item shows as drift on refresh."""
    index: pulumi.Output[str | Sequence[str] | None]
    """Search indexing: `false` to skip it, field paths to index, or unset for the server's default."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """

    @overload
    def __init__(self, resource_name: str, args: StoreItemArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        url: pulumi.Input[str],
        namespace: pulumi.Input[Sequence[str]],
        key: pulumi.Input[str],
        value: pulumi.Input[Mapping[str, Any]],
        ttl: pulumi.Input[float] | None = None,
        index: pulumi.Input[str | Sequence[str]] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a StoreItem: An item of a deployment's Agent Server long-term store (namespace, key, JSON value).

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `StoreItemArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param url: Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
                    deployment, so changing it replaces the object.
        :param namespace: Namespace path, e.g. `["users", "alice"]` (labels without dots); changing it replaces the
                    item.
        :param key: Key of the item in its namespace.
        :param value: The item's JSON object.
        :param ttl: Time to live in minutes (none: never expires). An expired item shows as drift on refresh.
        :param index: Search indexing: `false` to skip it, field paths to index, or unset for the server's default.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(StoreItemArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class TagKeyArgs:
    """The arguments of a `TagKey`."""

    def __init__(
        self,
        *,
        key: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.key = key
        """The tag key, e.g. `env`; unique in its workspace."""
        self.description = description
        """What the key classifies."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class TagKeyProvider(KindProvider):
    """The dynamic provider of `TagKey`."""

    kind_module = "pulumi_langsmith.resources.tag_key"


class TagKey(KindResource, module="langsmith", name="TagKey"):
    """A resource tag key of a workspace (e.g. `env`), whose values tag projects, datasets, prompts, ... Type
    token `pulumi-python:dynamic/langsmith:TagKey`.
    """

    _provider_class = TagKeyProvider

    key: pulumi.Output[str]
    """The tag key, e.g. `env`; unique in its workspace."""
    description: pulumi.Output[str | None]
    """What the key classifies."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last change (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: TagKeyArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        key: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a TagKey: A resource tag key of a workspace (e.g. `env`), whose values tag projects, datasets, prompts, ...

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `TagKeyArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param key: The tag key, e.g. `env`; unique in its workspace.
        :param description: What the key classifies.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(TagKeyArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class TagValueArgs:
    """The arguments of a `TagValue`."""

    def __init__(
        self,
        *,
        tag_key_id: pulumi.Input[str],
        value: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.tag_key_id = tag_key_id
        """The tag key this is a value of (`TagKey.id`). Changing it replaces the value."""
        self.value = value
        """The value, e.g. `prod`; unique for its key."""
        self.description = description
        """What the value means."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class TagValueProvider(KindProvider):
    """The dynamic provider of `TagValue`."""

    kind_module = "pulumi_langsmith.resources.tag_value"


class TagValue(KindResource, module="langsmith", name="TagValue"):
    """A value of a workspace's tag key (e.g. `prod` of `env`). Its id is `<tag_key_id>/<tag_value_id>`. Type
    token `pulumi-python:dynamic/langsmith:TagValue`.
    """

    _provider_class = TagValueProvider

    tag_key_id: pulumi.Output[str]
    """The tag key this is a value of (`TagKey.id`). Changing it replaces the value."""
    value: pulumi.Output[str]
    """The value, e.g. `prod`; unique for its key."""
    description: pulumi.Output[str | None]
    """What the value means."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tag_value_id: pulumi.Output[str | None]
    """The value's own id (what a `Tagging` and `get_tag_value` use)."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last change (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: TagValueArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        tag_key_id: pulumi.Input[str],
        value: pulumi.Input[str],
        description: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a TagValue: A value of a workspace's tag key (e.g. `prod` of `env`). Its id is `<tag_key_id>/<tag_value_id>`.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `TagValueArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param tag_key_id: The tag key this is a value of (`TagKey.id`). Changing it replaces the value.
        :param value: The value, e.g. `prod`; unique for its key.
        :param description: What the value means.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(TagValueArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class TaggingArgs:
    """The arguments of a `Tagging`."""

    def __init__(
        self,
        *,
        tag_value_id: pulumi.Input[str],
        resource_type: pulumi.Input[str],
        resource_id: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.tag_value_id = tag_value_id
        """The tag value to put on the resource: a `TagValue`'s `id` (`<tag_key_id>/<tag_value_id>`) or its own
        id (its `tag_value_id` output, `get_tag_value(...)['id']`).
        """
        self.resource_type = resource_type
        """What is tagged: `project`, `dataset`, `prompt`, `queue`, `deployment`, `experiment`, ..."""
        self.resource_id = resource_id
        """The id of the tagged resource."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class TaggingProvider(KindProvider):
    """The dynamic provider of `Tagging`."""

    kind_module = "pulumi_langsmith.resources.tagging"


class Tagging(KindResource, module="langsmith", name="Tagging"):
    """A tag value on one resource (a project, dataset, prompt, queue, deployment, ...); any change replaces it.
    Type token `pulumi-python:dynamic/langsmith:Tagging`.
    """

    _provider_class = TaggingProvider

    tag_value_id: pulumi.Output[str]
    """The tag value to put on the resource: a `TagValue`'s `id` (`<tag_key_id>/<tag_value_id>`) or its own id
    (its `tag_value_id` output, `get_tag_value(...)['id']`).
    """
    resource_type: pulumi.Output[str]
    """What is tagged: `project`, `dataset`, `prompt`, `queue`, `deployment`, `experiment`, ..."""
    resource_id: pulumi.Output[str]
    """The id of the tagged resource."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    created_at: pulumi.Output[str | None]
    """When the resource was tagged (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: TaggingArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        tag_value_id: pulumi.Input[str],
        resource_type: pulumi.Input[str],
        resource_id: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Tagging: A tag value on one resource (a project, dataset, prompt, queue, deployment, ...); any change replaces it.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `TaggingArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param tag_value_id: The tag value to put on the resource: a `TagValue`'s `id`
                    (`<tag_key_id>/<tag_value_id>`) or its own id (its `tag_value_id` output,
                    `get_tag_value(...)['id']`).
        :param resource_type: What is tagged: `project`, `dataset`, `prompt`, `queue`, `deployment`, `experiment`,
                    ...
        :param resource_id: The id of the tagged resource.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(TaggingArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ThreadArgs:
    """The arguments of a `Thread`."""

    def __init__(
        self,
        *,
        url: pulumi.Input[str],
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        ttl: pulumi.Input[float] | None = None,
        ttl_strategy: pulumi.Input[str] | None = None,
    ) -> None:
        self.url = url
        """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
        deployment, so changing it replaces the object.
        """
        self.metadata = metadata
        """Free-form metadata; keys removed here are removed on the server."""
        self.ttl = ttl
        """Time to live in minutes, counted from the last create or update that set it (unset: the thread never
        expires). A swept thread shows as gone on refresh; the next `up` makes it again.
        """
        self.ttl_strategy = ttl_strategy
        """At expiry: `delete` the thread (the server's default) or `keep_latest` (prune old checkpoints, keep
        the thread and its latest state). Only with `ttl`.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ThreadProvider(KindProvider):
    """The dynamic provider of `Thread`."""

    kind_module = "pulumi_langsmith.resources.thread"


class Thread(KindResource, module="langsmith", name="Thread"):
    """A conversation thread of a deployment's Agent Server (seeded conversation state): metadata and a time to
    live. Type token `pulumi-python:dynamic/langsmith:Thread`.
    """

    _provider_class = ThreadProvider

    url: pulumi.Output[str]
    """Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
    deployment, so changing it replaces the object.
    """
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata; keys removed here are removed on the server."""
    ttl: pulumi.Output[float | None]
    """Time to live in minutes, counted from the last create or update that set it (unset: the thread never
    expires). A swept thread shows as gone on refresh; the next `up` makes it again.
    """
    ttl_strategy: pulumi.Output[str | None]
    """At expiry: `delete` the thread (the server's default) or `keep_latest` (prune old checkpoints, keep the
    thread and its latest state). Only with `ttl`.
    """
    status: pulumi.Output[str | None]
    """`idle`, `busy`, `interrupted` or `error`."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""

    @overload
    def __init__(self, resource_name: str, args: ThreadArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        url: pulumi.Input[str],
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        ttl: pulumi.Input[float] | None = None,
        ttl_strategy: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Thread: A conversation thread of a deployment's Agent Server (seeded conversation state): metadata and a time to live.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ThreadArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param url: Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is another
                    deployment, so changing it replaces the object.
        :param metadata: Free-form metadata; keys removed here are removed on the server.
        :param ttl: Time to live in minutes, counted from the last create or update that set it (unset: the thread
                    never expires). A swept thread shows as gone on refresh; the next `up` makes it again.
        :param ttl_strategy: At expiry: `delete` the thread (the server's default) or `keep_latest` (prune old
                    checkpoints, keep the thread and its latest state). Only with `ttl`.
        """
        props, opts = resolve_args(ThreadArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class ToolArgs:
    """The arguments of a `Tool`."""

    def __init__(
        self,
        *,
        handle: pulumi.Input[str],
        name: pulumi.Input[str],
        description: pulumi.Input[str],
        parameters: pulumi.Input[Mapping[str, Any]],
        returns: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.handle = handle
        """The tool's handle, unique in its workspace (its address in the API); a change replaces it."""
        self.name = name
        """Display name."""
        self.description = description
        """What the tool does (shown to models)."""
        self.parameters = parameters
        """JSON Schema of the tool's arguments."""
        self.returns = returns
        """JSON Schema of what the tool returns."""
        self.metadata = metadata
        """Free-form metadata."""
        self.enabled = enabled
        """Whether the tool can be used."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class ToolProvider(KindProvider):
    """The dynamic provider of `Tool`."""

    kind_module = "pulumi_langsmith.resources.tool"


class Tool(KindResource, module="langsmith", name="Tool"):
    """A tool of a LangSmith workspace (handle, description, parameter schema), usable by prompts and agents.
    Type token `pulumi-python:dynamic/langsmith:Tool`.
    """

    _provider_class = ToolProvider

    handle: pulumi.Output[str]
    """The tool's handle, unique in its workspace (its address in the API); a change replaces it."""
    name: pulumi.Output[str]
    """Display name."""
    description: pulumi.Output[str]
    """What the tool does (shown to models)."""
    parameters: pulumi.Output[Mapping[str, Any]]
    """JSON Schema of the tool's arguments."""
    returns: pulumi.Output[Mapping[str, Any] | None]
    """JSON Schema of what the tool returns."""
    metadata: pulumi.Output[Mapping[str, Any] | None]
    """Free-form metadata."""
    enabled: pulumi.Output[bool | None]
    """Whether the tool can be used."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    tenant_id: pulumi.Output[str | None]
    """Workspace that holds the tool."""
    created_at: pulumi.Output[str | None]
    """Creation time."""
    updated_at: pulumi.Output[str | None]
    """Last update time."""

    @overload
    def __init__(self, resource_name: str, args: ToolArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        handle: pulumi.Input[str],
        name: pulumi.Input[str],
        description: pulumi.Input[str],
        parameters: pulumi.Input[Mapping[str, Any]],
        returns: pulumi.Input[Mapping[str, Any]] | None = None,
        metadata: pulumi.Input[Mapping[str, Any]] | None = None,
        enabled: pulumi.Input[bool] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Tool: A tool of a LangSmith workspace (handle, description, parameter schema), usable by prompts and agents.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `ToolArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param handle: The tool's handle, unique in its workspace (its address in the API); a change replaces it.
        :param name: Display name.
        :param description: What the tool does (shown to models).
        :param parameters: JSON Schema of the tool's arguments.
        :param returns: JSON Schema of what the tool returns.
        :param metadata: Free-form metadata.
        :param enabled: Whether the tool can be used.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(ToolArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class UsageLimitArgs:
    """The arguments of a `UsageLimit`."""

    def __init__(
        self,
        *,
        limit_type: pulumi.Input[str],
        limit_value: pulumi.Input[int],
        scope: pulumi.Input[str] | None = None,
        project_id: pulumi.Input[str] | None = None,
        identity_id: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.limit_type = limit_type
        """What is limited: `monthly_traces` or `monthly_longlived_traces` (extended retention)."""
        self.limit_value = limit_value
        """The most traces of that type per month."""
        self.scope = scope
        """What the limit applies to: the `workspace`, one `project` (`project_id`) or one `user`
        (`identity_id`). Changing it replaces the limit.
        """
        self.project_id = project_id
        """Project (tracer session) of a `project` limit."""
        self.identity_id = identity_id
        """Workspace identity of a `user` limit (see `list_workspace_members`)."""
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class UsageLimitProvider(KindProvider):
    """The dynamic provider of `UsageLimit`."""

    kind_module = "pulumi_langsmith.resources.usage_limit"


class UsageLimit(KindResource, module="langsmith", name="UsageLimit"):
    """A monthly trace limit of a workspace, a project or a user. Type token
    `pulumi-python:dynamic/langsmith:UsageLimit`.
    """

    _provider_class = UsageLimitProvider

    limit_type: pulumi.Output[str]
    """What is limited: `monthly_traces` or `monthly_longlived_traces` (extended retention)."""
    limit_value: pulumi.Output[int]
    """The most traces of that type per month."""
    scope: pulumi.Output[str | None]
    """What the limit applies to: the `workspace`, one `project` (`project_id`) or one `user` (`identity_id`).
    Changing it replaces the limit.
    """
    project_id: pulumi.Output[str | None]
    """Project (tracer session) of a `project` limit."""
    identity_id: pulumi.Output[str | None]
    """Workspace identity of a `user` limit (see `list_workspace_members`)."""
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    updated_at: pulumi.Output[str | None]
    """Last change (ISO 8601)."""

    @overload
    def __init__(
        self, resource_name: str, args: UsageLimitArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        limit_type: pulumi.Input[str],
        limit_value: pulumi.Input[int],
        scope: pulumi.Input[str] | None = None,
        project_id: pulumi.Input[str] | None = None,
        identity_id: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a UsageLimit: A monthly trace limit of a workspace, a project or a user.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `UsageLimitArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param limit_type: What is limited: `monthly_traces` or `monthly_longlived_traces` (extended retention).
        :param limit_value: The most traces of that type per month.
        :param scope: What the limit applies to: the `workspace`, one `project` (`project_id`) or one `user`
                    (`identity_id`). Changing it replaces the limit.
        :param project_id: Project (tracer session) of a `project` limit.
        :param identity_id: Workspace identity of a `user` limit (see `list_workspace_members`).
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(UsageLimitArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class WorkspaceArgs:
    """The arguments of a `Workspace`."""

    def __init__(
        self,
        *,
        display_name: pulumi.Input[str],
        tenant_handle: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.display_name = display_name
        """Workspace name: letters, digits, spaces and `-_'@()`."""
        self.tenant_handle = tenant_handle
        """Prompt-hub handle of the workspace. Only accepted on create: changing it replaces the workspace."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class WorkspaceProvider(KindProvider):
    """The dynamic provider of `Workspace`."""

    kind_module = "pulumi_langsmith.resources.workspace"


class Workspace(KindResource, module="langsmith", name="Workspace"):
    """A LangSmith workspace (tenant) of the organization. Type token
    `pulumi-python:dynamic/langsmith:Workspace`.
    """

    _provider_class = WorkspaceProvider

    display_name: pulumi.Output[str]
    """Workspace name: letters, digits, spaces and `-_'@()`."""
    tenant_handle: pulumi.Output[str | None]
    """Prompt-hub handle of the workspace. Only accepted on create: changing it replaces the workspace."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    organization_id: pulumi.Output[str | None]
    """Organization that owns the workspace."""
    created_at: pulumi.Output[str | None]
    """Creation time (ISO 8601)."""
    is_personal: pulumi.Output[bool | None]
    """Whether this is a personal workspace."""
    data_plane_url: pulumi.Output[str | None]
    """Data-plane URL of the workspace, when it has its own."""

    @overload
    def __init__(self, resource_name: str, args: WorkspaceArgs, opts: pulumi.ResourceOptions | None = None) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        display_name: pulumi.Input[str],
        tenant_handle: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a Workspace: A LangSmith workspace (tenant) of the organization.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `WorkspaceArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param display_name: Workspace name: letters, digits, spaces and `-_'@()`.
        :param tenant_handle: Prompt-hub handle of the workspace. Only accepted on create: changing it replaces the
                    workspace.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        """
        props, opts = resolve_args(WorkspaceArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class WorkspaceMemberArgs:
    """The arguments of a `WorkspaceMember`."""

    def __init__(
        self,
        *,
        email: pulumi.Input[str] | None = None,
        identity_id: pulumi.Input[str] | None = None,
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None:
        self.email = email
        """Email of an active organization member (or `identity_id`)."""
        self.identity_id = identity_id
        """Organization identity id of the member (instead of `email`)."""
        self.role = role
        """Workspace role by name: `WORKSPACE_USER` (Editor, default), `WORKSPACE_ADMIN`, `WORKSPACE_VIEWER`, or
        a custom role's display name. Changes in place.
        """
        self.role_id = role_id
        """Workspace role by id (instead of `role`)."""
        self.workspace_id = workspace_id
        """Workspace (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it replaces the
        membership.
        """
        self.adopt_existing = adopt_existing
        """Adopt an existing membership instead of failing."""

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class WorkspaceMemberProvider(KindProvider):
    """The dynamic provider of `WorkspaceMember`."""

    kind_module = "pulumi_langsmith.resources.workspace_member"


class WorkspaceMember(KindResource, module="langsmith", name="WorkspaceMember"):
    """An organization member's membership of a workspace, with a workspace role. Type token
    `pulumi-python:dynamic/langsmith:WorkspaceMember`.
    """

    _provider_class = WorkspaceMemberProvider

    email: pulumi.Output[str | None]
    """Email of an active organization member (or `identity_id`)."""
    identity_id: pulumi.Output[str | None]
    """Organization identity id of the member (instead of `email`)."""
    role: pulumi.Output[str | None]
    """Workspace role by name: `WORKSPACE_USER` (Editor, default), `WORKSPACE_ADMIN`, `WORKSPACE_VIEWER`, or a
    custom role's display name. Changes in place.
    """
    role_id: pulumi.Output[str | None]
    """Workspace role by id (instead of `role`)."""
    workspace_id: pulumi.Output[str | None]
    """Workspace (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it replaces the
    membership.
    """
    adopt_existing: pulumi.Output[bool]
    """Adopt an existing membership instead of failing."""
    tenant_id: pulumi.Output[str | None]
    """Workspace of the membership."""
    ls_user_id: pulumi.Output[str | None]
    """The member's LangSmith user id."""
    org_identity_id: pulumi.Output[str | None]
    """The member's organization identity id."""
    role_name: pulumi.Output[str | None]
    """Display name of the workspace role."""

    @overload
    def __init__(
        self, resource_name: str, args: WorkspaceMemberArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        email: pulumi.Input[str] | None = None,
        identity_id: pulumi.Input[str] | None = None,
        role: pulumi.Input[str] | None = None,
        role_id: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a WorkspaceMember: An organization member's membership of a workspace, with a workspace role.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `WorkspaceMemberArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param email: Email of an active organization member (or `identity_id`).
        :param identity_id: Organization identity id of the member (instead of `email`).
        :param role: Workspace role by name: `WORKSPACE_USER` (Editor, default), `WORKSPACE_ADMIN`,
                    `WORKSPACE_VIEWER`, or a custom role's display name. Changes in place.
        :param role_id: Workspace role by id (instead of `role`).
        :param workspace_id: Workspace (sent as `X-Tenant-Id`); defaults to the provider's workspace. Changing it
                    replaces the membership.
        :param adopt_existing: Adopt an existing membership instead of failing.
        """
        props, opts = resolve_args(WorkspaceMemberArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class WorkspaceSecretArgs:
    """The arguments of a `WorkspaceSecret`."""

    def __init__(
        self,
        *,
        key: pulumi.Input[str],
        value: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.key = key
        """Secret name (e.g. `OPENAI_API_KEY`), unique in its workspace. Changing it replaces the secret."""
        self.value = value
        """Secret value; secret in state, never read back from the API."""
        self.adopt_existing = adopt_existing
        """When an object with the same natural key already exists, adopt it and bring it to these inputs instead
        of failing. `pulumi import` cannot import dynamic resources; this is the way in.
        """
        self.workspace_id = workspace_id
        """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class WorkspaceSecretProvider(KindProvider):
    """The dynamic provider of `WorkspaceSecret`."""

    kind_module = "pulumi_langsmith.resources.workspace_secret"


class WorkspaceSecret(KindResource, module="langsmith", name="WorkspaceSecret"):
    """A secret of a workspace, used by the playground, online evaluators and deployments. Type token
    `pulumi-python:dynamic/langsmith:WorkspaceSecret`.
    """

    _provider_class = WorkspaceSecretProvider

    key: pulumi.Output[str]
    """Secret name (e.g. `OPENAI_API_KEY`), unique in its workspace. Changing it replaces the secret."""
    value: pulumi.Output[str]
    """Secret value; secret in state, never read back from the API."""
    adopt_existing: pulumi.Output[bool]
    """When an object with the same natural key already exists, adopt it and bring it to these inputs instead of
    failing. `pulumi import` cannot import dynamic resources; this is the way in.
    """
    workspace_id: pulumi.Output[str | None]
    """Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """

    @overload
    def __init__(
        self, resource_name: str, args: WorkspaceSecretArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        key: pulumi.Input[str],
        value: pulumi.Input[str],
        adopt_existing: pulumi.Input[bool] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a WorkspaceSecret: A secret of a workspace, used by the playground, online evaluators and deployments.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `WorkspaceSecretArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param key: Secret name (e.g. `OPENAI_API_KEY`), unique in its workspace. Changing it replaces the secret.
        :param value: Secret value; secret in state, never read back from the API.
        :param adopt_existing: When an object with the same natural key already exists, adopt it and bring it to
                    these inputs instead of failing. `pulumi import` cannot import dynamic resources; this is the
                    way in.
        :param workspace_id: Workspace to manage the object in (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(WorkspaceSecretArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


class WorkspaceTtlSettingsArgs:
    """The arguments of a `WorkspaceTtlSettings`."""

    def __init__(
        self,
        *,
        longlived_ttl_days: pulumi.Input[int],
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None:
        self.longlived_ttl_days = longlived_ttl_days
        """Days long-lived (extended retention) traces are kept."""
        self.workspace_id = workspace_id
        """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
        `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """

    def to_props(self) -> dict[str, Any]:
        """The non-None arguments, by property name."""
        return {k: v for k, v in vars(self).items() if v is not None}


class WorkspaceTtlSettingsProvider(KindProvider):
    """The dynamic provider of `WorkspaceTtlSettings`."""

    kind_module = "pulumi_langsmith.resources.workspace_ttl_settings"


class WorkspaceTtlSettings(KindResource, module="langsmith", name="WorkspaceTtlSettings"):
    """How many days a workspace keeps long-lived traces. One per workspace; destroy leaves it as it is. Type
    token `pulumi-python:dynamic/langsmith:WorkspaceTtlSettings`.
    """

    _provider_class = WorkspaceTtlSettingsProvider

    longlived_ttl_days: pulumi.Output[int]
    """Days long-lived (extended retention) traces are kept."""
    workspace_id: pulumi.Output[str | None]
    """Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
    """
    is_custom: pulumi.Output[bool | None]
    """Whether the workspace has its own retention (not LangSmith's default)."""

    @overload
    def __init__(
        self, resource_name: str, args: WorkspaceTtlSettingsArgs, opts: pulumi.ResourceOptions | None = None
    ) -> None: ...

    @overload
    def __init__(
        self,
        resource_name: str,
        opts: pulumi.ResourceOptions | None = None,
        *,
        longlived_ttl_days: pulumi.Input[int],
        workspace_id: pulumi.Input[str] | None = None,
    ) -> None: ...

    def __init__(self, resource_name: str, *args: Any, **kwargs: Any) -> None:
        """Declare a WorkspaceTtlSettings: How many days a workspace keeps long-lived traces. One per workspace; destroy leaves it as it is.

        :param resource_name: The Pulumi name of the resource.
        :param args: The arguments, as a `WorkspaceTtlSettingsArgs` (or give them as keywords).
        :param opts: Pulumi resource options.
        :param longlived_ttl_days: Days long-lived (extended retention) traces are kept.
        :param workspace_id: Workspace the object belongs to (sent as `X-Tenant-Id`); defaults to the provider's
                    `langsmith:workspaceId`, else the API key's workspace. Changing it replaces the object.
        """
        props, opts = resolve_args(WorkspaceTtlSettingsArgs, args, kwargs)
        super().__init__(resource_name, props, opts)


ALL_PROVIDERS: tuple[type[KindProvider], ...] = (
    AccessPolicyProvider,
    AccessPolicyAttachmentProvider,
    AgentBuilderIntegrationsProvider,
    AlertRuleProvider,
    AnnotationQueueProvider,
    AnnotationQueueReviewerProvider,
    ApiKeyProvider,
    AssistantProvider,
    BulkExportProvider,
    BulkExportDestinationProvider,
    CronProvider,
    DatasetProvider,
    DatasetExamplesProvider,
    DatasetShareProvider,
    DatasetSplitProvider,
    DatasetVersionTagProvider,
    DeploymentProvider,
    EvaluatorProvider,
    ExampleProvider,
    FeatureModelConfigProvider,
    FeedbackConfigProvider,
    FeedbackFormulaProvider,
    GatewayPolicyProvider,
    GatewaySpendCapProvider,
    HubEnvironmentProvider,
    ListenerProvider,
    McpVendorSettingsProvider,
    ModelConfigurationProvider,
    ModelPriceMapProvider,
    OrgMemberProvider,
    OrgTtlSettingsProvider,
    OrganizationSettingsProvider,
    PersonalAccessTokenProvider,
    ProjectProvider,
    PromptProvider,
    PromptTagProvider,
    PromptWebhookProvider,
    RepoOwnerProvider,
    RoleProvider,
    RunRuleProvider,
    SandboxRegistryProvider,
    ScimGroupProvider,
    ScimTokenProvider,
    ScimUserProvider,
    ServiceAccountProvider,
    ServiceKeyProvider,
    SsoSettingsProvider,
    StoreItemProvider,
    TagKeyProvider,
    TagValueProvider,
    TaggingProvider,
    ThreadProvider,
    ToolProvider,
    UsageLimitProvider,
    WorkspaceProvider,
    WorkspaceMemberProvider,
    WorkspaceSecretProvider,
    WorkspaceTtlSettingsProvider,
)
