"""Unit tests of the policy pack: each policy with passing, violating and preview-unknown inputs."""

from __future__ import annotations

import asyncio
import inspect
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from pulumi_langsmith import policies
from pulumi_langsmith.policies import (
    ACCESS_POLICIES_DENY_BY_DEFAULT,
    DESCRIPTIONS_REQUIRED,
    EXPLICIT_WORKSPACE,
    KEYS_EXPIRE,
    NO_DEV_DEPLOYMENTS_IN_PROD_STACKS,
    NO_PUBLIC_DATASET_SHARES,
    NO_SECRETS_IN_ENVIRONMENT,
    ORG_ADMINS_ALLOWLISTED,
    POLICIES,
    PROD_MIN_REPLICAS,
    PROD_PROTECTED,
    SCIM_ORG_ADMINS_ALLOWLISTED,
    WEBHOOKS_HTTPS_PUBLIC,
    WORKSPACE_NAMING,
    type_token,
    webhook_url_problem,
)
from pulumi_policy import (
    EnforcementLevel,
    PolicyCustomTimeouts,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
)
from pulumi_policy.proxy import UNKNOWN_NUMBER_VALUE, UNKNOWN_STRING_VALUE, unknown_checking_proxy

UNKNOWN = UNKNOWN_STRING_VALUE


def _opts(protect: bool = False) -> PolicyResourceOptions:
    return PolicyResourceOptions(
        protect=protect,
        ignore_changes=[],
        delete_before_replace=None,
        aliases=[],
        custom_timeouts=PolicyCustomTimeouts(0, 0, 0),
        additional_secret_outputs=[],
    )


def violations(
    policy: Any,
    kind: str,
    props: dict[str, Any],
    *,
    config: dict[str, Any] | None = None,
    protect: bool = False,
    stack: str = "dev",
) -> list[str]:
    """Run a resource policy the way the analyzer does (props behind the unknown-checking proxy)."""
    reported: list[str] = []
    urn = f"urn:pulumi:{stack}::proj::{type_token(kind)}::res"
    args = ResourceValidationArgs(
        type_token(kind), unknown_checking_proxy(props), urn, "res", _opts(protect), None, config or {}
    )
    result = policy.validate(args, lambda message, _urn=None: reported.append(message))
    if inspect.isawaitable(result):
        asyncio.run(result)
    return reported


def prod_deployment(min_scale: Any = 2, **extra: Any) -> dict[str, Any]:
    spec = {} if min_scale is None else {"min_scale": min_scale, "max_scale": 5}
    return {
        "name": "agent",
        "source": "github",
        "source_config": {"deployment_type": "prod", "resource_spec": spec},
        **extra,
    }


def test_every_policy_has_a_name_description_enforcement_level_and_config_schema():
    names = [p.name for p in POLICIES]
    assert len(names) == len(set(names))
    for policy in POLICIES:
        assert policy.name.startswith("langsmith-") and policy.description
        assert policy.enforcement_level in (EnforcementLevel.MANDATORY, EnforcementLevel.ADVISORY)
        assert policy.config_schema and policy.config_schema.properties, f"{policy.name} has no config schema"
        for option, schema in policy.config_schema.properties.items():
            assert "default" in schema and schema.get("description"), f"{policy.name}.{option}"


def test_policies_ignore_other_types():
    other = {"description": None, "display_name": "!!", "url": "http://127.0.0.1"}
    reported: list[str] = []
    for policy in POLICIES:
        if isinstance(policy, ResourceValidationPolicy):
            args = ResourceValidationArgs("aws:s3/bucket:Bucket", other, "urn:pulumi:s::p::t::n", "n", _opts(), None)
            policy.validate(args, lambda m, _u=None: reported.append(m))
    assert reported == []


def test_the_dynamic_providers_own_keys_are_invisible_to_policies():
    props = {"__provider": "gASVRQAAAAAAAACM", "__identity": "p/s/Deployment/d", "name": "d", "secrets": UNKNOWN}
    assert policies.resource_props(unknown_checking_proxy(props)) == {"name": "d", "secrets": policies.UNKNOWN}


