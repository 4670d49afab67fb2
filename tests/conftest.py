"""Shared fixtures: providers configured against the emulator, and an httpx client acting out of band."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest
from pulumi.dynamic import Config, ConfigureRequest

sys.path.insert(0, str(Path(__file__).parent))

from agent_server import agent_server  # noqa: F401  (the session's real Agent Server fixture)
from pulumi_langsmith.client import close_pooled_clients


def configure(provider, emulator, **extra: str):
    """Configure a provider instance the way the dynamic provider host does, from stack config."""
    config = {
        "langsmith:apiKey": emulator.api_key,
        "langsmith:endpoint": emulator.base_url,
        "langsmith:maxRetries": "3",
        **{f"langsmith:{k}": v for k, v in extra.items()},
    }
    provider.configure(ConfigureRequest(Config(config, "test-project")))
    return provider


@pytest.fixture
def langsmith_emulator(langsmith_emulator):
    """The plugin's emulator, and a test that scripted failures with `faults.fail_next` fails unless they all
    happened: a fault whose method or path never matches (e.g. `/v1/platform/...` while the client sends the
    self-hosted `/api/v1/platform/...`) would leave the test proving nothing."""
    yield langsmith_emulator
    pending = langsmith_emulator.faults.pending()
    assert pending == 0, f"{pending} failure(s) scripted with faults.fail_next never happened: check method and path"


@pytest.fixture
def out_of_band(langsmith_emulator):
    """An httpx client that changes LangSmith behind Pulumi's back."""
    with httpx.Client(
        base_url=langsmith_emulator.base_url, headers={"X-Api-Key": langsmith_emulator.api_key}, timeout=10
    ) as client:
        yield client


@pytest.fixture(autouse=True)
def _close_http_pools():
    yield
    close_pooled_clients()
