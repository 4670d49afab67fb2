"""LangSmith Deployment control-plane routes: deployments, revisions, revision logs, GitHub integrations.

`router` is mounted at `/v2` and at the self-hosted `/api-host/v2`; `integrations_router` at
`/v1/integrations` and `/api-host/v1/integrations`. Shapes follow `control-plane-openapi.json`; the
revision-create and revision-logs operations follow the newer docs (reference `langsmith-api.md` §1).

Revisions move `CREATING → QUEUED → AWAITING_BUILD → BUILDING → AWAITING_DEPLOY → DEPLOYING → DEPLOYED`
(`external_docker` skips the two build stages). No thread drives them: a revision stores its creation
time and a plan of stage durations, and its status is computed from the clock whenever it is read.
A revision superseded by a newer one before it finished is `SKIPPED`.

Making a revision fail on purpose (values the real API accepts, so pipelines can rehearse failures):

- a secret / environment variable `LANGSMITH_EMULATOR_FAIL` of `build` or `deploy`, or
- a `repo_ref` or `image_uri` containing `emulator-fail-build` or `emulator-fail-deploy`
  (e.g. branch `emulator-fail-build`, image `registry.example.com/agent:emulator-fail-deploy`).

A build failure ends in `BUILD_FAILED` (for `external_docker`, which has no build, in `DEPLOY_FAILED`),
a deploy failure in `DEPLOY_FAILED`; the revision's build/deploy logs then end with the error lines.
Stage durations are `ControlPlaneSettings.stage_seconds` (see `control_plane_settings`).

Answers as the real control plane does where it differs from the configuration sent (as the official
Terraform provider's tests show it; reference `terraform-anchors.md`, `langsmith_deployment`): server
defaults filled in, fields it does not report answered null, a github branch reported resolved. See
`deployment_view` and `check_source_rules`, each rule with its source.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.applications import FastAPI

from ...auth import Principal, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from ..langsmith.schemas import TracerSessionCreate
from ..langsmith.tables import SESSIONS
from .schemas import (
    Deployment,
    DeploymentCreateRequest,
    DeploymentPatchRequest,
    DeploymentsList,
    DeploymentStatus,
    DeploymentTypeFilter,
    GithubIntegration,
    GithubRepository,
    Listener,
    ListenerCreateRequest,
    ListenerPatchRequest,
    ListenersList,
    LogLevel,
    LogOrder,
    LogsResponse,
    LogType,
    Revision,
    RevisionsList,
    RevisionStatus,
)
from .tables import DEPLOYMENT_REVISIONS, DEPLOYMENTS, LISTENERS

router = APIRouter()
integrations_router = APIRouter()

FAIL_ENV_VAR = "LANGSMITH_EMULATOR_FAIL"
FAIL_BUILD_MARKER = "emulator-fail-build"
FAIL_DEPLOY_MARKER = "emulator-fail-deploy"
BUILD_STAGES = (RevisionStatus.AWAITING_BUILD, RevisionStatus.BUILDING)
TERMINAL = frozenset(
    {
        RevisionStatus.DEPLOYED,
        RevisionStatus.SKIPPED,
        RevisionStatus.CREATE_FAILED,
        RevisionStatus.BUILD_FAILED,
        RevisionStatus.DEPLOY_FAILED,
    }
)
IMMUTABLE_SOURCE_CONFIG = ("integration_id", "repo_url", "deployment_type", "listener_id")
#: Deployment types that may scale to zero (`min_scale` 0): the official provider's "only dev_zero may set
#: min_scale 0" (terraform-anchors.md, `langsmith_deployment.resource_spec`), and its free variant.
SCALE_TO_ZERO_TYPES = frozenset({"dev_zero", "dev_free_zero"})
#: `resource_spec` values the API fills in when a create leaves them out, as the official provider's contract
#: mock answers (`deployment_offline_acceptance_test.go@00e4c64`: min/max scale 1, 1 CPU, 2048 MB); limits
#: default to twice the requests (issue 15, from the live API).
RESOURCE_SPEC_DEFAULTS = {"min_scale": 1, "max_scale": 1, "cpu": 1, "memory_mb": 2048}

ControlLimit = Annotated[int, Query(ge=1, le=100)]
ControlOffset = Annotated[int, Query(ge=0)]


@dataclass
class ControlPlaneSettings:
    """Timing of the emulated control plane (seconds per revision stage, and until a deleted deployment is gone)."""

    stage_seconds: float = 0.05
    delete_seconds: float = 0.0
    agent_server_url: str | None = None
    """The Agent Server every github deployment reports as its url (`source_config.custom_url`): the real
    runtime `emulator/agent_runtime.py` starts, or its 503 stand-in. None: a cloud-style hostname, as
    LangSmith reports it, that does not resolve. Kept by `reset`."""

    def reset(self) -> None:
        self.stage_seconds, self.delete_seconds = (
            ControlPlaneSettings.stage_seconds,
            ControlPlaneSettings.delete_seconds,
        )


_settings_lock = threading.Lock()


def control_plane_settings(app: FastAPI) -> ControlPlaneSettings:
    """The live control-plane settings of an emulator app (created with the defaults on first use)."""
    with _settings_lock:
        settings = getattr(app.state, "control_plane", None)
        if settings is None:
            settings = app.state.control_plane = ControlPlaneSettings()
        return settings


def bad_request(detail: str) -> HTTPException:
    return HTTPException(status_code=400, detail=detail)


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat()


# ================================================================ revision state machine


def revision_plan(
    source: str, revision_config: dict[str, Any], secrets: list[dict[str, Any]], stage: float
) -> Document:
    """The stages a new revision will go through, with their durations, and where it ends."""
    markers = " ".join(str(revision_config.get(k) or "") for k in ("repo_ref", "image_uri"))
    requested = next((s["value"] for s in secrets if s["name"] == FAIL_ENV_VAR), "")
    fail_build = FAIL_BUILD_MARKER in markers or requested == "build"
    fail_deploy = FAIL_DEPLOY_MARKER in markers or requested == "deploy"
    stages = [RevisionStatus.CREATING, RevisionStatus.QUEUED]
    if source != "external_docker":
        stages += list(BUILD_STAGES)
    terminal = RevisionStatus.DEPLOYED
    if fail_build and source != "external_docker":
        terminal = RevisionStatus.BUILD_FAILED
    else:
        stages += [RevisionStatus.AWAITING_DEPLOY, RevisionStatus.DEPLOYING]
        if fail_build or fail_deploy:
            terminal = RevisionStatus.DEPLOY_FAILED
    return {"stages": [[s.value, stage] for s in stages], "terminal": terminal.value}


def revision_state(rev: Document, now: float | None = None) -> tuple[RevisionStatus, float, list[str]]:
    """(status, time of the last transition, stages entered so far) of a revision at `now`."""
    now = time.time() if now is None else now
    cut = rev.get("_superseded_at")
    effective = now if cut is None else min(now, cut)
    start = rev["_t0"]
    entered: list[str] = []
    for status, seconds in rev["_plan"]["stages"]:
        entered.append(status)
        if effective < start + seconds:
            if cut is not None and now >= cut:
                return RevisionStatus.SKIPPED, cut, entered
            return RevisionStatus(status), start, entered
        start += seconds
    entered.append(rev["_plan"]["terminal"])
    return RevisionStatus(rev["_plan"]["terminal"]), start, entered


def revision_view(rev: Document) -> Document:
    status, changed, _ = revision_state(rev)
    return {
        "id": rev["id"],
        "created_at": rev["created_at"],
        "updated_at": iso(changed),
        "status": status.value,
        "source": rev["source"],
        "source_revision_config": rev["source_revision_config"],
    }


def revisions_of(store: Store, deployment_id: str) -> list[Document]:
    """A deployment's revisions, newest first."""
    return list(reversed(store.list(DEPLOYMENT_REVISIONS, deployment_id)))