# -- production deployments -------------------------------------------------------------------------


def test_prod_deployment_with_enough_replicas_passes():
    assert violations(PROD_MIN_REPLICAS, "Deployment", prod_deployment(2)) == []


def test_prod_deployment_below_min_replicas_is_reported():
    [message] = violations(PROD_MIN_REPLICAS, "Deployment", prod_deployment(1))
    assert "min_scale 1" in message and "at least 2" in message


def test_prod_deployment_min_replicas_is_configurable():
    assert violations(PROD_MIN_REPLICAS, "Deployment", prod_deployment(2), config={"min_replicas": 3})
    assert violations(PROD_MIN_REPLICAS, "Deployment", prod_deployment(1), config={"min_replicas": 1}) == []


def test_prod_deployment_without_resource_spec_is_reported():
    [message] = violations(PROD_MIN_REPLICAS, "Deployment", prod_deployment(None))
    assert "unset" in message


def test_dev_deployment_needs_no_replicas():
    props = {"name": "x", "source_config": {"deployment_type": "dev", "resource_spec": {"min_scale": 1}}}
    assert violations(PROD_MIN_REPLICAS, "Deployment", props) == []


def test_prod_min_replicas_unknown_during_preview_is_skipped():
    assert violations(PROD_MIN_REPLICAS, "Deployment", prod_deployment(UNKNOWN_NUMBER_VALUE)) == []
    unknown_type = {"name": "x", "source_config": {"deployment_type": UNKNOWN}}
    assert violations(PROD_MIN_REPLICAS, "Deployment", unknown_type) == []


def test_prod_deployment_must_be_protected():
    [message] = violations(PROD_PROTECTED, "Deployment", prod_deployment(2), protect=False)
    assert "protect=True" in message
    assert violations(PROD_PROTECTED, "Deployment", prod_deployment(2), protect=True) == []


def test_unprotected_dev_deployment_is_fine():
    props = {"name": "x", "source_config": {"deployment_type": "dev_free"}}
    assert violations(PROD_PROTECTED, "Deployment", props) == []


def test_protected_deployment_types_are_configurable():
    dev = {"name": "x", "source_config": {"deployment_type": "dev"}}
    [message] = violations(PROD_PROTECTED, "Deployment", dev, config={"deployment_types": ["dev", "prod"]})
    assert "dev deployment must be protected" in message
    assert violations(PROD_PROTECTED, "Deployment", prod_deployment(2), config={"deployment_types": ["dev"]}) == []


def test_unknown_deployment_type_needs_no_protection_yet():
    props = {"name": "x", "source_config": {"deployment_type": UNKNOWN}}
    assert violations(PROD_PROTECTED, "Deployment", props) == []


# -- dev deployments in prod stacks -----------------------------------------------------------------


@pytest.mark.parametrize("deployment_type", ["dev_free", "dev", "dev_zero", "dev_free_zero"])
def test_dev_deployment_in_prod_stack_is_reported(deployment_type):
    props = {"name": "x", "source_config": {"deployment_type": deployment_type}}
    [message] = violations(NO_DEV_DEPLOYMENTS_IN_PROD_STACKS, "Deployment", props, stack="production-eu")
    assert deployment_type in message and "production-eu" in message


def test_dev_deployment_outside_prod_stacks_and_prod_deployment_in_prod_stack_pass():
    dev = {"name": "x", "source_config": {"deployment_type": "dev"}}
    assert violations(NO_DEV_DEPLOYMENTS_IN_PROD_STACKS, "Deployment", dev, stack="staging") == []
    assert violations(NO_DEV_DEPLOYMENTS_IN_PROD_STACKS, "Deployment", prod_deployment(), stack="prod") == []


