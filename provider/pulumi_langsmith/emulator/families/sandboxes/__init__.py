"""The sandboxes family: sandbox image registries (`/v2/sandboxes/registries` on the LangSmith host, not the
control plane)."""
