"""Resource classes under Pulumi mocks: type tokens, declared outputs, hidden keys and the provider pickle."""

from __future__ import annotations

import asyncio
import base64

import pulumi
import pytest
from pulumi_langsmith import Dataset, Project, Workspace

CAPTURED: list[pulumi.runtime.MockResourceArgs] = []


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        CAPTURED.append(args)
        return f"{args.name}-id", {**args.inputs, "tenant_id": "t", "created_at": "now"}

    def call(self, args):
        return {}


@pytest.fixture(autouse=True)
def mocks():
    # Pulumi's mocks run on the thread's current event loop; an earlier `asyncio.run` in the same worker
    # leaves none set, so give each test its own.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    CAPTURED.clear()
    pulumi.runtime.set_mocks(Mocks(), project="proj", stack="dev", preview=False)
    yield
    asyncio.set_event_loop(None)
    loop.close()


@pulumi.runtime.test
def test_each_kind_has_its_own_type_token():
    workspace = Workspace("ws", display_name="Team")
    dataset = Dataset("ds", name="golden", data_type="chat")
    project = Project("pr", name="traces")

    def verify(_):
        types = {args.name: args.typ for args in CAPTURED}
        assert types == {
            "ws": "pulumi-python:dynamic/langsmith:Workspace",
            "ds": "pulumi-python:dynamic/langsmith:Dataset",
            "pr": "pulumi-python:dynamic/langsmith:Project",
        }

    return pulumi.Output.all(workspace.id, dataset.id, project.id).apply(verify)


@pulumi.runtime.test
def test_inputs_carry_identity_and_a_small_plain_provider_pickle():
    dataset = Dataset("ds", name="golden")

    def verify(_):
        (args,) = CAPTURED
        assert args.inputs["__identity"] == "proj/dev/Dataset/ds"
        blob = args.inputs["__provider"]
        assert isinstance(blob, str) and len(blob) < 200
        assert b"DatasetProvider" in base64.b64decode(blob)
        assert "description" not in args.inputs  # None inputs are not sent

    return dataset.id.apply(verify)


@pulumi.runtime.test
def test_outputs_resolve_as_attributes():
    dataset = Dataset("ds", name="golden")
    return pulumi.Output.all(dataset.name, dataset.tenant_id).apply(lambda v: assert_equal(v, ["golden", "t"]))


def assert_equal(actual, expected):
    assert actual == expected


def test_unknown_argument_fails_at_construction():
    with pytest.raises(TypeError):
        Dataset("ds", name="x", nmae="typo")  # type: ignore[call-arg]
