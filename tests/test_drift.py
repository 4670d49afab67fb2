"""Drift detection: parsing the engine's refresh events, and `pulumi-langsmith drift` with the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from e2e_support import PulumiProject
from pulumi_langsmith.drift import MASK, SECRET_SIG, DriftError, detect_drift, parse_events, render_table
from rich.console import Console

DATASET_TYPE = "pulumi-python:dynamic/langsmith:Dataset"
URN = f"urn:pulumi:prod::proj::{DATASET_TYPE}::golden"


def _state(inputs: dict[str, Any], outputs: dict[str, Any] | None = None) -> dict[str, Any]:
    provider = "gASVQAAAAAAAAACM"
    return {
        "type": DATASET_TYPE,
        "urn": URN,
        "inputs": {"__provider": provider, "__identity": "p/s/Dataset/golden", **inputs},
        "outputs": {"__provider": provider, **inputs, **(outputs or {})},
    }


def _event(op: str, old: dict[str, Any] | None, new: dict[str, Any] | None, urn: str = URN) -> str:
    return json.dumps(
        {
            "sequence": 3,
            "resOutputsEvent": {"metadata": {"op": op, "urn": urn, "type": DATASET_TYPE, "old": old, "new": new}},
        }
    )


def _secret(shown: str = "[secret]") -> dict[str, str]:
    return {SECRET_SIG: "1b47061264138c4ac30d75fd1eb44270", "ciphertext": shown}


def test_changed_input_is_reported_with_old_and_live_values():
    old = _state({"name": "golden", "description": "Golden answers."}, {"modified_at": "t1"})
    new = _state({"name": "golden", "description": "edited in the UI"}, {"modified_at": "t2"})
    report = parse_events(['{"preludeEvent": {}}', _event("update", old, new)])
    [resource] = report.resources
    assert report.stack == "prod" and resource.status == "changed" and resource.name == "golden"
    assert resource.fields == ["description"]
    description, modified = resource.changes
    assert (description.old, description.new, description.computed) == ("Golden answers.", "edited in the UI", False)
    assert modified.name == "modified_at" and modified.computed


def test_same_steps_and_the_stack_resource_are_not_drift():
    state = _state({"name": "golden"})
    stack_event = json.dumps(
        {
            "resOutputsEvent": {
                "metadata": {
                    "op": "update",
                    "urn": "urn:pulumi:prod::proj::pulumi:pulumi:Stack::proj-prod",
                    "type": "pulumi:pulumi:Stack",
                    "old": {"outputs": {"a": 1}},
                    "new": {"outputs": {"a": 2}},
                }
            }
        }
    )
    report = parse_events([_event("same", state, state), stack_event, "not json at all"])
    assert not report.has_drift and report.to_json()["drift"] is False


def test_resource_deleted_out_of_band_is_reported():
    [resource] = parse_events([_event("delete", _state({"name": "golden"}), None)]).resources
    assert resource.status == "deleted" and resource.changes == ()


def test_hidden_keys_never_appear_in_the_report():
    old = _state({"name": "golden", "description": "a"})
    new = _state({"name": "golden", "description": "b"})
    new["inputs"]["__provider"] = new["outputs"]["__provider"] = "changed-pickle"
    text = json.dumps(parse_events([_event("update", old, new)]).to_json())
    assert "__provider" not in text and "__identity" not in text and "pickle" not in text


def test_secret_values_are_masked_and_a_masked_change_is_still_reported():
    old = _state({"name": "golden", "description": _secret()}, {"modified_at": "t1"})
    new = _state({"name": "golden", "description": _secret()}, {"modified_at": "t2"})
    [resource] = parse_events([_event("update", old, new)]).resources
    secret = [c for c in resource.changes if c.name == "description"]
    assert secret and secret[0].secret and secret[0].old == secret[0].new == MASK


def test_secret_plaintext_from_the_engine_is_never_printed():
    old = _state({"name": "golden", "metadata": _secret("hunter2-old")})
    new = _state({"name": "golden", "metadata": _secret("hunter2-new")})
    report = parse_events([_event("update", old, new)])
    console = Console(record=True, width=200)
    render_table(report, console)
    printed = console.export_text() + json.dumps(report.to_json())
    assert "hunter2" not in printed and MASK in printed and "metadata" in printed


def test_table_lists_drifted_resources_and_fields():
    old = _state({"name": "golden", "description": "a"})
    new = _state({"name": "golden", "description": "b"})
    console = Console(record=True, width=200)
    render_table(parse_events([_event("update", old, new), _event("delete", old, None, URN + "2")]), console)
    text = console.export_text()
    assert "golden" in text and "Dataset" in text and "description" in text and "deleted" in text
    console = Console(record=True, width=200)
    render_table(parse_events([]), console)
    assert "No drift" in console.export_text()


def test_missing_cli_is_an_error(tmp_path):
    with pytest.raises(DriftError, match="not on PATH|cannot run"):
        detect_drift(cwd=str(tmp_path), pulumi=str(tmp_path / "no-such-pulumi"))


# -- with the real Pulumi CLI -----------------------------------------------------------------------

PROGRAM = """\
import pulumi
import pulumi_langsmith as langsmith

