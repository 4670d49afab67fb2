"""Prompt repos (`/api/v1/repos`), their commits (the Go `/commits/{owner}/{repo}`, at the root and under
`/api` as self-hosted instances serve it), tags and owners, and hub environments (`/api/v1/hub/environments`).

As the real hub does:

- `{owner}` is the workspace's tenant handle, or `-` for the workspace the request acts in; another owner
  is 404. A repo handle is unique in its workspace (409) and never changes. Deleting a repo deletes its
  commits, tags and owners.
- Commits are append-only: never changed or deleted one by one. `parent_commit` names the commit the new one
  follows: when it is not the repo's latest commit the POST is refused (409), so a commit someone else made
  meanwhile is never silently overwritten; a manifest equal to the latest one is refused too ("nothing to
  commit", 409). `GET /commits/{owner}/{repo}/{commit}` takes a commit hash, a tag name or `latest`.
- A tag names one commit (`commit_id`, the commit's UUID). Creating one fires the workspace's prompt
  webhooks with trigger `tag:create`, moving one (PATCH) those with `tag:update`, a commit those with
  `commit`, unless `skip_webhooks` (true, or the ids of the webhooks to skip). Deliveries are real POSTs
  of the `PromptWebhookPayload`, sent only where the delivery policy allows (`webhooks/delivery.py`); a
  failed delivery does not fail the change. Every attempt is recorded (`delivery_log(app)`).
- Owners are added by the email of an organisation member and removed by `identity_id`, in a DELETE body.
- Hub environments are one record per workspace: a second POST is 409 (`{error}`), GET without one is 404.
- ABAC: a repo is a `prompt` resource. Access policies of the caller's roles denying the route's permission on
  the repo's tags answer 403 (`families/abac/enforce.py`), on every route addressing one repo (its commits,
  tags and owners too); the repo list hides the repos denied `prompts:read`.
"""

from __future__ import annotations

import secrets
from collections import deque
from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from ...auth import Principal, StoreDep, WorkspaceCaller, abac_denied, forbidden, requires
from ...store import Document, Store
from ..access import principals
from ..langsmith.schemas import utcnow
from ..langsmith.tables import WORKSPACES
from ..webhooks.delivery import DeliveryFailed, deliver
from ..webhooks.tables import PROMPT_WEBHOOKS
from .schemas import (
    AddRepoOwnerRequest,
    CommitResponse,
    CreateCommitReq,
    CreateCommitResponse,
    CreateEnvironmentsRequest,
    CreateRepoRequest,
    HubEnvironmentsModel,
    ListCommitsResponse,
    ListRepoOwnersResponse,
    ListReposResponse,
    RemoveRepoOwnerRequest,
    RepoEnvelope,
    RepoOwner,
    RepoTag,
    RepoTagRequest,
    RepoUpdateTagRequest,
    UpdateEnvironmentsRequest,
    UpdateRepoRequest,
)
from .tables import COMMITS, HUB_ENVIRONMENTS, REPO_OWNERS, REPO_TAGS, REPOS

router = APIRouter()
commits_router = APIRouter()


def go_error(status: int, message: str) -> JSONResponse:
    """The Go service's error shape (`commits.ErrorResponse`, `hub_environments.ErrorResponse`)."""
    return JSONResponse({"error": message}, status_code=status)


# ================================================================ webhook events


def delivery_log(app: FastAPI) -> deque[dict[str, Any]]:
    """The prompt-webhook deliveries the hub attempted (the most recent 1,000): event, webhook id, URL, outcome."""
    log = getattr(app.state, "prompt_webhook_deliveries", None)
    if log is None:
        log = app.state.prompt_webhook_deliveries = deque(maxlen=1000)
    return log


def _skipped(skip_webhooks: Any) -> set[str] | bool:
    if isinstance(skip_webhooks, list):
        return {str(w).lower() for w in skip_webhooks}
    return bool(skip_webhooks)


