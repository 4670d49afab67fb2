"""Running the emulator: in a background thread (`EmulatorServer`) or in the foreground (`serve_forever`)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from .agent_runtime import AgentRuntime, start_or_explain
from .app import create_app
from .families.control_plane.routes import control_plane_settings
from .families.langsmith.tables import WORKSPACES
from .families.webhooks.delivery import WebhookPolicy
from .faults import FaultConfig
from .limits import DEFAULT_MAX_BODY_BYTES
from .store import Document, Store
from .tenancy import Tenancy, create_api_key, create_organization
from .traffic import DEFAULT_REQUEST_LOG_SIZE, RequestLog, RequestRecord, UnhandledError

STARTUP_TIMEOUT_SECONDS = 10.0


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host:port` (port 0: a free port chosen by the OS)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def base_url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def uvicorn_server(app: FastAPI, *, log_level: str = "warning") -> uvicorn.Server:
    """A uvicorn server for the emulator app (h11, no lifespan, quick shutdown)."""
    config = uvicorn.Config(
        app,
        http="h11",
        ws="none",
        lifespan="off",
        log_level=log_level,
        access_log=log_level in ("debug", "trace", "info"),
        timeout_graceful_shutdown=1,
        timeout_keep_alive=5,
    )
    return uvicorn.Server(config)


class EmulatorServer:
    """A LangSmith emulator served by uvicorn in a background thread; a context manager.

    `base_url`, `api_key`, `organization_id` and `workspace_id` describe the seeded organisation;
    `faults` is the live `FaultConfig`; `requests` / `writes()` / `clear_log()` read the request log (a ring
    of the most recent `request_log_size` requests). `webhook_allow`: `HOST[:PORT]`s prompt-webhook test
    deliveries may reach beyond public https (`webhook_policy.allowing(...)` adds more for a while).
    `max_body_bytes`: larger request bodies answer 413. `unhandled_errors()` lists exceptions routes raised.
    `agent_runtime`: start a real Agent Server (`agent_runtime.start_or_explain`) with the emulator, so that
    github deployments report a working `url` (`agent_runtime_url`); where the runtime is not installed, that
    url answers 503 saying how to install it.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        db_path: str | None = None,
        api_key: str | None = None,
        faults: FaultConfig | None = None,
        *,
        log_level: str = "warning",
        webhook_allow: Iterable[str] = (),
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        request_log_size: int = DEFAULT_REQUEST_LOG_SIZE,
        agent_runtime: bool = False,
    ) -> None:
        self.host = host
        self.port = port
        self.db_path = db_path
        self.faults = faults if faults is not None else FaultConfig()
        self.log_level = log_level
        self._log = RequestLog(request_log_size)
        self.app = create_app(
            db_path=db_path,
            api_key=api_key,
            faults=self.faults,
            request_log=self._log,
            webhook_allow=webhook_allow,
            max_body_bytes=max_body_bytes,
        )
        self.agent_runtime = agent_runtime
        self._runtime: AgentRuntime | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.base_url = ""

    # ------------------------------------------------------------ identity of the seeded organisation

    @property
    def api_key(self) -> str:
        return self.app.state.api_key

    @property
    def organization_id(self) -> str:
        return self.app.state.organization_id

    @property
    def workspace_id(self) -> str:
        return self.app.state.workspace_id

    @property
    def store(self) -> Store:
        return self.app.state.store

    @property
    def webhook_policy(self) -> WebhookPolicy:
        """Where prompt-webhook test deliveries may go (live)."""
        return self.app.state.webhook_policy

    @property
    def unhandled_error_count(self) -> int:
        """How many unhandled exceptions the app has recorded so far (never decreases)."""
        return self.app.state.error_log.count

    def unhandled_errors(self, since: int = 0) -> list[UnhandledError]:
        """Unhandled exceptions recorded after `unhandled_error_count` was `since` (the most recent 100 at most)."""
        return self.app.state.error_log.since(since)

    @property
    def agent_runtime_url(self) -> str | None:
        """The url github deployments report: the Agent Server started with `agent_runtime` (None without)."""
        return self._runtime.url if self._runtime is not None else None

    @property
    def agent_runtime_available(self) -> bool:
        """Whether that url is a real Agent Server (False: the 503 stand-in, or no `agent_runtime`)."""
        return self._runtime is not None and self._runtime.available

    # ------------------------------------------------------------ lifecycle

    def start(self) -> EmulatorServer:
        """Start serving and wait until the server accepts requests."""
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        if self.agent_runtime and self._runtime is None:
            self._runtime = start_or_explain()
            control_plane_settings(self.app).agent_server_url = self._runtime.url
        self._socket = bind_socket(self.host, self.port)
        self.port = self._socket.getsockname()[1]
        self.base_url = base_url_of(self._socket)
        self._server = uvicorn_server(self.app, log_level=self.log_level)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name=f"langsmith-emulator:{self.port}"
        )
        self._thread.daemon = True
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the LangSmith emulator did not start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        """Stop serving, close the port and join the server thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None
        if self._runtime is not None:
            self._runtime.stop()
            self._runtime = None

    def close(self) -> None:
        """Stop serving and close the database."""
        self.stop()
        self.store.close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------ request log

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request handled so far (a snapshot)."""
        return self._log.entries()

    def writes(self) -> list[RequestRecord]:
        """The non-read requests received so far (POST, PATCH, PUT, DELETE), whatever their outcome."""
        return self._log.writes()

    def clear_log(self) -> None:
        self._log.clear()

    # ------------------------------------------------------------ more tenants

    def create_organization(self, display_name: str = "Another Organization") -> Tenancy:
        """A further organisation with its default workspace and an organisation-admin key."""
        return create_organization(self.store, display_name)

    def create_api_key(self, workspace_id: str | None = None, *, org_admin: bool = False) -> str:
        """A further key of the seeded organisation (or of `workspace_id`'s), by default scoped to one workspace."""
        workspace_id = workspace_id or self.workspace_id
        workspace = self.store.get(WORKSPACES, workspace_id)
        if workspace is None:
            raise KeyError(f"no workspace {workspace_id}")
        return create_api_key(self.store, workspace["organization_id"], workspace_id, org_admin=org_admin)

    def accept_invite(self, organization_id: str, email: str) -> Document:
        """The invitee accepts a pending organisation invite (the real API does this in the UI, not over the API)."""
        from .families.access.principals import accept_invite

        return accept_invite(self.store, organization_id, email)


def serve_forever(app: FastAPI, sock: socket.socket, *, log_level: str = "warning") -> None:
    """Serve `app` on `sock` in the foreground until SIGINT or SIGTERM."""
    try:
        uvicorn_server(app, log_level=log_level).run(sockets=[sock])
    finally:
        sock.close()
