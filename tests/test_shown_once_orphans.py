"""No orphaned credentials: keys and tokens (values shown once, no client ids) carry an owner marker in their
description, so the next create of the same resource finds and revokes the orphan of a create whose response
was lost and whose clean-up never ran, and never touches anyone else's key or the key a rotation still manages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.errors import ServerError
from pulumi_langsmith.framework.engine import OWNER_KEY
from pulumi_langsmith.framework.strategies.shown_once import MARKER_KEY, split_marker
from pulumi_langsmith.resources import (
    ApiKeyProvider,
    PersonalAccessTokenProvider,
    ScimTokenProvider,
    ServiceKeyProvider,
)

OWNER = "proj/dev/{kind}/ci"


@dataclass(frozen=True)
class KeyKind:
    provider_class: type
    path: str
    """The collection, as the provider (not self-hosted) sends it."""
    workspace_scoped: bool = False

    @property
    def name(self) -> str:
        return self.provider_class.kind.name


KINDS = [
    KeyKind(ServiceKeyProvider, "/api/v1/orgs/current/service-keys"),
    KeyKind(PersonalAccessTokenProvider, "/api/v1/orgs/current/personal-access-tokens"),
    KeyKind(ApiKeyProvider, "/api/v1/api-key", workspace_scoped=True),
    KeyKind(ScimTokenProvider, "/api/v1/platform/orgs/current/scim/tokens"),
]


@pytest.fixture(params=KINDS, ids=lambda k: k.name)
def kind(request) -> KeyKind:
    return request.param


def plain(outs: dict[str, Any]) -> dict[str, Any]:
    return {k: rpc.unwrap_rpc_secret(v) for k, v in outs.items()}


class Stack:
    """One resource of one stack, driven the way the Pulumi engine drives a dynamic provider."""

    def __init__(self, kind: KeyKind, emulator, name: str = "ci") -> None:
        self.kind = kind
        self.provider = configure(kind.provider_class(), emulator)
        self.owner = OWNER.format(kind=kind.name).replace("/ci", f"/{name}")
        self.inputs: dict[str, Any] | None = None
        """The resource's inputs in state (None: not in state)."""
        self.id: str | None = None
        self.outs: dict[str, Any] = {}

    def check(self, description: str) -> dict[str, Any]:
        news = {"__provider": "p", OWNER_KEY: self.owner, "description": description}
        result = self.provider.check(self.inputs or {}, news)
        assert result.failures == [], result.failures
        return dict(result.inputs)

    def up(self, description: str, *, replace: bool = False) -> str:
        """`pulumi up`: create when not in state, or a create-before-delete replacement (`--replace`)."""
        inputs = self.check(description)
        if self.inputs is not None and not replace:
            self.inputs = inputs  # no change: the state takes the checked inputs
            return str(self.id)
        created = self.provider.create(inputs)  # raises: the state keeps what it had
        old = (self.id, self.outs)
        self.inputs, self.id, self.outs = inputs, created.id, plain(created.outs)
        if replace and old[0] is not None:
            self.pending_delete = old
        return str(created.id)

    def finish_replacement(self) -> None:
        old_id, old_outs = self.pending_delete
        self.provider.delete(old_id, old_outs)

    def refresh(self) -> Any:
        read = self.provider.read(self.id, self.outs)
        self.outs, self.inputs = plain(read.outs), {**read.inputs, OWNER_KEY: self.owner}
        return read

    def destroy(self) -> None:
        self.provider.delete(self.id, self.outs)
        self.inputs, self.id, self.outs = None, None, {}


def live(kind: KeyKind, http: httpx.Client, emulator) -> list[dict[str, Any]]:
    headers = {"X-Tenant-Id": emulator.workspace_id} if kind.workspace_scoped else {}
    response = http.get(kind.path, headers=headers)
    response.raise_for_status()
    return list(response.json())


def described(kind: KeyKind, http: httpx.Client, emulator, description: str) -> list[str]:
    """Ids of the live keys whose description (marker stripped) is `description`."""
    return sorted(str(k["id"]) for k in live(kind, http, emulator) if split_marker(k["description"])[0] == description)


def lose_the_response_and_fail_the_clean_up(kind: KeyKind, emulator) -> None:
    """The POST is handled but its connection drops; every clean-up DELETE then fails (as if the CLI died)."""
    emulator.faults.fail_next(method="POST", path_prefix=kind.path, after=True, drop=True)
    emulator.faults.fail_next(50, status=503, method="DELETE", path_prefix=kind.path)


def test_a_lost_create_whose_clean_up_failed_is_revoked_by_the_next_create(
    kind, langsmith_emulator, out_of_band
) -> None:
    stack = Stack(kind, langsmith_emulator)
    lose_the_response_and_fail_the_clean_up(kind, langsmith_emulator)
    with pytest.raises(ServerError):  # the clean-up DELETE kept failing
        stack.up("deploys")
    orphans = described(kind, out_of_band, langsmith_emulator, "deploys")
    assert len(orphans) == 1 and stack.id is None  # a live key that no state knows
    langsmith_emulator.faults.reset()

    key_id = stack.up("deploys")  # the re-run
    assert described(kind, out_of_band, langsmith_emulator, "deploys") == [key_id]
    assert key_id not in orphans

    stack.destroy()
    assert described(kind, out_of_band, langsmith_emulator, "deploys") == []


def test_a_re_run_with_another_description_still_revokes_the_orphan(kind, langsmith_emulator, out_of_band) -> None:
    stack = Stack(kind, langsmith_emulator)
    lose_the_response_and_fail_the_clean_up(kind, langsmith_emulator)
    with pytest.raises(ServerError):
        stack.up("first try")
    langsmith_emulator.faults.reset()
    key_id = stack.up("second try")
    assert described(kind, out_of_band, langsmith_emulator, "first try") == []
    assert described(kind, out_of_band, langsmith_emulator, "second try") == [key_id]


