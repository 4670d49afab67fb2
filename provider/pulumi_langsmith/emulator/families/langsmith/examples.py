"""Dataset contents: examples (`/api/v1/examples`), dataset versions and version tags
(`/api/v1/datasets/{dataset_id}/version|versions|tags`), splits (`.../splits`) and public shares (`.../share`).

- Every example write (create, update, delete, a split change) makes a new dataset version: a new `as_of`,
  strictly later than the previous one. The versions are kept on the dataset document (`_versions`, each with
  the ids of the examples it wrote and its tags); a dataset without writes has one version, its creation.
- An example keeps its revisions (`revisions`, one per version that wrote it; a deletion is a revision too),
  so reads `as_of` a time, `latest` or a tag see the dataset as it was then.
- Split membership lives in the example's `metadata.dataset_split` (a list; a new example is in `base` unless
  the create names a split). A metadata update replaces the whole metadata, that key included.
- A tag names one version of its dataset; putting it again moves it. The API has no way to delete a tag.
- A share is a capability: a token that gives anyone read access to the dataset; sharing again returns the
  same token, unsharing forgets it (404 when the dataset is not shared).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Annotated, Any
from uuid import UUID, uuid4

from fastapi import APIRouter, HTTPException, Query

from ...auth import Principal, StoreDep, WorkspaceCaller, requires
from ...store import Document, Store
from .example_schemas import (
    DatasetShareSchema,
    DatasetVersion,
    Example,
    ExampleBulkCreate,
    ExampleCreate,
    ExampleUpdate,
    ExampleUpdateWithID,
    PutDatasetVersionsSchema,
    UpdateDatasetSplits,
)
from .routes import contains, parse_metadata_filter, unsupported
from .schemas import utcnow
from .tables import DATASETS, EXAMPLES

router = APIRouter()

Offset = Annotated[int, Query(ge=0)]
Limit = Annotated[int, Query(ge=1, le=100)]
AsOf = datetime | str
"""A dataset version: a time, `latest` or a version tag."""


class ExampleListOrder(str, Enum):
    recent = "recent"
    random = "random"
    recently_created = "recently_created"
    id = "id"


class ExampleSelect(str, Enum):
    id = "id"
    created_at = "created_at"
    modified_at = "modified_at"
    name = "name"
    dataset_id = "dataset_id"
    source_run_id = "source_run_id"
    source_session_id = "source_session_id"
    source_run_start_time = "source_run_start_time"
    source_trace_id = "source_trace_id"
    metadata = "metadata"
    inputs = "inputs"
    outputs = "outputs"
    attachment_urls = "attachment_urls"


DEFAULT_SELECT: list[ExampleSelect] = [s for s in ExampleSelect if s is not ExampleSelect.attachment_urls]
SPLIT_KEY = "dataset_split"


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


def when(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed


def dataset_of(store: Store, principal: Principal, dataset_id: object) -> Document:
    dataset = store.get_in(DATASETS, principal.workspace_id, dataset_id)
    if dataset is None:
        raise not_found("Dataset")
    return dataset


# ================================================================ versions


def versions_of(dataset: Document) -> list[Document]:
    """The dataset's versions, oldest first (a dataset nobody wrote examples to has one: its creation)."""
    return list(dataset.get("_versions") or [{"as_of": dataset["created_at"], "tags": [], "examples": []}])


def new_version(store: Store, dataset: Document, example_ids: list[str], count_change: int = 0) -> str:
    """Record a write of these examples as a new version of the dataset; its `as_of`, later than any before."""
    versions = versions_of(dataset)
    as_of = utcnow()
    latest = when(versions[-1]["as_of"])
    if as_of <= latest:
        as_of = latest + timedelta(microseconds=1)
    versions.append({"as_of": as_of.isoformat(), "tags": [], "examples": example_ids})
    dataset["_versions"] = versions
    dataset["_example_count"] = int(dataset.get("_example_count") or 0) + count_change
    dataset["modified_at"] = as_of.isoformat()
    store.replace(DATASETS, dataset, name=dataset["name"], scope=dataset["tenant_id"])
    return as_of.isoformat()


