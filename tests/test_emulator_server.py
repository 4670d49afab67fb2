"""EmulatorServer lifecycle, persistence, seeding, the pytest fixtures and the CLI."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from pulumi_langsmith.cli import app as cli_app
from pulumi_langsmith.emulator import EmulatorServer, FaultConfig, create_app
from pulumi_langsmith.testing import LangSmithEmulator
from typer.testing import CliRunner

API_KEY_FORMAT = re.compile(r"^lsv2_sk_[0-9a-f]{32}_[0-9a-f]{10}$")


def client_for(server: EmulatorServer) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers={"X-Api-Key": server.api_key})


def test_seeded_admin_key_looks_like_a_real_key() -> None:
    app = create_app()
    assert API_KEY_FORMAT.match(app.state.api_key)
    assert app.state.organization_id != app.state.workspace_id


def test_given_api_key_is_the_seeded_admin_key() -> None:
    key = "lsv2_sk_" + "a" * 32 + "_" + "b" * 10
    with EmulatorServer(api_key=key) as server, client_for(server) as api:
        assert server.api_key == key
        assert api.get("/api/v1/orgs/current").json()["id"] == server.organization_id


def test_state_survives_restart_with_data_file(tmp_path: Path) -> None:
    data = str(tmp_path / "state.sqlite")
    with EmulatorServer(db_path=data) as first, client_for(first) as api:
        dataset = api.post("/api/v1/datasets", json={"name": "persistent"}).json()
        identity = (first.organization_id, first.workspace_id)
        first_key = first.api_key
    with EmulatorServer(db_path=data) as second, client_for(second) as api:
        assert (second.organization_id, second.workspace_id) == identity
        assert api.get(f"/api/v1/datasets/{dataset['id']}").json()["name"] == "persistent"
        # The data file keeps no key in plain text: a restart mints a fresh admin key, earlier ones still work.
        assert second.api_key != first_key
        assert api.get(f"/api/v1/datasets/{dataset['id']}", headers={"X-Api-Key": first_key}).status_code == 200


def test_restart_does_not_duplicate_the_organization(tmp_path: Path) -> None:
    data = str(tmp_path / "state.sqlite")
    for _ in range(3):
        with EmulatorServer(db_path=data) as server, client_for(server) as api:
            assert len(api.get("/api/v1/workspaces").json()) == 1
    new_key = "lsv2_sk_" + "c" * 32 + "_" + "d" * 10
    with EmulatorServer(db_path=data, api_key=new_key) as server, client_for(server) as api:
        assert server.api_key == new_key
        assert len(api.get("/api/v1/workspaces").json()) == 1


def test_in_memory_state_is_gone_after_restart() -> None:
    with EmulatorServer() as first:
        first_org = first.organization_id
    with EmulatorServer() as second:
        assert second.organization_id != first_org


def test_stop_leaves_no_thread_or_port() -> None:
    server = EmulatorServer().start()
    port = server.port
    assert httpx.get(f"{server.base_url}/api/v1/datasets").status_code == 401
    server.close()
    assert not [thread for thread in threading.enumerate() if thread.name == f"langsmith-emulator:{port}"]
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/api/v1/datasets")
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))


def test_faults_given_to_the_server_are_live(tmp_path: Path) -> None:
    faults = FaultConfig()
    with EmulatorServer(faults=faults) as server, client_for(server) as api:
        assert server.faults is faults
        faults.fail_rate = 1.0
        assert api.get("/api/v1/datasets").status_code == 503


def test_concurrent_creates_of_one_name_make_exactly_one_dataset(langsmith_emulator: LangSmithEmulator) -> None:
    def create(_: int) -> int:
        with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
            return api.post("/api/v1/datasets", json={"name": "race"}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = sorted(pool.map(create, range(8)))
    assert statuses == [200] + [409] * 7


def test_routes_outside_the_spec_are_not_served(langsmith_emulator: LangSmithEmulator) -> None:
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        for path in ("/docs", "/openapi.json", "/api/v1/faults", "/api/v1/feedback"):
            assert api.get(path).status_code == 404
        assert api.put("/api/v1/datasets", json={}).status_code == 405


def test_fixture_gives_each_test_its_own_organization(
    langsmith_emulator: LangSmithEmulator, langsmith_emulator_server: EmulatorServer
) -> None:
    assert langsmith_emulator.server is langsmith_emulator_server
    assert langsmith_emulator.organization_id != langsmith_emulator_server.organization_id
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        assert [w["id"] for w in api.get("/api/v1/workspaces").json()] == [langsmith_emulator.workspace_id]
        assert api.get("/api/v1/datasets").json() == []
    assert API_KEY_FORMAT.match(langsmith_emulator.api_key)
    assert langsmith_emulator.faults.pending() == 0


def test_cli_emulator_help_lists_its_options() -> None:
    result = CliRunner().invoke(cli_app, ["emulator", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--port", "--data", "--api-key", "--fail-rate", "--throttle-rate", "--retry-after", "--seed"):
        assert option in result.output


def test_cli_emulator_rejects_a_fault_rate_above_one() -> None:
    assert CliRunner().invoke(cli_app, ["emulator", "--fail-rate", "2"]).exit_code != 0


def test_cli_emulator_serves_until_sigterm(tmp_path: Path) -> None:
    key = "lsv2_sk_" + "e" * 32 + "_" + "f" * 10
    command = [sys.executable, "-c", "from pulumi_langsmith.cli import app; app()", "emulator", "--port", "0"]
    command += ["--api-key", key, "--show-key", "--data", str(tmp_path / "cli.sqlite"), "--log-level", "warning"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as process:
        try:
            assert process.stdout is not None
            output = ""
            while "Ctrl-C" not in output:
                line = process.stdout.readline()
                assert line, f"the emulator exited early: {output}"
                output += line
            found = re.search(r"http://127\.0\.0\.1:\d+", output)
            assert found, output
            base_url = found.group(0)
            assert key in output
            response = httpx.get(f"{base_url}/api/v1/workspaces", headers={"X-Api-Key": key}, timeout=5)
            assert response.status_code == 200
            assert response.json()[0]["id"] in output
        finally:
            process.send_signal(signal.SIGTERM)
            # uvicorn shuts down gracefully, then re-raises the signal: a conventional -SIGTERM exit.
            assert process.wait(timeout=10) in (0, -signal.SIGTERM)
