"""`Tag` (a component over a `TagKey` and a `TagValue`) under Pulumi mocks: its children, their parent, and the
value wired to the key's id."""

from __future__ import annotations

import asyncio

import pulumi
import pytest
from pulumi_langsmith import Tag

CAPTURED: list[pulumi.runtime.MockResourceArgs] = []


class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        CAPTURED.append(args)
        outputs = dict(args.inputs)
        if args.typ.endswith(":TagValue"):
            outputs["tag_value_id"] = "value-uuid"
            return "key-uuid/value-uuid", outputs
        return f"{args.name}-id" if not args.typ.endswith(":TagKey") else "key-uuid", outputs

    def call(self, args):
        return {}


@pytest.fixture(autouse=True)
def mocks():
    CAPTURED.clear()
    loop = asyncio.new_event_loop()  # a test run before may have left no current event loop
    asyncio.set_event_loop(loop)
    pulumi.runtime.set_mocks(Mocks(), project="proj", stack="dev", preview=False)
    yield
    asyncio.set_event_loop(None)
    loop.close()


@pulumi.runtime.test
def test_tag_declares_a_key_and_a_value_of_it_as_children():
    tag = Tag("env-prod", key="env", value="prod", value_description="production")

    def verify(ids):
        key_id, value_id = ids
        assert (key_id, value_id) == ("key-uuid", "value-uuid")
        by_type = {args.typ: args for args in CAPTURED}
        assert by_type["langsmith:index:Tag"].name == "env-prod"
        key = by_type["pulumi-python:dynamic/langsmith:TagKey"]
        value = by_type["pulumi-python:dynamic/langsmith:TagValue"]
        assert (key.name, key.inputs["key"]) == ("env-prod-key", "env")
        assert (value.name, value.inputs["value"], value.inputs["tag_key_id"]) == ("env-prod-value", "prod", "key-uuid")
        assert value.inputs["description"] == "production"

    return pulumi.Output.all(tag.tag_key_id, tag.tag_value_id).apply(verify)


def test_tag_is_exported_by_the_package_and_is_a_component():
    import pulumi_langsmith

    assert "Tag" in pulumi_langsmith.__all__
    assert issubclass(pulumi_langsmith.Tag, pulumi.ComponentResource)
