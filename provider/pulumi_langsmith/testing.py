"""pytest plugin (registered through the `pytest11` entry point): a LangSmith emulator for tests.

Fixtures:

- `langsmith_emulator_server` (session scope): one in-memory `EmulatorServer` on a free port of
  127.0.0.1 for the whole test session (one per pytest-xdist worker).
- `langsmith_emulator` (function scope): a fresh organisation in that server (its own default
  workspace and organisation-admin key, so nothing another test created is visible), with the
  server's faults reset and its request log cleared before the test and again after it. Yields a
  `LangSmithEmulator` with `base_url`, `api_key`, `organization_id`, `workspace_id`, `headers`,
  `faults`, `requests`, `writes()`, `clear_log()` and `server`. A test during which any emulator route
  raised an unhandled exception (answered 500) fails at teardown, with the exceptions' tracebacks.

Importing this module starts nothing and does not import the emulator, so pytest loads the plugin in any
virtualenv that has pulumi-langsmith; the fixtures need the `emulator` extra
(`pip install 'pulumi-langsmith[emulator]'`: fastapi and uvicorn) and fail with that hint without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .emulator import EmulatorServer, FaultConfig, RequestRecord


@dataclass(frozen=True)
class LangSmithEmulator:
    """One test's view of the shared emulator: its own organisation, workspace and API key."""

    server: EmulatorServer
    organization_id: str
    workspace_id: str
    api_key: str

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def headers(self) -> dict[str, str]:
        """Headers that authenticate as this organisation's admin key in its default workspace."""
        return {"X-Api-Key": self.api_key, "X-Tenant-Id": self.workspace_id}

    @property
    def faults(self) -> FaultConfig:
        """The server's live fault settings (reset around every test)."""
        return self.server.faults

    @property
    def requests(self) -> list[RequestRecord]:
        """Requests the server received since the test started (or since `clear_log()`)."""
        return self.server.requests

    def writes(self) -> list[RequestRecord]:
        """The non-read requests among `requests`."""
        return self.server.writes()

    def clear_log(self) -> None:
        self.server.clear_log()


@pytest.fixture(scope="session")
def langsmith_emulator_server() -> Iterator[EmulatorServer]:
    """A LangSmith emulator serving for the whole test session."""
    try:
        from .emulator import EmulatorServer
    except ImportError as error:
        if (error.name or "").split(".")[0] not in {"fastapi", "starlette", "uvicorn"}:
            raise
        pytest.fail(
            f"the LangSmith emulator needs {error.name}, which is not installed: "
            "pip install 'pulumi-langsmith[emulator]'",
            pytrace=False,
        )

    with EmulatorServer() as server:
        yield server


@pytest.fixture
def langsmith_emulator(langsmith_emulator_server: EmulatorServer) -> Iterator[LangSmithEmulator]:
    """A fresh organisation in the session's emulator, with no faults and an empty request log."""
    server = langsmith_emulator_server
    server.faults.reset()
    server.clear_log()
    server.webhook_policy.reset()
    tenancy = server.create_organization()
    errors_before = server.unhandled_error_count
    try:
        yield LangSmithEmulator(server, tenancy.organization_id, tenancy.workspace_id, tenancy.api_key)
    finally:
        server.faults.reset()
        server.clear_log()
        server.webhook_policy.reset()
    errors = server.unhandled_errors(since=errors_before)
    if errors:
        pytest.fail(
            f"the LangSmith emulator raised {len(errors)} unhandled exception(s) during the test:\n"
            + "\n".join(f"{e.method} {e.path}: {e.error}\n{e.traceback}" for e in errors),
            pytrace=False,
        )
