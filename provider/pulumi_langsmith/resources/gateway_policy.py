"""`GatewayPolicy`: a policy of the LLM gateway (`/v1/platform/gateway-policies`, the Go service), for the
organization: a spend cap, a rate limit, a guard (PII/secret redaction) or a route config (model fallbacks).

The config has one shape per `policy_type`, declared here as one typed input per shape (`spend_cap`,
`rate_limit`, `guard`, `route_config`): exactly the one of the policy's type is set, and it is sent as the
API's `config`. A POST upserts on subject matchers within a policy family (every type but `route_config`,
whose name is unique instead): creating a second policy of the family for the same subjects would silently
take the first over, so create looks first and refuses unless `adopt_existing` (strategy `ServerUpsert`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field

from ..framework import AdoptableInputs, Conformance, Kind, NestedInputs, OutputsModel, ServerUpsert, Uuid, field
from ..framework.scoped import Scoped
from ..framework.strategies import Created, Existing

GATEWAY_POLICIES_PATH = "/v1/platform/gateway-policies"

PolicyType = Literal["spend_cap", "default_spend_cap", "guard", "route_config", "rate_limit", "default_rate_limit"]
SubjectKey = Literal["organization_id", "workspace_id", "user_id", "api_key_id", "run_rule_id"]
SpendWindow = Literal["hourly", "daily", "weekly", "monthly"]

#: The config input of each policy type.
CONFIG_FIELD: dict[str, str] = {
    "spend_cap": "spend_cap",
    "default_spend_cap": "spend_cap",
    "rate_limit": "rate_limit",
    "default_rate_limit": "rate_limit",
    "guard": "guard",
    "route_config": "route_config",
}
CONFIG_FIELDS = ("spend_cap", "rate_limit", "guard", "route_config")


class SubjectMatcher(NestedInputs):
    """Who the policy applies to; several matchers AND together."""

    key: SubjectKey = Field(description="`organization_id`, `workspace_id`, `user_id`, `api_key_id` or `run_rule_id`.")
    value: str = Field(
        max_length=255,
        description='The subject\'s id; `""` for a default policy (`default_spend_cap`, `default_rate_limit`), '
        "which the gateway materializes per subject of that key.",
    )


class SpendCapConfig(NestedInputs):
    """`spend_cap` / `default_spend_cap`: block requests (402) once the window's spend reaches the limit."""

    window: SpendWindow = Field(description="`hourly`, `daily`, `weekly` or `monthly`.")
    limit_usd: float = Field(ge=0, le=1e9, description="Spend limit in US dollars for each window.")


class RateLimit(NestedInputs):
    metric: Literal["requests", "tokens"] = Field(description="`requests` or `tokens`.")
    window: Literal["minute", "hour"] = Field(description="`minute` or `hour`.")
    value: int = Field(ge=1, le=10**15, description="Units allowed per window.")


class RateLimitConfig(NestedInputs):
    """`rate_limit` / `default_rate_limit`: block requests (429) over a limit."""

    limits: list[RateLimit] = Field(
        min_length=1, max_length=4, description="The limits; each metric/window pair at most once."
    )


class GuardDetect(NestedInputs):
    pii: bool = Field(default=False, description="Redact personal data.")
    secrets: bool = Field(default=False, description="Redact secrets (keys, tokens).")


class GuardConfig(NestedInputs):
    """`guard`: redact matched content before it goes upstream."""

    detect: GuardDetect = Field(description="What to detect and redact.")
    timeout_seconds: float | None = Field(
        default=None, ge=0.1, le=30, description="Cap on the guard pipeline's time (server default 2 s)."
    )
    timeout_action: Literal["allow", "block"] | None = Field(
        default=None, description="What a timeout does: `allow` (server default) or `block`."
    )


class FallbackModel(NestedInputs):
    model_config = ConfigDict(extra="forbid", protected_namespaces=())

    model_config_id: Uuid = Field(description="A model configuration (`ModelConfiguration` id).")


class Fallback(NestedInputs):
    model_configs: list[FallbackModel] = Field(
        min_length=1, max_length=5, description="Model configurations tried in priority order."
    )


