"""SCIM 2.0 resources (RFC 7644): `POST /<Resources>`, `GET`/`PATCH`/`DELETE /<Resources>/{id}`.

Requests go to the SCIM API (`Api.SCIM`: the SCIM bearer token, `<endpoint>/scim/v2`, no tenant headers).
Payloads are built and parsed with `scim2-models`. Ids are the server's, so a create is a POST that the
server refuses with 409 when the natural key is taken; the object is then found with a SCIM `eq` filter.
Every change is one PatchOp: `replace`/`remove` of the changed attributes, and `add`/`remove` of items of
multi-valued attributes (`value_lists`), never a full replace (PUT).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ...client import Api, LangSmithClient
from ...errors import ConflictError
from ..kind import ENGINE_FIELDS
from ..scoped import Scoped
from .base import ApiShape, Created, Existing, Obj, delete_tolerantly

if TYPE_CHECKING:
    from scim2_models import Resource

# `scim2_models` is imported where it is used, not here: it takes about 0.3 s to import, and every
# process that loads any kind (the Pulumi program and the dynamic-provider host) would pay for it.

PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
LOCAL = "__local"
"""Key under which the objects this shape returns carry the kind's write-only (client-side) inputs, so
`outputs` can use them alongside what the server holds."""
META_OUTPUTS = {"created_at": "created", "last_modified": "lastModified"}
"""Outputs read from the resource's `meta` (RFC 7643 §3.1)."""


@dataclass
class ScimScoped(Scoped):
    """A client bound to the SCIM API: bearer token, `application/scim+json`, no tenant headers."""

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        kwargs.setdefault("api", Api.SCIM)
        return self.client.request(method, path, **kwargs)

    def paginate(self, path: str, **kwargs: Any) -> Iterator[Any]:
        return self.client.paginate_scim(path, **kwargs)

    def find(self, path: str, attribute: str, value: str) -> dict[str, Any] | None:
        """The first resource whose `attribute` equals `value` (a SCIM `eq` filter)."""
        from scim2_models import ScimFilter

        return next(iter(self.paginate(path, filter=f"{attribute} eq {ScimFilter.quote(value)}")), None)


def patch_op(resource: type[Resource[Any]], operations: list[dict[str, Any]]) -> dict[str, Any]:
    """A PatchOp request body for a resource type (RFC 7644 §3.5.2), validated by `scim2-models`."""
    from scim2_models import Context, PatchOp

    message = PatchOp[resource].model_validate(  # type: ignore[valid-type]
        {"schemas": [PATCH_OP_SCHEMA], "Operations": operations}, scim_ctx=Context.RESOURCE_PATCH_REQUEST
    )
    return message.model_dump(scim_ctx=Context.RESOURCE_PATCH_REQUEST)


