"""`StoreItem`: one item of a deployment's Agent Server long-term store (`/store/items`).

Quirks: `PUT /store/items` upserts, so a create first reads the key (an item there already is refused, or
adopted with `adopt_existing`). An item with a
`ttl` (minutes) vanishes when it expires: refresh then drops it as drift. `ttl` and `index` are never read
back. A value may hold anything the graph reads: keep secrets out of it (a policy checks plain inputs).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from ..framework import Conformance, Kind, OutputsModel, field
from ..framework.strategies.agent_server import AgentServerAdoptableInputs, StoreItems

Label = Annotated[str, Field(max_length=256)]
FieldPath = Annotated[str, Field(min_length=1, max_length=1024)]


class StoreItemInputs(AgentServerAdoptableInputs):
    namespace: list[Label] = field(
        key=True,
        replace=True,
        min_length=1,
        max_length=32,
        description='Namespace path, e.g. `["users", "alice"]` (labels without dots); changing it replaces the item.',
    )
    key: str = field(
        key=True, replace=True, min_length=1, max_length=1024, description="Key of the item in its namespace."
    )
    value: dict[str, Any] = field(description="The item's JSON object.")
    ttl: float | None = field(
        None,
        write_only=True,
        gt=0,
        le=525_600 * 100,
        description="Time to live in minutes (none: never expires). An expired item shows as drift on refresh.",
    )
    index: Literal[False] | Annotated[list[FieldPath], Field(max_length=100)] | None = field(
        None,
        write_only=True,
        description="Search indexing: `false` to skip it, field paths to index, or unset for the server's default.",
    )


def _validate(inputs: StoreItemInputs) -> list[tuple[str, str]]:
    # The read addresses the namespace as one dotted string (`namespace=a.b`): a label cannot hold a dot.
    return [
        (f"namespace[{i}]", "a namespace label is 1-256 characters without dots")
        for i, label in enumerate(inputs.namespace)
        if not label or "." in label or len(label) > 256
    ]


class StoreItemOutputs(OutputsModel):
    pass


KIND = Kind(
    name="StoreItem",
    description="An item of a deployment's Agent Server long-term store (namespace, key, JSON value).",
    inputs=StoreItemInputs,
    outputs=StoreItemOutputs,
    api=StoreItems(),
    scope="deployment",
    validate=_validate,
    conformance=Conformance(
        example={
            "url": "http://127.0.0.1:9",
            "namespace": ["conformance", "prefs"],
            "key": "theme",
            "value": {"colour": "dark"},
        },
        update={"value": {"colour": "light", "font": 12}},
        replace={"key": "layout"},
        invalid=(
            ({"key": ""}, "key"),
            ({"namespace": []}, "namespace"),
            ({"namespace": ["a.b"]}, "namespace"),
            ({"ttl": 0}, "ttl"),
        ),
        drift={"value": {"colour": "changed by hand"}},
        setup="agent_server",
    ),
    docs="Its `url` is the deployment's Agent Server (`Deployment.url`). `ttl` is in minutes.",
)