def new_revision(
    store: Store, deployment: Document, settings: ControlPlaneSettings, source: str | None = None
) -> Document:
    """Start a revision from the deployment's current configuration; supersedes an unfinished latest one."""
    now = time.time()
    previous = (
        store.get(DEPLOYMENT_REVISIONS, deployment["latest_revision_id"])
        if deployment.get("latest_revision_id")
        else None
    )
    if previous is not None and revision_state(previous, now)[0] not in TERMINAL:
        previous["_superseded_at"] = now
        store.replace(DEPLOYMENT_REVISIONS, previous)
    source = source or deployment["source"]
    revision_config = {**deployment["source_revision_config"], "repo_commit_sha": None}
    if source == "github":
        revision_config["repo_commit_sha"] = uuid.uuid5(uuid.NAMESPACE_URL, f"{revision_config.get('repo_ref')}").hex
    rev = {
        "id": str(uuid.uuid4()),
        "deployment_id": deployment["id"],
        "created_at": iso(now),
        "source": source,
        "source_revision_config": revision_config,
        "_t0": now,
        "_plan": revision_plan(source, revision_config, deployment["secrets"], settings.stage_seconds),
        "_repo_url": deployment["source_config"].get("repo_url"),
        "_env_names": sorted(s["name"] for s in deployment["secrets"]),
    }
    store.insert(DEPLOYMENT_REVISIONS, rev, scope=deployment["id"])
    deployment["latest_revision_id"] = rev["id"]
    deployment["updated_at"] = iso(now)
    return rev


# ================================================================ deployments