class ScimResource(ApiShape):
    """A SCIM resource type. Input fields name their SCIM attribute with `api_name`.

    The kind's subclass maps inputs to the `scim2-models` resource (`to_resource`) and the live resource
    back to inputs (`live_inputs`). Requests on the common path: create 1 (POST; a 409 looks the object up by
    the `lookup` attributes), read 1, update 1 (the PatchOp response is the resource; read back only when
    the server answers 204), delete 1.
    """

    def __init__(
        self,
        resource: str,
        collection: str,
        *,
        lookup: Iterable[str] | None = None,
        value_lists: Iterable[str] = (),
    ) -> None:
        self.resource_name = resource
        """The `scim2_models` resource class (`"User"`, `"Group"`), resolved on first use."""
        self.collection = collection
        self.item = collection + "/{id}"
        self._lookup = tuple(lookup) if lookup is not None else None
        self.value_lists = frozenset(value_lists)
        """List inputs of `{"value": ...}` items (e.g. group members): changed by `add`/`remove` operations."""

    @cached_property
    def resource(self) -> type[Resource[Any]]:
        """The `scim2_models` resource class of this shape."""
        import scim2_models

        return getattr(scim2_models, self.resource_name)

    @property
    def lookup(self) -> tuple[str, ...]:
        """Input fields whose SCIM attribute finds an existing object, tried in order (default: the natural key)."""
        return self._lookup if self._lookup is not None else self.kind.natural_key

    def scoped(self, client: LangSmithClient, props: Mapping[str, Any], object_id: str | None = None) -> Scoped:
        return ScimScoped(client)

    # -- mapping --------------------------------------------------------------------------------

    def to_resource(self, values: Mapping[str, Any]) -> Resource[Any]:
        """The `scim2-models` resource for the inputs (default: each API field under its SCIM attribute)."""
        from scim2_models import Context

        fields = [n for n in self.kind.api_fields if n not in self.kind.write_only_fields]
        return self.resource.model_validate(
            {self.kind.api_name(n): values.get(n) for n in fields}, scim_ctx=Context.RESOURCE_CREATION_REQUEST
        )

    def create_body(self, inputs: Any) -> Obj:
        from scim2_models import Context

        resource = self.to_resource(inputs.model_dump(mode="json"))
        return resource.model_dump(scim_ctx=Context.RESOURCE_CREATION_REQUEST)

    def update_body(self, old: Any, new: Any, changed: list[str], live: Mapping[str, Any]) -> Obj:
        """One PatchOp for the changed fields: `add`/`remove` items of `value_lists`, else `replace` the
        attribute (or `remove` it when it is now unset). Empty when nothing the server holds changed."""
        from scim2_models import Context

        before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
        body = self.to_resource(after).model_dump(scim_ctx=Context.RESOURCE_REPLACEMENT_REQUEST)
        skip = ENGINE_FIELDS | self.kind.replace_fields | self.kind.write_only_fields
        operations: list[dict[str, Any]] = []
        for name in changed:
            if name in skip:
                continue
            path = self.kind.api_name(name)
            if name in self.value_lists:
                operations += self.item_operations(path, before.get(name) or [], after.get(name) or [])
            elif path in body:
                operations.append({"op": "replace", "path": path, "value": body[path]})
            else:
                operations.append({"op": "remove", "path": path})
        return patch_op(self.resource, operations) if operations else {}

    @staticmethod
    def item_operations(path: str, before: list[Any], after: list[Any]) -> list[dict[str, Any]]:
        """`add` of the new items (one operation), `remove` of each dropped one (RFC 7644 §3.5.2.1-2)."""
        added = sorted(set(after) - set(before))
        removed = sorted(set(before) - set(after))
        operations: list[dict[str, Any]] = []
        if added:
            operations.append({"op": "add", "path": path, "value": [{"value": item} for item in added]})
        operations += [{"op": "remove", "path": f'{path}[value eq "{item}"]'} for item in removed]
        return operations

    def outputs(self, obj: Mapping[str, Any]) -> Obj:
        meta = obj.get("meta") or {}
        return {
            n: meta.get(META_OUTPUTS[n]) if n in META_OUTPUTS else obj.get(self.kind.api_name(n))
            for n in self.kind.output_names
        }

    def parsed(self, obj: Mapping[str, Any]) -> Resource[Any]:
        """The live object as a `scim2-models` resource (the attached write-only inputs left out)."""
        from scim2_models import Context

        server = {k: v for k, v in obj.items() if k != LOCAL}
        return self.resource.model_validate(server, scim_ctx=Context.RESOURCE_QUERY_RESPONSE)

    def local(self, obj: Any, values: Mapping[str, Any]) -> Obj:
        """The object with the kind's write-only inputs (never sent, never read back) attached for `outputs`."""
        return {**obj, LOCAL: {n: values.get(n) for n in self.kind.write_only_fields}}

    # -- lookups --------------------------------------------------------------------------------

    def find(self, api: Scoped, inputs: Any) -> Obj | None:
        """The live object with one of the inputs' `lookup` attributes (in order), if any."""
        assert isinstance(api, ScimScoped)
        values = inputs.model_dump(mode="json")
        for name in self.lookup:
            if values.get(name):
                found = api.find(self.collection, self.kind.api_name(name), values[name])
                if found is not None:
                    return dict(found)
        return None

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created | Existing:
        values = inputs.model_dump(mode="json")
        body = self.create_body(inputs)
        try:
            # An ambiguous failure is retried only after looking for the object the lost attempt made.
            created = api.post(self.collection, body, recover=lambda: self.find(api, inputs))
        except ConflictError:
            found = self.find(api, inputs)
            if found is None:
                raise  # nothing with our key exists: the 409 is about something else (e.g. the email)
            return Existing(self.local(found, values), ours=False)
        return Created(self.local(created, values))

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        obj = api.get(self.item.format(id=object_id))
        return None if obj is None else self.local(obj, state)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        values = new.model_dump(mode="json")
        body = self.update_body(old, new, changed, state)
        obj = api.patch(self.item.format(id=object_id), body) if body else None
        if not isinstance(obj, Mapping) or "id" not in obj:  # nothing to send, or a 204 without the resource
            obj = api.get(self.item.format(id=object_id))
        return self.local(obj, values)

    def delete(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> None:
        delete_tolerantly(api, self.item.format(id=object_id))
