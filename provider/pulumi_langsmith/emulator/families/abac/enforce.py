"""ABAC as LangSmith documents it (docs `langsmith/abac`), evaluated for a caller's roles on one tagged resource.

- A policy applies to the roles it is attached to. Its condition groups are OR'ed: a group applies to one
  permission on one resource type, and its conditions are AND'ed.
- A condition compares the resource's values of one tag key (`attribute_key`): `equals`/`not_equals` (case
  sensitive), `*_ignore_case`, `matches`/`not_matches` (a glob: `*` any string, `?` one character). A resource
  without that tag key matches only the `*_if_exists` forms. With several values of the key, a positive
  operator needs one value to match, a negative one needs every value to.
- Deny always wins. When allow policies cover the permission and resource type but none matches, access is
  denied. With no policy covering them, RBAC alone decides. (The real service also lets an allow policy grant
  access RBAC does not; the emulator does not: RBAC is checked first.)
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from typing import Any

from ...store import Document, Store
from .tables import ACCESS_POLICIES, TAG_KEYS, TAG_VALUES, TAGGINGS


def resource_tags(store: Store, workspace_id: str, resource_type: str, resource_id: str) -> dict[str, list[str]]:
    """The resource's tags: tag key → its values on the resource."""
    tags: dict[str, list[str]] = {}
    for tagging in store.list(TAGGINGS, workspace_id):
        if tagging["resource_type"] != resource_type or tagging["resource_id"] != str(resource_id):
            continue
        value = store.get(TAG_VALUES, tagging["tag_value_id"])
        key = store.get_in(TAG_KEYS, workspace_id, value["tag_key_id"]) if value else None
        if value is not None and key is not None:
            tags.setdefault(key["key"], []).append(value["value"])
    return tags


def _compare(operator: str, actual: str, wanted: str) -> bool:
    if operator.startswith("matches"):
        return fnmatch.fnmatchcase(actual, wanted)
    if "ignore_case" in operator:
        return actual.lower() == wanted.lower()
    return actual == wanted


def condition_holds(condition: Mapping[str, Any], tags: Mapping[str, list[str]]) -> bool:
    operator = str(condition.get("operator") or "")
    values = tags.get(str(condition.get("attribute_key") or ""))
    if not values:
        return operator.endswith("_if_exists")
    base = operator.removesuffix("_if_exists")
    wanted = str(condition.get("attribute_value") or "")
    if base.startswith("not_"):
        return all(not _compare(base.removeprefix("not_"), v, wanted) for v in values)
    return any(_compare(base, v, wanted) for v in values)


def _groups(policy: Document, permission: str, resource_type: str) -> list[Document]:
    return [
        g
        for g in policy.get("condition_groups") or []
        if g.get("permission") == permission and g.get("resource_type") == resource_type
    ]


def denied(
    store: Store,
    organization_id: str,
    workspace_id: str,
    role_ids: Iterable[str],
    permission: str,
    resource_type: str,
    resource_id: str,
) -> bool:
    """Whether the access policies of these roles deny `permission` on the resource."""
    roles = {str(r) for r in role_ids}
    policies = [p for p in store.list(ACCESS_POLICIES, organization_id) if roles & set(p.get("role_ids") or ())]
    covering = [(p, groups) for p in policies if (groups := _groups(p, permission, resource_type))]
    if not covering:
        return False
    tags = resource_tags(store, workspace_id, resource_type, resource_id)

    def matches(groups: list[Document]) -> bool:
        return any(all(condition_holds(c, tags) for c in g.get("conditions") or []) for g in groups)

    if any(p.get("effect") == "deny" and matches(groups) for p, groups in covering):
        return True
    allows = [groups for p, groups in covering if p.get("effect") == "allow"]
    return bool(allows) and not any(matches(groups) for groups in allows)