def test_a_key_someone_else_made_with_the_same_description_is_never_revoked(
    kind, langsmith_emulator, out_of_band
) -> None:
    headers = {"X-Tenant-Id": langsmith_emulator.workspace_id} if kind.workspace_scoped else {}
    theirs = out_of_band.post(kind.path, json={"description": "deploys"}, headers=headers)
    theirs.raise_for_status()
    other_stack = Stack(kind, langsmith_emulator, name="other")
    other_id = other_stack.up("deploys")  # another resource, same description: another marker
    stack = Stack(kind, langsmith_emulator)

    lose_the_response_and_fail_the_clean_up(kind, langsmith_emulator)
    with pytest.raises(ServerError):
        stack.up("deploys")
    langsmith_emulator.faults.reset()
    langsmith_emulator.faults.fail_next(method="POST", path_prefix=kind.path, status=503, after=True)
    key_id = stack.up("deploys")  # revokes its orphan, then recovers from a second lost response

    assert described(kind, out_of_band, langsmith_emulator, "deploys") == sorted(
        [theirs.json()["id"], other_id, key_id]
    )


def test_rotation_keeps_the_old_key_until_pulumi_deletes_it(kind, langsmith_emulator, out_of_band) -> None:
    stack = Stack(kind, langsmith_emulator)
    first = stack.up("deploys")
    stack.up("deploys")  # a no-op `up` moves the stored marker on: still no create may take the live key

    second = stack.up("deploys", replace=True)  # `pulumi up --replace`: same inputs, create before delete
    assert described(kind, out_of_band, langsmith_emulator, "deploys") == sorted([first, second])
    stack.finish_replacement()
    assert described(kind, out_of_band, langsmith_emulator, "deploys") == [second]


def test_a_failed_rotation_re_run_revokes_its_orphan_and_keeps_the_managed_key(
    kind, langsmith_emulator, out_of_band
) -> None:
    stack = Stack(kind, langsmith_emulator)
    managed = stack.up("deploys")
    stack.refresh()  # the state's marker is now the live key's own

    lose_the_response_and_fail_the_clean_up(kind, langsmith_emulator)
    with pytest.raises(ServerError):
        stack.up("deploys", replace=True)
    assert stack.id == managed and len(described(kind, out_of_band, langsmith_emulator, "deploys")) == 2
    langsmith_emulator.faults.reset()

    rotated = stack.up("deploys", replace=True)  # the re-run: the orphan goes, the managed key stays
    assert described(kind, out_of_band, langsmith_emulator, "deploys") == sorted([managed, rotated])
    stack.finish_replacement()
    assert described(kind, out_of_band, langsmith_emulator, "deploys") == [rotated]


def test_the_marker_is_in_the_live_description_but_never_in_a_diff(kind, langsmith_emulator, out_of_band) -> None:
    stack = Stack(kind, langsmith_emulator)
    key_id = stack.up("deploys")
    listed = next(k for k in live(kind, out_of_band, langsmith_emulator) if str(k["id"]) == key_id)
    text, marker = split_marker(listed["description"])
    assert text == "deploys" and marker == stack.inputs[MARKER_KEY]
    assert listed["description"] == f"deploys [pulumi:{marker}]"
    assert stack.outs["description"] == "deploys"

    read = stack.refresh()
    assert read.outs["description"] == "deploys" and read.inputs["description"] == "deploys"
    assert read.inputs[MARKER_KEY] == marker
    assert stack.provider.diff(key_id, stack.outs, stack.check("deploys")).changes is False


def test_the_next_create_marker_never_equals_the_managed_keys(kind, langsmith_emulator) -> None:
    stack = Stack(kind, langsmith_emulator)
    stack.up("deploys")
    live_marker = stack.inputs[MARKER_KEY]
    assert stack.check("deploys")[MARKER_KEY] != live_marker  # a replacement would mark its key otherwise
    assert Stack(kind, langsmith_emulator).check("deploys")[MARKER_KEY] == live_marker  # deterministic when new
    assert Stack(kind, langsmith_emulator, name="other").check("deploys")[MARKER_KEY] != live_marker


def test_a_scim_token_renamed_in_place_is_re_marked_and_never_taken_for_an_orphan(
    langsmith_emulator, out_of_band
) -> None:
    kind = KINDS[3]
    stack = Stack(kind, langsmith_emulator)
    token_id = stack.up("okta")
    news = stack.check("entra")
    updated = stack.provider.update(token_id, stack.outs, news)
    stack.inputs, stack.outs = news, plain(updated.outs)
    assert updated.outs["description"] == "entra"
    listed = next(k for k in live(kind, out_of_band, langsmith_emulator) if str(k["id"]) == token_id)
    text, marker = split_marker(listed["description"])
    assert text == "entra" and marker not in (None, news[MARKER_KEY], stack.check("entra")[MARKER_KEY])

    rotated = stack.up("entra", replace=True)
    assert described(kind, out_of_band, langsmith_emulator, "entra") == sorted([token_id, rotated])


def test_keys_and_the_docs_document_the_marker() -> None:
    from pathlib import Path

    access = Path(__file__).resolve().parents[1].joinpath("docs", "access.md").read_text()
    assert "[pulumi:" in access and MARKER_KEY in access
    for key_kind in KINDS:
        description = key_kind.provider_class.kind.inputs.model_fields["description"].description
        assert "[pulumi:" in description, key_kind.name
