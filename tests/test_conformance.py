"""The conformance suite: every registered kind (`framework.registry.all_kinds()`) against the emulator,
driven by its own `Conformance` declaration. A new kind is covered by adding its module; nothing here
names a kind.

Per kind: `check` of each invalid example fails naming the property and sends no request; create returns
every declared output; no perpetual diff (after create, and after a refresh); an update in place (diff,
update, read back) and a replacement (diff lists replaces); drift made through the API shows on read as
inputs; an object deleted out of band is dropped by read; adoption of an existing object (kinds with a
natural key); a create whose answer is lost keeps no partial state (no duplicate, no orphan; what the API
cannot recover is declared in `Conformance.lost_create`); delete; secrets never in plaintext (outputs, errors, logs, pickles); and the lifecycle over
gRPC through the real `python -m pulumi.dynamic` host.

`Conformance.setup` names a fixture of this module (`SETUPS`): it prepares what the example needs and may
add provider config or override example values it can only know at run time. An unknown name fails.
"""

from __future__ import annotations

import copy
import json
import logging
import pickle
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
from conftest import configure
from protocol_harness import ProviderServer
from pulumi.dynamic.dynamic import serialize_provider
from pulumi.runtime import rpc
from pulumi.runtime.proto import provider_pb2
from pulumi_langsmith import typed
from pulumi_langsmith.client import close_pooled_clients
from pulumi_langsmith.errors import AlreadyExistsError
from pulumi_langsmith.framework import Kind
from pulumi_langsmith.framework.adapter import KindProvider, unwrap_secrets
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.framework.registry import all_kinds, kind_modules

KINDS = all_kinds()
KIND_IDS = [k.name for k in KINDS]
OWNER = "conformance/test/{kind}/example"
OTHER_OWNER = "someone-else/prod/{kind}/theirs"

by_kind = pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)

# ================================================================ setups


@dataclass
class Setup:
    """What a setup fixture prepared: provider config (`langsmith:<key>`) and example values it fills in."""

    config: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Run-time values for `Conformance.update` and `.drift` (by that name), e.g. other objects to point at."""


def _scim_token(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A SCIM bearer token, made through the SCIM token API, as the provider's `langsmith:scimToken`."""
    with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key}, timeout=10) as api:
        response = api.post("/v1/platform/orgs/current/scim/tokens", json={"description": "conformance"})
        assert response.status_code == 201, response.text
        return Setup(config={"scimToken": response.json()["token"]})


def _active_org_member(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """The example's `email` is an active (invite accepted) member of the organization."""
    from pulumi_langsmith.emulator.families.access import principals

    email = example.get("email")
    assert isinstance(email, str), "the active-org-member setup needs an `email` in the example"
    store = emulator.server.store
    user = principals.ensure_user(store, email.strip().lower())
    role = principals.role_id_of(emulator.organization_id, "ORGANIZATION_USER")
    principals.add_org_member(store, emulator.organization_id, user["id"], role)
    return Setup()


def _control_plane(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """The emulated control plane with its default (fast) timing, and the org's GitHub integration id."""
    from pulumi_langsmith.emulator.families.control_plane.routes import control_plane_settings

    control_plane_settings(emulator.server.app).reset()
    overrides: dict[str, Any] = {}
    source_config = example.get("source_config")
    if isinstance(source_config, Mapping) and "integration_id" in source_config:
        with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key}, timeout=10) as api:
            integration = api.get("/v1/integrations/github/install").json()[0]["id"]
        overrides["source_config"] = {**source_config, "integration_id": integration}
    return Setup(overrides=overrides)


