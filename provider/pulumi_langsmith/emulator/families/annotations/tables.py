"""The annotations family's tables."""

from ...store import Table

#: Annotation queues (scope: the workspace; client-chosen ids unique per workspace). Reviewers are kept in
#: the queue's `assigned_reviewers`, as the API reports them.
ANNOTATION_QUEUES = Table("annotation_queues", ids_per_scope=True)
#: Feedback configs (scope: the workspace; id: `<workspace id>/<feedback key>`, the key is the address).
FEEDBACK_CONFIGS = Table("feedback_configs")
#: Feedback formulas (scope: the workspace; server-chosen ids).
FEEDBACK_FORMULAS = Table("feedback_formulas")
