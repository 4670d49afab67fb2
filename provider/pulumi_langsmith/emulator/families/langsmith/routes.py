"""LangSmith API routes: workspaces, organisations, datasets and tracer sessions (projects).

`router` is mounted at `/api/v1`; `platform_router` (the Go service's `/v1/platform/...`) at
`/v1/platform` and at the self-hosted `/api/v1/platform`. Parameters, bodies and response shapes
follow the LangSmith OpenAPI spec; every declared parameter is one the spec declares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Annotated, Any
from uuid import UUID, uuid4

from fastapi import APIRouter, Header, HTTPException, Query, Response
from fastapi.exceptions import RequestValidationError

from ...auth import (
    OrganizationAdmin,
    OrganizationCaller,
    Principal,
    StoreDep,
    WorkspaceCaller,
    abac_denied,
    forbidden,
    requires,
)
from ...limits import TooDeep, loads_bounded
from ...store import Document, Store
from ...tenancy import (
    ORGANIZATION_ADMIN_PERMISSIONS,
    ORGANIZATION_MEMBER_PERMISSIONS,
    WORKSPACE_ADMIN_PERMISSIONS,
    WORKSPACE_ADMIN_ROLE_NAME,
    new_workspace,
    workspace_admin_role_id,
)
from ..langsmith.schemas import (
    AllowedLoginMethodsUpdate,
    Dataset,
    DatasetCreate,
    DatasetSchemaForUpdate,
    DatasetUpdate,
    DataType,
    FeedbackSourceParam,
    GetDatasetsSelect,
    InfoGetResponse,
    Organization,
    OrganizationConfig,
    OrganizationInfo,
    OrganizationUpdate,
    PlatformOrganizationConfig,
    PlatformOrganizationInfo,
    SessionSortableColumns,
    SortByDatasetColumn,
    Tenant,
    TenantForUser,
    TracerSession,
    TracerSessionCreate,
    TracerSessionUpdate,
    TracerSessionWithoutVirtualFields,
    WorkspaceCreate,
    WorkspacePatch,
    utcnow,
)
from .tables import DATASETS, EXAMPLES, ORGANIZATIONS, SESSIONS, WORKSPACES

router = APIRouter()
platform_router = APIRouter()

#: ABAC resource types of the routes addressing one dataset or project, with the path parameter naming it.
DATASET = ("dataset", "dataset_id")
PROJECT = ("project", "session_id")

Offset = Annotated[int, Query(ge=0)]
Limit = Annotated[int, Query(ge=1, le=100)]
UuidList = Annotated[list[UUID] | None, Query()]


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


def conflict(detail: str) -> HTTPException:
    return HTTPException(status_code=409, detail=detail)


def unsupported(parameter: str) -> HTTPException:
    return HTTPException(
        status_code=400, detail=f"The LangSmith emulator does not support the '{parameter}' parameter."
    )


def parse_metadata_filter(raw: str | None) -> dict[str, Any] | None:
    """The `metadata` query parameter: a JSON object every match's metadata must contain."""
    if raw is None:
        return None
    try:
        value = loads_bounded(raw)
    except TooDeep as error:  # deeper filters would exhaust the recursion limit: 422, never a 500
        raise RequestValidationError(
            [{"type": "value_error", "loc": ("query", "metadata"), "msg": str(error), "input": None}]
        ) from None
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("query", "metadata"), "msg": "Invalid JSON object", "input": raw}]
        )
    return value


def contains(metadata: dict[str, Any] | None, wanted: dict[str, Any]) -> bool:
    return all(key in (metadata or {}) and (metadata or {})[key] == value for key, value in wanted.items())


def sorted_docs(docs: list[Document], key: Callable[[Document], Any], descending: bool) -> list[Document]:
    """Sort by `key`, ties by creation; documents whose key is null come last either way."""
    present = [doc for doc in docs if key(doc) is not None]
    absent = [doc for doc in docs if key(doc) is None]
    present.sort(key=lambda doc: (key(doc), doc["_created"], doc["id"]), reverse=descending)
    absent.sort(key=lambda doc: (doc["_created"], doc["id"]), reverse=descending)
    return present + absent


def timestamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def page(docs: list[Document], offset: int, limit: int) -> list[Document]:
    return docs[offset : offset + limit]


# ================================================================ workspaces


def tenant_for_user(workspace: Document) -> TenantForUser:
    return TenantForUser(
        **workspace,
        role_id=UUID(workspace_admin_role_id(workspace["organization_id"])),
        role_name=WORKSPACE_ADMIN_ROLE_NAME,
        permissions=WORKSPACE_ADMIN_PERMISSIONS,
    )


def visible_workspace(store: Store, principal: Principal, workspace_id: UUID, *, include_deleted: bool) -> Document:
    workspace = store.get_in(WORKSPACES, principal.organization_id, workspace_id)
    if workspace is None or (workspace["is_deleted"] and not include_deleted):
        raise not_found("Workspace")
    if not principal.org_admin and workspace["id"] != principal.workspace_id:
        raise not_found("Workspace")
    return workspace


@router.get("/workspaces", response_model=list[TenantForUser], dependencies=[requires("organization:read")])
async def list_workspaces(
    principal: OrganizationCaller,
    store: StoreDep,
    include_deleted: bool = False,
    data_plane_id: UUID | None = None,
) -> list[TenantForUser]:
    """Workspaces of the caller's organisation visible to its key (the emulator has no BYOC data planes)."""
    if data_plane_id is not None:
        return []
    return [
        tenant_for_user(workspace)
        for workspace in store.list(WORKSPACES, principal.organization_id)
        if (include_deleted or not workspace["is_deleted"])
        and (principal.org_admin or workspace["id"] == principal.workspace_id)
    ]


@router.post("/workspaces", response_model=Tenant, dependencies=[requires("organization:manage")])
async def create_workspace(body: WorkspaceCreate, principal: OrganizationAdmin, store: StoreDep) -> Tenant:
    """A new workspace; a client-supplied id is kept, and reusing one is a conflict."""
    with store.transaction():
        if store.get(WORKSPACES, body.id) is not None:
            # Workspace ids stay unique across organisations: every workspace-scoped row is stored under
            # its workspace id, so two organisations cannot share one. Unlike dataset, project and
            # webhook ids (unique per workspace, see `Table.ids_per_scope`) a taken one is a conflict.
            raise conflict("Workspace with this ID already exists.")
        # Handles are unique within the organisation. Real hub handles name `{owner}/{repo}` prompts
        # (reference §1), but the emulator serves no prompt hub, so nothing resolves a handle across
        # organisations and checking other organisations' handles would only reveal them.
        if body.tenant_handle and any(
            workspace["tenant_handle"] == body.tenant_handle
            for workspace in store.list(WORKSPACES, principal.organization_id)
        ):
            raise conflict("Tenant handle already exists.")
        workspace = new_workspace(
            store,
            principal.organization_id,
            body.display_name,
            workspace_id=body.id,
            tenant_handle=body.tenant_handle,
        )
    return Tenant(**workspace)


@router.get(
    "/workspaces/{workspace_id}",
    response_model=TenantForUser,
    dependencies=[requires("workspaces:read", workspace="path")],
)
async def get_workspace(
    workspace_id: UUID,
    principal: OrganizationCaller,
    store: StoreDep,
    include_deleted: bool = False,
    data_plane_id: UUID | None = None,
) -> TenantForUser:
    """One workspace of the caller's organisation."""
    if data_plane_id is not None:
        raise not_found("Workspace")
    return tenant_for_user(visible_workspace(store, principal, workspace_id, include_deleted=include_deleted))


def managed_workspace(store: Store, principal: Principal, workspace_id: UUID) -> Document:
    workspace = store.get_in(WORKSPACES, principal.organization_id, workspace_id)
    if workspace is None or workspace["is_deleted"]:
        raise not_found("Workspace")
    if not principal.may_manage(workspace["id"]):
        raise forbidden()
    return workspace


