"""`FeedbackFormula`: a feedback key computed from weighted other keys, for a dataset's experiments or a
project (`/api/v1/feedback/formulas`)."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field


class Aggregation(str, Enum):
    SUM = "sum"
    AVG = "avg"


class FormulaPart(BaseModel):
    """One weighted feedback key of the formula."""

    model_config = ConfigDict(extra="forbid")
    part_type: Literal["weighted_key"] = Field("weighted_key", description="Always `weighted_key`.")
    key: str = Field(min_length=1, max_length=256, description="The feedback key.")
    weight: float = Field(ge=-1e6, le=1e6, description="Its weight.")


class FeedbackFormulaInputs(WorkspaceScopedInputs):
    feedback_key: str = field(key=True, min_length=1, max_length=256, description="The computed feedback key.")
    dataset_id: Uuid | None = field(
        None, key=True, replace=True, description="Dataset whose experiments get the key (or `session_id`)."
    )
    session_id: Uuid | None = field(
        None, key=True, replace=True, description="Project whose runs get the key (or `dataset_id`)."
    )
    aggregation_type: Aggregation = field(description="`sum` or `avg` of the weighted keys.")
    formula_parts: list[FormulaPart] = field(min_length=1, max_length=50, description="The weighted keys.")


class FeedbackFormulaOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    modified_at: str | None = field(None, description="Last modification time (ISO 8601).")


def _validate(inputs: FeedbackFormulaInputs) -> list[tuple[str, str]]:
    if (inputs.dataset_id is None) == (inputs.session_id is None):
        return [("dataset_id", "set exactly one of dataset_id and session_id")]
    return []


KIND = Kind(
    name="FeedbackFormula",
    description="A feedback key computed from other keys (weighted sum or average) for a dataset or project.",
    inputs=FeedbackFormulaInputs,
    outputs=FeedbackFormulaOutputs,
    # No client ids and no uniqueness in the API: create looks the (key, dataset|project) up in the list
    # first, then POSTs (recovered by the same lookup after a lost response). Every PUT repeats the key,
    # the aggregation and the parts; the dataset or project cannot change (it replaces).
    api=RestCollection(
        "/api/v1/feedback/formulas",
        key_unique=False,
        update_method="PUT",
        list_filter=None,
        always_send=("feedback_key", "aggregation_type", "formula_parts"),
    ),
    validate=_validate,
    conformance=Conformance(
        example={
            "feedback_key": "conformance-score",
            "dataset_id": "set by the setup",
            "aggregation_type": "avg",
            "formula_parts": [{"key": "correctness", "weight": 0.7}, {"key": "helpfulness", "weight": 0.3}],
        },
        update={"aggregation_type": "sum", "formula_parts": [{"key": "correctness", "weight": 1}]},
        replace={"dataset_id": "00000000-0000-4000-8000-000000000003"},
        invalid=(
            ({"feedback_key": ""}, "feedback_key"),
            ({"formula_parts": []}, "formula_parts"),
            ({"aggregation_type": "max"}, "aggregation_type"),
            ({"dataset_id": None}, "dataset_id"),
        ),
        drift={"aggregation_type": "sum"},
        setup="dataset",
    ),
)