def _project(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A tracing project the example attaches to (its `session_id`)."""
    with httpx.Client(base_url=emulator.base_url, headers={"X-Api-Key": emulator.api_key}, timeout=10) as api:
        response = api.post("/api/v1/sessions", json={"name": f"conformance project {uuid.uuid4().hex[:8]}"})
        assert response.status_code == 200, response.text
        return Setup(overrides={"session_id": response.json()["id"]})


def _api(emulator: Any) -> httpx.Client:
    return httpx.Client(base_url=emulator.base_url, headers=emulator.headers, timeout=10)


def _dataset(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A dataset of the workspace, as the example's `dataset_id`."""
    with _api(emulator) as api:
        response = api.post("/api/v1/datasets", json={"name": f"conformance setup dataset {uuid.uuid4().hex[:8]}"})
        assert response.status_code == 200, response.text
        return Setup(overrides={"dataset_id": response.json()["id"]})


def _dataset_with_examples(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A dataset with three examples: the example's `dataset_id` and `example_ids` (the first two); the update
    and the drift name other members."""
    with _api(emulator) as api:
        response = api.post("/api/v1/datasets", json={"name": f"conformance split dataset {uuid.uuid4().hex[:8]}"})
        assert response.status_code == 200, response.text
        dataset_id = response.json()["id"]
        ids = []
        for n in range(3):
            made = api.post("/api/v1/examples", json={"dataset_id": dataset_id, "inputs": {"n": n}})
            assert made.status_code == 200, made.text
            ids.append(made.json()["id"])
    return Setup(
        overrides={"dataset_id": dataset_id, "example_ids": ids[:2]},
        changes={"update": {"example_ids": ids[1:]}, "drift": {"example_ids": ids}},
    )


def _dataset_and_examples_file(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A dataset and a JSONL file of examples for it (the example's `dataset_id` and `path`); the update's
    file changes one row, drops one and adds one."""
    import tempfile
    from pathlib import Path

    rows = [{"id": f"q{n}", "inputs": {"question": f"{n} + {n}?"}, "outputs": {"answer": str(2 * n)}} for n in range(3)]
    edited = [{**rows[0], "outputs": {"answer": "zero"}}, rows[1], {"id": "q9", "inputs": {"question": "9 + 9?"}}]
    folder = Path(tempfile.mkdtemp(prefix="conformance-examples-"))
    paths = {}
    for name, content in (("golden.jsonl", rows), ("edited.jsonl", edited)):
        paths[name] = str(folder / name)
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in content))
    with _api(emulator) as api:
        response = api.post("/api/v1/datasets", json={"name": f"conformance file dataset {uuid.uuid4().hex[:8]}"})
        assert response.status_code == 200, response.text
    return Setup(
        overrides={"dataset_id": response.json()["id"], "path": paths["golden.jsonl"]},
        changes={"update": {"path": paths["edited.jsonl"]}},
    )


def _workspace_identity(emulator: Any, email: str) -> str:
    """The workspace identity id of an active member of the emulator's workspace."""
    from pulumi_langsmith.emulator.families.access import principals

    store, org = emulator.server.store, emulator.organization_id
    user = principals.ensure_user(store, email)
    principals.add_org_member(store, org, user["id"], principals.role_id_of(org, "ORGANIZATION_USER"))
    role = principals.role_id_of(org, "WORKSPACE_USER")
    return str(principals.set_workspace_member(store, emulator.workspace_id, user["id"], role)["id"])


