"""A real Agent Server for tests: `langgraph dev` (langgraph-api's in-memory runtime) serving the tiny graphs
of `tests/data/agent/`, started once per test process on a free loopback port.

The runtime lives in its own virtualenv, `.venv-agent` (`make agent-runtime`, which `make test` runs):
langgraph-api needs protobuf 6, while pulumi-policy pins protobuf 5, so the two cannot share one
environment. Set `PULUMI_LANGSMITH_LANGGRAPH` to another `langgraph` executable to use that one. Nothing
reaches the network: tracing, analytics and the license check are off, and the server listens on
127.0.0.1 only. Tests that need it skip, saying why, only when the runtime is not installed. The launcher
is the package's (`pulumi_langsmith.emulator.agent_runtime`, which the emulator's deployments use too).
"""

from __future__ import annotations

import atexit
import json
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pulumi_langsmith.emulator import agent_runtime

REPO = Path(__file__).resolve().parent.parent
GRAPHS = Path(__file__).resolve().parent / "data" / "agent"
GRAPH_IDS = ("echo", "greeter")
"""The graphs `tests/data/agent/langgraph.json` declares."""


@dataclass
class AgentServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    runtime: agent_runtime.AgentRuntime

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

    def counts(self) -> dict[str, int]:
        """How many of each kind of object tests can make the server holds (its graphs' assistants aside)."""
        with self.client() as api:
            assistants = api.post("/assistants/search", json={"limit": 1000}).json()
            items = 0
            for namespace in api.post("/store/namespaces", json={"limit": 1000}).json()["namespaces"]:
                found = api.post("/store/items/search", json={"namespace_prefix": namespace, "limit": 1000})
                items += len(found.json().get("items", []))
            return {
                "assistants": sum(1 for a in assistants if (a.get("metadata") or {}).get("created_by") != "system"),
                "crons": len(api.post("/runs/crons/search", json={"limit": 1000}).json()),
                "threads": len(api.post("/threads/search", json={"limit": 1000}).json()),
                "store_items": items,
            }


def langgraph_executable() -> str | None:
    """The `langgraph` CLI with the in-memory runtime, if installed (the package's launcher looks for it)."""
    return agent_runtime.langgraph_executable((REPO,))


def start(timeout: float = 90.0) -> AgentServer:
    """Start an Agent Server on a copy of the test graphs, with the package's launcher."""
    try:
        runtime = agent_runtime.start_agent_runtime(GRAPHS, executable=langgraph_executable(), timeout=timeout)
    except agent_runtime.AgentRuntimeUnavailable:
        pytest.skip("the Agent Server runtime (langgraph-cli[inmem]) is not installed: run `make agent-runtime`")
    assert runtime.process is not None and runtime.log is not None
    return AgentServer(runtime.url, runtime.process, runtime.log, runtime)


def stop(server: AgentServer) -> None:
    server.runtime.stop()


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


@dataclass
class Exchange:
    """One request the proxy forwarded, with the status the server answered."""

    method: str
    path: str
    status: int
    body: Any


class RecordingProxy:
    """A loopback HTTP proxy in front of an Agent Server for end-to-end tests: it records every request, can run
    a hook after the server answered a request but before the answer leaves (to kill the engine right after
    a POST), and sweeps expired store items as the real server does (the in-memory runtime's store, langgraph's
    `InMemoryStore`, ignores `ttl`)."""

    def __init__(self, target: str) -> None:
        import http.server
        import threading

        self.target = target
        self.exchanges: list[Exchange] = []
        self.after: Callable[[Exchange], None] | None = None
        self.expiries: dict[tuple[tuple[str, ...], str], float] = {}
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                with httpx.Client(base_url=proxy.target, timeout=30) as client:
                    answer = client.request(self.command, self.path, content=raw, headers=headers)
                body = json.loads(raw) if raw else None
                exchange = Exchange(self.command, self.path.split("?", 1)[0], answer.status_code, body)
                proxy.record(exchange)
                if proxy.after is not None:
                    proxy.after(exchange)
                self.send_response(answer.status_code)
                for key, value in answer.headers.items():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def record(self, exchange: Exchange) -> None:
        self.exchanges.append(exchange)
        body = exchange.body if isinstance(exchange.body, dict) else {}
        if exchange.method == "PUT" and exchange.path == "/store/items" and exchange.status < 300:
            item = (tuple(body.get("namespace") or ()), str(body.get("key")))
            if body.get("ttl"):
                self.expiries[item] = time.monotonic() + float(body["ttl"]) * 60
            else:
                self.expiries.pop(item, None)

    def sweep(self) -> int:
        """Delete the store items whose ttl has run out, as the real server's sweeper does; how many."""
        now = time.monotonic()
        expired = [item for item, when in self.expiries.items() if when <= now]
        with httpx.Client(base_url=self.target, timeout=10) as api:
            for namespace, key in expired:
                api.request("DELETE", "/store/items", json={"namespace": list(namespace), "key": key})
                del self.expiries[(namespace, key)]
        return len(expired)

    def requests(self, method: str, path: str) -> list[Exchange]:
        return [e for e in self.exchanges if e.method == method and e.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
