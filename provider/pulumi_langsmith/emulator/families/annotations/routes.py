"""Annotation queues (`/api/v1/annotation-queues`), their reviewers (`/v1/platform/annotation-queues/{queue_id}/
reviewers`), feedback configs (`/api/v1/feedback-configs`) and feedback formulas (`/api/v1/feedback/formulas`).

- A queue keeps a client-supplied `id` (a duplicate id in the workspace is 409); names are not unique.
  `session_ids` is taken at creation only (the queue's runs come from those projects); the item GET carries
  the rubric and `assigned_reviewers`, the list carries `total_runs` (0: the emulator stores no runs).
- Reviewers are workspace identities (`WorkspaceMember`'s identity id); adding one is idempotent (201 each
  time), removing one that is not assigned is 404.
- Feedback configs have no item path: the key is the address (`?key=` to read, the body's `feedback_key` to
  PATCH, `?feedback_key=` to DELETE). A second create with the same key is 409.
- Feedback formulas belong to a dataset or a project (exactly one of `dataset_id`, `session_id`); PUT
  replaces the formula's key, aggregation and parts.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Query, Response

from ...auth import Principal, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..access.tables import USERS, WORKSPACE_IDENTITIES
from ..langsmith.schemas import utcnow
from ..langsmith.tables import DATASETS, SESSIONS
from .schemas import (
    MISSING,
    AddReviewerRequest,
    AddReviewerResponse,
    AnnotationQueueCreateSchema,
    AnnotationQueueSchema,
    AnnotationQueueSchemaWithRubric,
    AnnotationQueueSchemaWithSize,
    AnnotationQueueUpdateSchema,
    CreateFeedbackConfigSchema,
    FeedbackConfigSchema,
    FeedbackFormula,
    FeedbackFormulaCreate,
    FeedbackFormulaUpdate,
    QueueType,
    UpdateFeedbackConfigSchema,
)
from .tables import ANNOTATION_QUEUES, FEEDBACK_CONFIGS, FEEDBACK_FORMULAS

router = APIRouter()
platform_router = APIRouter()


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


# ================================================================ annotation queues


def workspace_queue(store: Store, principal: Principal, queue_id: object) -> Document:
    queue = store.get_in(ANNOTATION_QUEUES, principal.workspace_id, queue_id)
    if queue is None:
        raise not_found("Annotation queue")
    return queue


def require_parents(store: Store, principal: Principal, dataset_id: object, session_ids: list[UUID]) -> None:
    if dataset_id is not None and store.get_in(DATASETS, principal.workspace_id, dataset_id) is None:
        raise not_found("Dataset")
    for session_id in session_ids:
        if store.get_in(SESSIONS, principal.workspace_id, session_id) is None:
            raise not_found("Session")


@router.get(
    "/annotation-queues",
    response_model=list[AnnotationQueueSchemaWithSize],
    dependencies=[requires("annotation-queues:read")],
)
async def get_annotation_queues(
    principal: WorkspaceCaller,
    store: StoreDep,
    ids: Annotated[list[UUID] | None, Query()] = None,
    name: str | None = None,
    name_contains: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 100,
    tag_value_id: Annotated[list[UUID] | None, Query()] = None,
    dataset_id: UUID | None = None,
    queue_type: QueueType | None = None,
    assigned_to_me: bool = False,
    sort_by: str | None = None,
    sort_by_desc: bool = True,
) -> list[Document]:
    """The workspace's queues matching every filter, newest first (`tag_value_id`, `assigned_to_me` and
    `sort_by` are accepted and not evaluated: the emulator has no tags and its keys are not reviewers)."""
    wanted = {str(i) for i in ids} if ids else None
    queues = [
        {**q, "total_runs": 0}
        for q in store.list(ANNOTATION_QUEUES, principal.workspace_id)
        if (wanted is None or q["id"] in wanted)
        and (name is None or q["name"] == name)
        and (name_contains is None or name_contains.lower() in q["name"].lower())
        and (dataset_id is None or q.get("default_dataset") == str(dataset_id))
        and (queue_type is None or q["queue_type"] == queue_type.value)
    ]
    queues.sort(key=lambda q: q["created_at"], reverse=sort_by_desc)
    return queues[offset : offset + limit]


@router.post(
    "/annotation-queues", response_model=AnnotationQueueSchema, dependencies=[requires("annotation-queues:create")]
)
async def create_annotation_queue(
    body: AnnotationQueueCreateSchema, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new queue; a client-supplied id is kept (409 when the workspace has it already)."""
    with store.transaction():
        if store.get_in(ANNOTATION_QUEUES, principal.workspace_id, body.id) is not None:
            raise HTTPException(status_code=409, detail="Annotation queue with this ID already exists.")
        require_parents(store, principal, body.default_dataset, body.session_ids or [])
        if body.reviewer_access_mode not in ("any", "assigned"):
            raise HTTPException(status_code=422, detail="reviewer_access_mode must be 'any' or 'assigned'")
        doc = body.model_dump(mode="json", exclude={"session_ids"})
        doc.update(
            tenant_id=principal.workspace_id,
            queue_type=QueueType.single.value,
            source_rule_id=None,
            run_rule_id=None,
            assigned_reviewers=[],
            session_ids=[str(s) for s in body.session_ids or []],
        )
        store.insert(ANNOTATION_QUEUES, doc, scope=principal.workspace_id)
    return doc