async def fire(
    request: Request,
    store: Store,
    workspace_id: str,
    repo: Document,
    event: str,
    commit: Document,
    *,
    tag_name: str | None = None,
    skip_webhooks: Any = False,
    created_by: str = "",
) -> None:
    """Call the workspace's prompt webhooks subscribed to `event` for this repo (see the module docstring)."""
    skipped = _skipped(skip_webhooks)
    if skipped is True:
        return
    payload = {
        "prompt_id": repo["id"],
        "prompt_name": repo["repo_handle"],
        "manifest": commit.get("manifest") or {},
        "commit_hash": commit["commit_hash"],
        "created_at": utcnow().isoformat(),
        "created_by": created_by,
        "event": event,
        "tag_name": tag_name,
    }
    policy = request.app.state.webhook_policy
    for hook in store.list(PROMPT_WEBHOOKS, workspace_id):
        included = hook.get("include_prompts")
        if event not in (hook.get("triggers") or []) or (isinstance(skipped, set) and hook["id"] in skipped):
            continue
        if (included and repo["id"] not in included) or repo["id"] in (hook.get("exclude_prompts") or []):
            continue
        headers = {str(k): str(v) for k, v in (hook.get("headers") or {}).items()}
        entry: dict[str, Any] = {"event": event, "webhook_id": hook["id"], "url": hook["url"], "payload": payload}
        try:
            entry["status"] = await deliver(policy, hook["url"], headers, payload)
        except DeliveryFailed:
            entry["status"] = None
        delivery_log(request.app).append(entry)


# ================================================================ repos


def _handle(store: Store, principal: Principal) -> str | None:
    workspace = store.get_in(WORKSPACES, principal.organization_id, principal.workspace_id) or {}
    return workspace.get("tenant_handle")


def _find_repo(store: Store, principal: Principal, owner: str, repo: str) -> Document | None:
    if owner != "-" and owner != _handle(store, principal):
        return None
    return store.find_by_name(REPOS, principal.workspace_id, repo)


#: The message of a 403 from an access policy.
DENIED = "Denied by an access policy"


def _denied(store: Store, principal: Principal, repo: Document, permission: str) -> bool:
    """Whether the caller's access policies deny `permission` on the repo (an ABAC `prompt` resource)."""
    return abac_denied(store, principal, permission, "prompt", repo["id"])


def _repo(store: Store, principal: Principal, owner: str, repo: str, permission: str) -> Document:
    """The repo, as the caller may use it for `permission`: 404 when missing, 403 when a policy denies it."""
    doc = _find_repo(store, principal, owner, repo)
    if doc is None:
        raise HTTPException(status_code=404, detail="Repo not found")
    if _denied(store, principal, doc, permission):
        raise forbidden(DENIED)
    return doc


def _go_repo(store: Store, principal: Principal, owner: str, repo: str, permission: str) -> Document | JSONResponse:
    """`_repo` for the Go routes: their errors are `{error}` responses."""
    doc = _find_repo(store, principal, owner, repo)
    if doc is None:
        return go_error(404, "repo not found")
    if _denied(store, principal, doc, permission):
        return go_error(403, DENIED)
    return doc


def _commits(store: Store, repo: Document) -> list[Document]:
    """The repo's commits, newest first."""
    return [c for c in reversed(store.list(COMMITS, repo["tenant_id"])) if c["repo_id"] == repo["id"]]


def _repo_view(store: Store, repo: Document, handle: str | None) -> Document:
    commits = _commits(store, repo)
    tags = [t["tag_name"] for t in store.list(REPO_TAGS, repo["tenant_id"]) if t["repo_id"] == repo["id"]]
    return {
        **repo,
        "owner": handle,
        "full_name": f"{handle}/{repo['repo_handle']}" if handle else repo["repo_handle"],
        "num_likes": 0,
        "num_downloads": 0,
        "num_views": 0,
        "num_commits": len(commits),
        "last_commit_hash": commits[0]["commit_hash"] if commits else None,
        "commit_tags": tags,
    }


TrueFalse = Literal["true", "false"]
RepoTypeName = Literal["prompt", "file", "agent", "skill"]


