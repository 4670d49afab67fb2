"""The tools family's contract session: tools by handle and by id, and MCP vendor settings (run by
`test_contract.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
TOOLS = "/v1/platform/tools"
ARCADE = "/v1/platform/mcp-vendors/arcade/settings"


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Exercise every tool and MCP-vendor-settings operation and the main refusals."""
    schema = {"type": "object", "properties": {"city": {"type": "string"}}}
    tool = call("POST", TOOLS, 201, json={
        "handle": "weather", "name": "Weather", "description": "Current weather.", "parameters": schema,
        "returns": {"type": "string"}, "metadata": {"team": "agents"}, "enabled": True,
    })  # fmt: skip
    call("POST", TOOLS, 409, json={"handle": "weather", "name": "W", "description": "d", "parameters": {}})
    call("POST", "/api/v1/platform/tools", 201, json={
        "handle": "search", "name": "Search", "description": "Web search.", "parameters": schema,
    })  # fmt: skip
    call("POST", TOOLS, 400, json={"handle": "", "name": "x", "description": "d", "parameters": {}})
    call("GET", TOOLS, 200)
    call("GET", TOOLS, 200, params={"limit": 1, "offset": 1, "query": "web"})
    call("GET", f"{TOOLS}/weather", 200)
    call("GET", f"{TOOLS}/nope", 404)
    call("PATCH", f"{TOOLS}/weather", 200, json={"description": "Weather and forecast.", "enabled": False})
    call("PATCH", f"{TOOLS}/nope", 404, json={"enabled": True})
    call("GET", f"{TOOLS}/id/{tool['id']}", 200)
    call("GET", f"{TOOLS}/id/{uuid.uuid4()}", 404)
    call("PATCH", f"{TOOLS}/id/{tool['id']}", 200, json={"metadata": {}})
    call("PATCH", f"{TOOLS}/id/{uuid.uuid4()}", 404, json={"enabled": True})
    call("DELETE", f"{TOOLS}/id/{tool['id']}", 204)
    call("DELETE", f"{TOOLS}/id/{tool['id']}", 404)
    call("DELETE", f"{TOOLS}/search", 204)
    call("DELETE", f"{TOOLS}/search", 404)

    call("GET", ARCADE, 404)
    call("PUT", ARCADE, 404, json={"project_id": "p"})
    call("DELETE", ARCADE, 404)
    call("POST", ARCADE, 201, json={"organization_id": "arcade-org", "project_id": "arcade-project"})
    call("POST", ARCADE, 409, json={"organization_id": "arcade-org"})
    call("GET", ARCADE, 200)
    call("PUT", "/api/v1/platform/mcp-vendors/arcade/settings", 200, json={"organization_id": "o", "project_id": "p"})
    call("GET", "/v1/platform/mcp-vendors/unknown/settings", 404)
    call("DELETE", ARCADE, 200)
