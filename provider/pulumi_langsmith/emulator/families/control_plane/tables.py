"""The control-plane family's tables."""

from ...store import Table

#: Deployments (scope: the workspace).
DEPLOYMENTS = Table("deployments")
#: Deployment revisions (scope: the deployment).
DEPLOYMENT_REVISIONS = Table("deployment_revisions")
