"""Append-only children: a parent REST object plus children that are only ever added (prompt commits).

A prompt is a repo (`/api/v1/repos/{owner}/{repo}`) plus commits (`POST /commits/{owner}/{repo}` with
`parent_commit`) that are never changed or deleted. The inputs that belong to the child (`child_fields`,
e.g. `manifest`) are the latest child's: a change appends exactly one new child whose parent pointer
(`parent_field`) is the latest child's id, so a child someone else appended meanwhile is refused by the
API instead of silently overwritten. The other inputs are the parent's, updated in place. Delete deletes
the parent only: children go with it, or stay (the API keeps history); they are never deleted one by one.

Child fields are compared canonically (the engine's `same`: key order and integral floats do not
matter), never by a server-computed hash: a hash differs for equal manifests serialized differently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ..scoped import Scoped, canonical
from .base import Created, Existing, Obj
from .rest import RestCollection


class AppendOnlyChildren(RestCollection):
    """A `RestCollection` parent whose `child_fields` live in append-only children.

    Requests on the common path: create 2 (POST parent, POST the first child; 1 when no child field is
    set), read 2 (GET parent, GET the latest child; 1 when the parent embeds it, `latest_in_parent`),
    update 1 per part changed (PATCH/PUT the parent, POST one child; the object is otherwise the one in
    state, unless `read_back`), delete 1 (the parent). A child POST whose answer is lost is retried only
    after reading the latest child: when that is the child posted, it is the answer (never a second child).

    The latest child is found one of two ways:

    - `latest="list"`: `GET children?limit=1` (`latest_params`), newest first, answered as an array or
      under `children_envelope` (e.g. `{"commits": [...]}`);
    - `latest="parent"`: the parent's `latest_in_parent` field, either the child itself (a mapping, e.g.
      `latest_commit_manifest`: no request) or its id (e.g. `last_commit_hash`: one GET of `child_item`).

    The object the strategy returns is the parent with the latest child's `child_fields` (under their API
    names) and its id (under `child_id_key`, always among the outputs) merged in; with the id in state, an
    update appends after the child this stack last saw, without a read.
    """

    def __init__(
        self,
        collection: str,
        item: str | None = None,
        *,
        children: str,
        child_fields: Iterable[str],
        child_item: str | None = None,
        child_id: str = "id",
        child_id_key: str | None = None,
        parent_field: str = "parent_id",
        child_envelope: str | None = None,
        children_envelope: str | None = None,
        latest: Literal["list", "parent"] = "list",
        latest_params: Mapping[str, str] | None = None,
        latest_in_parent: str | None = None,
        **options: Any,
    ) -> None:
        super().__init__(collection, item, **options)
        self.children = children
        """Path template of the children: POST appends one, GET lists them (newest first)."""
        self.child_fields = tuple(child_fields)
        """Inputs that belong to the child (e.g. `manifest`)."""
        self.child_item = child_item
        """Path template of one child, `{child_id}` its id (e.g. `/commits/-/{repo_handle}/{child_id}`)."""
        self.child_id = child_id
        """The child's id field, which the next child's `parent_field` carries (e.g. `commit_hash`)."""
        self.child_id_key = child_id_key or child_id
        """Key of the latest child's id in the object and in state (an output, or hidden state)."""
        self.parent_field = parent_field
        """Field of a new child naming the child it follows (e.g. `parent_commit`)."""
        self.child_envelope = child_envelope
        """Key under which a child POST (or GET) answer wraps the child (e.g. `commit`)."""
        self.children_envelope = children_envelope
        """Key under which the children list wraps its items (e.g. `commits`)."""
        if latest == "parent" and not latest_in_parent:
            raise ValueError('latest="parent" needs latest_in_parent: the parent field naming the latest child')
        self.latest = latest
        self.latest_params = dict(latest_params if latest_params is not None else {"limit": "1"})
        """Query parameters of the children list that make it answer the latest child only."""
        self.latest_in_parent = latest_in_parent
        """Parent field holding the latest child (a mapping) or its id (a string)."""

    # -- mapping --------------------------------------------------------------------------------

    def child_api_names(self) -> set[str]:
        return {self.kind.api_name(f) for f in self.child_fields}

    def create_body(self, inputs: Any, object_id: str | None) -> Obj:
        child = self.child_api_names()
        return {k: v for k, v in super().create_body(inputs, object_id).items() if k not in child}

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        return super().update_body(old, new, [f for f in changed if f not in self.child_fields], live)

    def child_body(self, inputs: Any, parent_child_id: str | None) -> Obj:
        """The new child: its fields, and the latest child's id as its parent (none for the first child)."""
        body = self.to_api(inputs, self.child_fields)
        if parent_child_id is not None:
            body[self.parent_field] = parent_child_id
        return body

    def merge_child(self, parent: Mapping[str, Any], child: Mapping[str, Any] | None) -> Obj:
        """The parent with the latest child's fields and id merged in (None values when it has none)."""
        merged = dict(parent)
        for name in self.child_api_names():
            merged[name] = (child or {}).get(name)
        merged[self.child_id_key] = (child or {}).get(self.child_id)
        return merged

    def outputs(self, obj: Mapping[str, Any]) -> Obj:
        return {**super().outputs(obj), self.child_id_key: obj.get(self.child_id_key)}

    def from_state(self, state: Mapping[str, Any]) -> Obj:
        """The object as state last recorded it (inputs and outputs under their API names)."""
        names = [*self.kind.api_fields, *self.kind.output_names]
        obj = {self.kind.api_name(n): state.get(n) for n in names if n in state}
        obj[self.child_id_key] = state.get(self.child_id_key)
        if "id" in state:  # an adopted object being converged: its state is the live object
            obj["id"] = state["id"]
        return obj

    # -- children -------------------------------------------------------------------------------

    def _fill(self, template: str, values: Mapping[str, Any], object_id: str | None, **extra: Any) -> str:
        return self.path(template, {**values, **extra}, object_id)

    @staticmethod
    def _where(parent: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
        """Template values: the inputs, and the parent object's fields for what the inputs leave unset."""
        return {**parent, **{k: v for k, v in values.items() if v is not None}}

    @staticmethod
    def _unwrap_key(response: Any, key: str | None) -> Any:
        if key and isinstance(response, Mapping) and key in response:
            return response[key]
        return response

    def latest_child(
        self, api: Scoped, values: Mapping[str, Any], object_id: str | None, parent: Mapping[str, Any]
    ) -> Obj | None:
        """The newest child of the parent, or None when it has none."""
        if self.latest == "parent":
            held = parent.get(self.latest_in_parent or "")
            if held is None or isinstance(held, Mapping):
                return dict(held) if held is not None else None
            if self.child_item is None:
                return {self.child_id: held}  # only the id is known: the child fields read as unset
            path = self._fill(self.child_item, self._where(parent, values), object_id, child_id=held)
            child = self._unwrap_key(api.get(path), self.child_envelope)
            return {self.child_id: held, **child} if isinstance(child, Mapping) else None
        path = self._fill(self.children, self._where(parent, values), object_id)
        listed = self._unwrap_key(api.get(path, params=self.latest_params), self.children_envelope) or []
        return dict(listed[0]) if listed else None

    def append_child(
        self, api: Scoped, inputs: Any, parent_child_id: str | None, object_id: str | None, where: Mapping[str, Any]
    ) -> Obj:
        """POST one new child after `parent_child_id`; the answer is the child."""
        values = inputs.model_dump(mode="json")
        path = self._fill(self.children, self._where(where, values), object_id)
        body = self.child_body(inputs, parent_child_id)

        def posted() -> Obj | None:
            # The API has no client ids for children, so a blind retry after a lost answer could append the
            # child twice: first look for it (the newest child, after `parent_child_id`, with our fields).
            latest = self.latest_child(api, values, object_id, where)
            if latest is None or latest.get(self.child_id) == parent_child_id:
                return None  # the lost POST made nothing: post again
            return latest if self.is_child_of(latest, body) else None

        response = api.post(path, body, recover=posted)
        child = self._unwrap_key(response, self.child_envelope)
        return dict(child) if isinstance(child, Mapping) else {}

    def is_child_of(self, child: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
        """Whether `child` holds what `body` posted (canonically; the parent pointer aside)."""
        return all(canonical(child.get(k)) == canonical(v) for k, v in body.items() if k != self.parent_field)

    def has_child_inputs(self, inputs: Any) -> bool:
        values = inputs.model_dump(mode="json")
        return any(values.get(f) is not None for f in self.child_fields)

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        outcome = super().create(api, inputs, owner)
        values = inputs.model_dump(mode="json")
        object_id = self.object_id(outcome.obj, inputs) if "id" in outcome.obj else None
        if isinstance(outcome, Existing):
            # Adopted (or our own, found again): the engine converges it, appending a child if needed.
            child = self.latest_child(api, values, object_id, outcome.obj)
            return Existing(self.merge_child(outcome.obj, child), outcome.ours)
        child = self.append_child(api, inputs, None, object_id, outcome.obj) if self.has_child_inputs(inputs) else None
        return Created(self.merge_child(outcome.obj, child))

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        parent = super().read(api, object_id, state)
        if parent is None:
            return None
        return self.merge_child(parent, self.latest_child(api, state, object_id, parent))

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        obj = self.from_state(state)
        body = self.update_body(old, new, changed, state)
        if body:
            response = self.unwrap(api.request(self.update_method, self.path(self.item, values, object_id), json=body))
            if isinstance(response, Mapping):
                obj = {**obj, **{k: v for k, v in response.items() if k not in self.child_api_names()}}
        if any(f in self.child_fields for f in changed):
            if self.child_id_key in state:  # None: the parent has no child yet
                latest_id = state[self.child_id_key]
            else:  # a state that never recorded the latest child: ask for it (one more request)
                latest_id = (self.read(api, object_id, state) or {}).get(self.child_id_key)
            child = self.append_child(api, new, latest_id, object_id, obj)
            obj = self.merge_child(obj, child)
        if self.read_back and (body or any(f in self.child_fields for f in changed)):
            return self.read(api, object_id, state) or obj
        return obj