@router.get("/repos", response_model=ListReposResponse, dependencies=[requires("prompts:read")])
async def list_repos(
    principal: WorkspaceCaller,
    store: StoreDep,
    with_latest_manifest: bool = False,
    include_owners: bool = False,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    tenant_handle: str | None = None,
    tenant_id: UUID | None = None,
    query: str | None = None,
    has_commits: bool | None = None,
    tags: Annotated[list[str] | None, Query()] = None,
    is_archived: Literal["true", "allow", "false"] | None = None,
    is_public: TrueFalse | None = None,
    upstream_repo_owner: str | None = None,
    upstream_repo_handle: str | None = None,
    tag_value_id: Annotated[list[UUID] | None, Query()] = None,
    repo_type: RepoTypeName | None = None,
    repo_types: Annotated[list[RepoTypeName] | None, Query()] = None,
    source: Literal["internal", "external"] | None = None,
    sort_field: Literal["num_likes", "num_downloads", "num_views", "updated_at", "relevance"] | None = None,
    sort_direction: Literal["asc"] | Literal["desc"] | None = None,
) -> dict[str, Any]:
    """The workspace's repos, oldest first. Filters kept: `query` (handle or description, case-insensitive),
    `has_commits`, `tags` (all of them), `is_archived` (default: not archived), `is_public`, `repo_type(s)`;
    the others are accepted and ignored (no `latest_commit_manifest`: read the latest commit instead)."""
    handle = _handle(store, principal)
    views = [
        _repo_view(store, r, handle)
        for r in store.list(REPOS, principal.workspace_id)
        if not _denied(store, principal, r, "prompts:read")
    ]
    if query:
        needle = query.lower()
        views = [
            v for v in views if needle in v["repo_handle"].lower() or needle in (v.get("description") or "").lower()
        ]
    if has_commits is not None:
        views = [v for v in views if bool(v["num_commits"]) == has_commits]
    if tags:
        views = [v for v in views if set(tags) <= set(v["tags"])]
    if is_archived != "allow":
        views = [v for v in views if v["is_archived"] == (is_archived == "true")]
    if is_public is not None:
        views = [v for v in views if v["is_public"] == (is_public == "true")]
    wanted_types = set(repo_types or ()) | ({repo_type} if repo_type else set())
    if wanted_types:
        views = [v for v in views if v["repo_type"] in wanted_types]
    page = views[offset : offset + limit]
    return {"repos": page, "total": len(views)}


@router.post("/repos", response_model=RepoEnvelope, dependencies=[requires("prompts:create")])
async def create_repo(body: CreateRepoRequest, principal: WorkspaceCaller, store: StoreDep) -> dict[str, Any]:
    """A new repo; a handle the workspace already has is 409."""
    with store.transaction():
        if store.find_by_name(REPOS, principal.workspace_id, body.repo_handle) is not None:
            raise HTTPException(status_code=409, detail="Repo already exists")
        now = utcnow().isoformat()
        doc = {
            "id": str(uuid4()),
            "tenant_id": principal.workspace_id,
            "repo_handle": body.repo_handle,
            "description": body.description,
            "readme": body.readme,
            "is_public": body.is_public,
            "is_archived": False,
            "restricted_mode": bool(body.restricted_mode),
            "tags": list(body.tags or []),
            "repo_type": body.repo_type.value,
            "created_at": now,
            "updated_at": now,
        }
        store.insert(REPOS, doc, scope=principal.workspace_id, name=body.repo_handle)
    return {"repo": _repo_view(store, doc, _handle(store, principal))}


@router.get("/repos/{owner}/{repo}", response_model=RepoEnvelope, dependencies=[requires("prompts:read")])
async def get_repo(owner: str, repo: str, principal: WorkspaceCaller, store: StoreDep) -> dict[str, Any]:
    """One repo."""
    doc = _repo(store, principal, owner, repo, "prompts:read")
    return {"repo": _repo_view(store, doc, _handle(store, principal))}


