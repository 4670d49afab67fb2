"""`HubEnvironment`: the workspace's prompt hub environments (`/api/v1/hub/environments`), one record per workspace."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field, field_validator

from ..framework import Conformance, Kind, OutputsModel, PostedSingleton, WorkspaceInputs, field
from ..framework.strategies.base import Obj

EnvironmentName = Annotated[str, Field(min_length=1, max_length=64)]


class HubEnvironmentInputs(WorkspaceInputs):
    environments: list[EnvironmentName] = field(
        min_length=1,
        max_length=4,
        description="The environment names prompts are promoted through, in order (1 to 4, unique), e.g. "
        '`["dev", "staging", "prod"]`.',
    )

    @field_validator("environments")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("lists an environment more than once")
        return value


class HubEnvironmentOutputs(OutputsModel):
    pass


class HubEnvironments(PostedSingleton):
    """The API holds the list as `[{"name": ...}]`; the input is the names."""

    def to_api(self, inputs: Any, fields: Any = None) -> Obj:
        names = inputs.model_dump(mode="json")["environments"]
        return {"environments": [{"name": n} for n in names]}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        return {"environments": [e.get("name") for e in obj.get("environments") or []]}


KIND = Kind(
    name="HubEnvironment",
    description="The workspace's prompt hub environments (e.g. dev, staging, prod): one list per workspace.",
    inputs=HubEnvironmentInputs,
    outputs=HubEnvironmentOutputs,
    api=HubEnvironments("/api/v1/hub/environments"),
    docs=(
        "A workspace has at most one environment list. When it has one already, create adopts it (LangSmith "
        "answers the create with 409) and sets it to the program's list; destroy deletes the list. Declare it "
        "once per workspace."
    ),
    conformance=Conformance(
        example={"environments": ["dev", "staging", "prod"]},
        update={"environments": ["dev", "prod"]},
        replace=None,
        invalid=(
            ({"environments": []}, "environments"),
            ({"environments": ["a", "b", "c", "d", "e"]}, "environments"),
            ({"environments": ["dev", "dev"]}, "environments"),
            ({"environments": ["x" * 65]}, "environments"),
        ),
        drift={"environments": ["qa"]},
    ),
)
