"""Components: typed `pulumi.ComponentResource`s composing several kinds for a common case.

`Tag`: a tag key and one value of it, e.g. `env=prod` (the official Terraform provider's `langsmith_tag`). It is
not a kind of its own (no dynamic provider): its children are a `TagKey` and a `TagValue`, so each behaves, and
is adopted, refreshed and replaced, as those kinds do. To give one key several values, declare a `TagKey` and
`TagValue`s instead (two `Tag`s with the same key would both try to own the key).
"""

from __future__ import annotations

import pulumi

from .typed import TagKey, TagValue

__all__ = ["Tag"]


class Tag(pulumi.ComponentResource):
    """A tag key and one of its values, e.g. `Tag("prod", key="env", value="prod")`; `tag_value_id` feeds a
    `Tagging` or an access policy's reasoning. Type token `langsmith:index:Tag`."""

    tag_key: TagKey
    """The `TagKey` child."""
    tag_value: TagValue
    """The `TagValue` child."""
    tag_key_id: pulumi.Output[str]
    """The key's id."""
    tag_value_id: pulumi.Output[str]
    """The value's id (for a `Tagging`)."""

    def __init__(
        self,
        resource_name: str,
        *,
        key: pulumi.Input[str],
        value: pulumi.Input[str],
        key_description: pulumi.Input[str] | None = None,
        value_description: pulumi.Input[str] | None = None,
        workspace_id: pulumi.Input[str] | None = None,
        adopt_existing: pulumi.Input[bool] | None = None,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        """Declare the key and the value (children named `<name>-key` and `<name>-value`)."""
        super().__init__("langsmith:index:Tag", resource_name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.tag_key = TagKey(
            f"{resource_name}-key",
            child,
            key=key,
            description=key_description,
            workspace_id=workspace_id,
            adopt_existing=adopt_existing,
        )
        self.tag_value = TagValue(
            f"{resource_name}-value",
            child,
            tag_key_id=self.tag_key.id,
            value=value,
            description=value_description,
            workspace_id=workspace_id,
            adopt_existing=adopt_existing,
        )
        self.tag_key_id = self.tag_key.id
        self.tag_value_id = self.tag_value.tag_value_id.apply(lambda v: str(v or ""))
        self.register_outputs({"tag_key_id": self.tag_key_id, "tag_value_id": self.tag_value_id})
