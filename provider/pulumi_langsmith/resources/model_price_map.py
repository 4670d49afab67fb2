"""`ModelPriceMap`: what a model's tokens cost, for the workspace's trace cost accounting (`/api/v1/model-price-map`).

The API has no item GET (read finds the entry in the paginated list) and replaces an entry whole with `PUT`.
Names are not unique, so create looks the name up first. Costs are sent as numbers and answered as decimal
strings: they are compared as numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Annotated, Any

from pydantic import Field, field_validator

from ..framework import Conformance, Kind, ListOnlyRead, OutputsModel, WorkspaceScopedInputs, field
from ..framework.scoped import Scoped
from ..framework.strategies import Created

Cost = Annotated[float, Field(ge=0, le=1_000_000)]


def utc_iso(value: str) -> str:
    """An ISO 8601 time in one canonical form (UTC, `Z`); a time without an offset is read as UTC."""
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    parsed = parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)
    return parsed.isoformat().replace("+00:00", "Z")


class ModelPriceMapInputs(WorkspaceScopedInputs):
    name: str = field(
        key=True,
        min_length=1,
        max_length=255,
        description="Name of the entry (usually the model's); with `adopt_existing`, the key to adopt by.",
    )
    match_pattern: str = field(
        min_length=1, max_length=1024, description="Regular expression the model name of a run must match."
    )
    match_path: list[Annotated[str, Field(min_length=1, max_length=128)]] | None = field(
        None,
        server_default=True,
        max_length=16,
        description="Where in a run's invocation parameters the model name is looked for (default: `model`, "
        "`model_name`, `model_id`, `model_path`, `endpoint_name`).",
    )
    prompt_cost: Cost = field(description="Cost of one prompt (input) token, in US dollars.")
    completion_cost: Cost = field(description="Cost of one completion (output) token, in US dollars.")
    prompt_cost_details: dict[Annotated[str, Field(max_length=64)], Cost] | None = field(
        None, max_length=16, description="Costs of kinds of prompt tokens (e.g. `cache_read`), per token."
    )
    completion_cost_details: dict[Annotated[str, Field(max_length=64)], Cost] | None = field(
        None, max_length=16, description="Costs of kinds of completion tokens (e.g. `reasoning`), per token."
    )
    provider: str | None = field(None, max_length=64, description="The model's provider (e.g. `openai`).")
    start_time: str | None = field(
        None, max_length=64, description="When the prices start to apply (ISO 8601; without an offset, UTC)."
    )

    @field_validator("match_pattern")
    @classmethod
    def _regular_expression(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
        return value

    @field_validator("start_time")
    @classmethod
    def _time(cls, value: str | None) -> str | None:
        return None if value is None else utc_iso(value)


class ModelPriceMapOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the entry.")


def _costs(values: Mapping[str, Any] | None) -> dict[str, float] | None:
    return {k: float(v) for k, v in values.items()} if values else None


class ModelPriceMaps(ListOnlyRead):
    """Requests: create 2 (the name's lookup, then the POST), read 1 (the list, page by page until found),
    update 1 (PUT), delete 1."""

    def is_gone(self, obj: Mapping[str, Any]) -> bool:
        # LangSmith's built-in prices (no tenant) are listed too: never ours, never adopted.
        return obj.get("tenant_id") is None

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live = super().live_inputs(obj, state)
        for name in ("prompt_cost", "completion_cost"):
            live[name] = float(obj[name]) if obj.get(name) is not None else None
        for name in ("prompt_cost_details", "completion_cost_details"):
            live[name] = _costs(obj.get(name))
        live["start_time"] = utc_iso(obj["start_time"]) if obj.get("start_time") else None
        return live

    def created(self, api: Scoped, inputs: Any, response: Any) -> Created:
        # The spec leaves the create response untyped: where it is not the entry, the entry is looked up.
        if isinstance(response, Mapping) and response.get("id") is not None:
            return Created(dict(response))
        return Created(self.find(api, inputs) or {})


KIND = Kind(
    name="ModelPriceMap",
    description="The price of a model's tokens, which LangSmith uses to compute the cost of traced runs.",
    inputs=ModelPriceMapInputs,
    outputs=ModelPriceMapOutputs,
    api=ModelPriceMaps("/api/v1/model-price-map", key_unique=False, list_filter="q", update_method="PUT"),
    conformance=Conformance(
        example={
            "name": "conformance-model",
            "match_pattern": "^conformance-model(-\\d+)?$",
            "prompt_cost": 0.0000025,
            "completion_cost": 0.00001,
            "prompt_cost_details": {"cache_read": 0.00000125},
            "provider": "openai",
        },
        update={"completion_cost": 0.000012, "start_time": "2026-01-01T00:00:00Z"},
        replace=None,  # only workspace_id replaces, which needs a second workspace
        invalid=(
            ({"name": ""}, "name"),
            ({"match_pattern": "(unclosed"}, "match_pattern"),
            ({"prompt_cost": -1}, "prompt_cost"),
            ({"start_time": "not a time"}, "start_time"),
        ),
        drift={"prompt_cost": 0.000003},
    ),
)