def test_prod_stack_patterns_are_configurable_and_case_insensitive():
    dev = {"name": "x", "source_config": {"deployment_type": "dev"}}
    config = {"stack_patterns": ["live-*"]}
    assert violations(NO_DEV_DEPLOYMENTS_IN_PROD_STACKS, "Deployment", dev, stack="LIVE-us", config=config)
    assert violations(NO_DEV_DEPLOYMENTS_IN_PROD_STACKS, "Deployment", dev, stack="prod", config=config) == []


def test_unknown_deployment_type_in_prod_stack_is_skipped():
    props = {"name": "x", "source_config": {"deployment_type": UNKNOWN}}
    assert violations(NO_DEV_DEPLOYMENTS_IN_PROD_STACKS, "Deployment", props, stack="prod") == []


# -- secrets in environment variables ---------------------------------------------------------------


def test_secret_looking_environment_variables_are_reported_without_their_values():
    props = {
        "name": "x",
        "environment_variables": {"OPENAI_API_KEY": "sk-live-123", "db_password": "hunter2", "LOG_LEVEL": "info"},
    }
    [message] = violations(NO_SECRETS_IN_ENVIRONMENT, "Deployment", props)
    assert "OPENAI_API_KEY" in message and "db_password" in message and "LOG_LEVEL" not in message
    assert "sk-live-123" not in message and "hunter2" not in message
    assert "secrets" in message


def test_plain_environment_variables_and_secrets_pass():
    props = {"name": "x", "environment_variables": {"LOG_LEVEL": "info"}, "secrets": {"OPENAI_API_KEY": "sk"}}
    assert violations(NO_SECRETS_IN_ENVIRONMENT, "Deployment", props) == []


def test_secret_key_patterns_and_allow_list_are_configurable():
    props = {"name": "x", "environment_variables": {"LANGSMITH_TRACING_KEY_PREFIX": "a", "AUTH_CERT": "b"}}
    config = {"key_patterns": ["*CERT*"], "allowed_keys": []}
    [message] = violations(NO_SECRETS_IN_ENVIRONMENT, "Deployment", props, config=config)
    assert "AUTH_CERT" in message and "LANGSMITH_TRACING_KEY_PREFIX" not in message
    allowed = {"allowed_keys": ["LANGSMITH_TRACING_KEY_PREFIX"]}
    assert violations(NO_SECRETS_IN_ENVIRONMENT, "Deployment", props, config=allowed) == []


def test_unknown_environment_values_still_have_their_keys_checked():
    props = {"name": "x", "environment_variables": {"GITHUB_TOKEN": UNKNOWN}}
    assert violations(NO_SECRETS_IN_ENVIRONMENT, "Deployment", props)
    assert violations(NO_SECRETS_IN_ENVIRONMENT, "Deployment", {"environment_variables": UNKNOWN}) == []


# -- credentials expire -----------------------------------------------------------------------------


def _in_days(days: int) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).isoformat()


@pytest.mark.parametrize("kind", ["ServiceKey", "PersonalAccessToken", "ApiKey"])
def test_credential_without_expiry_is_reported(kind):
    [message] = violations(KEYS_EXPIRE, kind, {"description": "ci"})
    assert "must expire" in message


def test_scim_tokens_are_not_asked_to_expire_because_the_api_cannot():
    assert violations(KEYS_EXPIRE, "ScimToken", {"description": "okta"}) == []


@pytest.mark.parametrize("kind", ["ServiceKey", "PersonalAccessToken", "ApiKey"])
def test_credential_expiring_within_limit_passes(kind):
    assert violations(KEYS_EXPIRE, kind, {"expires_at": _in_days(30)}) == []


def test_credential_expiring_too_late_is_reported():
    [message] = violations(KEYS_EXPIRE, "ServiceKey", {"expires_at": _in_days(400)})
    assert "more than 90 days" in message


def test_credential_max_days_is_configurable():
    assert violations(KEYS_EXPIRE, "ServiceKey", {"expires_at": _in_days(30)}, config={"max_days": 7})
    assert violations(KEYS_EXPIRE, "ServiceKey", {"expires_at": _in_days(300)}, config={"max_days": 365}) == []


