"""`TagKey`: a resource tag key of a workspace (`/api/v1/workspaces/current/tag-keys`), e.g. `env`.

Tags label projects, datasets, prompts and other resources (see `TagValue`, `Tagging`, and the `Tag` component
for a key and one value together); access policies (`AccessPolicy`) allow or deny by them.
"""

from __future__ import annotations

from ..framework import Conformance, Kind, OutputsModel, RestCollection, WorkspaceScopedInputs, field


class TagKeyInputs(WorkspaceScopedInputs):
    key: str = field(
        key=True, min_length=1, max_length=255, description="The tag key, e.g. `env`; unique in its workspace."
    )
    description: str | None = field(None, max_length=10_000, description="What the key classifies.")


class TagKeyOutputs(OutputsModel):
    created_at: str | None = field(None, description="Creation time (ISO 8601).")
    updated_at: str | None = field(None, description="Last change (ISO 8601).")


KIND = Kind(
    name="TagKey",
    description="A resource tag key of a workspace (e.g. `env`), whose values tag projects, datasets, prompts, ...",
    inputs=TagKeyInputs,
    outputs=TagKeyOutputs,
    # No client ids; a duplicate key is a 409. Create POSTs first (one request); a 409 lists the keys (one
    # unpaginated array) to refuse or adopt the same key. The official provider turns retries off for this
    # POST; here a POST whose answer was lost is verified through the list before it is sent again
    # (create-then-verify), never blindly retried. The PATCH response is the key.
    api=RestCollection("/api/v1/workspaces/current/tag-keys", list_filter=None, paginated=False, lookup_first=False),
    docs=(
        "For the common case of a key with one value, the component `pulumi_langsmith.Tag(name, key=, value=)` "
        "declares a `TagKey` and a `TagValue` as its children and exposes `tag_key_id` and `tag_value_id` "
        "(type token `langsmith:index:Tag`). For a key with several values, declare the `TagKey` and its "
        "`TagValue`s. Put a value on a resource with a `Tagging`; access policies (`AccessPolicy`) match tags by "
        "the key's name and the value."
    ),
    conformance=Conformance(
        example={"key": "conformance-env", "description": "deployment stage"},
        update={"description": "stage, reviewed"},
        replace=None,  # the key and its description both change in place
        invalid=(
            ({"key": ""}, "key"),
            ({"key": "k" * 256}, "key"),
            ({"workspace_id": "-" * 36}, "workspace_id"),
        ),
        drift={"description": "changed by hand"},
    ),
)
