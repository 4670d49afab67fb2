"""Resource tags (`/api/v1/workspaces/current/tag-keys|taggings|tags/resource`) and access policies (the Go
platform service's `/v1/platform/orgs/current/access-policies`).

- Tag keys are unique per workspace, values per key (a duplicate is 409). Deleting a key deletes its values,
  deleting a value its taggings. Reading and writing tags takes `workspaces:read` / `workspaces:manage`.
- A tagging tags one resource (of the spec's `ResourceType`s) with one value, once (a duplicate is 409). A
  project, dataset or prompt (a hub repo, by its id) must exist in the workspace (404); the emulator holds no
  other taggable objects, so their ids are taken on trust. Taggings of a project, dataset or prompt deleted
  since are no longer listed.
- Access policies are created, read and deleted (the spec has no update); `role_ids` on create attaches them.
  Attach is `POST .../roles/{role_id}/access-policies`; detach is the `DELETE` of the same path with
  `?access_policy_ids=`, which no spec describes: it is the route the official Terraform provider uses
  (`access_policy_attachment_resource.go`, see ../shared/reference/terraform-anchors.md), allow-listed in
  `scripts/extract_contract.py` (`DOCUMENTED_ONLY_OPERATIONS`). Errors have the Go service's `{error}` shape.
- Policies are enforced: see `enforce.py` and `auth.requires(..., resource=...)`.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Query, Response
from fastapi.responses import JSONResponse

from ...auth import OrganizationCaller, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..access import principals
from ..hub.tables import REPOS
from ..langsmith.schemas import utcnow
from ..langsmith.tables import DATASETS, SESSIONS
from .schemas import (
    AbacErrorResponse,
    AccessPolicy,
    AccessPolicyCreateResponse,
    AttachAccessPoliciesPayload,
    CreateAccessPolicyPayload,
    ListAccessPoliciesResponse,
    ResourceType,
    Tagging,
    TaggingCreate,
    TagKey,
    TagKeyCreate,
    TagKeyUpdate,
    TagKeyWithValuesAndTaggings,
    TagValue,
    TagValueCreate,
    TagValueUpdate,
)
from .tables import ACCESS_POLICIES, TAG_KEYS, TAG_VALUES, TAGGINGS

router = APIRouter()
platform_router = APIRouter()

#: Resource types whose objects the emulator holds, with their table: their taggings are checked and pruned.
HELD_RESOURCES = {
    ResourceType.project.value: SESSIONS,
    ResourceType.dataset.value: DATASETS,
    ResourceType.prompt.value: REPOS,
}


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


def conflict(detail: str) -> HTTPException:
    return HTTPException(status_code=409, detail=detail)


# ================================================================ tag keys


def workspace_tag_key(store: Store, workspace_id: str, tag_key_id: object) -> Document:
    doc = store.get_in(TAG_KEYS, workspace_id, tag_key_id)
    if doc is None:
        raise not_found("Tag key")
    return doc


def delete_values(store: Store, workspace_id: str, values: list[Document]) -> None:
    """Delete tag values with their taggings."""
    doomed = {v["id"] for v in values}
    taggings = [t["id"] for t in store.list(TAGGINGS, workspace_id) if t["tag_value_id"] in doomed]
    store.delete(TAGGINGS, taggings)
    store.delete(TAG_VALUES, doomed)


@router.get("/workspaces/current/tag-keys", response_model=list[TagKey], dependencies=[requires("workspaces:read")])
async def list_tag_keys(principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """The workspace's tag keys, oldest first."""
    return store.list(TAG_KEYS, principal.workspace_id)


