"""`FeedbackConfig`: how a feedback key is scored in a workspace (`/api/v1/feedback-configs`)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..framework import Conformance, KeyedCollection, Kind, OutputsModel, WorkspaceScopedInputs, field


class FeedbackType(str, Enum):
    CONTINUOUS = "continuous"
    CATEGORICAL = "categorical"
    FREEFORM = "freeform"


class FeedbackCategory(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: float = Field(ge=-1e12, le=1e12, description="The category's score.")
    label: str | None = Field(None, min_length=1, max_length=256, description="The category's label.")


class FeedbackScoring(BaseModel):
    """The API's `FeedbackConfig`: the type of the feedback and its range or categories."""

    model_config = ConfigDict(extra="forbid")
    type: FeedbackType = Field(description="`continuous`, `categorical` or `freeform`.")
    min: float | None = Field(None, ge=-1e12, le=1e12, description="Lowest score (continuous).")
    max: float | None = Field(None, ge=-1e12, le=1e12, description="Highest score (continuous).")
    categories: list[FeedbackCategory] | None = Field(None, max_length=100, description="The categories (categorical).")


class FeedbackConfigInputs(WorkspaceScopedInputs):
    feedback_key: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=256,
        description="The feedback key (the config's address; changing it replaces the config).",
    )
    feedback_config: FeedbackScoring = field(description="Type of the feedback and its range or categories.")
    is_lower_score_better: bool | None = field(
        None, server_default=True, description="Whether lower scores are better (server default false)."
    )


class FeedbackConfigOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the config.")
    modified_at: str | None = field(None, description="Last modification time (ISO 8601).")


def _validate(inputs: FeedbackConfigInputs) -> list[tuple[str, str]]:
    scoring = inputs.feedback_config
    failures = []
    if scoring.type is FeedbackType.CATEGORICAL and not scoring.categories:
        failures.append(("feedback_config.categories", "a categorical config needs categories"))
    if scoring.min is not None and scoring.max is not None and scoring.min > scoring.max:
        failures.append(("feedback_config.min", "is greater than max"))
    return failures


class FeedbackConfigs(KeyedCollection):
    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live = super().live_inputs(obj, state)
        # The API echoes unset range and category fields as nulls: not a difference from inputs that omit them.
        scoring = {k: v for k, v in (live.get("feedback_config") or {}).items() if v is not None}
        wanted = FeedbackScoring.model_validate(scoring).model_dump(mode="json") if scoring else None
        return {**live, "feedback_config": wanted}


KIND = Kind(
    name="FeedbackConfig",
    description="The scoring of a feedback key in a workspace (continuous range, categories or free form).",
    inputs=FeedbackConfigInputs,
    outputs=FeedbackConfigOutputs,
    # No item path: POST creates, `GET ?key=` reads, `PATCH` (key in the body) updates, `DELETE
    # ?feedback_key=` deletes. A key that has a config already is a 409.
    api=FeedbackConfigs("/api/v1/feedback-configs", key="feedback_key", read_param="key", delete_param="feedback_key"),
    validate=_validate,
    conformance=Conformance(
        example={
            "feedback_key": "conformance-correctness",
            "feedback_config": {"type": "continuous", "min": 0, "max": 1},
        },
        update={
            "feedback_config": {
                "type": "categorical",
                "categories": [{"value": 0, "label": "no"}, {"value": 1, "label": "yes"}],
            },
            "is_lower_score_better": True,
        },
        replace={"feedback_key": "conformance-helpfulness"},
        invalid=(
            ({"feedback_key": ""}, "feedback_key"),
            ({"feedback_config": {"type": "stars"}}, "feedback_config"),
            ({"feedback_config": {"type": "categorical"}}, "feedback_config.categories"),
        ),
        drift={"feedback_config": {"type": "freeform"}},
    ),
)