@router.patch("/repos/{owner}/{repo}", response_model=RepoEnvelope, dependencies=[requires("prompts:update")])
async def update_repo(
    owner: str, repo: str, body: UpdateRepoRequest, principal: WorkspaceCaller, store: StoreDep
) -> dict[str, Any]:
    """Change the fields sent (a null leaves a field as it is)."""
    with store.transaction():
        doc = _repo(store, principal, owner, repo, "prompts:update")
        changes = {k: v for k, v in body.model_dump(mode="json", exclude_unset=True).items() if v is not None}
        doc.update(changes, updated_at=utcnow().isoformat())
        store.replace(REPOS, doc, name=doc["repo_handle"])
    return {"repo": _repo_view(store, doc, _handle(store, principal))}


@router.delete("/repos/{owner}/{repo}", dependencies=[requires("prompts:delete")])
async def delete_repo(owner: str, repo: str, principal: WorkspaceCaller, store: StoreDep) -> dict[str, Any]:
    """Delete a repo with its commits, tags and owners."""
    with store.transaction():
        doc = _repo(store, principal, owner, repo, "prompts:delete")
        for table in (COMMITS, REPO_TAGS, REPO_OWNERS):
            store.delete(
                table, [d["id"] for d in store.list(table, principal.workspace_id) if d["repo_id"] == doc["id"]]
            )
        store.delete(REPOS, [doc["id"]])
    return {}


# ================================================================ commits (Go)


def _commit_view(commit: Document, full_name: str) -> Document:
    view = {**commit, "full_name": full_name, "num_downloads": 0, "num_views": 0}
    return {k: v for k, v in view.items() if v is not None}  # the Go service omits empty fields


def _resolve_commit(store: Store, repo: Document, ref: str) -> Document | None:
    """A commit of the repo by hash (or unique hash prefix), tag name, or `latest`."""
    commits = _commits(store, repo)
    if ref == "latest":
        return commits[0] if commits else None
    tag = store.find_by_name(REPO_TAGS, repo["tenant_id"], f"{repo['id']}/{ref}")
    if tag is not None:
        return next((c for c in commits if c["id"] == tag["commit_id"]), None)
    found = [c for c in commits if c["commit_hash"] == ref] or [c for c in commits if c["commit_hash"].startswith(ref)]
    return found[0] if len(found) == 1 else None


@commits_router.get(
    "/{owner}/{repo}",
    response_model=ListCommitsResponse,
    response_model_exclude_none=True,
    dependencies=[requires("prompts:read")],
)
async def list_commits(
    owner: str,
    repo: str,
    principal: WorkspaceCaller,
    store: StoreDep,
    include_stats: bool = True,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    tag: str = Query(default=None),
) -> Any:
    """The repo's commits, newest first."""
    doc = _go_repo(store, principal, owner, repo, "prompts:read")
    if isinstance(doc, JSONResponse):
        return doc
    view = _repo_view(store, doc, _handle(store, principal))
    commits = _commits(store, doc)
    if tag is not None:
        tagged = _resolve_commit(store, doc, tag)
        commits = (
            [tagged]
            if tagged is not None and store.find_by_name(REPO_TAGS, doc["tenant_id"], f"{doc['id']}/{tag}")
            else []
        )
    page = commits[offset : offset + limit]
    return {"commits": [_commit_view(c, view["full_name"]) for c in page], "total": len(commits)}


