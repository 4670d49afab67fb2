"""The annotations family: annotation queues with their reviewers, feedback configs and feedback formulas
(all workspace-scoped)."""
