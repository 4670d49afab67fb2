"""`DatasetShare`: a public share of a dataset (`/api/v1/datasets/{dataset_id}/share`)."""

from __future__ import annotations

from ..framework import Conformance, KeyedPut, Kind, OutputsModel, Uuid, WorkspaceScopedInputs, field


class DatasetShareInputs(WorkspaceScopedInputs):
    dataset_id: Uuid = field(key=True, replace=True, description="The dataset to share publicly.")


class DatasetShareOutputs(OutputsModel):
    share_token: str | None = field(
        None,
        secret=True,
        description="The share token: anyone who has it can read the dataset and its examples (a capability).",
    )


KIND = Kind(
    name="DatasetShare",
    description="A public share of a dataset: a token that lets anyone read its examples, without an account.",
    inputs=DatasetShareInputs,
    outputs=DatasetShareOutputs,
    # PUT shares (and answers with the same token when the dataset is shared already); GET answers null when it is
    # not shared; DELETE unshares. Create reads first, to refuse a share someone else made (adopt_existing takes it).
    api=KeyedPut(
        "/api/v1/datasets/{dataset_id}/share",
        "/api/v1/datasets/{dataset_id}/share",
        id_template="{dataset_id}",
        delete="/api/v1/datasets/{dataset_id}/share",
    ),
    docs=(
        "A shared dataset is public to whoever holds the token: the policy pack's `langsmith-no-public-dataset-shares` "
        "flags every share (advisory by default)."
    ),
    conformance=Conformance(
        example={"dataset_id": "set by the setup"},
        update={},
        replace={"dataset_id": "00000000-0000-4000-8000-000000000003"},
        invalid=(({"dataset_id": "not-a-uuid"}, "dataset_id"),),
        drift=None,
        setup="dataset",
    ),
)
