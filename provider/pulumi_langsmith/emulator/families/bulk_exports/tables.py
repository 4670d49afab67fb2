"""The bulk-exports family's tables."""

from ...store import Table

#: Bulk export destinations (scope: the workspace). The document keeps the credentials, which no response
#: carries (responses name their keys only: `credentials_keys`).
DESTINATIONS = Table("bulk_export_destinations")
#: Bulk exports (scope: the workspace).
EXPORTS = Table("bulk_exports")
