"""`RunRule`: an automation rule of a project or dataset (`/api/v1/runs/rules`): sampling, filters, an
evaluator, and what to do with the matching runs (a dataset, an annotation queue, webhooks, PagerDuty)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from ..framework import Conformance, Kind, ListOnlyRead, OutputsModel, Uuid, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped
from .prompt_webhook import PromptWebhookInputs

RULES_PATH = "/api/v1/runs/rules"
_MAX_FILTER = 10_000


class _Nested(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StructuredEvaluator(_Nested):
    """An inline LLM-as-judge (`evaluators[].structured`)."""

    hub_ref: str | None = Field(default=None, max_length=1024, description="Judge prompt of the hub (`name:tag`).")
    prompt: (
        list[Annotated[list[Annotated[str, Field(max_length=100_000)]], Field(min_length=2, max_length=2)]] | None
    ) = Field(default=None, max_length=64, description="Messages as `[role, template]` pairs.")
    template_format: str | None = Field(default=None, max_length=32, description="`f-string` or `mustache`.")
    schema_: dict[str, Any] | None = Field(default=None, alias="schema", description="JSON Schema of the score.")
    variable_mapping: dict[str, Annotated[str, Field(max_length=1024)]] | None = Field(
        default=None, max_length=64, description="Prompt variable → run or example path."
    )
    model: dict[str, Any] | None = Field(default=None, description="Model configuration (serialized).")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class InlineEvaluator(_Nested):
    structured: StructuredEvaluator = Field(description="The judge.")


class InlineCodeEvaluator(_Nested):
    code: str = Field(min_length=1, max_length=100_000, description="Source of `perform_eval(run, example)`.")
    language: Literal["python", "javascript"] = Field(default="python", description="`python` or `javascript`.")


class RuleWebhook(_Nested):
    """A URL the matching runs are POSTed to (URL and headers are secret: they often carry credentials)."""

    url: str = Field(max_length=2048, description="HTTPS URL.")
    headers: dict[str, Annotated[str, Field(max_length=8192)]] | None = Field(
        default=None, max_length=64, description="HTTP headers sent with each call."
    )

    _https_only = field_validator("url")(PromptWebhookInputs._https_only.__func__)  # type: ignore[attr-defined]
    _valid_headers = field_validator("headers")(PromptWebhookInputs._valid_headers.__func__)  # type: ignore[attr-defined]


class PagerDutyAlert(_Nested):
    routing_key: str = Field(min_length=1, max_length=256, description="PagerDuty integration (routing) key.")
    summary: str | None = Field(default=None, max_length=1024, description="Incident summary.")
    severity: Literal["critical", "warning", "error", "info"] = Field(default="warning", description="Severity.")


class RunRuleInputs(WorkspaceScopedInputs):
    display_name: str = field(
        key=True, min_length=1, max_length=255, description="Rule name; with the project or dataset, its natural key."
    )
    session_id: Uuid | None = field(
        None, key=True, replace=True, description="Project (tracer session) whose runs the rule sees. Set exactly "
        "one of session_id and dataset_id; changing either replaces the rule."
    )  # fmt: skip
    dataset_id: Uuid | None = field(
        None, key=True, replace=True, description="Dataset whose experiment runs the rule sees (instead of a project)."
    )
    sampling_rate: float = field(ge=0.0, le=1.0, description="Share of matching runs the rule acts on, 0 to 1.")
    is_enabled: bool = field(True, description="Whether the rule runs.")
    filter: str | None = field(None, max_length=_MAX_FILTER, description="Run filter, e.g. `eq(is_root, true)`.")
    trace_filter: str | None = field(None, max_length=_MAX_FILTER, description="Filter on the run's root run.")
    tree_filter: str | None = field(None, max_length=_MAX_FILTER, description="Filter on any run of the trace.")
    evaluator_id: Uuid | None = field(
        None,
        server_default=True,
        description="Evaluator the rule runs (e.g. `Evaluator.id`). Unset: whatever the server holds, which is "
        "the evaluator it generates for inline `evaluators`.",
    )
    evaluators: list[InlineEvaluator] | None = field(
        None, server_default=True, max_length=8, description="Inline LLM judges (instead of `evaluator_id`)."
    )
    code_evaluators: list[InlineCodeEvaluator] | None = field(
        None, server_default=True, max_length=8, description="Inline code evaluators (instead of `evaluator_id`)."
    )
    add_to_dataset_id: Uuid | None = field(None, description="Dataset the matching runs are added to as examples.")
    add_to_dataset_prefer_correction: bool = field(False, description="Add corrected outputs where there are some.")
    add_to_annotation_queue_id: Uuid | None = field(None, description="Annotation queue the matching runs go to.")
    webhooks: list[RuleWebhook] | None = field(
        None, secret=True, max_length=16, description="Webhooks the matching runs are POSTed to (secret)."
    )
    alerts: list[PagerDutyAlert] | None = field(
        None, secret=True, max_length=16, description="PagerDuty alerts (secret: the routing key)."
    )
    backfill_from: str | None = field(
        None,
        write_only=True,
        max_length=64,
        description="Apply the rule to runs since this time (ISO 8601) once, at creation. Read at creation "
        "only: a later change does nothing (replace the rule to backfill again).",
    )

    @field_validator("dataset_id")
    @classmethod
    def _exactly_one_scope(cls, value: str | None, info: ValidationInfo) -> str | None:
        if "session_id" not in info.data:
            return value  # session_id itself is invalid: reported there
        if (value is None) == (info.data["session_id"] is None):
            which = "both are set" if value is not None else "neither is set"
            raise ValueError(f"set exactly one of session_id (a project) and dataset_id (a dataset); {which}")
        return value

    @field_validator("code_evaluators")
    @classmethod
    def _evaluator_id_or_inline(cls, value: list[Any] | None, info: ValidationInfo) -> list[Any] | None:
        if info.data.get("evaluator_id") is not None and (value or info.data.get("evaluators")):
            raise ValueError("set evaluator_id or inline evaluators/code_evaluators, not both (the API refuses it)")
        return value

    @field_validator("backfill_from")
    @classmethod
    def _iso_time(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(f"{value[:40]!r} is not an ISO 8601 time") from None
        return value


class RunRuleOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the rule.")
    session_name: str | None = field(None, description="Name of the project.")
    dataset_name: str | None = field(None, description="Name of the dataset.")
    evaluator_version: int | None = field(None, description="Version of the rule's evaluator.")
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last update time.")


_ECHOED = ("evaluator_id", "evaluators", "code_evaluators")
_NEVER_UPDATED = frozenset({"backfill_from"})


def _canonical_lists(value: Any) -> Any:
    """Nested input values as the API returns them: nulls inside objects dropped."""
    if isinstance(value, Mapping):
        return {k: _canonical_lists(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_canonical_lists(v) for v in value]
    return value


class RunRules(ListOnlyRead):
    """No item GET: read lists with `?id=`. No client ids: create looks the natural key up first
    (`?session_id=|dataset_id=&name_contains=`), and a POST whose response is lost is recovered by the same
    lookup (create-then-verify), so it neither duplicates nor orphans the rule."""

    def find(self, api: Scoped, inputs: Any) -> dict[str, Any] | None:
        params = {"name_contains": inputs.display_name}
        params.update({k: v for k in ("session_id", "dataset_id") if (v := getattr(inputs, k)) is not None})
        wanted = self.natural_key_of(inputs.model_dump(mode="json"))
        for obj in api.get(self.collection, params=params) or []:
            if self.natural_key_of(self.live_inputs(obj, {})) == wanted:
                return dict(obj)
        return None

    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        body = super().to_api(inputs, fields)
        for name in ("evaluators", "code_evaluators", "webhooks", "alerts"):
            if body.get(name) is not None:
                body[name] = _canonical_lists(body[name])
        return body

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        # `backfill_from` is read at creation only; every PATCH repeats display_name and sampling_rate.
        body = super().update_body(old, new, [f for f in changed if f not in _NEVER_UPDATED], live)
        if body and "webhooks" in body and body["webhooks"] is None:
            body["webhooks"] = []  # an empty list removes them unambiguously
        return body

    def changed_fields(self, engine: Any, olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        return [f for f in engine.changed_fields(olds, news) if f not in _NEVER_UPDATED]

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live = super().live_inputs(obj, state)
        for name in ("session_id", "dataset_id", "evaluator_id", "add_to_dataset_id", "add_to_annotation_queue_id"):
            live[name] = str(live[name]).lower() if live.get(name) else None
        live["webhooks"] = _canonical_lists(obj.get("webhooks")) or None
        live["alerts"] = [
            {
                "routing_key": a.get("routing_key"),
                "summary": a.get("summary"),
                "severity": a.get("severity") or "warning",
            }
            for a in obj.get("alerts") or []
        ] or None
        live["evaluators"] = _canonical_lists(obj.get("evaluators")) or None
        live["code_evaluators"] = [
            {"code": c.get("code"), "language": c.get("language") or "python"} for c in obj.get("code_evaluators") or []
        ] or None
        if state:
            # The server echoes the evaluator it generated for inline evaluators, and the inline form of the
            # evaluator a rule names: what the program did not configure stays unset (no perpetual diff).
            for name in _ECHOED:
                if state.get(name) is None:
                    live[name] = None
        return live


KIND = Kind(
    name="RunRule",
    description="An automation rule of a project or dataset: sampled, filtered runs are evaluated, added to a "
    "dataset or annotation queue, sent to webhooks, or alerted on.",
    inputs=RunRuleInputs,
    outputs=RunRuleOutputs,
    # Requests: create 2 (the natural-key lookup, the POST), read 1 (the list with `?id=`), update 1 (the
    # PATCH answers the rule), delete 1.
    api=RunRules(
        RULES_PATH, id_filter="id", list_filter=None, paginated=False, always_send=("display_name", "sampling_rate")
    ),
    docs="The API has no item GET (the rule is read through the list) and takes no client id: a create whose "
    "response is lost is recovered by looking up `display_name` with the project or dataset. "
    "`evaluator_id`, `evaluators` and `code_evaluators` the program leaves unset are whatever the server holds "
    "(it echoes a generated evaluator id and the named evaluator's prompt or code): they never show as a diff.",
    conformance=Conformance(
        example={
            "display_name": "conformance-rule",
            "sampling_rate": 0.5,
            "filter": "eq(is_root, true)",
            "webhooks": [
                {"url": "https://hooks.example.com/rule", "headers": {"Authorization": "Bearer rule-token-1"}}
            ],
        },
        update={
            "sampling_rate": 0.2,
            "webhooks": [
                {"url": "https://hooks.example.com/rule", "headers": {"Authorization": "Bearer rule-token-2"}}
            ],
        },
        replace={"session_id": None, "dataset_id": "00000000-0000-4000-8000-000000000001"},
        invalid=(
            ({"sampling_rate": 1.5}, "sampling_rate"),
            ({"dataset_id": "00000000-0000-4000-8000-000000000001"}, "dataset_id"),
            ({"webhooks": [{"url": "http://hooks.example.com/plain"}]}, "webhooks"),
            ({"display_name": ""}, "display_name"),
        ),
        drift={"sampling_rate": 0.9},
        setup="project",
    ),
)
