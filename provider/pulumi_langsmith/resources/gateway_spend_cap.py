"""`GatewaySpendCap`: typed sugar over a `spend_cap` gateway policy (`/v1/platform/gateway-policies`).

One subject (an organization, workspace, user, API key or run rule) and its spend limit per window. The API
behaves as for `GatewayPolicy` (strategy `ServerUpsert`): a POST upserts on the subject, so a second cap for
the same subject is refused at create unless `adopt_existing`; a cap the gateway materialized from a
`default_spend_cap` is taken over (detached from its default) when adopted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import AdoptableInputs, Conformance, Kind, field
from .gateway_policy import GATEWAY_POLICIES_PATH, GatewayPolicies, GatewayPolicyOutputs, SpendWindow, SubjectKey


class GatewaySpendCapInputs(AdoptableInputs):
    subject_key: SubjectKey = field(
        key=True,
        replace=True,
        description="What the cap applies to: `organization_id`, `workspace_id`, `user_id`, `api_key_id` or "
        "`run_rule_id`. The API upserts on the subject, so it is the cap's identity: a change replaces it.",
    )
    subject_value: str = field(
        key=True, replace=True, min_length=1, max_length=255, description="The subject's id (e.g. a workspace id)."
    )
    window: SpendWindow = field(description="`hourly`, `daily`, `weekly` or `monthly`.")
    limit_usd: float = field(ge=0, le=1e9, description="Spend limit in US dollars for each window (402 once reached).")
    name: str | None = field(None, max_length=255, description="Policy name.")
    description: str | None = field(None, max_length=2048, description="What the cap is for.")
    enabled: bool = field(True, description="Whether the gateway enforces the cap.")


class GatewaySpendCapOutputs(GatewayPolicyOutputs):
    pass


class SpendCaps(GatewayPolicies):
    """A GatewaySpendCap is a `spend_cap` GatewayPolicy with one subject matcher: its inputs map onto the
    policy's, and the policy's mapping does the rest."""

    @staticmethod
    def as_policy(values: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "policy_type": "spend_cap",
            "subject_matchers": [{"key": values.get("subject_key"), "value": values.get("subject_value")}],
            "spend_cap": {"window": values.get("window"), "limit_usd": values.get("limit_usd")},
            **{k: values.get(k) for k in ("name", "description", "enabled")},
        }

    def policy_values(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return self.as_policy(values)

    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        wanted = set(fields) if fields is not None else set(self.kind.api_fields)
        policy_fields = [k for k in ("name", "description", "enabled") if k in wanted]
        if wanted & {"subject_key", "subject_value"}:
            policy_fields += ["policy_type", "subject_matchers"]
        if wanted & {"window", "limit_usd"}:
            policy_fields.append("spend_cap")  # the config is sent whole
        return self.policy_body(self.as_policy(inputs.model_dump(mode="json")), policy_fields)

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        policy = self.policy_inputs(obj)
        matcher = (policy["subject_matchers"] or [{}])[0]
        cap = policy.get("spend_cap") or {}
        return {
            "subject_key": matcher.get("key"),
            "subject_value": matcher.get("value"),
            "window": cap.get("window"),
            "limit_usd": cap.get("limit_usd"),
            **{k: policy[k] for k in ("name", "description", "enabled")},
        }


KIND = Kind(
    name="GatewaySpendCap",
    description="A spend cap of the LangSmith LLM gateway for one subject (a `spend_cap` gateway policy).",
    inputs=GatewaySpendCapInputs,
    outputs=GatewaySpendCapOutputs,
    scope="organization",
    api=SpendCaps(GATEWAY_POLICIES_PATH, clear_with_empty=("name", "description")),
    docs="A second cap for the same subject is refused at create unless `adopt_existing` (the API would "
    "overwrite the first). Adopting a cap materialized from a `default_spend_cap` detaches it from the default. "
    "A create whose response was lost is not retried; the next `pulumi up` finds the cap and asks for "
    "`adopt_existing`.",
    conformance=Conformance(
        lost_create="the API upserts on the subject, so a blind retry could take over someone else's cap: a "
        "create whose answer was lost is not retried, and the next run finds the cap and asks for adopt_existing",
        example={
            "subject_key": "workspace_id",
            "subject_value": "0f3c5b8e-2d4a-4e1f-9b7c-6a5d4c3b2a10",
            "window": "monthly",
            "limit_usd": 500,
            "name": "conformance-cap",
        },
        update={"limit_usd": 750.5, "description": "production budget"},
        replace={"subject_key": "user_id", "subject_value": "conformance-user"},
        invalid=(
            ({"subject_value": ""}, "subject_value"),
            ({"limit_usd": -1}, "limit_usd"),
            ({"window": "yearly"}, "window"),
        ),
        drift={"limit_usd": 1},
    ),
)
