"""`Assistant`: an assistant of a deployment's Agent Server (`/assistants`): a graph with its configuration.

Quirks: the client chooses the `assistant_id` (deterministic, from the resource's owner and name) and
creates with `if_exists: do_nothing`, so a retried create finds its own assistant; names are not unique
on the server, so a create first searches for one of the same name made elsewhere (refused, or adopted with
`adopt_existing`). Every PATCH makes a new version (the `version` output) and *merges* metadata, so a
removed key is sent as an explicit null, which the server keeps: a null key reads back as no key.

Pinning: `POST /assistants/{id}/latest` makes an older version the one the server serves (the GET answers
it), and the next PATCH makes a new version that is served again. With `pinned_version`, the content inputs
describe the *newest* version (read from `POST /assistants/{id}/versions`, newest first), and the served
version must be the pinned one: a change makes a new version and re-pins, so what is served changes only
when `pinned_version` does.
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
    pinned_version: int | None = field(
        None,
        ge=1,
        le=1_000_000,
        description="Version the server serves (set as latest). Unset: the newest version. Set: an update "
        "still makes a new version (`latest_version`) from the other inputs, but the pinned one stays served "
        "until this changes, so a rollout is a reviewed change of this number.",
    )


class AssistantOutputs(OutputsModel):
    version: int | None = field(
        None, description="Version the server serves (the pinned one, else the newest; each update makes one)."
    )
    latest_version: int | None = field(None, description="Newest version (the one the other inputs describe).")
    created_at: str | None = field(None, description="Creation time (ISO 8601).")


_EMPTY_IS_UNSET = ("config", "context", "description")


_PIN = "pinned_version"
_VERSION_CONTENT = ("graph_id", "name", "description", "config", "context", "metadata")


class Assistants(AgentServerCollection):
    """Assistants: see `AgentServerCollection` (create 2 requests: a search by name, the POST). With
    `pinned_version`, one more request where the pin acts: create and update `POST .../latest`, read
    `POST .../versions` (the newest version's content; the GET answers the served one)."""

    def search_body(self, inputs: Any) -> Obj:
        return {"name": inputs.name}

    def to_api(self, inputs: Any, fields: Any = None) -> Obj:
        wanted = list(fields) if fields is not None else list(self.kind.api_fields)
        return super().to_api(inputs, [f for f in wanted if f != _PIN])  # not a field of the assistant

    def set_latest(self, api: Scoped, assistant_id: str, version: int) -> Obj:
        # The spec takes the version as a query parameter; the runtime (langgraph-api) reads a JSON body:
        # both are sent.
        path = f"{self.collection}/{assistant_id}/latest"
        return dict(api.post(path, {"version": version}, params={"version": version}, idempotent=True))

    def newest(self, api: Scoped, assistant_id: str) -> Obj | None:
        versions = api.post(f"{self.collection}/{assistant_id}/versions", {"limit": 1}) or []
        return dict(versions[0]) if versions else None

    def pinned(self, api: Scoped, obj: Obj, pin: int | None) -> Obj:
        """The assistant just created or patched (so its version is the newest), served at `pin` (unset: as
        it is), with `latest_version`."""
        latest = obj.get("version")
        if pin is not None and obj.get("version") != pin:
            obj = {**obj, **self.set_latest(api, str(obj[self.id_name]), pin)}
        return {**obj, "latest_version": latest}

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        try:
            outcome = super().create(api, inputs, owner)
        except NotFoundError as exc:  # an unknown graph: the server names the graphs it has
            raise BadRequestError(exc.method, exc.path, 404, exc.detail) from None
        if isinstance(outcome, Existing):
            return outcome  # the engine converges it through `update`, which pins
        return Created(self.pinned(api, outcome.obj, inputs.pinned_version))

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        served = super().read(api, object_id, state)
        if served is None or state.get(_PIN) is None:
            return None if served is None else {**served, "latest_version": served.get("version")}
        newest = self.newest(api, object_id) or served
        content = {k: newest.get(k) for k in _VERSION_CONTENT if k in newest}
        return {**served, **content, "latest_version": newest.get("version")}

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        content = [f for f in changed if f != _PIN]
        if content:
            obj = super().update(api, object_id, old, new, content, state)  # a new version, served
            return self.pinned(api, obj, new.pinned_version)
        # Only the pin changed: serve the pinned version, or the newest again when the pin is removed.
        latest = state.get("latest_version")
        target = new.pinned_version if new.pinned_version is not None else latest
        if target is None:
            newest = self.newest(api, object_id) or {}
            target = newest.get("version")
        obj = self.set_latest(api, object_id, int(target)) if target is not None else {}
        return {**obj, "latest_version": latest or target}

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
        # Pinned: the served version is the live pin (a version set as latest by hand is drift). Unpinned:
        # whatever is served has the inputs' content, or the content diff brings the newest back.
        live[_PIN] = obj.get("version") if state.get(_PIN) is not None else None
        return live

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        body = super().update_body(old, new, changed, live)
        for name in ("config", "context"):
            if name in body and body[name] is None:
                body[name] = {}  # a PATCH replaces these objects: `{}` clears one
        if "description" in body and body["description"] is None:
            body["description"] = ""
        return body


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