def test_credential_expiry_accepts_z_suffix_and_rejects_garbage():
    z = (datetime.now(timezone.utc) + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert violations(KEYS_EXPIRE, "PersonalAccessToken", {"expires_at": z}) == []
    [message] = violations(KEYS_EXPIRE, "PersonalAccessToken", {"expires_at": "next year"})
    assert "ISO 8601" in message


def test_unknown_expiry_during_preview_is_skipped():
    assert violations(KEYS_EXPIRE, "ServiceKey", {"expires_at": UNKNOWN}) == []


# -- webhooks ---------------------------------------------------------------------------------------


def test_public_https_webhook_passes():
    assert violations(WEBHOOKS_HTTPS_PUBLIC, "PromptWebhook", {"url": "https://hooks.example.com/langsmith"}) == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://hooks.example.com/x", "https"),
        ("https://localhost:8443/x", "loopback"),
        ("https://api.localhost/x", "loopback"),
        ("https://127.0.0.1/x", "loopback"),
        ("https://2130706433/x", "loopback"),
        ("https://[::1]/x", "loopback"),
        ("https://[::ffff:10.0.0.1]/x", "private"),
        ("https://10.1.2.3/x", "private"),
        ("https://192.168.1.10/x", "private"),
        ("https://172.16.0.5/x", "private"),
        ("https://169.254.169.254/latest/meta-data", "link-local"),
        ("https://[fe80::1]/x", "link-local"),
        ("https://0.0.0.0/x", "unspecified"),
        # Shorthand IPv4 spellings resolvers accept (inet_aton): still loopback / private.
        ("https://127.1/x", "loopback"),
        ("https://0x7f000001/x", "loopback"),
        ("https://0177.0.0.1/x", "loopback"),
        ("https://10.1/x", "private"),
        # IPv4 embedded in IPv6 (6to4, NAT64) and the shared carrier-grade NAT space.
        ("https://[2002:7f00:1::]/x", "loopback"),
        ("https://[64:ff9b::a9fe:a9fe]/x", "link-local"),
        ("https://100.64.0.1/x", "non-public"),
    ],
)
def test_webhook_to_insecure_or_internal_target_is_reported(url, reason):
    [message] = violations(WEBHOOKS_HTTPS_PUBLIC, "PromptWebhook", {"url": url})
    assert reason in message


def test_webhook_allowed_hosts_are_exempt_from_address_checks_but_not_https():
    config = {"allowed_hosts": ["10.0.0.7"]}
    assert violations(WEBHOOKS_HTTPS_PUBLIC, "PromptWebhook", {"url": "https://10.0.0.7/x"}, config=config) == []
    assert violations(WEBHOOKS_HTTPS_PUBLIC, "PromptWebhook", {"url": "http://10.0.0.7/x"}, config=config)


def test_webhook_headers_are_never_quoted():
    props = {"url": "http://hooks.example.com", "headers": {"Authorization": "Bearer s3cr3t"}}
    [message] = violations(WEBHOOKS_HTTPS_PUBLIC, "PromptWebhook", props)
    assert "s3cr3t" not in message


def test_unknown_webhook_url_is_skipped():
    assert violations(WEBHOOKS_HTTPS_PUBLIC, "PromptWebhook", {"url": UNKNOWN}) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://8.8.8.8/hook",
        "https://[2001:4860:4860::8888]/hook",
        "https://[64:ff9b::808:808]/hook",  # NAT64 of a public address
        "https://1e100.net/hook",  # digits and letters: a host name, not an address
        "https://123.example.com/hook",
    ],
)
def test_webhook_url_problem_accepts_public_targets(url):
    assert webhook_url_problem(url) is None


# -- org admins -------------------------------------------------------------------------------------


def test_org_admin_outside_the_allow_list_is_reported():
    props = {"email": "mallory@gmail.com", "role": "ORGANIZATION_ADMIN"}
    [message] = violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", props, config={"allowed_domains": ["acme.com"]})
    assert "mallory@gmail.com" in message


