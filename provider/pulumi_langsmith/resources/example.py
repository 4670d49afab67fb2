"""`Example`: one example of a dataset (`/api/v1/examples`): inputs, reference outputs and metadata."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field
from ..framework.strategies.base import Obj

SPLIT_KEY = "dataset_split"
"""Where LangSmith keeps an example's split membership: a key of its metadata, managed by `DatasetSplit`."""


class ExampleInputs(WorkspaceScopedInputs):
    dataset_id: Uuid = field(replace=True, description="The dataset the example belongs to.")
    inputs: dict[str, Any] = field(description="The example's inputs (what the application under test receives).")
    outputs: dict[str, Any] | None = field(None, description="Reference outputs (what a good answer looks like).")
    metadata: dict[str, Any] | None = field(
        None,
        description=f"Free-form metadata. The `{SPLIT_KEY}` key is LangSmith's split membership: it is left to "
        "`DatasetSplit` (neither read nor overwritten here).",
    )


class ExampleOutputs(OutputsModel):
    name: str | None = field(None, description="The name LangSmith gives the example.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    modified_at: str | None = field(None, description="Time of the dataset version that last wrote it (ISO 8601).")


def _without_split(metadata: Any) -> Any:
    if not isinstance(metadata, Mapping):
        return metadata
    return {k: v for k, v in metadata.items() if k != SPLIT_KEY} or None


class Examples(RestCollection):
    """Examples keep split membership in `metadata.dataset_split`, and a PATCH of `metadata` replaces it whole:
    the key is hidden from reads, and a metadata update (read first: one more GET) sends the live splits back,
    so managing metadata never moves an example out of its splits."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        live["metadata"] = _without_split(live.get("metadata"))
        return live

    def create_body(self, inputs: Any, object_id: str | None) -> Obj:
        body = super().create_body(inputs, object_id)
        if isinstance(body.get("metadata"), Mapping):
            body["metadata"] = _without_split(body["metadata"])
        return body

    def merge_live(self, body: Obj, live: Mapping[str, Any]) -> Obj:
        merged = super().merge_live(body, live)
        if "metadata" in merged:
            splits = (live.get("metadata") or {}).get(SPLIT_KEY)
            metadata = _without_split(merged["metadata"]) or {}
            merged["metadata"] = {**metadata, SPLIT_KEY: splits} if splits is not None else metadata or None
        return merged


KIND = Kind(
    name="Example",
    description="An example of a LangSmith dataset: inputs, reference outputs and metadata.",
    inputs=ExampleInputs,
    outputs=ExampleOutputs,
    # Client ids make the create idempotent. Each write (create, update, delete) is a new version of the dataset
    # (a new `as_of`, which `DatasetVersionTag` can pin). The PATCH answers with a message: read back.
    api=Examples("/api/v1/examples", client_ids=True, read_back=True, merge_live_on=("metadata",)),
    docs=(
        "Every create, update and delete of an example makes a new version of its dataset; pin one with "
        "`DatasetVersionTag` (e.g. `prod`) so evaluations read a fixed set of examples. Split membership "
        "(`metadata.dataset_split`) belongs to `DatasetSplit`: this resource neither shows nor changes it."
    ),
    conformance=Conformance(
        example={
            "dataset_id": "set by the setup",
            "inputs": {"question": "What is 2 + 2?"},
            "outputs": {"answer": "4"},
            "metadata": {"source": "handwritten"},
        },
        update={"outputs": {"answer": "four"}, "metadata": {"source": "reviewed"}},
        replace={"dataset_id": "00000000-0000-4000-8000-000000000003"},
        invalid=(({"dataset_id": "not-a-uuid"}, "dataset_id"), ({"inputs": None}, "inputs")),
        drift={"outputs": {"answer": "5"}},
        setup="dataset",
    ),
)
