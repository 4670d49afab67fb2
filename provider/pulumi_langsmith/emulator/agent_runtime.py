"""A real Agent Server for the emulator's deployments: `langgraph dev` (langgraph-api's in-memory runtime).

The emulator only emulates the control plane; a deployment's `url` should answer the Agent Server API all
the same. `start_agent_runtime()` starts the real runtime on a loopback port, serving a graph directory
(by default `agent_graphs/`, one graph named `agent`), with nothing reaching the network (tracing,
analytics and the license check off). Where the runtime is not installed, `start_unavailable()` serves a
stand-in on a loopback port that answers every request 503 with a message saying how to install it
(`make agent-runtime`), so a program using the deployment's `url` fails with the reason, not a bare
connection error.

The runtime lives in a virtualenv of its own (`.venv-agent`, made by `make agent-runtime`): langgraph-api
needs protobuf 6 while pulumi-policy pins protobuf 5. `PULUMI_LANGSMITH_LANGGRAPH` names another `langgraph`
executable. The tests' fixture (`tests/agent_server.py`) uses this launcher with the tests' own graphs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

DEFAULT_GRAPHS = Path(__file__).resolve().parent / "agent_graphs"
"""The graphs the emulator's deployments serve by default (one graph, `agent`)."""
INSTALL_HINT = (
    "run `make agent-runtime` in a pulumi-langsmith checkout (it installs langgraph-cli[inmem] into .venv-agent), "
    "or install 'langgraph-cli[inmem]' into a virtualenv of its own and set PULUMI_LANGSMITH_LANGGRAPH to its "
    "`langgraph`; then restart the emulator"
)


class AgentRuntimeUnavailable(RuntimeError):
    """The Agent Server runtime (langgraph-cli[inmem]) is not installed."""


@dataclass
class AgentRuntime:
    """A running Agent Server (or the 503 stand-in, `available` False) and how to stop it."""

    url: str
    available: bool
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    _server: ThreadingHTTPServer | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self.log is not None:
            shutil.rmtree(self.log.parent, ignore_errors=True)


def langgraph_executable(search: tuple[Path, ...] = ()) -> str | None:
    """The `langgraph` CLI with the in-memory runtime: `PULUMI_LANGSMITH_LANGGRAPH`, else `.venv-agent/bin/langgraph`
    under one of `search`, the working directory or the source checkout, else beside Python, else on PATH."""
    explicit = os.environ.get("PULUMI_LANGSMITH_LANGGRAPH")
    if explicit:
        return explicit
    checkout = Path(__file__).resolve().parents[3]  # provider/pulumi_langsmith/emulator/ -> the checkout
    for root in (*search, Path.cwd(), checkout):
        candidate = root / ".venv-agent" / "bin" / "langgraph"
        if candidate.exists():
            return str(candidate)
    beside = Path(sys.executable).parent / "langgraph"
    return str(beside) if beside.exists() else shutil.which("langgraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_agent_runtime(
    graphs: Path = DEFAULT_GRAPHS, *, executable: str | None = None, timeout: float = 90.0
) -> AgentRuntime:
    """Start `langgraph dev` on a copy of `graphs` (its dev persistence writes next to them) and wait until it
    answers `/ok`. Raises `AgentRuntimeUnavailable` when the runtime is not installed."""
    executable = executable or langgraph_executable()
    if executable is None:
        raise AgentRuntimeUnavailable(
            f"the Agent Server runtime (langgraph-cli[inmem]) is not installed: {INSTALL_HINT}"
        )
    workdir = Path(tempfile.mkdtemp(prefix="agent-server-"))
    shutil.copytree(graphs, workdir / "graphs")
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
    runtime = AgentRuntime(f"http://127.0.0.1:{port}", True, process, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text()[-4000:]
            runtime.stop()
            raise RuntimeError(f"the Agent Server exited with {process.returncode}:\n{output}")
        try:
            if httpx.get(f"{runtime.url}/ok", timeout=2).status_code == 200:
                return runtime
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    output = log.read_text()[-4000:]
    runtime.stop()
    raise RuntimeError(f"the Agent Server did not answer within {timeout:.0f}s:\n{output}")


def start_unavailable(reason: str) -> AgentRuntime:
    """A loopback stand-in answering every request 503 with `reason` (the API's `{"detail": ...}` form)."""
    body = json.dumps({"detail": reason}).encode()

    class Unavailable(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:  # quiet: the emulator logs its own requests
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Unavailable)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="agent-runtime-unavailable", daemon=True).start()
    return AgentRuntime(f"http://127.0.0.1:{server.server_address[1]}", False, _server=server)


def start_or_explain(graphs: Path = DEFAULT_GRAPHS) -> AgentRuntime:
    """The real runtime when it is installed, else the 503 stand-in that says how to install it."""
    try:
        return start_agent_runtime(graphs)
    except AgentRuntimeUnavailable as missing:
        return start_unavailable(
            f"This emulated deployment has no Agent Server: {missing}. The emulator's control plane works without "
            "it; only the deployment's url needs it."
        )
