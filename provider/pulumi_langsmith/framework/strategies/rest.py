"""REST collections: `POST collection`, `GET/PATCH|PUT/DELETE item`.

Options cover the variants the API has: client-supplied ids, enveloped responses, path templates filled
from inputs (parent-scoped objects, with composite ids), a read through the list (no item GET), soft
deletion, and an update response that lacks fields (read back).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ...errors import ConflictError, NotFoundError
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly, get_path, put_path


def without_nulls(body: Obj) -> Obj:
    """`body` without null values, nested objects of dotted API names included (an empty one is left out)."""
    kept: Obj = {}
    for key, value in body.items():
        if isinstance(value, dict) and value and all(not isinstance(v, dict) for v in value.values()):
            value = {k: v for k, v in value.items() if v is not None} or None
        if value is not None:
            kept[key] = value
    return kept


class RestCollection(ApiShape):
    """A collection of objects with ids.

    Requests on the common path: create 1 (POST with the deterministic id; a 409 looks the object up),
    read 1, update 1 (the PATCH/PUT response is the object, unless `read_back`), delete 1.
    """

    def __init__(
        self,
        collection: str,
        item: str | None = None,
        *,
        client_ids: bool = False,
        key_unique: bool = True,
        update_method: Literal["PATCH", "PUT"] = "PATCH",
        read_back: bool = False,
        list_filter: str | None = "name",
        soft_delete_flag: str | None = None,
        envelope: str | None = None,
        id_template: str | None = None,
        always_send: Iterable[str] = (),
        merge_live_on: Iterable[str] = (),
        paginated: bool = True,
        read_params: Mapping[str, str] | None = None,
        create_names: Mapping[str, str] | None = None,
        lookup_first: bool | None = None,
        list_envelope: str | None = None,
        create_read_back: bool = False,
        key_item: bool = False,
    ) -> None:
        self.collection = collection
        self.item = item or collection + "/{id}"
        self.client_ids = client_ids
        self.key_unique = key_unique
        """Whether the API refuses a duplicate natural key with 409. If not, create looks up first."""
        self.update_method = update_method
        self.read_back = read_back
        """Whether the update response lacks fields, so the object is read back after it."""
        self.list_filter = list_filter
        self.soft_delete_flag = soft_delete_flag
        self.envelope = envelope
        """Key under which create/update/read responses wrap the object."""
        self.id_template = id_template
        """Composite resource id, e.g. `{dataset_id}/{id}`; `{id}` is the object's own id."""
        self.always_send = tuple(always_send)
        """Inputs every update repeats (the API requires them in each PATCH)."""
        self.merge_live_on = frozenset(merge_live_on)
        """Inputs whose update replaces a larger live value: the object is read first and `merge_live` keeps
        the parts we do not manage (one more request, only when such an input changes)."""
        self.paginated = paginated
        """Whether the list takes `offset`/`limit`; if not, it is one array, read in one GET."""
        self.read_params = dict(read_params or {})
        """Query parameters of the item GET (e.g. `include_deleted=true`, to see a soft-deleted object as such)."""
        self.create_names = dict(create_names or {})
        """API names (dotted for nesting) that only the create body uses, by input name: e.g. a dataset's
        metadata is created under `extra.metadata` but read and patched as `metadata`."""
        self.lookup_first = lookup_first
        """Whether create looks the natural key up before it POSTs (default: unless client ids and a unique key
        make the POST idempotent). False where the API refuses a duplicate key (409) but takes no client id:
        the POST goes first and a 409 looks the object up; a POST whose answer was lost is recovered by a
        lookup before it is retried (one request on the common path instead of two)."""
        self.list_envelope = list_envelope
        """Key under which an unpaginated list response wraps its items (e.g. `access_policies`)."""
        self.create_read_back = create_read_back
        """Whether the create response carries only the id, so the new object is read after it (one more request)."""
        self.key_item = key_item
        """Whether the item path is addressed by the natural key (`/tools/{handle}`): a lookup of the key is one
        GET of that path (a 404 is "absent") instead of a walk through the list."""

    # -- paths ----------------------------------------------------------------------------------

    def path(self, template: str, values: Mapping[str, Any], object_id: str | None = None) -> str:
        """A path template filled from inputs (parent-scoped objects) and the object's own id."""
        own = self.own_id(object_id) if object_id is not None else None
        return template.format_map({**{k: v for k, v in values.items() if v is not None}, "id": own})

    def own_id(self, object_id: str) -> str:
        return object_id.rsplit("/", 1)[-1] if self.id_template else object_id

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        own = str(obj["id"])
        if not self.id_template:
            return own
        return self.id_template.format_map({**inputs.model_dump(mode="json"), "id": own})

    def unwrap(self, response: Any) -> Any:
        if self.envelope and isinstance(response, Mapping) and self.envelope in response:
            return response[self.envelope]
        return response

    def is_gone(self, obj: Mapping[str, Any]) -> bool:
        return bool(self.soft_delete_flag and obj.get(self.soft_delete_flag))

    # -- bodies ---------------------------------------------------------------------------------

    def create_body(self, inputs: Any, object_id: str | None) -> Obj:
        """The set inputs under their API names (unset ones left out), and the client id if any."""
        body = without_nulls(self.to_api(inputs))
        for name, create_name in self.create_names.items():
            value = body.pop(self.kind.api_name(name), None)
            if value is not None:
                put_path(body, create_name, value)
        if object_id is not None:
            body["id"] = object_id
        return body

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        """The update body: for PATCH the changed mutable fields (an explicit null clears a field); for PUT,
        which replaces the object, every mutable field (unset ones left out, as in a create)."""
        fields = [f for f in changed if f not in self.kind.replace_fields]
        if not fields:
            return {}
        if self.update_method == "PUT":
            mutable = [f for f in self.kind.api_fields if f not in self.kind.replace_fields]
            return {k: v for k, v in self.to_api(new, mutable).items() if v is not None}
        return self.to_api(new, list(dict.fromkeys([*fields, *self.always_send])))

    def merge_live(self, body: Obj, live: Mapping[str, Any]) -> Obj:
        """The update body with unmanaged parts of the live object kept (see `merge_live_on`).

        By default an input with a dotted API name (`extra.metadata`) replaces only its own key of the live
        container (`extra`), which the API replaces whole: the container's other keys are sent back as they
        are, and an unset input removes its key (an empty container is sent as null)."""
        merged = dict(body)
        for name in self.merge_live_on:
            container, _, key = self.kind.api_name(name).rpartition(".")
            if not container or container not in merged:
                continue
            live_container = get_path(live, container)
            kept = {k: v for k, v in (live_container or {}).items() if k != key}
            value = get_path(merged, self.kind.api_name(name))
            merged[container] = {**kept, **({key: value} if value is not None else {})} or None
        return merged

    # -- lookups --------------------------------------------------------------------------------

    def find(self, api: Scoped, inputs: Any) -> Obj | None:
        """The live object with the inputs' natural key, if any."""
        if not self.kind.natural_key:
            return None
        values = inputs.model_dump(mode="json")
        if self.key_item:
            try:
                obj = self.unwrap(api.get(self.path(self.item, values), **self._read_kwargs()))
            except NotFoundError:
                return None
            return None if obj is None or self.is_gone(obj) else dict(obj)
        wanted = self.natural_key_of(values)
        params = {}
        if self.list_filter and len(self.kind.natural_key) == 1:
            params[self.list_filter] = wanted[0]
        path = self.path(self.collection, values)
        if self.paginated:
            listed = api.paginate(path, params=params)
        else:
            response: Any = api.get(path, params=params) or []
            listed = (response.get(self.list_envelope) or []) if self.list_envelope else response
        for obj in listed:
            if self.natural_key_of(self.live_inputs(obj, {})) == wanted and not self.is_gone(obj):
                return dict(obj)
        return None

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        object_id = self.deterministic_id(inputs, api, owner) if self.client_ids else None
        lookup_first = self.lookup_first
        if lookup_first is None:
            lookup_first = not (self.client_ids and self.key_unique)
        if self.kind.natural_key and lookup_first:
            found = self.find(api, inputs)
            if found is not None:
                return Existing(found, ours=object_id is not None and str(found.get("id")) == object_id)
        collection = self.path(self.collection, inputs.model_dump(mode="json"))
        body = self.create_body(inputs, object_id)
        try:
            if object_id is not None:
                return self.created(api, inputs, api.post(collection, body, idempotent=True))
            recover = (lambda: self.find(api, inputs)) if self.kind.natural_key else None
            return self.created(api, inputs, api.post(collection, body, recover=recover))
        except ConflictError as conflict:
            return self.resolve_conflict(api, inputs, object_id, collection, conflict)

    def created(self, api: Scoped, inputs: Any, response: Any) -> Created:
        """The new object from the create response (read after it with `create_read_back`)."""
        obj = self.unwrap(response)
        if self.create_read_back and isinstance(obj, Mapping) and obj.get("id") is not None:
            object_id = self.object_id(obj, inputs)
            obj = self.read(api, object_id, inputs.model_dump(mode="json")) or obj
        return Created(obj)

    def resolve_conflict(
        self, api: Scoped, inputs: Any, object_id: str | None, collection: str, conflict: ConflictError
    ) -> Created | Existing:
        """After a 409: the object with our key (ours when it has our id), else our id taken by a deleted one."""
        found = self.find(api, inputs)
        if found is not None:
            return Existing(found, ours=object_id is not None and str(found.get("id")) == object_id)
        if object_id is None:
            raise conflict  # nothing with our key exists: the 409 is about something else
        try:
            taken = self.read(api, object_id, inputs.model_dump(mode="json"))
        except NotFoundError:
            taken = None
        if taken is not None and self.natural_key_of(self.live_inputs(taken, {})) == self.natural_key_of(
            inputs.model_dump(mode="json")
        ):
            return Existing(taken, ours=True)
        body = self.create_body(inputs, str(uuid.uuid4()))
        return Created(self.unwrap(api.post(collection, body, idempotent=True)))

    def _read_kwargs(self) -> dict[str, Any]:
        return {"params": self.read_params} if self.read_params else {}

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        obj = self.unwrap(api.get(self.path(self.item, state, object_id), **self._read_kwargs()))
        return None if obj is None or self.is_gone(obj) else dict(obj)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        path = self.path(self.item, new.model_dump(mode="json"), object_id)
        body = self.update_body(old, new, changed, state)
        if not body:
            return self.read(api, object_id, state) or {}
        if self.merge_live_on & set(changed):
            body = self.merge_live(body, self.read(api, object_id, state) or {})
        response = api.request(self.update_method, path, json=body)
        if self.read_back or not isinstance(self.unwrap(response), Mapping):
            return self.read(api, object_id, state) or {}
        return dict(self.unwrap(response))

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        delete_tolerantly(api, self.path(self.item, state, object_id))


class ListOnlyRead(RestCollection):
    """A collection without an item GET: read finds the object in the list (filtered by id where the API can).

    A `paginated` list is read page by page until the object is found (one request while the collection
    holds at most a page)."""

    def __init__(self, collection: str, item: str | None = None, *, id_filter: str | None = None, **options: Any):
        super().__init__(collection, item, **options)
        self.id_filter = id_filter

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        own = self.own_id(object_id)
        params = {self.id_filter: own} if self.id_filter else {}
        path = self.path(self.collection, state)
        listed = api.paginate(path, params=params) if self.paginated else api.get(path, params=params) or []
        for obj in listed:
            if str(obj.get("id")) == own and not self.is_gone(obj):
                return dict(obj)
        return None