dataset = langsmith.Dataset("golden", name="drift-golden", description="Golden answers.")
project = langsmith.Project("traces", name="drift-traces", description="Production traces.")
pulumi.export("dataset_id", dataset.id)
pulumi.export("project_id", project.id)
"""


@pytest.fixture
def deployed(tmp_path, langsmith_emulator):
    source = tmp_path / "program"
    source.mkdir()
    (source / "__main__.py").write_text(PROGRAM)
    project = PulumiProject.create(tmp_path, source, name="drift-check")
    project.config("langsmith:endpoint", langsmith_emulator.base_url)
    project.config("langsmith:apiKey", langsmith_emulator.api_key, secret=True)
    project.up()
    return project


def run_drift(project: PulumiProject, *extra: str, stack: str | None = None) -> subprocess.CompletedProcess[str]:
    """`pulumi-langsmith drift` as a user runs it, in the project's Pulumi environment."""
    command = [str(Path(sys.executable).parent / "pulumi-langsmith"), "drift", "--cwd", str(project.directory)]
    return subprocess.run(
        [*command, "--stack", stack or project.stack, *extra],
        env={**project.environment(), "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.e2e
def test_drift_reports_a_dataset_changed_through_the_api(deployed, langsmith_emulator):
    dataset_id = deployed.outputs()["dataset_id"]
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        api.patch(f"/api/v1/datasets/{dataset_id}", json={"description": "edited in the UI"}).raise_for_status()
    before = deployed.export()

    result = run_drift(deployed, "--json")
    assert result.returncode == 2, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["drift"] is True
    [resource] = report["resources"]
    assert resource["name"] == "golden" and resource["type"] == DATASET_TYPE and resource["status"] == "changed"
    assert resource["fields"] == ["description"]
    change = resource["changes"][0]
    assert (change["old"], change["new"]) == ("Golden answers.", "edited in the UI")
    assert langsmith_emulator.api_key not in result.stdout + result.stderr

    table = run_drift(deployed)
    assert table.returncode == 2 and "golden" in table.stdout and "description" in table.stdout
    assert deployed.export()["deployment"]["resources"] == before["deployment"]["resources"], "drift must not write"


@pytest.mark.e2e
def test_drift_reports_a_project_deleted_out_of_band(deployed, langsmith_emulator):
    project_id = deployed.outputs()["project_id"]
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as api:
        api.delete(f"/api/v1/sessions/{project_id}").raise_for_status()
    result = run_drift(deployed, "--json")
    assert result.returncode == 2
    [resource] = json.loads(result.stdout)["resources"]
    assert resource["name"] == "traces" and resource["status"] == "deleted"


@pytest.mark.e2e
def test_no_drift_exits_zero(deployed):
    result = run_drift(deployed)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No drift" in result.stdout
    assert json.loads(run_drift(deployed, "--json").stdout) == {
        "stack": deployed.stack,
        "drift": False,
        "resources": [],
    }


@pytest.mark.e2e
def test_unknown_stack_is_an_error_exit_one(deployed):
    result = run_drift(deployed, stack="no-such-stack")
    assert result.returncode == 1 and "no-such-stack" in result.stderr + result.stdout


def test_example_workflow_runs_the_drift_command_on_a_schedule():
    import yaml

    path = Path(__file__).resolve().parent.parent / "examples" / "drift-check" / ".github" / "workflows" / "drift.yml"
    workflow = yaml.safe_load(path.read_text())
    assert workflow[True]["schedule"][0]["cron"]  # YAML 1.1 reads the `on:` key as True
    steps = workflow["jobs"]["drift"]["steps"]
    script = next(s["run"] for s in steps if s.get("id") == "drift")
    assert 'pulumi-langsmith" drift --stack' in script and "--json" in script


@pytest.mark.e2e
def test_drift_names_who_changed_the_object_from_the_audit_log(deployed, langsmith_emulator):
    dataset_id = deployed.outputs()["dataset_id"]
    with httpx.Client(base_url=langsmith_emulator.base_url, headers=langsmith_emulator.headers) as admin:
        editor_key = admin.post(
            "/api/v1/orgs/current/service-keys",
            json={"description": "a colleague's key", "expires_at": "2099-01-01T00:00:00Z"},
        ).json()
    with httpx.Client(base_url=langsmith_emulator.base_url, headers={"X-Api-Key": editor_key["key"]}) as editor:
        editor.patch(f"/api/v1/datasets/{dataset_id}", json={"description": "edited by a colleague"}).raise_for_status()

    report = json.loads(run_drift(deployed, "--json").stdout)
    [resource] = report["resources"]
    assert resource["last_change"]["operation"] == "update_dataset"
    assert resource["last_change"]["api_key_id"] == editor_key["id"]

    table = run_drift(deployed)
    assert table.returncode == 2
    assert f"golden: last update_dataset by API key {editor_key['id']}" in " ".join(table.stdout.split())
    assert editor_key["key"] not in table.stdout + table.stderr

    quiet = run_drift(deployed, "--audit-days", "0", "--json")
    assert json.loads(quiet.stdout)["resources"][0]["last_change"] is None
