"""The `once` field marker: outputs only a create response carries survive refresh and update."""

from __future__ import annotations

from dataclasses import replace

from conftest import configure
from pulumi.runtime import rpc
from pulumi_langsmith.framework import RestCollection, field
from pulumi_langsmith.framework.adapter import KindProvider
from pulumi_langsmith.resources.dataset import KIND as DATASET
from pulumi_langsmith.resources.dataset import DatasetOutputs


class TicketOutputs(DatasetOutputs):
    ticket: str | None = field(None, secret=True, once=True, description="once-only value")


class ForgottenTicketOutputs(DatasetOutputs):
    ticket: str | None = field(None, secret=True, description="not kept")


class DatasetWithTicketProvider(KindProvider):
    """A dataset whose (imaginary) `ticket` output only a create response would carry."""

    kind = replace(DATASET, name="DatasetWithTicket", outputs=TicketOutputs, api=RestCollection("/api/v1/datasets"))


class DatasetForgettingTicketProvider(KindProvider):
    kind = replace(
        DATASET, name="DatasetForgettingTicket", outputs=ForgottenTicketOutputs, api=RestCollection("/api/v1/datasets")
    )


def test_refresh_and_update_keep_a_preserved_output_as_a_secret(langsmith_emulator) -> None:
    provider = configure(DatasetWithTicketProvider(), langsmith_emulator)
    created = provider.create({"name": "preserved", "data_type": "kv"})
    state = {**created.outs, "ticket": "t-123"}
    refreshed = provider.read(created.id, state)
    assert rpc.unwrap_rpc_secret(refreshed.outs["ticket"]) == "t-123"
    assert refreshed.outs["ticket"] != "t-123"  # wrapped as a secret, not plaintext
    assert "ticket" not in refreshed.inputs
    updated = provider.update(created.id, state, {**state, "description": "changed"})
    assert rpc.unwrap_rpc_secret(updated.outs["ticket"]) == "t-123"
    assert updated.outs["ticket"] != "t-123"
    again = provider.read(created.id, {**state, "ticket": rpc.wrap_rpc_secret("t-123")})
    assert rpc.unwrap_rpc_secret(again.outs["ticket"]) == "t-123"  # not wrapped twice


def test_outputs_not_preserved_are_dropped_on_refresh(langsmith_emulator) -> None:
    provider = configure(DatasetForgettingTicketProvider(), langsmith_emulator)
    created = provider.create({"name": "forgotten", "data_type": "kv"})
    assert provider.read(created.id, {**created.outs, "ticket": "t-123"}).outs["ticket"] is None
