"""`DatasetSplit`: which examples of a dataset are in a named split (`PUT /api/v1/datasets/{dataset_id}/splits`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import Conformance, Kind, MemberSet, OutputsModel, Uuid, WorkspaceScopedInputs, field


class DatasetSplitInputs(WorkspaceScopedInputs):
    dataset_id: Uuid = field(key=True, replace=True, description="The dataset whose examples are split.")
    split_name: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=128,
        pattern=r"^\S(.*\S)?$",
        description="The split, e.g. `test` (examples start in `base`).",
    )
    example_ids: list[Uuid] = field(
        unordered=True,
        min_length=1,
        max_length=10000,
        description="The examples in the split (order is no change). Examples of the dataset not listed are "
        "not in it: members added by hand show as drift, and the next update takes them out.",
    )


class DatasetSplitOutputs(OutputsModel):
    pass


def _validate(inputs: DatasetSplitInputs) -> list[tuple[str, str]]:
    if len(set(inputs.example_ids)) != len(inputs.example_ids):
        return [("example_ids", "an example is listed twice")]
    return []


def _members_query(values: Mapping[str, Any]) -> dict[str, Any]:
    # Membership is visible only through the examples (`GET /datasets/{id}/splits` lists names): the examples
    # of the dataset in this split, ids only.
    return {"dataset": values["dataset_id"], "splits": [values["split_name"]], "select": ["id"]}


KIND = Kind(
    name="DatasetSplit",
    description="A named split of a dataset's examples (e.g. `test`), so evaluations can run on part of it.",
    inputs=DatasetSplitInputs,
    outputs=DatasetSplitOutputs,
    # The API has no split object: a PUT adds examples to a split (or, with `remove`, takes them out), and the
    # split exists while an example is in it. Every PUT is a new version of the dataset.
    api=MemberSet(
        "/api/v1/datasets/{dataset_id}/splits",
        names="/api/v1/datasets/{dataset_id}/splits",
        listing="/api/v1/examples",
        listing_params=_members_query,
        name_input="split_name",
        members_input="example_ids",
        name_field="split_name",
        members_field="examples",
        remove_flag="remove",
        id_template="{dataset_id}/{split_name}",
    ),
    validate=_validate,
    docs=(
        "LangSmith keeps no split object: a split is the set of examples that carry its name (in their "
        "`metadata.dataset_split`). Creating this resource adds the examples to the split, an update adds and "
        "removes the difference (one request each way), and destroy takes every example out of the split, "
        "so it is gone (the examples stay, in their other splits). Each change is a new dataset version. "
        "`Example` neither shows nor changes split membership, so the two can manage the same examples."
    ),
    conformance=Conformance(
        example={"dataset_id": "set by the setup", "split_name": "golden", "example_ids": ["set by the setup"]},
        update={"example_ids": ["set by the setup"]},
        replace={"split_name": "holdout"},
        invalid=(
            ({"split_name": ""}, "split_name"),
            ({"example_ids": []}, "example_ids"),
            ({"example_ids": ["not-a-uuid"]}, "example_ids"),
            ({"dataset_id": "x"}, "dataset_id"),
        ),
        drift={"example_ids": ["set by the setup"]},
        setup="dataset_with_examples",
    ),
)