@commits_router.post(
    "/{owner}/{repo}",
    status_code=201,
    response_model=CreateCommitResponse,
    response_model_exclude_none=True,
    dependencies=[requires("prompts:update")],
)
async def create_commit(
    owner: str, repo: str, body: CreateCommitReq, principal: WorkspaceCaller, store: StoreDep, request: Request
) -> Any:
    """Append a commit after `parent_commit` (the latest commit; anything else is 409)."""
    if not body.manifest:
        return go_error(400, "manifest is required")
    with store.transaction():
        doc = _go_repo(store, principal, owner, repo, "prompts:update")
        if isinstance(doc, JSONResponse):
            return doc
        commits = _commits(store, doc)
        latest = commits[0] if commits else None
        if body.parent_commit is not None and (latest is None or body.parent_commit != latest["commit_hash"]):
            raise HTTPException(
                status_code=409,
                detail=f"parent_commit {body.parent_commit} is not the latest commit of {repo}: pull and retry",
            )
        if latest is not None and latest["manifest"] == body.manifest:
            raise HTTPException(status_code=409, detail="Nothing to commit: the manifest is the latest commit's")
        now = utcnow().isoformat()
        commit = {
            "id": str(uuid4()),
            "repo_id": doc["id"],
            "commit_hash": secrets.token_hex(4),
            "manifest": body.manifest,
            "description": body.description,
            "parent_id": latest["id"] if latest else None,
            "parent_commit_hash": latest["commit_hash"] if latest else None,
            "created_at": now,
            "updated_at": now,
        }
        store.insert(COMMITS, commit, scope=principal.workspace_id, name=f"{doc['id']}/{commit['commit_hash']}")
        doc["updated_at"] = now
        store.replace(REPOS, doc, name=doc["repo_handle"])
        view = _repo_view(store, doc, _handle(store, principal))
    await fire(
        request, store, principal.workspace_id, doc, "commit", commit,
        skip_webhooks=body.skip_webhooks, created_by=principal.identity,
    )  # fmt: skip
    return {"commit": _commit_view(commit, view["full_name"])}


@commits_router.get(
    "/{owner}/{repo}/{commit}",
    response_model=CommitResponse,
    response_model_exclude_none=True,
    dependencies=[requires("prompts:read")],
)
async def get_commit(
    owner: str,
    repo: str,
    commit: str,
    principal: WorkspaceCaller,
    store: StoreDep,
    get_examples: bool = False,
    include: str = Query(default=None),
    include_model: bool = False,
    is_view: bool = False,
) -> Any:
    """One commit's manifest, by hash, tag name or `latest`."""
    doc = _go_repo(store, principal, owner, repo, "prompts:read")
    if isinstance(doc, JSONResponse):
        return doc
    found = _resolve_commit(store, doc, commit)
    if found is None:
        return go_error(404, "commit not found")
    return {"commit_hash": found["commit_hash"], "manifest": found["manifest"]}


# ================================================================ tags


def _tag(store: Store, repo: Document, tag_name: str) -> Document:
    doc = store.find_by_name(REPO_TAGS, repo["tenant_id"], f"{repo['id']}/{tag_name}")
    if doc is None:
        raise HTTPException(status_code=404, detail="Tag not found")
    return doc


def _commit_by_id(store: Store, repo: Document, commit_id: UUID) -> Document:
    commit = store.get_in(COMMITS, repo["tenant_id"], commit_id)
    if commit is None or commit["repo_id"] != repo["id"]:
        raise HTTPException(status_code=404, detail="Commit not found")
    return commit


@router.get("/repos/{owner}/{repo}/tags", response_model=list[RepoTag], dependencies=[requires("prompts:read")])
async def list_tags(repo: str, principal: WorkspaceCaller, store: StoreDep, request: Request) -> list[Document]:
    """The repo's tags, oldest first."""
    doc = _repo(store, principal, request.path_params["owner"], repo, "prompts:read")
    return [t for t in store.list(REPO_TAGS, principal.workspace_id) if t["repo_id"] == doc["id"]]


@router.post("/repos/{owner}/{repo}/tags", response_model=RepoTag, dependencies=[requires("prompts:update")])
async def create_tag(
    owner: str, repo: str, body: RepoTagRequest, principal: WorkspaceCaller, store: StoreDep, request: Request
) -> Document:
    """Tag a commit; a tag name the repo already has is 409."""
    with store.transaction():
        doc = _repo(store, principal, owner, repo, "prompts:update")
        commit = _commit_by_id(store, doc, body.commit_id)
        name = f"{doc['id']}/{body.tag_name}"
        if store.find_by_name(REPO_TAGS, principal.workspace_id, name) is not None:
            raise HTTPException(status_code=409, detail="Tag already exists")
        now = utcnow().isoformat()
        tag = {
            "id": str(uuid4()),
            "repo_id": doc["id"],
            "commit_id": commit["id"],
            "commit_hash": commit["commit_hash"],
            "tag_name": body.tag_name,
            "created_at": now,
            "updated_at": now,
        }
        store.insert(REPO_TAGS, tag, scope=principal.workspace_id, name=name)
    await fire(
        request, store, principal.workspace_id, doc, "tag:create", commit,
        tag_name=body.tag_name, skip_webhooks=body.skip_webhooks, created_by=principal.identity,
    )  # fmt: skip
    return tag


