"""Gateway policies (`/v1/platform/gateway-policies`), organization-scoped, as the Go service answers them.

`platform_router` is mounted at `/v1/platform` and at the self-hosted `/api/v1/platform`. As the real API does:

- `config` must have the shape of the policy's `policy_type` (400 otherwise): spend caps
  `{window, limit_usd}`, rate limits `{version: 1, limits: [{metric, window, value}]}` (each metric/window
  pair at most once), guards `{version: 1, detect: {pii, secrets}, timeout_seconds, timeout_action}`, route
  configs `{strategy, triggers: {status_codes}, fallbacks: [{model_configs: [{model_config_id}]}]}`.
- **A POST upserts on subject matchers**: for every type but `route_config`, a policy of the same *family*
  (see `policy_family`) with the same subject matchers (in any order) is updated in place (its id kept, a materialized child's
  `parent_policy_id` cleared) and the answer is 201 either way. Route configs do not upsert: their name is
  unique in the organization (409).
- PATCH applies the fields present; an absent or null field is unchanged (`""` sets a string to empty).
  `policy_type` is immutable. Editing a default policy cascades config/action/enabled/priority to its
  materialized children; deleting one deletes them.
- Errors are `{error}`. Cross-organization ids are 404.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

from fastapi import APIRouter, Query, Response
from fastapi.responses import JSONResponse

from ...auth import OrganizationCaller, StoreDep, requires
from ...store import Document, Store
from ..langsmith.schemas import utcnow
from .schemas import CreateGatewayPolicyRequest, GatewayPolicyRecord, UpdateGatewayPolicyRequest
from .tables import GATEWAY_POLICIES

platform_router = APIRouter()

POLICY_TYPES = ("spend_cap", "default_spend_cap", "guard", "route_config", "rate_limit", "default_rate_limit")
SUBJECT_KEYS = ("organization_id", "workspace_id", "user_id", "api_key_id", "run_rule_id")
SPEND_WINDOWS = ("hourly", "daily", "weekly", "monthly")


def go_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def config_error(policy_type: str, config: Any) -> str | None:
    """Why `config` does not fit `policy_type` (None when it does)."""
    if not isinstance(config, dict):
        return "config is required"
    if policy_type in ("spend_cap", "default_spend_cap"):
        if set(config) - {"window", "limit_usd"} or config.get("window") not in SPEND_WINDOWS:
            return "spend-cap config is {window: hourly|daily|weekly|monthly, limit_usd}"
        if not _number(config.get("limit_usd")) or config["limit_usd"] < 0:
            return "limit_usd must be a non-negative number"
    elif policy_type in ("rate_limit", "default_rate_limit"):
        limits = config.get("limits")
        if set(config) - {"version", "limits"} or config.get("version") != 1 or not isinstance(limits, list):
            return "rate-limit config is {version: 1, limits: [...]}"
        if not limits:
            return "limits must be non-empty"
        pairs = set()
        for limit in limits:
            if not isinstance(limit, dict) or set(limit) != {"metric", "window", "value"}:
                return "each limit is {metric, window, value}"
            if limit["metric"] not in ("requests", "tokens") or limit["window"] not in ("minute", "hour"):
                return "metric is requests|tokens and window minute|hour"
            if not isinstance(limit["value"], int) or not 1 <= limit["value"] <= 10**15:
                return "value must be an integer in 1..1000000000000000"
            pairs.add((limit["metric"], limit["window"]))
        if len(pairs) != len(limits):
            return "each metric/window pair may appear at most once"
    elif policy_type == "guard":
        detect = config.get("detect")
        if set(config) - {"version", "detect", "timeout_seconds", "timeout_action"} or config.get("version") != 1:
            return "guard config is {version: 1, detect: {pii, secrets}, timeout_seconds, timeout_action}"
        if not isinstance(detect, dict) or set(detect) - {"pii", "secrets"}:
            return "detect is {pii: bool, secrets: bool}"
        timeout = config.get("timeout_seconds")
        if timeout is not None and (not _number(timeout) or not 0.1 <= timeout <= 30):
            return "timeout_seconds must be between 0.1 and 30"
        if config.get("timeout_action", "allow") not in ("allow", "block"):
            return "timeout_action is allow|block"
    elif policy_type == "route_config":
        triggers, fallbacks = config.get("triggers"), config.get("fallbacks")
        if config.get("strategy") != "priority_fallback":
            return "strategy must be priority_fallback"
        if not isinstance(triggers, dict) or not triggers.get("status_codes"):
            return "triggers.status_codes must be a non-empty list"
        if not isinstance(fallbacks, list) or not fallbacks:
            return "fallbacks must be non-empty"
        for fallback in fallbacks:
            configs = fallback.get("model_configs") if isinstance(fallback, dict) else None
            if not isinstance(configs, list) or not 1 <= len(configs) <= 5:
                return "each fallback has 1 to 5 model_configs"
    return None


def matchers_error(policy_type: str, matchers: list[Document]) -> str | None:
    if not matchers:
        return "subject_matchers must be non-empty"
    for matcher in matchers:
        if matcher.get("key") not in SUBJECT_KEYS:
            return f"subject matcher key must be one of {', '.join(SUBJECT_KEYS)}"
        empty = not matcher.get("value")
        if empty != policy_type.startswith("default_"):
            return 'a default policy matches {key, value: ""}; any other policy needs a value'
    if policy_type == "route_config" and (len(matchers) != 1 or matchers[0]["key"] != "workspace_id"):
        return "a route_config policy takes a single workspace_id matcher"
    return None


def policy_family(policy_type: str) -> str:
    """The bucket within which a POST upserts, coarser than the type: a default and the explicit policy that
    overrides it share one (`cost`: spend_cap, default_spend_cap; `rate_limit`: rate_limit,
    default_rate_limit; `guard`; `route_config`, which never upserts).

    Evidence: the spec says only "if a policy with the same `subject_matchers` already exists ... the existing
    policy is updated in place" (POST /v1/platform/gateway-policies); the official Terraform provider mirrors
    the API's `policyFamily` (langchain-ai/terraform-provider-langsmith internal/provider/gateway_policy.go
    @b282aaf, `gatewayPolicyFamily`: "the bucket within which a create upserts, which is coarser than
    policy_type"); the kind catalogue's key is "(policy family, subject_matchers)"."""
    if policy_type in ("rate_limit", "default_rate_limit"):
        return "rate_limit"
    if policy_type in ("guard", "route_config"):
        return policy_type
    return "cost"