class RouteConfig(NestedInputs):
    """`route_config`: fall back to other models when the upstream fails (strategy `priority_fallback`)."""

    status_codes: list[Annotated[int, Field(ge=100, le=599)]] = Field(
        min_length=1, max_length=32, description="Upstream status codes that trigger a fallback (include 502, 504)."
    )
    fallbacks: list[Fallback] = Field(min_length=1, max_length=8, description="The fallbacks, in order.")


class GatewayPolicyInputs(AdoptableInputs):
    policy_type: PolicyType = field(
        key=True,
        replace=True,
        description="`spend_cap`, `default_spend_cap`, `rate_limit`, `default_rate_limit`, `guard` or "
        "`route_config`; fixed at creation.",
    )
    subject_matchers: list[SubjectMatcher] = field(
        key=True,
        replace=True,
        unordered=True,
        min_length=1,
        max_length=5,
        description="Who the policy applies to (AND). The API upserts on them, so they are the policy's identity: "
        "a change replaces it.",
    )
    name: str | None = field(None, max_length=255, description="Policy name (required and unique for `route_config`).")
    description: str | None = field(None, max_length=2048, description="What the policy is for.")
    enabled: bool = field(True, description="Whether the gateway enforces the policy.")
    priority: int = field(0, ge=-1000, le=1000, description="Evaluation order among policies.")
    action: Literal["block"] = field("block", description="What a hit does; currently always `block`.")
    spend_cap: SpendCapConfig | None = field(None, description="Config of a `spend_cap` / `default_spend_cap`.")
    rate_limit: RateLimitConfig | None = field(None, description="Config of a `rate_limit` / `default_rate_limit`.")
    guard: GuardConfig | None = field(None, description="Config of a `guard`.")
    route_config: RouteConfig | None = field(None, description="Config of a `route_config`.")


class GatewayPolicyOutputs(OutputsModel):
    organization_id: str | None = field(None, description="Organization that holds the policy.")
    parent_policy_id: str | None = field(
        None, description="The default policy this one was materialized from (cleared once managed here)."
    )
    is_system_generated: bool | None = field(None, description="Whether the gateway runtime made the policy.")
    current_spend_usd: float | None = field(None, description="Spend in the current window (spend caps).")
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last update time.")


