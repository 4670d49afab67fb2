"""The agent-builder family: a workspace's Agent Builder integration settings (`/v1/agent-builder/integrations`)."""