@router.get("/repos/{owner}/{repo}/tags/{tag_name}", response_model=RepoTag, dependencies=[requires("prompts:read")])
async def get_tag(repo: str, tag_name: str, principal: WorkspaceCaller, store: StoreDep, request: Request) -> Document:
    """One tag."""
    return _tag(store, _repo(store, principal, request.path_params["owner"], repo, "prompts:read"), tag_name)


@router.patch(
    "/repos/{owner}/{repo}/tags/{tag_name}", response_model=RepoTag, dependencies=[requires("prompts:update")]
)
async def update_tag(
    owner: str,
    repo: str,
    tag_name: str,
    body: RepoUpdateTagRequest,
    principal: WorkspaceCaller,
    store: StoreDep,
    request: Request,
) -> Document:
    """Move a tag to another commit of the repo (fires `tag:update`)."""
    with store.transaction():
        doc = _repo(store, principal, owner, repo, "prompts:update")
        tag = _tag(store, doc, tag_name)
        commit = _commit_by_id(store, doc, body.commit_id)
        tag.update(commit_id=commit["id"], commit_hash=commit["commit_hash"], updated_at=utcnow().isoformat())
        store.replace(REPO_TAGS, tag, name=f"{doc['id']}/{tag_name}")
    await fire(
        request, store, principal.workspace_id, doc, "tag:update", commit,
        tag_name=tag_name, skip_webhooks=body.skip_webhooks, created_by=principal.identity,
    )  # fmt: skip
    return tag


@router.delete("/repos/{owner}/{repo}/tags/{tag_name}", dependencies=[requires("prompts:update")])
async def delete_tag(
    owner: str, repo: str, tag_name: str, principal: WorkspaceCaller, store: StoreDep
) -> dict[str, Any]:
    """Delete a tag (the commit stays)."""
    with store.transaction():
        tag = _tag(store, _repo(store, principal, owner, repo, "prompts:update"), tag_name)
        store.delete(REPO_TAGS, [tag["id"]])
    return {}


# ================================================================ owners


def _owner_view(store: Store, owner: Document) -> Document:
    user = principals.get_user(store, owner["ls_user_id"]) or {}
    return {**owner, "email": user.get("email"), "full_name": user.get("full_name")}


@router.get(
    "/repos/{owner}/{repo}/owners", response_model=ListRepoOwnersResponse, dependencies=[requires("prompts:read")]
)
async def list_repo_owners(owner: str, repo: str, principal: WorkspaceCaller, store: StoreDep) -> dict[str, Any]:
    """The repo's owners, oldest first."""
    doc = _repo(store, principal, owner, repo, "prompts:read")
    owners = [o for o in store.list(REPO_OWNERS, principal.workspace_id) if o["repo_id"] == doc["id"]]
    return {"owners": [_owner_view(store, o) for o in owners]}


