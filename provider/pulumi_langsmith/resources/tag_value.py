"""`TagValue`: one value of a tag key (`/api/v1/workspaces/current/tag-keys/{tag_key_id}/tag-values`), e.g. `prod`."""

from __future__ import annotations

from typing import Any

from ..framework import Conformance, Kind, OutputsModel, RestCollection, Uuid, WorkspaceScopedInputs, field


class TagValueInputs(WorkspaceScopedInputs):
    tag_key_id: Uuid = field(
        key=True,
        replace=True,
        description="The tag key this is a value of (`TagKey.id`). Changing it replaces the value.",
    )
    value: str = field(
        key=True, min_length=1, max_length=255, description="The value, e.g. `prod`; unique for its key."
    )
    description: str | None = field(None, max_length=10_000, description="What the value means.")


class TagValueOutputs(OutputsModel):
    tag_value_id: str | None = field(
        None, api_name="id", description="The value's own id (what a `Tagging` and `get_tag_value` use)."
    )
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last change (ISO 8601).")


class TagValues(RestCollection):
    def to_api(self, inputs: Any, fields: Any = None) -> dict[str, Any]:
        # The key is in the path, not the body (`TagValueCreate`/`TagValueUpdate` have no tag_key_id).
        body = super().to_api(inputs, fields)
        body.pop("tag_key_id", None)
        return body


KIND = Kind(
    name="TagValue",
    description="A value of a workspace's tag key (e.g. `prod` of `env`). Its id is `<tag_key_id>/<tag_value_id>`.",
    inputs=TagValueInputs,
    outputs=TagValueOutputs,
    # A child of its key: paths filled from `tag_key_id`, a composite id. As for keys, create POSTs first (a
    # duplicate value is a 409, which lists the key's values to refuse or adopt it), verified through the list
    # if its answer is lost.
    api=TagValues(
        "/api/v1/workspaces/current/tag-keys/{tag_key_id}/tag-values",
        id_template="{tag_key_id}/{id}",
        list_filter=None,
        paginated=False,
        lookup_first=False,
    ),
    conformance=Conformance(
        example={"tag_key_id": "00000000-0000-4000-8000-000000000000", "value": "prod", "description": "production"},
        update={"description": "live traffic"},
        replace={"tag_key_id": "00000000-0000-4000-8000-000000000001"},
        invalid=(
            ({"value": ""}, "value"),
            ({"tag_key_id": "not-a-key"}, "tag_key_id"),
        ),
        drift={"description": "changed by hand"},
        setup="tag_key",
    ),
)
