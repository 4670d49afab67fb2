"""`AlertRule`: a threshold or change alert on a project, with webhook, PagerDuty or Slack actions
(`/v1/platform/alerts/{session_id}`, the Go service)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from ..framework import Conformance, InputsModel, Kind, OutputsModel, RestCollection, Uuid, field
from ..framework.scoped import Scoped
from ..framework.strategies import Created, Existing

ALERTS_PATH = "/v1/platform/alerts/{session_id}"
_RULE_FIELDS = (
    "name",
    "description",
    "type",
    "aggregation",
    "attribute",
    "operator",
    "window_minutes",
    "threshold",
    "threshold_multiplier",
    "threshold_window_minutes",
    "filter",
    "denominator_filter",
)


class AlertAction(BaseModel):
    """What happens when the alert fires."""

    model_config = ConfigDict(extra="forbid")

    target: Literal["webhook", "pagerduty", "slack", "dynatrace"] = Field(
        description="`webhook`, `pagerduty`, `slack` or `dynatrace`."
    )
    config: dict[str, Any] = Field(
        max_length=32,
        description="The target's settings, e.g. `{url, headers}` for a webhook, `{routing_key}` for PagerDuty, "
        "`{webhook_url}` for Slack (secret: they are credentials).",
    )

    @field_validator("config")
    @classmethod
    def _bounded(cls, value: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(value)) > 16_384:
            raise ValueError("is longer than 16384 characters as JSON")
        return value


class AlertRuleInputs(InputsModel):
    workspace_id: Uuid | None = field(
        None,
        replace=True,
        description="Workspace of the project (sent as `X-Tenant-Id`); defaults to the provider's "
        "`langsmith:workspaceId`, else the API key's workspace. Changing it replaces the alert rule.",
    )
    session_id: Uuid = field(replace=True, description="Project (tracer session) the alert watches; a change replaces.")
    adopt_id: Uuid | None = field(
        None,
        write_only=True,
        description="Id of an existing alert rule of this project to manage instead of creating one. LangSmith "
        "lists no alert rules, so an existing one can be adopted only by its id (the last part of its URL).",
    )
    name: str = field(min_length=1, max_length=255, description="Alert name.")
    description: str = field("", max_length=10_000, description="What the alert means.")
    type: Literal["threshold", "change"] = field(
        description="`threshold` (the value crosses `threshold`) or `change` (it moves by `threshold_multiplier`)."
    )
    aggregation: Literal["avg", "sum", "pct"] = field(description="`avg`, `sum` or `pct` over the window.")
    attribute: Literal["latency", "error_count", "feedback_score", "run_latency", "run_count", "total_cost"] = field(
        description="The measured attribute, e.g. `latency`, `error_count`, `feedback_score`."
    )
    operator: Literal["gte", "lte", "gt", "lt"] = field(description="How the value compares with the threshold.")
    window_minutes: int = field(ge=1, le=60, description="Aggregation window, 1 to 60 minutes.")
    threshold: float | None = field(None, ge=-1e12, le=1e12, description="Threshold, for `type: threshold`.")
    threshold_multiplier: float | None = field(
        None, ge=-1e6, le=1e6, description="Relative change that fires, for `type: change`."
    )
    threshold_window_minutes: int | None = field(
        None, ge=1, le=60, description="Window the change is measured against, for `type: change`."
    )
    filter: str | None = field(None, max_length=10_000, description="Run filter, e.g. `eq(is_root, true)`.")
    denominator_filter: str | None = field(None, max_length=10_000, description="Denominator filter of `pct`.")
    actions: list[AlertAction] = field(
        secret=True, min_length=1, max_length=10, description="What happens when the alert fires (secret)."
    )

    @field_validator("actions")
    @classmethod
    def _webhook_urls(cls, value: list[AlertAction]) -> list[AlertAction]:
        for action in value:
            if action.target == "webhook":
                url = action.config.get("url")
                if not isinstance(url, str) or HttpUrl(url).scheme != "https":
                    raise ValueError("a webhook action needs config.url, an https:// URL")
        return value


class AlertRuleOutputs(OutputsModel):
    rule_id: str | None = field(None, description="The alert rule's own id (the resource id is `session_id/rule_id`).")
    session_name: str | None = field(None, description="Name of the project.")
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last update time.")


def _type_settings(inputs: AlertRuleInputs) -> list[tuple[str, str]]:
    if inputs.type == "threshold" and inputs.threshold is None:
        return [("threshold", "a `threshold` alert needs threshold")]
    if inputs.type == "change" and inputs.threshold_multiplier is None:
        return [("threshold_multiplier", "a `change` alert needs threshold_multiplier")]
    return []


def action_config(config: Any) -> dict[str, Any]:
    """An action's config as an object: the API may return it as a JSON string (and some clients send one)."""
    if isinstance(config, str):
        try:
            config = json.loads(config)
        except ValueError:
            return {"value": config}
    return dict(config) if isinstance(config, Mapping) else {}


