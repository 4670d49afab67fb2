"""A local, faithful LangSmith API server for tests and CI (FastAPI + uvicorn over SQLite).

    with EmulatorServer() as server:           # a free port on 127.0.0.1, in-memory state
        httpx.get(f"{server.base_url}/api/v1/datasets", headers={"X-Api-Key": server.api_key})
        server.faults.fail_next(1, status=429, method="POST")
        assert not server.writes()

From a shell: `pulumi-langsmith emulator --port 1984 --data state.sqlite`. In pytest: the
`langsmith_emulator` fixture (see `pulumi_langsmith.testing`).
"""

from .app import create_app, served_routes
from .faults import Fault, FaultConfig
from .registry import Family, Mount, register, registered_families
from .server import EmulatorServer
from .store import Table
from .tenancy import Tenancy
from .traffic import RequestLog, RequestRecord

__all__ = [
    "EmulatorServer",
    "Family",
    "Fault",
    "FaultConfig",
    "Mount",
    "RequestLog",
    "RequestRecord",
    "Table",
    "Tenancy",
    "create_app",
    "register",
    "registered_families",
    "served_routes",
]
