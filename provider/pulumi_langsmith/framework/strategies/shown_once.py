"""Shown once: objects whose value only the create response carries (API keys, access tokens, SCIM tokens).

The API takes no client id and no unique name, and the value cannot be fetched again, so a create is never
retried blindly: after an ambiguous failure (lost response, 5xx) the objects it may have made are found in
the list, revoked, and the POST is sent once more (`post_revoking_orphans`). Read finds the object in the
list (there is no item GET); the value is a `once=True` secret output the engine keeps across refresh and
update. Rotation is create-before-delete (declare the kind with `delete_before_replace=False`).

Expiry rules, when the kind has an expiry input: a new expiry must lie in the future (checked at preview; an
unchanged one may have passed since), and it must not exceed the organization's maximum for this kind
(`max_expiry_setting` of `GET /api/v1/orgs/current/info`, checked at create before any write).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from ..scoped import Scoped, contains_unknown, post_revoking_orphans
from .base import Created, Obj
from .rest import ListOnlyRead, RestCollection

ORG_INFO_PATH = "/api/v1/orgs/current/info"


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

    def is_ours(self, obj: Mapping[str, Any], inputs: Any) -> bool:
        """Whether a listed object, new since the POST, is one that POST made."""
        return bool(obj.get("description") == inputs.model_dump(mode="json").get("description"))

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
        body = self.resolve(api, self.create_body(inputs, None))
        obj = post_revoking_orphans(
            api,
            collection,
            post=lambda: api.post(collection, body),
            is_ours=lambda obj: self.is_ours(obj, inputs),
            delete=lambda object_id: self.delete(api, object_id, values),
        )
        return Created(dict(self.unwrap(obj)))

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
        if not body:
            return self.read(api, object_id, state) or {}
        response = self.unwrap(api.request(self.update_method, self.path(self.item, state, object_id), json=body))
        if self.read_back or not isinstance(response, Mapping):
            return self.read(api, object_id, state) or {}
        return dict(response)