def version_at(dataset: Document, as_of: datetime | str | None) -> Document:
    """The version a read `as_of` means: the latest (None or `latest`), the one a tag names, or the last one
    made on or before a time (404 when the dataset has no such version)."""
    versions = versions_of(dataset)
    if as_of is None or as_of == "latest":
        return versions[-1]
    if isinstance(as_of, str):
        try:
            as_of = when(as_of)
        except ValueError:
            tagged = [v for v in versions if as_of in v["tags"]]
            if not tagged:
                raise not_found(f"Version tag {as_of!r}") from None
            return tagged[0]
    if as_of.tzinfo is None:
        as_of = as_of.replace(tzinfo=timezone.utc)
    before = [v for v in versions if when(v["as_of"]) <= as_of]
    if not before:
        raise not_found("Dataset version")
    return before[-1]


def version_view(version: Document) -> Document:
    return {"as_of": version["as_of"], "tags": list(version["tags"])}


@router.get("/datasets/{dataset_id}/version", response_model=DatasetVersion, dependencies=[requires("datasets:read")])
async def get_dataset_version(
    dataset_id: UUID,
    principal: WorkspaceCaller,
    store: StoreDep,
    as_of: datetime | None = None,
    tag: str | None = None,
) -> Document:
    """The version a tag names (404 when no version has it), else the one at `as_of`, else the latest."""
    dataset = dataset_of(store, principal, dataset_id)
    if tag is not None:
        tagged = [v for v in versions_of(dataset) if tag in v["tags"]]
        if not tagged:
            raise not_found(f"Version tag {tag!r}")
        return version_view(tagged[0])
    return version_view(version_at(dataset, as_of))