class AlertRules(RestCollection):
    """Nested under a session: `POST alerts/{session_id}`, `GET|PATCH|DELETE alerts/{session_id}/{id}`.
    Responses are `{rule, actions}` (flattened by `unwrap`); PATCH takes the whole `{rule, actions}` and answers
    no object, so an update reads the rule back (2 requests: the API leaves no choice). No list and no client
    ids: adoption needs `adopt_id`, and a POST whose response is lost is not retried (it could duplicate)."""

    def unwrap(self, response: Any) -> Any:
        if isinstance(response, Mapping) and isinstance(response.get("rule"), Mapping):
            return {**response["rule"], "actions": response.get("actions") or []}
        return response

    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        values = inputs.model_dump(mode="json")
        rule = {k: values[k] for k in _RULE_FIELDS if values.get(k) is not None}
        actions = [{"target": a["target"], "config": a["config"]} for a in values["actions"]]
        return {"rule": rule, "actions": actions}

    def create_body(self, inputs: Any, object_id: str | None) -> dict[str, Any]:
        return self.to_api(inputs)

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        if not [f for f in changed if f not in self.kind.replace_fields and f != "adopt_id"]:
            return {}
        return self.to_api(new)  # the whole rule and every action, always

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        if inputs.adopt_id is not None:
            found = self.read(api, inputs.adopt_id, inputs.model_dump(mode="json"))
            if found is not None:
                return Existing(found, ours=True)  # named explicitly: adopt it
        collection = self.path(self.collection, inputs.model_dump(mode="json"))
        return Created(dict(self.unwrap(api.post(collection, self.create_body(inputs, None)))))

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live: dict[str, Any] = {k: obj.get(k) for k in _RULE_FIELDS}
        live["description"] = obj.get("description") or ""
        live["session_id"] = str(obj.get("session_id") or state.get("session_id") or "").lower() or None
        live["actions"] = [
            {"target": a.get("target"), "config": action_config(a.get("config"))} for a in obj.get("actions") or []
        ]
        return live

    def outputs(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "rule_id": obj.get("id"),
            "session_name": obj.get("session_name"),
            "created_at": obj.get("created_at"),
            "updated_at": obj.get("updated_at"),
        }


KIND = Kind(
    name="AlertRule",
    description="An alert on a project's runs (latency, errors, feedback, cost), with webhook, PagerDuty or "
    "Slack actions.",
    inputs=AlertRuleInputs,
    outputs=AlertRuleOutputs,
    validate=_type_settings,
    # Requests: create 1 (POST; with adopt_id a GET, plus a PATCH when it differs), read 1, update 2 (the
    # PATCH answers no object: read back), delete 1.
    api=AlertRules(
        ALERTS_PATH, ALERTS_PATH + "/{id}", id_template="{session_id}/{id}", read_back=True, list_filter=None
    ),
    docs="LangSmith has no list of alert rules: there is no natural key, and an existing rule is adopted only "
    "by its id (`adopt_id`). The resource id is `session_id/rule_id`. Action configs are secret; the API may "
    "return them as JSON strings or objects, and both read as objects. A rule whose create response was lost "
    "cannot be found again: the next `pulumi up` creates another, and the lost one (see the project's alert "
    "rules in the UI) must be adopted with `adopt_id` or deleted.",
    conformance=Conformance(
        example={
            "name": "conformance-alert",
            "description": "p50 latency over 2.5 s",
            "type": "threshold",
            "aggregation": "avg",
            "attribute": "latency",
            "operator": "gte",
            "window_minutes": 5,
            "threshold": 2.5,
            "actions": [
                {
                    "target": "webhook",
                    "config": {
                        "url": "https://hooks.example.com/alert",
                        "headers": {"Authorization": "Bearer alert-1"},
                    },
                }
            ],
        },
        update={"threshold": 5.0, "window_minutes": 10},
        replace={"session_id": "00000000-0000-4000-8000-000000000001"},
        invalid=(
            ({"window_minutes": 0}, "window_minutes"),
            ({"actions": []}, "actions"),
            ({"actions": [{"target": "email", "config": {}}]}, "actions"),
            ({"actions": [{"target": "webhook", "config": {"url": "http://plain.example.com"}}]}, "actions"),
            ({"threshold": None}, "threshold"),
            ({"session_id": "x" * 36}, "session_id"),
        ),
        drift={"threshold": 9.0},
        setup="project",
        lost_create="no list of alert rules and no client id (the create body's `rule.id` is not known to be "
        "honoured): a rule whose create answer was lost cannot be found, so the next run creates another and "
        "the lost one stays (adopt or delete it by its id)",
    ),
)