def _annotation_queue_and_workspace_member(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """An annotation queue (the example's `queue_id`) and a workspace member (its `identity_id`)."""
    with _api(emulator) as api:
        response = api.post(
            "/api/v1/annotation-queues", json={"name": f"conformance setup queue {uuid.uuid4().hex[:8]}"}
        )
        assert response.status_code == 200, response.text
        queue_id = response.json()["id"]
    return Setup(overrides={"queue_id": queue_id, "identity_id": _workspace_identity(emulator, "reviewer@example.com")})


def _workspace_role_and_workspace(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """Example inputs naming a workspace role (`*_role_id`) and workspaces (`*_workspace_ids`) of the organisation:
    the built-in Viewer role and the default workspace."""
    from pulumi_langsmith.emulator.families.access import principals

    role = principals.role_id_of(emulator.organization_id, "WORKSPACE_VIEWER")
    overrides: dict[str, Any] = {}
    for name in example:
        if name.endswith("role_id"):
            overrides[name] = role
        elif name.endswith("workspace_ids"):
            overrides[name] = [emulator.workspace_id]
    return Setup(overrides=overrides)


def _tag_key(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A tag key of the workspace, as the example's `tag_key_id`."""
    with _api(emulator) as api:
        key = api.post("/api/v1/workspaces/current/tag-keys", json={"key": f"conformance-key-{uuid.uuid4().hex[:8]}"})
        assert key.status_code == 200, key.text
        return Setup(overrides={"tag_key_id": key.json()["id"]})


def _tagged_project(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A tag value and a project to tag with it, as the example's `tag_value_id` and `resource_id`."""
    with _api(emulator) as api:
        key = api.post(
            "/api/v1/workspaces/current/tag-keys", json={"key": f"conformance-key-{uuid.uuid4().hex[:8]}"}
        ).json()
        value = api.post(f"/api/v1/workspaces/current/tag-keys/{key['id']}/tag-values", json={"value": "v"}).json()
        project = api.post("/api/v1/sessions", json={"name": f"conformance-tagged-{uuid.uuid4().hex[:8]}"}).json()
        return Setup(overrides={"tag_value_id": value["id"], "resource_id": project["id"]})


def _role_and_access_policy(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A custom role and an access policy, as the example's `role_id` and `access_policy_id`."""
    with _api(emulator) as api:
        role = api.post(
            "/api/v1/orgs/current/roles",
            json={
                "display_name": f"Conformance ABAC {uuid.uuid4().hex[:8]}",
                "description": "",
                "permissions": ["projects:read"],
            },
        ).json()
        group = {"permission": "projects:read", "resource_type": "project", "conditions": []}
        policy = api.post(
            "/v1/platform/orgs/current/access-policies",
            json={"name": f"conformance-{uuid.uuid4().hex[:8]}", "effect": "deny", "condition_groups": [group]},
        ).json()
        return Setup(overrides={"role_id": role["id"], "access_policy_id": policy["id"]})


def _export_destination_and_project(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A bulk export destination and a project, as the example's `bulk_export_destination_id` and `session_id`."""
    suffix = uuid.uuid4().hex[:8]
    with _api(emulator) as api:
        destination = api.post(
            "/api/v1/bulk-exports/destinations",
            json={"display_name": f"conformance setup {suffix}", "config": {"bucket_name": f"conformance-{suffix}"}},
        )
        assert destination.status_code == 200, destination.text
        project = api.post("/api/v1/sessions", json={"name": f"conformance-exported-{suffix}"})
        assert project.status_code == 200, project.text
        return Setup(
            overrides={"bulk_export_destination_id": destination.json()["id"], "session_id": project.json()["id"]}
        )


def _agent_server(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """The test process's real Agent Server (`tests/agent_server.py`) as the example's `url`."""
    import agent_server

    server = agent_server.shared()
    server.reset()
    return Setup(overrides={"url": server.url})


def _prompt_with_two_commits(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A prompt with two commits: the example's `repo_handle`, and its `commit` the older one (so `latest` moves)."""
    handle = f"conformance-prompt-{uuid.uuid4().hex[:8]}"
    with _api(emulator) as api:
        response = api.post("/api/v1/repos", json={"repo_handle": handle, "is_public": False})
        assert response.status_code == 200, response.text
        hashes = []
        for text in ("Tell a joke about {topic}", "Tell two jokes about {topic}"):
            body: dict[str, Any] = {"manifest": {"lc": 1, "type": "constructor", "id": ["x"], "kwargs": {"t": text}}}
            if hashes:
                body["parent_commit"] = hashes[-1]
            commit = api.post(f"/commits/-/{handle}", json=body)
            assert commit.status_code == 201, commit.text
            hashes.append(commit.json()["commit"]["commit_hash"])
    return Setup(overrides={"repo_handle": handle, "commit": hashes[0]})


def _prompt_and_org_member(emulator: Any, example: Mapping[str, Any]) -> Setup:
    """A prompt (the example's `repo_handle`) and an organisation member (its `email`), both uniquely named."""
    from pulumi_langsmith.emulator.families.access import principals

    suffix = uuid.uuid4().hex[:8]
    handle, email = f"conformance-owned-{suffix}", f"collaborator-{suffix}@example.com"
    with _api(emulator) as api:
        response = api.post("/api/v1/repos", json={"repo_handle": handle, "is_public": False})
        assert response.status_code == 200, response.text
    store, org = emulator.server.store, emulator.organization_id
    user = principals.ensure_user(store, email)
    principals.add_org_member(store, org, user["id"], principals.role_id_of(org, "ORGANIZATION_USER"))
    return Setup(overrides={"repo_handle": handle, "email": email})


SETUPS: dict[str, Callable[[Any, Mapping[str, Any]], Setup]] = {
    "workspace_role_and_workspace": _workspace_role_and_workspace,
    "scim_token": _scim_token,
    "active_org_member": _active_org_member,
    "accepted_org_member": _active_org_member,
    "org_member": _active_org_member,
    "control_plane": _control_plane,
    "project": _project,
    "dataset": _dataset,
    "dataset_with_examples": _dataset_with_examples,
    "dataset_and_examples_file": _dataset_and_examples_file,
    "annotation_queue_and_workspace_member": _annotation_queue_and_workspace_member,
    "agent_server": _agent_server,
    "tag_key": _tag_key,
    "tagged_project": _tagged_project,
    "role_and_access_policy": _role_and_access_policy,
    "prompt_with_two_commits": _prompt_with_two_commits,
    "prompt_and_org_member": _prompt_and_org_member,
    "export_destination_and_project": _export_destination_and_project,
}


def run_setup(kind: Kind[Any], emulator: Any) -> Setup:
    name = kind.conformance.setup
    if name is None:
        return Setup()
    if name not in SETUPS:
        pytest.fail(
            f"{kind.name}: Conformance.setup names {name!r}, which tests/test_conformance.py does not know "
            f"(known: {sorted(SETUPS)}); add it to SETUPS",
            pytrace=False,
        )
    return SETUPS[name](emulator, kind.conformance.example)


# ================================================================ helpers


def provider_class(kind: Kind[Any]) -> type[KindProvider]:
    """The generated provider class (`typed.<Kind>Provider`); test_codegen fails when it is missing."""
    found = getattr(typed, f"{kind.name}Provider", None)
    if found is None or found.kind is not kind:
        return type(f"{kind.name}Provider", (KindProvider,), {"kind": kind})
    return found


def merged(base: Mapping[str, Any], changes: Mapping[str, Any] | None) -> dict[str, Any]:
    return {**copy.deepcopy(dict(base)), **copy.deepcopy(dict(changes or {}))}


def is_secret(value: Any) -> bool:
    return isinstance(value, dict) and value.get(rpc._special_sig_key) == rpc._special_secret_sig


def strings_of(value: Any) -> list[str]:
    """Every string (of 4+ characters: shorter ones are not meaningful to look for) inside `value`."""
    value = unwrap_secrets(value)
    if isinstance(value, str):
        return [value] if len(value) >= 4 else []
    if isinstance(value, Mapping):
        return [s for v in value.values() for s in strings_of(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings_of(v)]
    return []


def table_rows(emulator: Any) -> dict[str, int]:
    """How many rows each table of the emulator's store holds (the audit log aside: it records requests)."""
    store = emulator.server.store
    return {table.name: len(store.list(table)) for table in store.tables if table.name != "audit_logs"}


def changed_rows(before: Mapping[str, int], after: Mapping[str, int]) -> dict[str, int]:
    """Per table, how many rows were added (or removed) between two `table_rows`."""
    return {name: after[name] - before.get(name, 0) for name in after if after[name] != before.get(name, 0)}


def without_nulls(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


@dataclass
class Conf:
    """One kind against this test's emulator organisation."""

    kind: Kind[Any]
    emulator: Any
    setup: Setup

    @property
    def example(self) -> dict[str, Any]:
        return merged(self.kind.conformance.example, self.setup.overrides)

    @property
    def update(self) -> dict[str, Any]:
        """`Conformance.update` with the setup's run-time values."""
        return merged(self.kind.conformance.update, self.setup.changes.get("update"))

    @property
    def drift(self) -> dict[str, Any]:
        """`Conformance.drift` with the setup's run-time values."""
        return merged(self.kind.conformance.drift, self.setup.changes.get("drift"))

    def provider(self, **config: str) -> KindProvider:
        return configure(provider_class(self.kind)(), self.emulator, **{**self.setup.config, **config})

    def checked(
        self, inputs: Mapping[str, Any], olds: Mapping[str, Any] | None = None, owner: str = OWNER
    ) -> dict[str, Any]:
        result = self.provider().check(dict(olds or {}), {"__provider": "p", OWNER_KEY: self.owner(owner), **inputs})
        assert result.failures == [], [(f.property, f.reason) for f in result.failures]
        return result.inputs

    def owner(self, template: str) -> str:
        return template.format(kind=self.kind.name)

    def create(self, provider: KindProvider | None = None) -> tuple[KindProvider, dict[str, Any], Any]:
        provider = provider or self.provider()
        inputs = self.checked(self.example)
        return provider, inputs, provider.create(inputs)

    def same(self, name: str, old: Any, new: Any) -> bool:
        """Equal as the kind's diff compares them (nulls inside objects mean "not set")."""
        return self.kind.api.same(name, without_nulls(unwrap_secrets(old)), without_nulls(unwrap_secrets(new)))

    def secrets(self, *props: Mapping[str, Any]) -> set[str]:
        """Plain values of every secret field in `props`, and the API key."""
        found = {self.emulator.api_key, *self.setup.config.values()}
        for p in props:
            for name in self.kind.secret_fields:
                found.update(strings_of(p.get(name)))
        return found


@pytest.fixture
def conf(request, langsmith_emulator) -> Conf:
    kind = request.node.callspec.params["kind"]
    return Conf(kind, langsmith_emulator, run_setup(kind, langsmith_emulator))


# ================================================================ check

INVALID = [
    pytest.param(kind, changes, prop, id=f"{kind.name}-{prop}-{i}")
    for kind in KINDS
    for i, (changes, prop) in enumerate(kind.conformance.invalid)
]


def names(failures: Any, prop: str) -> bool:
    return any(f.property == prop or f.property.startswith((f"{prop}.", f"{prop}[")) for f in failures)


@pytest.mark.parametrize(("kind", "changes", "prop"), INVALID)
def test_check_of_invalid_inputs_fails_naming_the_property_without_a_request(kind, changes, prop, langsmith_emulator):
    conf = Conf(kind, langsmith_emulator, run_setup(kind, langsmith_emulator))
    provider = conf.provider()
    langsmith_emulator.clear_log()
    result = provider.check({}, {"__provider": "p", OWNER_KEY: conf.owner(OWNER), **merged(conf.example, changes)})
    assert names(result.failures, prop), [(f.property, f.reason) for f in result.failures]
    assert langsmith_emulator.requests == [], "check must not send a request"


@by_kind
def test_every_kind_declares_invalid_examples(kind):
    assert kind.conformance.invalid, f"{kind.name}: Conformance.invalid is empty"


@by_kind
def test_example_passes_check(kind, conf):
    conf.provider()
    conf.emulator.clear_log()
    conf.checked(conf.example)
    conf.checked(merged(conf.example, conf.update))
    assert conf.emulator.requests == [], "check must not send a request"


# ================================================================ lifecycle


@by_kind
def test_create_returns_every_declared_output_and_no_perpetual_diff(kind, conf):
    provider, inputs, created = conf.create()
    assert created.id
    missing = [n for n in kind.output_names if n not in created.outs]
    assert missing == [], f"outputs missing from create: {missing}"
    for name, value in inputs.items():
        if not name.startswith("__") and value is not None and name in created.outs:
            assert conf.same(name, created.outs[name], value), (name, created.outs[name], value)

    assert provider.diff(created.id, created.outs, inputs).changes is False

    refreshed = provider.read(created.id, created.outs)
    assert refreshed.id == created.id
    assert [n for n in kind.output_names if n not in refreshed.outs] == []
    assert provider.diff(created.id, refreshed.outs, inputs).changes is False, "perpetual diff after a refresh"


@by_kind
def test_update_in_place_then_read_back(kind, conf):
    if not kind.conformance.update:
        pytest.skip(f"{kind.name}: nothing changes in place (Conformance.update is empty)")
    provider, inputs, created = conf.create()
    news = conf.checked(merged(conf.example, conf.update), olds=inputs)
    diff = provider.diff(created.id, created.outs, news)
    assert diff.changes is True and list(diff.replaces or []) == [], (diff.changes, diff.replaces)

    updated = provider.update(created.id, created.outs, news)
    for name in kind.conformance.update:
        assert conf.same(name, updated.outs.get(name), news.get(name)), (name, updated.outs.get(name))

    read = provider.read(created.id, updated.outs)
    assert read.id == created.id
    for name in kind.conformance.update:
        assert conf.same(name, (read.inputs or {}).get(name), news.get(name)), (name, (read.inputs or {}).get(name))
    assert provider.diff(created.id, read.outs, news).changes is False


@by_kind
def test_replace_fields_are_listed_as_replaces(kind, conf):
    if kind.conformance.replace is None:
        pytest.skip(f"{kind.name}: nothing replaces (Conformance.replace is None)")
    provider, inputs, created = conf.create()
    news = conf.checked(merged(conf.example, kind.conformance.replace), olds=inputs)
    diff = provider.diff(created.id, created.outs, news)
    assert diff.changes is True and diff.replaces, (diff.changes, diff.replaces)
    assert set(diff.replaces) <= set(kind.replace_fields), diff.replaces
    assert set(diff.replaces) <= set(kind.conformance.replace), diff.replaces


@by_kind
def test_drift_made_through_the_api_shows_on_read(kind, conf):
    if kind.conformance.drift is None:
        pytest.skip(f"{kind.name}: nothing the API returns can drift (Conformance.drift is None)")
    drift = conf.drift
    provider, inputs, created = conf.create()

    # Out of band: another provider instance (an admin with the same key) changes the object through the API.
    drifted_inputs = conf.checked(merged(conf.example, drift), olds=inputs)
    conf.provider().update(created.id, created.outs, drifted_inputs)

    read = provider.read(created.id, created.outs)
    assert read.id == created.id
    for name in drift:
        shown = (read.inputs or {}).get(name)
        assert conf.same(name, shown, drifted_inputs.get(name)), (name, shown, drifted_inputs.get(name))
    assert provider.diff(created.id, read.outs, inputs).changes is True, "the next update must undo the drift"


@by_kind
def test_deleted_out_of_band_is_dropped_by_read(kind, conf):
    if kind.conformance.delete_forgets:
        pytest.skip(f"{kind.name}: cannot be deleted (Conformance.delete_forgets)")
    provider, _inputs, created = conf.create()
    conf.provider().delete(created.id, created.outs)
    assert not provider.read(created.id, created.outs).id


@by_kind
def test_delete_then_read_finds_nothing_unless_it_forgets(kind, conf):
    provider, _inputs, created = conf.create()
    provider.delete(created.id, created.outs)
    if kind.conformance.delete_forgets:  # forgotten, not deleted: the object is still there
        assert provider.read(created.id, created.outs).id == created.id
    else:
        assert not provider.read(created.id, created.outs).id


@by_kind
def test_existing_object_is_refused_then_adopted(kind, conf):
    if not kind.natural_key:
        pytest.skip(f"{kind.name}: no natural key, nothing to adopt")
    if "adopt_existing" not in kind.inputs.model_fields:
        pytest.fail(f"{kind.name} has a natural key {kind.natural_key} but no adopt_existing input")
    theirs = conf.provider().create(conf.checked(conf.example, owner=OTHER_OWNER))

    provider = conf.provider()
    with pytest.raises(AlreadyExistsError):
        provider.create(conf.checked(conf.example))

    adopting = conf.checked({**conf.example, "adopt_existing": True})
    adopted = provider.create(adopting)
    assert adopted.id == theirs.id
    assert provider.diff(adopted.id, adopted.outs, adopting).changes is False


@by_kind
@pytest.mark.parametrize("retries", ["retried", "next-run"])
def test_a_create_whose_answer_is_lost_keeps_no_partial_state(kind, conf, retries):
    """The create's first write is handled but its answer lost: the retry (the client's own, or with
    `maxRetries: 0` the next `pulumi up`, same owner) ends with exactly one object. Where the API allows no safe recovery (`Conformance.lost_create`) the
    documented behaviour instead: a kind with a natural key refuses the retry with the adopt hint (adopting
    duplicates nothing); one without leaves exactly the lost object behind.

    Nothing left over is counted in the emulator's tables (or, for the Agent Server kinds, the real runtime's
    objects): the lost create, its retry and a delete leave no more than a clean create and delete leave; an
    object destroy only forgets is one new row at most."""
    lose, pending, count, done = lost_answers(conf)
    try:
        provider = conf.provider() if retries == "retried" else conf.provider(maxRetries="0")
        left_by_a_clean_create: dict[str, int] | None = None
        if not kind.conformance.delete_forgets:  # (what destroy forgets would still be there for the lost create)
            before = count()
            clean = provider.create(conf.checked(conf.example))
            provider.delete(clean.id, clean.outs)
            left_by_a_clean_create = changed_rows(before, count())

        before = count()
        lose()
        orphaned = 0  # objects the declared limitation leaves behind
        try:
            created = provider.create(conf.checked(conf.example))
        except AlreadyExistsError:
            raise
        except Exception:  # the run failed and saved nothing: the next run creates again with the same inputs
            assert pending() == 0, "the create sent no write: nothing was tested"
            # The next `pulumi up` is a new provider process: no pooled connection survives from this run (one
            # the emulator dropped could otherwise be reused and reset, with no retry at maxRetries 0).
            close_pooled_clients()
            if kind.conformance.lost_create and kind.natural_key:  # found, but not retried blindly: adopt it
                with pytest.raises(AlreadyExistsError, match="adopt_existing"):
                    provider.create(conf.checked(conf.example))
                created = provider.create(conf.checked({**conf.example, "adopt_existing": True}))
            elif retries == "next-run" and "adopt_existing" in kind.inputs.model_fields:
                # A new run cannot tell its own lost object from someone else's unless the API takes a client
                # id: it finds the object and may ask for adopt_existing (then adopting duplicates nothing).
                try:
                    created = provider.create(conf.checked(conf.example))
                except AlreadyExistsError as refused:
                    assert "adopt_existing" in str(refused)
                    created = provider.create(conf.checked({**conf.example, "adopt_existing": True}))
            else:
                created = provider.create(conf.checked(conf.example))
                orphaned = 1 if kind.conformance.lost_create else 0  # nothing to find it by: it stays
        else:
            assert pending() == 0, "the create sent no write: nothing was tested"
            assert not kind.conformance.lost_create, f"{kind.name} recovered a lost create: drop its lost_create"
        assert provider.read(created.id, created.outs).id == created.id

        provider.delete(created.id, created.outs)
        left = changed_rows(before, count())
        if left_by_a_clean_create is None:
            assert [table for table, n in left.items() if n > 1] == [], f"more than one object was made: {left}"
        else:
            assert not provider.read(created.id, created.outs).id
            # (no more than: what a clean create makes on the side, e.g. a deployment's project, is reused)
            orphans = {t: n - left_by_a_clean_create.get(t, 0) for t, n in left.items()}
            orphans = {t: n for t, n in orphans.items() if n > 0}
            assert sum(orphans.values()) == orphaned, (
                f"the lost create left more behind than a clean one ({left_by_a_clean_create}): {orphans}"
                if not orphaned
                else f"expected exactly the lost object to stay ({kind.conformance.lost_create}): {orphans}"
            )
    finally:
        done()


def lost_answers(
    conf: Conf,
) -> tuple[Callable[[], None], Callable[[], int], Callable[[], dict[str, int]], Callable[[], None]]:
    """How to lose the answer of the next write, how many such losses are still to happen, how to count the
    objects there are, and how to clean up: the emulator's faults and tables, or, for the Agent Server kinds
    (a real runtime, no faults), a recording proxy in front of it that breaks the connection after the answer."""
    if conf.kind.conformance.setup != "agent_server":
        from pulumi_langsmith.emulator.families.access import principals

        emulator = conf.emulator
        principals.builtin_roles(emulator.server.store, emulator.organization_id)  # stored on first use
        return (
            lambda: emulator.faults.fail_next(1, drop=True, after=True, writes_only=True),
            emulator.faults.pending,
            lambda: table_rows(emulator),
            lambda: None,
        )
    import agent_server

    server = agent_server.shared()
    proxy = agent_server.RecordingProxy(server.url)
    conf.setup.overrides["url"] = proxy.url
    armed = [0]

    def drop_the_first_write(exchange: Any) -> None:
        reads = exchange.method == "GET" or exchange.path.endswith(("/search", "/namespaces"))
        if armed[0] and not reads:
            armed[0] = 0
            raise ConnectionAbortedError("the answer is lost")  # the handler closes the connection unanswered

    def lose() -> None:
        armed[0] = 1

    proxy.after = drop_the_first_write
    return lose, lambda: armed[0], server.counts, proxy.close


# ================================================================ secrets


@by_kind
def test_secrets_are_wrapped_and_stay_out_of_logs_and_pickles(kind, conf, caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "pulumi_langsmith"):
        caplog.set_level(logging.DEBUG, logger=name)
    provider, inputs, created = conf.create()
    news = conf.checked(merged(conf.example, conf.update), olds=inputs)
    updated = provider.update(created.id, created.outs, news) if kind.conformance.update else created
    read = provider.read(created.id, updated.outs)
    results = {"create": created.outs, "update": updated.outs, "read": read.outs}
    for step, outs in results.items():
        for name in kind.secret_fields:
            if outs.get(name) is not None:
                assert is_secret(outs[name]), f"{step}: {name} is not an rpc secret"
    provider.delete(created.id, read.outs)

    secrets = conf.secrets(inputs, news, *results.values())
    client_side = [
        r for r in caplog.records if not r.name.startswith(("uvicorn", "pulumi_langsmith.emulator", "fastapi"))
    ]
    text = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in client_side)
    assert [s for s in secrets if s in text] == [], "a secret reached the logs"
    assert getattr(typed, f"{kind.name}Provider", None) is type(provider), (
        f"typed.{kind.name}Provider is missing (only the generated class pickles): run `pulumi-langsmith codegen`"
    )
    for blob in (pickle.dumps(provider), serialize_provider(provider).encode()):
        assert [s for s in secrets if s.encode() in blob] == [], "a secret is in the pickled provider"


@by_kind
def test_errors_never_carry_secret_inputs(kind, conf):
    secrets = conf.secrets(conf.example) - {conf.emulator.api_key, *conf.setup.config.values()}
    if not secrets:
        pytest.skip(f"{kind.name}: the example has no secret input")
    provider = conf.provider()
    inputs = conf.checked(conf.example)

    echoed: list[str] = []

    def echo(request: httpx.Request) -> httpx.Response:  # a server that quotes the request back
        body = request.content.decode(errors="replace")
        echoed.append(body)
        return httpx.Response(422, json={"detail": f"invalid request {request.url}: {body}"})

    with respx.mock(assert_all_called=False) as mock:
        mock.route(method="GET").pass_through()
        mock.route().mock(side_effect=echo)
        with pytest.raises(Exception) as info:
            provider.create(inputs)
    assert any(s in body for body in echoed for s in secrets), "no request carried the secret: nothing was tested"
    shown = f"{info.value}\n{info.value!r}\n{vars(info.value) if hasattr(info.value, '__dict__') else ''}"
    assert [s for s in secrets if s in shown] == [], f"the error carries a secret: {shown}"


# ================================================================ gRPC


@by_kind
def test_lifecycle_over_grpc_through_the_dynamic_provider_host(kind, conf):
    cls = getattr(typed, f"{kind.name}Provider", None)
    assert cls is not None, f"typed.{kind.name}Provider is missing: run `pulumi-langsmith codegen`"
    emulator = conf.emulator
    config = {
        "langsmith:apiKey": emulator.api_key,
        "langsmith:endpoint": emulator.base_url,
        **{f"langsmith:{k}": v for k, v in conf.setup.config.items()},
    }
    with ProviderServer(env={"LANGSMITH_API_KEY": "", "LANGSMITH_ENDPOINT": ""}) as server:
        server.configure(config)
        blob = server.provider_blob(cls())
        urn = server.urn(kind.type_token, f"conformance-{kind.name.lower()}")
        hidden = {"__provider": blob, OWNER_KEY: conf.owner(OWNER)}

        emulator.clear_log()
        changes, prop = kind.conformance.invalid[0]
        failed = server.check(urn, {}, {**hidden, **merged(conf.example, changes)})
        assert names(failed.failures, prop), [(f.property, f.reason) for f in failed.failures]
        assert emulator.requests == []

        checked = server.checked_inputs(server.check(urn, {}, {**hidden, **conf.example}))
        assert checked["__provider"] == blob
        object_id, outs = server.create(urn, checked)
        assert object_id and outs["__provider"] == blob  # (None outputs do not cross the wire)
        assert server.diff(urn, object_id, outs, checked).changes == provider_pb2.DiffResponse.DIFF_NONE

        news = server.checked_inputs(server.check(urn, checked, {**hidden, **merged(conf.example, conf.update)}))
        updated = outs
        if kind.conformance.update:
            changed = server.diff(urn, object_id, outs, news)
            assert changed.changes == provider_pb2.DiffResponse.DIFF_SOME and list(changed.replaces) == []
            updated = server.update(urn, object_id, outs, news)

        read_id, read_outs, read_inputs = server.read(urn, object_id, updated)
        assert read_id == object_id and read_inputs["__provider"] == blob
        for name in kind.conformance.update:
            assert conf.same(name, read_inputs.get(name), news.get(name)), name

        server.delete(urn, object_id, read_outs)
        gone_id, _, _ = server.read(urn, object_id, read_outs)
        assert gone_id == (object_id if kind.conformance.delete_forgets else "")


# ================================================================ the registry


def test_every_kind_module_declares_a_kind():
    undeclared = [m.__name__ for m in kind_modules() if not isinstance(getattr(m, "KIND", None), Kind)]
    assert undeclared == [], f"modules under resources/ without a KIND: {undeclared}"


def test_an_unregistered_kind_module_fails_the_registry(tmp_path, monkeypatch):
    import pulumi_langsmith.resources as resources
    from pulumi_langsmith.framework import registry

    (tmp_path / "stray.py").write_text('"""A kind module that forgot its KIND."""\n')
    monkeypatch.setattr(resources, "__path__", [*resources.__path__, str(tmp_path)])
    registry.all_kinds.cache_clear()
    try:
        with pytest.raises(TypeError, match="stray declares no KIND"):
            registry.all_kinds()
    finally:
        monkeypatch.undo()
        registry.all_kinds.cache_clear()


def test_examples_are_json_serialisable():
    for kind in KINDS:
        c = kind.conformance
        json.dumps([c.example, c.update, c.replace, c.drift, [list(i) for i in c.invalid]])
