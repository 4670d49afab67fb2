"""`Cron`: a scheduled run on a deployment's Agent Server (`/runs/crons`, or `/threads/{thread_id}/runs/crons`
for a cron bound to one thread).

Quirks: crons have no client-supplied id, so each carries an owner marker in its metadata (`pulumi_owner`,
never shown by refresh or diff): a create first deletes crons with its marker (the orphans of a create whose
response was lost or whose engine was killed), so there are never two schedules. The server answers the
assistant as a UUID even when the input names a graph; the run's input, config and context come back inside
`payload` (config with the server's `configurable.cron_id`). PATCH merges metadata (a removed key is sent as
null) and `end_time: null` clears the end time. The search lists active crons only.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any

from pydantic import field_validator

from ..framework import Conformance, Kind, OutputsModel, Uuid, field
from ..framework.strategies.agent_server import AgentServerInputs, MarkedCollection
from ..framework.strategies.base import Obj
from ._keys import normalize_expiry


class OnRunCompleted(str, Enum):
    """What happens to a stateless cron's thread after each run."""

    DELETE = "delete"
    KEEP = "keep"


class CronInputs(AgentServerInputs):
    assistant_id: str = field(
        replace=True,
        min_length=1,
        max_length=1024,
        description="Assistant to run: its id (`Assistant.id`) or a graph name (its default assistant). "
        "Changing it replaces the cron.",
    )
    schedule: str = field(
        min_length=1, max_length=256, description="Cron expression, e.g. `0 9 * * 1-5` (in `timezone`)."
    )
    timezone: str | None = field(None, max_length=64, description="IANA time zone of the schedule (default UTC).")
    thread_id: Uuid | None = field(
        None,
        replace=True,
        description="Thread every run continues (a thread-bound cron); unset: each run gets a new thread.",
    )
    input: dict[str, Any] | None = field(None, description="The graph's input for each run.")
    config: dict[str, Any] | None = field(None, description="Run configuration (`tags`, `configurable`, ...).")
    context: dict[str, Any] | None = field(None, description="Static context of each run.")
    metadata: dict[str, Any] | None = field(None, description="Metadata of the cron and its runs.")
    end_time: str | None = field(
        None, max_length=64, description="When the schedule stops (ISO 8601); unset: it never ends."
    )
    no_end_time: bool = field(
        False,
        description="Says the schedule deliberately never ends (with no `end_time`). Sent to no API: the "
        'explicit "no end" that the production policy `langsmith-prod-crons-end` accepts instead of an end '
        "time.",
    )
    on_run_completed: OnRunCompleted | None = field(
        None,
        server_default=True,
        description="Stateless crons: `delete` (the server's default) or `keep` each run's thread.",
    )
    enabled: bool = field(True, description="Whether the schedule runs.")
    webhook: str | None = field(
        None,
        secret=True,
        max_length=65_536,
        description="URL called after each run (secret: such a URL often carries a token).",
    )

    @field_validator("end_time", mode="before")
    @classmethod
    def _canonical_end_time(cls, value: Any) -> Any:
        return normalize_expiry(value)


def _validate(inputs: CronInputs) -> list[tuple[str, str]]:
    if inputs.no_end_time and inputs.end_time is not None:
        return [("no_end_time", "contradicts end_time: set one of them")]
    return []


class CronOutputs(OutputsModel):
    next_run_date: str | None = field(None, description="When the next run is due (ISO 8601).")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")


_PAYLOAD = ("input", "config", "context", "webhook")
_NO_END = "no_end_time"


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


class Crons(MarkedCollection):
    """Crons: see `MarkedCollection` (create 2 requests: the search by marker, the POST)."""

    def to_api(self, inputs: Any, fields: Any = None) -> Obj:
        wanted = list(fields) if fields is not None else list(self.kind.api_fields)
        return super().to_api(inputs, [f for f in wanted if f != _NO_END])  # a statement for review, not sent

    def create_path(self, inputs: Any) -> str:
        return f"/threads/{inputs.thread_id}/runs/crons" if inputs.thread_id else self.collection

    def create_body(self, inputs: Any, object_id: str | None) -> Obj:
        body = super().create_body(inputs, object_id)
        body.pop("thread_id", None)  # in the path
        return body

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        payload = obj.get("payload") or {}
        for name in _PAYLOAD:
            live[name] = payload.get(name)
        config = dict(live.get("config") or {})
        configurable = {k: v for k, v in (config.get("configurable") or {}).items() if k != "cron_id"}
        config.pop("configurable", None)
        if configurable:
            config["configurable"] = configurable
        live["config"] = config or None
        live["context"] = live.get("context") or None
        live["end_time"] = normalize_expiry(live.get("end_time"))
        live[_NO_END] = bool(state.get(_NO_END))  # never on the server: as the inputs said
        # The server resolves a graph name to its default assistant's id: a name in the inputs stays.
        wanted = state.get("assistant_id")
        if wanted and not _is_uuid(wanted):
            live["assistant_id"] = wanted
        return live

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        body = super().update_body(old, new, changed, live)
        for name in ("input", "config", "context"):
            if name in body and body[name] is None:
                body[name] = {}
        return body


KIND = Kind(
    name="Cron",
    description="A scheduled run of an assistant on a deployment's Agent Server (stateless or thread-bound).",
    inputs=CronInputs,
    outputs=CronOutputs,
    api=Crons("/runs/crons", id_name="cron_id", paginated=False),
    scope="deployment",
    validate=_validate,
    conformance=Conformance(
        example={
            "url": "http://127.0.0.1:9",
            "assistant_id": "echo",
            "schedule": "0 * * * *",
            "timezone": "Europe/Paris",
            "input": {"message": "hourly"},
            "metadata": {"team": "ml", "stage": "draft"},
            "end_time": "2030-01-01T00:00:00Z",
            "on_run_completed": "keep",
        },
        update={
            "schedule": "30 * * * *",
            "enabled": False,
            "end_time": None,
            "no_end_time": True,
            "metadata": {"team": "ml"},
        },
        replace={"assistant_id": "greeter"},
        invalid=(
            ({"schedule": ""}, "schedule"),
            ({"end_time": "tomorrow"}, "end_time"),
            ({"thread_id": "nope"}, "thread_id"),
            ({"no_end_time": True}, "no_end_time"),
        ),
        drift={"schedule": "15 * * * *"},
        setup="agent_server",
    ),
    docs="Its `url` is the deployment's Agent Server (`Deployment.url`). Crons carry an owner marker in their "
    "metadata (`pulumi_owner`) so a lost create never leaves two schedules.",
)
