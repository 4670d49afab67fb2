"""The control-plane family: LangGraph deployments, their revisions and logs, and GitHub integrations."""
