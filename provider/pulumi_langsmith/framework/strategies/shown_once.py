"""Shown once: objects whose value only the create response carries (API keys, access tokens, SCIM tokens).

The API takes no client id and no unique name, and the value cannot be fetched again, so a create is never
retried blindly: after an ambiguous failure (lost response, 5xx) the objects it may have made are found in
the list, revoked, and the POST is sent once more (`post_revoking_orphans`). Read finds the object in the
list (there is no item GET); the value is a `once=True` secret output the engine keeps across refresh and
update. Rotation is create-before-delete (declare the kind with `delete_before_replace=False`).

Owner marker. The API takes only a description, so ownership is written into it: the description is sent
as `<description> [pulumi:<12 hex>]`, and `live_inputs` strips the suffix (no diff, no drift). The marker
is recognised by `is_ours`, never the bare description: a key someone else made with the same description
is never touched. A create first revokes every listed object carrying its marker: the orphan of an earlier
create of this resource whose response was lost and whose clean-up never ran (a killed CLI, a clean-up
request that kept failing). That is safe only if no managed object carries the marker, and rotation
(create-before-delete) is the trap: while the new key is created, the old key of the same resource is still
live and still in state. So the marker is not just a hash of the owner identity; it is a chain kept in the
hidden input `__marker`, derived at check from the owner and the old inputs' `__marker`:

- a resource not in state (a first create, or a re-run of one that failed): `h(owner, none)`, the same on
  every re-run, so the re-run finds the orphan;
- a resource in state (a replacement, including `pulumi up --replace` with unchanged inputs):
  `h(owner, old marker)`, which differs from the marker of the key in state, and is again the same on a
  re-run of a failed replacement (the old state is unchanged), so the orphan is found and the old key kept.

Every check of a resource in state moves the stored marker one step on (check cannot tell a no-op from a
replacement), which is harmless: the next create's marker is still one no live key carries; a refresh
resets it to the live key's. An in-place description change (SCIM tokens) re-marks the object with a marker
derived differently again (`in-place`), so no later create can take it for an orphan. Without an owner
identity (direct engine use), each create draws a random marker: recovery within the call, by marker only.

Expiry rules, when the kind has an expiry input: a new expiry must lie in the future (checked at preview; an
unchanged one may have passed since), and it must not exceed the organization's maximum for this kind
(`max_expiry_setting` of `GET /api/v1/orgs/current/info`, checked at create before any write).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from ..scoped import Scoped, contains_unknown, post_revoking_orphans
from .base import Created, Obj
from .rest import ListOnlyRead, RestCollection

ORG_INFO_PATH = "/api/v1/orgs/current/info"
MARKER_KEY = "__marker"
"""Hidden input: the owner marker a create of these inputs writes into the description."""
MARKER_SUFFIX = re.compile(r" \[pulumi:([0-9a-f]{12})\]\Z")
"""The marker as it ends a description: ` [pulumi:<12 hex>]` (22 characters)."""
_MARKER_NAMESPACE = uuid.UUID("8f3c1d2e-5a4b-4e6f-9c7d-0b1a2c3d4e5f")


def derive_marker(*seed: str) -> str:
    """12 hex digits of a uuid5 of the seed (48 bits: a collision between two markers is never expected)."""
    return uuid.uuid5(_MARKER_NAMESPACE, "/".join(seed)).hex[:12]


def marked(description: Any, marker: str | None) -> Any:
    """The description as sent: the user's text and the marker (none when there is no marker)."""
    return f"{description} [pulumi:{marker}]" if marker and isinstance(description, str) else description


def split_marker(description: Any) -> tuple[Any, str | None]:
    """(the user's description, the marker) of a description as listed."""
    if not isinstance(description, str):
        return description, None
    match = MARKER_SUFFIX.search(description)
    return (description[: match.start()], match.group(1)) if match else (description, None)


def _instant(value: Any) -> datetime | None:
    """An ISO 8601 date-time as an aware instant (naive means UTC); None when it is not one."""
    if not isinstance(value, str) or contains_unknown(value):
        return None
    try:
        when = datetime.fromisoformat(value.strip())
        return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError):
        return None


