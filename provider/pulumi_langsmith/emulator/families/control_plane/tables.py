"""The control-plane family's tables."""

from ...store import Table

#: Deployments (scope: the workspace).
DEPLOYMENTS = Table("deployments")
#: Deployment revisions (scope: the deployment).
DEPLOYMENT_REVISIONS = Table("deployment_revisions")
#: Listeners of a self-hosted control plane (scope: the workspace).
LISTENERS = Table("listeners")