@router.patch(
    "/workspaces/{workspace_id}", response_model=Tenant, dependencies=[requires("workspaces:manage", workspace="path")]
)
async def patch_workspace(
    workspace_id: UUID, body: WorkspacePatch, principal: WorkspaceCaller, store: StoreDep
) -> Tenant:
    """Rename a workspace."""
    with store.transaction():
        workspace = managed_workspace(store, principal, workspace_id)
        workspace["display_name"] = body.display_name
        store.replace(WORKSPACES, workspace, name=body.display_name)
    return Tenant(**workspace)


@router.delete("/workspaces/{workspace_id}", dependencies=[requires("workspaces:manage", workspace="path")])
async def delete_workspace(workspace_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Soft-delete a workspace: it stays readable with `include_deleted=true`."""
    with store.transaction():
        workspace = managed_workspace(store, principal, workspace_id)
        workspace["is_deleted"] = True
        store.replace(WORKSPACES, workspace, name=workspace["display_name"])


# ================================================================ organisations


def organization_doc(store: Store, principal: Principal) -> Document:
    org = store.get(ORGANIZATIONS, principal.organization_id)
    if org is None:  # the key outlived its organisation
        raise forbidden()
    return org


def org_permissions(principal: Principal) -> list[str]:
    return ORGANIZATION_ADMIN_PERMISSIONS if principal.org_admin else ORGANIZATION_MEMBER_PERMISSIONS


def reached_max_workspaces(store: Store, org: Document) -> bool:
    live = [w for w in store.list(WORKSPACES, org["id"]) if not w["is_deleted"]]
    return len(live) >= org["config"]["max_workspaces"]


@router.get("/orgs/current", response_model=Organization, dependencies=[requires("organization:read")])
async def get_current_organization(principal: OrganizationCaller, store: StoreDep) -> Organization:
    """The caller's organisation."""
    org = organization_doc(store, principal)
    return Organization(
        id=org["id"],
        display_name=org["display_name"],
        config=OrganizationConfig(**org["config"]),
        connected_to_stripe=False,
        connected_to_metronome=False,
        is_personal=org["is_personal"],
        tier=org["tier"],
        has_cancelled=False,
        reached_max_workspaces=reached_max_workspaces(store, org),
        permissions=org_permissions(principal),
    )


@router.get("/info", response_model=InfoGetResponse)
async def get_server_info() -> InfoGetResponse:
    """The instance: the emulator reports its own version, no license expiry, and no instance flags. Like
    LangSmith's, it needs no API key."""
    from ...._version import __version__

    return InfoGetResponse(version=f"emulator-{__version__}")


@router.get("/orgs/current/info", response_model=OrganizationInfo, dependencies=[requires("organization:read")])
async def get_current_organization_info(principal: OrganizationCaller, store: StoreDep) -> OrganizationInfo:
    """Settings of the caller's organisation."""
    return org_info(store, principal, organization_doc(store, principal))


def org_info(store: Store, principal: Principal, org: Document) -> OrganizationInfo:
    return OrganizationInfo(
        id=org["id"],
        config=OrganizationConfig(**org["config"]),
        is_personal=org["is_personal"],
        tier=org["tier"],
        reached_max_workspaces=reached_max_workspaces(store, org),
        permissions=org_permissions(principal),
        **org_settings(org),
    )


#: `OrganizationInfo` fields that `PATCH /orgs/current/info` (and `/orgs/current/login-methods`) set,
#: kept on the organisation's document. The access family enforces the expiry caps and
#: `pat_creation_disabled` from there.
ORG_SETTING_FIELDS = (
    "display_name",
    "public_sharing_disabled",
    "pat_creation_disabled",
    "jit_provisioning_enabled",
    "workspace_admin_can_invite_to_org",
    "invites_enabled",
    "max_api_key_expiry_days",
    "security_contact",
    "max_pat_expiry_days",
    "max_service_key_expiry_days",
    "scim_group_name_separator",
    "ip_allowlist",
    "disabled_model_providers",
    "byoc_create_saas_workspace_enabled",
    "sso_only",
)


def org_settings(org: Document) -> dict[str, Any]:
    """The settings of the organisation's document that `OrganizationInfo` reports (unset ones: defaults)."""
    settings = {name: org[name] for name in ORG_SETTING_FIELDS if org.get(name) is not None}
    settings["ip_allowlist_enabled"] = bool(settings.get("ip_allowlist"))
    return settings


def update_org_settings(store: Store, principal: Principal, changes: dict[str, Any]) -> OrganizationInfo:
    with store.transaction():
        org = organization_doc(store, principal)
        for name, value in changes.items():
            if name in ORG_SETTING_FIELDS:
                org[name] = value
        for name in ("max_api_key_expiry_days", "max_pat_expiry_days", "max_service_key_expiry_days"):
            if org.get(name) is not None and int(org[name]) < 1:
                raise HTTPException(status_code=400, detail=f"{name} must be at least 1")
        store.replace(ORGANIZATIONS, org, name=org["display_name"])
    return org_info(store, principal, org)


@router.patch("/orgs/current/info", response_model=OrganizationInfo, dependencies=[requires("organization:manage")])
async def update_current_organization_info(
    body: OrganizationUpdate, principal: OrganizationCaller, store: StoreDep
) -> OrganizationInfo:
    """Change the organisation's settings: only the fields sent (an explicit null clears a nullable one)."""
    return update_org_settings(store, principal, body.model_dump(mode="json", exclude_unset=True))


@router.patch(
    "/orgs/current/login-methods", response_model=dict[str, Any], dependencies=[requires("organization:manage")]
)
async def update_allowed_login_methods(
    body: AllowedLoginMethodsUpdate, principal: OrganizationCaller, store: StoreDep
) -> dict[str, Any]:
    """Allow only SSO logins (`sso_only`). The emulator has no interactive logins: the flag is stored and
    reported by `GET /orgs/current/info`, and nothing else changes."""
    changes = body.model_dump(exclude_unset=True)
    if changes.get("sso_only") is None:
        changes.pop("sso_only", None)
    update_org_settings(store, principal, changes)
    return {"sso_only": bool(organization_doc(store, principal).get("sso_only"))}


@platform_router.get(
    "/orgs/current/info", response_model=PlatformOrganizationInfo, dependencies=[requires("organization:read")]
)
async def get_platform_organization_info(principal: OrganizationCaller, store: StoreDep) -> PlatformOrganizationInfo:
    """Settings of the caller's organisation, as the Go platform service reports them."""
    org = organization_doc(store, principal)
    info = OrganizationInfo(
        id=org["id"],
        display_name=org["display_name"],
        config=OrganizationConfig(**org["config"]),
        is_personal=org["is_personal"],
        tier=org["tier"],
        reached_max_workspaces=reached_max_workspaces(store, org),
        permissions=org_permissions(principal),
    )
    fields = info.model_dump(mode="json", exclude_none=True)
    fields["config"] = PlatformOrganizationConfig(**org["config"])
    return PlatformOrganizationInfo(**fields)


# ================================================================ datasets

DATASET_FIELDS = (
    "name",
    "description",
    "created_at",
    "inputs_schema_definition",
    "outputs_schema_definition",
    "externally_managed",
    "transformations",
    "data_type",
    "id",
    "tenant_id",
    "modified_at",
    "baseline_experiment_id",
)


def experiments_by_dataset(store: Store, tenant_id: str) -> dict[str, list[Document]]:
    """The workspace's sessions that reference a dataset (its experiments), by dataset id."""
    result: dict[str, list[Document]] = {}
    for session in store.list(SESSIONS, tenant_id):
        if session.get("reference_dataset_id"):
            result.setdefault(session["reference_dataset_id"], []).append(session)
    return result


def dataset_view(doc: Document, experiments: list[Document], *, with_example_count: bool = True) -> Document:
    """A stored dataset with the fields the API derives: counts, last session and `metadata` (from `extra`)."""
    starts = [session["start_time"] for session in experiments]
    return {
        **{field: doc.get(field) for field in DATASET_FIELDS},
        "metadata": (doc.get("extra") or {}).get("metadata"),
        "example_count": int(doc.get("_example_count") or 0) if with_example_count else None,
        "session_count": len(experiments),
        "last_session_start_time": max(starts, key=datetime.fromisoformat) if starts else None,
        "_created": timestamp(doc["created_at"]),
    }


def workspace_dataset(store: Store, principal: Principal, dataset_id: object) -> Document:
    dataset = store.get_in(DATASETS, principal.workspace_id, dataset_id)
    if dataset is None:
        raise not_found("Dataset")
    return dataset


DATASET_SORT_KEYS: dict[SortByDatasetColumn, Callable[[Document], Any]] = {
    SortByDatasetColumn.name: lambda d: d["name"],
    SortByDatasetColumn.created_at: lambda d: timestamp(d["created_at"]),
    SortByDatasetColumn.last_session_start_time: lambda d: timestamp(d["last_session_start_time"]),
    SortByDatasetColumn.example_count: lambda d: d["example_count"],
    SortByDatasetColumn.session_count: lambda d: d["session_count"],
    SortByDatasetColumn.modified_at: lambda d: timestamp(d["modified_at"]),
}


@router.get("/datasets", response_model=list[Dataset], dependencies=[requires("datasets:read")])
async def read_datasets(
    principal: WorkspaceCaller,
    store: StoreDep,
    id: UuidList = None,
    data_type: Annotated[list[DataType] | DataType | None, Query()] = None,
    name: str | None = None,
    name_contains: str | None = None,
    metadata: str | None = None,
    offset: Offset = 0,
    limit: Limit = 100,
    sort_by: SortByDatasetColumn = SortByDatasetColumn.last_session_start_time,
    sort_by_desc: bool = True,
    tag_value_id: UuidList = None,
    exclude_corrections_datasets: bool = False,
    exclude: Annotated[list[GetDatasetsSelect] | None, Query()] = None,
) -> list[Document]:
    """Datasets of the workspace matching every given filter (the emulator has no corrections datasets)."""
    wanted_metadata = parse_metadata_filter(metadata)
    wanted_ids = {str(i) for i in id} if id else None
    wanted_types = {data_type} if isinstance(data_type, DataType) else set(data_type or ())
    wanted_tags = {str(t) for t in tag_value_id} if tag_value_id else None
    with_example_count = GetDatasetsSelect.example_count not in (exclude or ())
    experiments = experiments_by_dataset(store, principal.workspace_id)
    views = [
        dataset_view(doc, experiments.get(doc["id"], []), with_example_count=with_example_count)
        for doc in store.list(DATASETS, principal.workspace_id)
        if (wanted_ids is None or doc["id"] in wanted_ids)
        and (not wanted_types or doc["data_type"] in {t.value for t in wanted_types})
        and (name is None or doc["name"] == name)
        and (name_contains is None or name_contains.lower() in doc["name"].lower())
        and (wanted_metadata is None or contains((doc.get("extra") or {}).get("metadata"), wanted_metadata))
        and (wanted_tags is None or wanted_tags & set(doc.get("tag_value_ids") or ()))
        and not abac_denied(store, principal, "datasets:read", "dataset", doc["id"])
    ]
    return page(sorted_docs(views, DATASET_SORT_KEYS[sort_by], sort_by_desc), offset, limit)


@router.post("/datasets", response_model=Dataset, dependencies=[requires("datasets:create")])
async def create_dataset(body: DatasetCreate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """A new dataset; names are unique per workspace, and a client-supplied id is kept."""
    with store.transaction():
        # Ids are unique per workspace (`DATASETS.ids_per_scope`): an id another workspace or
        # organisation uses is free here, so the answer never tells whether it exists elsewhere.
        if body.id is not None and store.get_in(DATASETS, principal.workspace_id, body.id) is not None:
            raise conflict("Dataset with this ID already exists.")
        if store.find_by_name(DATASETS, principal.workspace_id, body.name) is not None:
            raise conflict("Dataset with this name already exists.")
        doc = body.model_dump(mode="json")
        doc.update(
            id=str(body.id or uuid4()),
            tenant_id=principal.workspace_id,
            modified_at=utcnow().isoformat(),
            baseline_experiment_id=None,
        )
        store.insert(DATASETS, doc, scope=principal.workspace_id, name=body.name)
    return dataset_view(doc, [])


@router.get(
    "/datasets/{dataset_id}", response_model=Dataset, dependencies=[requires("datasets:read", resource=DATASET)]
)
async def read_dataset(dataset_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One dataset of the workspace."""
    doc = workspace_dataset(store, principal, dataset_id)
    return dataset_view(doc, experiments_by_dataset(store, principal.workspace_id).get(doc["id"], []))


@router.patch(
    "/datasets/{dataset_id}",
    response_model=DatasetSchemaForUpdate,
    dependencies=[requires("datasets:update", resource=DATASET)],
)
async def update_dataset(
    dataset_id: UUID, body: DatasetUpdate, principal: WorkspaceCaller, store: StoreDep, response: Response
) -> Document:
    """Change the fields that were sent (null clears); `metadata` is kept in `extra.metadata`."""
    with store.transaction():
        doc = workspace_dataset(store, principal, dataset_id)
        changes = body.changes()
        if changes.get("name", ...) is None:  # a dataset always has a name: a null one leaves it as it is
            del changes["name"]
        new_name = changes.get("name")
        renamed = isinstance(new_name, str) and new_name != doc["name"]
        if renamed and store.find_by_name(DATASETS, principal.workspace_id, str(new_name)) is not None:
            raise conflict("Dataset with this name already exists.")
        baseline = changes.get("baseline_experiment_id")
        if baseline is not None and store.get_in(SESSIONS, principal.workspace_id, baseline) is None:
            raise not_found("Experiment")
        if body.patch_examples:  # not emulated: examples change through /examples only
            raise not_found("Example")
        if "metadata" in changes:
            extra = dict(doc.get("extra") or {})
            extra["metadata"] = changes.pop("metadata")
            doc["extra"] = extra
        doc.update(changes, modified_at=utcnow().isoformat())
        store.replace(DATASETS, doc, name=doc["name"], scope=principal.workspace_id)
    response.headers["X-Updated-Examples-Count"] = "0"
    return doc


def delete_datasets_of(store: Store, tenant_id: str, dataset_ids: Iterable[str]) -> None:
    """Delete datasets with their examples and experiments, and unset them as a project's default dataset."""
    doomed = set(dataset_ids)
    with store.transaction():
        store.delete(DATASETS, doomed, scope=tenant_id)
        examples = [e["id"] for e in store.list(EXAMPLES, tenant_id) if e["dataset_id"] in doomed]
        store.delete(EXAMPLES, examples, scope=tenant_id)  # with their history: a deleted dataset has no versions
        sessions = store.list(SESSIONS, tenant_id)
        store.delete(SESSIONS, [s["id"] for s in sessions if s.get("reference_dataset_id") in doomed], scope=tenant_id)
        for session in sessions:
            if session.get("default_dataset_id") in doomed and session.get("reference_dataset_id") not in doomed:
                session["default_dataset_id"] = None
                store.replace(SESSIONS, session, name=session["name"], scope=tenant_id)


@router.delete("/datasets/{dataset_id}", dependencies=[requires("datasets:delete", resource=DATASET)])
async def delete_dataset(dataset_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a dataset and its experiments."""
    with store.transaction():
        doc = workspace_dataset(store, principal, dataset_id)
        delete_datasets_of(store, principal.workspace_id, [doc["id"]])


@router.delete("/datasets", dependencies=[requires("datasets:delete")])
async def delete_datasets(
    principal: WorkspaceCaller,
    store: StoreDep,
    dataset_ids: Annotated[list[UUID], Query(max_length=100)],
) -> None:
    """Delete the listed datasets of the workspace; ids that match none are ignored."""
    with store.transaction():
        owned = [str(i) for i in dataset_ids if store.get_in(DATASETS, principal.workspace_id, i)]
        delete_datasets_of(store, principal.workspace_id, owned)


# ================================================================ tracer sessions (projects)


def workspace_session(store: Store, principal: Principal, session_id: object) -> Document:
    session = store.get_in(SESSIONS, principal.workspace_id, session_id)
    if session is None:
        raise not_found("Session")
    return session


def require_datasets(store: Store, principal: Principal, *dataset_ids: object) -> None:
    for dataset_id in dataset_ids:
        if dataset_id is not None:
            workspace_dataset(store, principal, dataset_id)


def session_view(doc: Document, *, include_stats: bool = False) -> Document:
    """A stored session with the read-only fields; run statistics are zero because the emulator stores no runs."""
    stats: Document = {}
    if include_stats:
        stats = {"run_count": 0, "total_tokens": 0, "prompt_tokens": 0, "completion_tokens": 0}
    return {**doc, **stats, "_created": timestamp(doc["start_time"])}


SESSION_SORT_KEYS: dict[SessionSortableColumns, Callable[[Document], Any]] = {
    SessionSortableColumns.name: lambda s: s["name"],
    SessionSortableColumns.start_time: lambda s: timestamp(s["start_time"]),
}


@router.get("/sessions", response_model=list[TracerSession], dependencies=[requires("projects:read")])
async def read_tracer_sessions(
    principal: WorkspaceCaller,
    store: StoreDep,
    reference_free: bool | None = None,
    reference_dataset: UuidList = None,
    id: UuidList = None,
    name: str | None = None,
    name_contains: str | None = None,
    dataset_version: str | None = None,
    sort_by: SessionSortableColumns = SessionSortableColumns.start_time,
    sort_by_desc: bool = True,
    metadata: str | None = None,
    sort_by_feedback_key: str | None = None,
    sort_by_feedback_source: FeedbackSourceParam | None = None,
    offset: Offset = 0,
    limit: Limit = 100,
    tag_value_id: UuidList = None,
    facets: bool = False,
    filter_: Annotated[str | None, Query(alias="filter")] = None,
    include_stats: bool = False,
    use_approx_stats: bool = False,
    stats_start_time: datetime | None = None,
    stats_select: Annotated[list[str] | None, Query()] = None,
    stats_filter: str | None = None,
) -> list[Document]:
    """Projects of the workspace matching every given filter.

    Sorting by run statistics falls back to start time (there are no runs); `filter` expressions and
    `dataset_version` are not evaluated and answer 400 rather than an unfiltered list.
    """
    if filter_:
        raise unsupported("filter")
    if dataset_version:
        raise unsupported("dataset_version")
    wanted_metadata = parse_metadata_filter(metadata)
    wanted_ids = {str(i) for i in id} if id else None
    wanted_datasets = {str(d) for d in reference_dataset} if reference_dataset else None
    wanted_tags = {str(t) for t in tag_value_id} if tag_value_id else None
    views = [
        session_view(doc, include_stats=include_stats)
        for doc in store.list(SESSIONS, principal.workspace_id)
        if (wanted_ids is None or doc["id"] in wanted_ids)
        and (reference_free is None or (doc.get("reference_dataset_id") is None) == reference_free)
        and (wanted_datasets is None or doc.get("reference_dataset_id") in wanted_datasets)
        and (name is None or doc["name"] == name)
        and (name_contains is None or name_contains.lower() in doc["name"].lower())
        and (wanted_metadata is None or contains((doc.get("extra") or {}).get("metadata"), wanted_metadata))
        and (wanted_tags is None or wanted_tags & set(doc.get("tag_value_ids") or ()))
        and not abac_denied(store, principal, "projects:read", "project", doc["id"])
    ]
    sort_key = SESSION_SORT_KEYS.get(sort_by, SESSION_SORT_KEYS[SessionSortableColumns.start_time])
    return page(sorted_docs(views, sort_key, sort_by_desc), offset, limit)


SESSION_UPSERT_FIELDS = (
    "start_time",
    "end_time",
    "extra",
    "description",
    "default_dataset_id",
    "reference_dataset_id",
    "trace_tier",
    "tag_value_ids",
)


@router.post("/sessions", response_model=TracerSessionWithoutVirtualFields, dependencies=[requires("projects:create")])
async def create_tracer_session(
    body: TracerSessionCreate, principal: WorkspaceCaller, store: StoreDep, upsert: bool = False
) -> Document:
    """A new project; names are unique per workspace. With `upsert=true` a project of the same name is
    updated with the fields sent and returned instead."""
    with store.transaction():
        require_datasets(store, principal, body.default_dataset_id, body.reference_dataset_id)
        fields = body.model_dump(mode="json")
        same_name = store.find_by_name(SESSIONS, principal.workspace_id, body.name)
        if upsert and same_name is not None:
            same_name.update({f: fields[f] for f in SESSION_UPSERT_FIELDS if f in body.model_fields_set})
            return store.replace(SESSIONS, same_name, name=same_name["name"], scope=principal.workspace_id)
        # Ids are unique per workspace (`SESSIONS.ids_per_scope`), as for datasets.
        if body.id is not None and store.get_in(SESSIONS, principal.workspace_id, body.id) is not None:
            raise conflict("Session already exists.")
        if same_name is not None:
            raise conflict("Session already exists.")
        doc = {**fields, "id": str(body.id or uuid4()), "tenant_id": principal.workspace_id}
        doc["last_run_start_time_live"] = None
        return store.insert(SESSIONS, doc, scope=principal.workspace_id, name=body.name)


@router.get(
    "/sessions/{session_id}", response_model=TracerSession, dependencies=[requires("projects:read", resource=PROJECT)]
)
async def read_tracer_session(
    session_id: UUID,
    principal: WorkspaceCaller,
    store: StoreDep,
    include_stats: bool = False,
    stats_start_time: datetime | None = None,
    accept: Annotated[str | None, Header()] = None,
) -> Document:
    """One project of the workspace."""
    return session_view(workspace_session(store, principal, session_id), include_stats=include_stats)


@router.patch(
    "/sessions/{session_id}",
    response_model=TracerSessionWithoutVirtualFields,
    dependencies=[requires("projects:update", resource=PROJECT)],
)
async def update_tracer_session(
    session_id: UUID, body: TracerSessionUpdate, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change the fields that were sent (null clears; a null name leaves the name as it is)."""
    with store.transaction():
        doc = workspace_session(store, principal, session_id)
        changes = body.model_dump(mode="json", include=body.model_fields_set)
        if changes.get("name", ...) is None:
            del changes["name"]
        new_name = changes.get("name")
        renamed = isinstance(new_name, str) and new_name != doc["name"]
        if renamed and store.find_by_name(SESSIONS, principal.workspace_id, str(new_name)) is not None:
            raise conflict("Session already exists.")
        require_datasets(store, principal, changes.get("default_dataset_id"))
        doc.update(changes)
        return store.replace(SESSIONS, doc, name=doc["name"], scope=principal.workspace_id)


def delete_sessions_of(store: Store, tenant_id: str, session_ids: Iterable[str]) -> None:
    """Delete sessions, and unset them as a dataset's baseline experiment."""
    doomed = set(session_ids)
    with store.transaction():
        store.delete(SESSIONS, doomed, scope=tenant_id)
        for dataset in store.list(DATASETS, tenant_id):
            if dataset.get("baseline_experiment_id") in doomed:
                dataset["baseline_experiment_id"] = None
                store.replace(DATASETS, dataset, name=dataset["name"], scope=tenant_id)


@router.delete("/sessions/{session_id}", dependencies=[requires("projects:delete", resource=PROJECT)])
async def delete_tracer_session(session_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> None:
    """Delete a project."""
    with store.transaction():
        doc = workspace_session(store, principal, session_id)
        delete_sessions_of(store, principal.workspace_id, [doc["id"]])


@router.delete("/sessions", dependencies=[requires("projects:delete")])
async def delete_tracer_sessions(
    principal: WorkspaceCaller,
    store: StoreDep,
    session_ids: Annotated[list[UUID], Query()],
) -> None:
    """Delete the listed projects of the workspace; ids that match none are ignored."""
    with store.transaction():
        owned = [str(i) for i in session_ids if store.get_in(SESSIONS, principal.workspace_id, i)]
        delete_sessions_of(store, principal.workspace_id, owned)