class ShownOnce(ListOnlyRead):
    """Requests: create 2 (the list, to know what an ambiguous failure may have made, then the POST; plus 1
    for the organization's expiry limit when an expiry is set), read 1 (the list, or the item), update 1 (the PATCH, whose
    response is the object; a kind whose every input replaces never updates), delete 1.
    """

    def __init__(
        self,
        collection: str,
        item: str | None = None,
        *,
        expiry: str | None = "expires_at",
        max_expiry_setting: str | None = None,
        item_read: bool = False,
        **options: Any,
    ) -> None:
        options.setdefault("list_filter", None)
        super().__init__(collection, item, **options)
        self.expiry = expiry
        """The expiry input (None: the kind has none the strategy checks)."""
        self.max_expiry_setting = max_expiry_setting
        """`OrganizationInfo` setting that caps this kind's expiry, in days."""
        self.item_read = item_read
        """Whether the API has an item GET (read uses it; otherwise read finds the object in the list)."""

    # -- mapping hooks --------------------------------------------------------------------------

    def resolve(self, api: Scoped, body: Obj) -> Obj:
        """A create or update body with references the API takes as ids resolved (may send requests)."""
        return body

    def expand(self, api: Scoped, obj: Obj, state: Mapping[str, Any]) -> Obj:
        """A listed object with what `live_inputs` needs that only more requests give (e.g. role names)."""
        return obj

    def is_ours(self, obj: Mapping[str, Any], marker: str) -> bool:
        """Whether a listed object carries this create's owner marker (never: the same description)."""
        return split_marker(obj.get("description"))[1] == marker

    def hidden_inputs(self, olds: Mapping[str, Any], news: Mapping[str, Any], owner: str) -> Obj:
        # The marker chain (module docstring): a first create's is fixed by the owner; a replacement's is
        # derived from the old key's (as the old inputs record it), so it is never the old key's own.
        if not owner:
            return {}
        previous = olds.get(MARKER_KEY)
        return {MARKER_KEY: derive_marker(self.kind.name, owner, str(previous or ""))}

    def live_inputs(self, obj: Mapping[str, Any], state: Mapping[str, Any]) -> Obj:
        description, marker = split_marker(obj.get("description"))
        live = super().live_inputs({**obj, "description": description}, state)
        if marker is not None:
            live[MARKER_KEY] = marker  # a refresh records the live key's marker in the inputs
        return live

    # -- preview --------------------------------------------------------------------------------

    def check(self, inputs: Any, olds: Mapping[str, Any]) -> list[tuple[str, str]]:
        if self.expiry is None:
            return []
        value = getattr(inputs, self.expiry, None)
        when = _instant(value)
        if when is None or when > datetime.now(timezone.utc):
            return []
        if _instant(olds.get(self.expiry)) == when:
            return []  # unchanged: a key that has since expired keeps previewing cleanly
        return [(self.expiry, f"{value} is in the past; a key must expire later")]

    def check_expiry_limit(self, api: Scoped, inputs: Any) -> None:
        """Refuse an expiry beyond the organization's maximum for this kind (one request; before any write)."""
        if self.expiry is None or self.max_expiry_setting is None:
            return
        value = getattr(inputs, self.expiry, None)
        when = _instant(value)
        if when is None:
            return
        info = api.client.get(ORG_INFO_PATH, organization_id=api.client.settings.organization_id) or {}
        limit = info.get(self.max_expiry_setting)
        if limit is not None and when > datetime.now(timezone.utc) + timedelta(days=int(limit)):
            raise ValueError(
                f"{self.kind.name}.{self.expiry} {value} is beyond the organization's limit "
                f"of {limit} days ({self.max_expiry_setting}); choose an earlier expiry"
            )

    # -- lifecycle ------------------------------------------------------------------------------

    def create(self, api: Scoped, inputs: Any, owner: str) -> Created:
        self.check_expiry_limit(api, inputs)
        values = inputs.model_dump(mode="json")
        collection = self.path(self.collection, values)
        marker = str(api.hidden.get(MARKER_KEY) or uuid.uuid4().hex[:12])
        body = self.resolve(api, self.create_body(inputs, None))
        body = {**body, "description": marked(body.get("description"), marker)}
        obj = dict(
            self.unwrap(
                post_revoking_orphans(
                    api,
                    collection,
                    post=lambda: api.post(collection, body),
                    is_ours=lambda obj: self.is_ours(obj, marker),
                    delete=lambda object_id: self.delete(api, object_id, values),
                )
            )
        )
        return Created({**obj, "description": split_marker(obj.get("description"))[0]})

    def read(self, api: Scoped, object_id: str, state: Mapping[str, Any]) -> Obj | None:
        obj = (
            RestCollection.read(self, api, object_id, state) if self.item_read else super().read(api, object_id, state)
        )
        return None if obj is None else self.expand(api, obj, state)

    def update(
        self, api: Scoped, object_id: str, old: Any, new: Any, changed: list[str], state: Mapping[str, Any]
    ) -> Obj:
        body = self.update_body(old, new, changed, state)
        body = self.resolve(api, body) if body else body
        if "description" in body and api.hidden.get(MARKER_KEY):
            # Re-marked with a marker of its own: no later create of this resource takes it for an orphan.
            body["description"] = marked(body["description"], derive_marker(str(api.hidden[MARKER_KEY]), "in-place"))
        if not body:
            return self.read(api, object_id, state) or {}
        response = self.unwrap(api.request(self.update_method, self.path(self.item, state, object_id), json=body))
        if self.read_back or not isinstance(response, Mapping):
            return self.read(api, object_id, state) or {}
        return dict(response)
