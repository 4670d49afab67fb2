"""`AccessPolicy`: an ABAC access policy of the organisation (`/v1/platform/orgs/current/access-policies`).

A policy allows or denies permissions on resources by their tags (`TagKey`/`TagValue`/`Tagging`), for the roles
it is attached to (`AccessPolicyAttachment`). The API has no update: every change replaces the policy, and its
attachments, which depend on its id, are replaced with it (re-attached to the new policy).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..framework import AdoptableInputs, Conformance, Kind, OutputsModel, RestCollection, field
from .role import PERMISSIONS

POLICIES_PATH = "/v1/platform/orgs/current/access-policies"


class Effect(str, Enum):
    """What a policy does when one of its condition groups matches (deny always wins)."""

    ALLOW = "allow"
    DENY = "deny"


class PolicyResourceType(str, Enum):
    """The resource types a condition group may address."""

    DATASET = "dataset"
    DEPLOYMENT = "deployment"
    FLEET_INTEGRATION = "fleet_integration"
    MCP_SERVER = "mcp_server"
    PROJECT = "project"
    PROMPT = "prompt"
    QUEUE = "queue"
    SANDBOX = "sandbox"


class ConditionOperator(str, Enum):
    """Spec `authz_internal.AbacOperator`: `matches` takes a glob (`*`, `?`); `*_if_exists` also holds when the
    resource lacks the tag key."""

    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    EQUALS_IGNORE_CASE = "equals_ignore_case"
    NOT_EQUALS_IGNORE_CASE = "not_equals_ignore_case"
    MATCHES = "matches"
    NOT_MATCHES = "not_matches"
    EQUALS_IF_EXISTS = "equals_if_exists"
    NOT_EQUALS_IF_EXISTS = "not_equals_if_exists"
    EQUALS_IGNORE_CASE_IF_EXISTS = "equals_ignore_case_if_exists"
    NOT_EQUALS_IGNORE_CASE_IF_EXISTS = "not_equals_ignore_case_if_exists"
    MATCHES_IF_EXISTS = "matches_if_exists"
    NOT_MATCHES_IF_EXISTS = "not_matches_if_exists"


class PolicyCondition(BaseModel):
    """A condition on one tag key of the resource."""

    model_config = ConfigDict(extra="forbid")
    attribute_key: str = Field(min_length=1, max_length=255, description="The tag key, e.g. `env`.")
    operator: ConditionOperator = Field(description="How the resource's values of the key are compared.")
    attribute_value: str = Field(max_length=255, description="The value (or glob) compared with, e.g. `prod`.")
    attribute_name: Literal["resource_tag_key"] = Field(
        "resource_tag_key", description="What is compared: only resource tags (`resource_tag_key`) so far."
    )


class ConditionGroup(BaseModel):
    """One permission on one resource type, with conditions that must all hold."""

    model_config = ConfigDict(extra="forbid")
    permission: str = Field(max_length=128, description="The permission governed, e.g. `projects:read`.")
    resource_type: PolicyResourceType = Field(description="The resource type, e.g. `project`.")
    conditions: list[PolicyCondition] = Field(
        default_factory=list, max_length=50, description="Conditions on the resource's tags, all of which must hold."
    )


class AccessPolicyInputs(AdoptableInputs):
    name: str = field(
        key=True, replace=True, min_length=1, max_length=255, description="Policy name (found by it for adoption)."
    )
    description: str | None = field(None, replace=True, max_length=10_000, description="What the policy is for.")
    effect: Effect = field(replace=True, description="`allow` or `deny` (deny always wins).")
    condition_groups: list[ConditionGroup] = field(
        replace=True,
        unordered=True,
        min_length=1,
        max_length=100,
        description="Condition groups, any of which makes the policy apply (OR); a group's conditions are AND'ed.",
    )


class AccessPolicyOutputs(OutputsModel):
    role_ids: list[str] | None = field(None, description="Roles the policy is attached to (`AccessPolicyAttachment`).")
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last change (an attachment counts).")


def _known_permissions(inputs: AccessPolicyInputs) -> list[tuple[str, str]]:
    return [
        (f"condition_groups[{i}].permission", f"unknown permission {g.permission!r}; e.g. projects:read, prompts:read")
        for i, g in enumerate(inputs.condition_groups)
        if g.permission not in PERMISSIONS
    ]


class AccessPolicies(RestCollection):
    # The Go service has no nulls: an unset description is "".
    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        body = super().to_api(inputs, fields)
        body["description"] = body.get("description") or ""
        return body

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        groups = [
            {
                "permission": g.get("permission"),
                "resource_type": g.get("resource_type"),
                "conditions": [
                    {
                        "attribute_key": c.get("attribute_key"),
                        "operator": c.get("operator"),
                        "attribute_value": c.get("attribute_value") or "",
                        "attribute_name": c.get("attribute_name") or "resource_tag_key",
                    }
                    for c in g.get("conditions") or []
                ],
            }
            for g in obj.get("condition_groups") or []
        ]
        return {
            "name": obj.get("name"),
            "description": obj.get("description") or None,
            "effect": obj.get("effect"),
            "condition_groups": groups,
        }


KIND = Kind(
    name="AccessPolicy",
    description="An ABAC access policy: allows or denies permissions on tagged resources to the roles it is "
    "attached to. Every change replaces it.",
    inputs=AccessPolicyInputs,
    outputs=AccessPolicyOutputs,
    scope="organization",
    validate=_known_permissions,
    # No client ids and names are not unique: create lists the policies (`{access_policies: [...]}`) to refuse or
    # adopt a same-named one, POSTs (verified through the list if the answer is lost, never blindly retried; the
    # official provider turns retries off), and reads the policy, since the create response is only `{id}`.
    # The spec has no update: every input replaces.
    api=AccessPolicies(
        POLICIES_PATH, list_filter=None, paginated=False, list_envelope="access_policies", create_read_back=True
    ),
    docs=(
        "ABAC is an Enterprise feature; the API answers 403 where it is not enabled. Deny policies take precedence; "
        "where allow policies cover a permission and resource type, only resources matching one of them are "
        "allowed. Attach a policy to roles with `AccessPolicyAttachment`."
    ),
    conformance=Conformance(
        example={
            "name": "conformance-no-prod",
            "effect": "deny",
            "condition_groups": [
                {
                    "permission": "projects:read",
                    "resource_type": "project",
                    "conditions": [{"attribute_key": "env", "operator": "equals", "attribute_value": "prod"}],
                }
            ],
        },
        update={},  # the API has no update
        replace={"description": "no production traces"},
        invalid=(
            ({"name": ""}, "name"),
            ({"effect": "maybe"}, "effect"),
            ({"condition_groups": []}, "condition_groups"),
            (
                {"condition_groups": [{"permission": "projects:fly", "resource_type": "project"}]},
                "condition_groups[0].permission",
            ),
            (
                {"condition_groups": [{"permission": "projects:read", "resource_type": "spreadsheet"}]},
                "condition_groups",
            ),
        ),
        drift=None,  # nothing changes in place, by anyone
    ),
)
