"""Annotation queues, reviewers, feedback configs and formulas: request and response models (spec
`AnnotationQueue*`, `annotationqueues.AddReviewer*`, `*FeedbackConfigSchema`, `FeedbackFormula*` of
`langsmith-platform-openapi.docs.json`)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any, Literal
from uuid import UUID, uuid4

from pydantic import BaseModel, Field

from ..langsmith.schemas import utcnow


class Missing(BaseModel):
    """Spec `Missing`: the API's marker for "not sent" in PATCH bodies."""

    missing: Literal["__missing__"] = Field(alias="__missing__")


MISSING: dict[str, str] = {"__missing__": "__missing__"}


class AnnotationQueueRubricItemSchema(BaseModel):
    """Spec `AnnotationQueueRubricItemSchema`."""

    feedback_key: str
    description: str | None = None
    value_descriptions: dict[str, str] | None = None
    score_descriptions: dict[str, str] | None = None
    is_required: bool | None = None
    is_assertion: bool | None = None


class AnnotationQueueCreateSchema(BaseModel):
    """Spec `AnnotationQueueCreateSchema`."""

    description: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    num_reviewers_per_item: int | None = 1
    enable_reservations: bool | None = True
    reservation_minutes: int | None = 1
    reviewer_access_mode: str = "any"
    name: str
    id: UUID = Field(default_factory=uuid4)
    default_dataset: UUID | None = None
    rubric_items: list[AnnotationQueueRubricItemSchema] | None = None
    rubric_instructions: str | None = None
    session_ids: list[UUID] | None = None
    metadata: dict[str, Any] | None = None


class ReviewerAccessMode(str, Enum):
    any = "any"
    assigned = "assigned"


class AnnotationQueueUpdateSchema(BaseModel):
    """Spec `AnnotationQueueUpdateSchema` (`Missing` marks fields left as they are)."""

    name: str | None = None
    description: str | None = None
    default_dataset: UUID | None = None
    num_reviewers_per_item: int | Missing | None = 1
    enable_reservations: bool = True
    reservation_minutes: int | None = None
    rubric_items: list[AnnotationQueueRubricItemSchema] | None = None
    rubric_instructions: str | None = None
    metadata: dict[str, Any] | Missing | None = {"__missing__": "__missing__"}
    reviewer_access_mode: ReviewerAccessMode | None = None


class AssignedReviewerSchema(BaseModel):
    """Spec `AssignedReviewerSchema`."""

    id: UUID
    name: str | None = None
    email: str | None = None


class QueueType(str, Enum):
    single = "single"
    pairwise = "pairwise"


class AnnotationQueueSchema(BaseModel):
    """Spec `AnnotationQueueSchema`."""

    description: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    num_reviewers_per_item: int | None = 1
    enable_reservations: bool | None = True
    reservation_minutes: int | None = 1
    reviewer_access_mode: str = "any"
    name: str
    id: UUID
    tenant_id: UUID
    source_rule_id: UUID | None = None
    run_rule_id: UUID | None = None
    default_dataset: UUID | None = None
    queue_type: QueueType
    metadata: dict[str, Any] | None = None
    assigned_reviewers: list[AssignedReviewerSchema] = []


class AnnotationQueueSchemaWithSize(AnnotationQueueSchema):
    """Spec `AnnotationQueueSchemaWithSize`."""

    total_runs: int


class AnnotationQueueSchemaWithRubric(AnnotationQueueSchema):
    """Spec `AnnotationQueueSchemaWithRubric`."""

    rubric_items: list[AnnotationQueueRubricItemSchema] | None = None
    rubric_instructions: str | None = None


class AddReviewerRequest(BaseModel):
    """Spec `annotationqueues.AddReviewerRequest`."""

    identity_id: str


class AddReviewerResponse(BaseModel):
    """Spec `annotationqueues.AddReviewerResponse`."""

    identity_id: str = Field(default_factory=str)


class FeedbackType(str, Enum):
    continuous = "continuous"
    categorical = "categorical"
    freeform = "freeform"


class FeedbackCategory(BaseModel):
    """Spec `FeedbackCategory`."""

    value: float
    label: str | None = Field(None, min_length=1)


class FeedbackConfig(BaseModel):
    """Spec `FeedbackConfig`."""

    type: FeedbackType
    min: float | None = None
    max: float | None = None
    categories: list[FeedbackCategory] | None = None


class CreateFeedbackConfigSchema(BaseModel):
    """Spec `CreateFeedbackConfigSchema`."""

    feedback_key: str
    feedback_config: FeedbackConfig
    is_lower_score_better: bool | None = False


class UpdateFeedbackConfigSchema(BaseModel):
    """Spec `UpdateFeedbackConfigSchema`."""

    feedback_key: str
    feedback_config: FeedbackConfig | None = None
    is_lower_score_better: bool | None = None


class FeedbackConfigSchema(BaseModel):
    """Spec `FeedbackConfigSchema`."""

    feedback_key: str
    feedback_config: FeedbackConfig
    tenant_id: UUID
    modified_at: datetime
    is_lower_score_better: bool | None = None


class FeedbackFormulaWeightedVariable(BaseModel):
    """Spec `FeedbackFormulaWeightedVariable`."""

    part_type: Literal["weighted_key"]
    weight: float
    key: str = Field(min_length=1)


class AggregationType(str, Enum):
    sum = "sum"
    avg = "avg"


class FeedbackFormulaUpdate(BaseModel):
    """Spec `FeedbackFormulaUpdate`."""

    feedback_key: str
    aggregation_type: AggregationType
    formula_parts: list[FeedbackFormulaWeightedVariable] = Field(min_length=1, max_length=50)


class FeedbackFormulaCreate(FeedbackFormulaUpdate):
    """Spec `FeedbackFormulaCreate`."""

    dataset_id: UUID | None = None
    session_id: UUID | None = None


class FeedbackFormula(FeedbackFormulaCreate):
    """Spec `FeedbackFormula`."""

    id: UUID
    created_at: datetime
    modified_at: datetime
