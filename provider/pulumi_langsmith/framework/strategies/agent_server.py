"""Objects of one deployment's Agent Server (the LangGraph server API): assistants, crons, store items.

Every such kind takes a `url` input, the Agent Server's base URL (usually `Deployment.url`; unknown at
preview, which check tolerates), and its requests go to `Api.AGENT_SERVER` there with the LangSmith API key
as `X-Api-Key`, with the client's retries, typed errors and redaction. The `url` is never sent in a body;
refresh keeps it from state (the server does not know its own public URL). A different `url` is another
deployment: it replaces the object.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from ...client import LangSmithClient
from ...errors import NotFoundError, ServerError, TransportError
from ..fields import AdoptableInputs, InputsModel, field
from ..scoped import Scoped, contains_unknown
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly
from .rest import RestCollection

URL_FIELD = "url"
_URL = dict(
    replace=True,
    min_length=1,
    max_length=2048,
    pattern=r"^https?://\S+$",
    description="Base URL of the deployment's Agent Server (usually `Deployment.url`); a different URL is "
    "another deployment, so changing it replaces the object.",
)


class AgentServerInputs(InputsModel):
    """Inputs of an Agent Server kind without a natural key."""

    url: str = field(**_URL)  # type: ignore[arg-type]


class AgentServerAdoptableInputs(AdoptableInputs):
    """Inputs of an Agent Server kind with a natural key."""

    url: str = field(**_URL)  # type: ignore[arg-type]


def without_null_values(value: Any) -> Any:
    """A metadata object without its null-valued keys: the server keeps an explicit null (how a PATCH,
    which merges metadata, removes a key), and a null key is no key to the user."""
    if isinstance(value, Mapping):
        return {k: v for k, v in value.items() if v is not None}
    return value


def merge_patch(old: Any, new: Any) -> dict[str, Any]:
    """The metadata of a PATCH that merges: the new keys, and an explicit null for each removed key."""
    removed = {k: None for k in (old or {}) if k not in (new or {})}
    return {**removed, **(new or {})}


class AgentServerShape(ApiShape):
    """Mixin for the Agent Server: the client bound to the `url` input; `url` kept out of bodies and kept
    from state on refresh."""

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return Scoped(client, base_url=str(props.get(URL_FIELD) or ""))

    def to_api(self, inputs: Any, fields: Any = None) -> Obj:
        wanted = list(fields) if fields is not None else list(self.kind.api_fields)
        return super().to_api(inputs, [f for f in wanted if f != URL_FIELD])

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        live[URL_FIELD] = state.get(URL_FIELD)
        return live

    def replacing(self, changed: list[str], olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        # A Deployment being updated (a new image, a redeploy) has an unknown `url` in the preview, since a
        # dynamic provider cannot preview an update's outputs, though an update keeps the deployment's URL. So
        # an unknown url is planned as an update, not a replacement: during `up` the diff runs again with the
        # real url, and only a different one replaces the object.
        replaces = super().replacing(changed, olds, news)
        if contains_unknown(news.get(URL_FIELD)) and olds.get(URL_FIELD):
            replaces = [f for f in replaces if f != URL_FIELD]
        return replaces

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        live = self.live_inputs(obj, {})
        key = ", ".join(f"{k}={live.get(k)!r}" for k in self.kind.natural_key)
        return (
            f"{self.kind.name} with {key} already exists on {api.base_url} (id {self.object_id(obj, None)}); set "
            "adopt_existing=True to manage it with this resource, or choose another name."
        )


class AgentServerCollection(AgentServerShape, RestCollection):
    """A collection of the Agent Server whose id the client may choose (`<id_name>`, e.g. `assistant_id`)
    and whose create adopts an existing object with that id (`if_exists: do_nothing`), so a retried create
    finds its own object. Metadata inputs (`merged_inputs`) merge on PATCH: a removed key is sent as null,
    and a null key read back is no key.

    Requests on the common path: create 2 with a natural key (`POST <collection>/search` for an object of
    the same key made elsewhere, which the server does not refuse; then the POST), else 1; read 1; update 1;
    delete 1.
    """

    def __init__(
        self, collection: str, *, id_name: str, merged_inputs: tuple[str, ...] = ("metadata",), **options: Any
    ) -> None:
        options.setdefault("client_ids", True)
        options.setdefault("key_unique", False)
        super().__init__(collection, **options)
        self.id_name = id_name
        self.merged_inputs = merged_inputs

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(obj[self.id_name])

    def create_body(self, inputs: Any, object_id: str | None) -> Obj:
        body = super().create_body(inputs, None)
        if object_id is not None:
            body[self.id_name] = object_id
            body["if_exists"] = "do_nothing"
        return body

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        for name in self.merged_inputs:
            live[name] = without_null_values(live.get(name)) or None
        return live

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        body = super().update_body(old, new, changed, live)
        for name in self.merged_inputs:
            if name in changed:
                body[self.kind.api_name(name)] = merge_patch(getattr(old, name, None), getattr(new, name, None))
        return body

    def search_body(self, inputs: Any) -> Obj:
        """The search filter for an object with the inputs' natural key."""
        return {k: v for k, v in self.to_api(inputs, self.kind.natural_key).items() if v is not None}

    def find(self, api: Scoped, inputs: Any) -> Obj | None:
        if not self.kind.natural_key:
            return None
        wanted = self.natural_key_of(inputs.model_dump(mode="json"))
        for obj in api.post(f"{self.collection}/search", {**self.search_body(inputs), "limit": 100}) or []:
            if self.natural_key_of(self.live_inputs(obj, {})) == wanted:
                return {**obj, "id": obj[self.id_name]}  # `id`: how RestCollection tells our own object
        return None


