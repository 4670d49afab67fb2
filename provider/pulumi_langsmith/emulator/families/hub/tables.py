"""The hub family's tables (scope: the workspace)."""

from ...store import Table

#: Prompt repos (name: the repo handle, unique per workspace).
REPOS = Table("prompt_repos", unique_names=True)
#: Commits of prompt repos, append-only (name: `<repo id>/<commit hash>`).
COMMITS = Table("prompt_commits", unique_names=True)
#: Tags of prompt repos, each on one commit (name: `<repo id>/<tag name>`).
REPO_TAGS = Table("prompt_tags", unique_names=True)
#: Owners (collaborators) of prompt repos (name: `<repo id>/<ls_user_id>`).
REPO_OWNERS = Table("prompt_repo_owners", unique_names=True)
#: The hub environments of a workspace: at most one record (name: the workspace id).
HUB_ENVIRONMENTS = Table("hub_environments", unique_names=True)