def policy_rules(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Cross-field rules of a policy (as dumped inputs): its config, subjects and name fit its type."""
    policy_type = str(values.get("policy_type"))
    wanted = CONFIG_FIELD.get(policy_type)
    failures = []
    if wanted and values.get(wanted) is None:
        failures.append((wanted, f"a `{policy_type}` policy needs {wanted}"))
    failures += [
        (f, f"a `{policy_type}` policy takes {wanted}, not {f}")
        for f in CONFIG_FIELDS
        if f != wanted and values.get(f) is not None
    ]
    default = policy_type.startswith("default_")
    for i, matcher in enumerate(values.get("subject_matchers") or []):
        if default and matcher.get("value"):
            failures.append((f"subject_matchers[{i}].value", 'a default policy matches every subject: value ""'))
        if not default and not matcher.get("value"):
            failures.append((f"subject_matchers[{i}].value", 'only a default policy matches with value ""'))
    if len({m.get("key") for m in values.get("subject_matchers") or []}) != len(values.get("subject_matchers") or []):
        failures.append(("subject_matchers", "each subject key at most once"))
    if policy_type == "route_config":
        matchers = values.get("subject_matchers") or []
        if len(matchers) != 1 or matchers[0].get("key") != "workspace_id":
            failures.append(("subject_matchers", "a route_config policy takes a single workspace_id matcher"))
        if not values.get("name"):
            failures.append(("name", "a route_config policy needs a name (unique in the organization)"))
    limits = (values.get("rate_limit") or {}).get("limits") or []
    if len({(lim["metric"], lim["window"]) for lim in limits}) != len(limits):
        failures.append(("rate_limit.limits", "each metric/window pair at most once"))
    return failures


def config_to_api(name: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """The API's `config` of a config input."""
    if name == "rate_limit":
        return {"version": 1, "limits": list(value["limits"])}
    if name == "guard":
        return {"version": 1, **{k: v for k, v in value.items() if v is not None}}
    if name == "route_config":
        return {
            "strategy": "priority_fallback",
            "triggers": {"status_codes": list(value["status_codes"])},
            "fallbacks": list(value["fallbacks"]),
        }
    return dict(value)


def config_from_api(name: str, config: Mapping[str, Any]) -> dict[str, Any]:
    """The config input of the API's `config`."""
    if name == "spend_cap":
        return {"window": config.get("window"), "limit_usd": config.get("limit_usd")}
    if name == "rate_limit":
        return {
            "limits": [{k: lim.get(k) for k in ("metric", "window", "value")} for lim in config.get("limits") or []]
        }
    if name == "guard":
        detect = config.get("detect") or {}
        return {
            "detect": {"pii": bool(detect.get("pii")), "secrets": bool(detect.get("secrets"))},
            "timeout_seconds": config.get("timeout_seconds"),
            "timeout_action": config.get("timeout_action"),
        }
    return {
        "status_codes": list((config.get("triggers") or {}).get("status_codes") or []),
        "fallbacks": [
            {"model_configs": [{"model_config_id": m.get("model_config_id")} for m in f.get("model_configs") or []]}
            for f in config.get("fallbacks") or []
        ],
    }


def policy_family(policy_type: str) -> str:
    """The bucket within which a POST upserts, coarser than the type (a default and the explicit policy that
    overrides it share one): `cost` (spend_cap, default_spend_cap), `rate_limit` (rate_limit,
    default_rate_limit), `guard`, `route_config` (which never upserts: its name is unique).

    Evidence: the spec only says a POST updates "a policy with the same `subject_matchers`" in place; the
    official provider mirrors the API's `policyFamily` (langchain-ai/terraform-provider-langsmith
    internal/provider/gateway_policy.go@b282aaf, `gatewayPolicyFamily`, "coarser than policy_type"), and the
    kind catalogue's match key is "(policy family, subject_matchers)". The emulator upserts the same way."""
    if policy_type in ("rate_limit", "default_rate_limit"):
        return "rate_limit"
    if policy_type in ("guard", "route_config"):
        return policy_type
    return "cost"


def _matcher_set(matchers: Any) -> frozenset[tuple[str, str]]:
    return frozenset((str(m.get("key")), str(m.get("value") or "")) for m in matchers or [])


class GatewayPolicies(ServerUpsert):
    """Gateway policies: the typed config inputs ⇄ the API's `config`. The upsert check lists the policies with
    the first subject matcher (`?subject_matcher_key=&subject_matcher_value=`, not narrowed by type: the family
    spans types) and matches the family and the matcher set; a route config is matched by its name."""

    def policy_values(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The GatewayPolicy inputs (dumped) of the kind's inputs (dumped)."""
        return dict(values)

    def lookup_params(self, values: Mapping[str, Any]) -> dict[str, Any]:
        policy = self.policy_values(values)
        if policy.get("policy_type") == "route_config":
            return {"policy_type": "route_config"}
        first = (policy.get("subject_matchers") or [{}])[0]
        return {"subject_matcher_key": first.get("key"), "subject_matcher_value": first.get("value")}

    def find(self, api: Scoped, inputs: Any) -> dict[str, Any] | None:
        values = inputs.model_dump(mode="json")
        policy = self.policy_values(values)
        policy_type = str(policy.get("policy_type"))
        for obj in api.get(self.collection, params=self.lookup_params(values)) or []:
            if policy_type == "route_config":
                if obj.get("policy_type") == "route_config" and obj.get("name") == policy.get("name"):
                    return dict(obj)
            elif (
                obj.get("policy_type") != "route_config"
                and policy_family(str(obj.get("policy_type"))) == policy_family(policy_type)
                and _matcher_set(obj.get("subject_matchers")) == _matcher_set(policy.get("subject_matchers"))
            ):
                return dict(obj)
        return None

    def policy_body(self, values: Mapping[str, Any], fields: list[str]) -> dict[str, Any]:
        """The API fields of a GatewayPolicy's inputs (dumped), for the given input fields."""
        body = {k: values[k] for k in fields if k in values and k not in CONFIG_FIELDS and k != "adopt_existing"}
        name = CONFIG_FIELD.get(str(values.get("policy_type")))
        if name in fields and values.get(name) is not None:
            body["config"] = config_to_api(name, values[name])
        return body

    def policy_inputs(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        """A GatewayPolicy's inputs as the server holds the policy."""
        policy_type = str(obj.get("policy_type"))
        live: dict[str, Any] = {
            "policy_type": policy_type,
            "subject_matchers": [
                {"key": m.get("key"), "value": m.get("value") or ""} for m in obj.get("subject_matchers") or []
            ],
            "name": obj.get("name") or None,
            "description": obj.get("description") or None,
            "enabled": obj.get("enabled", True),
            "priority": obj.get("priority") or 0,
            "action": obj.get("action") or "block",
            **dict.fromkeys(CONFIG_FIELDS),
        }
        name = CONFIG_FIELD.get(policy_type)
        if name and isinstance(obj.get("config"), Mapping):
            live[name] = config_from_api(name, obj["config"])
        return live

    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        wanted = list(fields) if fields is not None else list(self.kind.api_fields)
        return self.policy_body(inputs.model_dump(mode="json"), wanted)

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        return self.policy_inputs(obj)

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        outcome = super().create(api, inputs, owner)
        if isinstance(outcome, Existing) and outcome.obj.get("parent_policy_id") and inputs.adopt_existing:
            # A child materialized from a default policy: an explicit update takes it over (clears the link),
            # even when it already has the inputs' values.
            detached = api.patch(self.path(self.item, {}, str(outcome.obj["id"])), json={"enabled": inputs.enabled})
            return Existing(dict(detached), ours=False)
        return outcome

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        subjects = ", ".join(f"{m.get('key')}={m.get('value')!r}" for m in obj.get("subject_matchers") or [])
        origin = f", materialized from default policy {obj['parent_policy_id']}" if obj.get("parent_policy_id") else ""
        return (
            f"a {obj.get('policy_type')} gateway policy for {subjects} already exists (id {obj.get('id')}{origin}); "
            "the API upserts on subject matchers, so a create would take it over: set adopt_existing=True to "
            "manage it with this resource (its settings are then overwritten), or choose other subjects."
        )


KIND = Kind(
    name="GatewayPolicy",
    description="A policy of the LangSmith LLM gateway: spend cap, rate limit, guard or route config.",
    inputs=GatewayPolicyInputs,
    outputs=GatewayPolicyOutputs,
    scope="organization",
    validate=lambda inputs: policy_rules(inputs.model_dump(mode="json")),
    api=GatewayPolicies(GATEWAY_POLICIES_PATH, clear_with_empty=("name", "description")),
    docs="The API upserts a POST on subject matchers within a policy family (spend caps with default spend caps, "
    "rate limits with default rate limits, guards): a policy of the family for the same subjects is refused at "
    "create unless `adopt_existing` (then its settings are overwritten). Route configs do not upsert: their "
    "`name` is unique in the organization, and a taken name is refused the same way. A create whose response "
    "was lost is not retried; the next `pulumi up` finds the policy and asks for `adopt_existing`.",
    conformance=Conformance(
        lost_create="the API upserts on subject matchers, so a blind retry could take over someone else's "
        "policy: a create whose answer was lost is not retried, and the next run finds the policy and asks for "
        "adopt_existing",
        example={
            "policy_type": "rate_limit",
            "name": "conformance-rpm",
            "subject_matchers": [{"key": "workspace_id", "value": "5d0c0ad6-8b1e-4a53-9c1b-2f3b8f4d7e10"}],
            "rate_limit": {"limits": [{"metric": "requests", "window": "minute", "value": 60}]},
        },
        update={
            "description": "per-workspace throttle",
            "rate_limit": {"limits": [{"metric": "tokens", "window": "hour", "value": 100000}]},
        },
        replace={"subject_matchers": [{"key": "user_id", "value": "conformance-user"}]},
        invalid=(
            ({"rate_limit": None}, "rate_limit"),
            ({"spend_cap": {"window": "monthly", "limit_usd": 5}}, "spend_cap"),
            ({"subject_matchers": []}, "subject_matchers"),
            ({"subject_matchers": [{"key": "workspace_id", "value": ""}]}, "subject_matchers[0].value"),
            ({"rate_limit": {"limits": [{"metric": "requests", "window": "minute", "value": 0}]}}, "rate_limit"),
        ),
        drift={"enabled": False},
    ),
)