def test_org_admin_on_allowed_domain_or_email_passes():
    config = {"allowed_domains": ["acme.com"], "allowed_emails": ["ops@partner.io"]}
    assert (
        violations(
            ORG_ADMINS_ALLOWLISTED, "OrgMember", {"email": "Ann@ACME.com", "role": "ORGANIZATION_ADMIN"}, config=config
        )
        == []
    )
    assert (
        violations(
            ORG_ADMINS_ALLOWLISTED,
            "OrgMember",
            {"email": "ops@partner.io", "role": "ORGANIZATION_ADMIN"},
            config=config,
        )
        == []
    )


def test_org_admin_with_empty_allow_list_is_reported():
    assert violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", {"email": "a@acme.com", "role": "ORGANIZATION_ADMIN"})


def test_org_admin_by_role_id_is_recognised():
    role_id = "6f1c9a54-94b2-4ad1-9a25-000000000001"
    props = {"email": "a@evil.com", "role_id": role_id}
    assert violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", props, config={"admin_role_ids": [role_id]})
    assert violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", props) == []


def test_org_user_role_needs_no_allow_list():
    assert violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", {"email": "a@evil.com", "role": "ORGANIZATION_USER"}) == []


def test_unknown_org_role_or_email_is_skipped():
    assert violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", {"email": "a@evil.com", "role": UNKNOWN}) == []
    assert violations(ORG_ADMINS_ALLOWLISTED, "OrgMember", {"email": UNKNOWN, "role": "ORGANIZATION_ADMIN"}) == []