class StoreItems(AgentServerShape):
    """Items of the Agent Server's long-term store, addressed by `(namespace, key)`: `PUT /store/items`
    upserts (create and update), `GET /store/items?namespace=a.b&key=k` reads (`null` when absent; with
    `refresh_ttl=false`, so a refresh never extends an item's life), `DELETE /store/items` takes a JSON body.

    An item with a `ttl` vanishes when it expires: refresh then drops it (drift), and the next `up` puts it
    back. `ttl` and `index` are write-only (the item read back has neither).

    Requests on the common path: create 2 (a GET, since PUT would silently overwrite an item of the same key
    made elsewhere: it is refused, or adopted with `adopt_existing`), read 1, update 1, delete 1. (The PUT is
    retried by the client, so only an engine killed between the PUT and saving state leaves an item that the
    next create refuses; store items carry no marker to tell it from another stack's.)
    """

    path = "/store/items"

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return ".".join(obj["namespace"]) + "/" + str(obj["key"])

    def get_item(self, api: Scoped, namespace: list[str], key: str) -> Obj | None:
        params = {"namespace": ".".join(namespace), "key": key, "refresh_ttl": "false"}
        obj = api.get(self.path, params=params)
        return dict(obj) if isinstance(obj, Mapping) else None

    def put(self, api: Scoped, inputs: Any) -> Obj:
        body = self.to_api(inputs)
        api.put(self.path, body)
        return {**body, "namespace": list(inputs.namespace), "key": inputs.key}

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        found = self.get_item(api, list(inputs.namespace), inputs.key)
        if found is not None:
            return Existing(found, ours=False)
        return Created(self.put(api, inputs))

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        return self.get_item(api, list(state.get("namespace") or []), str(state.get("key")))

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        return self.put(api, new)

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        try:
            api.delete(self.path, json={"namespace": list(state.get("namespace") or []), "key": state.get("key")})
        except NotFoundError:
            pass


OWNER_MARKER_KEY = "pulumi_owner"
"""Metadata key of the owner marker on objects without a client id (crons)."""


def owner_marker(owner: str) -> str:
    """A marker of the Pulumi resource that made an object: 12 hex digits of its owner identity."""
    return hashlib.sha256(owner.encode()).hexdigest()[:12]


class MarkedCollection(AgentServerShape, RestCollection):
    """A collection of the Agent Server without client ids (crons): each object carries the owner marker
    in its metadata (`pulumi_owner`), so a create whose response was lost, or whose engine was killed, never
    leaves two objects: before the POST, every object with our marker is an orphan and is deleted (see
    `post_revoking_orphans`). Refresh and diff never show the marker.

    Requests on the common path: create 2 (`POST <collection>/search` by marker, the POST), read 1,
    update 1, delete 1.
    """

    def __init__(self, collection: str, *, id_name: str, **options: Any) -> None:
        super().__init__(collection, **options)
        self.id_name = id_name

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(obj[self.id_name])

    def marked(self, metadata: Any, owner: str) -> dict[str, Any]:
        return {**(metadata or {}), OWNER_MARKER_KEY: owner_marker(owner)}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        live = super().live_inputs(obj, state)
        metadata = {k: v for k, v in (without_null_values(live.get("metadata")) or {}).items()}
        metadata.pop(OWNER_MARKER_KEY, None)
        live["metadata"] = metadata or None
        return live

    def create_path(self, inputs: Any) -> str:
        return self.collection

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        body = self.create_body(inputs, None)
        body["metadata"] = self.marked(body.get("metadata"), owner)
        marker = owner_marker(owner)

        def ours() -> list[Obj]:
            search = {"metadata": {OWNER_MARKER_KEY: marker}, "limit": 100}
            return [o for o in api.post(f"{self.collection}/search", search) or [] if self.is_ours(o, marker)]

        def revoke_ours() -> None:
            for obj in ours():
                delete_tolerantly(api, self.path(self.item, {}, str(obj[self.id_name])))

        revoke_ours()
        path = self.create_path(inputs)
        try:
            return Created(dict(api.post(path, body, idempotent=False)))
        except (TransportError, ServerError):
            revoke_ours()
        try:
            return Created(dict(api.post(path, body, idempotent=False)))
        except (TransportError, ServerError):
            revoke_ours()
            raise

    @staticmethod
    def is_ours(obj: Mapping[str, Any], marker: str) -> bool:
        return bool((obj.get("metadata") or {}).get(OWNER_MARKER_KEY) == marker)

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        body = super().update_body(old, new, changed, live)
        if "metadata" in changed:
            body["metadata"] = merge_patch(getattr(old, "metadata", None), getattr(new, "metadata", None))
        return body


__all__ = [
    "AgentServerAdoptableInputs",
    "AgentServerCollection",
    "AgentServerInputs",
    "AgentServerShape",
    "MarkedCollection",
    "StoreItems",
]
