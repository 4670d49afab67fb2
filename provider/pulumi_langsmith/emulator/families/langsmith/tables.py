"""The LangSmith core family's tables."""

from ...store import Table

#: Organisations (scope: the organisation itself).
ORGANIZATIONS = Table("organizations")
#: API keys that authenticate (scope: the organisation; id: the key itself).
API_KEYS = Table("api_keys")
#: Workspaces (tenants; scope: the organisation).
WORKSPACES = Table("workspaces")
#: Datasets (scope: the workspace; names and client-chosen ids unique per workspace).
DATASETS = Table("datasets", unique_names=True, ids_per_scope=True)
#: Tracer sessions: tracing projects and experiments (scope: the workspace; names and ids unique per workspace).
SESSIONS = Table("sessions", unique_names=True, ids_per_scope=True)
#: Dataset examples (scope: the workspace; client-chosen ids unique per workspace). Each document keeps its
#: revisions (one per dataset version that wrote it), so a read `as_of` an older version sees the example then.
EXAMPLES = Table("examples", ids_per_scope=True)
