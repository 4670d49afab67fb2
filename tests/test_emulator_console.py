"""At rest and on the console: a private data file, no admin key in the banner unless asked, a warning
when listening beyond loopback."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pulumi_langsmith import cli
from pulumi_langsmith.cli import app as cli_app
from pulumi_langsmith.cli import is_loopback
from pulumi_langsmith.emulator import EmulatorServer
from typer.testing import CliRunner

KEY = "lsv2_sk_" + "c" * 32 + "_" + "d" * 10


def test_the_data_file_is_created_readable_by_its_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "state.sqlite"
    old = os.umask(0o022)
    try:
        with EmulatorServer(db_path=str(data)):
            pass
    finally:
        os.umask(old)
    assert stat.S_IMODE(data.stat().st_mode) == 0o600
    for extra in tmp_path.glob("state.sqlite-*"):
        assert stat.S_IMODE(extra.stat().st_mode) & 0o077 == 0


@pytest.fixture
def banner(monkeypatch):
    """Run `pulumi-langsmith emulator` up to its banner (serving is stubbed out); its stdout and stderr."""
    from pulumi_langsmith.emulator import server

    monkeypatch.setattr(server, "serve_forever", lambda app, sock, log_level: sock.close())

    def run(*args: str) -> tuple[str, str]:
        result = CliRunner().invoke(
            cli_app, ["emulator", "--port", "0", "--api-key", KEY, *args], env={"COLUMNS": "300"}
        )
        assert result.exit_code == 0, result.output
        return result.stdout, result.stderr

    return run


def test_the_banner_hides_the_admin_key_by_default(banner) -> None:
    out, err = banner()
    assert KEY not in out + err
    assert "--show-key" in out
    assert "export LANGSMITH_ENDPOINT=http://127.0.0.1:" in out and "LANGSMITH_API_KEY" not in out


def test_show_key_prints_the_admin_key_and_its_export(banner) -> None:
    out, _ = banner("--show-key")
    assert f"LANGSMITH_API_KEY={KEY}" in out


def test_listening_beyond_loopback_prints_a_warning(banner) -> None:
    _, err = banner("--host", "0.0.0.0")
    assert "Warning" in err and "beyond loopback" in err


def test_listening_on_loopback_prints_no_warning(banner) -> None:
    _, err = banner()
    assert "Warning" not in err


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("::", False), ("10.0.0.5", False)],
)
def test_loopback_hosts(host, loopback) -> None:
    assert is_loopback(host) is loopback


def test_the_help_documents_the_body_limit_and_webhook_allow() -> None:
    result = CliRunner().invoke(cli_app, ["emulator", "--help"], env={"COLUMNS": "300"})
    assert "--max-body-mb" in result.output and "--webhook-allow" in result.output and "--show-key" in result.output
    assert cli.DEFAULT_MAX_BODY_MB == 10.0
