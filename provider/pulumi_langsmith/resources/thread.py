"""`Thread`: a conversation thread of a deployment's Agent Server (`/threads`), for seeded conversation state
(e.g. the thread a thread-bound `Cron` continues).

Quirks: the client chooses the `thread_id` (deterministic, from the resource's owner) and creates with
`if_exists: do_nothing`, so a retried create finds its own thread. PATCH *merges* metadata (a removed key is
sent as an explicit null, which the server keeps: a null key reads back as no key). The server adds
`graph_id` and `assistant_id` to a thread's metadata when a run uses it: those keys are not drift unless the
inputs set them. The TTL is never read back (`GET ?include=ttl` is optional, and the in-memory runtime has
no thread TTL): it is write-only, sent whole (`{strategy, ttl}`) whenever either part changes, and a
thread swept at expiry shows as gone on refresh.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from ..framework import Conformance, Kind, OutputsModel, field
from ..framework.strategies.agent_server import AgentServerCollection, AgentServerInputs
from ..framework.strategies.base import Obj

_RUN_METADATA = ("graph_id", "assistant_id")
"""Metadata keys the server writes on a thread when a run uses it."""


class TtlStrategy(str, Enum):
    """What the server does when a thread's TTL expires."""

    DELETE = "delete"
    KEEP_LATEST = "keep_latest"


class ThreadInputs(AgentServerInputs):
    metadata: dict[str, Any] | None = field(
        None, description="Free-form metadata; keys removed here are removed on the server."
    )
    ttl: float | None = field(
        None,
        write_only=True,
        gt=0,
        le=525_600 * 100,
        api_name="ttl.ttl",
        description="Time to live in minutes, counted from the last create or update that set it (unset: "
        "the thread never expires). A swept thread shows as gone on refresh; the next `up` makes it again.",
    )
    ttl_strategy: TtlStrategy | None = field(
        None,
        write_only=True,
        api_name="ttl.strategy",
        description="At expiry: `delete` the thread (the server's default) or `keep_latest` (prune old "
        "checkpoints, keep the thread and its latest state). Only with `ttl`.",
    )


class ThreadOutputs(OutputsModel):
    status: str | None = field(None, description="`idle`, `busy`, `interrupted` or `error`.")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")


def _validate(inputs: ThreadInputs) -> list[tuple[str, str]]:
    if inputs.ttl_strategy is not None and inputs.ttl is None:
        return [("ttl_strategy", "needs a ttl (a strategy without a time to live is never applied)")]
    return []


class Threads(AgentServerCollection):
    """Threads: see `AgentServerCollection` (create 1 request: the POST with the deterministic id)."""

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        wanted = state.get("metadata") or {}
        metadata = {k: v for k, v in (live.get("metadata") or {}).items() if k not in _RUN_METADATA or k in wanted}
        live["metadata"] = metadata or None
        return live

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        # The API takes the TTL as one object: a change of either part sends both, so the other is not reset
        # to its default.
        if {"ttl", "ttl_strategy"} & set(changed):
            changed = list(dict.fromkeys([*changed, "ttl", "ttl_strategy"]))
        body = super().update_body(old, new, changed, live)
        if "ttl" in body:
            body["ttl"] = {k: v for k, v in body["ttl"].items() if v is not None}
            if "ttl" not in body["ttl"]:
                # No TTL any more: the API has no way to clear one, so a long one stands for "never".
                body["ttl"] = {"strategy": "delete", "ttl": 525_600 * 100}
        return body


KIND = Kind(
    name="Thread",
    description="A conversation thread of a deployment's Agent Server (seeded conversation state): metadata "
    "and a time to live.",
    inputs=ThreadInputs,
    outputs=ThreadOutputs,
    api=Threads("/threads", id_name="thread_id"),
    scope="deployment",
    validate=_validate,
    conformance=Conformance(
        example={
            "url": "http://127.0.0.1:9",
            "metadata": {"team": "ml", "purpose": "conformance"},
            "ttl": 1440,
        },
        update={"metadata": {"team": "ml"}, "ttl": 720, "ttl_strategy": "keep_latest"},
        replace={"url": "http://127.0.0.1:10"},
        invalid=(
            ({"url": "not a url"}, "url"),
            ({"ttl": 0}, "ttl"),
            ({"ttl": None, "ttl_strategy": "delete"}, "ttl_strategy"),
        ),
        drift={"metadata": {"team": "changed by hand"}},
        setup="agent_server",
    ),
    docs="Its `url` is the deployment's Agent Server (`Deployment.url`); its id is the `thread_id` (use it as a "
    "thread-bound `Cron`'s `thread_id`). A thread holds runtime state more than configuration: manage one "
    "only to seed a conversation that other resources build on.",
)
