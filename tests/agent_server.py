"""A real Agent Server for tests: `langgraph dev` (langgraph-api's in-memory runtime) serving the tiny graphs
of `tests/data/agent/`, started once per test process on a free loopback port.

The runtime lives in its own virtualenv, `.venv-agent` (`make agent-runtime`, which `make test` runs):
langgraph-api needs protobuf 6, while pulumi-policy pins protobuf 5, so the two cannot share one
environment. Set `PULUMI_LANGSMITH_LANGGRAPH` to another `langgraph` executable to use that one. Nothing
reaches the network: tracing, analytics and the license check are off, and the server listens on
127.0.0.1 only. Tests that need it skip, saying why, only when the runtime is not installed.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent
GRAPHS = Path(__file__).resolve().parent / "data" / "agent"
GRAPH_IDS = ("echo", "greeter")
"""The graphs `tests/data/agent/langgraph.json` declares."""


@dataclass
class AgentServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def client(self) -> httpx.Client:
        """An httpx client acting out of band on the server."""
        return httpx.Client(base_url=self.url, timeout=10)

    def reset(self) -> None:
        """Remove what tests made (the server is shared by the session): every assistant but the ones the
        server made for its graphs, every cron, every thread, every store item."""
        with self.client() as api:
            for assistant in api.post("/assistants/search", json={"limit": 1000}).json():
                if (assistant.get("metadata") or {}).get("created_by") != "system":
                    api.delete(f"/assistants/{assistant['assistant_id']}")
            for cron in api.post("/runs/crons/search", json={"limit": 1000}).json():
                api.delete(f"/runs/crons/{cron['cron_id']}")
            for thread in api.post("/threads/search", json={"limit": 1000}).json():
                api.delete(f"/threads/{thread['thread_id']}")
            for namespace in api.post("/store/namespaces", json={"limit": 1000}).json()["namespaces"]:
                found = api.post("/store/items/search", json={"namespace_prefix": namespace, "limit": 1000})
                for item in found.json().get("items", []):
                    api.request("DELETE", "/store/items", json={"namespace": item["namespace"], "key": item["key"]})


def langgraph_executable() -> str | None:
    """The `langgraph` CLI with the in-memory runtime, if installed."""
    explicit = os.environ.get("PULUMI_LANGSMITH_LANGGRAPH")
    if explicit:
        return explicit
    for candidate in (REPO / ".venv-agent" / "bin" / "langgraph", Path(sys.executable).parent / "langgraph"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("langgraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(timeout: float = 90.0) -> AgentServer:
    """Start an Agent Server on a copy of the test graphs (its dev persistence writes next to them)."""
    executable = langgraph_executable()
    if executable is None:
        pytest.skip("the Agent Server runtime (langgraph-cli[inmem]) is not installed: run `make agent-runtime`")
    workdir = Path(tempfile.mkdtemp(prefix="agent-server-"))
    shutil.copytree(GRAPHS, workdir / "graphs")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "LANGCHAIN_", "LANGGRAPH_"))}
    env.update(
        LANGSMITH_TRACING="false",
        LANGCHAIN_TRACING_V2="false",
        LANGGRAPH_CLI_NO_ANALYTICS="1",
        LANGSMITH_OTEL_ENABLED="false",
        PYTHONDONTWRITEBYTECODE="1",
    )
    log = workdir / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [executable, "dev", "--no-browser", "--no-reload", "--host", "127.0.0.1", "--port", str(port)],
            cwd=workdir / "graphs",
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = AgentServer(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Agent Server exited with {process.returncode}:\n{log.read_text()[-4000:]}")
        try:
            if httpx.get(f"{server.url}/ok", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop(server)
    raise RuntimeError(f"the Agent Server did not answer within {timeout:.0f}s:\n{log.read_text()[-4000:]}")


def stop(server: AgentServer) -> None:
    if server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait()
    shutil.rmtree(server.log.parent, ignore_errors=True)


_shared: AgentServer | None = None


def shared() -> AgentServer:
    """The test process's one Agent Server (started on first use, stopped at exit)."""
    global _shared
    if _shared is None or _shared.process.poll() is not None:
        _shared = start()
        atexit.register(stop, _shared)
    return _shared


@pytest.fixture
def agent_server() -> AgentServer:
    """The process's real Agent Server (see the module docstring), emptied of what earlier tests made."""
    server = shared()
    server.reset()
    return server