def deployment_view(store: Store, doc: Document, settings: ControlPlaneSettings) -> Document:
    """The API form of a stored deployment, with its status and active revision computed now."""
    now = time.time()
    active = None
    for rev in revisions_of(store, doc["id"]):
        if revision_state(rev, now)[0] is RevisionStatus.DEPLOYED:
            active = rev["id"]
            break
    if doc.get("_deleted_at") is not None:
        status = DeploymentStatus.AWAITING_DELETE
    else:
        status = DeploymentStatus.READY if active else DeploymentStatus.AWAITING_DATABASE
    fields = ("name", "source", "source_revision_config", "secrets", "secret_references")
    return {
        **{k: doc[k] for k in fields},
        **reported_config(doc),
        "display_name": doc.get("display_name"),
        "id": doc["id"],
        "tenant_id": doc["tenant_id"],
        "created_at": doc["created_at"],
        "updated_at": doc["updated_at"],
        "status": status.value,
        "latest_revision_id": doc.get("latest_revision_id"),
        "active_revision_id": active,
        "image_version": None,
    }


def reported_config(doc: Document) -> Document:
    """`source_config` and `source_revision_config` as the real API reports them, not as they were sent
    (sources: the official provider's contract mock and regression tests, `deployment_offline_acceptance_test.go`
    and `deployment_regression_test.go` @00e4c64, summarised in terraform-anchors.md):

    - defaults filled in: `deployment_type` `prod` and `build_on_push` false where unset, the
      `resource_spec` defaults (`RESOURCE_SPEC_DEFAULTS`) with limits twice the requests;
    - `listener_config` null: "the API does not report it" (desired-only in the official provider);
    - a github deployment's `repo_ref` resolved to the commit deployed, its branch in `source_config.repo_branch`
      (`TestDeploymentImportFiltersRevisionInputsBySource`).
    """
    config = dict(doc["source_config"])
    if config.get("deployment_type") is None:
        config["deployment_type"] = "prod"
    if config.get("build_on_push") is None:
        config["build_on_push"] = False
    spec = {**RESOURCE_SPEC_DEFAULTS, **{k: v for k, v in (config.get("resource_spec") or {}).items() if v is not None}}
    spec.setdefault("cpu_limit", spec["cpu"] * 2)
    spec.setdefault("memory_limit_mb", spec["memory_mb"] * 2)
    config["resource_spec"] = spec
    config["listener_config"] = None
    revision_config = dict(doc["source_revision_config"])
    if doc["source"] == "github":
        ref = revision_config.get("repo_ref")
        config["repo_branch"] = ref
        revision_config["repo_ref"] = uuid.uuid5(uuid.NAMESPACE_URL, f"{ref}").hex if ref else None
    return {"source_config": config, "source_revision_config": revision_config}


def purge_if_gone(store: Store, doc: Document, settings: ControlPlaneSettings) -> bool:
    """Whether a deleted deployment's grace period is over (then it is removed for good)."""
    deleted_at = doc.get("_deleted_at")
    if deleted_at is None or time.time() < deleted_at + settings.delete_seconds:
        return False
    with store.transaction():
        store.delete(DEPLOYMENT_REVISIONS, [r["id"] for r in store.list(DEPLOYMENT_REVISIONS, doc["id"])])
        store.delete(DEPLOYMENTS, [doc["id"]])
    return True


def workspace_deployment(
    store: Store, principal: Principal, deployment_id: object, settings: ControlPlaneSettings
) -> Document:
    doc = store.get_in(DEPLOYMENTS, principal.workspace_id, deployment_id)
    if doc is None or purge_if_gone(store, doc, settings):
        raise HTTPException(status_code=404, detail=f"Deployment ID {deployment_id} not found.")
    return doc


def live_deployment(
    store: Store, principal: Principal, deployment_id: object, settings: ControlPlaneSettings
) -> Document:
    doc = workspace_deployment(store, principal, deployment_id, settings)
    if doc.get("_deleted_at") is not None:
        raise bad_request(f"Deployment ID {deployment_id} is being deleted.")
    return doc


def integration_for(workspace_id: str) -> Document:
    """The emulator's one GitHub integration of a workspace (real ones come from the GitHub App install flow)."""
    integration_id = uuid.uuid5(uuid.NAMESPACE_URL, f"langsmith-emulator/github/{workspace_id}")
    return {"id": str(integration_id), "installation_id": 10_000 + integration_id.int % 90_000, "name": "emulator-org"}


