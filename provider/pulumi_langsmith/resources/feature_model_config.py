"""`FeatureModelConfig`: which model a LangSmith feature uses by default in a workspace, and which models (or
whole providers) it must not offer (the Go `/v1/platform/features`).

One setting over two endpoints: `PUT …/{feature}/default-model` sets the default (`DELETE` restores the
built-in one), and the disabled models are reconciled one by one (`PUT …/disabled-models` disables one,
`DELETE …/disabled-models/{model}` re-enables it). The listing reports the effective disabled set, which
includes the providers the organization disables: those are not the workspace's to change, so they are left
out of `disabled_models` and reported in `org_disabled_providers`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator

from ..framework import Conformance, Kind, OutputsModel, ReconciledSetting, WorkspaceInputs, field

FEATURES = "/v1/platform/features"
Model = Annotated[str, Field(min_length=1, max_length=256, pattern=r"^\S+$")]


class FeatureModelConfigInputs(WorkspaceInputs):
    feature: str = field(
        replace=True,
        min_length=1,
        max_length=64,
        pattern=r"^[a-z][a-z0-9_-]*$",
        description="The feature (e.g. `playground`, `evaluators`, `agent_builder`). Changing it replaces the "
        "resource.",
    )
    default_model: Model | None = field(
        None,
        server_default=True,
        description="The feature's default model (`provider:model`, e.g. `openai:gpt-4o`); unset leaves it as it is.",
    )
    disabled_models: list[Model] | None = field(
        None,
        unordered=True,
        max_length=256,
        description="Models (`provider:model`) or whole providers (`anthropic`) the feature must not offer; "
        "exactly these are disabled (an empty list enables every one); unset leaves them as they are.",
    )

    @field_validator("disabled_models")
    @classmethod
    def _distinct(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("lists a model more than once")
        return None if value is None else sorted(value)


class FeatureModelConfigOutputs(OutputsModel):
    org_disabled_providers: list[str] | None = field(
        None, description="Providers the organization disables for the feature (not the workspace's to enable)."
    )


DOCS = """\
**Destroy restores the defaults.** The API can undo both parts: destroy restores the feature's built-in
default model (when this resource set one) and re-enables the models listed in `disabled_models`, including
any that were already disabled when the resource first adopted the feature. A part left unset is never
touched.

**Adoption.** A feature's settings always exist, so create takes them over as they are and brings the parts
the program sets to its inputs (there is nothing to refuse, so there is no `adopt_existing`).
"""

KIND = Kind(
    name="FeatureModelConfig",
    description="The default model of a LangSmith feature in a workspace, and the models it must not offer.",
    inputs=FeatureModelConfigInputs,
    outputs=FeatureModelConfigOutputs,
    api=ReconciledSetting(
        FEATURES,
        key="feature",
        values={"default_model": FEATURES + "/{feature}/default-model"},
        sets={
            "disabled_models": (
                FEATURES + "/{feature}/disabled-models",
                FEATURES + "/{feature}/disabled-models/{member}",
            )
        },
        body_field="model",
        read_only={"disabled_models": "org_disabled_providers"},
    ),
    docs=DOCS,
    conformance=Conformance(
        example={"feature": "evaluators", "default_model": "openai:gpt-4o-mini", "disabled_models": ["anthropic"]},
        update={"default_model": "openai:gpt-4o", "disabled_models": ["anthropic", "openai:o1"]},
        replace={"feature": "agent_builder"},
        invalid=(
            ({"feature": "Evaluators!"}, "feature"),
            ({"default_model": ""}, "default_model"),
            ({"disabled_models": ["anthropic", "anthropic"]}, "disabled_models"),
            ({"disabled_models": ["has space"]}, "disabled_models[0]"),
        ),
        drift={"default_model": "anthropic:claude-sonnet-4"},
        delete_forgets=True,
    ),
)