def _matcher_set(matchers: list[Document] | None) -> frozenset[tuple[str, str]]:
    return frozenset((str(m.get("key")), str(m.get("value") or "")) for m in matchers or [])


def view(doc: Document) -> Document:
    """A stored policy as the API answers it: spend caps with their spend, rate limits with their usage."""
    record = {k: v for k, v in doc.items() if not k.startswith("_") and v is not None}
    if doc["policy_type"] in ("spend_cap", "default_spend_cap"):
        record["current_spend_usd"] = 0.0
    if doc["policy_type"] in ("rate_limit", "default_rate_limit"):
        record["current_usage"] = [
            {"metric": limit["metric"], "window": limit["window"], "value": 0} for limit in doc["config"]["limits"]
        ]
    return record


def _policies(store: Store, organization_id: str) -> list[Document]:
    return store.list(GATEWAY_POLICIES, organization_id)


def _children(store: Store, doc: Document) -> list[Document]:
    return [p for p in _policies(store, doc["organization_id"]) if p.get("parent_policy_id") == doc["id"]]


@platform_router.get(
    "/gateway-policies",
    response_model=list[GatewayPolicyRecord],
    response_model_exclude_none=True,
    dependencies=[requires("organization:read")],
)
async def list_policies(
    principal: OrganizationCaller,
    store: StoreDep,
    policy_type: str = Query(default=None),
    subject_matcher_key: str = Query(default=None),
    subject_matcher_value: str = Query(default=None),
) -> Any:
    """Every policy of the organization, oldest first, narrowed by type and by one subject matcher."""
    docs = _policies(store, principal.organization_id)
    if policy_type is not None:
        docs = [d for d in docs if d["policy_type"] == policy_type]
    if subject_matcher_key is not None:
        wanted = (subject_matcher_key, subject_matcher_value or "")
        docs = [d for d in docs if wanted in _matcher_set(d["subject_matchers"])]
    return [view(d) for d in docs]


@platform_router.post(
    "/gateway-policies",
    response_model=GatewayPolicyRecord,
    response_model_exclude_none=True,
    status_code=201,
    dependencies=[requires("organization:manage")],
)
async def create_policy(body: CreateGatewayPolicyRequest, principal: OrganizationCaller, store: StoreDep) -> Any:
    """A new policy, or (upsert by matchers) the existing one of this type and subject, updated in place."""
    values = body.model_dump(mode="json", exclude_none=True)
    policy_type = values.get("policy_type")
    if policy_type not in POLICY_TYPES:
        return go_error(400, f"policy_type must be one of {', '.join(POLICY_TYPES)}")
    matchers = values.get("subject_matchers") or []
    error = matchers_error(policy_type, matchers) or config_error(policy_type, values.get("config"))
    if error is None and values.get("action", "block") != "block":
        error = "action must be block"
    if error:
        return go_error(400, error)
    now = utcnow().isoformat()
    org = principal.organization_id
    fields = {
        "action": "block",
        "config": values["config"],
        "description": values.get("description", ""),
        "enabled": values.get("enabled", True),
        "name": values.get("name", ""),
        "priority": values.get("priority", 0),
        "subject_matchers": matchers,
        "updated_at": now,
    }
    with store.transaction():
        policies = _policies(store, org)
        if policy_type == "route_config":
            if any(p["policy_type"] == "route_config" and p["name"] == fields["name"] for p in policies):
                return go_error(409, f"a route_config policy named {fields['name']!r} already exists")
        else:
            family = policy_family(policy_type)
            same = [
                p
                for p in policies
                if p["policy_type"] != "route_config"
                and policy_family(p["policy_type"]) == family
                and _matcher_set(p["subject_matchers"]) == _matcher_set(matchers)
            ]
            if same:  # upsert by matchers: the existing policy, updated in place (and owned, if materialized)
                doc = {**same[0], **fields, "parent_policy_id": None, "is_system_generated": False}
                store.replace(GATEWAY_POLICIES, doc, scope=org)
                return view(doc)
        doc = {
            "id": str(uuid4()),
            "organization_id": org,
            "policy_type": policy_type,
            "created_at": now,
            "created_by": principal.identity or None,
            "is_system_generated": False,
            **fields,
        }
        store.insert(GATEWAY_POLICIES, doc, scope=org)
    return view(doc)


