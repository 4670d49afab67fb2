"""Governance policies: SSO-only login in production stacks, a trace retention cap, usage limits on production
workspaces."""

from __future__ import annotations

from typing import Any

from pulumi_langsmith.policies import (
    SSO_ONLY_IN_PROD,
    TTL_AT_MOST,
    UNKNOWN,
    USAGE_LIMITS_ON_PROD_WORKSPACES,
    type_token,
)
from pulumi_policy import PolicyResource, StackValidationArgs
from pulumi_policy.proxy import unknown_checking_proxy
from test_policies import _opts, violations


def test_production_stacks_require_sso_only():
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {"max_pat_expiry_days": 30}, stack="prod")
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {"sso_only": False}, stack="production-eu")
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {"sso_only": True}, stack="prod") == []
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {"sso_only": None}, stack="dev") == []
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {"sso_only": UNKNOWN}, stack="prod") == []


def test_production_stack_patterns_are_configurable():
    config = {"stack_patterns": ["live-*"]}
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {}, stack="LIVE-1", config=config)
    assert violations(SSO_ONLY_IN_PROD, "OrganizationSettings", {}, stack="prod", config=config) == []


def test_retention_above_the_maximum_is_reported():
    assert violations(TTL_AT_MOST, "WorkspaceTtlSettings", {"longlived_ttl_days": 400}) == []
    (message,) = violations(TTL_AT_MOST, "WorkspaceTtlSettings", {"longlived_ttl_days": 401})
    assert "401" in message and "400" in message
    assert violations(TTL_AT_MOST, "WorkspaceTtlSettings", {"longlived_ttl_days": 90}, config={"max_days": 30})
    assert violations(TTL_AT_MOST, "WorkspaceTtlSettings", {"longlived_ttl_days": UNKNOWN}) == []


def _resource(kind: str, name: str, stack: str, props: dict[str, Any] | None = None) -> PolicyResource:
    token = type_token(kind)
    return PolicyResource(
        token,
        unknown_checking_proxy(props or {}),
        f"urn:pulumi:{stack}::p::{token}::{name}",
        name,
        _opts(),
        None,
        None,
        [],
        {},
    )


def usage_violations(resources: list[PolicyResource], config: dict[str, Any] | None = None) -> list[str]:
    reported: list[str] = []
    USAGE_LIMITS_ON_PROD_WORKSPACES.validate(
        StackValidationArgs(resources, config or {}), lambda m, u=None: reported.append(m)
    )
    return reported


def test_a_production_workspace_needs_a_usage_limit_of_the_stack():
    team = _resource("Workspace", "team", "prod")
    other = _resource("Workspace", "other", "prod")
    limit = _resource("UsageLimit", "team-traces", "prod", {"workspace_id": UNKNOWN})
    limit.property_dependencies = {"workspace_id": [team]}
    (message,) = usage_violations([team, other, limit])
    assert "'other'" in message
    assert usage_violations([_resource("Workspace", "sandbox", "dev")]) == []


def test_export_destinations_need_server_side_encryption_and_https():
    from pulumi_langsmith.policies import EXPORT_DESTINATIONS_ENCRYPTED as policy

    bucket = {"bucket_name": "warehouse"}
    (message,) = violations(policy, "BulkExportDestination", {"config": bucket})
    assert "ServerSideEncryption" in message
    sse = {**bucket, "s3_additional_kwargs": {"ServerSideEncryption": "aws:kms"}}
    assert violations(policy, "BulkExportDestination", {"config": sse}) == []
    weak = {**bucket, "s3_additional_kwargs": {"ServerSideEncryption": "none"}}
    assert "'none' is not allowed" in violations(policy, "BulkExportDestination", {"config": weak})[0]
    assert violations(policy, "BulkExportDestination", {"config": sse}, config={"require_kms_key": True})
    keyed = {**bucket, "s3_additional_kwargs": {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": "alias/exports"}}
    assert violations(policy, "BulkExportDestination", {"config": keyed}, config={"require_kms_key": True}) == []
    plain_http = {**sse, "endpoint_url": "http://minio.internal:9000"}
    assert "https" in violations(policy, "BulkExportDestination", {"config": plain_http})[0]
    assert violations(policy, "BulkExportDestination", {"config": UNKNOWN}) == []
    assert violations(policy, "BulkExportDestination", {"config": {**bucket, "s3_additional_kwargs": UNKNOWN}}) == []
