"""The hub family: prompt repos, their append-only commits and tags, repo owners, hub environments."""
