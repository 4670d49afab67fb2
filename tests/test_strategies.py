"""The API shapes, each through a small test-only kind driven by its `KindProvider`, against mocked HTTP:
every test asserts the exact requests sent (method, path with query, JSON body)."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
import respx
from conftest import configure
from pulumi_langsmith.errors import AlreadyExistsError, ConflictError
from pulumi_langsmith.framework import (
    AppendOnlyChildren,
    Conformance,
    InputsModel,
    Kind,
    ListOnlyRead,
    OutputsModel,
    RestCollection,
    Singleton,
    UpsertList,
    Uuid,
    WorkspaceScopedInputs,
    field,
)
from pulumi_langsmith.framework.adapter import KindProvider

BASE = "http://langsmith.test"
WORKSPACE = "0b5c3c1e-6a8a-4c47-9d43-6f0f1f6a0001"
ORGANIZATION = "0b5c3c1e-6a8a-4c47-9d43-6f0f1f6a0002"
OWNER = "project/dev/Test/thing"
NO_CONFORMANCE = Conformance(example={}, update={}, replace=None, invalid=())


class _Endpoint:
    api_key = "lsv2_pt_strategy_tests_key"
    base_url = BASE


def provider_for(kind: Kind[Any]) -> Any:
    """A configured provider of `kind` (typed loosely: the tests read its results' optional fields)."""
    provider_class = type(f"{kind.name}Provider", (KindProvider,), {"kind": kind})
    return configure(provider_class(), _Endpoint, maxRetries="0", workspaceId=WORKSPACE, organizationId=ORGANIZATION)


def sent(router: respx.MockRouter) -> list[tuple[str, str, Any]]:
    """The requests sent, as (method, path?query, JSON body or None)."""
    requests = []
    for call in router.calls:
        url = call.request.url
        target = url.path + (f"?{url.query.decode()}" if url.query else "")
        body = json.loads(call.request.content) if call.request.content else None
        requests.append((call.request.method, target, body))
    return requests


@pytest.fixture
def api():
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


# -- RestCollection: PATCH or PUT, the answer or a read back -----------------------------------------


class GizmoInputs(WorkspaceScopedInputs):
    name: str = field(key=True, min_length=1, max_length=100, description="Name, unique in the workspace.")
    description: str | None = field(None, max_length=1000, description="What it is.")
    color: str | None = field(None, max_length=20, description="Its colour.")


class GizmoOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time.")


def gizmo_kind(name: str, api: RestCollection) -> Kind[GizmoInputs]:
    return Kind(
        name=name,
        description="A test kind.",
        inputs=GizmoInputs,
        outputs=GizmoOutputs,
        api=api,
        conformance=NO_CONFORMANCE,
    )


GIZMO_STATE = {"name": "g", "description": "old", "color": "red", "workspace_id": WORKSPACE, "created_at": "t0"}
GIZMO_LIVE = {"id": "g-1", "name": "g", "description": "new", "color": "red", "created_at": "t0"}


def test_put_update_sends_every_mutable_field_and_takes_the_answer_as_the_object(api):
    provider = provider_for(gizmo_kind("GizmoPut", RestCollection("/api/v1/gizmos", update_method="PUT")))
    api.put("/api/v1/gizmos/g-1").respond(json=GIZMO_LIVE)
    updated = provider.update("g-1", GIZMO_STATE, {**GIZMO_STATE, "description": "new"})
    # PUT replaces the object: the unchanged `color` goes too (a PATCH-style body would clear it).
    assert sent(api) == [("PUT", "/api/v1/gizmos/g-1", {"name": "g", "description": "new", "color": "red"})]
    assert api.calls.last.request.headers["X-Tenant-Id"] == WORKSPACE
    assert updated.outs["description"] == "new" and updated.outs["created_at"] == "t0"


def test_patch_update_sends_the_changed_fields_and_takes_the_answer_as_the_object(api):
    provider = provider_for(gizmo_kind("GizmoPatch", RestCollection("/api/v1/gizmos")))
    api.patch("/api/v1/gizmos/g-1").respond(json=GIZMO_LIVE)
    updated = provider.update("g-1", GIZMO_STATE, {**GIZMO_STATE, "description": "new"})
    assert sent(api) == [("PATCH", "/api/v1/gizmos/g-1", {"description": "new"})]
    assert updated.outs["created_at"] == "t0"


def test_patch_update_with_read_back_reads_the_object_after_the_patch(api):
    provider = provider_for(gizmo_kind("GizmoReadBack", RestCollection("/api/v1/gizmos", read_back=True)))
    api.patch("/api/v1/gizmos/g-1").respond(json={"id": "g-1"})  # an answer lacking fields
    api.get("/api/v1/gizmos/g-1").respond(json={**GIZMO_LIVE, "created_at": "t1"})
    updated = provider.update("g-1", GIZMO_STATE, {**GIZMO_STATE, "description": "new"})
    assert sent(api) == [
        ("PATCH", "/api/v1/gizmos/g-1", {"description": "new"}),
        ("GET", "/api/v1/gizmos/g-1", None),
    ]
    assert updated.outs["created_at"] == "t1"


# -- RestCollection: an enveloped response ------------------------------------------------------------


class EvaluatorInputs(WorkspaceScopedInputs):
    name: str = field(min_length=1, max_length=100, description="Display name.")
    prompt: str | None = field(None, max_length=10_000, description="The judge's prompt.")


class EvaluatorOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time.")


EVALUATOR = Kind(
    name="EnvelopedEvaluator",
    description="A test kind answered under an envelope.",
    inputs=EvaluatorInputs,
    outputs=EvaluatorOutputs,
    api=RestCollection("/api/v1/evaluators", envelope="evaluator"),
    conformance=NO_CONFORMANCE,
)


def test_enveloped_answers_are_unwrapped_on_create_update_and_read(api):
    provider = provider_for(EVALUATOR)
    live = {"id": "e-1", "name": "judge", "prompt": "rate it", "created_at": "t0"}
    api.post("/api/v1/evaluators").respond(json={"evaluator": live})
    api.patch("/api/v1/evaluators/e-1").respond(json={"evaluator": {**live, "prompt": "rate it well"}})
    api.get("/api/v1/evaluators/e-1").respond(json={"evaluator": {**live, "prompt": "changed by hand"}})

    created = provider.create({"name": "judge", "prompt": "rate it", "__identity": OWNER})
    assert created.id == "e-1" and created.outs["created_at"] == "t0"
    updated = provider.update("e-1", created.outs, {**created.outs, "prompt": "rate it well"})
    assert updated.outs["prompt"] == "rate it well" and updated.outs["created_at"] == "t0"
    refreshed = provider.read("e-1", updated.outs)
    assert refreshed.inputs["prompt"] == "changed by hand"
    assert sent(api) == [
        ("POST", "/api/v1/evaluators", {"name": "judge", "prompt": "rate it"}),
        ("PATCH", "/api/v1/evaluators/e-1", {"prompt": "rate it well"}),
        ("GET", "/api/v1/evaluators/e-1", None),
    ]


# -- RestCollection: a parent-scoped object -----------------------------------------------------------

QUEUE = "6f1d0c9a-1b2c-4d3e-8f40-0000000000a1"
OTHER_QUEUE = "6f1d0c9a-1b2c-4d3e-8f40-0000000000a2"


class ReviewerInputs(WorkspaceScopedInputs):
    queue_id: Uuid = field(replace=True, description="The annotation queue.")
    user_id: str = field(min_length=1, max_length=100, description="The reviewer.")
    note: str | None = field(None, max_length=100, description="Why them.")


class ReviewerOutputs(OutputsModel):
    added_at: str | None = field(None, description="When they were added.")


REVIEWER = Kind(
    name="QueueReviewer",
    description="A test kind scoped under a parent.",
    inputs=ReviewerInputs,
    outputs=ReviewerOutputs,
    api=RestCollection("/api/v1/annotation-queues/{queue_id}/reviewers", id_template="{queue_id}/{id}"),
    conformance=NO_CONFORMANCE,
)


def test_parent_scoped_paths_are_filled_from_inputs_and_the_id_is_composite(api):
    provider = provider_for(REVIEWER)
    reviewers = f"/api/v1/annotation-queues/{QUEUE}/reviewers"
    live = {"id": "r-1", "queue_id": QUEUE, "user_id": "u-1", "note": None, "added_at": "t0"}
    api.post(reviewers).respond(json=live)
    api.get(f"{reviewers}/r-1").respond(json={**live, "note": "by hand"})
    api.delete(f"{reviewers}/r-1").respond(204)

    created = provider.create({"queue_id": QUEUE, "user_id": "u-1", "__identity": OWNER})
    assert created.id == f"{QUEUE}/r-1"
    refreshed = provider.read(created.id, created.outs)
    assert refreshed.id == f"{QUEUE}/r-1" and refreshed.inputs["note"] == "by hand"
    provider.delete(created.id, created.outs)
    assert sent(api) == [
        ("POST", reviewers, {"queue_id": QUEUE, "user_id": "u-1"}),
        ("GET", f"{reviewers}/r-1", None),
        ("DELETE", f"{reviewers}/r-1", None),
    ]


def test_a_new_parent_replaces_a_parent_scoped_object(api):
    provider = provider_for(REVIEWER)
    olds = {"queue_id": QUEUE, "user_id": "u-1", "workspace_id": WORKSPACE}
    moved = provider.diff(f"{QUEUE}/r-1", olds, {**olds, "queue_id": OTHER_QUEUE})
    assert moved.changes and moved.replaces == ["queue_id"]
    noted = provider.diff(f"{QUEUE}/r-1", olds, {**olds, "note": "expert"})
    assert noted.changes and not noted.replaces
    assert sent(api) == []


# -- RestCollection: the 409 paths of a create with client ids ----------------------------------------

CLIENT_IDS = gizmo_kind("GizmoClientIds", RestCollection("/api/v1/gizmos", client_ids=True))


def _echo_then_conflict(created: list[dict[str, Any]]):
    def answer(request: httpx.Request) -> httpx.Response:
        created.append(json.loads(request.content))
        return httpx.Response(409, json={"detail": "exists"})

    return answer


def test_a_409_on_our_own_retried_create_converges_on_the_object(api):
    provider = provider_for(CLIENT_IDS)
    posted: list[dict[str, Any]] = []
    api.post("/api/v1/gizmos").mock(side_effect=_echo_then_conflict(posted))
    api.get("/api/v1/gizmos").mock(
        side_effect=lambda request: httpx.Response(
            200, json=[{**GIZMO_LIVE, "id": posted[0]["id"], "description": "d"}]
        )
    )
    created = provider.create({"name": "g", "description": "d", "color": "red", "__identity": OWNER})
    assert created.id == posted[0]["id"]
    assert sent(api) == [
        ("POST", "/api/v1/gizmos", {"name": "g", "description": "d", "color": "red", "id": posted[0]["id"]}),
        ("GET", "/api/v1/gizmos?name=g&offset=0&limit=100", None),
    ]


def test_a_409_for_someone_elses_object_is_refused_unless_adopted(api):
    provider = provider_for(CLIENT_IDS)
    api.post("/api/v1/gizmos").respond(409, json={"detail": "exists"})
    api.get("/api/v1/gizmos").respond(json=[{**GIZMO_LIVE, "id": "theirs", "description": "theirs"}])
    api.patch("/api/v1/gizmos/theirs").respond(json={**GIZMO_LIVE, "id": "theirs", "description": "ours now"})
    inputs = {"name": "g", "description": "ours now", "color": "red", "__identity": OWNER}

    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        provider.create(inputs)
    assert [method for method, _, _ in sent(api)] == ["POST", "GET"]

    api.reset()
    adopted = provider.create({**inputs, "adopt_existing": True})
    assert adopted.id == "theirs" and adopted.outs["description"] == "ours now"
    assert [(m, p) for m, p, _ in sent(api)] == [
        ("POST", "/api/v1/gizmos"),
        ("GET", "/api/v1/gizmos?name=g&offset=0&limit=100"),
        ("PATCH", "/api/v1/gizmos/theirs"),
    ]
    assert sent(api)[-1][2] == {"description": "ours now"}


def test_a_409_with_nothing_found_is_raised(api):
    provider = provider_for(gizmo_kind("GizmoServerIds", RestCollection("/api/v1/gizmos")))
    api.get("/api/v1/gizmos").respond(json=[])
    api.post("/api/v1/gizmos").respond(409, json={"detail": "a quota, not a name"})
    with pytest.raises(ConflictError):
        provider.create({"name": "g", "__identity": OWNER})
    assert [(m, p) for m, p, _ in sent(api)] == [
        ("GET", "/api/v1/gizmos?name=g&offset=0&limit=100"),  # no client ids: looked up before the POST
        ("POST", "/api/v1/gizmos"),
        ("GET", "/api/v1/gizmos?name=g&offset=0&limit=100"),
    ]


# -- ListOnlyRead ----------------------------------------------------------------------------------------

PRICE_MAP = gizmo_kind("ListedGizmo", ListOnlyRead("/api/v1/model-price-map", id_filter="id", update_method="PUT"))


def test_list_only_read_finds_the_object_in_the_filtered_list(api):
    provider = provider_for(PRICE_MAP)
    route = api.get("/api/v1/model-price-map")
    route.respond(json=[{**GIZMO_LIVE, "id": "other"}, {**GIZMO_LIVE, "description": "by hand"}])
    refreshed = provider.read("g-1", GIZMO_STATE)
    assert refreshed.id == "g-1" and refreshed.inputs["description"] == "by hand"

    route.respond(json=[{**GIZMO_LIVE, "id": "other"}])
    assert provider.read("g-1", GIZMO_STATE).id is None  # gone: not in the list
    assert sent(api) == [("GET", "/api/v1/model-price-map?id=g-1&offset=0&limit=100", None)] * 2


# -- Singleton -------------------------------------------------------------------------------------------


class SettingsInputs(InputsModel):
    theme: str | None = field(None, max_length=20, description="UI theme.")
    retention_days: int | None = field(None, ge=1, le=400, description="Trace retention.")
    public_sharing: bool | None = field(None, description="Whether sharing is allowed.")


class SettingsOutputs(OutputsModel):
    pass


def settings_kind(name: str, api: Singleton) -> Kind[SettingsInputs]:
    return Kind(
        name=name,
        description="A test singleton.",
        inputs=SettingsInputs,
        outputs=SettingsOutputs,
        api=api,
        conformance=NO_CONFORMANCE,
        scope="organization",
    )


SETTINGS = "/api/v1/orgs/current/settings"
SETTINGS_LIVE = {"theme": "dark", "retention_days": 14, "public_sharing": True, "updated_at": "t0"}


def test_singleton_create_adopts_and_sets_only_the_fields_the_program_sets(api):
    provider = provider_for(settings_kind("SettingsAdopt", Singleton(SETTINGS)))
    api.get(SETTINGS).respond(json=SETTINGS_LIVE)
    api.patch(SETTINGS).respond(json={**SETTINGS_LIVE, "retention_days": 30})
    created = provider.create({"retention_days": 30, "__identity": OWNER})
    assert created.id == "current"
    assert sent(api) == [("GET", SETTINGS, None), ("PATCH", SETTINGS, {"retention_days": 30})]
    assert api.calls.last.request.headers["X-Organization-Id"] == ORGANIZATION

    api.reset()
    unchanged = provider.create({"theme": "dark"})
    assert unchanged.id == "current" and sent(api) == [("GET", SETTINGS, None)]  # already so: nothing sent


def test_singleton_refresh_shows_only_the_managed_fields(api):
    provider = provider_for(settings_kind("SettingsRefresh", Singleton(SETTINGS)))
    api.get(SETTINGS).respond(json={**SETTINGS_LIVE, "retention_days": 60})
    state = {"theme": None, "retention_days": 30, "public_sharing": None}
    refreshed = provider.read("current", state)
    assert refreshed.inputs == {"retention_days": 60}  # the drift of a managed field, nothing else
    assert refreshed.outs["theme"] is None
    assert sent(api) == [("GET", SETTINGS, None)]


def test_singleton_update_leaves_a_field_the_program_stops_setting(api):
    provider = provider_for(settings_kind("SettingsStop", Singleton(SETTINGS)))
    api.get(SETTINGS).respond(json=SETTINGS_LIVE)
    updated = provider.update("current", {"theme": "dark", "retention_days": 14}, {"retention_days": 14})
    assert sent(api) == [("GET", SETTINGS, None)]  # `theme` is forgotten, not cleared
    assert updated.outs["theme"] is None


def test_singleton_put_keeps_the_live_values_of_fields_not_managed(api):
    provider = provider_for(settings_kind("SettingsPut", Singleton(SETTINGS, update_method="PUT")))
    api.get(SETTINGS).respond(json=SETTINGS_LIVE)
    api.put(SETTINGS).respond(json={**SETTINGS_LIVE, "retention_days": 30})
    provider.update("current", {"retention_days": 14}, {"retention_days": 30})
    assert sent(api) == [
        ("GET", SETTINGS, None),
        ("PUT", SETTINGS, {"theme": "dark", "retention_days": 30, "public_sharing": True}),
    ]


def test_singleton_delete_forgets_with_a_warning_and_sends_nothing(api, caplog):
    provider = provider_for(settings_kind("SettingsForget", Singleton(SETTINGS, on_delete="forget")))
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        provider.delete("current", {"retention_days": 30, "theme": None})
    assert sent(api) == []
    assert any("forgets" in r.getMessage() and "retention_days=30" in r.getMessage() for r in caplog.records)


def test_singleton_delete_resets_the_managed_fields_to_their_defaults(api, caplog):
    singleton = Singleton(SETTINGS, on_delete="reset", defaults={"retention_days": 14, "public_sharing": False})
    provider = provider_for(settings_kind("SettingsReset", singleton))
    api.patch(SETTINGS).respond(json=SETTINGS_LIVE)
    with caplog.at_level(logging.WARNING, logger="pulumi_langsmith"):
        provider.delete("current", {"retention_days": 30, "public_sharing": True, "theme": None})
    assert sent(api) == [("PATCH", SETTINGS, {"retention_days": 14, "public_sharing": False})]
    assert not caplog.records


# -- UpsertList -------------------------------------------------------------------------------------------


class SecretInputs(WorkspaceScopedInputs):
    key: str = field(key=True, replace=True, min_length=1, max_length=100, description="Secret name.")
    value: str = field(secret=True, write_only=True, min_length=1, max_length=1000, description="Secret value.")


UPSERT = Kind(
    name="UpsertedSecret",
    description="A test upsert-list entry.",
    inputs=SecretInputs,
    outputs=OutputsModel,
    api=UpsertList("/api/v1/workspaces/current/secrets"),
    conformance=NO_CONFORMANCE,
)
SECRETS = "/api/v1/workspaces/current/secrets"


def test_upsert_list_lifecycle(api):
    provider = provider_for(UPSERT)
    listing = api.get(SECRETS)
    listing.respond(json=[{"key": "OTHER"}])
    api.post(SECRETS).respond(200)

    created = provider.create({"key": "OPENAI", "value": "sk-1", "__identity": OWNER})
    assert created.id == "OPENAI"
    listing.respond(json=[{"key": "OTHER"}, {"key": "OPENAI"}])
    refreshed = provider.read("OPENAI", {"key": "OPENAI", "value": "sk-1", "workspace_id": WORKSPACE})
    assert refreshed.id == "OPENAI" and refreshed.inputs["value"] == "sk-1"  # write-only: kept from state
    provider.update("OPENAI", {"key": "OPENAI", "value": "sk-1"}, {"key": "OPENAI", "value": "sk-2"})
    provider.delete("OPENAI", {"key": "OPENAI", "value": "sk-2"})
    listing.respond(json=[{"key": "OTHER"}])
    assert provider.read("OPENAI", {"key": "OPENAI", "value": "sk-2"}).id is None
    assert sent(api) == [
        ("GET", SECRETS, None),
        ("POST", SECRETS, [{"key": "OPENAI", "value": "sk-1"}]),
        ("GET", SECRETS, None),
        ("POST", SECRETS, [{"key": "OPENAI", "value": "sk-2"}]),
        ("POST", SECRETS, [{"key": "OPENAI", "value": None}]),
        ("GET", SECRETS, None),
    ]


def test_upsert_list_refuses_a_key_someone_else_set_unless_adopted(api):
    provider = provider_for(UPSERT)
    api.get(SECRETS).respond(json=[{"key": "OPENAI"}])
    api.post(SECRETS).respond(200)
    with pytest.raises(AlreadyExistsError, match="adopt_existing"):
        provider.create({"key": "OPENAI", "value": "sk-1", "__identity": OWNER})
    assert sent(api) == [("GET", SECRETS, None)]
    adopted = provider.create({"key": "OPENAI", "value": "sk-1", "adopt_existing": True, "__identity": OWNER})
    assert adopted.id == "OPENAI"
    assert sent(api)[-1] == ("POST", SECRETS, [{"key": "OPENAI", "value": "sk-1"}])


# -- AppendOnlyChildren (a prompt: a repo plus append-only commits) ----------------------------------------


class PromptInputs(WorkspaceScopedInputs):
    repo_handle: str = field(replace=True, min_length=1, max_length=100, description="Repo handle.")
    description: str | None = field(None, max_length=1000, description="What the prompt is for.")
    is_public: bool = field(False, description="Whether anyone can read it.")
    manifest: dict[str, Any] | None = field(None, description="The prompt, as a LangChain manifest.")


class PromptOutputs(OutputsModel):
    commit_hash: str | None = field(None, description="The latest commit.")
    updated_at: str | None = field(None, description="Last change to the repo.")


def prompt_kind(name: str, **options: Any) -> Kind[PromptInputs]:
    shape = AppendOnlyChildren(
        "/api/v1/repos",
        "/api/v1/repos/-/{repo_handle}",
        children="/commits/-/{repo_handle}",
        child_item="/commits/-/{repo_handle}/{child_id}",
        child_fields=("manifest",),
        child_id="commit_hash",
        parent_field="parent_commit",
        envelope="repo",
        child_envelope="commit",
        children_envelope="commits",
        **options,
    )
    return Kind(
        name=name,
        description="A test prompt.",
        inputs=PromptInputs,
        outputs=PromptOutputs,
        api=shape,
        conformance=NO_CONFORMANCE,
    )


PROMPT = prompt_kind("AppendOnlyPrompt")
REPO = "/api/v1/repos/-/joke"
COMMITS = "/api/commits/-/joke"  # a Go-root route, under /api: langsmith.test is a self-hosted endpoint
MANIFEST: dict[str, Any] = {
    "kwargs": {"template": "Tell a joke about {topic}", "input_variables": ["topic"]},
    "id": ["x"],
}
REPO_LIVE = {"id": "p-1", "repo_handle": "joke", "description": "jokes", "is_public": False, "updated_at": "t0"}
PROMPT_STATE = {
    "repo_handle": "joke",
    "description": "jokes",
    "is_public": False,
    "manifest": MANIFEST,
    "workspace_id": WORKSPACE,
    "adopt_existing": False,
    "commit_hash": "c1",
    "updated_at": "t0",
}


def test_prompt_create_posts_the_repo_then_its_first_commit(api):
    provider = provider_for(PROMPT)
    api.post("/api/v1/repos").respond(json={"repo": REPO_LIVE})
    api.post(COMMITS).respond(201, json={"commit": {"commit_hash": "c1", "manifest": MANIFEST}})
    created = provider.create(
        {"repo_handle": "joke", "description": "jokes", "manifest": MANIFEST, "__identity": OWNER}
    )
    assert created.id == "p-1" and created.outs["commit_hash"] == "c1" and created.outs["updated_at"] == "t0"
    assert sent(api) == [
        ("POST", "/api/v1/repos", {"repo_handle": "joke", "description": "jokes", "is_public": False}),
        ("POST", COMMITS, {"manifest": MANIFEST}),  # the first commit has no parent
    ]


def test_a_manifest_change_posts_exactly_one_commit_after_the_latest(api):
    provider = provider_for(PROMPT)
    new_manifest = {**MANIFEST, "kwargs": {**MANIFEST["kwargs"], "template": "Tell two jokes about {topic}"}}
    api.post(COMMITS).respond(201, json={"commit": {"commit_hash": "c2", "manifest": new_manifest}})
    news = {**PROMPT_STATE, "manifest": new_manifest}
    assert provider.diff("p-1", PROMPT_STATE, news).changes
    updated = provider.update("p-1", PROMPT_STATE, news)
    assert sent(api) == [("POST", COMMITS, {"manifest": new_manifest, "parent_commit": "c1"})]
    assert updated.outs["commit_hash"] == "c2" and updated.outs["updated_at"] == "t0"
    assert updated.outs["manifest"] == new_manifest


def test_a_manifest_equal_up_to_key_order_and_number_form_is_no_change(api):
    provider = provider_for(PROMPT)
    same = {"id": ["x"], "kwargs": {"input_variables": ["topic"], "template": "Tell a joke about {topic}"}}
    assert not provider.diff("p-1", PROMPT_STATE, {**PROMPT_STATE, "manifest": same}).changes
    with_float = {**PROMPT_STATE, "manifest": {**MANIFEST, "temperature": 1}}
    assert not provider.diff("p-1", with_float, {**with_float, "manifest": {**MANIFEST, "temperature": 1.0}}).changes
    updated = provider.update("p-1", PROMPT_STATE, {**PROMPT_STATE, "manifest": same})
    assert sent(api) == []  # no change, no request
    assert updated.outs["commit_hash"] == "c1"


def test_a_repo_field_change_patches_the_repo_and_commits_nothing(api):
    provider = provider_for(PROMPT)
    api.patch(REPO).respond(json={"repo": {**REPO_LIVE, "description": "better jokes", "updated_at": "t1"}})
    updated = provider.update("p-1", PROMPT_STATE, {**PROMPT_STATE, "description": "better jokes"})
    assert sent(api) == [("PATCH", REPO, {"description": "better jokes"})]
    assert updated.outs["commit_hash"] == "c1" and updated.outs["updated_at"] == "t1"


def test_a_change_of_both_patches_the_repo_and_posts_one_commit(api):
    provider = provider_for(PROMPT)
    api.patch(REPO).respond(json={"repo": {**REPO_LIVE, "is_public": True}})
    api.post(COMMITS).respond(201, json={"commit": {"commit_hash": "c2"}})
    news = {**PROMPT_STATE, "is_public": True, "manifest": {"kwargs": {"template": "hi"}}}
    updated = provider.update("p-1", PROMPT_STATE, news)
    assert sent(api) == [
        ("PATCH", REPO, {"is_public": True}),
        ("POST", COMMITS, {"manifest": {"kwargs": {"template": "hi"}}, "parent_commit": "c1"}),
    ]
    assert updated.outs["commit_hash"] == "c2"


def test_prompt_refresh_reads_the_repo_and_its_latest_commit(api):
    provider = provider_for(PROMPT)
    drifted = {"kwargs": {"template": "changed in the UI"}}
    api.get(REPO).respond(json={"repo": REPO_LIVE})
    api.get(COMMITS).respond(json={"commits": [{"commit_hash": "c9", "manifest": drifted}], "total": 9})
    refreshed = provider.read("p-1", PROMPT_STATE)
    assert refreshed.inputs["manifest"] == drifted and refreshed.outs["commit_hash"] == "c9"
    assert sent(api) == [("GET", REPO, None), ("GET", f"{COMMITS}?limit=1", None)]


def test_prompt_refresh_through_the_parents_latest_commit_field(api):
    by_hash = provider_for(prompt_kind("PromptByHash", latest="parent", latest_in_parent="last_commit_hash"))
    api.get(REPO).respond(json={"repo": {**REPO_LIVE, "last_commit_hash": "c3"}})
    api.get(f"{COMMITS}/c3").respond(json={"commit_hash": "c3", "manifest": MANIFEST})
    refreshed = by_hash.read("p-1", PROMPT_STATE)
    assert refreshed.outs["commit_hash"] == "c3" and refreshed.inputs["manifest"] == MANIFEST
    assert sent(api) == [("GET", REPO, None), ("GET", f"{COMMITS}/c3", None)]

    api.reset()
    embedded = provider_for(prompt_kind("PromptEmbedded", latest="parent", latest_in_parent="latest_commit_manifest"))
    api.get(REPO).respond(
        json={"repo": {**REPO_LIVE, "latest_commit_manifest": {"commit_hash": "c4", "manifest": MANIFEST}}}
    )
    refreshed = embedded.read("p-1", PROMPT_STATE)
    assert refreshed.outs["commit_hash"] == "c4" and refreshed.inputs["manifest"] == MANIFEST
    assert sent(api) == [("GET", REPO, None)]  # the repo carries its latest commit: one request


def test_a_prompt_without_commits_reads_with_no_manifest_and_commits_without_a_parent(api):
    provider = provider_for(PROMPT)
    api.get(REPO).respond(json={"repo": REPO_LIVE})
    api.get(COMMITS).respond(json={"commits": [], "total": 0})
    refreshed = provider.read("p-1", PROMPT_STATE)
    assert "manifest" not in refreshed.inputs and refreshed.outs["commit_hash"] is None

    api.reset()
    api.post(COMMITS).respond(201, json={"commit": {"commit_hash": "c1"}})
    provider.update("p-1", refreshed.outs, {**PROMPT_STATE, "manifest": MANIFEST})
    assert sent(api) == [("POST", COMMITS, {"manifest": MANIFEST})]


def test_prompt_delete_deletes_the_repo_and_never_a_commit(api):
    provider = provider_for(PROMPT)
    api.delete(REPO).respond(200)
    provider.delete("p-1", PROMPT_STATE)
    assert sent(api) == [("DELETE", REPO, None)]


def test_latest_from_the_parent_needs_the_parent_field():
    with pytest.raises(ValueError, match="latest_in_parent"):
        AppendOnlyChildren("/r", children="/c", child_fields=("manifest",), latest="parent")


def test_child_paths_take_what_the_inputs_lack_from_the_parent_object(api):
    shape = AppendOnlyChildren(
        "/api/v1/repos",
        "/api/v1/repos/-/{repo_handle}",
        children="/commits/{owner}/{repo_handle}",
        child_fields=("manifest",),
        child_id="commit_hash",
        parent_field="parent_commit",
        envelope="repo",
        child_envelope="commit",
        children_envelope="commits",
    )
    kind = Kind(
        name="PromptOwnedByTenant",
        description="A test prompt under its tenant's handle.",
        inputs=PromptInputs,
        outputs=PromptOutputs,
        api=shape,
        conformance=NO_CONFORMANCE,
    )
    provider = provider_for(kind)
    api.post("/api/v1/repos").respond(json={"repo": {**REPO_LIVE, "owner": "acme"}})
    api.post("/api/commits/acme/joke").respond(201, json={"commit": {"commit_hash": "c1"}})
    api.get(REPO).respond(json={"repo": {**REPO_LIVE, "owner": "acme"}})
    api.get("/api/commits/acme/joke").respond(json={"commits": [{"commit_hash": "c1", "manifest": MANIFEST}]})
    created = provider.create({"repo_handle": "joke", "manifest": MANIFEST, "__identity": OWNER})
    provider.read(created.id, created.outs)
    assert [(m, p) for m, p, _ in sent(api)] == [
        ("POST", "/api/v1/repos"),
        ("POST", "/api/commits/acme/joke"),
        ("GET", REPO),
        ("GET", "/api/commits/acme/joke?limit=1"),
    ]


def test_contributing_lists_every_api_shape():
    from pathlib import Path

    from pulumi_langsmith.framework import strategies
    from pulumi_langsmith.framework.strategies import agent_server

    guide = (Path(__file__).resolve().parent.parent / "CONTRIBUTING.md").read_text()
    helpers = {"ApiShape", "Created", "Existing", "delete_tolerantly"}
    shapes = (set(strategies.__all__) - helpers) | {"AgentServerCollection", "MarkedCollection"}
    assert all(hasattr(agent_server, n) for n in ("AgentServerCollection", "MarkedCollection"))
    assert sorted(n for n in shapes if f"`{n}`" not in guide) == []
