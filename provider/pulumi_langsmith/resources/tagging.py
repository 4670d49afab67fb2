"""`Tagging`: a tag value on one resource (`POST /api/v1/workspaces/current/taggings`).

There is no item GET and no update: a tagging is read among the resource's tags (`GET
/api/v1/workspaces/current/tags/resource?resource_type=&resource_id=`, keys → values → taggings), and any
change replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Annotated, Any

from pydantic import BeforeValidator

from ..framework import Association, Conformance, Kind, OutputsModel, Uuid, WorkspaceScopedInputs, field


class TaggedResourceType(str, Enum):
    """What a tagging may tag (spec `ResourceType`)."""

    AGENT = "agent"
    DASHBOARD = "dashboard"
    DATASET = "dataset"
    DEPLOYMENT = "deployment"
    EVALUATOR = "evaluator"
    EXPERIMENT = "experiment"
    FLEET_INTEGRATION = "fleet_integration"
    MCP_SERVER = "mcp_server"
    PROJECT = "project"
    PROMPT = "prompt"
    QUEUE = "queue"
    SANDBOX = "sandbox"
    SKILL = "skill"


def _own_value_id(value: Any) -> Any:
    """A `TagValue`'s composite id (`<tag_key_id>/<tag_value_id>`, 73 characters) names the value by its own id."""
    if isinstance(value, str) and len(value) == 73 and value.count("/") == 1:
        return value.split("/", 1)[1]
    return value


class TaggingInputs(WorkspaceScopedInputs):
    tag_value_id: Annotated[Uuid, BeforeValidator(_own_value_id)] = field(
        key=True,
        replace=True,
        description="The tag value to put on the resource: a `TagValue`'s `id` (`<tag_key_id>/<tag_value_id>`) "
        "or its own id (its `tag_value_id` output, `get_tag_value(...)['id']`).",
    )
    resource_type: TaggedResourceType = field(
        key=True,
        replace=True,
        description="What is tagged: `project`, `dataset`, `prompt`, `queue`, `deployment`, `experiment`, ...",
    )
    resource_id: Uuid = field(key=True, replace=True, description="The id of the tagged resource.")


class TaggingOutputs(OutputsModel):
    created_at: str | None = field(None, description="When the resource was tagged (ISO 8601).")


def _taggings(response: Any, values: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """The taggings nested in `TagKeyWithValuesAndTaggings[]`."""
    for key in response or []:
        for value in key.get("values") or []:
            yield from value.get("taggings") or []


KIND = Kind(
    name="Tagging",
    description="A tag value on one resource (a project, dataset, prompt, queue, deployment, ...); any change "
    "replaces it.",
    inputs=TaggingInputs,
    outputs=TaggingOutputs,
    api=Association(
        "/api/v1/workspaces/current/taggings",
        "/api/v1/workspaces/current/taggings/{id}",
        listing="/api/v1/workspaces/current/tags/resource",
        params=lambda values: {"resource_type": values.get("resource_type"), "resource_id": values.get("resource_id")},
        members=_taggings,
    ),
    delete_before_replace=False,  # a new tagging (another value or resource) never collides with the old one
    conformance=Conformance(
        example={
            "tag_value_id": "00000000-0000-4000-8000-000000000000",
            "resource_type": "project",
            "resource_id": "00000000-0000-4000-8000-000000000001",
        },
        update={},  # nothing changes in place
        replace={"resource_type": "dataset"},
        invalid=(
            ({"resource_type": "spreadsheet"}, "resource_type"),
            ({"resource_id": "42"}, "resource_id"),
            ({"tag_value_id": "-" * 36}, "tag_value_id"),
        ),
        drift=None,  # a tagging has nothing but its key
        setup="tagged_project",
    ),
)
