"""Pydantic models of the spec schemas for run rules (FastAPI service) and evaluators and alert rules (Go service).

Names, fields, types and defaults follow `components/schemas` of `langsmith-platform-openapi.docs.json`; the
spec name is given where the class name differs. The Go service's structs have optional fields without a
declared default and plain `object`s; `_go` and `_all_of` make the generated schemas say so.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from ..langsmith.schemas import UtcDatetime


def _go(schema: dict[str, Any]) -> None:
    """A Go struct field: no default, and an `object` without `additionalProperties`."""
    schema.pop("default", None)
    if schema.get("type") == "object" and schema.get("additionalProperties") is True:
        del schema["additionalProperties"]


def _all_of(schema: dict[str, Any]) -> None:
    """A Go struct field documented on a referenced type: `allOf: [$ref]`, as swag writes it."""
    _go(schema)
    schema["allOf"] = [{"$ref": schema.pop("$ref")}]


def go(**kwargs: Any) -> Any:
    return Field(default=None, json_schema_extra=_go, **kwargs)


# ================================================================ run rules (FastAPI)


class CodeEvaluatorLanguage(str, Enum):
    """Spec `CodeEvaluatorLanguage`."""

    python = "python"
    javascript = "javascript"


class RunRulesAlertType(str, Enum):
    """Spec `RunRulesAlertType`."""

    pagerduty = "pagerduty"


class PagerdutySeverity(str, Enum):
    """Spec `PagerdutySeverity`."""

    critical = "critical"
    warning = "warning"
    error = "error"
    info = "info"


class RunRuleSpendLimitWindow(str, Enum):
    """Spec `RunRuleSpendLimitWindow`."""

    weekly = "weekly"


class EvaluatorStructuredOutput(BaseModel):
    """Spec `EvaluatorStructuredOutput`."""

    model_config = ConfigDict(populate_by_name=True)

    hub_ref: str | None = None
    prompt: list[tuple[str, str]] | None = None
    template_format: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    variable_mapping: dict[str, str] | None = None
    model: dict[str, Any] | None = None
    playground_settings_id: str | None = None


class EvaluatorTopLevel(BaseModel):
    """Spec `EvaluatorTopLevel`."""

    structured: EvaluatorStructuredOutput


class CodeEvaluatorTopLevel(BaseModel):
    """Spec `CodeEvaluatorTopLevel`."""

    code: str
    language: CodeEvaluatorLanguage | None = CodeEvaluatorLanguage.python


class RunRulesPagerdutyAlertSchema(BaseModel):
    """Spec `RunRulesPagerdutyAlertSchema`."""

    type: RunRulesAlertType | None = RunRulesAlertType.pagerduty
    routing_key: str
    summary: str | None = None
    severity: PagerdutySeverity | None = PagerdutySeverity.warning


class RunRulesWebhookSchema(BaseModel):
    """Spec `RunRulesWebhookSchema`."""

    url: str
    headers: dict[str, str] | None = None


class RunRuleSpendLimitInput(BaseModel):
    """Spec `RunRuleSpendLimitSchema-Input`."""

    model_config = ConfigDict(title="RunRuleSpendLimitSchema-Input")

    limit_usd: Annotated[float, Field(gt=0.0)] | str
    window: RunRuleSpendLimitWindow


class RunRuleSpendLimitOutput(BaseModel):
    """Spec `RunRuleSpendLimitSchema-Output`."""

    model_config = ConfigDict(title="RunRuleSpendLimitSchema-Output")

    limit_usd: str
    window: RunRuleSpendLimitWindow


class _RunRuleFields(BaseModel):
    display_name: str
    session_id: UUID | None = None
    is_enabled: bool = True
    dataset_id: UUID | None = None
    sampling_rate: float
    filter: str | None = None
    trace_filter: str | None = None
    tree_filter: str | None = None
    backfill_from: UtcDatetime | None = None
    use_corrections_dataset: bool = False
    num_few_shot_examples: int | None = None
    extend_only: bool = False


class RunRulesCreateSchema(_RunRuleFields):
    """Spec `RunRulesCreateSchema`."""

    is_tracing_disabled: bool = False
    extend_evaluator_trace_retention: bool = False
    extend_dataset_trace_retention: bool | None = None
    extend_annotation_queue_trace_retention: bool | None = None
    extend_webhook_trace_retention: bool | None = None
    transient: bool = False
    add_to_annotation_queue_id: UUID | None = None
    add_to_dataset_id: UUID | None = None
    add_to_dataset_prefer_correction: bool = False
    evaluators: list[EvaluatorTopLevel] | None = None
    code_evaluators: list[CodeEvaluatorTopLevel] | None = None
    evaluator_id: UUID | None = None
    alerts: list[RunRulesPagerdutyAlertSchema] | None = None
    webhooks: list[RunRulesWebhookSchema] | None = None
    evaluator_version: int | None = None
    create_alignment_queue: bool = False
    include_extended_stats: bool = False
    group_by: Literal["thread_id"] | None = None
    spend_limit: RunRuleSpendLimitInput | None = None
    tracer_session_issue_id: UUID | None = None


class RunRulesUpdateSchema(_RunRuleFields):
    """Spec `RunRulesUpdateSchema`: `display_name` and `sampling_rate` are required in every PATCH."""

    is_tracing_disabled: bool | None = None
    extend_evaluator_trace_retention: bool | None = None
    extend_dataset_trace_retention: bool | None = None
    extend_annotation_queue_trace_retention: bool | None = None
    extend_webhook_trace_retention: bool | None = None
    transient: bool = False
    add_to_annotation_queue_id: UUID | None = None
    add_to_dataset_id: UUID | None = None
    add_to_dataset_prefer_correction: bool = False
    evaluators: list[EvaluatorTopLevel] | None = None
    code_evaluators: list[CodeEvaluatorTopLevel] | None = None
    evaluator_id: UUID | None = None
    alerts: list[RunRulesPagerdutyAlertSchema] | None = None
    webhooks: list[RunRulesWebhookSchema] | None = None
    evaluator_version: int | None = None
    create_alignment_queue: bool = False
    include_extended_stats: bool = False
    group_by: Literal["thread_id"] | None = None
    spend_limit: RunRuleSpendLimitInput | None = None


class RunRulesSchema(BaseModel):
    """Spec `RunRulesSchema` (the fields the emulator fills)."""

    id: UUID
    tenant_id: UUID
    is_enabled: bool = True
    session_id: UUID | None = None
    session_name: str | None = None
    dataset_id: UUID | None = None
    dataset_name: str | None = None
    display_name: str
    sampling_rate: float
    filter: str | None = None
    trace_filter: str | None = None
    tree_filter: str | None = None
    add_to_annotation_queue_id: UUID | None = None
    add_to_dataset_id: UUID | None = None
    add_to_dataset_prefer_correction: bool = False
    use_corrections_dataset: bool = False
    num_few_shot_examples: int | None = None
    evaluators: list[EvaluatorTopLevel] | None = None
    code_evaluators: list[CodeEvaluatorTopLevel] | None = None
    alerts: list[RunRulesPagerdutyAlertSchema] | None = None
    webhooks: list[RunRulesWebhookSchema] | None
    extend_only: bool = False
    is_tracing_disabled: bool = False
    transient: bool = False
    include_extended_stats: bool = False
    created_at: UtcDatetime
    updated_at: UtcDatetime
    backfill_from: UtcDatetime | None = None
    evaluator_version: int
    evaluator_id: UUID | None = None
    group_by: Literal["thread_id"] | None = None
    spend_limit: RunRuleSpendLimitOutput | None = None


# ================================================================ evaluators (Go)


class EvaluatorType(str, Enum):
    """Spec `evaluators.EvaluatorType`."""

    llm = "llm"
    code = "code"


class CodeEvaluator(BaseModel):
    """Spec `evaluators.CodeEvaluator`."""

    code: str = go()
    evaluator_id: str = go()
    language: str = go()


class LLMEvaluator(BaseModel):
    """Spec `evaluators.LLMEvaluator`."""

    annotation_queue_id: str = go()
    commit_hash_or_tag: str = go()
    corrections_dataset_id: str = go()
    evaluator_id: str = go()
    num_few_shot_examples: int = go()
    prompt_id: str = go()
    prompt_repo_handle: str = go()
    use_corrections_dataset: bool = go()
    variable_mapping: dict[str, Any] = go()


class SpendLimit(BaseModel):
    """Spec `evaluators.SpendLimit`."""

    limit_usd: float = go()
    utilization_pct: float = go()
    window: str = go()


class EvaluatorRunRule(BaseModel):
    """Spec `evaluators.EvaluatorRunRule`: a rule that uses the evaluator."""

    corrections_dataset_id: str = go()
    dataset_id: str = go()
    dataset_name: str = go()
    group_by: str = go()
    id: str = go()
    num_few_shot_examples: int = go()
    session_id: str = go()
    session_name: str = go()
    spend_limit: SpendLimit = Field(default=None, json_schema_extra=_all_of)  # type: ignore[assignment]
    spend_usd: float = go()
    trace_count: int = go()
    use_corrections_dataset: bool = go()


class Evaluator(BaseModel):
    """Spec `evaluators.Evaluator`."""

    code_evaluator: CodeEvaluator = go()
    created_at: str = go()
    created_by: str = go()
    feedback_keys: list[str] = go()
    id: str = go()
    is_managed: bool = go()
    llm_evaluator: LLMEvaluator = Field(default=None, json_schema_extra=_all_of)  # type: ignore[assignment]
    name: str = go()
    run_rules: list[EvaluatorRunRule] = go()
    tenant_id: str = go()
    type: EvaluatorType = go()
    updated_at: str = go()


class EvaluatorEnvelope(BaseModel):
    """Spec `evaluators.CreateEvaluatorResponse` and `evaluators.UpdateEvaluatorResponse`."""

    evaluator: Evaluator = go()


class ListEvaluatorsResponse(BaseModel):
    """Spec `evaluators.ListEvaluatorsResponse`."""

    evaluators: list[Evaluator] = go()
    total: int = go()


class CreateCodeEvaluatorRequest(BaseModel):
    """Spec `evaluators.CreateCodeEvaluatorRequest`."""

    code: str = go()
    language: str = go()


class CreateLLMEvaluatorRequest(BaseModel):
    """Spec `evaluators.CreateLLMEvaluatorRequest`."""

    commit_hash_or_tag: str = go()
    playground_settings_id: str = go()
    prompt_repo_handle: str = go()
    variable_mapping: dict[str, Any] = go()


class CreateEvaluatorRequest(BaseModel):
    """Spec `evaluators.CreateEvaluatorRequest`."""

    code_evaluator: CreateCodeEvaluatorRequest = go()
    llm_evaluator: CreateLLMEvaluatorRequest = go()
    name: str = go()
    type: EvaluatorType = go()


class UpdateCodeEvaluatorRequest(BaseModel):
    """Spec `evaluators.UpdateCodeEvaluatorRequest`."""

    code: str = go()
    language: str = go()


class UpdateLLMEvaluatorRequest(BaseModel):
    """Spec `evaluators.UpdateLLMEvaluatorRequest`."""

    commit_hash_or_tag: str = go()
    num_few_shot_examples: int = go()
    playground_settings_id: str = go()
    prompt_repo_handle: str = go()
    use_corrections_dataset: bool = go()
    variable_mapping: dict[str, Any] = go()


class UpdateEvaluatorRequest(BaseModel):
    """Spec `evaluators.UpdateEvaluatorRequest` (the type cannot change)."""

    code_evaluator: UpdateCodeEvaluatorRequest = go()
    llm_evaluator: UpdateLLMEvaluatorRequest = go()
    name: str = go()


# ================================================================ alert rules (Go)

AlertAggregation = Literal["avg", "sum", "pct"]
AlertAttribute = Literal["latency", "error_count", "feedback_score", "run_latency", "run_count", "total_cost"]
AlertOperator = Literal["gte", "lte", "gt", "lt"]
AlertType = Literal["threshold", "change"]
AlertTarget = Literal["pagerduty", "webhook", "dynatrace", "slack"]


class AlertRuleBase(BaseModel):
    """Spec `alerts.AlertRuleBase`."""

    aggregation: AlertAggregation
    attribute: AlertAttribute
    denominator_filter: str = go()
    description: str
    filter: str = go()
    id: str = go()
    name: str
    operator: AlertOperator
    threshold: float = go()
    threshold_multiplier: float = go()
    threshold_window_minutes: int = Field(default=None, le=60, json_schema_extra=_go)  # type: ignore[assignment]
    type: AlertType
    window_minutes: int = Field(ge=1, le=60)


class AlertActionBase(BaseModel):
    """Spec `alerts.AlertActionBase`."""

    alert_rule_id: str = go()
    config: dict[str, Any] = Field(json_schema_extra=_go)
    id: str = go()
    target: AlertTarget


class CreateAlertRuleRequest(BaseModel):
    """Spec `alerts.CreateAlertRuleRequest` (and `alerts.UpdateAlertRuleRequest`: the whole rule and actions)."""

    actions: list[AlertActionBase]
    rule: AlertRuleBase


class AlertRule(AlertRuleBase):
    """Spec `alerts.AlertRule`."""

    created_at: str = go()
    session_id: str = go()
    session_name: str = go()
    updated_at: str = go()


class AlertAction(AlertActionBase):
    """Spec `alerts.AlertAction`."""

    created_at: str = go()
    updated_at: str = go()


class AlertRuleResponse(BaseModel):
    """Spec `alerts.AlertRuleResponse`."""

    actions: list[AlertAction] = go()
    rule: AlertRule = go()