def scim_admin_violations(
    group_name: str, users: dict[str, Any], members: Any = None, config: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """The SCIM admin-group stack policy over ScimUsers (name → email) feeding a group's `members`."""
    user_resources = [_resource("ScimUser", {"user_name": e, "email": e}, name) for name, e in users.items()]
    members = [UNKNOWN] * len(users) if members is None else members
    group = _resource("ScimGroup", {"display_name": group_name, "name_separator": ":", "members": members}, "admins")
    group.property_dependencies = {"members": user_resources}
    reported: list[tuple[str, str]] = []
    SCIM_ORG_ADMINS_ALLOWLISTED.validate(
        StackValidationArgs([*user_resources, group], config or {}), lambda m, u=None: reported.append((m, u))
    )
    return reported


def test_scim_admin_group_member_outside_the_allow_list_is_reported_at_preview():
    users = {"ann": "ann@acme.com", "mallory": "mallory@gmail.com"}
    [(message, urn)] = scim_admin_violations("LS:Organization Admins", users, config={"allowed_domains": ["acme.com"]})
    assert "mallory@gmail.com" in message and "ann@" not in message and urn.endswith("::admins")


def test_scim_admin_group_with_allow_listed_members_passes():
    users = {"ann": "ann@acme.com", "ops": "ops@partner.io"}
    config = {"allowed_domains": ["acme.com"], "allowed_emails": ["ops@partner.io"]}
    assert scim_admin_violations("Organization Admin", users, config=config) == []


def test_scim_group_mapping_to_a_workspace_role_is_not_an_admin_group():
    assert scim_admin_violations("LS:Organization User:Engineering:Admin", {"m": "mallory@gmail.com"}) == []


def test_scim_admin_group_members_that_are_no_scim_users_of_the_stack_are_reported():
    config = {"allowed_domains": ["acme.com"]}
    [(message, _)] = scim_admin_violations(
        "Organization Admins", {"ann": "ann@acme.com"}, members=["id-of-ann", "someone-else"], config=config
    )
    assert "1 member(s) that are not ScimUser resources" in message


def test_scim_admin_group_with_unknown_name_or_email_is_skipped():
    assert scim_admin_violations(UNKNOWN, {"m": "mallory@gmail.com"}) == []
    assert scim_admin_violations("Organization Admins", {"m": UNKNOWN}) == []


# -- descriptions and names -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["Dataset", "Project"])
def test_dataset_and_project_without_description_are_reported(kind):
    [message] = violations(DESCRIPTIONS_REQUIRED, kind, {"name": "x"})
    assert kind.lower() in message
    assert violations(DESCRIPTIONS_REQUIRED, kind, {"name": "x", "description": "   "})


def test_described_dataset_passes_and_min_length_is_configurable():
    assert violations(DESCRIPTIONS_REQUIRED, "Dataset", {"name": "x", "description": "Golden answers."}) == []
    assert violations(DESCRIPTIONS_REQUIRED, "Dataset", {"name": "x", "description": "tbd"}, config={"min_length": 10})


def test_unknown_description_is_skipped():
    assert violations(DESCRIPTIONS_REQUIRED, "Project", {"name": "x", "description": UNKNOWN}) == []


def test_workspace_names_follow_the_default_pattern():
    assert violations(WORKSPACE_NAMING, "Workspace", {"display_name": "ML Platform"}) == []
    assert violations(WORKSPACE_NAMING, "Workspace", {"display_name": " ML Platform"})
    assert violations(WORKSPACE_NAMING, "Workspace", {"display_name": "team-"})


def test_workspace_name_pattern_is_configurable():
    config = {"pattern": r"^team-[a-z]+$"}
    assert violations(WORKSPACE_NAMING, "Workspace", {"display_name": "team-ml"}, config=config) == []
    [message] = violations(WORKSPACE_NAMING, "Workspace", {"display_name": "ML Platform"}, config=config)
    assert "ML Platform" in message and "team-" in message


def test_unknown_workspace_name_is_skipped():
    assert violations(WORKSPACE_NAMING, "Workspace", {"display_name": UNKNOWN}) == []


# -- stack policy: explicit workspace ---------------------------------------------------------------


def _resource(kind: str, props: dict[str, Any], name: str = "r") -> PolicyResource:
    return PolicyResource(
        type_token(kind),
        unknown_checking_proxy(props),
        f"urn:pulumi:dev::p::{type_token(kind)}::{name}",
        name,
        _opts(),
        None,
        None,
        [],
        {},
    )


def stack_violations(resources: list[PolicyResource], config: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    reported: list[tuple[str, str]] = []
    EXPLICIT_WORKSPACE.validate(StackValidationArgs(resources, config or {}), lambda m, u=None: reported.append((m, u)))
    return reported


@pytest.fixture
def no_provider_workspace(monkeypatch):
    for name in ("LANGSMITH_WORKSPACE_ID", "LANGSMITH_TENANT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(policies, "provider_default_workspace", lambda: None)


def test_workspace_scoped_resource_without_workspace_is_reported(no_provider_workspace):
    resources = [
        _resource("Dataset", {"name": "a", "workspace_id": None}, "a"),
        _resource("Project", {"name": "b", "workspace_id": "5a3b4c1e-0000-4000-8000-000000000001"}, "b"),
        _resource("Workspace", {"display_name": "w"}, "w"),
    ]
    [(message, urn)] = stack_violations(resources)
    assert "Dataset 'a'" in message and urn.endswith("::a")


def test_workspace_from_another_resource_unknown_in_preview_counts_as_explicit(no_provider_workspace):
    assert stack_violations([_resource("Dataset", {"name": "a", "workspace_id": UNKNOWN})]) == []


def test_provider_workspace_config_satisfies_the_stack_policy(monkeypatch, no_provider_workspace):
    resources = [_resource("Dataset", {"name": "a"})]
    assert stack_violations(resources, {"provider_sets_workspace": True}) == []
    monkeypatch.setattr(policies, "provider_default_workspace", lambda: "5a3b4c1e-0000-4000-8000-000000000001")
    assert stack_violations(resources) == []


def test_provider_default_workspace_reads_the_environment_fallbacks():
    assert policies.provider_default_workspace({"LANGSMITH_TENANT_ID": "abc"}) == "abc"
    assert policies.provider_default_workspace({}) is None


def test_workspace_scoped_kinds_come_from_the_provider_specs():
    kinds = policies.workspace_scoped_kinds()
    assert {"Dataset", "Project", "Deployment", "WorkspaceMember"} <= kinds and "Workspace" not in kinds


def test_importing_the_policy_module_serves_nothing():
    # Constructing a PolicyPack would block; the module only defines policies.
    assert callable(policies.build_policy_pack)


def test_store_items_with_secret_looking_fields_or_credentials_are_reported_without_the_values():
    props = {
        "namespace": ["cfg"],
        "key": "k",
        "value": {"api_key": "abc123", "nested": {"token": "t0k"}, "list": ["lsv2_pt_0123"], "tone": "friendly"},
    }
    [message] = violations(policies.NO_SECRETS_IN_STORE_ITEMS, "StoreItem", props)
    assert "value.api_key" in message and "value.nested.token" in message and "value.list[0]" in message
    assert "abc123" not in message and "t0k" not in message and "lsv2_pt_0123" not in message
    assert "tone" not in message


def test_store_items_with_plain_values_pass():
    props = {"namespace": ["cfg"], "key": "k", "value": {"tone": "friendly", "max_tokens": 100, "token_budget": 5}}
    assert violations(policies.NO_SECRETS_IN_STORE_ITEMS, "StoreItem", props) == []


# -- dataset shares ---------------------------------------------------------------------------------

SHARED = "00000000-0000-4000-8000-000000000001"


def test_a_public_dataset_share_is_reported_unless_allowed():
    assert NO_PUBLIC_DATASET_SHARES.enforcement_level == EnforcementLevel.ADVISORY
    [message] = violations(NO_PUBLIC_DATASET_SHARES, "DatasetShare", {"dataset_id": SHARED})
    assert SHARED in message and "allowed_dataset_ids" in message
    allowed = {"allowed_dataset_ids": [SHARED]}
    assert violations(NO_PUBLIC_DATASET_SHARES, "DatasetShare", {"dataset_id": SHARED}, config=allowed) == []
    assert violations(NO_PUBLIC_DATASET_SHARES, "DatasetShare", {"dataset_id": UNKNOWN}) == []


# -- access policies deny by default


def access_policy(effect: str = "deny", operator: str = "equals", conditions: bool = True) -> dict[str, Any]:
    condition = {"attribute_key": "env", "operator": operator, "attribute_value": "prod"}
    group = {"permission": "projects:read", "resource_type": "project", "conditions": [condition] if conditions else []}
    return {"name": "p", "effect": effect, "condition_groups": [group]}


def test_deny_access_policy_with_tag_conditions_passes():
    assert violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", access_policy()) == []


def test_allow_access_policy_is_refused_unless_configured():
    (message,) = violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", access_policy("allow"))
    assert "'allow' is not allowed" in message
    config = {"allowed_effects": ["allow", "deny"]}
    assert violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", access_policy("allow"), config=config) == []


def test_allow_access_policy_may_not_open_untagged_resources():
    config = {"allowed_effects": ["allow", "deny"]}
    props = access_policy("allow", operator="equals_if_exists")
    (message,) = violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", props, config=config)
    assert "without the tag" in message
    deny = access_policy("deny", operator="not_equals_if_exists")  # denying untagged ones too is fail-closed
    assert violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", deny) == []


def test_condition_group_without_conditions_is_reported_unless_configured():
    props = access_policy(conditions=False)
    (message,) = violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", props)
    assert "applies to every project" in message
    config = {"conditions_required": False}
    assert violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", props, config=config) == []


def test_access_policy_with_unknown_effect_is_skipped_during_preview():
    props = {**access_policy(), "effect": UNKNOWN}
    assert violations(ACCESS_POLICIES_DENY_BY_DEFAULT, "AccessPolicy", props) == []