@router.post("/workspaces/current/tag-keys", response_model=TagKey, dependencies=[requires("workspaces:manage")])
async def create_tag_key(body: TagKeyCreate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """A new tag key, unique in the workspace."""
    with store.transaction():
        if store.find_by_name(TAG_KEYS, principal.workspace_id, body.key) is not None:
            raise conflict("Tag key already exists.")
        now = utcnow().isoformat()
        doc = {**body.model_dump(mode="json"), "id": str(uuid4()), "created_at": now, "updated_at": now}
        return store.insert(TAG_KEYS, doc, scope=principal.workspace_id, name=body.key)


@router.get(
    "/workspaces/current/tag-keys/{tag_key_id}", response_model=TagKey, dependencies=[requires("workspaces:read")]
)
async def get_tag_key(tag_key_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    return workspace_tag_key(store, principal.workspace_id, tag_key_id)


@router.patch(
    "/workspaces/current/tag-keys/{tag_key_id}", response_model=TagKey, dependencies=[requires("workspaces:manage")]
)
async def update_tag_key(tag_key_id: UUID, body: TagKeyUpdate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """Change the fields that were sent (a null description clears it; a null key leaves it)."""
    with store.transaction():
        doc = workspace_tag_key(store, principal.workspace_id, tag_key_id)
        changes = body.model_dump(mode="json", include=body.model_fields_set)
        if changes.get("key", ...) is None:
            changes.pop("key", None)
        new_key = changes.get("key")
        if new_key is not None and new_key != doc["key"]:
            if store.find_by_name(TAG_KEYS, principal.workspace_id, new_key) is not None:
                raise conflict("Tag key already exists.")
        doc.update(changes, updated_at=utcnow().isoformat())
        return store.replace(TAG_KEYS, doc, name=doc["key"])


@router.delete("/workspaces/current/tag-keys/{tag_key_id}", dependencies=[requires("workspaces:manage")])
async def delete_tag_key(tag_key_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a tag key with its values and their taggings."""
    with store.transaction():
        doc = workspace_tag_key(store, principal.workspace_id, tag_key_id)
        delete_values(store, principal.workspace_id, store.list(TAG_VALUES, doc["id"]))
        store.delete(TAG_KEYS, [doc["id"]])


# ================================================================ tag values


def key_value(store: Store, workspace_id: str, tag_key_id: object, tag_value_id: object) -> Document:
    key = workspace_tag_key(store, workspace_id, tag_key_id)
    doc = store.get_in(TAG_VALUES, key["id"], tag_value_id)
    if doc is None:
        raise not_found("Tag value")
    return doc


@router.get(
    "/workspaces/current/tag-keys/{tag_key_id}/tag-values",
    response_model=list[TagValue],
    dependencies=[requires("workspaces:read")],
)
async def list_tag_values(tag_key_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """The key's values, oldest first."""
    return store.list(TAG_VALUES, workspace_tag_key(store, principal.workspace_id, tag_key_id)["id"])


@router.post(
    "/workspaces/current/tag-keys/{tag_key_id}/tag-values",
    response_model=TagValue,
    dependencies=[requires("workspaces:manage")],
)
async def create_tag_value(
    tag_key_id: UUID, body: TagValueCreate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new value of the key, unique for it."""
    with store.transaction():
        key = workspace_tag_key(store, principal.workspace_id, tag_key_id)
        if store.find_by_name(TAG_VALUES, key["id"], body.value) is not None:
            raise conflict("Tag value already exists for this key.")
        now = utcnow().isoformat()
        doc = {**body.model_dump(mode="json"), "id": str(uuid4()), "tag_key_id": key["id"]}
        doc.update(created_at=now, updated_at=now)
        return store.insert(TAG_VALUES, doc, scope=key["id"], name=body.value)


@router.get(
    "/workspaces/current/tag-keys/{tag_key_id}/tag-values/{tag_value_id}",
    response_model=TagValue,
    dependencies=[requires("workspaces:read")],
)
async def get_tag_value(tag_key_id: UUID, tag_value_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    return key_value(store, principal.workspace_id, tag_key_id, tag_value_id)


@router.patch(
    "/workspaces/current/tag-keys/{tag_key_id}/tag-values/{tag_value_id}",
    response_model=TagValue,
    dependencies=[requires("workspaces:manage")],
)
async def update_tag_value(
    tag_key_id: UUID, tag_value_id: UUID, body: TagValueUpdate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change the fields that were sent (a null description clears it; a null value leaves it)."""
    with store.transaction():
        doc = key_value(store, principal.workspace_id, tag_key_id, tag_value_id)
        changes = body.model_dump(mode="json", include=body.model_fields_set)
        if changes.get("value", ...) is None:
            changes.pop("value", None)
        new_value = changes.get("value")
        if new_value is not None and new_value != doc["value"]:
            if store.find_by_name(TAG_VALUES, doc["tag_key_id"], new_value) is not None:
                raise conflict("Tag value already exists for this key.")
        doc.update(changes, updated_at=utcnow().isoformat())
        return store.replace(TAG_VALUES, doc, name=doc["value"])


@router.delete(
    "/workspaces/current/tag-keys/{tag_key_id}/tag-values/{tag_value_id}",
    dependencies=[requires("workspaces:manage")],
)
async def delete_tag_value(tag_key_id: UUID, tag_value_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a tag value and its taggings."""
    with store.transaction():
        doc = key_value(store, principal.workspace_id, tag_key_id, tag_value_id)
        delete_values(store, principal.workspace_id, [doc])


# ================================================================ taggings


def resource_exists(store: Store, workspace_id: str, resource_type: str, resource_id: str) -> bool:
    table = HELD_RESOURCES.get(resource_type)
    return table is None or store.get_in(table, workspace_id, resource_id) is not None


@router.post("/workspaces/current/taggings", response_model=Tagging, dependencies=[requires("workspaces:manage")])
async def create_tagging(body: TaggingCreate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """Tag a resource with a value of the workspace (once)."""
    workspace_id = principal.workspace_id
    with store.transaction():
        value = store.get(TAG_VALUES, body.tag_value_id)
        if value is None or store.get_in(TAG_KEYS, workspace_id, value["tag_key_id"]) is None:
            raise not_found("Tag value")
        doc = body.model_dump(mode="json")
        if not resource_exists(store, workspace_id, doc["resource_type"], doc["resource_id"]):
            raise not_found(doc["resource_type"].capitalize())
        name = f"{doc['tag_value_id']}/{doc['resource_type']}/{doc['resource_id']}"
        if store.find_by_name(TAGGINGS, workspace_id, name) is not None:
            raise conflict("The resource already has this tag value.")
        doc.update(id=str(uuid4()), created_at=utcnow().isoformat())
        return store.insert(TAGGINGS, doc, scope=workspace_id, name=name)


@router.delete("/workspaces/current/taggings/{tagging_id}", dependencies=[requires("workspaces:manage")])
async def delete_tagging(tagging_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    with store.transaction():
        if store.get_in(TAGGINGS, principal.workspace_id, tagging_id) is None:
            raise not_found("Tagging")
        store.delete(TAGGINGS, [tagging_id])


@router.get(
    "/workspaces/current/tags/resource",
    response_model=list[TagKeyWithValuesAndTaggings],
    dependencies=[requires("workspaces:read")],
)
async def list_tags_for_resource(
    resource_type: ResourceType, resource_id: UUID, principal: WorkspaceCaller, store: StoreDep
) -> list[Document]:
    """The tag keys on one resource, each with its values there and their taggings."""
    workspace_id = principal.workspace_id
    if not resource_exists(store, workspace_id, resource_type.value, str(resource_id)):
        return []
    by_key: dict[str, Document] = {}
    by_value: dict[str, Document] = {}
    for tagging in store.list(TAGGINGS, workspace_id):
        if tagging["resource_type"] != resource_type.value or tagging["resource_id"] != str(resource_id):
            continue
        value = store.get(TAG_VALUES, tagging["tag_value_id"])
        key = store.get_in(TAG_KEYS, workspace_id, value["tag_key_id"]) if value else None
        if value is None or key is None:
            continue
        key_view = by_key.setdefault(key["id"], {**key, "values": []})
        if value["id"] not in by_value:
            by_value[value["id"]] = {**value, "taggings": []}
            key_view["values"].append(by_value[value["id"]])
        by_value[value["id"]]["taggings"].append(tagging)
    return list(by_key.values())


# ================================================================ access policies (Go platform service)


def abac_error(status: int, message: str) -> JSONResponse:
    """The Go service's error shape, `abac.ErrorResponse`."""
    return JSONResponse(AbacErrorResponse(error=message).model_dump(), status_code=status)


def _role_ids(store: Store, organization_id: str, role_ids: list[str]) -> list[str] | None:
    """The roles' canonical ids, or None when one is not a role of the organisation."""
    found = []
    for raw in role_ids:
        try:
            role = principals.get_role(store, organization_id, UUID(raw))
        except ValueError:
            role = None
        if role is None:
            return None
        found.append(str(role["id"]))
    return found


def _invalid_payload(body: CreateAccessPolicyPayload) -> str | None:
    if not body.name:
        return "Invalid request: name is required"
    if body.effect not in ("allow", "deny"):
        return "Invalid request: effect must be allow or deny"
    if not body.condition_groups:
        return "Invalid request: at least one condition group is required"
    for group in body.condition_groups:
        if group.permission is None or not group.resource_type:
            return "Invalid request: a condition group needs a permission and a resource_type"
        for condition in group.conditions or []:
            if condition.operator is None or not condition.attribute_key or condition.attribute_name is None:
                return "Invalid request: a condition needs attribute_name, attribute_key and operator"
    return None


@platform_router.get(
    "/orgs/current/access-policies",
    response_model=ListAccessPoliciesResponse,
    dependencies=[requires("organization:read")],
)
async def list_access_policies(principal: OrganizationCaller, store: StoreDep) -> dict[str, Any]:
    return {"access_policies": store.list(ACCESS_POLICIES, principal.organization_id)}


@platform_router.post(
    "/orgs/current/access-policies",
    response_model=AccessPolicyCreateResponse,
    status_code=201,
    dependencies=[requires("organization:manage")],
)
async def create_access_policy(body: CreateAccessPolicyPayload, principal: OrganizationCaller, store: StoreDep) -> Any:
    """A new access policy, attached to `role_ids` if given; the response carries only its id."""
    if (problem := _invalid_payload(body)) is not None:
        return abac_error(400, problem)
    with store.transaction():
        roles = _role_ids(store, principal.organization_id, body.role_ids or [])
        if roles is None:
            return abac_error(404, "Role not found")
        now = utcnow().isoformat()
        doc = body.model_dump(mode="json")
        doc.update(id=str(uuid4()), role_ids=roles, created_at=now, updated_at=now)
        doc["condition_groups"] = [{**g, "conditions": g.get("conditions") or []} for g in doc["condition_groups"]]
        store.insert(ACCESS_POLICIES, doc, scope=principal.organization_id)
    return {"id": doc["id"]}


@platform_router.get(
    "/orgs/current/access-policies/{access_policy_id}",
    response_model=AccessPolicy,
    dependencies=[requires("organization:read")],
)
async def get_access_policy(access_policy_id: str, principal: OrganizationCaller, store: StoreDep) -> Any:
    doc = store.get_in(ACCESS_POLICIES, principal.organization_id, access_policy_id)
    return abac_error(404, "Access policy not found") if doc is None else doc


@platform_router.delete(
    "/orgs/current/access-policies/{access_policy_id}",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("organization:manage")],
)
async def delete_access_policy(access_policy_id: str, principal: OrganizationCaller, store: StoreDep) -> Response:
    """Delete an access policy (its attachments go with it)."""
    with store.transaction():
        if store.get_in(ACCESS_POLICIES, principal.organization_id, access_policy_id) is None:
            return abac_error(404, "Access policy not found")
        store.delete(ACCESS_POLICIES, [access_policy_id])
    return Response(status_code=204)


def _policies(store: Store, organization_id: str, ids: list[str]) -> list[Document] | None:
    docs = [store.get_in(ACCESS_POLICIES, organization_id, i) for i in ids]
    return None if any(d is None for d in docs) else [d for d in docs if d is not None]


@platform_router.post(
    "/orgs/current/access-policies/roles/{role_id}/access-policies",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("organization:manage")],
)
async def attach_access_policies(
    role_id: str, body: AttachAccessPoliciesPayload, principal: OrganizationCaller, store: StoreDep
) -> Response:
    """Attach policies to a role; attaching one already attached changes nothing."""
    with store.transaction():
        roles = _role_ids(store, principal.organization_id, [role_id])
        if roles is None:
            return abac_error(404, "Role not found")
        if not body.access_policy_ids:
            return abac_error(400, "Invalid request: access_policy_ids is required")
        policies = _policies(store, principal.organization_id, body.access_policy_ids)
        if policies is None:
            return abac_error(404, "Access policy not found")
        for policy in policies:
            if roles[0] not in policy["role_ids"]:
                policy["role_ids"].append(roles[0])
                policy["updated_at"] = utcnow().isoformat()
                store.replace(ACCESS_POLICIES, policy)
    return Response(status_code=204)


@platform_router.delete(
    "/orgs/current/access-policies/roles/{role_id}/access-policies",
    status_code=204,
    response_class=Response,
    response_model=None,
    dependencies=[requires("organization:manage")],
)
async def detach_access_policies(
    role_id: str,
    principal: OrganizationCaller,
    store: StoreDep,
    access_policy_ids: Annotated[list[str], Query()],
) -> Response:
    """Detach policies from a role (the official Terraform provider's route; in no spec: see the module doc)."""
    with store.transaction():
        roles = _role_ids(store, principal.organization_id, [role_id])
        if roles is None:
            return abac_error(404, "Role not found")
        policies = _policies(store, principal.organization_id, access_policy_ids)
        if policies is None:
            return abac_error(404, "Access policy not found")
        for policy in policies:
            if roles[0] in policy["role_ids"]:
                policy["role_ids"].remove(roles[0])
                policy["updated_at"] = utcnow().isoformat()
                store.replace(ACCESS_POLICIES, policy)
    return Response(status_code=204)