@router.get(
    "/annotation-queues/{queue_id}",
    response_model=AnnotationQueueSchemaWithRubric,
    dependencies=[requires("annotation-queues:read")],
)
async def get_annotation_queue(queue_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One queue with its rubric and assigned reviewers."""
    return workspace_queue(store, principal, queue_id)


@router.patch("/annotation-queues/{queue_id}", dependencies=[requires("annotation-queues:update")])
async def update_annotation_queue(
    queue_id: UUID, body: AnnotationQueueUpdateSchema, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change the fields that were sent (`metadata` and `num_reviewers_per_item` unless `Missing`); the
    response is the queue."""
    with store.transaction():
        queue = workspace_queue(store, principal, queue_id)
        changes = body.model_dump(mode="json", exclude_unset=True, by_alias=True)
        for marked in ("metadata", "num_reviewers_per_item"):
            if changes.get(marked) == MISSING:
                del changes[marked]
        if changes.get("name", ...) is None:  # a queue always has a name
            del changes["name"]
        if "default_dataset" in changes:
            require_parents(store, principal, changes["default_dataset"], [])
        if changes.get("reviewer_access_mode", ...) is None:
            changes.pop("reviewer_access_mode", None)
        queue.update(changes, updated_at=utcnow().isoformat())
        store.replace(ANNOTATION_QUEUES, queue, scope=principal.workspace_id)
    return AnnotationQueueSchemaWithRubric.model_validate(queue).model_dump(mode="json")


@router.delete("/annotation-queues/{queue_id}", dependencies=[requires("annotation-queues:delete")])
async def delete_annotation_queue(queue_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a queue (its reviewers go with it)."""
    with store.transaction():
        queue = workspace_queue(store, principal, queue_id)
        store.delete(ANNOTATION_QUEUES, [queue["id"]], scope=principal.workspace_id)


# ================================================================ reviewers (platform)


def _queue_for_reviewers(store: Store, principal: Principal, queue_id: str) -> Document:
    try:
        return workspace_queue(store, principal, UUID(queue_id))
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid queue id") from None


def _workspace_identity(store: Store, principal: Principal, identity_id: str) -> Document:
    for member in store.list(WORKSPACE_IDENTITIES, principal.workspace_id):
        if member["id"] == identity_id:
            return member
    raise HTTPException(status_code=400, detail="identity is not a member of the workspace")


@platform_router.post(
    "/annotation-queues/{queue_id}/reviewers",
    status_code=201,
    response_model=AddReviewerResponse,
    dependencies=[requires("annotation-queues:update")],
)
async def add_annotation_queue_reviewer(
    queue_id: str, body: AddReviewerRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Assign a workspace identity as a reviewer of the queue; idempotent."""
    with store.transaction():
        queue = _queue_for_reviewers(store, principal, queue_id)
        try:
            identity_id = str(UUID(body.identity_id))
        except ValueError:
            raise HTTPException(status_code=400, detail="invalid identity id") from None
        member = _workspace_identity(store, principal, identity_id)
        if all(r["id"] != identity_id for r in queue["assigned_reviewers"]):
            user = store.get(USERS, member["ls_user_id"]) or {}
            reviewer = {"id": identity_id, "name": user.get("full_name"), "email": user.get("email")}
            queue["assigned_reviewers"].append(reviewer)
            store.replace(ANNOTATION_QUEUES, queue, scope=principal.workspace_id)
    return {"identity_id": identity_id}


@platform_router.delete(
    "/annotation-queues/{queue_id}/reviewers/{identity_id}",
    status_code=204,
    response_class=Response,
    dependencies=[requires("annotation-queues:update")],
)
async def remove_annotation_queue_reviewer(
    queue_id: str, identity_id: str, principal: WorkspaceCaller, store: StoreDep
) -> Response:
    """Unassign a reviewer (404 when it is not assigned)."""
    with store.transaction():
        queue = _queue_for_reviewers(store, principal, queue_id)
        kept = [r for r in queue["assigned_reviewers"] if r["id"] != identity_id.lower()]
        if len(kept) == len(queue["assigned_reviewers"]):
            raise not_found("Reviewer")
        queue["assigned_reviewers"] = kept
        store.replace(ANNOTATION_QUEUES, queue, scope=principal.workspace_id)
    return Response(status_code=204)


# ================================================================ feedback configs


def _config_id(workspace_id: str, key: str) -> str:
    return f"{workspace_id}/{key}"


@router.get("/feedback-configs", response_model=list[FeedbackConfigSchema], dependencies=[requires("feedback:read")])
async def list_feedback_configs_endpoint(
    principal: WorkspaceCaller,
    store: StoreDep,
    key: Annotated[list[str] | None, Query(max_length=50)] = None,
    name_contains: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
    sort_by_desc: bool = True,
    read_after_write: bool = False,
) -> list[Document]:
    """The workspace's feedback configs, filtered by key or by a part of the key."""
    configs = [
        c
        for c in store.list(FEEDBACK_CONFIGS, principal.workspace_id)
        if (not key or c["feedback_key"] in key)
        and (name_contains is None or name_contains.lower() in c["feedback_key"].lower())
    ]
    configs.sort(key=lambda c: c["modified_at"], reverse=sort_by_desc)
    return configs[offset : offset + limit if limit is not None else None]


@router.post("/feedback-configs", response_model=FeedbackConfigSchema, dependencies=[requires("feedback:create")])
async def create_feedback_config_endpoint(
    body: CreateFeedbackConfigSchema, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new feedback config (409 when the key has one)."""
    doc_id = _config_id(principal.workspace_id, body.feedback_key)
    with store.transaction():
        if store.get(FEEDBACK_CONFIGS, doc_id) is not None:
            raise HTTPException(status_code=409, detail=f"Feedback config {body.feedback_key!r} already exists")
        doc = {
            "id": doc_id,
            **body.model_dump(mode="json"),
            "tenant_id": principal.workspace_id,
            "modified_at": utcnow().isoformat(),
        }
        store.insert(FEEDBACK_CONFIGS, doc, scope=principal.workspace_id, name=body.feedback_key)
    return doc


@router.patch("/feedback-configs", response_model=FeedbackConfigSchema, dependencies=[requires("feedback:update")])
async def update_feedback_config_endpoint(
    body: UpdateFeedbackConfigSchema, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change the config of the body's key (null fields are left as they are)."""
    with store.transaction():
        doc = store.get(FEEDBACK_CONFIGS, _config_id(principal.workspace_id, body.feedback_key))
        if doc is None:
            raise not_found("Feedback config")
        changes = body.model_dump(mode="json", exclude_none=True)
        doc.update(changes, modified_at=utcnow().isoformat())
        store.replace(FEEDBACK_CONFIGS, doc, name=body.feedback_key)
    return doc


@router.delete(
    "/feedback-configs", status_code=204, response_class=Response, dependencies=[requires("feedback:delete")]
)
async def delete_feedback_config_endpoint(feedback_key: str, principal: WorkspaceCaller, store: StoreDep) -> Response:
    """Delete the config of a key (404 when there is none)."""
    if not store.delete(FEEDBACK_CONFIGS, [_config_id(principal.workspace_id, feedback_key)]):
        raise not_found("Feedback config")
    return Response(status_code=204)


# ================================================================ feedback formulas


def workspace_formula(store: Store, principal: Principal, formula_id: object) -> Document:
    doc = store.get(FEEDBACK_FORMULAS, formula_id)
    if doc is None or doc["tenant_id"] != principal.workspace_id:
        raise not_found("Feedback formula")
    return doc


@router.post("/feedback/formulas", response_model=FeedbackFormula, dependencies=[requires("feedback:create")])
async def create_feedback_formula_ep(
    body: FeedbackFormulaCreate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new formula of exactly one dataset or project."""
    if (body.dataset_id is None) == (body.session_id is None):
        raise HTTPException(status_code=422, detail="exactly one of dataset_id and session_id is required")
    with store.transaction():
        require_parents(store, principal, body.dataset_id, [body.session_id] if body.session_id else [])
        now = utcnow().isoformat()
        doc = {
            **body.model_dump(mode="json"),
            "id": str(uuid4()),
            "tenant_id": principal.workspace_id,
            "created_at": now,
            "modified_at": now,
        }
        store.insert(FEEDBACK_FORMULAS, doc, scope=principal.workspace_id)
    return doc


@router.get("/feedback/formulas", response_model=list[FeedbackFormula], dependencies=[requires("feedback:read")])
async def list_feedback_formula_ep(
    principal: WorkspaceCaller,
    store: StoreDep,
    dataset_id: UUID | None = None,
    session_id: UUID | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[Document]:
    """The workspace's formulas, of one dataset or project when given."""
    formulas = [
        f
        for f in store.list(FEEDBACK_FORMULAS, principal.workspace_id)
        if (dataset_id is None or f.get("dataset_id") == str(dataset_id))
        and (session_id is None or f.get("session_id") == str(session_id))
    ]
    return formulas[max(offset, 0) : max(offset, 0) + max(limit, 0)]


@router.get(
    "/feedback/formulas/{feedback_formula_id}",
    response_model=FeedbackFormula,
    dependencies=[requires("feedback:read")],
)
async def get_feedback_formula_ep(feedback_formula_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One formula."""
    return workspace_formula(store, principal, feedback_formula_id)


@router.put(
    "/feedback/formulas/{feedback_formula_id}",
    response_model=FeedbackFormula,
    dependencies=[requires("feedback:update")],
)
async def update_feedback_formula_ep(
    feedback_formula_id: UUID, body: FeedbackFormulaUpdate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Replace the formula's key, aggregation and parts (its dataset or project stays)."""
    with store.transaction():
        doc = workspace_formula(store, principal, feedback_formula_id)
        doc.update(body.model_dump(mode="json"), modified_at=utcnow().isoformat())
        store.replace(FEEDBACK_FORMULAS, doc)
    return doc


@router.delete("/feedback/formulas/{feedback_formula_id}", dependencies=[requires("feedback:delete")])
async def delete_feedback_formula_endpoint(
    feedback_formula_id: UUID, principal: WorkspaceCaller, store: StoreDep
) -> None:
    """Delete a formula."""
    with store.transaction():
        doc = workspace_formula(store, principal, feedback_formula_id)
        store.delete(FEEDBACK_FORMULAS, [doc["id"]])
