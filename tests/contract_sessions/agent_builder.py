"""The agent-builder family's contract session: the workspace's integration settings (run by `test_contract.py`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pulumi_langsmith.testing import LangSmithEmulator

Call = Callable[..., Any]
INTEGRATIONS = "/v1/agent-builder/integrations"


def session(call: Call, emulator: LangSmithEmulator) -> None:
    """Read the defaults, replace them, and the refusals (unknown or repeated integrations)."""
    assert call("GET", INTEGRATIONS, 200)["integrations_enabled_by_default"] is True
    slack_off = {"integration_key": "slack", "is_enabled": False}
    call(
        "PUT", INTEGRATIONS, 200, json={"integrations_enabled_by_default": False, "integration_overrides": [slack_off]}
    )
    call("PUT", INTEGRATIONS, 400, json={"integration_overrides": [{"integration_key": "nope", "is_enabled": True}]})
    call("PUT", INTEGRATIONS, 400, json={"integration_overrides": [slack_off, slack_off]})
    assert call("GET", INTEGRATIONS, 200)["integration_overrides"] == [slack_off]