def check_source_rules(
    source: str,
    config: dict[str, Any],
    revision_config: dict[str, Any],
    secret_references: list[Any] | None,
    workspace_id: str,
    *,
    requested_custom_url: str | None = None,
) -> None:
    """The control plane's cross-field rules for a deployment's configuration (400 when broken)."""
    if source == "internal_source":
        raise bad_request(
            "internal_source deployments need source_revision_config.source_tarball_path from the upload-url flow."
        )
    if source == "internal_docker":
        raise bad_request("internal_docker deployments need an image pushed with a push token; not available here.")
    repo_ref = revision_config.get("repo_ref") or ""
    resource_spec = config.get("resource_spec") or {}
    if source == "github":
        for name, value in (
            ("source_config.integration_id", config.get("integration_id")),
            ("source_config.repo_url", config.get("repo_url")),
            ("source_config.deployment_type", config.get("deployment_type")),
            ("source_revision_config.repo_ref", revision_config.get("repo_ref")),
            ("source_revision_config.langgraph_config_path", revision_config.get("langgraph_config_path")),
        ):
            if not value:
                raise bad_request(f"{name} is required for github deployments.")
        if config.get("build_on_push") is None:
            # "github creates need build_on_push" (terraform-anchors.md, from the official provider's cloud
            # acceptance test `deployment_cloud_acceptance_test.go@00e4c64`).
            raise bad_request("source_config.build_on_push is required for github deployments.")
        if str(config["integration_id"]) != integration_for(workspace_id)["id"]:
            raise bad_request(f"GitHub integration {config['integration_id']} not found.")
        if revision_config.get("image_uri"):
            raise bad_request("source_revision_config.image_uri is only applicable for external_docker deployments.")
        if requested_custom_url:
            raise bad_request("source_config.custom_url can only be set for external_docker deployments.")
        if secret_references:
            raise bad_request("secret_references are only applicable for external_docker deployments.")
    if source == "external_docker":
        if not revision_config.get("image_uri"):
            raise bad_request("source_revision_config.image_uri is required for external_docker deployments.")
        for name in ("integration_id", "repo_url", "deployment_type", "build_on_push"):
            if config.get(name) is not None:
                raise bad_request(f"source_config.{name} is only applicable for github deployments.")
        for name in ("repo_ref", "langgraph_config_path"):
            if revision_config.get(name) is not None:
                raise bad_request(f"source_revision_config.{name} must be null for external_docker deployments.")
        if not resource_spec:
            raise bad_request("source_config.resource_spec is required for external_docker deployments.")
    if config.get("build_on_push") and repo_ref.startswith("refs/tags/"):
        raise bad_request(
            "source_config.build_on_push cannot be enabled when source_revision_config.repo_ref is a tag."
        )
    min_scale, max_scale = resource_spec.get("min_scale"), resource_spec.get("max_scale")
    if min_scale is not None and max_scale is not None and min_scale > max_scale:
        raise bad_request("resource_spec.min_scale cannot be greater than resource_spec.max_scale.")
    if min_scale is not None and min_scale < 1 and config.get("deployment_type") not in SCALE_TO_ZERO_TYPES:
        raise bad_request("resource_spec.min_scale must be at least 1 for this deployment type.")


def ensure_tracing_project(store: Store, workspace_id: str, name: str) -> None:
    """Create the tracing project (tracer session) named after a new deployment, unless it exists."""
    if store.find_by_name(SESSIONS, workspace_id, name) is not None:
        return
    fields = TracerSessionCreate(name=name).model_dump(mode="json")
    doc = {**fields, "id": str(uuid.uuid4()), "tenant_id": workspace_id, "last_run_start_time_live": None}
    store.insert(SESSIONS, doc, scope=workspace_id, name=name)


@router.get("/deployments", response_model=DeploymentsList, dependencies=[requires("deployments:read")])
async def list_deployments(
    request: Request,
    principal: WorkspaceCaller,
    store: StoreDep,
    limit: ControlLimit = 20,
    offset: ControlOffset = 0,
    name_contains: str | None = None,
    status: str | None = None,
    remote_reconciled: bool | None = None,
    tag_value_ids: str | None = None,
    image_version: str | None = None,
    deployment_type: DeploymentTypeFilter | None = None,
    deployment_ids: str | None = None,
) -> Document:
    """Deployments of the workspace, oldest first, filtered; `offset` of the answer is the next page's."""
    settings = control_plane_settings(request.app)
    wanted_ids = {i.strip() for i in deployment_ids.split(",")} if deployment_ids else None
    views = []
    for doc in store.list(DEPLOYMENTS, principal.workspace_id):
        if purge_if_gone(store, doc, settings):
            continue
        view = deployment_view(store, doc, settings)
        if name_contains and name_contains not in view["name"]:
            continue
        if status and view["status"] not in status.split(","):
            continue
        if deployment_type and view["source_config"].get("deployment_type") != deployment_type.value:
            continue
        if wanted_ids is not None and view["id"] not in wanted_ids:
            continue
        if tag_value_ids or image_version:
            continue  # the emulator has no deployment tags or image versions
        views.append(view)
    page = views[offset : offset + limit]
    return {"resources": page, "offset": offset + len(page)}


