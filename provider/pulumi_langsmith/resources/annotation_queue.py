"""`AnnotationQueue`: a queue of runs for human review, with its rubric (`/api/v1/annotation-queues`)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field

_Text = Annotated[str, Field(max_length=10_000)]


class ReviewerAccessMode(str, Enum):
    """Who may review the queue's runs."""

    ANY = "any"
    ASSIGNED = "assigned"


class RubricItem(BaseModel):
    """One feedback key reviewers score, with guidance."""

    model_config = ConfigDict(extra="forbid")
    feedback_key: str = Field(min_length=1, max_length=256, description="Feedback key the reviewer scores.")
    description: str | None = Field(None, max_length=10_000, description="What the key measures.")
    value_descriptions: dict[str, _Text] | None = Field(
        None, max_length=100, description="Meaning of each categorical value."
    )
    score_descriptions: dict[str, _Text] | None = Field(None, max_length=100, description="Meaning of each score.")
    is_required: bool | None = Field(None, description="Whether a review must score this key.")
    is_assertion: bool | None = Field(None, description="Whether the key is a pass/fail assertion.")


class AnnotationQueueInputs(WorkspaceScopedInputs):
    name: str = field(key=True, min_length=1, max_length=1024, description="Queue name (looked up by `?name=`).")
    description: str | None = field(None, max_length=10_000, description="What the queue is for.")
    default_dataset_id: Uuid | None = field(
        None, api_name="default_dataset", description="Dataset that reviewed runs are added to by default."
    )
    rubric_instructions: str | None = field(None, max_length=100_000, description="Instructions for reviewers.")
    rubric_items: list[RubricItem] | None = field(None, max_length=100, description="Feedback keys reviewers score.")
    num_reviewers_per_item: int | None = field(
        None, server_default=True, ge=1, le=100, description="Reviews each run needs (server default 1)."
    )
    enable_reservations: bool | None = field(
        None, server_default=True, description="Whether a reviewer reserves a run while reviewing it."
    )
    reservation_minutes: int | None = field(
        None, server_default=True, ge=1, le=10_080, description="How long a reservation lasts."
    )
    reviewer_access_mode: ReviewerAccessMode | None = field(
        None, server_default=True, description="`any` workspace member, or only `assigned` reviewers."
    )
    metadata: dict[str, Any] | None = field(None, description="Free-form metadata.")
    session_ids: list[Uuid] | None = field(
        None,
        replace=True,
        write_only=True,
        unordered=True,
        max_length=100,
        description="Projects whose runs feed the queue. Taken at creation only (the API neither returns nor "
        "changes it): changing it replaces the queue.",
    )


class AnnotationQueueOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the queue.")
    queue_type: str | None = field(None, description="`single` or `pairwise`.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last update time (ISO 8601).")
    assigned_reviewers: list[dict[str, Any]] | None = field(
        None, description="Reviewers assigned to the queue (`AnnotationQueueReviewer`)."
    )


KIND = Kind(
    name="AnnotationQueue",
    description="A LangSmith annotation queue: runs for human review, scored against a rubric.",
    inputs=AnnotationQueueInputs,
    outputs=AnnotationQueueOutputs,
    # Queue names are not unique in LangSmith (no 409 on a duplicate), so create looks the name up first
    # (`?name=`) and then POSTs with the deterministic id: 2 requests. The PATCH response is not the queue
    # (the spec gives it no schema): read back.
    api=RestCollection("/api/v1/annotation-queues", client_ids=True, key_unique=False, read_back=True),
    conformance=Conformance(
        example={
            "name": "conformance-queue",
            "description": "answers to review",
            "rubric_items": [{"feedback_key": "correctness", "description": "Is the answer right?"}],
        },
        update={"description": "answers, reviewed", "reviewer_access_mode": "assigned", "metadata": {"team": "qa"}},
        replace={"session_ids": ["00000000-0000-4000-8000-000000000001"]},
        invalid=(
            ({"name": ""}, "name"),
            ({"reviewer_access_mode": "everyone"}, "reviewer_access_mode"),
            ({"rubric_items": [{"description": "no key"}]}, "rubric_items"),
            ({"default_dataset_id": "-" * 36}, "default_dataset_id"),
        ),
        drift={"description": "changed by hand"},
    ),
)