@router.get(
    "/datasets/{dataset_id}/versions", response_model=list[DatasetVersion], dependencies=[requires("datasets:read")]
)
async def get_dataset_versions(
    dataset_id: UUID,
    principal: WorkspaceCaller,
    store: StoreDep,
    search: str | None = None,
    example: UUID | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[Document]:
    """The dataset's versions, newest first; `search` matches tags, `example` keeps the versions that wrote it."""
    found = [
        v
        for v in reversed(versions_of(dataset_of(store, principal, dataset_id)))
        if (search is None or any(search.lower() in t.lower() for t in v["tags"]))
        and (example is None or str(example) in v["examples"])
    ]
    return [version_view(v) for v in found[offset : offset + limit]]


@router.put("/datasets/{dataset_id}/tags", response_model=DatasetVersion, dependencies=[requires("datasets:update")])
async def update_dataset_version_tag(
    dataset_id: UUID, body: PutDatasetVersionsSchema, principal: WorkspaceCaller, store: StoreDep
) -> Document:
    """Pin the tag to the version at `as_of` (moving it from the version that had it); an empty tag is 400."""
    if not body.tag.strip():
        raise HTTPException(status_code=400, detail="A tag must not be empty")
    with store.transaction():
        dataset = dataset_of(store, principal, dataset_id)
        target = version_at(dataset, body.as_of)
        versions = versions_of(dataset)
        for version in versions:
            version["tags"] = [t for t in version["tags"] if t != body.tag]
            if version["as_of"] == target["as_of"]:
                version["tags"].append(body.tag)
                target = version
        dataset["_versions"] = versions
        store.replace(DATASETS, dataset, name=dataset["name"], scope=dataset["tenant_id"])
    return version_view(target)


# ================================================================ examples


def revision_at(example: Document, as_of: str | None) -> Document | None:
    """The example as it was at this version (None: not yet created, or deleted)."""
    revisions = example["revisions"]
    if as_of is not None:
        revisions = [r for r in revisions if when(r["as_of"]) <= when(as_of)]
    if not revisions or revisions[-1].get("deleted"):
        return None
    return revisions[-1]


def example_view(example: Document, revision: Document) -> Document:
    return {
        "id": example["id"],
        "dataset_id": example["dataset_id"],
        "name": example["name"],
        "created_at": example["created_at"],
        "modified_at": revision["as_of"],
        "inputs": revision["inputs"],
        "outputs": revision["outputs"],
        "metadata": revision["metadata"],
        "source_run_id": example.get("source_run_id"),
        "attachment_urls": None,
    }


def split_list(split: list[str] | str) -> list[str]:
    return [split] if isinstance(split, str) else list(dict.fromkeys(split))


def live_example(
    store: Store, principal: Principal, example_id: object, datasets: dict[str, Document | None] | None = None
) -> tuple[Document, Document, Document]:
    """(the example, its latest revision, its dataset); 404 when it is deleted or its dataset is. `datasets`
    caches the datasets a bulk request has read (a dataset document holds its versions: large)."""
    example = store.get_in(EXAMPLES, principal.workspace_id, example_id)
    if example is None:
        raise not_found("Example")
    datasets = {} if datasets is None else datasets
    if example["dataset_id"] not in datasets:
        datasets[example["dataset_id"]] = store.get_in(DATASETS, principal.workspace_id, example["dataset_id"])
    dataset = datasets[example["dataset_id"]]
    revision = revision_at(example, None)
    if dataset is None or revision is None:
        raise not_found("Example")
    return example, revision, dataset


def revise(store: Store, example: Document, dataset: Document, revision: Document, count_change: int = 0) -> None:
    """Record a new revision of the example as a new version of its dataset."""
    revision["as_of"] = new_version(store, dataset, [example["id"]], count_change)
    example["revisions"].append(revision)
    store.replace(EXAMPLES, example, scope=dataset["tenant_id"])


def revise_many(store: Store, dataset: Document, changes: list[tuple[Document, Document]], count_change: int) -> None:
    """Record new revisions of several examples of one dataset as ONE new version of it (a bulk write)."""
    as_of = new_version(store, dataset, [e["id"] for e, _ in changes], count_change)
    for example, revision in changes:
        example["revisions"].append({**revision, "as_of": as_of})
        store.replace(EXAMPLES, example, scope=dataset["tenant_id"])


def new_example(
    store: Store, principal: Principal, dataset: Document, body: ExampleCreate | ExampleBulkCreate
) -> tuple[Document, Document]:
    """Insert a new example (no revision yet) and return it with its first revision; 409 when the id is taken
    in the workspace (deleted examples included: their history keeps the id)."""
    if body.id is not None and store.get_in(EXAMPLES, principal.workspace_id, body.id) is not None:
        raise HTTPException(status_code=409, detail="Example with this ID already exists.")
    example_id = str(body.id or uuid4())
    metadata = dict(body.metadata or {})
    if body.split is not None:
        metadata[SPLIT_KEY] = split_list(body.split)
    example: Document = {
        "id": example_id,
        "dataset_id": str(body.dataset_id),
        "name": f"#{example_id[:4]} @ {dataset['name']}",
        "created_at": body.created_at or utcnow().isoformat(),
        "source_run_id": str(body.source_run_id) if body.source_run_id else None,
        "revisions": [],
    }
    store.insert(EXAMPLES, example, scope=principal.workspace_id)
    return example, {"inputs": body.inputs or {}, "outputs": body.outputs, "metadata": metadata or None}


@router.post("/examples", response_model=Example, dependencies=[requires("datasets:update")])
async def create_example(body: ExampleCreate, principal: WorkspaceCaller, store: StoreDep) -> Document:
    """A new example of the dataset; a client-supplied id is kept (409 when the workspace has it already,
    deleted examples included: their history keeps the id)."""
    with store.transaction():
        dataset = dataset_of(store, principal, body.dataset_id)
        example, revision = new_example(store, principal, dataset, body)
        revise(store, example, dataset, revision, count_change=1)
    return example_view(example, revision)


@router.post("/examples/bulk", response_model=list[Example], dependencies=[requires("datasets:update")])
async def create_examples(body: list[ExampleBulkCreate], principal: WorkspaceCaller, store: StoreDep) -> list[Document]:
    """Many new examples in one request: one new version per dataset written. All or nothing: 404 when a
    dataset does not exist, 409 when an id is taken (or given twice), and then nothing is created."""
    ids = [str(item.id) for item in body if item.id is not None]
    if len(set(ids)) != len(ids):
        raise HTTPException(status_code=409, detail="Example with this ID already exists.")
    with store.transaction():
        written: dict[str, tuple[Document, list[tuple[Document, Document]]]] = {}
        for item in body:
            key = str(item.dataset_id)
            if key not in written:
                written[key] = (dataset_of(store, principal, item.dataset_id), [])
            dataset, changes = written[key]
            changes.append(new_example(store, principal, dataset, item))
        for dataset, changes in written.values():
            revise_many(store, dataset, changes, count_change=len(changes))
    return [example_view(e, e["revisions"][-1]) for _, changes in written.values() for e, _ in changes]


@router.patch("/examples/bulk", dependencies=[requires("datasets:update")])
async def update_examples(body: list[ExampleUpdateWithID], principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Change many examples in one request, each as `PATCH /examples/{id}` would: one new version per dataset
    written. All or nothing: 404 when an example does not exist (or is deleted)."""
    with store.transaction():
        written: dict[str, tuple[Document, list[tuple[Document, Document]]]] = {}
        datasets: dict[str, Document | None] = {}
        for item in body:
            example, current, dataset = live_example(store, principal, item.id, datasets)
            if item.dataset_id is not None and str(item.dataset_id) != example["dataset_id"]:
                raise HTTPException(status_code=400, detail="An example cannot move to another dataset")
            written.setdefault(dataset["id"], (dataset, []))[1].append((example, updated_revision(current, item)))
        for dataset, changes in written.values():
            revise_many(store, dataset, changes, count_change=0)
    return {"message": f"{len(body)} examples updated"}


@router.get("/examples", response_model=list[Example], dependencies=[requires("datasets:read")])
async def read_examples(
    principal: WorkspaceCaller,
    store: StoreDep,
    id: Annotated[list[UUID] | None, Query()] = None,
    as_of: AsOf = "latest",
    metadata: str | None = None,
    full_text_contains: Annotated[list[str] | None, Query()] = None,
    splits: Annotated[list[str] | None, Query()] = None,
    dataset: UUID | None = None,
    offset: Offset = 0,
    limit: Limit = 100,
    order: ExampleListOrder = ExampleListOrder.recent,
    random_seed: float | None = None,
    select: Annotated[list[ExampleSelect], Query()] = DEFAULT_SELECT,
    descending: bool | None = None,
    filter: str | None = None,
) -> list[Document]:
    """The examples of a dataset (or of the workspace), as of a version (a time, `latest` or a tag), in any of
    the given splits, with metadata containing `metadata`, newest first (every field is returned whatever
    `select` says; full-text search, random order and filter expressions are not emulated: 400)."""
    for name, value in (("full_text_contains", full_text_contains), ("random_seed", random_seed), ("filter", filter)):
        if value is not None:
            raise unsupported(name)
    if order is ExampleListOrder.random:
        raise unsupported("order")
    wanted_metadata = parse_metadata_filter(metadata)
    datasets = {d["id"]: d for d in store.list(DATASETS, principal.workspace_id)}
    if dataset is not None and str(dataset) not in datasets:
        raise not_found("Dataset")
    if as_of != "latest" and dataset is None:
        raise HTTPException(status_code=400, detail="as_of requires a dataset")
    version = version_at(datasets[str(dataset)], as_of)["as_of"] if dataset is not None else None
    wanted_ids = {str(i) for i in id} if id else None
    views = []
    for example in store.list(EXAMPLES, principal.workspace_id):
        if example["dataset_id"] not in datasets or (dataset is not None and example["dataset_id"] != str(dataset)):
            continue
        revision = revision_at(example, version)
        if revision is None or (wanted_ids is not None and example["id"] not in wanted_ids):
            continue
        in_splits = set((revision["metadata"] or {}).get(SPLIT_KEY) or ())
        if splits and not in_splits & set(splits):
            continue
        if wanted_metadata is not None and not contains(revision["metadata"], wanted_metadata):
            continue
        views.append(example_view(example, revision))
    if order is ExampleListOrder.id:
        views.sort(key=lambda v: v["id"], reverse=bool(descending))
    elif order is ExampleListOrder.recently_created:
        views.sort(key=lambda v: when(v["created_at"]), reverse=descending is not False)
    else:
        views.sort(key=lambda v: when(v["modified_at"]), reverse=descending is not False)
    return views[offset : offset + limit]


@router.get("/examples/{example_id}", response_model=Example, dependencies=[requires("datasets:read")])
async def read_example(
    example_id: UUID, principal: WorkspaceCaller, store: StoreDep, as_of: AsOf = "latest", dataset: UUID | None = None
) -> Document:
    """One example, as of a version of its dataset (latest by default)."""
    example = store.get_in(EXAMPLES, principal.workspace_id, example_id)
    if example is None or (dataset is not None and example["dataset_id"] != str(dataset)):
        raise not_found("Example")
    parent = store.get_in(DATASETS, principal.workspace_id, example["dataset_id"])
    if parent is None:
        raise not_found("Example")
    revision = revision_at(example, version_at(parent, as_of)["as_of"])
    if revision is None:
        raise not_found("Example")
    return example_view(example, revision)


def updated_revision(current: Document, body: ExampleUpdate) -> Document:
    """The example's next revision: the fields sent are changed; `metadata` replaces the metadata whole, and
    `split` then sets the example's splits."""
    sent = body.model_fields_set
    revision = {k: current[k] for k in ("inputs", "outputs", "metadata")}
    if "inputs" in sent:
        revision["inputs"] = body.inputs or {}
    if "outputs" in sent:
        revision["outputs"] = body.outputs
    if "metadata" in sent:
        revision["metadata"] = dict(body.metadata) if body.metadata is not None else None
    if body.split is not None:
        revision["metadata"] = {**(revision["metadata"] or {}), SPLIT_KEY: split_list(body.split)}
    return revision


@router.patch("/examples/{example_id}", dependencies=[requires("datasets:update")])
async def update_example(example_id: UUID, body: ExampleUpdate, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Change the fields that were sent (a new version); `metadata` replaces the metadata whole, `split` sets
    the example's splits. Moving an example to another dataset is refused (400)."""
    with store.transaction():
        example, current, dataset = live_example(store, principal, example_id)
        if body.dataset_id is not None and str(body.dataset_id) != example["dataset_id"]:
            raise HTTPException(status_code=400, detail="An example cannot move to another dataset")
        revise(store, example, dataset, updated_revision(current, body))
    return {"message": "Example updated", "example_id": str(example_id)}


@router.delete("/examples/{example_id}", dependencies=[requires("datasets:update")])
async def delete_example(example_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Delete an example (a new version, in which it is gone; older versions still show it)."""
    with store.transaction():
        example, current, dataset = live_example(store, principal, example_id)
        revise(store, example, dataset, {**current, "deleted": True}, count_change=-1)
    return {"message": "Example deleted", "example_id": str(example_id)}


@router.delete("/examples", dependencies=[requires("datasets:update")])
async def delete_examples(
    principal: WorkspaceCaller,
    store: StoreDep,
    example_ids: Annotated[list[UUID], Query()],
) -> Any:
    """Delete the listed examples (those that do not exist are ignored): one new version per dataset."""
    with store.transaction():
        written: dict[str, tuple[Document, list[tuple[Document, Document]]]] = {}
        datasets: dict[str, Document | None] = {}
        for example_id in dict.fromkeys(example_ids):
            try:
                example, current, dataset = live_example(store, principal, example_id, datasets)
            except HTTPException:
                continue
            written.setdefault(dataset["id"], (dataset, []))[1].append((example, {**current, "deleted": True}))
        for dataset, changes in written.values():
            revise_many(store, dataset, changes, count_change=-len(changes))
    return {"message": "Examples deleted"}


# ================================================================ splits


@router.get("/datasets/{dataset_id}/splits", response_model=list[str], dependencies=[requires("datasets:read")])
async def get_dataset_splits(
    dataset_id: UUID, principal: WorkspaceCaller, store: StoreDep, as_of: AsOf = "latest"
) -> list[str]:
    """The names of the splits the dataset's examples are in (as of a version)."""
    dataset = dataset_of(store, principal, dataset_id)
    version = version_at(dataset, as_of)["as_of"]
    names: set[str] = set()
    for example in store.list(EXAMPLES, principal.workspace_id):
        revision = revision_at(example, version) if example["dataset_id"] == dataset["id"] else None
        if revision is not None:
            names.update((revision["metadata"] or {}).get(SPLIT_KEY) or ())
    return sorted(names)


@router.put("/datasets/{dataset_id}/splits", response_model=list[UUID], dependencies=[requires("datasets:update")])
async def update_dataset_splits(
    dataset_id: UUID, body: UpdateDatasetSplits, principal: WorkspaceCaller, store: StoreDep
) -> list[str]:
    """Add the examples to the split (or remove them, `remove`): one new version; 404 when one is not an
    example of the dataset, 400 for an empty split name. Returns the ids of the examples."""
    if not body.split_name.strip():
        raise HTTPException(status_code=400, detail="A split name must not be empty")
    with store.transaction():
        dataset = dataset_of(store, principal, dataset_id)
        touched = []
        for example_id in dict.fromkeys(str(e) for e in body.examples):
            example, current, _ = live_example(store, principal, example_id)
            if example["dataset_id"] != dataset["id"]:
                raise not_found("Example")
            metadata = dict(current["metadata"] or {})
            members = [s for s in metadata.get(SPLIT_KEY) or [] if s != body.split_name]
            if not body.remove:
                members.append(body.split_name)
            metadata[SPLIT_KEY] = members
            touched.append((example, {**current, "metadata": metadata}))
        revise_many(store, dataset, touched, count_change=0)
    return [e["id"] for e, _ in touched]


# ================================================================ shares


def share_view(dataset: Document) -> Document | None:
    token = dataset.get("_share_token")
    return {"dataset_id": dataset["id"], "share_token": token} if token else None


@router.get(
    "/datasets/{dataset_id}/share", response_model=DatasetShareSchema | None, dependencies=[requires("datasets:read")]
)
async def read_dataset_share_state(dataset_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Document | None:
    """The dataset's public share, or null when it is not shared."""
    return share_view(dataset_of(store, principal, dataset_id))


@router.put(
    "/datasets/{dataset_id}/share", response_model=DatasetShareSchema, dependencies=[requires("datasets:share")]
)
async def share_dataset(
    dataset_id: UUID, principal: WorkspaceCaller, store: StoreDep, share_projects: bool = False
) -> Document | None:
    """Share the dataset publicly: its token (the same one when it is shared already)."""
    with store.transaction():
        dataset = dataset_of(store, principal, dataset_id)
        if not dataset.get("_share_token"):
            dataset["_share_token"] = str(uuid4())
            dataset["_share_projects"] = share_projects
            store.replace(DATASETS, dataset, name=dataset["name"], scope=dataset["tenant_id"])
    return share_view(dataset)


@router.delete("/datasets/{dataset_id}/share", dependencies=[requires("datasets:share")])
async def unshare_dataset(dataset_id: UUID, principal: WorkspaceCaller, store: StoreDep) -> Any:
    """Stop sharing the dataset: its token no longer works (404 when it is not shared)."""
    with store.transaction():
        dataset = dataset_of(store, principal, dataset_id)
        if not dataset.get("_share_token"):
            raise not_found("Dataset share")
        dataset["_share_token"] = None
        store.replace(DATASETS, dataset, name=dataset["name"], scope=dataset["tenant_id"])
    return {}