@router.post("/deployments", response_model=Deployment, status_code=201, dependencies=[requires("deployments:create")])
async def create_deployment(
    request: Request, body: DeploymentCreateRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new deployment, its first revision and its tracing project."""
    settings = control_plane_settings(request.app)
    fields = body.model_dump(mode="json")
    check_source_rules(
        fields["source"],
        fields["source_config"],
        fields["source_revision_config"],
        fields["secret_references"],
        principal.workspace_id,
        requested_custom_url=fields["source_config"].get("custom_url"),
    )
    with store.transaction():
        for other in store.list(DEPLOYMENTS, principal.workspace_id):
            if other["name"] == body.name and not purge_if_gone(store, other, settings):
                # The spec declares 201, 400 and 422 for this operation: a taken name is a 400.
                raise bad_request(f"Deployment with name {body.name} already exists.")
        now = iso(time.time())
        doc = {
            **fields,
            "display_name": None,
            "id": str(uuid.uuid4()),
            "tenant_id": principal.workspace_id,
            "created_at": now,
            "updated_at": now,
            "latest_revision_id": None,
        }
        if body.source.value == "github":  # assigned by LangSmith, read-only for github deployments
            doc["source_config"]["custom_url"] = (
                settings.agent_server_url or f"https://{body.name}-{doc['id'][:8]}.us.langgraph.app"
            )
        store.insert(DEPLOYMENTS, doc, scope=principal.workspace_id)
        new_revision(store, doc, settings)
        store.replace(DEPLOYMENTS, doc)
        ensure_tracing_project(store, principal.workspace_id, body.name)
        return deployment_view(store, doc, settings)


@router.delete("/deployments", dependencies=[requires("deployments:delete")])
async def delete_deployments(
    request: Request,
    principal: WorkspaceCaller,
    store: StoreDep,
    deployment_ids: Annotated[list[UUID], Query(max_length=100)],
) -> Response:
    """Delete several deployments: 200 when all were deleted, 207 when some were not found."""
    settings = control_plane_settings(request.app)
    results = []
    for deployment_id in deployment_ids:
        try:
            doc = live_deployment(store, principal, deployment_id, settings)
        except HTTPException as error:
            results.append({"deployment_id": str(deployment_id), "status": error.status_code, "detail": error.detail})
            continue
        mark_deleted(store, doc, principal, delete_tracing_project=False)
        results.append({"deployment_id": str(deployment_id), "status": 204})
    failed = [r for r in results if r["status"] != 204]
    if failed and len(failed) == len(results):
        raise HTTPException(status_code=404, detail="No deployment found.")
    return Response(json.dumps({"results": results}), status_code=207 if failed else 200, media_type="application/json")


@router.get("/deployments/{deployment_id}", response_model=Deployment, dependencies=[requires("deployments:read")])
async def get_deployment(
    request: Request, deployment_id: UUID, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """One deployment of the workspace."""
    settings = control_plane_settings(request.app)
    return deployment_view(store, workspace_deployment(store, principal, deployment_id, settings), settings)


def apply_patch(
    store: Store, doc: Document, body: DeploymentPatchRequest, principal: Principal, settings: ControlPlaneSettings
) -> bool:
    """Apply a patch/revision body to a deployment; returns whether the changes need a new revision."""
    sent = body.model_dump(mode="json", exclude_unset=True)
    config_changes = {k: v for k, v in (sent.get("source_config") or {}).items() if v is not None}
    for name in IMMUTABLE_SOURCE_CONFIG:
        if name in config_changes and str(config_changes[name]) != str(doc["source_config"].get(name)):
            raise bad_request(f"source_config.{name} cannot be changed once the deployment is created.")
    namespace = (config_changes.get("listener_config") or {}).get("k8s_namespace")
    current_namespace = (doc["source_config"].get("listener_config") or {}).get("k8s_namespace")
    if namespace is not None and namespace != current_namespace:
        raise bad_request(
            "source_config.listener_config.k8s_namespace cannot be changed once the deployment is created."
        )
    needs_revision = False
    for name in ("resource_spec", "install_command", "build_command"):
        if name in config_changes and config_changes[name] != doc["source_config"].get(name):
            needs_revision = True
    revision_changes = {k: v for k, v in (sent.get("source_revision_config") or {}).items() if v is not None}
    if any(doc["source_revision_config"].get(k) != v for k, v in revision_changes.items()):
        needs_revision = True
    secrets = sent.get("secrets")
    if secrets:  # an empty list is "unchanged", as on the real API
        needs_revision = needs_revision or secrets != doc["secrets"]
    references = sent.get("secret_references")
    if references is not None and references != doc.get("secret_references"):
        needs_revision = True
    config = {**doc["source_config"], **config_changes}
    revision_config = {**doc["source_revision_config"], **revision_changes}
    check_source_rules(
        doc["source"], config, revision_config, references if references is not None else doc.get("secret_references"),
        principal.workspace_id, requested_custom_url=config_changes.get("custom_url"),
    )  # fmt: skip
    doc["source_config"] = config
    doc["source_revision_config"] = revision_config
    if sent.get("display_name") is not None:
        doc["display_name"] = sent["display_name"]
    if secrets:
        doc["secrets"] = secrets
    if references is not None:
        doc["secret_references"] = references
    doc["updated_at"] = iso(time.time())
    return needs_revision


@router.patch("/deployments/{deployment_id}", response_model=Deployment, dependencies=[requires("deployments:update")])
async def patch_deployment(
    request: Request, deployment_id: UUID, body: DeploymentPatchRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change a deployment; changes to its revision inputs start a new revision."""
    settings = control_plane_settings(request.app)
    with store.transaction():
        doc = live_deployment(store, principal, deployment_id, settings)
        if apply_patch(store, doc, body, principal, settings):
            new_revision(store, doc, settings, body.revision_source.value if body.revision_source else None)
        store.replace(DEPLOYMENTS, doc)
        return deployment_view(store, doc, settings)


@router.delete("/deployments/{deployment_id}", status_code=204, dependencies=[requires("deployments:delete")])
async def delete_deployment(
    request: Request,
    deployment_id: UUID,
    principal: WorkspaceCaller,
    store: StoreDep,
    delete_tracing_project: bool = False,
) -> Response:
    """Start deleting a deployment (gone after `delete_seconds`); optionally delete its tracing project."""
    settings = control_plane_settings(request.app)
    with store.transaction():
        doc = workspace_deployment(store, principal, deployment_id, settings)
        if doc.get("_deleted_at") is None:
            mark_deleted(store, doc, principal, delete_tracing_project=delete_tracing_project)
        purge_if_gone(store, doc, settings)
    return Response(status_code=204)


def mark_deleted(store: Store, doc: Document, principal: Principal, *, delete_tracing_project: bool) -> None:
    with store.transaction():
        doc["_deleted_at"] = time.time()
        store.replace(DEPLOYMENTS, doc)
        if delete_tracing_project:
            project = store.find_by_name(SESSIONS, principal.workspace_id, doc["name"])
            if project is not None:
                store.delete(SESSIONS, [project["id"]], scope=principal.workspace_id)


# ================================================================ revisions


@router.get(
    "/deployments/{deployment_id}/revisions", response_model=RevisionsList, dependencies=[requires("deployments:read")]
)
async def list_revisions(
    request: Request,
    deployment_id: UUID,
    principal: WorkspaceCaller,
    store: StoreDep,
    limit: ControlLimit = 20,
    offset: ControlOffset = 0,
    status: str | None = None,
    remote_reconciled: bool | None = None,
) -> Document:
    """A deployment's revisions, newest first."""
    doc = workspace_deployment(store, principal, deployment_id, control_plane_settings(request.app))
    views = [revision_view(rev) for rev in revisions_of(store, doc["id"])]
    if status:
        views = [v for v in views if v["status"] in {s.strip() for s in status.split(",")}]
    page = views[offset : offset + limit]
    return {"resources": page, "offset": offset + len(page)}


@router.post(
    "/deployments/{deployment_id}/revisions",
    response_model=Revision,
    status_code=201,
    dependencies=[requires("deployments:update")],
)
async def create_revision(
    request: Request, deployment_id: UUID, body: DeploymentPatchRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Always start a new revision with the body's changes (newer docs; not in the saved spec)."""
    settings = control_plane_settings(request.app)
    with store.transaction():
        doc = live_deployment(store, principal, deployment_id, settings)
        apply_patch(store, doc, body, principal, settings)
        rev = new_revision(store, doc, settings, body.revision_source.value if body.revision_source else None)
        store.replace(DEPLOYMENTS, doc)
        return revision_view(rev)


def deployment_revision(
    store: Store, principal: Principal, deployment_id: UUID, revision_id: UUID, settings: ControlPlaneSettings
) -> tuple[Document, Document]:
    doc = workspace_deployment(store, principal, deployment_id, settings)
    rev = store.get_in(DEPLOYMENT_REVISIONS, doc["id"], revision_id)
    if rev is None:
        raise HTTPException(status_code=404, detail=f"Revision ID {revision_id} not found.")
    return doc, rev


@router.get(
    "/deployments/{deployment_id}/revisions/{revision_id}",
    response_model=Revision,
    dependencies=[requires("deployments:read")],
)
async def get_revision(
    request: Request, deployment_id: UUID, revision_id: UUID, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """One revision of a deployment."""
    _, rev = deployment_revision(store, principal, deployment_id, revision_id, control_plane_settings(request.app))
    return revision_view(rev)


@router.post(
    "/deployments/{deployment_id}/revisions/{revision_id}/redeploy",
    response_model=Deployment,
    dependencies=[requires("deployments:update")],
)
async def redeploy_revision(
    request: Request, deployment_id: UUID, revision_id: UUID, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Start a new revision from an earlier revision's source configuration."""
    settings = control_plane_settings(request.app)
    with store.transaction():
        doc, rev = deployment_revision(store, principal, deployment_id, revision_id, settings)
        if doc.get("_deleted_at") is not None:
            raise bad_request(f"Deployment ID {deployment_id} is being deleted.")
        doc["source_revision_config"] = {
            k: v for k, v in rev["source_revision_config"].items() if k != "repo_commit_sha"
        }
        new_revision(store, doc, settings, rev["source"])
        store.replace(DEPLOYMENTS, doc)
        return deployment_view(store, doc, settings)


# ================================================================ revision logs


def log_lines(rev: Document, log_type: LogType) -> list[tuple[str, str]]:
    """(level, message) lines of a revision's build or deploy log, as far as it has got."""
    status, _, entered = revision_state(rev)
    config = rev["source_revision_config"]
    lines: list[tuple[str, str]] = []
    if log_type is LogType.build:
        if "BUILDING" not in entered:
            return lines
        lines += [
            ("INFO", f"Cloning {rev.get('_repo_url')} at {config.get('repo_ref')}"),
            ("INFO", f"Using LangGraph config {config.get('langgraph_config_path')}"),
            ("INFO", "Step 1/4 : FROM langchain/langgraph-api:3.11"),
            ("INFO", "Step 2/4 : ADD . /deps/app"),
            ("INFO", "Step 3/4 : RUN pip install --no-cache-dir -c /api/constraints.txt -e /deps/app"),
        ]
        if status is RevisionStatus.BUILD_FAILED:
            lines += [
                ("ERROR", "ERROR: No matching distribution found for langgraph-nonexistent==0.0.0"),
                ("ERROR", 'ERROR: failed to solve: process "/bin/sh -c pip install -e /deps/app" exit code: 1'),
                ("ERROR", "Build failed."),
            ]
        elif "AWAITING_DEPLOY" in entered:
            lines += [("INFO", "Step 4/4 : ENV LANGSERVE_GRAPHS=..."), ("INFO", "Build succeeded.")]
        return lines
    if "DEPLOYING" not in entered:
        return lines
    image = config.get("image_uri") or f"langsmith-emulator/{rev['deployment_id']}:{rev['id'][:8]}"
    lines += [
        ("INFO", f"Pulling image {image}"),
        ("INFO", f"Environment variables: {', '.join(rev.get('_env_names') or []) or '(none)'}"),
        ("INFO", "Starting Agent Server"),
    ]
    if status is RevisionStatus.DEPLOY_FAILED:
        lines += [
            ("ERROR", "ImportError: cannot import name 'graph' from 'agent.graph'"),
            ("ERROR", "Container exited with code 1; back-off restarting failed container (CrashLoopBackOff)."),
            ("ERROR", "Deploy failed: the server did not become healthy."),
        ]
    elif status is RevisionStatus.DEPLOYED:
        lines += [("INFO", "Application startup complete."), ("INFO", "Revision deployed.")]
    return lines


@router.get(
    "/deployments/{deployment_id}/revisions/{revision_id}/logs",
    response_model=LogsResponse,
    dependencies=[requires("deployments:read")],
)
async def get_revision_logs(
    request: Request,
    deployment_id: UUID,
    revision_id: UUID,
    principal: WorkspaceCaller,
    store: StoreDep,
    type: LogType,
    start_time: datetime | None = None,
    end_time: datetime | None = None,
    order: LogOrder = LogOrder.asc,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: str | None = None,
    query: str | None = None,
    level: LogLevel | None = None,
    run_id: str | None = None,
) -> Document:
    """A revision's build or deploy log lines (newer docs; not in the saved spec)."""
    _, rev = deployment_revision(store, principal, deployment_id, revision_id, control_plane_settings(request.app))
    t0 = rev["_t0"]
    entries = [
        {"timestamp": iso(t0 + index * 0.001), "level": lvl, "message": message}
        for index, (lvl, message) in enumerate(log_lines(rev, type))
    ]
    if query:
        entries = [e for e in entries if query in e["message"]]
    if level:
        entries = [e for e in entries if e["level"] == level.value]
    if order is LogOrder.desc:
        entries.reverse()
    try:
        start = int(offset) if offset else 0
    except ValueError:
        raise bad_request("offset is not a cursor returned by this endpoint.") from None
    page = entries[start : start + limit]
    more = start + limit < len(entries)
    return {"logs": page, "next_offset": str(start + limit) if more else None}


# ================================================================ listeners


def self_hosted(request: Request) -> bool:
    """Whether the request came to the self-hosted control plane (`/api-host/v2`), not to LangSmith's cloud."""
    return request.url.path.startswith("/api-host/")


def listener_of(store: Store, request: Request, principal: Principal, listener_id: UUID) -> Document:
    doc = store.get_in(LISTENERS, principal.workspace_id, listener_id) if self_hosted(request) else None
    if doc is None:
        raise HTTPException(status_code=404, detail=f"Listener ID {listener_id} not found.")
    return doc


def listener_view(doc: Document) -> Document:
    return {k: v for k, v in doc.items() if k != "tenant_id"}


@router.get("/listeners", response_model=ListenersList, dependencies=[requires("deployments:read")])
async def list_listeners(
    request: Request, principal: WorkspaceCaller, store: StoreDep, limit: ControlLimit = 20, offset: ControlOffset = 0
) -> Document:
    """The workspace's listeners, oldest first (none on LangSmith's cloud)."""
    views = [listener_view(d) for d in store.list(LISTENERS, principal.workspace_id)] if self_hosted(request) else []
    page = views[offset : offset + limit]
    return {"resources": page, "offset": offset + len(page)}


@router.post("/listeners", response_model=Listener, status_code=201, dependencies=[requires("deployments:create")])
async def create_listener(
    request: Request, body: ListenerCreateRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """A new listener: self-hosted control planes only (403 on the cloud), one per workspace and compute id (409)."""
    if not self_hosted(request):
        raise HTTPException(
            status_code=403,
            detail=f"Listeners cannot be created for LangSmith workspace ID '{principal.workspace_id}'. Creating "
            "listeners is only allowed for LangSmith organizations with self-hosted enterprise plans.",
        )
    with store.transaction():
        if any(d["compute_id"] == body.compute_id for d in store.list(LISTENERS, principal.workspace_id)):
            raise HTTPException(
                status_code=409,
                detail=f"Listener for LangSmith workspace ID '{principal.workspace_id}' and compute ID "
                f"'{body.compute_id}' already exists.",
            )
        now = iso(time.time())
        doc = {
            **body.model_dump(mode="json"),
            "id": str(uuid.uuid4()),
            "created_at": now,
            "updated_at": now,
            "tenant_id": principal.workspace_id,
        }
        store.insert(LISTENERS, doc, scope=principal.workspace_id)
    return listener_view(doc)


@router.get("/listeners/{listener_id}", response_model=Listener, dependencies=[requires("deployments:read")])
async def get_listener(request: Request, listener_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """One listener of the workspace."""
    return listener_view(listener_of(store, request, principal, listener_id))


@router.patch("/listeners/{listener_id}", response_model=Listener, dependencies=[requires("deployments:update")])
async def patch_listener(
    request: Request, listener_id: UUID, body: ListenerPatchRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Change a listener's version or compute config (a field sent as null is left as it is)."""
    with store.transaction():
        doc = listener_of(store, request, principal, listener_id)
        sent = body.model_dump(mode="json", exclude_unset=True)
        for name in ("version", "compute_config"):
            if sent.get(name) is not None:
                doc[name] = sent[name]
        doc["updated_at"] = iso(time.time())
        store.replace(LISTENERS, doc)
    return listener_view(doc)


@router.delete("/listeners/{listener_id}", status_code=204, dependencies=[requires("deployments:delete")])
async def delete_listener(request: Request, listener_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Response:
    """Delete a listener."""
    doc = listener_of(store, request, principal, listener_id)
    store.delete(LISTENERS, [doc["id"]], scope=principal.workspace_id)
    return Response(status_code=204)


# ================================================================ GitHub integrations


@integrations_router.get(
    "/github/install", response_model=list[GithubIntegration], dependencies=[requires("deployments:read")]
)
async def list_github_integrations(principal: WorkspaceCaller) -> list[Document]:
    """The workspace's GitHub App integrations (the emulator has one per workspace)."""
    return [integration_for(principal.workspace_id)]


@integrations_router.get(
    "/github/{integration_id}/repos", response_model=list[GithubRepository], dependencies=[requires("deployments:read")]
)
async def list_github_repositories(integration_id: UUID, principal: WorkspaceCaller) -> list[Document]:
    """Repositories the integration can deploy from."""
    integration = integration_for(principal.workspace_id)
    if str(integration_id) != integration["id"]:
        raise HTTPException(status_code=404, detail=f"Integration {integration_id} not found.")
    return [
        {
            "host_integration_id": integration["id"],
            "id": 1000 + index,
            "name": name,
            "owner": integration["name"],
            "url": f"https://github.com/{integration['name']}/{name}",
            "default_branch": "main",
        }
        for index, name in enumerate(("agent", "langgraph-example"))
    ]


__all__ = [
    "FAIL_BUILD_MARKER",
    "FAIL_DEPLOY_MARKER",
    "FAIL_ENV_VAR",
    "ControlPlaneSettings",
    "control_plane_settings",
    "integrations_router",
    "router",
]
