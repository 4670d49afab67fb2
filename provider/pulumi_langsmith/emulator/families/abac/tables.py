"""The ABAC family's tables."""

from ...store import Table

#: Tag keys (scope: the workspace; keys unique per workspace).
TAG_KEYS = Table("tag_keys", unique_names=True)
#: Tag values (scope: their tag key's id; values unique per key).
TAG_VALUES = Table("tag_values", unique_names=True)
#: Taggings (scope: the workspace; name `<tag value id>/<resource type>/<resource id>`, unique).
TAGGINGS = Table("taggings", unique_names=True)
#: Access policies (scope: the organisation), with the ids of the roles they are attached to.
ACCESS_POLICIES = Table("access_policies")