def _organization_policy(store: Store, organization_id: str, policy_id: UUID) -> Document | None:
    return store.get_in(GATEWAY_POLICIES, organization_id, str(policy_id))


@platform_router.get(
    "/gateway-policies/{id}",
    response_model=GatewayPolicyRecord,
    response_model_exclude_none=True,
    dependencies=[requires("organization:read")],
)
async def get_policy(id: UUID, principal: OrganizationCaller, store: StoreDep) -> Any:
    doc = _organization_policy(store, principal.organization_id, id)
    return go_error(404, "gateway policy not found") if doc is None else view(doc)


@platform_router.patch(
    "/gateway-policies/{id}",
    response_model=GatewayPolicyRecord,
    response_model_exclude_none=True,
    dependencies=[requires("organization:manage")],
)
async def update_policy(
    id: UUID, body: UpdateGatewayPolicyRequest, principal: OrganizationCaller, store: StoreDep
) -> Any:
    """Apply the fields present (null and absent mean unchanged); a default policy cascades to its children."""
    values = body.model_dump(mode="json", exclude_none=True)
    with store.transaction():
        doc = _organization_policy(store, principal.organization_id, id)
        if doc is None:
            return go_error(404, "gateway policy not found")
        policy_type = doc["policy_type"]
        error = None
        if "config" in values:
            error = config_error(policy_type, values["config"])
        if error is None and "subject_matchers" in values:
            error = matchers_error(policy_type, values["subject_matchers"])
            clash = [
                p
                for p in _policies(store, doc["organization_id"])
                if p["id"] != doc["id"]
                and policy_type != "route_config"
                and policy_family(p["policy_type"]) == policy_family(policy_type)
                and _matcher_set(p["subject_matchers"]) == _matcher_set(values["subject_matchers"])
            ]
            if error is None and clash:
                return go_error(409, "another policy of this family has these subject matchers")
        if error is None and values.get("action", "block") != "block":
            error = "action must be block"
        if error:
            return go_error(400, error)
        doc.update(values)
        doc["updated_at"] = utcnow().isoformat()
        doc["parent_policy_id"] = None
        store.replace(GATEWAY_POLICIES, doc, scope=doc["organization_id"])
        cascaded = {k: doc[k] for k in ("config", "action", "enabled", "priority")}
        for child in _children(store, doc):
            store.replace(GATEWAY_POLICIES, {**child, **cascaded}, scope=doc["organization_id"])
    return view(doc)


@platform_router.delete(
    "/gateway-policies/{id}",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("organization:manage")],
)
async def delete_policy(id: UUID, principal: OrganizationCaller, store: StoreDep) -> Response:
    """Delete a policy, and the children materialized from it when it is a default."""
    with store.transaction():
        doc = _organization_policy(store, principal.organization_id, id)
        if doc is None:
            return go_error(404, "gateway policy not found")
        store.delete(GATEWAY_POLICIES, [doc["id"], *(c["id"] for c in _children(store, doc))])
    return Response(status_code=204)


def materialize_child(store: Store, default: Document, subject_value: str) -> Document:
    """What the gateway runtime does on traffic from a new subject of a default policy: a child policy
    (`parent_policy_id`, system-generated) for that subject (for tests and the console)."""
    now = utcnow().isoformat()
    child = {
        **default,
        "id": str(uuid4()),
        "policy_type": default["policy_type"].removeprefix("default_"),
        "subject_matchers": [{"key": m["key"], "value": subject_value} for m in default["subject_matchers"]],
        "parent_policy_id": default["id"],
        "is_system_generated": True,
        "created_at": now,
        "updated_at": now,
    }
    store.insert(GATEWAY_POLICIES, child, scope=default["organization_id"])
    return child
