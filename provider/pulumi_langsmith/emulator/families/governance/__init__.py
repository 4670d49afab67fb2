"""The governance family: retention (TTL settings), usage limits, service accounts, bulk exports and SSO settings."""
