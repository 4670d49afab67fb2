"""`ApiShape`: the protocol every strategy implements, with the mapping defaults they share.

A strategy is the HTTP behaviour of a kind: how an object is created (idempotently), read, updated and
deleted, and how API objects map to inputs and outputs. The engine owns everything else.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...client import LangSmithClient
from ...errors import ForbiddenError, NotFoundError
from ..kind import ENGINE_FIELDS
from ..scoped import Scoped, canonical, workspace_is_gone

if TYPE_CHECKING:
    from ..engine import KindEngine
    from ..kind import Kind

Obj = dict[str, Any]
_ID_NAMESPACE = uuid.UUID("5b0b6f1e-7f57-4c43-9d0e-3f9f6b1c2a10")


@dataclass(frozen=True)
class Created:
    """The create made a new object."""

    obj: Obj


@dataclass(frozen=True)
class Existing:
    """An object with the natural key exists: `ours` when this resource made it (a retried create)."""

    obj: Obj
    ours: bool


class ApiShape:
    """Base of every strategy. Subclasses implement `create`, `read`, `update` and `delete`."""

    kind: Kind[Any]

    def bind(self, kind: Kind[Any]) -> None:
        self.kind = kind

    # -- scoping --------------------------------------------------------------------------------

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        """The client with this object's workspace or organization headers."""
        if self.kind.scope == "workspace":
            tenant = props.get("workspace_id") or props.get("tenant_id") or client.settings.workspace_id
            return Scoped(client, tenant_id=tenant)
        return Scoped(client, organization_id=client.settings.organization_id)

    # -- preview --------------------------------------------------------------------------------

    def check(self, inputs: Any, olds: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Rules of the shape that need the old inputs (e.g. an expiry that must be in the future)."""
        return []

    def hidden_inputs(self, olds: Mapping[str, Any], news: Mapping[str, Any], owner: str) -> Obj:
        """Hidden (`__*`) inputs the shape derives at check from the old inputs (e.g. an owner marker), kept
        in state and handed to create and update as `Scoped.hidden`."""
        return {}

    def changed_fields(self, engine: KindEngine, olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        return engine.changed_fields(olds, news)

    def replacing(self, changed: list[str], olds: Mapping[str, Any], news: Mapping[str, Any]) -> list[str]:
        """The changed fields that replace the object (default: those marked `replace=`)."""
        return [f for f in changed if f in self.kind.replace_fields]

    def delete_first(self, changed: list[str], replaces: list[str]) -> bool:
        """Whether a replacement deletes the old object before making the new one (default: the kind's
        `delete_before_replace`)."""
        return bool(replaces) and self.kind.delete_before_replace

    def same(self, name: str, old: Any, new: Any) -> bool:
        """Whether two values of an input are equal (canonical form; unordered lists sorted)."""
        old_c, new_c = canonical(old), canonical(new)
        if name in self.kind.unordered_fields and isinstance(old_c, list) and isinstance(new_c, list):
            old_c = sorted(old_c, key=lambda v: json.dumps(v, sort_keys=True))
            new_c = sorted(new_c, key=lambda v: json.dumps(v, sort_keys=True))
        return bool(old_c == new_c)

    # -- mapping --------------------------------------------------------------------------------

    def to_api(self, inputs: Any, fields: Any = None) -> Obj:
        """Request-body fields for the given input fields (default: every API field), under the API's names."""
        wanted = list(fields) if fields is not None else list(self.kind.api_fields)
        dumped = inputs.model_dump(mode="json")
        body: Obj = {}
        for name in wanted:
            if name in dumped and name not in ENGINE_FIELDS:
                put_path(body, self.kind.api_name(name), dumped[name])
        return body

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        """Input values as the server holds them (write-only inputs are kept from state by the engine)."""
        return {
            n: get_path(obj, self.kind.api_name(n))
            for n in self.kind.api_fields
            if n not in self.kind.write_only_fields
        }

    def outputs(self, obj: Mapping[str, Any]) -> Obj:
        return {n: get_path(obj, self.kind.api_name(n)) for n in self.kind.output_names}

    def object_id(self, obj: Mapping[str, Any], inputs: Any) -> str:
        return str(obj["id"])

    def state_keys(self) -> tuple[str, ...]:
        """Hidden outputs the shape keeps across refresh and update when the API omits them."""
        return self.kind.extra_state

    def natural_key_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(canonical(values.get(k)) for k in self.kind.natural_key)

    def deterministic_id(self, inputs: Any, api: Scoped, owner: str) -> str:
        """A client-supplied id derived from the resource's owner identity, scope, natural key and
        replace-on-change fields: a create retried after a crash finds its own object, never a duplicate."""
        dumped = canonical(inputs.model_dump(mode="json"))
        fields = sorted(set(self.kind.natural_key) | set(self.kind.replace_fields))
        identity = {k: dumped.get(k) for k in fields}
        scope = api.tenant_id or api.organization_id or ""
        seed = json.dumps([self.kind.name, owner, scope, identity], sort_keys=True, separators=(",", ":"))
        return str(uuid.uuid5(_ID_NAMESPACE, seed))

    def exists_message(self, obj: Mapping[str, Any], api: Scoped) -> str:
        live = self.live_inputs(obj, {})
        key = ", ".join(f"{k}={live.get(k)!r}" for k in self.kind.natural_key)
        return (
            f"{self.kind.name} with {key} already exists (id {obj.get('id')}); set adopt_existing=True to "
            "manage it with this resource, or choose another name."
        )

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        raise NotImplementedError

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        """The live object, or None when it is gone."""
        raise NotImplementedError

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        raise NotImplementedError

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        raise NotImplementedError


def get_path(obj: Mapping[str, Any], api_name: str) -> Any:
    """`obj[api_name]`, where a dotted name (`extra.metadata`) reaches into nested objects; None when absent."""
    value: Any = obj
    for part in api_name.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def put_path(body: Obj, api_name: str, value: Any) -> None:
    """Set `body[api_name]`, creating the nested objects a dotted name (`extra.metadata`) goes through."""
    *parents, last = api_name.split(".")
    target = body
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value


def delete_tolerantly(api: Scoped, path: str) -> None:
    """DELETE; a 404, or a workspace that is itself gone (the API then answers 403), counts as done."""
    try:
        api.delete(path)
    except NotFoundError:
        pass
    except ForbiddenError:
        if not workspace_is_gone(api):
            raise
