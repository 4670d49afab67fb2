"""`Assistant`: an assistant of a deployment's Agent Server (`/assistants`): a graph with its configuration.

Quirks: the client chooses the `assistant_id` (deterministic, from the resource's owner and name) and
creates with `if_exists: do_nothing`, so a retried create finds its own assistant; names are not unique
on the server, so a create first searches for one of the same name made elsewhere (refused, or adopted with
`adopt_existing`). Every PATCH makes a new version (the `version` output) and *merges* metadata, so a
removed key is sent as an explicit null, which the server keeps: a null key reads back as no key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import BadRequestError, NotFoundError
from ..framework import Conformance, Kind, OutputsModel, field
from ..framework.scoped import Scoped
from ..framework.strategies import Created, Existing
from ..framework.strategies.agent_server import AgentServerAdoptableInputs, AgentServerCollection
from ..framework.strategies.base import Obj


class AssistantInputs(AgentServerAdoptableInputs):
    name: str = field(
        key=True, min_length=1, max_length=1024, description="Assistant name (the natural key on its Agent Server)."
    )
    graph_id: str = field(
        min_length=1,
        max_length=1024,
        description="Graph the assistant runs (a key of `graphs` in the deployment's langgraph.json); it must "
        "exist on the server, else the create fails listing the graphs it has.",
    )
    description: str | None = field(None, max_length=10_000, description="What the assistant is for.")
    config: dict[str, Any] | None = field(
        None, description="Graph configuration (`tags`, `recursion_limit`, `configurable`, ...)."
    )
    context: dict[str, Any] | None = field(
        None,
        server_default=True,
        description="Static context handed to every run. Unset: whatever the server holds (at create it copies "
        "`config.configurable` here).",
    )
    metadata: dict[str, Any] | None = field(
        None, description="Free-form metadata; keys removed here are removed on the server."
    )


class AssistantOutputs(OutputsModel):
    version: int | None = field(None, description="Current version (each update makes a new one).")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")


_EMPTY_IS_UNSET = ("config", "context", "description")


class Assistants(AgentServerCollection):
    """Assistants: see `AgentServerCollection` (create 2 requests: a search by name, the POST)."""

    def search_body(self, inputs: Any) -> Obj:
        return {"name": inputs.name}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        # The server answers `{}` for an unset config or context (and PATCH cannot send a null description,
        # so an unset one is cleared to ""): an empty value is an unset input.
        live = super().live_inputs(obj, state)
        # At create the server mirrors `context` and `config.configurable` into each other: the copy the
        # inputs did not ask for is not shown (else an assistant with either one would diff forever).
        config, context = dict(live.get("config") or {}), live.get("context") or {}
        if context and config.get("configurable") == context:
            if "configurable" not in (state.get("config") or {}):
                config.pop("configurable")
            elif not state.get("context"):
                context = {}
        live["config"], live["context"] = config, context
        for name in _EMPTY_IS_UNSET:
            if not live.get(name):
                live[name] = None
        return live

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        body = super().update_body(old, new, changed, live)
        for name in ("config", "context"):
            if name in body and body[name] is None:
                body[name] = {}  # a PATCH replaces these objects: `{}` clears one
        if "description" in body and body["description"] is None:
            body["description"] = ""
        return body

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        try:
            return super().create(api, inputs, owner)
        except NotFoundError as exc:  # an unknown graph: the server names the graphs it has
            raise BadRequestError(exc.method, exc.path, 404, exc.detail) from None


KIND = Kind(
    name="Assistant",
    description="An assistant of a deployment's Agent Server: one of its graphs with a configuration.",
    inputs=AssistantInputs,
    outputs=AssistantOutputs,
    api=Assistants("/assistants", id_name="assistant_id"),
    scope="deployment",
    conformance=Conformance(
        example={
            "url": "http://127.0.0.1:9",
            "name": "conformance-assistant",
            "graph_id": "echo",
            "config": {"configurable": {"model": "small"}},
            "metadata": {"team": "ml", "stage": "draft"},
        },
        update={"description": "reviewed", "metadata": {"team": "ml"}, "config": None},
        replace={"url": "http://127.0.0.1:10"},
        invalid=(
            ({"name": ""}, "name"),
            ({"url": "not a url"}, "url"),
            ({"graph_id": ""}, "graph_id"),
        ),
        drift={"description": "changed by hand"},
        setup="agent_server",
    ),
    docs="Its `url` is the deployment's Agent Server (`Deployment.url`). Every update makes a new version.",
)
