"""`DatasetVersionTag`: a tag (`prod`) pinned to one version of a dataset (`PUT /api/v1/datasets/{dataset_id}/tags`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ..framework import Conformance, KeyedPut, Kind, OutputsModel, Uuid, WorkspaceScopedInputs, field
from ..framework.strategies.base import Obj


class DatasetVersionTagInputs(WorkspaceScopedInputs):
    dataset_id: Uuid = field(key=True, replace=True, description="The dataset whose version is tagged.")
    tag: str = field(
        key=True, replace=True, min_length=1, max_length=128, pattern=r"^\S+$", description="The tag, e.g. `prod`."
    )
    as_of: str = field(
        "latest",
        max_length=64,
        description="The version to pin: `latest` (the latest version when the tag is put) or a time (ISO 8601): "
        "the last version made on or before it.",
    )


class DatasetVersionTagOutputs(OutputsModel):
    version_as_of: str | None = field(None, description="The `as_of` of the version the tag names (ISO 8601).")


def _validate(inputs: DatasetVersionTagInputs) -> list[tuple[str, str]]:
    if inputs.as_of != "latest":
        try:
            datetime.fromisoformat(inputs.as_of.replace("Z", "+00:00"))
        except ValueError:
            return [("as_of", "`latest` or an ISO 8601 time")]
    return []


class VersionTags(KeyedPut):
    """The API answers with the version (`as_of`), never with the input that chose it (`latest`, a time): the
    input is shown as it is while the tag still names the version it was put on, and the version's time when
    the tag was moved out of band (so the next update moves it back)."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        pinned = state.get("version_as_of")
        if state.get("as_of") and pinned and _same_time(obj.get("as_of"), pinned):
            live["as_of"] = state["as_of"]
        return live

    def outputs(self, obj: Mapping[str, Any]) -> Obj:
        return {"version_as_of": obj.get("as_of")}


def _same_time(a: Any, b: Any) -> bool:
    try:
        return datetime.fromisoformat(str(a).replace("Z", "+00:00")) == datetime.fromisoformat(
            str(b).replace("Z", "+00:00")
        )
    except ValueError:
        return False


KIND = Kind(
    name="DatasetVersionTag",
    description="A tag (e.g. `prod`) naming one version of a dataset, so evaluations read a fixed set of examples.",
    inputs=DatasetVersionTagInputs,
    outputs=DatasetVersionTagOutputs,
    # One PUT sets or moves the tag (create reads it first, to refuse a tag someone else put); the API has no
    # delete, so destroy forgets the tag (with a warning) and it keeps naming its version.
    api=VersionTags(
        "/api/v1/datasets/{dataset_id}/tags",
        "/api/v1/datasets/{dataset_id}/version",
        read_params={"tag": "tag"},
        id_template="{dataset_id}/{tag}",
    ),
    validate=_validate,
    docs=(
        "LangSmith cannot delete a version tag: destroying this resource forgets it and the tag stays where it "
        "is. Changing `as_of` moves the tag. `as_of: latest` pins the latest version at the time of the update; "
        "new examples do not move the tag."
    ),
    conformance=Conformance(
        example={"dataset_id": "set by the setup", "tag": "prod", "as_of": "latest"},
        update={"as_of": "2099-01-01T00:00:00+00:00"},
        replace={"tag": "staging"},
        invalid=(({"tag": ""}, "tag"), ({"as_of": "yesterday"}, "as_of"), ({"dataset_id": "x"}, "dataset_id")),
        drift=None,  # the setup's dataset has one version: moving the tag out of band is tested in its own file
        setup="dataset",
        delete_forgets=True,
    ),
)
