"""A dynamic provider that does nothing: the baseline cost of a dynamic resource in `pulumi up`."""

import pulumi
import pulumi.dynamic as dynamic


class NoopProvider(dynamic.ResourceProvider):
    serialize_as_secret_always = False

    def create(self, props):
        return dynamic.CreateResult(f"noop-{props['name']}", dict(props))

    def diff(self, _id, _olds, _news):
        return dynamic.DiffResult(changes=False)


class Noop(dynamic.Resource, module="bench", name="Noop"):
    def __init__(self, name: str, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__(NoopProvider(), name, {"name": name, "description": "benchmark"}, opts)