@router.post("/repos/{owner}/{repo}/owners", response_model=RepoOwner, dependencies=[requires("prompts:update")])
async def add_repo_owner(
    owner: str, repo: str, body: AddRepoOwnerRequest, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Make an organisation member (by email) an owner of the repo; 404 for anyone else, 409 when already one."""
    with store.transaction():
        doc = _repo(store, principal, owner, repo, "prompts:update")
        member = principals.org_member_by_email(store, principal.organization_id, body.email)
        if member is None:
            raise HTTPException(status_code=404, detail="User not found in the organization")
        name = f"{doc['id']}/{member['ls_user_id']}"
        if store.find_by_name(REPO_OWNERS, principal.workspace_id, name) is not None:
            raise HTTPException(status_code=409, detail="User is already an owner of this repo")
        entry = {
            "id": str(uuid4()),
            "repo_id": doc["id"],
            "identity_id": member["id"],
            "ls_user_id": member["ls_user_id"],
            "created_at": utcnow().isoformat(),
        }
        store.insert(REPO_OWNERS, entry, scope=principal.workspace_id, name=name)
    return _owner_view(store, entry)


@router.delete("/repos/{owner}/{repo}/owners", dependencies=[requires("prompts:update")])
async def remove_repo_owner(
    owner: str, repo: str, body: RemoveRepoOwnerRequest, principal: WorkspaceCaller, store: StoreDep
) -> dict[str, Any]:
    """Remove an owner, named by `identity_id` in the body."""
    with store.transaction():
        doc = _repo(store, principal, owner, repo, "prompts:update")
        found = [
            o
            for o in store.list(REPO_OWNERS, principal.workspace_id)
            if o["repo_id"] == doc["id"] and o["identity_id"] == str(body.identity_id)
        ]
        if not found:
            raise HTTPException(status_code=404, detail="Owner not found")
        store.delete(REPO_OWNERS, [o["id"] for o in found])
    return {}


# ================================================================ hub environments (Go)


@router.get("/hub/environments", response_model=HubEnvironmentsModel, dependencies=[requires("prompts:read")])
async def get_hub_environments(principal: WorkspaceCaller, store: StoreDep) -> Any:
    """The workspace's environments record (404 when it has none)."""
    doc = store.find_by_name(HUB_ENVIRONMENTS, principal.workspace_id, principal.workspace_id)
    return doc if doc is not None else go_error(404, "hub environments not found")


@router.post("/hub/environments", response_model=HubEnvironmentsModel, dependencies=[requires("prompts:update")])
async def create_hub_environments(body: CreateEnvironmentsRequest, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """The workspace's environments record; 409 when it exists."""
    names = [e.name for e in body.environments]
    if len(set(names)) != len(names):
        return go_error(400, "environment names must be unique")
    with store.transaction():
        if store.find_by_name(HUB_ENVIRONMENTS, principal.workspace_id, principal.workspace_id) is not None:
            return go_error(409, "hub environments already exist for this workspace")
        doc = {"id": str(uuid4()), "environments": [{"name": n} for n in names]}
        store.insert(HUB_ENVIRONMENTS, doc, scope=principal.workspace_id, name=principal.workspace_id)
    return doc


def _environments(store: Store, principal: Principal, env_id: str) -> Document | None:
    doc = store.find_by_name(HUB_ENVIRONMENTS, principal.workspace_id, principal.workspace_id)
    return doc if doc is not None and doc["id"] == env_id else None


@router.patch("/hub/environments/{id}", response_model=HubEnvironmentsModel, dependencies=[requires("prompts:update")])
async def update_hub_environments(
    id: str, body: UpdateEnvironmentsRequest, principal: WorkspaceCaller, store: StoreDep
) -> Any:
    """Replace the environment list."""
    names = [e.name for e in body.environments]
    if len(set(names)) != len(names):
        return go_error(400, "environment names must be unique")
    with store.transaction():
        doc = _environments(store, principal, id)
        if doc is None:
            return go_error(404, "hub environments not found")
        doc["environments"] = [{"name": n} for n in names]
        store.replace(HUB_ENVIRONMENTS, doc, name=principal.workspace_id)
    return doc


@router.delete("/hub/environments/{id}", response_model=dict[str, str], dependencies=[requires("prompts:update")])
async def delete_hub_environments(id: str, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Delete the environments record."""
    with store.transaction():
        doc = _environments(store, principal, id)
        if doc is None:
            return go_error(404, "hub environments not found")
        store.delete(HUB_ENVIRONMENTS, [doc["id"]])
    return {"message": "deleted"}
