"""The `pulumi-langsmith` command line: exit codes (usage errors are never 2, which `drift` means as drift),
`--version`, maintainer commands hidden, flags shown without a type."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pulumi_langsmith import __version__
from pulumi_langsmith.cli import app
from pulumi_langsmith.drift import DriftReport
from typer.testing import CliRunner

runner = CliRunner()
WORKFLOW = Path(__file__).resolve().parent.parent / "examples" / "drift-check" / ".github" / "workflows" / "drift.yml"


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed entry point's code path, in a fresh process (exit codes as a shell sees them)."""
    return subprocess.run(
        [sys.executable, "-c", "from pulumi_langsmith.cli import app; app()", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "120", **env},
        timeout=60,
    )


@pytest.mark.parametrize(
    "args",
    [["drift", "--bogus"], ["drift", "--stack"], ["nope"], ["emulator", "--port", "x"], []],
    ids=["unknown-option", "missing-value", "unknown-command", "bad-value", "no-arguments"],
)
def test_usage_errors_exit_one_never_two(args):
    assert cli(*args).returncode == 1


def test_version_prints_the_package_version():
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"pulumi-langsmith {__version__}"


def test_maintainer_commands_are_hidden_but_still_work():
    shown = cli("--help").stdout
    assert "emulator" in shown and "drift" in shown
    for hidden in ("schema", "docs", "codegen"):
        assert f" {hidden} " not in shown
    assert runner.invoke(app, ["schema"]).exit_code == 0


def test_emulator_reads_its_port_from_the_environment():
    """`LANGSMITH_EMULATOR_PORT` chooses the port (Tutorial 1 mentions it): a taken one fails to start, naming it."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("emulator", LANGSMITH_EMULATOR_PORT=str(port))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Cannot start the emulator" in result.stdout and "in use" in result.stdout, result.stdout


def test_flags_render_without_a_type():
    shown = cli("drift", "--help").stdout
    assert "--json " in shown and "<bool>" not in shown
    assert "--stack" in shown and "<str>" in shown  # options that take a value keep theirs


@pytest.mark.parametrize(("has_drift", "code"), [(False, 0), (True, 2)])
def test_drift_exit_code_says_whether_there_is_drift(monkeypatch, has_drift, code):
    report = DriftReport(stack="dev", resources=[])
    monkeypatch.setattr(DriftReport, "has_drift", property(lambda self: has_drift))
    monkeypatch.setattr("pulumi_langsmith.drift.detect_drift", lambda **_: report)
    assert runner.invoke(app, ["drift", "--json"]).exit_code == code


def test_drift_that_cannot_run_exits_one_and_points_to_pulumi_install_docs(tmp_path):
    result = cli("drift", "--cwd", str(tmp_path), PATH=str(tmp_path))
    assert result.returncode == 1
    assert "pulumi.com/docs/iac/download-install" in result.stderr.replace("\n", "")
    assert "scripts/pulumi-cli" not in result.stderr


def test_drift_json_error_is_a_report_with_exit_one(tmp_path):
    result = cli("drift", "--cwd", str(tmp_path), "--json", PATH=str(tmp_path))
    assert result.returncode == 1 and '"error"' in result.stdout


def test_shipped_workflow_never_reads_an_empty_report_as_no_drift():
    script = WORKFLOW.read_text()
    assert "[ ! -s drift.json ]" in script
    assert 'if [ "$code" != 0 ] && [ "$code" != 2 ]; then code=1; fi' in script
