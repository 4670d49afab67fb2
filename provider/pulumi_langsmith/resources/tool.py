"""`Tool`: a workspace tool (`/v1/platform/tools`, the Go service), addressed by its handle.

A tool is a name, a description and a JSON Schema of its parameters (and optionally of what it returns),
under a handle unique in the workspace (a duplicate is a 409). The item routes take the handle
(`/tools/{handle}`), which the update payload cannot change: a new handle replaces the tool.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field

TOOLS_PATH = "/v1/platform/tools"

#: Object inputs the API echoes as `{}` when unset (Go maps), and clears only when sent as `{}`.
_OBJECT_FIELDS = ("returns", "metadata")


class ToolInputs(WorkspaceScopedInputs):
    handle: str = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=128,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="The tool's handle, unique in its workspace (its address in the API); a change replaces it.",
    )
    name: str = field(min_length=1, max_length=255, description="Display name.")
    description: str = field(min_length=1, max_length=4096, description="What the tool does (shown to models).")
    parameters: dict[str, Any] = field(description="JSON Schema of the tool's arguments.", max_length=256)
    returns: dict[str, Any] | None = field(None, description="JSON Schema of what the tool returns.", max_length=256)
    metadata: dict[str, Any] | None = field(None, description="Free-form metadata.", max_length=256)
    enabled: bool = field(True, description="Whether the tool can be used.")


class ToolOutputs(OutputsModel):
    tenant_id: str | None = field(None, description="Workspace that holds the tool.")
    created_at: str | None = field(None, description="Creation time.")
    updated_at: str | None = field(None, description="Last update time.")


class Tools(RestCollection):
    """Tools: an unset `returns`/`metadata` is read back as `{}` (not a difference) and cleared with `{}`."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
        live = super().live_inputs(obj, state)
        return {**live, **{k: live.get(k) or None for k in _OBJECT_FIELDS}}

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> dict[str, Any]:
        # The API applies the fields it finds non-null: a null would leave the old schema or metadata in place.
        body = super().update_body(old, new, changed, live)
        return {k: ({} if v is None and k in _OBJECT_FIELDS else v) for k, v in body.items()}


KIND = Kind(
    name="Tool",
    description="A tool of a LangSmith workspace (handle, description, parameter schema), usable by prompts and agents.",
    inputs=ToolInputs,
    outputs=ToolOutputs,
    # The handle is unique (409), so the POST goes first; a 409 or a lost response reads `/tools/{handle}`.
    api=Tools(TOOLS_PATH, TOOLS_PATH + "/{handle}", key_item=True, lookup_first=False),
    docs="The tool is addressed by its `handle` (`/tools/{handle}`); a tool with the handle already in the "
    "workspace is refused at create unless `adopt_existing`.",
    conformance=Conformance(
        example={
            "handle": "conformance-weather",
            "name": "Weather",
            "description": "Current weather for a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
        update={"description": "Current weather and forecast for a city.", "metadata": {"team": "agents"}},
        replace={"handle": "conformance-weather-v2"},
        invalid=(({"handle": ""}, "handle"), ({"handle": "has space"}, "handle"), ({"name": ""}, "name")),
        drift={"enabled": False},
    ),
)
